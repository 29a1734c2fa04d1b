"""fitted_tree: a QTreeWidget that reads as a list of rows, its columns sized to what they hold."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHeaderView, QTreeWidget, QWidget

__all__ = ["fitted_tree"]


def fitted_tree(parent: QWidget, name: str, labels: Sequence[str], *, stretch: int) -> QTreeWidget:
    """A tree named ``name`` with the column headers ``labels``: no branch decorations, rows of
    one height in alternating colours; column ``stretch`` takes the width the others, fitted to
    their content, leave."""
    tree = QTreeWidget(parent)
    tree.setObjectName(name)
    tree.setHeaderLabels(list(labels))
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    header = tree.header()
    header.setStretchLastSection(False)
    for column in range(len(labels)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
    return tree
