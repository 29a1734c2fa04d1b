"""How a workflow tells its caller how far it got: ``on_progress(fraction | None, detail)``.

``fraction`` is 0..1, or None while the total is unknown; ``detail`` is one line for a person
("Uploading 3.2 MB of 10.0 MB"). The desk passes its runner operation's ``progress``; the command
line passes a printer; tests pass a list's ``append`` through a lambda or nothing at all.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["Progress", "report", "scaled"]

Progress = Callable[[float | None, str], None]


def report(on_progress: Progress | None, fraction: float | None, detail: str) -> None:
    if on_progress is not None:
        on_progress(fraction, detail)


def scaled(on_progress: Progress | None, start: float, end: float) -> Progress | None:
    """A progress callback for one step that fills ``start..end`` of the caller's bar."""
    if on_progress is None:
        return None

    def step(fraction: float | None, detail: str) -> None:
        on_progress(None if fraction is None else start + (end - start) * fraction, detail)

    return step
