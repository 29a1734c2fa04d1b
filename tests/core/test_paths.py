"""Names from servers become safe file names; the data directory; moving what older versions left."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from subtitle_desk.core.paths import MAX_NAME_BYTES, data_dir, move_tree, recovery_dir, safe_name, work_dir

# -- safe_name ----------------------------------------------------------------------------------

@pytest.mark.parametrize("readable", ["fr-FR", "en", "zh-Hant-TW", "3f1c5d7e9b2a4c6d8e0f1a2b3c4d5e6f",
                                      "64f1e2a9c3b7d5e8f0a1b2c3", "Épisode_2", "ep.104", "a_b-c"])
def test_readable_ids_are_kept_as_they_are(readable):
    assert safe_name(readable) == readable


HOSTILE = ["../../../../tmp/x/OWNED", "..", ".", "", "/etc/passwd", "..\\..\\windows\\system32",
           "C:\\Users\\x", "a\x00b", "tab\there", "line\nbreak", "\x1b[31mred", "CON", "con", "nul.txt",
           "COM1", "LPT9.srt", "COM\u00b9", "AUX ", "name.", "name ", " lead", ".hidden", "x" * 400,
           "é" * 300, "\u202eevil", "a:b", "a*b?c", "<>|\"", "~", "\ud800"]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_ids_become_one_plain_file_name(hostile, tmp_path):
    name = safe_name(hostile)
    assert_plain(name)
    target = tmp_path / "work" / f"{name}.srt"
    assert target.resolve().parent == (tmp_path / "work").resolve()


def assert_plain(name: str) -> None:
    assert name and name not in (".", "..")
    assert not name.startswith(".") and not name.endswith((".", " "))
    assert not any(c in name for c in "/\\:*?\"<>|\x00") and all(c.isprintable() for c in name)
    assert name.split(".")[0].upper().rstrip(" ") not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT9"}
    assert len(name.encode("utf-8", "surrogatepass")) <= MAX_NAME_BYTES


def test_windows_device_names_are_made_harmless_but_readable():
    assert safe_name("CON").startswith("_CON~")
    assert safe_name("nul.txt", unique=False) == "_nul.txt"


def test_different_ids_never_share_a_file():
    ids = ["a/b", "a_b", "a\\b", "a b", "a:b", "a_b~x", "", ".", "..", "_"]
    names = [safe_name(i) for i in ids]
    assert len(set(names)) == len(ids)


def test_a_changed_name_says_it_was_changed_and_stays_stable():
    assert safe_name("../x") == safe_name("../x") and "~" in safe_name("../x")
    assert "~" not in safe_name("fr-FR")


def test_titles_can_stay_readable_without_a_hash():
    assert safe_name("Episode 2: the return", unique=False) == "Episode_2_the_return"
    assert safe_name("..", fallback="subtitles", unique=False) == "subtitles"


def test_very_long_names_are_cut_on_a_character():
    name = safe_name("é" * 300, unique=False)
    assert len(name.encode()) <= MAX_NAME_BYTES and set(name) == {"é"}


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_becomes_a_plain_name(text):
    assert_plain(safe_name(text))
    assert_plain(safe_name(text, unique=False, fallback="subtitles"))


# -- where things live ---------------------------------------------------------------------------

def test_the_data_directory_is_the_forced_one_or_the_users_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SUBTITLE_DESK_DATA_DIR", str(tmp_path))
    assert data_dir() == tmp_path
    assert work_dir() == tmp_path / "work" and recovery_dir() == tmp_path / "autosave"

    import platformdirs

    monkeypatch.delenv("SUBTITLE_DESK_DATA_DIR")
    assert data_dir() == Path(platformdirs.user_data_dir("subtitle-desk", appauthor=False))
    assert "cache" not in str(data_dir()).lower()


# -- move_tree ------------------------------------------------------------------------------------

def make(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_moving_old_work_keeps_every_file_and_folder(tmp_path):
    old, new = tmp_path / "cache" / "work", tmp_path / "data" / "work"
    make(old / "64f1" / "fr-FR.srt", b"edited french")
    make(old / "64f1" / "fr-FR.srt.bak", b"previous french")
    make(old / "cielo24" / "3f1c.srt", b"captions")

    moved = move_tree(old, new)

    assert (new / "64f1" / "fr-FR.srt").read_bytes() == b"edited french"
    assert (new / "64f1" / "fr-FR.srt.bak").read_bytes() == b"previous french"
    assert (new / "cielo24" / "3f1c.srt").read_bytes() == b"captions"
    assert len(moved) == 3 and not old.exists()


def test_moving_never_replaces_a_file_already_there(tmp_path):
    old, new = tmp_path / "old", tmp_path / "new"
    make(old / "m" / "fr-FR.srt", b"old edit")
    make(new / "m" / "fr-FR.srt", b"newer edit")
    make(old / "m" / "same.srt", b"same")
    make(new / "m" / "same.srt", b"same")

    move_tree(old, new)

    assert (new / "m" / "fr-FR.srt").read_bytes() == b"newer edit"
    assert (new / "m" / "fr-FR.moved-1.srt").read_bytes() == b"old edit"
    assert (new / "m" / "same.srt").read_bytes() == b"same"
    assert not (new / "m" / "same.moved-1.srt").exists() and not old.exists()


def test_moving_across_file_systems_copies_then_removes(tmp_path, monkeypatch):
    import errno

    old, new = tmp_path / "old", tmp_path / "new"
    make(old / "a.srt", b"work")
    real_rename = os.rename

    def other_disk(src, dst):
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(os, "rename", other_disk)
    move_tree(old, new)
    monkeypatch.setattr(os, "rename", real_rename)

    assert (new / "a.srt").read_bytes() == b"work" and not (old / "a.srt").exists()
    assert [p.name for p in new.iterdir()] == ["a.srt"]


def test_a_file_that_cannot_be_moved_stays_where_it_was(tmp_path, monkeypatch):
    old, new = tmp_path / "old", tmp_path / "new"
    make(old / "a.srt", b"work")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "rename", refuse)
    assert move_tree(old, new) == []
    assert (old / "a.srt").read_bytes() == b"work"


def test_nothing_to_move_is_fine(tmp_path):
    assert move_tree(tmp_path / "missing", tmp_path / "new") == []
    make(tmp_path / "same" / "a", b"x")
    assert move_tree(tmp_path / "same", tmp_path / "same") == []
    assert (tmp_path / "same" / "a").exists()
