"""Project glossaries kept by the app, and their upload to Dotsub.

A glossary is a CSV in Dotsub's format (``core.glossary``). It is imported once per Dotsub
project: the file is checked, then copied to ``<data dir>/glossaries/<project id>.csv`` (the id
made safe with ``core.paths.safe_name``), where every later session of that project finds it.
The settings remember, per project, the name it was imported under and the id of the glossary
it became on Dotsub, so the next upload replaces that one instead of adding another.

Every file and network step runs off the UI thread through the task runner; the upload calls
``DotsubClient.save_glossary`` (the client is asked for at the time, so changed settings count).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

from subtitle_desk.core.glossary import Glossary, GlossaryError, load_glossary, parse_glossary
from subtitle_desk.core.paths import safe_name
from subtitle_desk.core.services.errors import NotFoundError, ServiceError
from subtitle_desk.core.storage import atomic_write
from subtitle_desk.ui.runner import ReportedError, TaskRunner

__all__ = ["GlossaryController"]


class GlossaryController(QObject):
    #: a glossary was imported for a project: (project id, Glossary)
    imported = Signal(str, object)
    #: a project's stored glossary was read: (project id, Glossary or None when it has none)
    loaded = Signal(str, object)
    #: the glossary is on Dotsub: (project id, Dotsub's glossary record)
    uploaded = Signal(str, dict)
    #: something the user must read: (title, text)
    failed = Signal(str, str)
    #: a status-bar message
    message = Signal(str)

    def __init__(self, runner: TaskRunner, settings: QSettings, folder: Callable[[], Path],
                 dotsub: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self._folder = folder
        self._dotsub = dotsub

    # -- where ---------------------------------------------------------------------------------
    def path_for(self, project_id: str) -> Path:
        return self._folder() / f"{safe_name(str(project_id))}.csv"

    def has_glossary(self, project_id: str | None) -> bool:
        return bool(project_id) and self.path_for(str(project_id)).is_file()

    def _key(self, project_id: str, what: str) -> str:
        return f"glossaries/{safe_name(str(project_id))}/{what}"

    def name_for(self, project_id: str) -> str:
        """The name the project's glossary was imported under (its file name without ``.csv``)."""
        return str(self.settings.value(self._key(project_id, "name"), "") or "Glossary")

    def dotsub_id(self, project_id: str) -> str | None:
        return str(self.settings.value(self._key(project_id, "dotsub_id"), "") or "") or None

    # -- import and load -----------------------------------------------------------------------
    def import_file(self, project_id: str, source: str | Path) -> asyncio.Task:
        """Check ``source`` and keep a copy as the project's glossary (replacing an older one)."""
        source, target = Path(source), self.path_for(project_id)

        def work() -> Glossary:
            try:
                data = source.read_bytes()
            except OSError as exc:
                raise GlossaryError(str(source), None, self.tr("cannot read: {error}").format(
                    error=exc.strerror or exc)) from None
            glossary = parse_glossary(data, str(source))
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(target, data, backup=True)
            return glossary

        async def run() -> Glossary:
            try:
                glossary = await asyncio.to_thread(work)
            except (GlossaryError, OSError) as exc:
                self.failed.emit(self.tr("Cannot import this glossary"), str(exc))
                raise ReportedError(str(exc)) from None
            self.settings.setValue(self._key(project_id, "name"), source.stem)
            self.message.emit(self.tr("Glossary {file} imported for this project: %n concepts in {languages}", "",
                                      len(glossary.concepts)).format(file=source.name,
                                                                     languages=", ".join(glossary.languages)))
            self.imported.emit(project_id, glossary)
            return glossary

        return self.runner.run("glossary.import", run, title=self.tr("Importing the glossary {file}").format(
            file=source.name))

    def load(self, project_id: str | None) -> asyncio.Task:
        """Read the project's glossary (``loaded`` says what there is)."""
        path = self.path_for(str(project_id)) if project_id else None

        async def run() -> Glossary | None:
            glossary = None
            if path is not None:
                try:
                    glossary = await asyncio.to_thread(lambda: load_glossary(path) if path.is_file() else None)
                except GlossaryError as exc:
                    self.message.emit(self.tr("The project glossary cannot be used: {error}").format(error=exc))
            self.loaded.emit(str(project_id or ""), glossary)
            return glossary

        return self.runner.run("glossary.load", run)

    # -- upload --------------------------------------------------------------------------------
    def upload(self, project_id: str) -> asyncio.Task:
        """Put the project's glossary on Dotsub: replace the one uploaded before, else create one."""
        path, name = self.path_for(project_id), self.name_for(project_id)
        known = self.dotsub_id(project_id)

        async def run(op: Any) -> dict[str, Any]:
            try:
                data = await asyncio.to_thread(path.read_bytes)
            except OSError as exc:
                text = self.tr("No glossary imported for this project ({error})").format(error=exc.strerror or exc)
                self.failed.emit(self.tr("Could not upload the glossary"), text)
                raise ReportedError(text) from None
            client = self._dotsub()
            filename = f"{safe_name(name)}.csv"
            try:
                try:
                    record = await client.save_glossary(project_id, name=name, csv_data=data,
                                                        glossary_id=known, filename=filename)
                except NotFoundError:
                    if known is None:
                        raise
                    # deleted on Dotsub since: a new one
                    record = await client.save_glossary(project_id, name=name, csv_data=data, filename=filename)
            except ServiceError as exc:
                self.failed.emit(self.tr("Could not upload the glossary"), str(exc))
                raise ReportedError(str(exc)) from None
            self.settings.setValue(self._key(project_id, "dotsub_id"), str(record.get("id") or ""))
            uploaded_name = record.get("name") or name
            op.progress(1.0, self.tr("Glossary “{name}” is on Dotsub").format(name=uploaded_name))
            if known and str(record.get("id")) == known:
                self.message.emit(self.tr("Glossary “{name}” is on Dotsub (replaced)").format(name=uploaded_name))
            else:
                self.message.emit(self.tr("Glossary “{name}” is on Dotsub (created)").format(name=uploaded_name))
            self.uploaded.emit(project_id, dict(record))
            return record

        return self.runner.run("glossary.upload", run, title=self.tr("Uploading the glossary “{name}” to Dotsub").format(
            name=name))
