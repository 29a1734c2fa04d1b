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

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from subtitle_desk.core.qc import Spec
from subtitle_desk.ui.theme import css_color

__all__ = ["SpecPanel", "spec_rows", "describe_choice"]

_CHOICES = {
    "NONE": "None", "FULLNAME": "Full name", "FULL_NAME": "Full name", "FIRSTNAME": "First name",
    "FIRST_NAME": "First name", "LASTNAME": "Last name", "LAST_NAME": "Last name",
    "INITIALS": "Initials", "SPEAKER_ID": "Speaker id", "ROLE": "Role",
    "LINE_BREAKS": "New line per speaker", "DOUBLE_CHEVRON": "Double chevron (>>)",
    "SINGLE_DASH": "Dash per speaker (-)", "DASH": "Dash per speaker (-)", "HYPHEN": "Dash per speaker (-)",
}


def describe_choice(value: Any) -> str:
    """A Dotsub enumeration value in words ("DOUBLE_CHEVRON" -> "Double chevron (>>)")."""
    if value is None or value == "":
        return "—"
    text = str(value)
    return _CHOICES.get(text.upper(), text.replace("_", " ").capitalize())


def _yes_no(value: Any) -> str:
    return "—" if value is None else ("yes" if value else "no")


def _ms(value: int | None) -> str:
    return "—" if value is None else f"{value / 1000:g} s"


def spec_rows(spec: Spec, obj: Mapping[str, Any] | None) -> list[tuple[str, str]]:
    """(label, value) lines for a spec; ``obj`` is the Dotsub record (for the non-limit fields)."""
    rows: list[tuple[str, str]] = []
    obj = obj or {}
    rows.append(("Lines per cue", "—" if spec.max_lines is None else str(spec.max_lines)))
    rows.append(("Characters per line", "—" if spec.max_chars_per_line is None else str(spec.max_chars_per_line)))
    rows.append(("Reading speed", "—" if spec.max_cps is None else f"{spec.max_cps:g} characters/s"))
    rows.append(("Duration", f"{_ms(spec.min_duration_ms)} – {_ms(spec.max_duration_ms)}"))
    if spec.min_gap_ms is not None:
        rows.append(("Minimum gap", f"{spec.min_gap_ms} ms"))
    if obj:
        rows.append(("Speaker identification", describe_choice(obj.get("speakerIdentification"))))
        rows.append(("Dialogue style", describe_choice(obj.get("dialogueStyle"))))
        include = [label for key, label in (("spokenAudio", "spoken audio"), ("onScreenText", "on-screen text"),
                                            ("audioDescription", "audio description")) if obj.get(key)]
        rows.append(("Transcribe", ", ".join(include) if include else "—"))
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
            self.label.setText("<i>No task specification.</i>"
                               + (f"<br>QC checks against {html.escape(fallback)}." if fallback else "")
                               + (f"<p style='margin-top:4px'><b>Media notes</b><br>{_paragraphs(str(notes))}</p>"
                                  if notes else ""))
            return
        obj = obj or {}
        language = obj.get("languageName") or obj.get("languageId") or ("all languages" if obj.get("projectDefault")
                                                                         else "")
        ident = obj.get("subtitleSpecificationId")
        title = f"Dotsub spec {ident}" if ident is not None else spec.name
        head = f"<b>{html.escape(str(title))}</b>" + (f" · {html.escape(str(language))}" if language else "")
        if obj.get("enabled") is False:
            head += f" <span style='color:{css_color('error_text')}'>(disabled)</span>"
        table = "".join(f"<tr><td style='color:{css_color('muted_text')}; padding-right:8px'>{html.escape(k)}</td>"
                        f"<td>{html.escape(v)}</td></tr>" for k, v in spec_rows(spec, obj))
        parts = [head, f"<table cellspacing='0' cellpadding='1'>{table}</table>"]
        comments = obj.get("comments")
        if comments:
            parts.append(f"<p style='margin-top:4px'><b>Comments</b><br>{_paragraphs(str(comments))}</p>")
        if notes:
            parts.append(f"<p style='margin-top:4px'><b>Media notes</b><br>{_paragraphs(str(notes))}</p>")
        media_notes = obj.get("mediaNotes")
        if media_notes and media_notes != notes:
            parts.append(f"<p style='margin-top:4px'><b>Notes</b><br>{_paragraphs(str(media_notes))}</p>")
        self.label.setText("".join(parts))

    def text(self) -> str:
        """The panel's text without markup (tests, accessibility)."""
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setHtml(self.label.text())
        return document.toPlainText()


def _paragraphs(text: str) -> str:
    return html.escape(text.strip()).replace("\n", "<br>")
