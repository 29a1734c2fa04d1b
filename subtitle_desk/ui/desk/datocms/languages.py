"""Choosing a track's language: the Dotsub organization's languages when Dotsub is set up, else a
typed BCP 47 code checked for form (``it-IT``, ``pt-BR``, ``zh-Hant-TW``, ``es-419``) and for a
language Qt knows, so a typo is caught before DatoCMS refuses it."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from subtitle_desk.ui.theme import css_color

__all__ = ["LanguagePicker", "is_bcp47", "language_name", "native_name"]

_BCP47 = re.compile(
    r"^[a-z]{2,3}"                                  # primary language
    r"(?:-[a-z]{4})?"                               # script
    r"(?:-(?:[a-z]{2}|\d{3}))?"                     # region
    r"(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*"          # variants
    r"(?:-x(?:-[a-z\d]{1,8})+)?$",                  # private use
    re.IGNORECASE)


def is_bcp47(code: str) -> bool:
    """Well-formed BCP 47 whose primary language Qt's locale data knows."""
    code = code.strip()
    if not _BCP47.match(code):
        return False
    return QLocale(code.split("-")[0]).language() != QLocale.Language.C


def language_name(code: str) -> str:
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return ""
    name = QLocale.languageToString(locale.language())
    if "-" in code and locale.territory() != QLocale.Country.AnyTerritory:
        name += f" ({QLocale.territoryToString(locale.territory())})"
    return name


def native_name(code: str) -> str:
    """What viewers see in the player's menu: ``Italiano``, ``Español``."""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return ""
    name = locale.nativeLanguageName()
    return name[:1].upper() + name[1:]


class LanguagePicker(QWidget):
    """An editable combo of known languages (Dotsub's when available) that also takes a typed code."""

    #: The chosen code changed: (code or "" when invalid)
    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, initial: str = "") -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName("languageCombo")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.lineEdit().setPlaceholderText(self.tr("BCP 47 code, e.g. it-IT"))
        self.hint = QLabel(self)
        self.hint.setObjectName("languageHint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.combo)
        layout.addWidget(self.hint)
        #: Dotsub language records by id, when they were loaded.
        self.known: dict[str, dict[str, Any]] = {}
        self.combo.currentTextChanged.connect(self._text_changed)
        if initial:
            self.combo.setEditText(initial)
        self._text_changed(self.combo.currentText())

    def set_languages(self, languages: list[dict[str, Any]], source: str = "Dotsub") -> None:
        """Offer these Dotsub language records (``id``, ``name``, ``localizedName``)."""
        current = self.code() or self.combo.currentText()
        self.known = {str(lang["id"]): lang for lang in languages if lang.get("id")}
        self.combo.blockSignals(True)
        self.combo.clear()
        for lang_id, lang in sorted(self.known.items(), key=lambda kv: str(kv[1].get("name") or kv[0])):
            self.combo.addItem(f"{lang.get('name') or lang_id} — {lang_id}", lang_id)
        self.combo.setCurrentIndex(-1)
        self.combo.blockSignals(False)
        self.combo.setToolTip(
            self.tr("The {source} organization's languages, or type a BCP 47 code").format(source=source))
        self.set_code(current)

    def set_code(self, code: str) -> None:
        index = self.combo.findData(code)
        if index >= 0:
            self.combo.setCurrentIndex(index)
        else:
            self.combo.setEditText(code)
        self._text_changed(self.combo.currentText())

    def code(self) -> str:
        """The chosen BCP 47 code, or "" while what is typed is not one."""
        text = self.combo.currentText().strip()
        index = self.combo.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0 and self.combo.itemData(index):
            return str(self.combo.itemData(index))
        if " — " in text:  # a Dotsub entry typed or pasted as shown
            text = text.rsplit(" — ", 1)[1].strip()
        return text if is_bcp47(text) else ""

    def display_name(self, code: str) -> str:
        lang = self.known.get(code)
        if lang:
            return str(lang.get("localizedName") or lang.get("name") or code)
        return native_name(code) or code

    def _text_changed(self, text: str) -> None:
        code = self.code()
        if code:
            lang = self.known.get(code)
            self.hint.setText(str(lang.get("name")) if lang else (language_name(code) or code))
            self.hint.setStyleSheet(f"color: {css_color('muted_text')};")
        elif text.strip():
            self.hint.setText(
                self.tr("“{text}” is not a BCP 47 language code (like it-IT or pt-BR)").format(text=text.strip()))
            self.hint.setStyleSheet(f"color: {css_color('error_text')};")
        else:
            self.hint.setText(self.tr("Pick a language or type its BCP 47 code"))
            self.hint.setStyleSheet(f"color: {css_color('muted_text')};")
        self.changed.emit(code)
