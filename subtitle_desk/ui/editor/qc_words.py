"""QC problems in the user's language.

The core words each :class:`~subtitle_desk.core.qc.Problem` in English (``message``, which the
command line prints). The interface builds the sentence again from the problem's rule, value,
limit and details through Qt's translation system (context ``QcProblem``): in English it reads
exactly as ``message``. A rule this class does not know, or a problem without the details its
sentence needs, shows ``message`` as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject

from subtitle_desk.core.translation import EMPTY, UNTRANSLATED

__all__ = ["QcProblem", "problem_text"]


def _number(value: Any) -> str:
    """A number as the core writes it: a float limit 20.0 as "20", 17.5 as "17.5"."""
    return f"{value:g}" if isinstance(value, float) else str(value)


def _joined(items: Sequence[str], template: str) -> str:
    """``items`` one after the other with ``template`` (a translated "{list}, {item}")."""
    text = items[0] if items else ""
    for item in items[1:]:
        text = template.format(list=text, item=item)
    return text


class QcProblem(QObject):
    """Words the problems of each QC rule (a QObject for Qt's plural forms: ``self.tr``)."""

    def quoted(self, word: str) -> str:
        return self.tr('"{word}"').format(word=word)

    def text(self, problem: Any) -> str:
        """The problem's sentence in the user's language (its ``message`` when unknown here)."""
        try:
            return self._text(problem) or problem.message
        except (TypeError, ValueError, IndexError, KeyError):
            return problem.message  # a problem not made by core.qc: its own message

    def _text(self, problem: Any) -> str | None:
        rule, value, limit = problem.rule, problem.value, problem.limit
        details = getattr(problem, "details", ())
        if rule == "empty-text":
            return self.tr("no text")
        if rule == "max-lines":
            count = int(value)
            return self.tr("%n lines (limit {limit})", "", count).format(limit=_number(limit))
        if rule == "max-chars-per-line" and details:
            count = int(value)
            if details[0]:
                return self.tr("line {line} has %n characters (limit {limit})", "", count).format(
                    line=details[0], limit=_number(limit))
            return self.tr("line has %n characters (limit {limit})", "", count).format(limit=_number(limit))
        if rule == "bad-timing":
            if value < 0:
                return self.tr("ends {ms} ms before it starts").format(ms=_number(-value))
            return self.tr("ends when it starts")
        if rule == "min-duration":
            return self.tr("lasts {ms} ms (minimum {limit} ms)").format(ms=_number(value), limit=_number(limit))
        if rule == "max-duration":
            return self.tr("lasts {ms} ms (maximum {limit} ms)").format(ms=_number(value), limit=_number(limit))
        if rule == "max-cps":
            return self.tr("{cps} characters per second (limit {limit})").format(
                cps=f"{value:.1f}", limit=_number(limit))
        if rule == "overlap":
            return self.tr("overlaps the next cue by {ms} ms").format(ms=_number(value))
        if rule == "min-gap":
            return self.tr("{ms} ms gap to the next cue (minimum {limit} ms)").format(
                ms=_number(value), limit=_number(limit))
        if rule == "untranslated" and details:
            if details[0] == EMPTY:
                return self.tr("not translated: no text")
            if details[0] == UNTRANSLATED:
                return self.tr("not translated: same text as the source")
            return None
        if rule == "glossary" and details:
            either, then = self.tr("{list} or {item}"), self.tr("{list}; {item}")
            return _joined([self.tr("{term} should be translated as {translations}").format(
                term=self.quoted(term), translations=_joined([self.quoted(t) for t in targets], either))
                for term, targets in details], then)
        if rule == "spelling" and details:
            words = _joined([self.quoted(w) for w in details], self.tr("{list}, {item}"))
            return self.tr("misspelled: {words}").format(words=words)
        return None


_words: QcProblem | None = None


def problem_text(problem: Any) -> str:
    """``problem`` (a core.qc Problem) worded in the user's language."""
    global _words
    if _words is None:
        _words = QcProblem()
    return _words.text(problem)
