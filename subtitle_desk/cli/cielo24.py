"""``subtitle-desk cielo24 VERB``: cielo24 transcription jobs from a shell.

    subtitle-desk cielo24 new-job --name "Episode 104" --language en --external-id ep-104
    subtitle-desk cielo24 add-media JOB_ID episode104.mp4        (or --url https://...)
    subtitle-desk cielo24 transcribe JOB_ID --fidelity PREMIUM --turnaround PRIORITY
    subtitle-desk cielo24 captions JOB_ID --format WEB_VTT -o episode104.vtt --wait
    subtitle-desk cielo24 jobs | info JOB_ID

The account comes from Settings (username, and the API key or password in the keyring) or the
environment: SUBTITLE_DESK_CIELO24_API_URL, SUBTITLE_DESK_CIELO24_USERNAME,
SUBTITLE_DESK_CIELO24_API_KEY (securekey) or SUBTITLE_DESK_CIELO24_PASSWORD.
Every verb takes --json for machine-readable output. Exit status: 0 done; 1 the service refused
or could not be reached (its message goes to stderr); 2 a local problem (bad file, bad argument).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from subtitle_desk.cli.common import (
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
from subtitle_desk.core.services.cielo24 import (
    CAPTION_FORMATS,
    FIDELITIES,
    MAX_MEDIA_BYTES,
    PRIORITIES,
    Cielo24Client,
)
from subtitle_desk.core.services.errors import ServiceError

_EXTENSIONS = {"SRT": ".srt", "WEB_VTT": ".vtt", "DFXP": ".dfxp", "SBV": ".sbv", "QT": ".txt",
               "TRANSCRIPT": ".txt", "TWX": ".twx", "TPM": ".tpm", "ECHO": ".echo"}


def register(subparsers: argparse._SubParsersAction) -> None:
    verbs = verb_group(subparsers, "cielo24",
                       help="cielo24 transcription jobs: new job, add media, transcribe, captions",
                       description=__doc__)

    new_job = verbs.add_parser("new-job", help="create an empty job and print its id")
    new_job.add_argument("--name", help="job name shown in the cielo24 web app")
    new_job.add_argument("--language", default="en", help="spoken language, RFC 5646 (default: en)")
    new_job.add_argument("--external-id", help="your own reference for the job")
    new_job.set_defaults(func=_verb(_new_job))

    add_media = verbs.add_parser(
        "add-media", help="give a job its media: a local file (uploaded) or a public URL",
        description="A job holds one media file. A local FILE is uploaded as the raw request body "
                    f"(up to 10 GB, i.e. {MAX_MEDIA_BYTES:,} bytes), with a progress bar on a "
                    "terminal; --url has cielo24 fetch the media itself.")
    add_media.add_argument("job_id", metavar="JOB_ID")
    source = add_media.add_mutually_exclusive_group(required=True)
    source.add_argument("file", metavar="FILE", nargs="?", help="local media file to upload")
    source.add_argument("--url", help="public http(s) URL of the media")
    add_media.add_argument("--duplicate", action="store_true",
                           help="allow a media URL already used by another job")
    add_stall_option(add_media)
    add_media.set_defaults(func=_verb(_add_media))

    transcribe = verbs.add_parser("transcribe", help="order the transcription of a job")
    transcribe.add_argument("job_id", metavar="JOB_ID")
    transcribe.add_argument("--fidelity", type=str.upper, choices=FIDELITIES, default="MECHANICAL",
                            help="MECHANICAL (machine), PREMIUM (~95%%) or PROFESSIONAL (99%%+); "
                                 "default MECHANICAL")
    transcribe.add_argument("--turnaround", type=_turnaround,
                            help=f"{', '.join(PRIORITIES)}, or a number of hours")
    transcribe.add_argument("--target-language", help="translate into this language (RFC 5646)")
    transcribe.add_argument("--notes", help="notes for the transcribers")
    transcribe.add_argument("--speaker-id", action="store_true", help="identify speakers")
    transcribe.add_argument("--callback-url", help="URL cielo24 calls when the job is complete")
    transcribe.set_defaults(func=_verb(_transcribe))

    captions = verbs.add_parser("captions", help="download a completed job's captions")
    captions.add_argument("job_id", metavar="JOB_ID")
    captions.add_argument("--format", dest="caption_format", type=str.upper, choices=CAPTION_FORMATS,
                          default="SRT", help="caption format (default SRT)")
    captions.add_argument("-o", "--output", type=Path,
                          help="file to write (default: standard output)")
    captions.add_argument("--characters-per-line", type=int, metavar="N",
                          help="wrap caption lines at N characters")
    captions.add_argument("--wait", action="store_true",
                          help="wait until the job is Complete, checking every --poll-interval s")
    captions.add_argument("--poll-interval", type=float, default=30.0, metavar="S",
                          help="seconds between status checks with --wait (default 30)")
    captions.set_defaults(func=_verb(_captions))

    jobs = verbs.add_parser("jobs", help="list the account's jobs")
    jobs.add_argument("--status", help='only jobs with this JobStatus ("Complete", "In Process" ...)')
    jobs.set_defaults(func=_verb(_jobs))

    info = verbs.add_parser("info", help="show one job's status and details")
    info.add_argument("job_id", metavar="JOB_ID")
    info.set_defaults(func=_verb(_info))

    for sub in (new_job, add_media, transcribe, captions, jobs, info):
        add_json_flag(sub)


def _turnaround(value: str) -> str | int:
    if value.strip().isdigit() and int(value) > 0:
        return int(value)
    if value.upper() in PRIORITIES:
        return value.upper()
    raise argparse.ArgumentTypeError(f"use {', '.join(PRIORITIES)} or a number of hours, not {value!r}")


def _verb(action: Any) -> Any:
    async def with_client(services: Any, args: argparse.Namespace) -> int:
        client = services.cielo24
        try:
            return await action(client, args)
        finally:
            await _quiet_logout(client)

    return service_verb(with_client, prog="subtitle-desk cielo24")


async def _quiet_logout(client: Cielo24Client) -> None:
    try:
        await client.logout()
    except ServiceError:
        pass  # the work is done; a failed logout only leaves a session to time out


async def _new_job(client: Cielo24Client, args: argparse.Namespace) -> int:
    job_id, task_id = await client.new_job(args.name, language=args.language,
                                           external_id=args.external_id)
    return emit(args, {"job_id": job_id, "task_id": task_id}, job_id)


async def _add_media(client: Cielo24Client, args: argparse.Namespace) -> int:
    if args.url:
        task_id = await client.add_media_url(args.job_id, args.url, is_duplicate=args.duplicate)
        return emit(args, {"job_id": args.job_id, "task_id": task_id, "media_url": args.url},
                     f"media {args.url} added to job {args.job_id}")
    path = require_file(Path(args.file))
    with ProgressPrinter(path.name, stream=sys.stderr) as progress:
        task_id = await client.add_media_file(args.job_id, path, on_progress=progress,
                                              stall_timeout=args.stall_timeout)
    size = path.stat().st_size
    return emit(args, {"job_id": args.job_id, "task_id": task_id, "file": str(path), "bytes": size},
                 f"{path.name} ({size:,} bytes) uploaded to job {args.job_id}")


async def _transcribe(client: Cielo24Client, args: argparse.Namespace) -> int:
    options: dict[str, Any] = {}
    if args.notes:
        options["notes"] = args.notes
    if args.speaker_id:
        options["speaker_id"] = True
    task_id = await client.perform_transcription(
        args.job_id, args.fidelity, args.turnaround, target_language=args.target_language,
        options=options or None, callback_url=args.callback_url)
    return emit(args, {"job_id": args.job_id, "task_id": task_id, "fidelity": args.fidelity},
                 f"{args.fidelity.lower()} transcription ordered for job {args.job_id}")


async def _captions(client: Cielo24Client, args: argparse.Namespace) -> int:
    if args.wait:
        def report(status: str, _info: dict[str, Any]) -> None:
            if not args.json:
                print(f"job {args.job_id}: {status}", file=sys.stderr, flush=True)
        await client.wait_for_job(args.job_id, poll_interval=max(args.poll_interval, 0.0),
                                  on_status=report)
    options = {}
    if args.characters_per_line:
        options["characters_per_caption_line"] = args.characters_per_line
    data = await client.get_caption(args.job_id, args.caption_format, **options)
    if args.output is not None:
        write_output(args.output, data)
        return emit(args, {"job_id": args.job_id, "format": args.caption_format,
                            "file": str(args.output), "bytes": len(data)},
                     f"{args.caption_format} captions of job {args.job_id} written to {args.output}")
    if args.json:
        print_json({"job_id": args.job_id, "format": args.caption_format,
                    "captions": data.decode("utf-8", errors="replace")})
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    return 0


async def _jobs(client: Cielo24Client, args: argparse.Namespace) -> int:
    filters = {"JobStatus": args.status} if args.status else {}
    jobs = await client.job_list(**filters)
    if args.json:
        print_json(jobs)
        return 0
    for job in jobs:
        print(f"{job.get('JobId')}  {job.get('JobStatus') or '':<13} {job.get('Fidelity') or '-':<12} "
              f"{job.get('JobName') or ''}")
    return 0


async def _info(client: Cielo24Client, args: argparse.Namespace) -> int:
    info = await client.job_info(args.job_id)
    if args.json:
        print_json(info)
        return 0
    for key in ("JobId", "JobName", "JobStatus", "Fidelity", "Priority", "TurnaroundHours",
                "SourceLanguage", "TargetLanguage", "MediaLengthSeconds", "ExternalID",
                "CreationDate", "CompletedDate"):
        if info.get(key) not in (None, ""):
            print(f"{key}: {info[key]}")
    return 0

