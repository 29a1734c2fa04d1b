"""cielo24 work without a window: a job's finished captions as a document the editor opens."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from subtitle_desk.core import formats
from subtitle_desk.core.document import Document
from subtitle_desk.core.paths import safe_name
from subtitle_desk.core.services.cielo24 import DOCUMENT_FORMATS, Cielo24Client
from subtitle_desk.core.session import WorkSession
from subtitle_desk.core.storage import atomic_write

from .progress import Progress, report

__all__ = ["captions_path", "open_captions"]


def captions_path(work_dir: Path, job_id: str) -> Path:
    """``<work>/cielo24/<job>.srt``; the job id comes from the service and is made safe."""
    return Path(work_dir) / "cielo24" / f"{safe_name(job_id)}.srt"


def _keep(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, data, backup=True)  # the edits of an earlier opening stay in .bak


async def open_captions(client: Cielo24Client, job_id: str, *, work_dir: Path, caption_format: str = "SRT",
                        info: Mapping[str, Any] | None = None, video: str | None = None,
                        on_progress: Progress | None = None) -> tuple[Document, WorkSession]:
    """Download a job's captions, keep them as SRT under the work folder, and describe the work."""
    report(on_progress, None, "Downloading the captions")
    ours = DOCUMENT_FORMATS.get(caption_format.upper())
    if ours is None:
        raise ValueError(f"{caption_format} captions do not open as a subtitle document; "
                         f"use one of {', '.join(DOCUMENT_FORMATS)}")
    raw = await client.get_caption(job_id, caption_format)
    label = f"cielo24:{safe_name(job_id)}{formats.info(ours).extension}"
    document = await asyncio.to_thread(formats.read_bytes, raw, path=label, format=ours)
    if info is None:
        info = await client.job_info(job_id)
    path = captions_path(work_dir, job_id)
    data, _ = await asyncio.to_thread(formats.write_bytes, document, "srt")
    await asyncio.to_thread(_keep, path, data)
    fidelity = str(info.get("Fidelity") or "").capitalize()
    title = " · ".join(x for x in (str(info.get("JobName") or job_id), "cielo24", fidelity) if x)
    session = WorkSession(title=title, local_path=path, service="cielo24", video=video,
                          language_id=str(info.get("TargetLanguage") or info.get("SourceLanguage") or "") or None,
                          extra={"job_id": job_id, "fidelity": info.get("Fidelity"),
                                 "job_name": info.get("JobName")})
    report(on_progress, 1.0, f"{len(document.cues)} captions")
    return document, session
