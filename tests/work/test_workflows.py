"""The workflows of ``core.work`` against the local emulators, with no Qt anywhere."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from subtitle_desk.core import formats, work
from subtitle_desk.core.document import Cue, Document
from subtitle_desk.core.services.container import Services
from subtitle_desk.core.services.secrets import SecretStore
from subtitle_desk.core.session import WorkSession
from subtitle_desk.core.work.datocms import Outcome
from subtitle_desk.emulators import datocms as dato_emu
from subtitle_desk.emulators.demo import Emulators, start_all


@pytest.fixture(scope="module")
def emulators(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Emulators]:
    served = start_all(tmp_path_factory.mktemp("emulators"))
    try:
        yield served
    finally:
        served.stop()


def run(emulators: Emulators, scenario: Any) -> Any:
    """Run ``scenario(services)`` on a fresh event loop with clients for the emulators."""
    secrets = SecretStore(use_keyring=False)
    emulators.apply_secrets(secrets)

    async def main() -> Any:
        services = Services(emulators.settings(), secrets)
        try:
            return await scenario(services)
        finally:
            await services.aclose()

    return asyncio.run(main())


def _tasks(emulators: Emulators, **match: Any) -> list[dict[str, Any]]:
    state = emulators.dotsub.state
    return [dict(t) for t in state.tasks.values() if all(t.get(k) == v for k, v in match.items())]


def _with_cues(emulators: Emulators, task: dict[str, Any]) -> bool:
    track = emulators.dotsub.state.tracks.get((task["mediaId"], task["languageId"]))
    return bool(track and track.cues)


def test_opening_a_task_keeps_its_subtitles_in_the_work_folder_and_describes_the_work(emulators, tmp_path):
    task = next(t for t in _tasks(emulators, type="TASK_CAPTION") if _with_cues(emulators, t))
    seen: list[str] = []

    async def scenario(services: Services) -> tuple[Document, WorkSession]:
        return await work.dotsub.open_task(services.dotsub, task, work_dir=tmp_path,
                                           on_progress=lambda f, d: seen.append(d))

    document, session = run(emulators, scenario)
    assert document.cues and session.task_id == str(task["id"])
    assert session.local_path is not None and session.local_path.is_file()
    assert tmp_path in session.local_path.parents
    assert formats.read_path(session.local_path).cues[0].text == document.cues[0].text
    assert seen[-1].endswith("cues opened")


def test_a_translation_nobody_started_opens_as_a_copy_of_its_source(emulators, tmp_path):
    task = next(t for t in _tasks(emulators, type="TASK_TRANSLATE", completed=False)
                if not _with_cues(emulators, t) and t.get("sourceTrackLanguageId"))

    async def scenario(services: Services) -> tuple[Document, WorkSession]:
        return await work.dotsub.open_task(services.dotsub, task, work_dir=tmp_path)

    document, session = run(emulators, scenario)
    assert session.source_document is not None
    assert [c.text for c in document.cues] == [c.text for c in session.source_document.cues]
    assert session.extra["started_from_source"] is True
    assert any("started from the" in w for w in document.warnings)


def test_opening_with_a_video_store_downloads_the_video_once(emulators, tmp_path):
    task = next(t for t in _tasks(emulators, type="TASK_CAPTION") if _with_cues(emulators, t)
                and (emulators.dotsub.state.media[t["mediaId"]].get("encodedMedia") or {}).get("mp4Url"))
    store = work.dotsub.VideoStore(tmp_path / "videos")

    async def scenario(services: Services) -> str | None:
        video = work.dotsub.download_video(store, services.storage_http)
        _doc, session = await work.dotsub.open_task(services.dotsub, task, work_dir=tmp_path / "work", video=video)
        return session.video

    video = run(emulators, scenario)
    assert video == str(store.path_for(task["mediaId"]))
    assert Path(video).stat().st_size > 0
    assert not list((tmp_path / "videos").glob("*.part"))


def test_sending_uploads_the_saved_snapshot_and_completes_the_task(emulators, tmp_path):
    task = next(t for t in _tasks(emulators, type="TASK_CAPTION", completed=False) if _with_cues(emulators, t))

    async def scenario(services: Services) -> Any:
        document, session = await work.dotsub.open_task(services.dotsub, task, work_dir=tmp_path)
        snapshot = document.copy()
        snapshot.cues[0].text = "Sent from a script"
        result = await work.dotsub.send_work(services.dotsub, session, snapshot, work_dir=tmp_path,
                                             complete_task=True)
        again = await services.dotsub.download_subtitles(task["mediaId"], task["languageId"], "SRT")
        return document, result, again

    document, result, again = run(emulators, scenario)
    assert document.cues[0].text != "Sent from a script"  # the snapshot is a copy
    assert result.completed and b"Sent from a script" in again
    assert result.path.read_bytes() == again or b"Sent from a script" in result.path.read_bytes()
    assert emulators.dotsub.state.tasks[task["id"]]["completed"] is True


def test_work_from_a_hostile_media_id_stays_in_the_work_folder(tmp_path):
    path = work.dotsub.work_path(tmp_path, "../../../../tmp/x/OWNED", "../fr-FR", "SRT")
    assert tmp_path in path.parents and ".." not in path.relative_to(tmp_path).parts


def _subtitled_media(emulators: Emulators, at_least: int = 2) -> dict[str, Any]:
    state = emulators.dotsub.state
    state.refresh_subtitled()
    return next(m for m in state.media.values() if len(m.get("subtitledLanguageIds") or []) >= at_least)


def test_publishing_a_document_follows_the_track_until_ready(emulators, tmp_path):
    document = Document(cues=[Cue(1000, 2500, "Bonjour"), Cue(3000, 4500, "Au revoir")], format="srt")
    seen: list[str] = []

    async def scenario(services: Services) -> Any:
        return await work.datocms.publish_document(services.datocms, dato_emu.VIDEO_WITHOUT_TRACKS, document,
                                                   language_code="fr", work_dir=tmp_path, stem="episode 2",
                                                   on_progress=lambda f, d: seen.append(d))

    track = run(emulators, scenario)
    assert track.status == "ready" and track.language_code == "fr"
    assert any("DatoCMS job" in line for line in seen)
    assert not list((tmp_path / "datocms" / "outgoing").glob("*/*"))  # the staged file is gone


def test_batch_publish_reads_and_checks_each_language_and_skips_an_unreadable_one(emulators, tmp_path):
    media = _subtitled_media(emulators)
    broken, *fine = media["subtitledLanguageIds"]
    track = emulators.dotsub.state.tracks[(media["mediaId"], broken)]
    saved = list(track.cues)
    track.cues = [(1000, 10 ** 13, "An end time no subtitle has")]
    try:
        async def scenario(services: Services) -> Any:
            return await work.datocms.publish_dotsub_languages(
                services.dotsub, services.datocms, media["mediaId"], dato_emu.VIDEO_WITHOUT_TRACKS,
                work_dir=tmp_path)

        results = run(emulators, scenario)
    finally:
        track.cues = saved
    by_language = {r.language_id: r for r in results}
    assert set(by_language) == {broken, *fine}
    assert by_language[broken].outcome is Outcome.UNREADABLE
    assert broken in by_language[broken].message and "line" in by_language[broken].message
    assert all(by_language[lang].outcome is Outcome.READY and by_language[lang].cues for lang in fine)


def test_batch_publish_of_chosen_languages_publishes_only_those(emulators, tmp_path):
    media = _subtitled_media(emulators)
    chosen = media["subtitledLanguageIds"][:1]

    async def scenario(services: Services) -> Any:
        return await work.datocms.publish_dotsub_languages(
            services.dotsub, services.datocms, media["mediaId"], dato_emu.VIDEO_WITHOUT_TRACKS,
            work_dir=tmp_path, languages=chosen)

    assert [r.language_id for r in run(emulators, scenario)] == chosen


def test_cielo24_captions_open_as_a_document_kept_under_a_safe_name(emulators, tmp_path):
    job_id = next(j for j, job in emulators.cielo24.state.jobs.items() if job.status == "Complete")

    async def scenario(services: Services) -> Any:
        return await work.cielo24.open_captions(services.cielo24, job_id, work_dir=tmp_path)

    document, session = run(emulators, scenario)
    assert document.cues and session.extra["job_id"] == job_id
    assert session.local_path == work.cielo24.captions_path(tmp_path, job_id)
    assert session.local_path.is_file()
