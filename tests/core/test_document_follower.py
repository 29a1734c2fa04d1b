"""DocumentFollower: a view hears the changes of the document it shows now, and of no other."""

from __future__ import annotations

from subtitle_desk.core.document import Cue, Document, DocumentFollower
from subtitle_desk.core.edits import SetText, UndoStack


def _doc() -> Document:
    return Document([Cue(0, 1000, "one"), Cue(1000, 2000, "two")])


def test_it_hears_each_change_of_the_followed_document():
    heard = []
    doc = _doc()
    DocumentFollower(heard.append).follow(doc)
    UndoStack(doc).push(SetText(0, "uno"))
    assert [change.rows for change in heard] == [(0,)]


def test_following_another_document_stops_hearing_the_old_one():
    heard = []
    old, new = _doc(), _doc()
    follower = DocumentFollower(heard.append)
    follower.follow(old)
    follower.follow(new)
    UndoStack(old).push(SetText(0, "uno"))
    assert heard == []
    UndoStack(new).push(SetText(1, "dos"))
    assert len(heard) == 1


def test_following_none_hears_nothing():
    heard = []
    doc = _doc()
    follower = DocumentFollower(heard.append)
    follower.follow(doc)
    follower.follow(None)
    UndoStack(doc).push(SetText(0, "uno"))
    assert heard == []
