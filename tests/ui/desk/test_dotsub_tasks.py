"""The Dotsub tasks view on the real emulators (127.0.0.1): filters, due-date highlighting,
accept and release, and Open, which brings a task's subtitles, spec, source and video into the
editor as a WorkSession. Scenarios run as coroutines (see test_dotsub_media)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from subtitle_desk.ui.desk import dotsub
from subtitle_desk.ui.desk.dotsub.common import local_time_text, parse_time
from subtitle_desk.ui.desk.dotsub.tasks import DUE_SOON_COLOR, OVERDUE_COLOR, TasksPage, UrgencyRole
from subtitle_desk.ui.runner import OpState
from tests.ui.conftest import run
from tests.ui.desk.test_dotsub_media import desk_parts, settle, until  # noqa: F401 (desk_parts is a fixture)


async def show_tasks(context, parts) -> TasksPage:
    page = parts.tasks_page
    context.window.show_page(dotsub.TASKS_PAGE)
    await until(lambda: page.model.total is not None and not page.model.loading)
    await until(lambda: not context.runner.is_running("dotsub-task-choices"))
    return page


async def apply(page: TasksPage) -> None:
    page.apply_filters()
    await until(lambda: page.model.total is not None and not page.model.loading)


def choose(combo: Any, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def seeded(emulators, predicate) -> dict[str, Any]:
    with emulators.dotsub.state.lock:
        return next(dict(t) for t in sorted(emulators.dotsub.state.tasks.values(), key=lambda t: int(t["id"]))
                    if predicate(t))


def has_cues(emulators, task) -> bool:
    track = emulators.dotsub.state.tracks.get((task["mediaId"], task["languageId"]))
    return bool(track and track.cues)


async def select(page: TasksPage, task: dict[str, Any]) -> int:
    page.media_id_filter.setText(task["mediaId"])
    await apply(page)
    row = page.select_task(task["id"])
    assert row >= 0
    return row


def answer_accept(page: TasksPage, *, accept: bool = False) -> None:
    """Answer "accept it first?" when Open asked it (a task nobody has accepted)."""
    if page.accept_box is not None:
        name = "acceptAndOpenButton" if accept else "openWithoutAcceptingButton"
        page.accept_box.findChild(QPushButton, name).click()


async def open_selected(page: TasksPage, parts) -> Any:
    parts.opener.last_session = None
    QTest.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    answer_accept(page)
    await until(lambda: parts.opener.last_session is not None, timeout=20)
    return parts.opener.last_session


def test_the_tasks_view_lists_tasks_not_completed_soonest_due_first(context, loop, desk_parts):
    async def scenario() -> None:
        page = await show_tasks(context, desk_parts)

        records = page.model.rows
        assert records and not any(t["completed"] for t in records)
        dues = [t["dueDate"] for t in records]
        assert dues == sorted(dues)
        await settle(context, desk_parts)

    run(loop, scenario())


def test_the_type_filter_lists_only_tasks_of_that_type(context, loop, desk_parts):
    async def scenario() -> None:
        page = await show_tasks(context, desk_parts)

        choose(page.type_filter, "TASK_CAPTION")
        await until(lambda: not page.model.loading and page.model.filters.get("type") == "TASK_CAPTION")

        assert page.model.rows and {t["type"] for t in page.model.rows} == {"TASK_CAPTION"}
        await settle(context, desk_parts)

    run(loop, scenario())


def test_the_language_filter_offers_the_organization_languages(context, loop, desk_parts):
    async def scenario() -> None:
        page = await show_tasks(context, desk_parts)

        choose(page.language_filter, "fr-FR")
        await until(lambda: not page.model.loading and page.model.filters.get("languageId") == "fr-FR")

        assert page.language_filter.currentText() == "French (France)"
        assert page.model.rows and {t["languageId"] for t in page.model.rows} == {"fr-FR"}
        await settle(context, desk_parts)

    run(loop, scenario())


def test_the_status_and_accepted_filters_combine(context, loop, desk_parts):
    async def scenario() -> None:
        page = await show_tasks(context, desk_parts)

        choose(page.status_filter, "completed")
        choose(page.accepted_filter, "yes")
        await until(lambda: not page.model.loading and page.model.filters.get("completed") is True
                    and page.model.filters.get("accepted") is True)

        assert page.model.rows
        assert all(t["completed"] and t["accepted"] for t in page.model.rows)
        await settle(context, desk_parts)

    run(loop, scenario())


def test_due_date_filters_are_local_days(context, loop, desk_parts):
    async def scenario() -> None:
        page = await show_tasks(context, desk_parts)
        today = QDate.currentDate()

        page.due_from.date.setDate(today)
        page.due_from.check.setChecked(True)
        page.due_to.date.setDate(today.addDays(1))
        page.due_to.check.setChecked(True)
        await apply(page)

        start = datetime.combine(today.toPython(), datetime.min.time()).astimezone()
        end = start + timedelta(days=2)
        assert page.model.rows
        assert all(start <= parse_time(t["dueDate"]) < end for t in page.model.rows)
        await settle(context, desk_parts)

    run(loop, scenario())


def test_overdue_and_almost_due_tasks_are_highlighted_with_a_legend(context, loop, desk_parts):
    async def scenario() -> None:
        page = await show_tasks(context, desk_parts)
        model = page.model
        now = datetime.now(timezone.utc)

        def row_where(test) -> int:
            return next(i for i, t in enumerate(model.rows) if test(parse_time(t["dueDate"]) - now))

        while not model.exhausted:  # the later tasks are on the next page
            page.table.scrollToBottom()
            await until(lambda: not model.loading)
        overdue = row_where(lambda left: left < timedelta(0))
        soon = row_where(lambda left: timedelta(hours=1) < left < timedelta(hours=23))
        later = row_where(lambda left: left > timedelta(days=2))

        def background(row: int) -> Any:
            brush = model.data(model.index(row, 0), Qt.ItemDataRole.BackgroundRole)
            return brush.color() if brush is not None else None

        assert background(overdue) == OVERDUE_COLOR
        assert model.data(model.index(overdue, 0), UrgencyRole) == "overdue"
        assert background(soon) == DUE_SOON_COLOR
        assert background(later) is None
        legend = [w.text() for w in page.findChildren(type(page.info)) if w.objectName() == "legend"]
        assert legend == ["Overdue", "Due within 24 hours"]
        assert "overdue" in page.count_label.text()
        await settle(context, desk_parts)

    run(loop, scenario())


def test_due_dates_are_shown_in_local_time_with_how_long_is_left(context, loop, desk_parts):
    async def scenario() -> None:
        page = await show_tasks(context, desk_parts)
        model = page.model
        row = next(i for i, t in enumerate(model.rows)
                   if parse_time(t["dueDate"]) > datetime.now(timezone.utc) + timedelta(hours=2))
        task = model.rows[row]

        text = model.data(model.index(row, model.column_of("dueDate")))

        assert text.startswith(local_time_text(task["dueDate"]))
        assert text.endswith(" h)") or text.endswith(" d)")
        assert "(in " in text
        await settle(context, desk_parts)

    run(loop, scenario())


def test_accept_assigns_the_task_to_you_and_release_gives_it_back(context, loop, emulators, desk_parts):
    async def scenario() -> None:
        page = await show_tasks(context, desk_parts)
        task = seeded(emulators, lambda t: not t["completed"] and not t["accepted"] and t["assigneeType"] == "USER")
        row = await select(page, task)
        assert page.accept_button.isEnabled() and not page.release_button.isEnabled()

        QTest.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
        await until(lambda: page.model.rows[row]["accepted"])
        accepted = dict(page.model.rows[row])
        assert page.release_button.isEnabled() and not page.accept_button.isEnabled()

        QTest.mouseClick(page.release_button, Qt.MouseButton.LeftButton)
        await until(lambda: not page.model.rows[row]["accepted"])

        assert accepted["assigneeName"] == emulators.dotsub.state.user_name("6")  # the API user
        assert page.model.rows[row]["assigneeName"] == task["assigneeName"]
        assert emulators.dotsub.state.tasks[task["id"]]["accepted"] is False
        await settle(context, desk_parts)

    run(loop, scenario())


def test_a_refused_accept_is_explained_in_the_page(context, loop, emulators, desk_parts):
    async def scenario() -> None:
        page = await show_tasks(context, desk_parts)
        task = seeded(emulators, lambda t: not t["completed"] and not t["accepted"])
        await select(page, task)
        emulators.dotsub.faults.fail_status = 409
        emulators.dotsub.faults.fail_next = 1

        QTest.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
        await until(lambda: page.banner.isVisible())

        assert page.banner.text() == f"Accepting task {task['id']} failed: Conflict"
        assert context.activity.operations()[-1].state is OpState.FAILED
        await settle(context, desk_parts)

    run(loop, scenario())


def test_opening_a_translation_task_builds_its_work_session(context, loop, emulators, desk_parts, cache_dir):
    async def scenario() -> None:
        page = await show_tasks(context, desk_parts)
        task = seeded(emulators, lambda t: not t["completed"] and t["relatedTrackType"] == "TRANSLATION"
                      and t["languageId"] == "fr-FR" and has_cues(emulators, t))
        await select(page, task)

        session = await open_selected(page, desk_parts)

        assert (session.service, session.media_id, session.task_id) == ("dotsub", task["mediaId"], task["id"])
        assert (session.language_id, session.task_type, session.direction) == ("fr-FR", task["type"], "LTR")
        assert session.local_path == context.work_dir / task["mediaId"] / "fr-FR.srt"
        assert session.local_path.read_bytes().startswith(b"1\n")
        assert session.source_language_name == task["sourceTrackLanguageName"]
        assert session.source_document is not None and session.source_document.cues
        assert session.spec is not None and session.spec["projectId"] == task["projectId"]
        assert session.video == str(cache_dir / "videos" / f"{task['mediaId']}.mp4")
        assert context.editor.document.cues[0].text == "Bon retour à l'atelier."
        await settle(context, desk_parts)

    run(loop, scenario())


def test_a_translation_nobody_started_opens_as_a_copy_of_the_source(context, loop, emulators, desk_parts):
    async def scenario() -> None:
        page = await show_tasks(context, desk_parts)
        task = seeded(emulators, lambda t: not t["completed"] and t["relatedTrackType"] == "TRANSLATION"
                      and not has_cues(emulators, t))
        await select(page, task)

        session = await open_selected(page, desk_parts)

        document = desk_parts.opener.last_document
        assert session.extra["started_from_source"] is True
        assert [c.text for c in document.cues] == [c.text for c in session.source_document.cues]
        assert any("started from the" in w for w in document.warnings)
        await settle(context, desk_parts)

    run(loop, scenario())


def test_an_arabic_task_opens_right_to_left(context, loop, emulators, desk_parts):
    async def scenario() -> None:
        page = await show_tasks(context, desk_parts)
        task = seeded(emulators, lambda t: not t["completed"] and t["languageId"] == "ar-SA"
                      and has_cues(emulators, t))
        await select(page, task)

        session = await open_selected(page, desk_parts)

        assert session.direction == "RTL"
        assert session.language_name == "Arabic (Saudi Arabia)"
        await settle(context, desk_parts)

    run(loop, scenario())


def test_the_video_is_downloaded_once_and_reused(context, loop, emulators, desk_parts):
    async def scenario() -> None:
        page = await show_tasks(context, desk_parts)
        task = seeded(emulators, lambda t: not t["completed"] and has_cues(emulators, t))
        await select(page, task)

        first = await open_selected(page, desk_parts)
        second = await open_selected(page, desk_parts)

        downloads = [op for op in context.activity.operations() if op.title.startswith("Downloading the video")]
        assert first.video == second.video and first.video.endswith(".mp4")
        assert len(downloads) == 1 and downloads[0].state is OpState.DONE
        assert downloads[0].fraction == 1.0
        await settle(context, desk_parts)

    run(loop, scenario())


def test_a_big_video_opens_at_once_from_its_url_and_is_cached_in_the_background(context, loop, emulators,
                                                                                 desk_parts, cache_dir):
    async def scenario() -> None:
        page = await show_tasks(context, desk_parts)
        desk_parts.opener.wait_for_video_bytes = 1000
        task = seeded(emulators, lambda t: not t["completed"] and has_cues(emulators, t))
        await select(page, task)

        session = await open_selected(page, desk_parts)
        assert session.video.startswith("http://127.0.0.1:")
        await until(lambda: desk_parts.videos.cached(task["mediaId"]) is not None)
        again = await open_selected(page, desk_parts)

        assert again.video == str(cache_dir / "videos" / f"{task['mediaId']}.mp4")
        await settle(context, desk_parts)

    run(loop, scenario())


def test_cancelling_the_video_download_keeps_the_url_and_leaves_no_partial_file(context, loop, emulators,
                                                                              desk_parts, cache_dir):
    async def scenario() -> None:
        page = await show_tasks(context, desk_parts)
        task = seeded(emulators, lambda t: not t["completed"] and has_cues(emulators, t))
        await select(page, task)
        emulators.storage.faults.latency = 0.5
        desk_parts.opener.last_session = None

        QTest.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
        answer_accept(page)
        await until(lambda: any(op.title.startswith("Downloading the video") for op in context.activity.operations()))
        download = next(op for op in context.activity.operations() if op.title.startswith("Downloading the video"))
        download.cancel()
        await until(lambda: desk_parts.opener.last_session is not None and download.finished)

        assert download.state is OpState.CANCELLED
        assert desk_parts.opener.last_session.video.startswith("http://127.0.0.1:")
        assert list((cache_dir / "videos").glob("*")) == []
        emulators.storage.faults.latency = 0.0
        await settle(context, desk_parts)

    run(loop, scenario())


def test_an_open_that_fails_shows_the_service_message_in_the_page(context, loop, emulators, desk_parts):
    async def scenario() -> None:
        page = await show_tasks(context, desk_parts)
        task = seeded(emulators, lambda t: not t["completed"] and has_cues(emulators, t))
        await select(page, task)
        with emulators.dotsub.state.lock:
            del emulators.dotsub.state.media[task["mediaId"]]

        QTest.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
        answer_accept(page)
        await until(lambda: page.banner.isVisible())

        assert page.banner.text() == f"Media with ID {task['mediaId']} wasn't found"
        assert desk_parts.opener.last_session is None
        await settle(context, desk_parts)

    run(loop, scenario())


def test_enter_on_a_task_opens_it(context, loop, emulators, desk_parts):
    async def scenario() -> None:
        page = await show_tasks(context, desk_parts)
        task = seeded(emulators, lambda t: not t["completed"] and has_cues(emulators, t))
        await select(page, task)
        page.table.setFocus()

        QTest.keyClick(page.table, Qt.Key.Key_Return)
        answer_accept(page)
        await until(lambda: desk_parts.opener.last_session is not None, timeout=20)

        assert desk_parts.opener.last_session.task_id == task["id"]
        await settle(context, desk_parts)

    run(loop, scenario())


def test_an_empty_task_list_says_what_to_do(context, loop, desk_parts):
    async def scenario() -> None:
        page = await show_tasks(context, desk_parts)

        page.title_filter.setText("no such media anywhere")
        await apply(page)

        assert page.model.total == 0
        assert "Clear filters" in page.empty.text()
        await settle(context, desk_parts)

    run(loop, scenario())


def test_a_task_list_error_is_shown_in_the_page(context, loop, emulators, desk_parts):
    async def scenario() -> None:
        page = await show_tasks(context, desk_parts)
        emulators.dotsub.faults.fail_status = 403
        emulators.dotsub.faults.fail_next = 1

        page.refresh_button.click()
        await until(lambda: page.model.error != "")

        assert page.banner.text() == "The task list could not be loaded: Forbidden"
        await settle(context, desk_parts)

    run(loop, scenario())


def test_task_filters_and_format_are_remembered(context, loop, desk_parts):
    async def scenario() -> None:
        page = await show_tasks(context, desk_parts)
        choose(page.type_filter, "TASK_REVIEW")
        choose(page.language_filter, "ja-JP")
        page.format.setCurrentText("VTT")
        await until(lambda: not page.model.loading)

        again = TasksPage(context, desk_parts.opener)

        assert again.type_filter.currentData() == "TASK_REVIEW"
        assert again.current_filters()["languageId"] == "ja-JP"
        assert again.format.currentText() == "VTT"
        await settle(context, desk_parts)

    run(loop, scenario())


def test_opening_a_task_shows_its_cues_in_the_editor_workspace(context, loop, emulators, desk_parts):
    from subtitle_desk.ui.desk import workspace as workspace_module

    workspace = workspace_module.install(context)

    async def scenario() -> None:
        page = await show_tasks(context, desk_parts)
        task = seeded(emulators, lambda t: not t["completed"] and t["relatedTrackType"] == "TRANSLATION"
                      and has_cues(emulators, t))
        await select(page, task)

        session = await open_selected(page, desk_parts)

        table = context.editor_page.table
        assert workspace.session is session
        assert context.window.current_page_key() == "editor"
        assert table.model().rowCount() == len(desk_parts.opener.last_document.cues) > 0
        model = table.model()
        text = model.data(model.index(0, model.TEXT))
        assert desk_parts.opener.last_document.cues[0].text.split("\n")[0] in str(text)
        await settle(context, desk_parts)

    run(loop, scenario())


def test_without_dotsub_credentials_the_page_says_how_to_set_it_up(context, loop, desk_parts):
    async def scenario() -> None:
        context.secrets.delete("dotsub.client_secret")
        context.reconfigure(context.service_settings)
        page = desk_parts.tasks_page
        context.window.show_page(dotsub.TASKS_PAGE)
        await until(lambda: page.model.error != "")

        assert page.banner.text() == ("The task list could not be loaded: Dotsub is not set up: add a client ID "
                                      "and secret in Settings")
        await settle(context, desk_parts)

    run(loop, scenario())


def test_changed_service_settings_reload_the_tasks(context, loop, emulators, desk_parts):
    async def scenario() -> None:
        page = await show_tasks(context, desk_parts)
        before = len([p for m, p, _ in emulators.dotsub.requests if p.endswith("/tasks")])

        context.reconfigure(context.service_settings)
        await until(lambda: not page.model.loading and page.model.total is not None)

        after = len([p for m, p, _ in emulators.dotsub.requests if p.endswith("/tasks")])
        assert after == before + 1
        assert page.model.rowCount() > 0
        await settle(context, desk_parts)

    run(loop, scenario())


def test_a_task_becomes_overdue_in_the_view_as_time_passes(context, loop, desk_parts):
    async def scenario() -> None:
        page = await show_tasks(context, desk_parts)
        model = page.model
        row = next(i for i, t in enumerate(model.rows) if model.data(model.index(i, 0), UrgencyRole) == "soon")
        due = parse_time(model.rows[row]["dueDate"])

        model.refresh_now(due + timedelta(minutes=1))

        assert model.data(model.index(row, 0), UrgencyRole) == "overdue"
        assert model.data(model.index(row, 0)).endswith("(1 min overdue)")
        await settle(context, desk_parts)

    run(loop, scenario())


def test_a_video_the_host_refuses_still_opens_the_subtitles_with_the_url(context, loop, emulators, desk_parts):
    async def scenario() -> None:
        page = await show_tasks(context, desk_parts)
        task = seeded(emulators, lambda t: not t["completed"] and has_cues(emulators, t))
        await select(page, task)
        emulators.storage.faults.fail_status = 403
        emulators.storage.faults.fail_next = 1
        failures: list[str] = []
        context.runner.failed.connect(lambda name, exc: failures.append(name))

        session = await open_selected(page, desk_parts)
        download = next(op for op in context.activity.operations() if op.title.startswith("Downloading the video"))
        await until(lambda: download.finished)

        assert session.video.startswith("http://127.0.0.1:")
        assert download.state is OpState.FAILED
        assert download.error == "The video was not saved: Dotsub media storage refused the download (HTTP 403)"
        assert failures == []  # explained in the activity panel, no error dialog
        await settle(context, desk_parts)

    run(loop, scenario())


def test_opening_a_task_nobody_accepted_offers_to_accept_it_first(context, loop, emulators, desk_parts):
    async def scenario() -> None:
        page = await show_tasks(context, desk_parts)
        task = seeded(emulators, lambda t: not t["completed"] and not t["accepted"] and t["assigneeType"] == "USER"
                      and has_cues(emulators, t))
        await select(page, task)
        desk_parts.opener.last_session = None

        QTest.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
        assert page.accept_box is not None and page.accept_box.isVisible()
        assert f"Nobody has accepted task {task['id']}" in page.accept_box.text()
        answer_accept(page, accept=True)
        await until(lambda: desk_parts.opener.last_session is not None, timeout=20)

        assert desk_parts.opener.last_session.task_id == task["id"]
        assert emulators.dotsub.state.tasks[task["id"]]["accepted"] is True
        await settle(context, desk_parts)

    run(loop, scenario())


def test_a_task_can_be_opened_without_accepting_it(context, loop, emulators, desk_parts):
    async def scenario() -> None:
        page = await show_tasks(context, desk_parts)
        task = seeded(emulators, lambda t: not t["completed"] and not t["accepted"] and has_cues(emulators, t))
        await select(page, task)

        session = await open_selected(page, desk_parts)  # "Open without accepting"

        assert session.task_id == task["id"]
        assert emulators.dotsub.state.tasks[task["id"]]["accepted"] is False
        await settle(context, desk_parts)

    run(loop, scenario())


def test_an_accepted_task_opens_without_a_question(context, loop, emulators, desk_parts):
    async def scenario() -> None:
        page = await show_tasks(context, desk_parts)
        task = seeded(emulators, lambda t: not t["completed"] and t["accepted"] and has_cues(emulators, t))
        await select(page, task)
        desk_parts.opener.last_session = None

        QTest.mouseClick(page.open_button, Qt.MouseButton.LeftButton)

        assert page.accept_box is None
        await until(lambda: desk_parts.opener.last_session is not None, timeout=20)
        await settle(context, desk_parts)

    run(loop, scenario())


def test_the_footer_forgets_a_task_that_has_left_the_list(context, loop, emulators, desk_parts):
    async def scenario() -> None:
        page = await show_tasks(context, desk_parts)
        task = seeded(emulators, lambda t: not t["completed"])
        await select(page, task)
        assert page.info.text().startswith(f"Task {task['id']}:")
        with emulators.dotsub.state.lock:
            emulators.dotsub.state.tasks[task["id"]]["completed"] = True  # completed elsewhere

        page.reload()
        await until(lambda: page.model.total is not None and not page.model.loading)

        assert all(r["id"] != task["id"] for r in page.model.rows)
        assert page.info.text() == ""
        await settle(context, desk_parts)

    run(loop, scenario())


def test_translation_work_on_this_computer_shows_its_progress(context, loop, emulators, desk_parts):
    from subtitle_desk.core import formats
    from subtitle_desk.core.document import Cue, Document
    from subtitle_desk.core.storage import save_document
    from subtitle_desk.core.work.dotsub import work_path
    from subtitle_desk.ui.editor.workbench import source_copy_path

    async def scenario() -> None:
        page = await show_tasks(context, desk_parts)
        task = seeded(emulators, lambda t: not t["completed"] and t["relatedTrackType"] == "TRANSLATION")
        target = work_path(context.work_dir, task["mediaId"], task["languageId"], "SRT")
        target.parent.mkdir(parents=True, exist_ok=True)
        source = Document([Cue(0, 1000, "One"), Cue(1000, 2000, "Two"), Cue(2000, 3000, "Three")])
        save_document(source, source_copy_path(target), "srt", backup=False)
        save_document(Document([Cue(0, 1000, "Un"), Cue(1000, 2000, "Two"), Cue(2000, 3000, "")]), target, "srt")
        assert formats.read_path(target)
        row = await select(page, task)

        await until(lambda: task["id"] in page.model.local)

        column = page.model.column_of("progress")
        assert page.model.index(row, column).data().endswith("1/3")
        assert "On this computer: 1 of 3 cues translated" in page.model.index(row, column).data(
            Qt.ItemDataRole.ToolTipRole)
        await until(lambda: "1 of 3 cues translated on this computer" in page.info.text())
        await settle(context, desk_parts)

    run(loop, scenario())


def test_the_tasks_page_fits_a_1280_pixel_window(context, loop, desk_parts):
    async def scenario() -> None:
        page = await show_tasks(context, desk_parts)
        task = page.model.rows[0]
        await select(page, task)  # a long description in the footer, languages in the filter
        room = 1280 - context.window.navigation.width()
        assert page.minimumSizeHint().width() <= room
        assert context.window.minimumSizeHint().width() <= 1280
        await settle(context, desk_parts)

    run(loop, scenario())


def test_the_tasks_page_downloads_in_the_preferred_format(context, loop, desk_parts):
    from tests.ui.test_preferences import choose

    async def scenario() -> None:
        page = await show_tasks(context, desk_parts)
        choose(context, download_format="TTML")
        assert page.format.currentText() == "TTML"

    run(loop, scenario())
