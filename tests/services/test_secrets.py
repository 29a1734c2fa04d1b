"""Secrets live in the OS keyring, or in memory for the session when there is none; never a file."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from subtitle_desk.core.services.secrets import KEYRING_SERVICE, KeyringTokenCache, SecretStore


class MemoryKeyring(KeyringBackend):
    """An OS keyring stand-in: real backend protocol, values in a dict."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.values:
            raise keyring.errors.PasswordDeleteError(username)
        del self.values[(service, username)]


class BrokenKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("the keyring is locked")


@pytest.fixture
def os_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_a_secret_round_trips_through_the_os_keyring(os_keyring):
    SecretStore().set("datocms.token", "tok-123")

    assert SecretStore().get("datocms.token") == "tok-123"
    assert os_keyring.values == {(KEYRING_SERVICE, "datocms.token"): "tok-123"}


def test_with_a_keyring_the_store_says_secrets_are_kept_there(os_keyring):
    store = SecretStore()

    assert store.available
    assert "OS keyring" in store.status_message


def test_session_only_secrets_never_reach_the_keyring(os_keyring):
    store = SecretStore()
    store.set("cielo24.api_key", "from-environment", persist=False)

    assert store.get("cielo24.api_key") == "from-environment"
    assert store.is_session_only("cielo24.api_key")
    assert os_keyring.values == {}


def test_a_session_secret_takes_precedence_over_the_saved_one(os_keyring):
    store = SecretStore()
    store.set("dotsub.client_secret", "saved")
    store.set("dotsub.client_secret", "for-this-run", persist=False)

    assert store.get("dotsub.client_secret") == "for-this-run"


def test_delete_forgets_a_secret_in_every_layer(os_keyring):
    store = SecretStore()
    store.set("datocms.token", "saved")
    store.set("datocms.token", "session", persist=False)

    store.delete("datocms.token")

    assert store.get("datocms.token") is None
    assert os_keyring.values == {}


def test_deleting_a_missing_secret_is_fine(os_keyring):
    SecretStore().delete("cielo24.password")


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_without_a_keyring_secrets_are_kept_in_memory_and_the_store_says_so(backend):
    store = SecretStore(backend)
    store.set("dotsub.client_secret", "s3cret")

    assert not store.available
    assert store.status_message == ("No OS keyring found: secrets are kept in memory for this "
                                    "session only")
    assert store.get("dotsub.client_secret") == "s3cret"
    assert SecretStore(backend).get("dotsub.client_secret") is None  # gone with the session


def test_a_plaintext_file_keyring_is_not_trusted_with_secrets():
    plaintext = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})()

    store = SecretStore(plaintext)
    store.set("datocms.token", "tok")

    assert not store.available
    assert plaintext.values == {}


def test_a_keyring_that_stops_answering_falls_back_to_memory():
    store = SecretStore(BrokenKeyring())

    store.set("datocms.token", "tok")

    assert store.get("datocms.token") == "tok"
    assert not store.available
    assert "memory" in store.status_message


def test_the_store_never_shows_a_secret_in_its_repr(os_keyring):
    store = SecretStore()
    store.set("datocms.token", "tok-visible?")

    assert "tok-visible?" not in repr(store)


def test_a_token_and_its_expiry_round_trip_through_the_token_cache(os_keyring):
    KeyringTokenCache(SecretStore(), "dotsub.token").save("jwt-abc", 1_900_000_000.5)

    assert KeyringTokenCache(SecretStore(), "dotsub.token").load() == ("jwt-abc", 1_900_000_000.5)


def test_a_cleared_token_cache_is_empty(os_keyring):
    cache = KeyringTokenCache(SecretStore(), "dotsub.token")
    cache.save("jwt-abc", 1.0)

    cache.clear()

    assert cache.load() is None


def test_an_unreadable_cached_token_means_logging_in_again(os_keyring):
    store = SecretStore()
    store.set("dotsub.token", "not json")

    assert KeyringTokenCache(store, "dotsub.token").load() is None
    assert store.get("dotsub.token") is None


REAL_KEYRING_SCRIPT = textwrap.dedent("""
    from subtitle_desk.core.services.secrets import SecretStore
    store = SecretStore()
    assert store.available, store.status_message
    store.set("datocms.token", "through-secret-service")
    print(type(SecretStore()._backend).__module__, SecretStore().get("datocms.token"))
    store.delete("datocms.token")
    print(SecretStore().get("datocms.token"))
""")


@pytest.mark.skipif(not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
                    reason="needs a Secret Service: apt-get install --no-install-recommends "
                           "gnome-keyring dbus-daemon dbus-bin")
def test_secrets_round_trip_through_a_real_secret_service(tmp_path):
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_RUNTIME_DIR": str(tmp_path / "run"), "PYTHONWARNINGS": "ignore"}
    (tmp_path / "run").mkdir(mode=0o700)
    script = tmp_path / "check.py"
    script.write_text(REAL_KEYRING_SCRIPT)
    shell = ("echo -n test-password | gnome-keyring-daemon --unlock --components=secrets "
             f">/dev/null && exec {sys.executable} {script}")

    result = subprocess.run(["dbus-run-session", "--", "sh", "-c", shell], env=env,
                            capture_output=True, text=True, timeout=120)

    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["keyring.backends.SecretService through-secret-service",
                                             "None"]


# -- the login token without a keyring -------------------------------------------------------

def test_without_a_keyring_the_token_file_is_readable_by_the_user_only(tmp_path):
    from subtitle_desk.core.services.secrets import FileTokenCache

    cache = FileTokenCache(tmp_path / "cache" / "dotsub-token.json")
    cache.save("tag|jwt-abc", 1_900_000_000.5)

    assert FileTokenCache(cache.path).load() == ("tag|jwt-abc", 1_900_000_000.5)
    assert oct(cache.path.stat().st_mode & 0o777) == "0o600"
    assert oct(cache.path.parent.stat().st_mode & 0o777) == "0o700"
    assert [p.name for p in cache.path.parent.iterdir()] == ["dotsub-token.json"]  # no temporaries
    cache.clear()
    assert cache.load() is None


def test_an_unreadable_token_file_means_logging_in_again(tmp_path):
    from subtitle_desk.core.services.secrets import FileTokenCache

    path = tmp_path / "dotsub-token.json"
    path.write_text("{not json")

    assert FileTokenCache(path).load() is None


def test_the_token_file_lock_lets_one_holder_in_at_a_time(tmp_path):
    import asyncio

    from subtitle_desk.core.services.secrets import FileTokenCache

    path = tmp_path / "dotsub-token.json"
    inside: list[int] = []
    most = [0]

    async def hold(n: int) -> None:
        async with FileTokenCache(path).login_lock():  # a cache of its own, as another process has
            inside.append(n)
            most[0] = max(most[0], len(inside))
            await asyncio.sleep(0.05)
            inside.remove(n)

    async def main() -> None:
        await asyncio.gather(*(hold(n) for n in range(4)))

    asyncio.run(main())
    assert most[0] == 1


def test_services_keep_the_dotsub_token_in_a_file_only_when_the_keyring_is_missing(tmp_path, monkeypatch):
    import asyncio

    from subtitle_desk.core.services.config import Settings
    from subtitle_desk.core.services.container import Services
    from subtitle_desk.core.services.secrets import FileTokenCache

    monkeypatch.setenv("SUBTITLE_DESK_CACHE_DIR", str(tmp_path / "cache"))
    caches = {}
    for name, store in (("no keyring", SecretStore(fail.Keyring())),
                        ("keyring", SecretStore(MemoryKeyring())),
                        ("demo", SecretStore(use_keyring=False))):
        store.set("dotsub.client_secret", "s3cret", persist=False)
        settings = Settings()
        settings.dotsub.client_id = "client"
        services = Services(settings, store)
        caches[name] = services.dotsub._cache
        asyncio.run(services.aclose())

    assert isinstance(caches["no keyring"], FileTokenCache)
    assert caches["no keyring"].path == tmp_path / "cache" / "dotsub-token.json"
    assert isinstance(caches["keyring"], KeyringTokenCache)
    assert isinstance(caches["demo"], KeyringTokenCache)  # demo stores stay in memory
