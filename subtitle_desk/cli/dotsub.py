"""``subtitle-desk dotsub VERB``: Dotsub VideoTMS media, tasks and subtitles from a shell.

    subtitle-desk dotsub media [--title T] [--project NAME] [--sort=-createdDate] [--all]
    subtitle-desk dotsub tasks [--open] [--type TASK_TRANSLATE] [--language ar-SA] [--due-within 24]
    subtitle-desk dotsub download MEDIA_ID LANGUAGE [--format SRT] [-o FILE]
    subtitle-desk dotsub upload-subtitles MEDIA_ID LANGUAGE FILE [--complete-task]
    subtitle-desk dotsub upload-video FILE --title T --project PROJECT_ID [--translate ar-SA,fr-FR]
    subtitle-desk dotsub complete-task TASK_ID | accept-task TASK_ID | release-task TASK_ID

Credentials come from Settings (client ID, and the client secret in the keyring) or the
environment: SUBTITLE_DESK_DOTSUB_API_URL, SUBTITLE_DESK_DOTSUB_LOGIN_URL,
SUBTITLE_DESK_DOTSUB_CLIENT_ID and SUBTITLE_DESK_DOTSUB_CLIENT_SECRET.
Every verb takes --json for machine-readable output. Exit status: 0 done; 1 Dotsub refused or could
not be reached (its message goes to stderr); 2 a local problem (bad file, bad argument).
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from subtitle_desk.cli.common import (
    LocalProblem,
    ProgressPrinter,
    add_json_flag,
    add_stall_option,
    emit,
    print_json,
    require_file,
    service_verb,
    verb_group,
    write_output,
)
from subtitle_desk.core.services.dotsub import SUBTITLE_FORMATS, TASK_TYPES, DotsubClient, Page

def register(subparsers: argparse._SubParsersAction) -> None:
    verbs = verb_group(subparsers, "dotsub",
                       help="Dotsub VideoTMS: media, tasks, subtitle download/upload, video upload",
                       description=__doc__)

    media = verbs.add_parser("media", help="list the organization's media")
    media.add_argument("--title", help="only media whose title contains this")
    media.add_argument("--project", dest="project_name", help="only this project (by name)")
    media.add_argument("--language", help="only media in this language (name, e.g. english)")
    media.add_argument("--tag", help="only media with this tag")
    media.add_argument("--external-id", help="only the media with this external ID")
    media.add_argument("--sort", help="mediaId, title, projectName, organizationName or createdDate; "
                                      "prefix - for descending (write --sort=-createdDate)")
    _paging(media)
    media.set_defaults(func=_verb(_media))

    tasks = verbs.add_parser("tasks", help="list tasks (newest first)")
    state = tasks.add_mutually_exclusive_group()
    state.add_argument("--open", dest="completed", action="store_false", default=None,
                       help="only tasks not completed yet")
    state.add_argument("--completed", dest="completed", action="store_true", help="only completed tasks")
    tasks.add_argument("--accepted", dest="accepted", action="store_true", default=None)
    tasks.add_argument("--unaccepted", dest="accepted", action="store_false")
    tasks.add_argument("--type", type=str.upper, choices=TASK_TYPES, metavar="TYPE",
                       help="task type, e.g. TASK_TRANSLATE")
    tasks.add_argument("--language", dest="language_id", help="task language ID, e.g. ar-SA")
    tasks.add_argument("--media", dest="media_id", help="only this media's tasks")
    tasks.add_argument("--project", dest="project_name", help="only this project (by name)")
    tasks.add_argument("--assignee", dest="assignee_name", help="assignee name contains this")
    tasks.add_argument("--due-within", type=float, metavar="HOURS",
                       help="only tasks due within HOURS from now (overdue included)")
    tasks.add_argument("--sort", help="mediaId, title, projectName, type, dueDate or createdDate; "
                                      "descending unless prefixed with + (--sort=+dueDate)")
    _paging(tasks)
    tasks.set_defaults(func=_verb(_tasks))

    download = verbs.add_parser("download", help="download a media language's completed subtitles")
    download.add_argument("media_id", metavar="MEDIA_ID")
    download.add_argument("language_id", metavar="LANGUAGE", help="language ID, e.g. en-US")
    download.add_argument("--format", dest="fmt", type=str.upper, choices=SUBTITLE_FORMATS, default="SRT")
    download.add_argument("-o", "--output", type=Path, help="file to write (default: standard output)")
    download.set_defaults(func=_verb(_download))

    upload = verbs.add_parser("upload-subtitles", help="upload a subtitle file for a media language")
    upload.add_argument("media_id", metavar="MEDIA_ID")
    upload.add_argument("language_id", metavar="LANGUAGE")
    upload.add_argument("file", type=Path, metavar="FILE", help="SRT, WebVTT, TTML or SSA file")
    upload.add_argument("--complete-task", action="store_true",
                        help="mark the language's workflow task completed")
    upload.set_defaults(func=_verb(_upload_subtitles))

    video = verbs.add_parser("upload-video", help="create a media and upload its video file")
    video.add_argument("file", type=Path, metavar="FILE")
    video.add_argument("--title", required=True, help="letters, digits, spaces and ()_-,. only")
    video.add_argument("--project", dest="project_id", required=True, help="project ID")
    video.add_argument("--description")
    video.add_argument("--language", dest="language_id", help="spoken language ID (default: the project's)")
    video.add_argument("--translate", type=_ids, help="comma-separated translation language IDs")
    video.add_argument("--review", type=_ids, help="comma-separated review language IDs")
    video.add_argument("--notes", help="localization notes (Markdown)")
    video.add_argument("--external-id")
    add_stall_option(video)
    video.set_defaults(func=_verb(_upload_video))

    complete = verbs.add_parser("complete-task", help="mark a task completed")
    accept = verbs.add_parser("accept-task", help="accept a task (it is assigned to you)")
    release = verbs.add_parser("release-task", help="release an accepted task to its original assignee")
    for sub, action in ((complete, "complete"), (accept, "accept"), (release, "release")):
        sub.add_argument("task_id", metavar="TASK_ID")
        sub.set_defaults(func=_verb(_task_action), task_action=action)

    for sub in (media, tasks, download, upload, video, complete, accept, release):
        add_json_flag(sub)


def _paging(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--page", type=int, default=0, help="page index, from 0")
    parser.add_argument("--page-size", type=int, default=20)
    parser.add_argument("--all", action="store_true", help="every page")


def _ids(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def _verb(action: Any) -> Any:
    return service_verb(lambda services, args: action(services.dotsub, args, services),
                        prog="subtitle-desk dotsub")


def _table(rows: list[list[str]], headers: list[str]) -> str:
    widths = [max(len(str(x)) for x in column) for column in zip(headers, *rows)]
    lines = ["  ".join(str(h).ljust(w) for h, w in zip(headers, widths))]
    lines += ["  ".join(str(c).ljust(w) for c, w in zip(row, widths)) for row in rows]
    return "\n".join(line.rstrip() for line in lines)


async def _collect(fetch: Any, args: argparse.Namespace) -> tuple[list[dict[str, Any]], Page]:
    page: Page = await fetch(args.page)
    items = list(page.content)
    while args.all and not page.last and page.content:
        page = await fetch(page.number + 1)
        items.extend(page.content)
    return items, page


def _paging_json(items: list[dict[str, Any]], page: Page, args: argparse.Namespace) -> dict[str, Any]:
    return {"content": items, "totalElements": page.total_elements, "totalPages": page.total_pages,
            "number": args.page if not args.all else 0, "size": page.size, "last": page.last}


async def _media(client: DotsubClient, args: argparse.Namespace, services: Any) -> int:
    filters = {"title": args.title, "project_name": args.project_name, "language": args.language,
               "tag": args.tag, "external_id": args.external_id, "sort": args.sort}
    items, page = await _collect(
        lambda i: client.list_media(page_index=i, page_size=args.page_size, **filters), args)
    if args.json:
        print_json(_paging_json(items, page, args))
        return 0
    rows = [[m["mediaId"], m["title"], m["projectName"], m["language"]["id"],
             (m.get("uploadDetail") or {}).get("status") or "",
             ",".join(m.get("subtitledLanguageIds") or []) or "-"] for m in items]
    print(_table(rows, ["ID", "TITLE", "PROJECT", "LANGUAGE", "UPLOAD", "SUBTITLED"]))
    print(f"{len(items)} of {page.total_elements} media")
    return 0


def _due_label(task: dict[str, Any], now: datetime) -> str:
    due = task.get("dueDate")
    if not due:
        return "-"
    moment = datetime.fromisoformat(due.replace("Z", "+00:00"))
    if task.get("completed"):
        return due
    if moment < now:
        return f"{due} OVERDUE"
    if moment - now <= timedelta(days=1):
        return f"{due} due soon"
    return due


async def _tasks(client: DotsubClient, args: argparse.Namespace, services: Any) -> int:
    now = datetime.now(timezone.utc)
    filters: dict[str, Any] = {"completed": args.completed, "accepted": args.accepted, "type": args.type,
                               "language_id": args.language_id, "media_id": args.media_id,
                               "project_name": args.project_name, "assignee_name": args.assignee_name,
                               "sort": args.sort}
    if args.due_within is not None:
        filters["due_date_end"] = (now + timedelta(hours=args.due_within)).strftime("%Y-%m-%dT%H:%M:%S")
    items, page = await _collect(
        lambda i: client.list_tasks(page_index=i, page_size=args.page_size, **filters), args)
    if args.json:
        print_json(_paging_json(items, page, args))
        return 0
    rows = [[t["id"], t["type"].removeprefix("TASK_"), t["languageId"], t["mediaId"], t["mediaTitle"],
             t.get("assigneeName") or "-",
             "done" if t["completed"] else ("accepted" if t["accepted"] else "open"),
             _due_label(t, now)] for t in items]
    print(_table(rows, ["ID", "TYPE", "LANGUAGE", "MEDIA", "TITLE", "ASSIGNEE", "STATE", "DUE"]))
    print(f"{len(items)} of {page.total_elements} tasks")
    return 0


async def _download(client: DotsubClient, args: argparse.Namespace, services: Any) -> int:
    data = await client.download_subtitles(args.media_id, args.language_id, args.fmt)
    if args.output is None:
        if args.json:
            print_json({"media_id": args.media_id, "language_id": args.language_id, "format": args.fmt,
                        "text": data.decode("utf-8", "replace")})
        else:
            sys.stdout.write(data.decode("utf-8", "replace"))
            sys.stdout.flush()
        return 0
    write_output(args.output, data)
    return emit(args, {"media_id": args.media_id, "language_id": args.language_id, "format": args.fmt,
                       "file": str(args.output), "bytes": len(data)},
                f"{args.fmt} subtitles for media {args.media_id} ({args.language_id}) saved to {args.output}")


async def _upload_subtitles(client: DotsubClient, args: argparse.Namespace, services: Any) -> int:
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise LocalProblem(f"cannot read {args.file}: {exc.strerror or exc}") from exc
    track = await client.upload_subtitles(args.media_id, args.language_id, data, args.file.name,
                                          complete_task=args.complete_task)
    if args.json:
        print_json(track)
    else:
        done = f"; task {track['taskId']} completed" if track.get("taskId") else ""
        print(f"{args.file.name} uploaded to media {args.media_id} ({args.language_id}), "
              f"track {track.get('trackId')}{done}")
    return 0


async def _upload_video(client: DotsubClient, args: argparse.Namespace, services: Any) -> int:
    path: Path = require_file(args.file)
    media = await client.create_media(
        title=args.title, project_id=args.project_id, file_name=path.name, s3_upload=True,
        description=args.description, language_id=args.language_id,
        translation_language_ids=args.translate, review_language_ids=args.review, notes=args.notes,
        external_id=args.external_id)
    if not args.json:
        print(f"media {media['mediaId']} created; uploading {path.name}", file=sys.stderr)
    with ProgressPrinter(path.name, stream=sys.stderr) as progress:
        outcome = await client.upload_media_file(media, path, storage_http=services.storage_http,
                                                 on_progress=None if args.json else progress,
                                                 stall_timeout=args.stall_timeout)
    return emit(args, outcome.media, f"{path.name} uploaded: media {media['mediaId']} is {outcome.status}")


async def _task_action(client: DotsubClient, args: argparse.Namespace, services: Any) -> int:
    action = {"complete": client.complete_task, "accept": client.accept_task,
              "release": client.release_task}[args.task_action]
    task = await action(args.task_id)
    if args.json:
        print_json(task)
    else:
        state = "completed" if task["completed"] else ("accepted" if task["accepted"] else "released")
        print(f"task {task['id']} ({task['type']}, {task['languageId']}, media {task['mediaId']}) {state}")
    return 0
