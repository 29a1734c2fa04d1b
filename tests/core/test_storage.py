"""Saving is atomic and keeps the previous version; autosave recovery files round-trip."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from subtitle_desk.core import formats
from subtitle_desk.core.document import Cue, Document
from subtitle_desk.core.storage import (AutosaveStore, SaveError, atomic_write, backup_path,
                                        save_document)


def make_doc(fmt: str = "srt") -> Document:
    return Document([Cue(1000, 2500, "Hello, world"), Cue(3000, 4200, "Ça va ?\n<i>Oui.</i>")],
                    format=fmt)


def texts(doc: Document) -> list[tuple[int, int, str]]:
    return [(c.start, c.end, c.text) for c in doc]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


# -- atomic_write (no format involved) -----------------------------------------------------------

def test_atomic_write_creates_the_file(tmp_path):
    atomic_write(tmp_path / "a.srt", b"data")
    assert (tmp_path / "a.srt").read_bytes() == b"data"


def test_the_first_save_makes_no_backup(tmp_path):
    atomic_write(tmp_path / "a.srt", b"one")
    assert not backup_path(tmp_path / "a.srt").exists()


def test_a_save_keeps_the_previous_version_as_bak(tmp_path):
    target = tmp_path / "a.srt"
    atomic_write(target, b"one")
    atomic_write(target, b"two")
    atomic_write(target, b"three")
    assert (tmp_path / "a.srt.bak").read_bytes() == b"two"
    assert target.read_bytes() == b"three"


def test_backup_can_be_turned_off(tmp_path):
    atomic_write(tmp_path / "a.srt", b"one")
    atomic_write(tmp_path / "a.srt", b"two", backup=False)
    assert not (tmp_path / "a.srt.bak").exists()


def test_no_temporary_file_is_left_behind(tmp_path):
    atomic_write(tmp_path / "a.srt", b"one")
    atomic_write(tmp_path / "a.srt", b"two")
    assert leftovers(tmp_path) == []


def test_a_failed_save_keeps_the_old_file_and_cleans_up(tmp_path, monkeypatch):
    target = tmp_path / "a.srt"
    atomic_write(target, b"old")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(SaveError) as info:
        atomic_write(target, b"new", backup=False)
    assert target.read_bytes() == b"old" and leftovers(tmp_path) == []
    assert str(info.value) == f"cannot save {target}: Permission denied"


def test_saving_into_a_missing_folder_is_a_save_error_naming_the_file(tmp_path):
    target = tmp_path / "missing" / "a.srt"
    with pytest.raises(SaveError, match="cannot save .*a.srt"):
        atomic_write(target, b"x")


def test_a_save_keeps_the_file_permissions(tmp_path):
    target = tmp_path / "a.srt"
    atomic_write(target, b"one")
    os.chmod(target, 0o640)
    atomic_write(target, b"two")
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o640


def test_a_save_through_a_symlink_writes_the_real_file(tmp_path):
    real = tmp_path / "real.srt"
    atomic_write(real, b"one")
    link = tmp_path / "link.srt"
    link.symlink_to(real)
    atomic_write(link, b"two")
    assert link.is_symlink() and real.read_bytes() == b"two"


# -- save_document ------------------------------------------------------------------------------

def test_save_writes_the_format_named_by_the_extension(tmp_path):
    target = tmp_path / "out.vtt"
    save_document(make_doc("srt"), target)
    assert target.read_bytes().startswith(b"WEBVTT")


def test_an_explicit_format_wins_over_the_extension(tmp_path):
    target = tmp_path / "out.txt"
    save_document(make_doc("srt"), target, format="vtt")
    assert target.read_bytes().startswith(b"WEBVTT")


def test_a_saved_document_reads_back_the_same(tmp_path):
    target = tmp_path / "out.srt"
    save_document(make_doc(), target)
    assert texts(formats.read_path(str(target))) == texts(make_doc())


def test_save_returns_what_the_format_dropped(tmp_path):
    doc = make_doc("vtt")
    doc.cues[0].settings = "align:left line:10%"
    notes = save_document(doc, tmp_path / "out.srt")
    assert notes and all(isinstance(n, str) for n in notes)


def test_save_in_the_same_format_drops_nothing(tmp_path):
    assert save_document(make_doc(), tmp_path / "out.srt") == []


def test_resaving_keeps_the_previous_document_as_bak(tmp_path):
    target = tmp_path / "ep.srt"
    save_document(make_doc(), target)
    first = target.read_bytes()
    doc = make_doc()
    doc.cues[0].text = "Changed"
    save_document(doc, target)
    assert (tmp_path / "ep.srt.bak").read_bytes() == first


# -- autosave -----------------------------------------------------------------------------------

def test_nothing_is_pending_in_a_new_store(tmp_path):
    assert AutosaveStore(tmp_path / "autosave").pending() == []


def test_an_autosave_is_pending_with_its_original_path(tmp_path):
    store = AutosaveStore(tmp_path / "autosave")
    store.write(make_doc(), tmp_path / "ep1.srt", key="w1")
    [recovery] = store.pending()
    assert (recovery.key, recovery.original_path, recovery.format) == ("w1", str(tmp_path / "ep1.srt"), "srt")
    assert recovery.saved_at.tzinfo is not None


def test_an_unsaved_document_can_be_autosaved(tmp_path):
    store = AutosaveStore(tmp_path)
    store.write(make_doc("vtt"), None, key="untitled-1")
    assert store.pending()[0].original_path is None


def test_loading_a_recovery_gives_back_the_cues(tmp_path):
    store = AutosaveStore(tmp_path)
    store.write(make_doc("vtt"), None, key="k")
    doc = store.load(store.pending()[0])
    assert texts(doc) == texts(make_doc()) and doc.format == "vtt"


def test_a_recovery_keeps_the_original_encoding_for_the_next_save(tmp_path):
    original = make_doc()
    original.encoding, original.newline = "cp1252", "\r\n"
    store = AutosaveStore(tmp_path)
    store.write(original, tmp_path / "old.srt", key="k")
    doc = store.load(store.pending()[0])
    assert (doc.encoding, doc.newline) == ("cp1252", "\r\n")


def test_a_new_autosave_replaces_the_previous_one_for_the_same_key(tmp_path):
    store = AutosaveStore(tmp_path)
    store.write(make_doc(), None, key="k")
    doc = make_doc()
    doc.cues[0].text = "Later"
    store.write(doc, None, key="k")
    [recovery] = store.pending()
    assert store.load(recovery)[0].text == "Later"


def test_each_key_has_its_own_recovery(tmp_path):
    store = AutosaveStore(tmp_path)
    store.write(make_doc(), None, key="a")
    store.write(make_doc(), None, key="b/../../c")
    assert sorted(r.key for r in store.pending()) == ["a", "b/../../c"]


def test_discard_removes_the_recovery_and_its_files(tmp_path):
    store = AutosaveStore(tmp_path / "auto")
    store.write(make_doc(), None, key="k")
    store.discard("k")
    assert store.pending() == [] and list((tmp_path / "auto").iterdir()) == []


def test_discarding_an_unknown_key_is_harmless(tmp_path):
    AutosaveStore(tmp_path).discard("nope")


def test_a_corrupt_sidecar_is_skipped(tmp_path):
    store = AutosaveStore(tmp_path)
    store.write(make_doc(), None, key="good")
    (tmp_path / "recovery-broken.json").write_text("{not json")
    assert [r.key for r in store.pending()] == ["good"]
