"""Secrets (client secrets, API keys, tokens) in the OS keyring, never in a file.

``SecretStore`` keeps each secret under the keyring service ``subtitle-desk`` with keys such as
``dotsub.client_secret``, ``dotsub.token``, ``datocms.token``, ``cielo24.api_key``,
``cielo24.password`` and ``cielo24.api_token``. Lookups go through two layers:

1. a session layer in memory (``set(..., persist=False)``): secrets from environment variables,
   demo credentials, and everything when there is no keyring;
2. the OS keyring (Secret Service, macOS Keychain, Windows Credential Locker).

When the machine has no usable keyring (a headless Linux box gets keyring's ``fail`` or ``null``
backend) the store says so in ``status_message`` and keeps secrets in memory for the session only.
keyrings.alt's file backends are refused: their "encryption" is base64 or a fixed password.

A login token is the exception: Dotsub limits how many an organization may mint, so without a
keyring it is kept in a file only the user can read (:class:`FileTokenCache`, in the user's cache
directory), never the client secret it was minted with. The file carries a lock that makes
concurrent logins wait for each other.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import tempfile
import threading
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

__all__ = ["SecretStore", "KeyringTokenCache", "FileTokenCache", "KEYRING_SERVICE", "SECRET_KEYS"]

log = logging.getLogger(__name__)

KEYRING_SERVICE = "subtitle-desk"

SECRET_KEYS = (
    "dotsub.client_secret",
    "dotsub.token",
    "datocms.token",
    "cielo24.api_key",
    "cielo24.password",
    "cielo24.api_token",
)

NO_KEYRING_MESSAGE = "No OS keyring found: secrets are kept in memory for this session only"


def _usable(backend: KeyringBackend) -> tuple[bool, str]:
    """Whether ``backend`` really stores secrets safely, and what to tell the user."""
    module = type(backend).__module__
    name = type(backend).__name__
    if module.startswith("keyrings.alt"):
        return False, (f"The only keyring found ({name} from keyrings.alt) does not protect "
                       "secrets: they are kept in memory for this session only")
    if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return False, NO_KEYRING_MESSAGE
    if module.startswith("keyring.backends.chainer"):
        inner = getattr(backend, "backends", [])
        if not any(_usable(each)[0] for each in inner):
            return False, NO_KEYRING_MESSAGE
    try:
        priority = float(getattr(backend, "priority", 1))
    except Exception:  # noqa: BLE001 - a backend's priority check may probe the system and fail
        priority = 0
    if priority <= 0:
        return False, NO_KEYRING_MESSAGE
    return True, f"Secrets are kept in the OS keyring ({getattr(backend, 'name', name)})"


class SecretStore:
    """Secrets for every service: session layer first, then the OS keyring (or memory)."""

    def __init__(self, backend: KeyringBackend | None = None, *, service: str = KEYRING_SERVICE,
                 use_keyring: bool = True) -> None:
        self.service = service
        self._session: dict[str, str] = {}
        self._memory: dict[str, str] = {}  # stands in for the keyring when there is none
        self._lock = threading.Lock()
        self._backend: KeyringBackend | None = None
        #: Whether this store was asked to use the OS keyring (False for demo and test stores).
        self.wants_keyring = use_keyring
        if not use_keyring:
            self.available = False
            self.status_message = "Keyring disabled: secrets are kept in memory for this session only"
            return
        try:
            backend = backend if backend is not None else keyring.get_keyring()
        except Exception as exc:  # noqa: BLE001 - any failure finding a backend means "none"
            log.warning("no usable keyring backend (%s)", type(exc).__name__)
            backend = None
        if backend is None:
            self.available, self.status_message = False, NO_KEYRING_MESSAGE
        else:
            self.available, self.status_message = _usable(backend)
            if self.available:
                self._backend = backend

    # -- reading and writing ---------------------------------------------------------------

    def get(self, key: str) -> str | None:
        with self._lock:
            if key in self._session:
                return self._session[key]
            if self._backend is None:
                return self._memory.get(key)
        try:
            return self._backend.get_password(self.service, key)
        except keyring.errors.KeyringError as exc:
            self._lose_keyring(exc)
            with self._lock:
                return self._memory.get(key)

    def set(self, key: str, value: str, *, persist: bool = True) -> None:
        """Store ``value``; ``persist=False`` keeps it for this session only (never written)."""
        if not persist:
            with self._lock:
                self._session[key] = value
            return
        with self._lock:
            self._session.pop(key, None)  # a saved value replaces a session override
            backend = self._backend
            if backend is None:
                self._memory[key] = value
                return
        try:
            backend.set_password(self.service, key, value)
        except keyring.errors.KeyringError as exc:
            self._lose_keyring(exc)
            with self._lock:
                self._memory[key] = value

    def delete(self, key: str) -> None:
        """Forget ``key`` in every layer; deleting a missing key is fine."""
        with self._lock:
            self._session.pop(key, None)
            self._memory.pop(key, None)
            backend = self._backend
        if backend is None:
            return
        try:
            backend.delete_password(self.service, key)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            self._lose_keyring(exc)

    def has(self, key: str) -> bool:
        return bool(self.get(key))

    def is_session_only(self, key: str) -> bool:
        with self._lock:
            return key in self._session or (self._backend is None and key in self._memory)

    def _lose_keyring(self, exc: Exception) -> None:
        # A locked or vanished keyring (the Secret Service daemon died): carry on in memory.
        log.warning("the OS keyring failed (%s); keeping secrets in memory", type(exc).__name__)
        with self._lock:
            self._backend = None
            self.available = False
            self.status_message = ("The OS keyring stopped answering: secrets are kept in memory "
                                   "for this session only")

    def __repr__(self) -> str:  # never the values
        return f"SecretStore(service={self.service!r}, available={self.available})"


class KeyringTokenCache:
    """A login token and its expiry (epoch seconds) kept in a :class:`SecretStore`.

    Same protocol as ``dotsub.TokenCache``: ``load()``, ``save(token, expires_at)``, ``clear()``.
    """

    def __init__(self, store: SecretStore, key: str = "dotsub.token") -> None:
        self.store = store
        self.key = key

    def load(self) -> tuple[str, float] | None:
        raw = self.store.get(self.key)
        if not raw:
            return None
        try:
            entry: Any = json.loads(raw)
            return str(entry["token"]), float(entry["expires_at"])
        except (ValueError, KeyError, TypeError):
            self.clear()  # unreadable: log in again rather than fail
            return None

    def save(self, token: str, expires_at: float) -> None:
        self.store.set(self.key, json.dumps({"token": token, "expires_at": expires_at}))

    def clear(self) -> None:
        self.store.delete(self.key)

    def __repr__(self) -> str:
        return f"KeyringTokenCache(key={self.key!r})"


class FileTokenCache:
    """A login token and its expiry in a JSON file only the user can read (0600, in a 0700
    folder), for machines without a keyring. Same protocol as ``dotsub.TokenCache``, plus
    ``login_lock()``: an async context manager holding an OS file lock beside the file, so
    processes starting at once log in one after the other (and the later ones find the token).
    """

    def __init__(self, path: Path | str, *, lock_timeout: float = 60.0) -> None:
        self.path = Path(path)
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.lock_timeout = lock_timeout

    def load(self) -> tuple[str, float] | None:
        try:
            entry: Any = json.loads(self.path.read_text(encoding="utf-8"))
            return str(entry["token"]), float(entry["expires_at"])
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("ignoring an unreadable token cache file %s", self.path)
            return None

    def save(self, token: str, expires_at: float) -> None:
        text = json.dumps({"token": token, "expires_at": expires_at})
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            # mkstemp creates the file 0600: the token is never readable by others, not even
            # for a moment before a chmod.
            fd, temporary = tempfile.mkstemp(prefix=f".{self.path.name}-", dir=self.path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as out:
                    out.write(text)
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(temporary, self.path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError as exc:  # a token not kept only costs a login next time
            log.warning("could not keep the login token in %s (%s)", self.path, exc.strerror or exc)

    def clear(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not remove %s (%s)", self.path, exc.strerror or exc)

    @contextlib.asynccontextmanager
    async def login_lock(self) -> AsyncIterator[None]:
        """Hold the cache's file lock (polled without blocking the event loop). A lock that
        cannot be had within ``lock_timeout`` seconds, or at all, is logged and done without."""
        from filelock import FileLock, Timeout

        lock = None
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            lock = FileLock(self.lock_path, mode=0o600, thread_local=False)
            deadline = time.monotonic() + self.lock_timeout
            while True:
                try:
                    lock.acquire(timeout=0)
                    break
                except Timeout:
                    if time.monotonic() >= deadline:
                        log.warning("another Subtitle Desk held %s for %.0f s; logging in anyway",
                                    self.lock_path, self.lock_timeout)
                        lock = None
                        break
                    await asyncio.sleep(0.05)
        except OSError as exc:
            log.warning("could not lock %s (%s); logging in anyway", self.lock_path, exc.strerror or exc)
            lock = None
        try:
            yield
        finally:
            if lock is not None:
                lock.release()

    def __repr__(self) -> str:  # never the token
        return f"FileTokenCache(path={str(self.path)!r})"
