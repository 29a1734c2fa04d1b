"""The Dotsub media browser on the real Dotsub emulator (127.0.0.1): lazy paging, filters,
sorting from the header, thumbnails, the detail pane and opening a language in the editor.

Each test is one coroutine run on the qasync loop (``run``), waiting with ``until``: qasync's
``run_until_complete`` ends with one pass of Qt events outside the running loop, where a
background download resumed there would fail (anyio finds no running loop), so a scenario keeps
the loop running until its background work has settled.
"""

from __future__ import annotations

import asyncio


import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from subtitle_desk.ui.desk import dotsub
from subtitle_desk.ui.desk.dotsub.media import MediaPage
from subtitle_desk.ui.desk.dotsub.thumbnails import ThumbnailLoader
from subtitle_desk.ui.runner import OpState
from tests.ui.conftest import run, until


async def settle(context, parts) -> None:
    """Let background work (thumbnails, video downloads) finish rather than cancel it."""
    parts.thumbnails.clear_queue()
    await until(lambda: not context.runner.running_names(), timeout=20)


@pytest.fixture
def desk_parts(context, desk, loop):
    parts = dotsub.install(context)
    yield parts
    # Running the loop at teardown deletes the window pytest-qt has closed, before desk_factory
    # stops the autosaver (a child of the window): stop it while it still exists.
    desk.autosaver.stop()
    desk.autosaver.stop = lambda: None
    run(loop, settle(context, parts))


def media_requests(emulators) -> list[str]:
    return [path for method, path, _ in emulators.dotsub.requests if method == "GET" and path.endswith("/media")]


async def show_media(context, parts) -> MediaPage:
    page = parts.media_page
    context.window.show_page(dotsub.MEDIA_PAGE)
    await until(lambda: page.model.rowCount() > 0 and not page.model.loading)
    await until(lambda: parts.thumbnails.idle)
    return page


def thumbnail_urls(page: MediaPage) -> list[str]:
    """The thumbnail URLs of the rows loaded, in order (media without one left out)."""
    return [m["encodedMedia"]["thumbnailUrl"] for m in page.model.rows if m["encodedMedia"]["thumbnailUrl"]]


def titles(page: MediaPage) -> list[str]:
    return [str(m["title"]) for m in page.model.rows]


async def filter_titles(page: MediaPage, text: str) -> None:
    page.title_filter.setText(text)
    QTest.keyClick(page.title_filter, Qt.Key.Key_Return)
    await until(lambda: not page.model.loading and page.model.total is not None)


def click_header(page: MediaPage, key: str) -> None:
    header = page.table.horizontalHeader()
    column = page.model.column_of(key)
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_the_media_browser_fetches_only_the_first_page_until_the_user_scrolls(context, loop, emulators, desk_parts):
    async def scenario() -> None:
        page = await show_media(context, desk_parts)

        assert page.model.rowCount() == page.model.page_size
        assert page.model.total == 120
        assert len(media_requests(emulators)) == 1
        await settle(context, desk_parts)

    run(loop, scenario())


def test_scrolling_to_the_end_fetches_the_next_page(context, loop, emulators, desk_parts):
    async def scenario() -> None:
        page = await show_media(context, desk_parts)

        page.table.scrollToBottom()
        await until(lambda: page.model.rowCount() == 120)

        assert len(media_requests(emulators)) == 2
        assert page.model.exhausted
        assert page.count_label.text() == "120 media"
        await settle(context, desk_parts)

    run(loop, scenario())


def test_a_title_filter_lists_only_matching_media(context, loop, desk_parts):
    async def scenario() -> None:
        page = await show_media(context, desk_parts)

        await filter_titles(page, "pump")

        assert 0 < page.model.total < 120
        assert all("pump" in title.lower() for title in titles(page))
        await settle(context, desk_parts)

    run(loop, scenario())


def test_a_new_filter_cancels_the_stale_fetch_and_the_latest_wins(context, loop, emulators, desk_parts):
    async def scenario() -> None:
        page = await show_media(context, desk_parts)
        emulators.dotsub.faults.latency = 0.3

        page.title_filter.setText("pump")
        page.apply_filters()
        page.title_filter.setText("safety")
        page.apply_filters()
        await until(lambda: not page.model.loading and page.model.total is not None)

        assert titles(page) and all("safety" in title.lower() for title in titles(page))
        loads = [op for op in context.activity.operations() if op.title == "Loading Dotsub media"]
        assert [op.state for op in loads[-2:]] == [OpState.CANCELLED, OpState.DONE]
        await settle(context, desk_parts)

    run(loop, scenario())


def test_clicking_a_sortable_header_sorts_ascending_then_descending(context, loop, desk_parts):
    async def scenario() -> None:
        page = await show_media(context, desk_parts)

        click_header(page, "title")
        await until(lambda: not page.model.loading and page.model.sort_column == "title")
        ascending = [t.lower() for t in titles(page)]
        click_header(page, "title")
        await until(lambda: not page.model.loading and page.model.sort_descending)
        descending = [t.lower() for t in titles(page)]

        assert ascending == sorted(ascending)
        assert descending == sorted(descending, reverse=True)
        assert descending[0] >= ascending[-1]
        await settle(context, desk_parts)

    run(loop, scenario())


def test_a_column_dotsub_cannot_sort_by_keeps_the_current_order(context, loop, emulators, desk_parts):
    async def scenario() -> None:
        page = await show_media(context, desk_parts)
        before = len(media_requests(emulators))

        click_header(page, "state")

        assert page.model.sort_column is None
        assert page.table.horizontalHeader().sortIndicatorSection() == -1
        assert len(media_requests(emulators)) == before
        await settle(context, desk_parts)

    run(loop, scenario())


def test_thumbnails_are_fetched_in_the_background_and_cached_on_disk(context, loop, desk_parts, cache_dir):
    async def scenario() -> None:
        page = await show_media(context, desk_parts)
        thumbnails = desk_parts.thumbnails
        first = page.model.index(0, page.model.column_of("title"))

        url = page.model.rows[0]["encodedMedia"]["thumbnailUrl"]
        page.model.data(first, Qt.ItemDataRole.DecorationRole)
        await until(lambda: thumbnails.pixmap(url) is not None)

        shown = page.model.data(first, Qt.ItemDataRole.DecorationRole)
        assert thumbnails.path_for(url).is_file()
        assert thumbnails.path_for(url).parent == cache_dir / "thumbnails"
        assert shown.cacheKey() != page.model._placeholder().cacheKey()
        assert (shown.width(), shown.height()) == (64, 36)
        await settle(context, desk_parts)

    run(loop, scenario())


def test_a_cached_thumbnail_is_read_from_disk_not_fetched_again(context, loop, desk_parts):
    async def scenario() -> None:
        page = await show_media(context, desk_parts)
        url = page.model.rows[0]["encodedMedia"]["thumbnailUrl"]
        desk_parts.thumbnails.pixmap(url)
        await until(lambda: desk_parts.thumbnails.pixmap(url) is not None)

        fresh = ThumbnailLoader(context)
        fresh.pixmap(url)
        await until(lambda: fresh.pixmap(url) is not None)

        assert (fresh.fetched, fresh.disk_hits) == (0, 1)
        await settle(context, desk_parts)

    run(loop, scenario())


def test_thumbnail_fetches_never_exceed_the_concurrency_cap(context, loop, desk_parts):
    async def scenario() -> None:
        page = await show_media(context, desk_parts)
        thumbnails = desk_parts.thumbnails
        urls = thumbnail_urls(page)

        for url in urls:
            thumbnails.pixmap(url)
        await until(lambda: all(thumbnails.pixmap(u) is not None for u in urls), timeout=20)

        assert thumbnails.peak_workers == thumbnails.max_concurrent
        await settle(context, desk_parts)

    run(loop, scenario())


def test_a_fast_scroll_fetches_the_thumbnails_still_asked_for_not_every_row_that_flew_by(context, loop, desk_parts):
    async def scenario() -> None:
        page = await show_media(context, desk_parts)
        urls = thumbnail_urls(page)
        thumbnails = ThumbnailLoader(context, max_concurrent=1, max_waiting=3)

        for url in urls[:8]:  # rows painted one after another before any fetch ran
            thumbnails.pixmap(url)
        await until(lambda: thumbnails.idle)

        assert thumbnails.fetched + thumbnails.disk_hits == 3  # the last 3 asked for
        assert all(thumbnails.pixmap(url) is not None for url in urls[5:8])
        assert thumbnails.pixmap(urls[2]) is None  # forgotten: asked again now
        await until(lambda: thumbnails.pixmap(urls[2]) is not None)
        await settle(context, desk_parts)

    run(loop, scenario())


def test_thumbnails_wait_until_the_list_stops_moving(context, loop, desk_parts):
    async def scenario() -> None:
        page = await show_media(context, desk_parts)
        urls = thumbnail_urls(page)
        thumbnails = ThumbnailLoader(context, settle_ms=120)

        for url in urls[:10]:  # a row comes on screen every 40 ms: the list is moving
            thumbnails.pixmap(url)
            await asyncio.sleep(0.04)
        assert thumbnails.fetched + thumbnails.disk_hits == 0

        await until(lambda: thumbnails.idle)  # still: what was asked for loads
        assert all(thumbnails.pixmap(url) is not None for url in urls[:10])
        await settle(context, desk_parts)

    run(loop, scenario())


def test_the_detail_pane_shows_languages_and_which_have_finished_subtitles(context, loop, desk_parts):
    async def scenario() -> None:
        page = await show_media(context, desk_parts)
        row = next(i for i, m in enumerate(page.model.rows) if m.get("subtitledLanguageIds"))
        media = page.model.rows[row]

        page.select_row(row)

        tree = page.detail.languages
        shown = {tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole): tree.topLevelItem(i)
                 for i in range(tree.topLevelItemCount())}
        assert page.detail.title.text() == media["title"]
        assert shown[media["language"]["id"]].text(1).startswith("Source")
        for language_id in media["subtitledLanguageIds"]:
            assert shown[language_id].text(2) == "Complete"
        assert page.detail.description.text() == media["description"]
        assert page.detail.fields["project"].text() == media["projectName"]
        assert page.detail.fields["workflow"].text() == media["workflowName"]
        await settle(context, desk_parts)

    run(loop, scenario())


def test_the_detail_pane_shows_a_failed_upload_with_its_message(context, loop, desk_parts):
    async def scenario() -> None:
        page = await show_media(context, desk_parts)
        row = next(i for i, m in enumerate(page.model.rows) if m["uploadDetail"]["status"] == "ERROR")

        page.select_row(row)

        upload = page.detail.fields["upload"].text()
        assert upload.startswith("Failed at 37 %")
        assert "Upload interrupted by the client" in upload
        assert page.detail.fields["encoding"].text() == "Not encoded yet"
        assert page.model.data(page.model.index(row, page.model.column_of("state"))) == "Upload failed"
        await settle(context, desk_parts)

    run(loop, scenario())


def test_opening_a_language_from_the_detail_pane_puts_its_cues_in_the_editor(context, loop, desk_parts, cache_dir):
    async def scenario() -> None:
        page = await show_media(context, desk_parts)
        row = next(i for i, m in enumerate(page.model.rows) if "fr-FR" in (m.get("subtitledLanguageIds") or []))
        media = page.model.rows[row]
        page.select_row(row)
        page.detail.select_language("fr-FR")
        page.detail.format.setCurrentText("VTT")

        QTest.mouseClick(page.detail.open_button, Qt.MouseButton.LeftButton)
        await until(lambda: desk_parts.opener.last_session is not None)

        session = desk_parts.opener.last_session
        assert session.local_path == context.work_dir / media["mediaId"] / "fr-FR.vtt"
        assert session.local_path.is_file()
        assert (session.media_id, session.language_id, session.direction) == (media["mediaId"], "fr-FR", "LTR")
        assert context.editor.document is desk_parts.opener.last_document
        assert context.editor.document.cues[0].text == "Bon retour à l'atelier."
        await settle(context, desk_parts)

    run(loop, scenario())


def test_a_language_opens_in_the_preferred_download_format(context, loop, desk_parts, cache_dir):
    async def scenario() -> None:
        page = await show_media(context, desk_parts)
        context.window.preferences.set(download_format="TTML")  # Settings ▸ Preferences…
        assert page.detail.format.currentText() == "TTML"
        row = next(i for i, m in enumerate(page.model.rows) if "fr-FR" in (m.get("subtitledLanguageIds") or []))
        media = page.model.rows[row]
        page.select_row(row)
        page.detail.select_language("fr-FR")

        QTest.mouseClick(page.detail.open_button, Qt.MouseButton.LeftButton)
        await until(lambda: desk_parts.opener.last_session is not None)

        assert desk_parts.opener.last_session.local_path == context.work_dir / media["mediaId"] / "fr-FR.ttml"
        await settle(context, desk_parts)

    run(loop, scenario())


def test_a_service_error_is_shown_in_the_page_with_the_service_message(context, loop, emulators, desk_parts):
    async def scenario() -> None:
        page = await show_media(context, desk_parts)
        emulators.dotsub.faults.fail_status = 403
        emulators.dotsub.faults.fail_next = 1

        page.refresh_button.click()
        await until(lambda: page.model.error != "")

        assert page.banner.text() == "The media list could not be loaded: Forbidden"
        assert "could not be loaded" in page.empty.text()
        await settle(context, desk_parts)

    run(loop, scenario())


def test_retry_after_an_error_loads_the_list(context, loop, emulators, desk_parts):
    async def scenario() -> None:
        page = await show_media(context, desk_parts)
        emulators.dotsub.faults.fail_status = 403
        emulators.dotsub.faults.fail_next = 1
        page.refresh_button.click()
        await until(lambda: page.model.error != "")

        page.banner.retry_button.click()
        await until(lambda: page.model.rowCount() > 0)

        assert not page.banner.isVisible()
        await settle(context, desk_parts)

    run(loop, scenario())


def test_an_empty_result_says_what_to_do(context, loop, desk_parts):
    async def scenario() -> None:
        page = await show_media(context, desk_parts)

        await filter_titles(page, "no such media anywhere")

        assert page.model.total == 0
        assert page.empty.isVisible()
        assert "Clear filters" in page.empty.text()
        await settle(context, desk_parts)

    run(loop, scenario())


def test_filters_sort_and_column_widths_are_remembered(context, loop, desk_parts):
    async def scenario() -> None:
        page = await show_media(context, desk_parts)
        await filter_titles(page, "pump")
        created = page.model.column_of("createdDate")
        assert page.table.isColumnHidden(created)  # in the header's menu until chosen
        toggle = next(a for a in page.columns.columns_menu().actions() if a.text() == "Created")
        toggle.setChecked(True)
        click_header(page, "createdDate")
        await until(lambda: page.model.sort_column == "createdDate")
        page.table.horizontalHeader().resizeSection(page.model.column_of("projectName"), 222)

        again = MediaPage(context, desk_parts.opener, desk_parts.thumbnails)

        assert again.title_filter.text() == "pump"
        assert again.model.sort_column == "createdDate"
        assert not again.table.isColumnHidden(created)
        assert again.table.horizontalHeader().sectionSize(again.model.column_of("projectName")) == 222
        await settle(context, desk_parts)

    run(loop, scenario())


def test_enter_on_a_media_then_on_a_language_opens_it(context, loop, desk_parts):
    async def scenario() -> None:
        page = await show_media(context, desk_parts)
        row = next(i for i, m in enumerate(page.model.rows) if m.get("subtitledLanguageIds"))
        page.select_row(row)
        page.table.setFocus()

        QTest.keyClick(page.table, Qt.Key.Key_Return)
        QTest.keyClick(page.detail.languages, Qt.Key.Key_Return)
        await until(lambda: desk_parts.opener.last_session is not None)

        assert desk_parts.opener.last_session.media_id == page.model.rows[row]["mediaId"]
        await settle(context, desk_parts)

    run(loop, scenario())


def test_a_loading_list_shows_a_busy_line_and_says_so(context, loop, emulators, desk_parts):
    async def scenario() -> None:
        page = await show_media(context, desk_parts)
        emulators.dotsub.faults.latency = 0.3

        page.refresh_button.click()
        await until(lambda: page.model.loading)

        assert page.loading.isVisible()
        assert page.empty.text() == "Loading media from Dotsub…"
        await until(lambda: not page.model.loading)
        assert not page.loading.isVisible()
        emulators.dotsub.faults.latency = 0.0
        await settle(context, desk_parts)

    run(loop, scenario())


def test_the_tasks_button_lists_every_task_of_the_selected_media(context, loop, desk_parts):
    async def scenario() -> None:
        page = await show_media(context, desk_parts)
        row = next(i for i, m in enumerate(page.model.rows) if m.get("hasTasks"))
        media = page.model.rows[row]
        page.select_row(row)

        QTest.mouseClick(page.detail.tasks_button, Qt.MouseButton.LeftButton)
        tasks = desk_parts.tasks_page
        await until(lambda: tasks.model.filters.get("mediaId") == media["mediaId"] and not tasks.model.loading
                    and tasks.model.total is not None)

        assert context.window.current_page_key() == dotsub.TASKS_PAGE
        assert tasks.model.rows and {t["mediaId"] for t in tasks.model.rows} == {media["mediaId"]}
        assert "completed" not in tasks.model.filters
        await settle(context, desk_parts)

    run(loop, scenario())


def test_a_failed_next_page_can_be_retried_without_losing_the_rows_shown(context, loop, emulators, desk_parts):
    async def scenario() -> None:
        page = await show_media(context, desk_parts)
        desk_parts.thumbnails.max_concurrent = 0  # no thumbnail request may take the one failure
        emulators.dotsub.faults.fail_status = 403
        emulators.dotsub.faults.fail_next = 1

        page.table.scrollToBottom()
        await until(lambda: page.model.error != "")
        assert page.model.rowCount() == 100
        page.banner.retry_button.click()
        await until(lambda: page.model.rowCount() == 120)

        assert not page.banner.isVisible()
        await settle(context, desk_parts)

    run(loop, scenario())


def test_a_media_without_a_thumbnail_shows_a_blank_frame_so_titles_line_up(context, loop, desk_parts):
    async def scenario() -> None:
        page = await show_media(context, desk_parts)
        row = next(i for i, m in enumerate(page.model.rows) if not m["encodedMedia"].get("thumbnailUrl"))

        frame = page.model.data(page.model.index(row, page.model.column_of("title")), Qt.ItemDataRole.DecorationRole)

        assert (frame.width(), frame.height()) == (64, 36)
        await settle(context, desk_parts)

    run(loop, scenario())


def test_a_refreshed_media_shows_its_new_title_in_the_table(context, loop, emulators, desk_parts):
    async def scenario() -> None:
        page = await show_media(context, desk_parts)
        media_id = str(page.model.rows[0]["mediaId"])
        title_cell = page.model.index(0, page.model.column_of("title"))
        assert page.model.data(title_cell) == page.model.rows[0]["title"]  # the row's texts are kept
        state = emulators.dotsub.state
        with state.lock:
            state.media[media_id]["title"] = "Pump maintenance (final cut)"

        page.select_row(0)
        page.refresh_selected()
        await until(lambda: page.model.rows[0]["title"] == "Pump maintenance (final cut)")

        assert page.model.data(title_cell) == "Pump maintenance (final cut)"
        await settle(context, desk_parts)

    run(loop, scenario())


def test_the_busy_line_keeps_its_room_so_the_table_does_not_move_as_pages_arrive(context, loop, emulators,
                                                                                   desk_parts):
    async def scenario() -> None:
        page = await show_media(context, desk_parts)
        page.layout().activate()
        idle_geometry = page.splitter.geometry()
        emulators.dotsub.faults.latency = 0.3

        page.refresh_button.click()
        await until(lambda: page.loading.isVisible())
        page.layout().activate()

        assert page.splitter.geometry() == idle_geometry
        emulators.dotsub.faults.latency = 0.0
        await until(lambda: not page.model.loading)
        await settle(context, desk_parts)

    run(loop, scenario())
