"""``subtitle-desk datocms``: DatoCMS video uploads and their subtitle/audio tracks from a shell.

    subtitle-desk datocms uploads [--query TEXT] [--type video|image|audio|all] [--all]
    subtitle-desk datocms tracks UPLOAD_ID
    subtitle-desk datocms publish UPLOAD_ID FILE --language it-IT [--name Italiano] [--closed-captions]
    subtitle-desk datocms generate UPLOAD_ID --language en [--name "English (auto)"]
    subtitle-desk datocms delete UPLOAD_ID TRACK_ID
    subtitle-desk datocms publish-dotsub DOTSUB_MEDIA_ID UPLOAD_ID [--languages fr-FR,es-ES]

The API token, address and environment come from Settings or SUBTITLE_DESK_DATOCMS_TOKEN,
SUBTITLE_DESK_DATOCMS_API_URL and SUBTITLE_DESK_DATOCMS_ENVIRONMENT (``--environment`` overrides).
Results go to stdout (``--json`` for machine output); progress and notes go to stderr.
Exit status: 0 done (the track is ready; for publish-dotsub, every language's), 1 the service
refused or failed, a track ended errored, or a Dotsub file could not be read; 2 the local file
could not be read or converted.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
from pathlib import Path
from typing import Any

from subtitle_desk.cli.common import (
    LocalProblem,
    ProgressPrinter,
    add_json_flag,
    add_stall_option,
    print_json,
    service_verb,
    verb_group,
    write_output,
)

_TYPES = ("video", "image", "audio", "pdfdocument", "all")


def register(subparsers: argparse._SubParsersAction) -> None:
    verbs = verb_group(subparsers, "datocms", help="DatoCMS uploads and their subtitle tracks",
                       description=__doc__.split("\n\n")[0], epilog=__doc__.split("\n\n", 2)[2])

    def verb(name: str, help: str, func: Any) -> argparse.ArgumentParser:
        p = verbs.add_parser(name, help=help, description=help)
        p.add_argument("--environment", metavar="ENV",
                       help="DatoCMS environment (default: from Settings, else the primary one)")
        p.add_argument("--config", metavar="FILE", type=Path, help="settings file to read")
        add_json_flag(p)
        p.set_defaults(func=_verb(func))
        return p

    uploads = verb("uploads", "list the Media Area's uploads (videos by default)", _uploads)
    uploads.add_argument("--query", "-q", help="text to search for")
    uploads.add_argument("--type", choices=_TYPES, default="video", help="kind of upload (default: video)")
    uploads.add_argument("--offset", type=int, default=0)
    uploads.add_argument("--limit", type=int, default=30, help="page size, at most 500 (default 30)")
    uploads.add_argument("--all", action="store_true", help="every page, not just one")

    tracks = verb("tracks", "list a video upload's subtitle and audio tracks", _tracks)
    tracks.add_argument("upload_id", metavar="UPLOAD_ID")

    publish = verb("publish", "publish a subtitle (or audio) file as a track of a video upload", _publish)
    publish.add_argument("upload_id", metavar="UPLOAD_ID")
    publish.add_argument("file", metavar="FILE", type=Path,
                         help="subtitle file (SRT, TTML and SSA are converted to WebVTT first) or audio file")
    publish.add_argument("--language", "-l", required=True, help="BCP 47 language code, e.g. it-IT")
    publish.add_argument("--name", help="track name shown to viewers, e.g. Italiano")
    publish.add_argument("--closed-captions", action="store_true",
                         help="subtitles for the deaf and hard of hearing (SDH)")
    publish.add_argument("--type", choices=("subtitles", "audio"), default="subtitles")
    add_stall_option(publish)
    _wait_options(publish)

    generate = verb("generate", "have DatoCMS transcribe a video into a subtitles track", _generate)
    generate.add_argument("upload_id", metavar="UPLOAD_ID")
    generate.add_argument("--language", "-l", required=True, help="spoken language (BCP 47), e.g. en")
    generate.add_argument("--name", help="track name")
    _wait_options(generate)

    batch = verbs.add_parser(
        "publish-dotsub", help="publish a Dotsub media's finished languages as WebVTT tracks of a video upload",
        description="Each language's Dotsub subtitles are downloaded, read and checked, then published "
                    "as a WebVTT track and followed until ready. A language that cannot be read is "
                    "reported and skipped; the others still go through.")
    batch.add_argument("media_id", metavar="DOTSUB_MEDIA_ID")
    batch.add_argument("upload_id", metavar="UPLOAD_ID")
    batch.add_argument("--languages", type=_language_list, metavar="LANG,LANG",
                       help="Dotsub language ids to publish (default: every finished language)")
    batch.add_argument("--environment", metavar="ENV",
                       help="DatoCMS environment (default: from Settings, else the primary one)")
    batch.add_argument("--config", metavar="FILE", type=Path, help="settings file to read")
    batch.add_argument("--timeout", type=float, default=900.0,
                       help="seconds to wait for each language's job and track (default 900)")
    add_json_flag(batch)
    batch.set_defaults(func=service_verb(_publish_dotsub))

    delete = verb("delete", "delete a track from a video upload", _delete)
    delete.add_argument("upload_id", metavar="UPLOAD_ID")
    delete.add_argument("track_id", metavar="TRACK_ID")
    delete.add_argument("--timeout", type=float, default=300.0, help="seconds to wait for the job")


def _language_list(text: str) -> list[str]:
    languages = [part.strip() for part in text.split(",") if part.strip()]
    if not languages:
        raise argparse.ArgumentTypeError("name at least one language, e.g. fr-FR,es-ES")
    return languages


def _wait_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--no-wait", action="store_true", help="print the job id and return at once")
    parser.add_argument("--timeout", type=float, default=900.0,
                        help="seconds to wait for the job and the track (default 900)")


def _verb(action: Any) -> Any:
    async def with_client(services: Any, args: argparse.Namespace) -> int:
        client = services.datocms
        if args.environment:
            client.environment = args.environment
        return await action(client, args)

    return service_verb(with_client)


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _upload_json(upload: Any) -> dict[str, Any]:
    data = dataclasses.asdict(upload)
    data.pop("attributes", None)
    data["is_video"] = upload.is_video
    return data


def _clock(seconds: int | None) -> str:
    if seconds is None:
        return "-"
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


async def _uploads(client: Any, args: argparse.Namespace) -> int:
    kind = None if args.type == "all" else args.type
    if args.all:
        uploads = [u async for u in client.iter_uploads(args.query, kind, page_size=100)]
        total = len(uploads)
    else:
        page = await client.list_uploads(args.query, kind, args.offset, args.limit)
        uploads, total = page.uploads, page.total_count
    if args.json:
        print_json({"total_count": total, "uploads": [_upload_json(u) for u in uploads]})
        return 0
    for u in uploads:
        print(f"{u.id}  {_clock(u.duration):>8}  {u.format or '-':<5} {u.filename}")
    shown = f"{args.offset + 1}-{args.offset + len(uploads)} of " if uploads and not args.all else ""
    _say(f"{shown}{total} upload{'s' if total != 1 else ''}")
    return 0


def _track_line(track: Any) -> str:
    flags = " [SDH]" if track.closed_captions else ""
    line = f"{track.id}  {track.type:<9} {track.language_code:<10} {track.status:<9} {track.name or ''}{flags}"
    if track.status == "errored" and track.error:
        line += f"\n    error: {track.error}"
    return line


async def _tracks(client: Any, args: argparse.Namespace) -> int:
    tracks = await client.list_tracks(args.upload_id)
    if args.json:
        print_json(tracks)
        return 0
    for track in tracks:
        print(_track_line(track))
    if not tracks:
        _say("no tracks")
    return 0


def _prepare_file(args: argparse.Namespace, workdir: Path) -> Path:
    """The file to upload: WebVTT as is, other subtitle formats converted to WebVTT."""
    from subtitle_desk.core import formats

    path: Path = args.file
    if not path.is_file():
        raise LocalProblem(f"cannot read {path}: no such file")
    if args.type == "audio":
        return path
    try:
        document = formats.read_path(path)
    except (formats.SubtitleReadError, ValueError, OSError) as error:
        raise LocalProblem(f"cannot read {path}: {error}") from None
    if not document.cues:
        raise LocalProblem(f"{path} has no cues to publish")
    if document.format == "vtt":
        return path
    data, notes = formats.write_bytes(document, "vtt")
    target = workdir / f"{path.stem}.vtt"
    write_output(target, data)
    _say(f"converted {path.name} ({formats.FORMAT_NAMES[document.format]}) to WebVTT")
    for note in notes:
        _say(f"  note: {note}")
    return target


def _poll_reporter(args: argparse.Namespace, what: str) -> Any:
    if args.json or not sys.stderr.isatty():
        return None
    return lambda attempt, *_: _say(f"waiting for {what} (check {attempt})")


async def _finish(client: Any, args: argparse.Namespace, job: Any) -> int:
    """Follow a track job, then the track until ready or errored; print the outcome."""
    from subtitle_desk.core.services.datocms import Track

    if args.no_wait:
        if args.json:
            print_json({"job": job})
        else:
            print(job.id)
        return 0
    payload = await client.wait_for_job(job, timeout=args.timeout,
                                        on_poll=_poll_reporter(args, f"DatoCMS job {job.id}"))
    track = Track.from_payload(payload)
    if not track.finished:
        track = await client.wait_for_track(track.upload_id or args.upload_id, track.id, timeout=args.timeout,
                                            on_poll=_poll_reporter(args, "the track to be processed"))
    if args.json:
        print_json(track)
    else:
        print(_track_line(track))
    if track.status == "errored":
        _say(f"DatoCMS could not process the track: {track.error or 'no reason given'}")
        return 1
    return 0


async def _publish(client: Any, args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory(prefix="subtitle-desk-") as workdir:
        path = _prepare_file(args, Path(workdir))
        with ProgressPrinter(path.name, stream=sys.stderr) as progress:
            job = await client.create_track_from_file(
                args.upload_id, path, type=args.type, language_code=args.language, name=args.name,
                closed_captions=args.closed_captions, on_progress=None if args.json else progress,
                stall_timeout=args.stall_timeout)
    return await _finish(client, args, job)


async def _generate(client: Any, args: argparse.Namespace) -> int:
    job = await client.generate_subtitles(args.upload_id, args.language, name=args.name)
    return await _finish(client, args, job)


async def _delete(client: Any, args: argparse.Namespace) -> int:
    from subtitle_desk.core.services.datocms import Track

    job = await client.delete_track(args.upload_id, args.track_id)
    track = Track.from_payload(await client.wait_for_job(job, timeout=args.timeout))
    if args.json:
        print_json({"deleted": track})
    else:
        print(f"deleted {track.type} track {track.id} ({track.language_code}"
              f"{', ' + track.name if track.name else ''})")
    return 0


async def _publish_dotsub(services: Any, args: argparse.Namespace) -> int:
    from subtitle_desk.core import work

    datocms = services.datocms
    if args.environment:
        datocms.environment = args.environment

    def per_language(language: str, _overall: Any) -> Any:
        last = [""]

        def show(_fraction: float | None, detail: str) -> None:
            if not args.json and detail != last[0] and not detail.startswith("Uploading "):
                _say(f"{language}: {detail}")
            last[0] = detail

        return show

    with tempfile.TemporaryDirectory(prefix="subtitle-desk-") as workdir:
        results = await work.datocms.publish_dotsub_languages(
            services.dotsub, datocms, args.media_id, args.upload_id, work_dir=Path(workdir),
            languages=args.languages, on_language=per_language, timeout=args.timeout)
    if args.json:
        print_json([{"language": r.language_id, "outcome": str(r.outcome), "message": r.message,
                     "cues": r.cues, "track": r.track,
                     "problems": [dataclasses.asdict(p) for p in r.problems]} for r in results])
    else:
        for r in results:
            line = f"{r.language_id:<8} {r.outcome.value:<10}"
            if r.track is not None:
                line += f" track {r.track.id}"
            if r.cues:
                line += f"  {r.cues} cues"
            if r.problems:
                line += f", {len(r.problems)} QC problem{'s' if len(r.problems) != 1 else ''} in Dotsub's file"
            if r.message:
                line += f"  {r.message}"
            print(line)
    if not results:
        _say(f"Dotsub media {args.media_id} has no finished languages to publish")
        return 1
    failed = [r for r in results if not r.ok]
    if failed:
        _say(f"{len(failed)} of {len(results)} languages not ready: " + ", ".join(
            f"{r.language_id} ({r.outcome.value})" for r in failed))
        return 1
    _say(f"{len(results)} language{'s' if len(results) != 1 else ''} ready")
    return 0
