"""The upload engine, over real loopback sockets against the storage host emulator."""

from __future__ import annotations

import asyncio
import hashlib
import os
import socket
import threading
from pathlib import Path

import httpx
import psutil
import pytest

from subtitle_desk.core.services.errors import UploadError
from subtitle_desk.core.services.upload import UploadProgress, guess_content_type, upload_file
from subtitle_desk.emulators.server import ServedApp
from subtitle_desk.emulators.storage import StorageHost


def run(coro):
    return asyncio.run(coro)


async def send(url: str, path: Path, **options) -> httpx.Response:
    async with httpx.AsyncClient() as http:
        return await upload_file(http, "PUT", url, path, **options)


@pytest.fixture
def media(tmp_path: Path) -> Path:
    path = tmp_path / "interview.mp4"
    path.write_bytes(os.urandom(3_000_000))
    return path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Recorder:
    """An ASGI app that records each request's headers and body size, answering ``status``."""

    def __init__(self, status: int = 200) -> None:
        self.status = status
        self.requests: list[tuple[dict[str, str], int]] = []

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return
        size, more = 0, True
        while more:
            message = await receive()
            size += len(message.get("body", b""))
            more = message.get("more_body", False)
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        self.requests.append((headers, size))
        await send({"type": "http.response.start", "status": self.status,
                    "headers": [(b"content-length", b"2")]})
        await send({"type": "http.response.body", "body": b"ok"})


@pytest.fixture
def recorder():
    app = Recorder()
    served = ServedApp(app, name="recorder").start()
    app.url = served.base_url + "/upload"
    yield app
    served.stop()


def test_an_upload_arrives_byte_identical(storage_host, media):
    response = run(send(storage_host.sign_put("m/interview.mp4"), media))

    assert response.status_code == 200
    assert storage_host.get("m/interview.mp4").sha256 == sha256(media)


def test_the_body_has_an_exact_content_length_and_is_never_chunked(recorder, media):
    run(send(recorder.url, media))

    headers, size = recorder.requests[0]
    assert headers["content-length"] == str(media.stat().st_size) == str(size)
    assert "transfer-encoding" not in headers


def test_content_type_is_sent_only_when_given(recorder, media):
    run(send(recorder.url, media))
    run(send(recorder.url, media, content_type="video/mp4"))

    assert "content-type" not in recorder.requests[0][0]
    assert recorder.requests[1][0]["content-type"] == "video/mp4"


def test_extra_headers_and_query_parameters_are_sent(recorder, media):
    run(send(recorder.url, media, headers={"X-Amz-Acl": "private"}, params={"v": "1"}))

    assert recorder.requests[0][0]["x-amz-acl"] == "private"


def test_a_connection_dropped_mid_upload_is_retried_and_arrives_identical(storage_host, media):
    storage_host.faults.drop_upload_after = 1_000_000
    attempts = []

    response = run(send(storage_host.sign_put("m/interview.mp4"), media, backoff=0.01,
                        on_progress=lambda p: attempts.append(p.attempt)))

    assert response.status_code == 200
    assert max(attempts) == 2
    assert storage_host.get("m/interview.mp4").sha256 == sha256(media)


def test_a_server_error_is_retried_until_it_succeeds(storage_host, media):
    storage_host.faults.fail_next = 2

    response = run(send(storage_host.sign_put("m/interview.mp4"), media, backoff=0.01))

    assert response.status_code == 200
    assert storage_host.get("m/interview.mp4").size == media.stat().st_size


def test_spent_retries_raise_an_upload_error_saying_what_happened(storage_host, media):
    storage_host.faults.fail_next = 10
    url = storage_host.sign_put("m/interview.mp4")

    with pytest.raises(UploadError) as caught:
        run(send(url, media, retries=2, backoff=0.01))

    message = str(caught.value)
    assert "interview.mp4" in message and "3 attempts" in message and "503" in message
    assert "X-Amz-Signature" not in message  # a signed URL is a credential
    assert caught.value.status == 503


def test_a_client_error_is_returned_for_the_caller_to_map_not_retried(storage_host, media):
    url = storage_host.sign_put("m/interview.mp4", content_type="video/mp4")
    attempts = []

    response = run(send(url, media, content_type="text/plain",
                        on_progress=lambda p: attempts.append(p.attempt)))

    assert response.status_code == 403
    assert set(attempts) == {1}


def test_a_file_over_the_size_limit_is_refused_before_anything_is_sent(recorder, media):
    with pytest.raises(UploadError) as caught:
        run(send(recorder.url, media, max_size=1_000_000))

    assert "interview.mp4" in str(caught.value) and "limit" in str(caught.value)
    assert recorder.requests == []


def test_a_missing_file_is_an_upload_error_naming_it(recorder, tmp_path):
    with pytest.raises(UploadError, match="gone.mp4"):
        run(send(recorder.url, tmp_path / "gone.mp4"))


def test_cancelling_stops_the_upload_at_once(tmp_path):
    big = tmp_path / "feature.mov"
    with open(big, "wb") as out:
        out.truncate(4 << 30)
    seen: list[UploadProgress] = []

    async def scenario():
        with StorageHost(tmp_path / "store", keep_bytes=False) as host:
            started = asyncio.Event()

            def progress(p: UploadProgress) -> None:
                seen.append(p)
                if p.sent >= 8 << 20:
                    started.set()

            task = asyncio.create_task(send(host.sign_put("feature.mov"), big,
                                            on_progress=progress, progress_interval=0))
            await started.wait()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            reported = len(seen)
            await asyncio.sleep(0)  # let any stray callback run: there must be none
            return host.get("feature.mov"), reported

    stored, reported = run(scenario())
    assert stored is None
    assert len(seen) == reported
    assert seen[-1].sent < big.stat().st_size


def test_progress_is_throttled_not_reported_per_chunk(recorder, media):
    seen: list[UploadProgress] = []

    run(send(recorder.url, media, chunk_size=64 * 1024, progress_interval=3600, on_progress=seen.append))

    assert [(p.sent, p.total) for p in seen] == [(0, media.stat().st_size),
                                                  (media.stat().st_size, media.stat().st_size)]


def test_progress_carries_rate_and_time_left(recorder, media):
    seen: list[UploadProgress] = []

    run(send(recorder.url, media, chunk_size=256 * 1024, progress_interval=0, on_progress=seen.append))

    middle = [p for p in seen if 0 < p.sent < p.total]
    assert middle and all(p.rate > 0 and p.eta is not None and p.eta >= 0 for p in middle)
    assert seen[-1].eta == 0


class Sink:
    """A bare HTTP/1.1 server thread that counts body bytes (recv_into releases the GIL, so it
    keeps up with the engine in the same process, unlike an ASGI host)."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}/upload"
        self.received: int | None = None
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        connection, _ = self.listener.accept()
        with connection:
            head = b""
            while b"\r\n\r\n" not in head:
                head += connection.recv(65536)
            head, body = head.split(b"\r\n\r\n", 1)
            length = int(next(line.split(b":")[1] for line in head.split(b"\r\n")
                              if line.lower().startswith(b"content-length:")))
            received, buffer = len(body), bytearray(1 << 20)
            while received < length:
                count = connection.recv_into(buffer, min(len(buffer), length - received))
                if not count:
                    break
                received += count
            self.received = received
            connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")

    def close(self) -> None:
        self.listener.close()
        self.thread.join(10)


@pytest.mark.slow
def test_memory_stays_flat_while_a_multi_gigabyte_file_streams(tmp_path):
    big = tmp_path / "master.mxf"
    with open(big, "wb") as out:
        out.truncate(2 << 30)  # sparse: no disk used
    process = psutil.Process()
    baseline = process.memory_info().rss
    peak = [baseline]

    def sample(_: UploadProgress) -> None:
        peak[0] = max(peak[0], process.memory_info().rss)

    sink = Sink()
    try:
        response = run(send(sink.url, big, on_progress=sample, progress_interval=0.01))
    finally:
        sink.close()

    assert response.status_code == 200 and sink.received == 2 << 30
    assert peak[0] - baseline < 64 * 1024 * 1024


def test_the_storage_host_streams_a_large_upload_to_disk_with_flat_memory(storage_host, tmp_path):
    big = tmp_path / "rushes.mov"
    with open(big, "wb") as out:
        out.truncate(256 << 20)
    process = psutil.Process()
    baseline = process.memory_info().rss
    peak = [baseline]

    def sample(_: UploadProgress) -> None:
        peak[0] = max(peak[0], process.memory_info().rss)

    run(send(storage_host.sign_put("rushes.mov"), big, on_progress=sample, progress_interval=0.01))

    stored = storage_host.get("rushes.mov")
    assert stored.path.stat().st_size == 256 << 20
    assert peak[0] - baseline < 64 * 1024 * 1024  # far below the file's size: streamed, not held


def test_the_credential_free_storage_client_reaches_the_host_without_authorization(storage_host, media):
    from subtitle_desk.core.services.config import Settings
    from subtitle_desk.core.services.container import open_services
    from subtitle_desk.core.services.secrets import SecretStore

    secrets = SecretStore(use_keyring=False)
    secrets.set("datocms.token", "bearer-for-datocms-only", persist=False)

    async def scenario():
        async with open_services(Settings(), secrets) as services:
            services.datocms  # built: its bearer token must stay on its own client
            return await upload_file(services.storage_http, "PUT",
                                     storage_host.sign_put("m/interview.mp4"), media)

    assert run(scenario()).status_code == 200  # the host answers 400 to any Authorization


@pytest.mark.parametrize(("name", "expected"), [
    ("a.vtt", "text/vtt"), ("a.srt", "application/x-subrip"), ("a.ttml", "application/ttml+xml"),
    ("a.dfxp", "application/ttaf+xml"), ("a.ssa", "text/x-ssa"), ("a.ASS", "text/x-ass"),
    ("a.mp4", "video/mp4"), ("a.mov", "video/quicktime"), ("a.mxf", "application/mxf"),
    ("a.m4a", "audio/mp4"), ("a.wav", "audio/wav"), ("a.mp3", "audio/mpeg"),
    ("a.unknownext", "application/octet-stream"),
])
def test_content_types_are_known_for_subtitle_and_media_files(name, expected):
    assert guess_content_type(name) == expected


def test_a_timed_out_attempt_is_retried(storage_host, media):
    storage_host.faults.latency = 1.5  # the host stalls before answering ...

    def progress(p: UploadProgress) -> None:
        if p.attempt == 2:
            storage_host.faults.latency = 0.0  # ... until the retry

    async def scenario():
        async with httpx.AsyncClient(timeout=httpx.Timeout(0.5)) as http:
            return await upload_file(http, "PUT", storage_host.sign_put("m/interview.mp4"), media,
                                     backoff=0.01, on_progress=progress)

    assert run(scenario()).status_code == 200
    assert storage_host.get("m/interview.mp4").sha256 == sha256(media)


def test_timeouts_on_every_attempt_say_so(storage_host, tmp_path):
    small = tmp_path / "short.srt"
    small.write_text("1\n00:00:01,000 --> 00:00:02,000\nHello\n")
    storage_host.faults.latency = 1.5

    async def scenario():
        async with httpx.AsyncClient(timeout=httpx.Timeout(0.3)) as http:
            return await upload_file(http, "PUT", storage_host.sign_put("short.srt"), small,
                                     retries=1, backoff=0.01)

    with pytest.raises(UploadError, match="short.srt.*2 attempts.*timed out"):
        run(scenario())


# -- stalls, 429 and Retry-After ---------------------------------------------------------------

def test_a_429_from_storage_is_retried_after_the_wait_it_asks_for(storage_host, media):
    storage_host.faults.fail_next, storage_host.faults.fail_status = 1, 429
    storage_host.faults.retry_after = 0.4
    seen: list[UploadProgress] = []

    async def scenario():
        started = asyncio.get_running_loop().time()
        response = await send(storage_host.sign_put("m/interview.mp4"), media, backoff=0.01,
                              on_progress=seen.append)
        return response, asyncio.get_running_loop().time() - started

    response, elapsed = run(scenario())
    assert response.status_code == 200 and elapsed >= 0.4
    assert storage_host.get("m/interview.mp4").sha256 == sha256(media)
    assert [p.event for p in seen if p.event] == ["attempt 2 of 4 after HTTP 429 Too Many Requests"]


def test_a_503_with_retry_after_waits_that_long_instead_of_the_backoff(storage_host, media):
    storage_host.faults.fail_next, storage_host.faults.retry_after = 1, 1

    async def scenario():
        started = asyncio.get_running_loop().time()
        await send(storage_host.sign_put("m/interview.mp4"), media, backoff=0.01)
        return asyncio.get_running_loop().time() - started

    assert run(scenario()) >= 1.0


def test_a_429_asking_for_a_longer_wait_than_allowed_ends_the_upload_at_once(storage_host, media):
    storage_host.faults.fail_next, storage_host.faults.fail_status = 5, 429
    storage_host.faults.retry_after = 3600

    with pytest.raises(UploadError) as caught:
        run(send(storage_host.sign_put("m/interview.mp4"), media, max_retry_after=30))

    assert "3600 s" in str(caught.value) and caught.value.status == 429
    assert storage_host.faults.fail_next == 4  # one request, no retry


def test_spent_retries_on_429_say_so(storage_host, media):
    storage_host.faults.fail_next, storage_host.faults.fail_status = 10, 429

    with pytest.raises(UploadError, match="2 attempts.*429"):
        run(send(storage_host.sign_put("m/interview.mp4"), media, retries=1, backoff=0.01))


def test_a_host_that_never_reads_is_a_stall_retried_with_a_line_for_the_attempt(storage_host, media):
    storage_host.faults.stall_upload_after = 0  # accepts the connection, reads nothing
    seen: list[UploadProgress] = []

    async def scenario():
        started = asyncio.get_running_loop().time()
        response = await send(storage_host.sign_put("m/interview.mp4"), media, backoff=0.01,
                              stall_timeout=0.5, on_progress=seen.append)
        return response, asyncio.get_running_loop().time() - started

    response, elapsed = run(scenario())
    assert response.status_code == 200 and elapsed < 10
    assert storage_host.get("m/interview.mp4").sha256 == sha256(media)
    events = [p.event for p in seen if p.event]
    assert len(events) == 1 and events[0].startswith("attempt 2 of 4 after a stalled connection")
    assert max(p.attempt for p in seen) == 2 and {p.attempts for p in seen} == {4}


def test_a_host_that_stops_reading_mid_body_is_a_stall_too(storage_host, tmp_path):
    big = tmp_path / "rushes.mov"
    big.write_bytes(os.urandom(48 << 20))  # well past what socket buffers hold
    storage_host.faults.stall_upload_after = 4 << 20
    seen: list[UploadProgress] = []

    response = run(send(storage_host.sign_put("rushes.mov"), big, backoff=0.01, stall_timeout=0.5,
                        progress_interval=0, on_progress=seen.append))

    assert response.status_code == 200
    assert storage_host.get("rushes.mov").sha256 == sha256(big)
    first = [p for p in seen if p.attempt == 1 and not p.event]
    assert 0 < first[-1].sent < big.stat().st_size  # it got stuck part way
    assert any(p.event and "stalled" in p.event for p in seen)


def test_stalls_on_every_attempt_end_in_an_error_long_before_the_write_timeout(storage_host, media):
    storage_host.faults.stall_upload_after, storage_host.faults.stall_uploads = 0, 10

    async def scenario():
        started = asyncio.get_running_loop().time()
        async with httpx.AsyncClient(timeout=httpx.Timeout(120.0, connect=10.0)) as http:
            with pytest.raises(UploadError) as caught:
                await upload_file(http, "PUT", storage_host.sign_put("m/interview.mp4"), media,
                                  retries=3, backoff=0.01, stall_timeout=0.4)
        return caught.value, asyncio.get_running_loop().time() - started

    error, elapsed = run(scenario())
    assert "4 attempts" in str(error) and "stalled" in str(error) and "no bytes accepted" in str(error)
    assert elapsed < 10


def test_progress_keeps_coming_at_least_once_a_second_while_nothing_moves(storage_host, media):
    storage_host.faults.stall_upload_after = 0
    seen: list[tuple[float, UploadProgress]] = []

    async def scenario():
        loop = asyncio.get_running_loop()
        await send(storage_host.sign_put("m/interview.mp4"), media, backoff=0.01, stall_timeout=3.5,
                   on_progress=lambda p: seen.append((loop.time(), p)))

    run(scenario())
    stuck = [(t, p) for t, p in seen if p.attempt == 1]
    times = [t for t, _ in stuck]
    assert times[-1] - times[0] >= 3.0
    assert max(b - a for a, b in zip(times, times[1:])) <= 1.3
    assert max(p.idle for _, p in stuck) >= 2.5  # the line can say how long nothing moved


def test_stall_detection_can_be_turned_off(recorder, media):
    response = run(send(recorder.url, media, stall_timeout=None))

    assert response.status_code == 200
