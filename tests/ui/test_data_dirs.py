"""Work and recovery files live in the user data directory; what earlier versions kept in the
cache folder (work) or in Qt's AppDataLocation (autosaves) is moved there at start, losing nothing."""

from __future__ import annotations

import hashlib
import json

from subtitle_desk.core import formats
from subtitle_desk.core.document import Cue, Document
from subtitle_desk.core.storage import AutosaveStore
from subtitle_desk.ui import app


def test_old_work_in_the_cache_folder_moves_to_the_data_directory(tmp_path, monkeypatch):
    cache, data = tmp_path / "cache", tmp_path / "data"
    monkeypatch.setenv("SUBTITLE_DESK_CACHE_DIR", str(cache))
    monkeypatch.setenv("SUBTITLE_DESK_DATA_DIR", str(data))
    old_work = {
        "64f1e2a9/fr-FR.srt": b"1\n00:00:01,000 --> 00:00:02,000\nEdited, not sent yet\n",
        "64f1e2a9/fr-FR.srt.bak": b"the version before",
        "cielo24/3f1c5d7e.srt": b"captions",
    }
    for name, data_bytes in old_work.items():
        (cache / "work" / name).parent.mkdir(parents=True, exist_ok=True)
        (cache / "work" / name).write_bytes(data_bytes)
    (cache / "thumbnails").mkdir()
    (cache / "thumbnails" / "a.jpg").write_bytes(b"jpeg")
    (data / "work" / "64f1e2a9").mkdir(parents=True)
    (data / "work" / "64f1e2a9" / "fr-FR.srt").write_bytes(b"a newer edit already here")

    app.migrate_old_locations()

    work = data / "work"
    assert (work / "64f1e2a9" / "fr-FR.srt").read_bytes() == b"a newer edit already here"
    assert (work / "64f1e2a9" / "fr-FR.moved-1.srt").read_bytes() == old_work["64f1e2a9/fr-FR.srt"]
    assert (work / "64f1e2a9" / "fr-FR.srt.bak").read_bytes() == b"the version before"
    assert (work / "cielo24" / "3f1c5d7e.srt").read_bytes() == b"captions"
    assert not (cache / "work").exists()
    assert (cache / "thumbnails" / "a.jpg").exists()  # caches stay in the cache

    app.migrate_old_locations()  # the next start: nothing left to move, nothing changes
    assert (work / "cielo24" / "3f1c5d7e.srt").read_bytes() == b"captions"


def test_old_autosaves_move_and_are_offered(tmp_path, monkeypatch):
    old, data = tmp_path / "qt-appdata", tmp_path / "data"
    monkeypatch.setenv("SUBTITLE_DESK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("SUBTITLE_DESK_DATA_DIR", str(data))
    monkeypatch.setattr(app, "_old_app_data_dir", lambda: old)
    stem = "recovery-" + hashlib.sha256(b"old-window").hexdigest()[:20]
    (old / "autosave").mkdir(parents=True)
    data_bytes, _ = formats.write_bytes(Document([Cue(1000, 2000, "From before the update")]), format="srt")
    (old / "autosave" / f"{stem}.srt").write_bytes(data_bytes)
    (old / "autosave" / f"{stem}.json").write_text(json.dumps(
        {"key": "old-window", "original_path": None, "format": "srt",
         "saved_at": "2026-01-01T00:00:00+00:00", "file": f"{stem}.srt"}))

    app.migrate_old_locations()

    store = AutosaveStore(data / "autosave")
    [recovery] = store.pending()
    assert store.load(recovery)[0].text == "From before the update"


def test_the_data_directory_is_not_a_cache(monkeypatch):
    monkeypatch.delenv("SUBTITLE_DESK_DATA_DIR", raising=False)
    from subtitle_desk.ui.editor.autosave import app_data_dir, recovery_dir

    assert "cache" not in str(app_data_dir()).lower()
    assert recovery_dir() == app_data_dir() / "autosave"


def test_a_run_with_only_the_data_directory_forced_leaves_the_real_cache_alone(tmp_path, monkeypatch):
    from subtitle_desk.ui.desk import context

    real_cache = tmp_path / "users-cache"
    (real_cache / "work" / "m").mkdir(parents=True)
    (real_cache / "work" / "m" / "fr.srt").write_bytes(b"the user's work")
    monkeypatch.delenv("SUBTITLE_DESK_CACHE_DIR", raising=False)
    monkeypatch.setenv("SUBTITLE_DESK_DATA_DIR", str(tmp_path / "test-data"))
    monkeypatch.setattr(context, "cache_dir", lambda: real_cache)

    app.migrate_old_locations()

    assert (real_cache / "work" / "m" / "fr.srt").read_bytes() == b"the user's work"
