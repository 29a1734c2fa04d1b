"""download_file: streamed to NAME.part, renamed when whole, resumed with a Range request."""

from __future__ import annotations

import asyncio
import re

import httpx
import pytest

from subtitle_desk.core.services.errors import TransportError
from subtitle_desk.core.work import download_file
from subtitle_desk.core.work.download import DownloadTooLarge, part_path

BODY = bytes(range(256)) * 4096  # 1 MB


def _host(body: bytes = BODY, *, honour_range: bool = True, cut_at: int | None = None, seen: list | None = None):
    def handler(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request.headers.get("range"))
        start = 0
        match = re.fullmatch(r"bytes=(\d+)-", request.headers.get("range", ""))
        if match and honour_range:
            start = int(match.group(1))
            data = body[start:cut_at] if cut_at else body[start:]
            return httpx.Response(206, content=data, headers={
                "content-range": f"bytes {start}-{len(body) - 1}/{len(body)}",
                "content-length": str(len(body) - start)})
        data = body[:cut_at] if cut_at else body
        return httpx.Response(200, content=data, headers={"content-length": str(len(body))})

    return httpx.AsyncClient(transport=httpx.MockTransport(handler))


def fetch(http: httpx.AsyncClient, path, **kwargs):
    async def main():
        async with http:
            return await download_file(http, "https://files.example/video.mp4", path, **kwargs)

    return asyncio.run(main())


def test_a_whole_download_is_renamed_into_place(tmp_path):
    progress: list[float | None] = []
    target = fetch(_host(), tmp_path / "v.mp4", on_progress=lambda f, d: progress.append(f))
    assert target.read_bytes() == BODY and not part_path(target).exists()
    assert progress[-1] == 1.0


def test_a_short_download_is_refused_and_kept_as_a_part_file(tmp_path):
    target = tmp_path / "v.mp4"
    with pytest.raises(TransportError, match="stopped at"):
        fetch(_host(cut_at=300_000), target)
    assert not target.exists() and part_path(target).stat().st_size == 300_000


def test_a_part_file_is_resumed_with_a_range_request(tmp_path):
    target = tmp_path / "v.mp4"
    part_path(target).write_bytes(BODY[:300_000])
    seen: list = []
    fetch(_host(seen=seen), target)
    assert seen == ["bytes=300000-"] and target.read_bytes() == BODY


def test_a_host_that_ignores_the_range_is_read_again_from_the_start(tmp_path):
    target = tmp_path / "v.mp4"
    part_path(target).write_bytes(b"x" * 300_000)
    fetch(_host(honour_range=False), target)
    assert target.read_bytes() == BODY


def test_more_than_allowed_is_refused_and_nothing_is_kept(tmp_path):
    target = tmp_path / "v.mp4"
    with pytest.raises(DownloadTooLarge):
        fetch(_host(), target, max_bytes=1000)
    assert not target.exists() and not part_path(target).exists()
