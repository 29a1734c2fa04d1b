"""The signed-URL storage host is as strict as S3 where clients usually go wrong."""

from __future__ import annotations

import hashlib
import socket
from urllib.parse import urlsplit

import httpx
import pytest

from subtitle_desk.emulators.storage import StorageHost


def put(url: str, body: bytes, **headers: str) -> httpx.Response:
    with httpx.Client() as http:
        return http.put(url, content=body, headers=headers)


def test_a_signed_put_stores_the_bytes_with_their_hash_and_content_type(storage_host):
    url = storage_host.sign_put("media/clip.mp4", content_type="video/mp4")

    response = put(url, b"frames" * 1000, **{"Content-Type": "video/mp4"})

    stored = storage_host.get("media/clip.mp4")
    assert response.status_code == 200
    assert stored.size == 6000
    assert stored.sha256 == hashlib.sha256(b"frames" * 1000).hexdigest()
    assert stored.content_type == "video/mp4"
    assert stored.path.read_bytes() == b"frames" * 1000


def test_the_presigned_url_has_the_s3_query_parameters(storage_host):
    query = urlsplit(storage_host.sign_put("a/b.srt", expires_in=600)).query

    for name in ("X-Amz-Algorithm=AWS4-HMAC-SHA256", "X-Amz-Expires=600", "X-Amz-Signature=",
                 "X-Amz-Date=", "X-Amz-Credential="):
        assert name in query


def test_upload_listeners_hear_about_each_arrival(storage_host):
    arrivals = []
    storage_host.on_upload(lambda key, stored: arrivals.append((key, stored.size)))

    put(storage_host.sign_put("uploads/one.vtt"), b"WEBVTT\n")

    assert arrivals == [("uploads/one.vtt", 7)]


def test_a_tampered_signature_is_refused_with_an_s3_xml_error(storage_host):
    url = storage_host.sign_put("media/clip.mp4")
    tampered = url[:-4] + ("0000" if not url.endswith("0000") else "1111")

    response = put(tampered, b"x")

    assert response.status_code == 403
    assert response.headers["content-type"] == "application/xml"
    assert "<Code>SignatureDoesNotMatch</Code>" in response.text
    assert storage_host.get("media/clip.mp4") is None


def test_a_url_signed_for_one_key_does_not_work_for_another(storage_host):
    url = storage_host.sign_put("media/a.mp4").replace("/media/a.mp4?", "/media/b.mp4?")

    assert put(url, b"x").status_code == 403


def test_an_expired_url_is_refused(tmp_path):
    now = [1_800_000_000.0]
    host = StorageHost(tmp_path, clock=lambda: now[0]).start()
    try:
        url = host.sign_put("media/clip.mp4", expires_in=60)
        now[0] += 61

        response = put(url, b"x")

        assert response.status_code == 403
        assert "Request has expired" in response.text
    finally:
        host.stop()


def test_any_authorization_header_is_a_bad_request(storage_host):
    url = storage_host.sign_put("media/clip.mp4")

    response = put(url, b"x", Authorization="Bearer not-for-this-host")

    assert response.status_code == 400
    assert "<Code>InvalidArgument</Code>" in response.text
    assert "Only one auth mechanism allowed" in response.text


def test_a_chunked_body_without_content_length_is_refused(storage_host):
    url = storage_host.sign_put("media/clip.mp4")

    def body():
        yield b"part one"
        yield b"part two"

    with httpx.Client() as http:
        response = http.put(url, content=body())

    assert response.status_code == 411
    assert "<Code>MissingContentLength</Code>" in response.text
    assert storage_host.get("media/clip.mp4") is None


def test_a_content_type_other_than_the_signed_one_does_not_match(storage_host):
    url = storage_host.sign_put("media/clip.mp4", content_type="video/mp4")

    response = put(url, b"x", **{"Content-Type": "application/octet-stream"})

    assert response.status_code == 403
    assert "<Code>SignatureDoesNotMatch</Code>" in response.text


def test_a_body_shorter_than_its_content_length_stores_nothing(storage_host, wait_until):
    url = urlsplit(storage_host.sign_put("media/clip.mp4"))
    with socket.create_connection((url.hostname, url.port)) as connection:
        connection.sendall(
            f"PUT {url.path}?{url.query} HTTP/1.1\r\nHost: {url.netloc}\r\n"
            f"Content-Length: 1000\r\n\r\n".encode() + b"only ten b")
        connection.shutdown(socket.SHUT_WR)
        while connection.recv(4096):
            pass

    wait_until(lambda: storage_host.incomplete_uploads == 1)
    assert storage_host.get("media/clip.mp4") is None
    assert not list((storage_host.directory).glob("*.part"))


def test_without_keep_bytes_only_the_size_and_hash_are_kept(tmp_path):
    with StorageHost(tmp_path, keep_bytes=False) as host:
        put(host.sign_put("big.bin"), b"\0" * 5000)

        stored = host.get("big.bin")

    assert (stored.size, stored.path) == (5000, None)
    assert stored.sha256 == hashlib.sha256(b"\0" * 5000).hexdigest()


def test_a_dropped_upload_resets_the_connection_rather_than_answering(storage_host):
    storage_host.faults.drop_upload_after = 100_000
    url = storage_host.sign_put("media/clip.mp4")

    with httpx.Client() as http, pytest.raises(httpx.TransportError):
        http.put(url, content=b"\0" * 2_000_000)

    assert storage_host.get("media/clip.mp4") is None


def test_a_failing_host_answers_a_5xx_once_and_then_works(storage_host):
    storage_host.faults.fail_next = 1
    url = storage_host.sign_put("media/clip.mp4")

    assert put(url, b"x").status_code == 503
    assert put(url, b"x").status_code == 200


def test_a_rate_limited_host_answers_429_with_retry_after(storage_host):
    storage_host.faults.fail_next, storage_host.faults.fail_status = 1, 429
    storage_host.faults.retry_after = 7
    url = storage_host.sign_put("media/clip.mp4")

    refused = put(url, b"x")

    assert refused.status_code == 429 and refused.headers["retry-after"] == "7"
    assert put(url, b"x").status_code == 200


def test_a_stalled_host_takes_the_connection_but_never_reads_the_body(storage_host, wait_until):
    storage_host.faults.stall_upload_after, storage_host.faults.stall_seconds = 0, 30
    url = storage_host.sign_put("media/clip.mp4")

    with httpx.Client(timeout=httpx.Timeout(1.0, connect=5.0)) as http, \
            pytest.raises(httpx.TimeoutException):
        http.put(url, content=b"\0" * (64 << 20))  # more than socket buffers hold

    assert storage_host.get("media/clip.mp4") is None
    storage_host.faults.release_stalls()  # the host lets go and stores nothing
    wait_until(lambda: storage_host.incomplete_uploads == 1)
    assert put(url, b"x").status_code == 200  # only the next upload was stalled


def test_a_stall_point_inside_the_last_bytes_still_leaves_the_body_unfinished(storage_host):
    storage_host.faults.stall_upload_after, storage_host.faults.stall_seconds = 5, 30
    url = storage_host.sign_put("subs/a.srt")

    with httpx.Client(timeout=httpx.Timeout(1.0, connect=5.0)) as http, \
            pytest.raises(httpx.TimeoutException):
        http.put(url, content=b"0123456789")  # one message holds it all: it is withheld

    assert storage_host.get("subs/a.srt") is None


@pytest.fixture
def video(storage_host):
    data = bytes(range(256)) * 40  # 10240 bytes
    storage_host.put_bytes("media/demo.mp4", data, content_type="video/mp4")
    return data


def test_a_signed_get_serves_the_stored_bytes(storage_host, video):
    with httpx.Client() as http:
        response = http.get(storage_host.sign_get("media/demo.mp4"))

    assert response.status_code == 200
    assert response.content == video
    assert response.headers["content-type"] == "video/mp4"
    assert response.headers["accept-ranges"] == "bytes"


def test_a_range_request_gets_partial_content_for_streaming_players(storage_host, video):
    with httpx.Client() as http:
        response = http.get(storage_host.sign_get("media/demo.mp4"), headers={"Range": "bytes=100-199"})

    assert response.status_code == 206
    assert response.content == video[100:200]
    assert response.headers["content-range"] == "bytes 100-199/10240"


def test_a_suffix_range_gets_the_end_of_the_file(storage_host, video):
    with httpx.Client() as http:
        response = http.get(storage_host.sign_get("media/demo.mp4"), headers={"Range": "bytes=-40"})

    assert response.content == video[-40:]
    assert response.headers["content-range"] == "bytes 10200-10239/10240"


def test_a_range_past_the_end_is_not_satisfiable(storage_host, video):
    with httpx.Client() as http:
        response = http.get(storage_host.sign_get("media/demo.mp4"), headers={"Range": "bytes=20000-"})

    assert response.status_code == 416


def test_a_head_request_gives_the_size_without_a_body(storage_host, video):
    with httpx.Client() as http:
        response = http.head(storage_host.sign_get("media/demo.mp4"))

    assert response.status_code == 200
    assert response.headers["content-length"] == "10240"
    assert response.content == b""


def test_an_unsigned_get_is_denied(storage_host, video):
    with httpx.Client() as http:
        response = http.get(f"{storage_host.base_url}/media/demo.mp4")

    assert response.status_code == 403
    assert "<Code>AccessDenied</Code>" in response.text


def test_a_get_signature_does_not_allow_a_put(storage_host, video):
    url = storage_host.sign_get("media/demo.mp4")

    assert put(url, b"overwrite").status_code == 403


def test_a_missing_key_is_no_such_key(storage_host):
    with httpx.Client() as http:
        response = http.get(storage_host.sign_get("media/none.mp4"))

    assert response.status_code == 404
    assert "<Code>NoSuchKey</Code>" in response.text


def test_keys_cannot_climb_out_of_the_bucket(storage_host):
    with pytest.raises(ValueError):
        storage_host.sign_put("../outside")


def test_several_ranges_are_ignored_like_s3_and_the_whole_object_is_served(storage_host, video):
    with httpx.Client() as http:
        response = http.get(storage_host.sign_get("media/demo.mp4"), headers={"Range": "bytes=0-1,5-6"})

    assert response.status_code == 200 and response.content == video


def test_a_refused_upload_expecting_100_continue_is_answered_before_the_body(storage_host):
    url = urlsplit(storage_host.sign_put("media/clip.mp4"))
    with socket.create_connection((url.hostname, url.port)) as connection:
        connection.sendall(
            f"PUT {url.path}?{url.query}0 HTTP/1.1\r\nHost: {url.netloc}\r\n"
            f"Content-Length: 1000000\r\nExpect: 100-continue\r\n\r\n".encode())
        answer = connection.recv(4096)

    assert answer.startswith(b"HTTP/1.1 403 ")
