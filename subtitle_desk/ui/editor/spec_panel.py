"""The task's Dotsub subtitle specification at a glance, beside the cue table.

A compact read-only panel: the spec's name and language, its limits (lines, characters per line,
reading speed, durations), what to transcribe (spoken audio, on-screen text, audio description),
speaker identification, dialogue style, the spec's comments and the media's notes. The editor
checks the cues against the same limits (``Spec.from_dotsub``); this panel is what the
subtitler reads to know the house rules that QC cannot check.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from subtitle_desk.core.qc import Spec
from subtitle_desk.ui.theme import css_color

__all__ = ["SpecPanel", "spec_rows", "describe_choice"]

_CHOICES = {
    "NONE": QT_TRANSLATE_NOOP("SpecPanel", "None"), "FULLNAME": QT_TRANSLATE_NOOP("SpecPanel", "Full name"),
    "FULL_NAME": QT_TRANSLATE_NOOP("SpecPanel", "Full name"), "FIRSTNAME": QT_TRANSLATE_NOOP("SpecPanel", "First name"),
    "FIRST_NAME": QT_TRANSLATE_NOOP("SpecPanel", "First name"), "LASTNAME": QT_TRANSLATE_NOOP("SpecPanel", "Last name"),
    "LAST_NAME": QT_TRANSLATE_NOOP("SpecPanel", "Last name"), "INITIALS": QT_TRANSLATE_NOOP("SpecPanel", "Initials"),
    "SPEAKER_ID": QT_TRANSLATE_NOOP("SpecPanel", "Speaker id"), "ROLE": QT_TRANSLATE_NOOP("SpecPanel", "Role"),
    "LINE_BREAKS": QT_TRANSLATE_NOOP("SpecPanel", "New line per speaker"),
    "DOUBLE_CHEVRON": QT_TRANSLATE_NOOP("SpecPanel", "Double chevron (>>)"),
    "SINGLE_DASH": QT_TRANSLATE_NOOP("SpecPanel", "Dash per speaker (-)"),
    "DASH": QT_TRANSLATE_NOOP("SpecPanel", "Dash per speaker (-)"),
    "HYPHEN": QT_TRANSLATE_NOOP("SpecPanel", "Dash per speaker (-)"),
}


#: What the spec asks to transcribe: (the Dotsub record's field, its name in the panel).
_TRANSCRIBED = (("spokenAudio", QT_TRANSLATE_NOOP("SpecPanel", "spoken audio")),
                ("onScreenText", QT_TRANSLATE_NOOP("SpecPanel", "on-screen text")),
                ("audioDescription", QT_TRANSLATE_NOOP("SpecPanel", "audio description")))


def _tr(text: str) -> str:
    return QCoreApplication.translate("SpecPanel", text)


def describe_choice(value: Any) -> str:
    """A Dotsub enumeration value in words ("DOUBLE_CHEVRON" -> "Double chevron (>>)")."""
    if value is None or value == "":
        return "—"
    text = str(value)
    if text.upper() in _CHOICES:
        return _tr(_CHOICES[text.upper()])
    return text.replace("_", " ").capitalize()  # a value Dotsub added since: its own words


def _ms(value: int | None) -> str:
    if value is None:
        return "—"
    return QCoreApplication.translate("SpecPanel", "{seconds} s").format(seconds=f"{value / 1000:g}")


def spec_rows(spec: Spec, obj: Mapping[str, Any] | None) -> list[tuple[str, str]]:
    """(label, value) lines for a spec; ``obj`` is the Dotsub record (for the non-limit fields)."""
    rows: list[tuple[str, str]] = []
    obj = obj or {}
    rows.append((QCoreApplication.translate("SpecPanel", "Lines per cue"),
                 "—" if spec.max_lines is None else str(spec.max_lines)))
    rows.append((QCoreApplication.translate("SpecPanel", "Characters per line"),
                 "—" if spec.max_chars_per_line is None else str(spec.max_chars_per_line)))
    rows.append((QCoreApplication.translate("SpecPanel", "Reading speed"), "—" if spec.max_cps is None
                 else QCoreApplication.translate("SpecPanel", "{value} characters/s").format(value=f"{spec.max_cps:g}")))
    rows.append((QCoreApplication.translate("SpecPanel", "Duration"),
                 f"{_ms(spec.min_duration_ms)} – {_ms(spec.max_duration_ms)}"))
    if spec.min_gap_ms is not None:
        rows.append((QCoreApplication.translate("SpecPanel", "Minimum gap"),
                     QCoreApplication.translate("SpecPanel", "{value} ms").format(value=spec.min_gap_ms)))
    if obj:
        rows.append((QCoreApplication.translate("SpecPanel", "Speaker identification"),
                     describe_choice(obj.get("speakerIdentification"))))
        rows.append((QCoreApplication.translate("SpecPanel", "Dialogue style"),
                     describe_choice(obj.get("dialogueStyle"))))
        include = [_tr(label) for key, label in _TRANSCRIBED if obj.get(key)]
        rows.append((QCoreApplication.translate("SpecPanel", "Transcribe"), ", ".join(include) if include else "—"))
    return rows


class SpecPanel(QWidget):
    """Shows one specification; ``set_spec(None)`` says that no task spec applies."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("specPanel")
        self.spec: Spec | None = None
        self.obj: Mapping[str, Any] | None = None
        self.label = QLabel(self)
        self.label.setObjectName("specText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.label)
        self.set_spec(None)

    def set_spec(self, spec: Spec | None, obj: Mapping[str, Any] | None = None, *,
                 notes: str | None = None, fallback: str = "") -> None:
        """``spec`` with its Dotsub record ``obj``; ``notes``: the media's notes for the linguist.
        Without a spec, ``fallback`` says what QC checks against instead."""
        self.spec, self.obj = spec, obj
        if spec is None:
            self.label.setText("<i>" + self.tr("No task specification.") + "</i>"
                               + ("<br>" + self.tr("QC checks against {spec}.").format(spec=html.escape(fallback))
                                  if fallback else "")
                               + (self._section(self.tr("Media notes"), str(notes)) if notes else ""))
            return
        obj = obj or {}
        language = obj.get("languageName") or obj.get("languageId") or (self.tr("all languages")
                                                                         if obj.get("projectDefault") else "")
        ident = obj.get("subtitleSpecificationId")
        title = self.tr("Dotsub spec {id}").format(id=ident) if ident is not None else spec.name
        head = f"<b>{html.escape(str(title))}</b>" + (f" · {html.escape(str(language))}" if language else "")
        if obj.get("enabled") is False:
            head += f" <span style='color:{css_color('error_text')}'>" + self.tr("(disabled)") + "</span>"
        table = "".join(f"<tr><td style='color:{css_color('muted_text')}; padding-right:8px'>{html.escape(k)}</td>"
                        f"<td>{html.escape(v)}</td></tr>" for k, v in spec_rows(spec, obj))
        parts = [head, f"<table cellspacing='0' cellpadding='1'>{table}</table>"]
        comments = obj.get("comments")
        if comments:
            parts.append(self._section(self.tr("Comments"), str(comments)))
        if notes:
            parts.append(self._section(self.tr("Media notes"), str(notes)))
        media_notes = obj.get("mediaNotes")
        if media_notes and media_notes != notes:
            parts.append(self._section(self.tr("Notes"), str(media_notes)))
        self.label.setText("".join(parts))

    @staticmethod
    def _section(title: str, text: str) -> str:
        return f"<p style='margin-top:4px'><b>{html.escape(title)}</b><br>{_paragraphs(text)}</p>"

    def text(self) -> str:
        """The panel's text without markup (tests, accessibility)."""
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setHtml(self.label.text())
        return document.toPlainText()


def _paragraphs(text: str) -> str:
    return html.escape(text.strip()).replace("\n", "<br>")
