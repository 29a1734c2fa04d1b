"""Workflows: the jobs a user runs, as plain async functions that need no window.

Each takes the service clients it talks to, the folder it keeps files in, and an optional
``on_progress(fraction | None, detail)``; each returns plain results and raises the core's own
errors (``ServiceError``, ``SubtitleReadError``, ``OSError``). The desk runs them through its
runner (``runner.run(name, lambda op: work.x(..., on_progress=op.progress))``), the command line
runs them with a terminal printer, and the tests run them against the emulators without Qt.

    download_file                      a URL to a file: streamed, resumable, renamed when whole
    dotsub.open_task / open_media_language -> (Document, WorkSession)
    dotsub.send_work                   save a snapshot, upload it, optionally complete the task
    datocms.publish_document           a document as a WebVTT track, followed until ready/errored
    datocms.publish_dotsub_languages   a Dotsub media's finished languages, read and checked first
    cielo24.open_captions              a job's captions -> (Document, WorkSession)
"""

from . import cielo24, datocms, dotsub
from .download import download_file
from .progress import Progress, report, scaled

__all__ = ["cielo24", "datocms", "dotsub", "download_file", "Progress", "report", "scaled"]
