"""A work session: what the editor is working on when the subtitles came from a service.

The desk's Dotsub tasks page builds one when the user opens a task, the cielo24 page when it opens
finished captions; the editor workspace uses it to show the source language beside the
translation, check against the task's subtitle specification, play the media's video, and send the
result back ("Send to Dotsub"). Plain data: no Qt, no HTTP.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .document import Document

__all__ = ["WorkSession"]


@dataclass
class WorkSession:
    #: Shown in the editor's header, e.g. "Video Title 23 · Spanish (Spain) · TRANSLATION".
    title: str
    #: Where the downloaded subtitles were saved locally; the editor saves and autosaves here.
    local_path: Path | None = None
    #: "dotsub", "cielo24" or "" for a plain file.
    service: str = ""
    media_id: str | None = None
    #: The Dotsub language id being edited (e.g. "es-ES").
    language_id: str | None = None
    language_name: str | None = None
    #: "RTL" or "LTR" (Dotsub's language.direction), for the text editor's layout direction.
    direction: str = "LTR"
    task_id: str | None = None
    task_type: str | None = None
    #: The Dotsub subtitle specification object exactly as the API returned it, or None.
    spec: dict[str, Any] | None = None
    #: The source language's subtitles (read-only, shown beside a translation), or None.
    source_document: Document | None = None
    source_language_name: str | None = None
    #: A local file path or URL of the media's video, or None.
    video: str | None = None
    #: Service-specific leftovers (cielo24 job id, DatoCMS upload id ...).
    extra: dict[str, Any] = field(default_factory=dict)
