"""Saving is atomic and keeps the previous version; autosave recovery files round-trip."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from subtitle_desk.core import formats, storage
from subtitle_desk.core.document import Cue, Document
from subtitle_desk.core.storage import (STALE_TEMP_SECONDS, AutosaveStore, SaveError, atomic_write,
                                        backup_path, save_document)


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


# -- leftovers of interrupted saves --------------------------------------------------------------

def interrupted_save(folder: Path, name: str, pattern: str = ".{name}.0123abcd.tmp") -> Path:
    leftover = folder / pattern.format(name=name)
    leftover.write_bytes(b"half a file")
    return leftover


def minutes_later(monkeypatch, seconds: float) -> None:
    """The leftovers were last touched ``seconds`` ago (their ctime cannot be set back)."""
    monkeypatch.setattr(storage, "_now", lambda now=time.time(): now + seconds)


def test_a_save_removes_old_temporary_files_an_interrupted_save_left(tmp_path, monkeypatch):
    old = interrupted_save(tmp_path, "a.srt")
    old_backup = interrupted_save(tmp_path, "a.srt", pattern=".{name}.bak.4567cdef.bak.tmp")
    minutes_later(monkeypatch, STALE_TEMP_SECONDS + 60)
    atomic_write(tmp_path / "a.srt", b"one")
    assert not old.exists()
    assert not old_backup.exists() or os.name == "nt"  # Windows cannot tell its age
    assert leftovers(tmp_path) == ([] if os.name != "nt" else [old_backup.name])


def test_a_recent_temporary_file_may_be_a_save_under_way_and_stays(tmp_path, monkeypatch):
    recent = interrupted_save(tmp_path, "a.srt")
    minutes_later(monkeypatch, 5)
    atomic_write(tmp_path / "a.srt", b"one")
    assert recent.exists()


@pytest.mark.skipif(os.name == "nt", reason="Windows refuses to delete an open file by itself")
def test_an_old_temporary_file_a_writer_still_holds_stays(tmp_path, monkeypatch):
    import fcntl

    held = interrupted_save(tmp_path, "a.srt")
    minutes_later(monkeypatch, STALE_TEMP_SECONDS + 60)
    with open(held, "rb") as writer:
        fcntl.flock(writer.fileno(), fcntl.LOCK_EX)
        atomic_write(tmp_path / "a.srt", b"one")
        assert held.exists()


def test_temporary_files_of_other_files_are_left_alone(tmp_path, monkeypatch):
    other = interrupted_save(tmp_path, "b.srt")
    unrelated = interrupted_save(tmp_path, "a.srt", pattern=".{name}.notes.tmp")
    minutes_later(monkeypatch, STALE_TEMP_SECONDS + 60)
    atomic_write(tmp_path / "a.srt", b"one")
    assert other.exists() and unrelated.exists()


# -- autosave -----------------------------------------------------------------------------------

def after_a_crash(store: AutosaveStore) -> AutosaveStore:
    """The copy that owned ``store`` is gone (its lock released, its files left): the next start."""
    store.close()
    return AutosaveStore(store.directory)


def test_nothing_is_pending_in_a_new_store(tmp_path):
    assert AutosaveStore(tmp_path / "autosave").pending() == []


def test_an_autosave_is_pending_with_its_original_path_after_a_crash(tmp_path):
    store = AutosaveStore(tmp_path / "autosave")
    store.write(make_doc(), tmp_path / "ep1.srt", key="w1")
    [recovery] = after_a_crash(store).pending()
    assert (recovery.key, recovery.original_path, recovery.format) == ("w1", str(tmp_path / "ep1.srt"), "srt")
    assert recovery.saved_at.tzinfo is not None


def test_a_store_lists_what_it_wrote_itself(tmp_path):
    store = AutosaveStore(tmp_path)
    store.write(make_doc(), None, key="k")
    assert [r.key for r in store.written()] == ["k"] and store.has("k")
    assert store.pending() == []  # never offered to itself


def test_an_unsaved_document_can_be_autosaved(tmp_path):
    store = AutosaveStore(tmp_path)
    store.write(make_doc("vtt"), None, key="untitled-1")
    assert after_a_crash(store).pending()[0].original_path is None


def test_loading_a_recovery_gives_back_the_cues(tmp_path):
    store = AutosaveStore(tmp_path)
    store.write(make_doc("vtt"), None, key="k")
    store = after_a_crash(store)
    doc = store.load(store.pending()[0])
    assert texts(doc) == texts(make_doc()) and doc.format == "vtt"


def test_a_recovery_keeps_the_original_encoding_for_the_next_save(tmp_path):
    original = make_doc()
    original.encoding, original.newline = "cp1252", "\r\n"
    store = AutosaveStore(tmp_path)
    store.write(original, tmp_path / "old.srt", key="k")
    store = after_a_crash(store)
    doc = store.load(store.pending()[0])
    assert (doc.encoding, doc.newline) == ("cp1252", "\r\n")


def test_a_new_autosave_replaces_the_previous_one_for_the_same_key(tmp_path):
    store = AutosaveStore(tmp_path)
    store.write(make_doc(), None, key="k")
    doc = make_doc()
    doc.cues[0].text = "Later"
    store.write(doc, None, key="k")
    [recovery] = store.written()
    assert store.load(recovery)[0].text == "Later"


def test_each_key_has_its_own_recovery(tmp_path):
    store = AutosaveStore(tmp_path)
    store.write(make_doc(), None, key="a")
    store.write(make_doc(), None, key="b/../../c")
    assert sorted(r.key for r in store.written()) == ["a", "b/../../c"]
    assert all(r.path.parent == store.session_dir for r in store.written())


def test_discard_removes_the_recovery_and_its_files(tmp_path):
    store = AutosaveStore(tmp_path / "auto")
    store.write(make_doc(), None, key="k")
    store.discard("k")
    assert store.written() == [] and not store.has("k")
    assert list(store.session_dir.iterdir()) == []
    store.close()  # an empty session leaves nothing behind
    assert list((tmp_path / "auto").iterdir()) == []


def test_discarding_an_unknown_key_is_harmless(tmp_path):
    AutosaveStore(tmp_path).discard("nope")


def test_a_corrupt_sidecar_is_skipped(tmp_path):
    store = AutosaveStore(tmp_path)
    store.write(make_doc(), None, key="good")
    (store.session_dir / "recovery-broken.json").write_text("{not json")
    assert [r.key for r in after_a_crash(store).pending()] == ["good"]


# -- two copies of the app ----------------------------------------------------------------------

def test_a_running_copys_autosave_is_not_offered_to_another_copy(tmp_path):
    running = AutosaveStore(tmp_path)
    running.write(make_doc(), tmp_path / "ep.srt", key="a-window")

    assert AutosaveStore(tmp_path).pending() == []


def test_another_copy_cannot_delete_a_running_copys_autosave(tmp_path):
    running = AutosaveStore(tmp_path)
    [mine] = [running.write(make_doc(), tmp_path / "ep.srt", key="a-window")]
    other = AutosaveStore(tmp_path)

    other.discard("a-window")
    assert other.discard_recovery(mine) is False

    assert running.has("a-window") and mine.path.is_file()


def test_a_crashed_copys_autosave_is_claimed_by_one_copy_at_a_time(tmp_path):
    crashed = AutosaveStore(tmp_path)
    crashed.write(make_doc(), None, key="k")
    crashed.close()
    first, second = AutosaveStore(tmp_path), AutosaveStore(tmp_path)

    assert [r.key for r in first.pending()] == ["k"]
    assert second.pending() == []  # first is asking about it
    first.release_claims()  # "Later"
    assert [r.key for r in second.pending()] == ["k"]


def test_discarding_a_crashed_copys_recovery_removes_its_session(tmp_path):
    crashed = AutosaveStore(tmp_path)
    crashed.write(make_doc(), None, key="k")
    store = after_a_crash(crashed)
    [recovery] = store.pending()

    assert store.discard_recovery(recovery) is True

    assert list(tmp_path.iterdir()) == []
    assert AutosaveStore(tmp_path).pending() == []


def test_a_restored_recovery_becomes_the_restoring_copys_own(tmp_path):
    crashed = AutosaveStore(tmp_path)
    crashed.write(make_doc(), tmp_path / "ep.srt", key="k")
    store = after_a_crash(crashed)
    [recovery] = store.pending()

    store.adopt(recovery, store.load(recovery))

    assert [r.key for r in store.written()] == ["k"]
    assert not recovery.path.exists()
    assert AutosaveStore(tmp_path).pending() == []  # ours now, and we are running


def test_a_store_writes_again_into_a_new_session_when_its_folder_was_deleted(tmp_path):
    store = AutosaveStore(tmp_path)
    store.write(make_doc(), None, key="k")
    first = store.session_dir
    shutil.rmtree(first)
    first.with_name(first.name + ".lock").unlink()
    assert not store.has("k")

    store.write(make_doc(), None, key="k")

    assert store.has("k") and store.session_dir != first
    assert AutosaveStore(tmp_path).pending() == []


def test_autosaves_of_versions_without_sessions_are_offered(tmp_path):
    stem = "recovery-" + hashlib.sha256(b"k").hexdigest()[:20]  # how earlier versions named them
    data, _ = formats.write_bytes(make_doc(), format="srt")
    (tmp_path / f"{stem}.srt").write_bytes(data)
    (tmp_path / f"{stem}.json").write_text(json.dumps(
        {"key": "k", "original_path": None, "format": "srt", "saved_at": "2026-01-01T00:00:00+00:00",
         "file": f"{stem}.srt"}))
    store = AutosaveStore(tmp_path)

    [recovery] = store.pending()

    assert recovery.key == "k" and texts(store.load(recovery)) == texts(make_doc())
    assert store.discard_recovery(recovery) and AutosaveStore(tmp_path).pending() == []


def run_child(script: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                            cwd=Path(__file__).resolve().parents[2])


EMPTIED_THEN_KILLED = """
import os, sys
from subtitle_desk.core.document import Cue, Document
from subtitle_desk.core.storage import AutosaveStore
store = AutosaveStore(sys.argv[1])
store.write(Document([Cue(1000, 2000, "Saved later")]), "ep.srt", "k")
store.discard("k")
print(store.session_dir, flush=True)
os._exit(9)  # no clean-up runs, as after a kill
"""


def test_an_empty_session_left_by_a_killed_copy_is_removed(tmp_path):
    child = run_child(EMPTIED_THEN_KILLED, str(tmp_path))
    folder = Path(child.stdout.readline().decode().strip())
    child.wait(10)
    child.stdout.close()
    assert folder.name.startswith("session-") and folder.is_dir()

    assert AutosaveStore(tmp_path).pending() == []
    assert list(tmp_path.iterdir()) == []


CHILD = """
import sys, time
from subtitle_desk.core.document import Cue, Document
from subtitle_desk.core.storage import AutosaveStore
store = AutosaveStore(sys.argv[1])
store.write(Document([Cue(1000, 2000, "Edited in the other copy")]), "ep.srt", "other-window")
print("written", flush=True)
while True:
    if not store.has("other-window"):
        store.write(Document([Cue(1000, 2000, "Edited in the other copy")]), "ep.srt", "other-window")
    time.sleep(0.02)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs kill -9")
def test_a_killed_process_autosave_is_offered_only_once_it_is_dead(tmp_path):
    child = run_child(CHILD, str(tmp_path))
    try:
        assert child.stdout.readline().strip() == b"written"
        here = AutosaveStore(tmp_path)
        assert here.pending() == []
        here.discard("other-window")

        child.send_signal(signal.SIGKILL)
        child.wait(10)

        [recovery] = here.pending()
        assert here.load(recovery)[0].text == "Edited in the other copy"
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)
        child.stdout.close()
