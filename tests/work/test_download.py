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


class _Dropping(httpx.AsyncByteStream):
    """A body sent in pieces that breaks off after ``upto`` bytes, as a dropped connection does."""

    def __init__(self, body: bytes, upto: int, piece: int = 256 * 1024) -> None:
        self.body, self.upto, self.piece = body, upto, piece

    async def __aiter__(self):
        for at in range(0, self.upto, self.piece):
            yield self.body[at:min(at + self.piece, self.upto)]
        raise httpx.ReadError("connection reset by peer")


def test_every_byte_that_came_before_a_drop_is_kept_for_the_resume(tmp_path):
    body = bytes(range(256)) * 16384  # 4 MB: several chunks
    target = tmp_path / "v.mp4"
    dropping = httpx.AsyncClient(transport=httpx.MockTransport(lambda request: httpx.Response(
        200, stream=_Dropping(body, 3_000_000), headers={"content-length": str(len(body))})))
    with pytest.raises(TransportError):
        fetch(dropping, target)
    assert part_path(target).read_bytes() == body[:3_000_000]

    seen: list = []
    fetch(_host(body, seen=seen), target)
    assert seen == ["bytes=3000000-"] and target.read_bytes() == body


def test_an_empty_file_is_saved_empty(tmp_path):
    target = fetch(_host(b""), tmp_path / "empty.srt")
    assert target.read_bytes() == b"" and not part_path(target).exists()


def test_a_cancelled_download_leaves_nothing_behind(tmp_path):
    target = tmp_path / "v.mp4"

    body = BODY * 3

    class Slow(httpx.AsyncByteStream):
        async def __aiter__(self):
            yield body[:1_500_000]  # more than a chunk: written
            await asyncio.sleep(30)
            yield body[1_500_000:]

    http = httpx.AsyncClient(transport=httpx.MockTransport(lambda request: httpx.Response(
        200, stream=Slow(), headers={"content-length": str(len(body))})))

    async def main():
        async with http:
            task = asyncio.ensure_future(download_file(http, "https://files.example/v.mp4", target))
            while not part_path(target).exists() and not task.done():
                await asyncio.sleep(0.01)
            await asyncio.sleep(0.05)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

    asyncio.run(main())
    assert not target.exists() and not part_path(target).exists()
