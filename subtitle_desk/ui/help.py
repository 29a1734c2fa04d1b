"""Help: the keyboard shortcuts (read from the window's own actions), the user guide and About.

``window_shortcuts(window)`` walks the menu bar's menus (and their submenus) and then every other
action and described ``QShortcut`` of the window and its pages, so the list is always what the
keys do now, whatever a page added. ``ShortcutsDialog`` shows it grouped by menu (or by page),
with a filter. ``GuideDialog`` shows ``resources/guide/user-guide.md`` (shipped with the
package; ``docs/user-guide.md`` is a copy of it) in a text browser, pictures scaled to fit.
"""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl, qVersion
from PySide6.QtGui import QAction, QFont, QImage, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLineEdit, QMainWindow, QMenu, QTextBrowser, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from subtitle_desk.ui.trees import fitted_tree

__all__ = ["Shortcut", "window_shortcuts", "ShortcutsDialog", "GuideDialog", "GUIDE_PATH", "about_text",
           "plain_text", "key_text"]

GUIDE_PATH = Path(__file__).resolve().parent.parent / "resources" / "guide" / "user-guide.md"
#: Where a submenu's name joins its menu's in a group name ("Quality ▸ Specification").
_PATH_SEPARATOR = " ▸ "


@dataclass(frozen=True)
class Shortcut:
    group: str
    text: str
    keys: str


def plain_text(text: str) -> str:
    """An action's text as people read it: no mnemonic marks ("&Save" -> "Save", "&&" -> "&")."""
    return re.sub(r"&(.)", r"\1", text).replace("\t", " ").strip()


def key_text(sequences: list[QKeySequence]) -> str:
    """Key sequences in the platform's own notation ("Ctrl+Z, Ctrl+Y"; "⌘Z" on macOS)."""
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty())


def window_shortcuts(window: QMainWindow, pages: dict[QWidget, str] | None = None) -> list[Shortcut]:
    """Every shortcut of ``window``: the menu bar's actions under their menu's name, then the
    actions and described shortcuts (``QShortcut.whatsThis``) that are in no menu, under the title
    of the page they belong to (``pages``: page widget -> title; else "Window")."""
    found: list[Shortcut] = []
    seen: set[int] = set()

    def walk(menu: QMenu, path: list[str]) -> None:
        for action in menu.actions():
            sub = action.menu()
            if sub is not None:
                walk(sub, [*path, plain_text(sub.title())])
                continue
            if action.isSeparator():
                continue
            seen.add(id(action))
            keys = key_text(action.shortcuts())
            if keys:
                found.append(Shortcut(_PATH_SEPARATOR.join(path), plain_text(action.text()), keys))

    for action in window.menuBar().actions():
        if action.menu() is not None:
            walk(action.menu(), [plain_text(action.menu().title())])
    for action in window.findChildren(QAction):
        keys = key_text(action.shortcuts())
        if id(action) in seen or not keys or not action.text():
            continue
        seen.add(id(action))
        owner = next((o for o in action.associatedObjects() if isinstance(o, QWidget)), None)
        found.append(Shortcut(_page_of(owner or action.parent(), window, pages), plain_text(action.text()), keys))
    for shortcut in window.findChildren(QShortcut):
        keys = key_text([shortcut.key()])
        if keys and shortcut.whatsThis():
            found.append(Shortcut(_page_of(shortcut.parent(), window, pages), shortcut.whatsThis(), keys))
    return found


def _page_of(obj: Any, window: QMainWindow, pages: dict[QWidget, str] | None) -> str:
    """The title of the page ``obj`` is on (its nearest ancestor in ``pages``)."""
    while obj is not None and obj is not window:
        if pages and obj in pages:
            return pages[obj]
        obj = obj.parent()
    return QCoreApplication.translate("ShortcutsDialog", "Window")


class ShortcutsDialog(QDialog):
    """Help ▸ Keyboard shortcuts: what each key does, by menu; type to filter."""

    def __init__(self, shortcuts: list[Shortcut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.filter = QLineEdit(self)
        self.filter.setObjectName("shortcutsFilter")
        self.filter.setPlaceholderText(self.tr("Find a command or a key"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.apply_filter)
        self.tree = fitted_tree(self, "shortcutsTree", [self.tr("Command"), self.tr("Keys")], stretch=0)
        groups: dict[str, QTreeWidgetItem] = {}
        for shortcut in shortcuts:
            group = groups.get(shortcut.group)
            if group is None:
                group = QTreeWidgetItem(self.tree, [shortcut.group])
                font = QFont(group.font(0))
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[shortcut.group] = group
            item = QTreeWidgetItem(group, [shortcut.text, shortcut.keys])
            item.setToolTip(0, shortcut.text)
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(QSize(560, 620))

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, command, keys) of every row shown now."""
        out = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            for c in range(group.childCount()):
                item = group.child(c)
                if not item.isHidden():
                    out.append((group.text(0), item.text(0), item.text(1)))
        return out

    def apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            shown = 0
            for c in range(group.childCount()):
                item = group.child(c)
                hit = not needle or needle in item.text(0).lower() or needle in item.text(1).lower()
                item.setHidden(not hit)
                shown += hit
            group.setHidden(shown == 0)


class GuideBrowser(QTextBrowser):
    """A text browser whose pictures are scaled down to the width it has."""

    def loadResource(self, kind: int, url: QUrl | str) -> Any:  # noqa: N802 (Qt naming)
        if kind == QTextDocument.ResourceType.ImageResource.value:
            url = QUrl(url)
            path = url.toLocalFile() if url.isLocalFile() else ""
            if not path:
                base = self.document().baseUrl()
                path = base.resolved(url).toLocalFile() if base.isValid() else ""
            image = QImage(path) if path else QImage()
            if not image.isNull():
                width = max(320, self.viewport().width() - 40)
                if image.width() > width:
                    image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
                return image
        return super().loadResource(kind, url)


class GuideDialog(QDialog):
    """Help ▸ User guide: the guide, in the app."""

    def __init__(self, parent: QWidget | None = None, path: Path = GUIDE_PATH) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("Subtitle Desk user guide"))
        self.browser = GuideBrowser(self)
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenExternalLinks(True)
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        try:
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        except OSError as exc:
            self.browser.setPlainText(self.tr("The user guide is missing from this installation ({error}).").format(
                error=exc))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(QSize(820, 680))


def about_text(app_version: str) -> str:
    """Help ▸ About: the versions of the app, Qt (the library running, and PySide) and Python."""
    summary = QCoreApplication.translate("MainWindow", "Subtitle editing and QC, and the Dotsub VideoTMS, DatoCMS "
                                                       "and cielo24 workflows in one window.")
    return (f"<b>Subtitle Desk {app_version}</b><p>{summary}</p>"
            f"<p>Qt {qVersion()} (PySide6 {pyside_version})<br>"
            f"Python {platform.python_version()} ({platform.python_implementation()})</p>")
