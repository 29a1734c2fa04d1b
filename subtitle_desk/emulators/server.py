"""Serve ASGI apps on 127.0.0.1 (a free port each) in a background thread.

Used by ``subtitle-desk emulators``, ``--demo`` and the tests. Each server runs uvicorn on its own
event loop in a daemon thread, so it works the same under pytest, qasync or a plain script.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Iterator
from typing import Any

import uvicorn

__all__ = ["ServedApp", "serve"]


class ServedApp:
    """One ASGI app listening on ``127.0.0.1:<port>``; ``base_url`` is known once started."""

    def __init__(self, app: Any, *, port: int = 0, name: str = "emulator") -> None:
        self.app = app
        self.name = name
        self._config = uvicorn.Config(
            app,
            host="127.0.0.1",
            port=port,
            log_level="warning",
            access_log=False,
            lifespan="off",
            # Large uploads arrive in big chunks; keep-alive for the pooled client.
            h11_max_incomplete_event_size=1 << 20,
            timeout_keep_alive=30,
            # A video player streaming from the storage host keeps its response open; stopping
            # must not wait for it to finish reading.
            timeout_graceful_shutdown=1,
        )
        self._server = uvicorn.Server(self._config)
        self._thread: threading.Thread | None = None
        self.port: int | None = None

    @property
    def base_url(self) -> str:
        if self.port is None:
            raise RuntimeError(f"{self.name} is not started")
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 10.0) -> "ServedApp":
        started = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            # A plain selector loop, whatever the process's loop policy: under qasync the policy
            # makes Qt loops, which cannot run off the main thread.
            loop = asyncio.SelectorEventLoop()
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(self._serve(started))
            except BaseException as exc:  # reported to start()
                failure.append(exc)
                started.set()
            finally:
                loop.close()

        self._thread = threading.Thread(target=run, name=f"{self.name}-server", daemon=True)
        self._thread.start()
        if not started.wait(timeout):
            raise RuntimeError(f"{self.name} did not start within {timeout} s")
        if failure:
            raise RuntimeError(f"{self.name} failed to start: {failure[0]}") from failure[0]
        return self

    async def _serve(self, started: threading.Event) -> None:
        server = self._server
        config = server.config
        if not config.loaded:
            config.load()
        server.lifespan = config.lifespan_class(config)
        await server.startup()
        if server.should_exit:
            raise RuntimeError("could not bind")
        self.port = server.servers[0].sockets[0].getsockname()[1]
        started.set()
        await server.main_loop()
        await server.shutdown()

    def stop(self, timeout: float = 10.0) -> None:
        # Uploads held open by a stall fault would otherwise outlast the graceful shutdown.
        node = self.app
        for _ in range(4):
            release = getattr(getattr(node, "faults", None), "release_stalls", None)
            if release is not None:
                release()
            node = getattr(node, "app", None)
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None


@contextlib.contextmanager
def serve(app: Any, *, name: str = "emulator") -> Iterator[ServedApp]:
    served = ServedApp(app, name=name).start()
    try:
        yield served
    finally:
        served.stop()
