"""Ids and titles that come from a server never pick a path of their own: hostile cielo24 job ids,
Dotsub language and media ids and titles end up as plain file names inside the work folder (or
the folder they are sent from), whatever they contain."""

from __future__ import annotations

from pathlib import Path

import pytest

from subtitle_desk.core.document import Cue, Document
from subtitle_desk.core.paths import work_dir
from subtitle_desk.core.session import WorkSession
from subtitle_desk.emulators.cielo24 import DEMO_USERNAME, Job
from subtitle_desk.ui.desk import cielo24, datocms
from subtitle_desk.ui.desk import workspace as workspace_module
from subtitle_desk.ui.desk.datocms.dialogs import BatchChoice
from tests.ui.conftest import wait_until


def hostile_ids(tmp_path: Path, marker: str) -> list[str]:
    return [
        f"../../../../tmp/x/{marker}",  # the id that made the app write /tmp/x/OWNED.srt
        f"../../{marker}",
        f"{tmp_path}/absolute/{marker}",  # joined to a folder, an absolute path replaces it
        f"..\\..\\{marker}",
        f"nul\x00{marker}",
        f"CON.{marker}",
    ]


def escaped(tmp_path: Path, marker: str, inside: Path) -> list[Path]:
    """Files named after ``marker`` anywhere under this test run's folders, but not ``inside``."""
    inside = inside.resolve()
    return [p for p in tmp_path.parent.rglob(f"*{marker}*")
            if p.is_file() and inside not in p.resolve().parents]


def settle(context, loop, predicate=lambda: True, timeout: float = 15) -> None:
    wait_until(loop, lambda: predicate() and not context.runner.running_names(), timeout=timeout)


@pytest.fixture
def stop_tasks(context, desk, loop):
    yield
    desk.autosaver.stop()
    desk.autosaver.stop = lambda: None
    context.runner.cancel_all()
    wait_until(loop, lambda: not context.runner.running_names(), timeout=20)


def test_hostile_cielo24_job_ids_open_inside_the_work_folder(context, loop, emulators, tmp_path, stop_tasks):
    part = cielo24.install(context)
    state = emulators.cielo24.state
    ids = hostile_ids(tmp_path, "OWNED-cielo24")
    with state.lock:
        for job_id in ids:
            state.jobs[job_id] = Job(job_id, DEMO_USERNAME, name="Hostile", status="Complete",
                                     fidelity="MECHANICAL", transcript=((1000, 2000, "Owned?"),))
    folder = work_dir() / "cielo24"

    opened = []
    for job_id in ids:
        part.controller.last_session = None
        part.controller.open_captions(job_id)
        settle(context, loop, lambda: part.controller.last_session is not None)
        session = part.controller.last_session
        assert session.extra["job_id"] == job_id
        assert session.local_path.parent == folder and session.local_path.is_file()
        assert context.editor.document.cues[0].text == "Owned?"
        opened.append(session.local_path)

    assert len(set(opened)) == len(ids)  # one file per job, none shared
    assert escaped(tmp_path, "OWNED-cielo24", folder) == []
    assert not Path("/tmp/x/OWNED-cielo24.srt").exists()


def test_a_dotsub_language_id_in_a_batch_publish_stays_in_the_outgoing_folder(context, loop, tmp_path,
                                                                            monkeypatch, stop_tasks):
    part = datocms.install(context)
    controller = part.controller
    context.window.show_page(datocms.PAGE)
    settle(context, loop, lambda: controller.uploads.rows)
    upload = controller.uploads.rows[0]
    written: list[Path] = []

    async def download_subtitles(media_id, language_id, fmt):
        return b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nOwned?\n"

    monkeypatch.setattr(context.services.dotsub, "download_subtitles", download_subtitles)
    real_create = type(context.services.datocms).create_track_from_file

    async def create_track_from_file(self, upload_id, path, **kwargs):
        written.append(Path(path))
        return await real_create(self, upload_id, path, **kwargs)

    monkeypatch.setattr(type(context.services.datocms), "create_track_from_file", create_track_from_file)
    ids = hostile_ids(tmp_path, "OWNED-dato")
    entries = controller.publish_batch(upload, BatchChoice(
        media={"mediaId": "../../media", "title": "../../../Title/OWNED-dato-title"}, language_ids=ids,
        names={}))
    settle(context, loop, lambda: all(e.state.finished for e in entries), timeout=30)

    outgoing = Path(context.cache_dir) / "datocms" / "outgoing"
    assert escaped(tmp_path, "OWNED-dato", outgoing) == []
    assert len(written) == len(ids)
    for path in written:
        assert path.parent.parent == outgoing and "/" not in path.name and "\\" not in path.name


def test_the_send_fallback_file_is_named_safely_inside_the_work_folder(context, loop, tmp_path, stop_tasks):
    ws = workspace_module.install(context)
    try:
        session = WorkSession(title="Hostile", local_path=None, service="dotsub",
                              media_id="../../../media/OWNED-send", language_id="../../../../OWNED-send",
                              extra={"format": "SRT"})
        ws.open_session(Document([Cue(1000, 2000, "Owned?")], format="srt"), session)
        ws.send_now()
        settle(context, loop, timeout=20)

        saved = list(work_dir().rglob("*.srt"))
        assert len(saved) == 1 and saved[0].read_bytes().strip().endswith(b"Owned?")
        assert escaped(tmp_path, "OWNED-send", work_dir()) == []
    finally:
        ws.media.load_video(None)
        ws.media.panel.shutdown()
