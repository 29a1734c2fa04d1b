"""Settings come from a JSON file plus environment overrides; secrets never touch the file.
The services container builds clients from them, or says what is missing."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path

import pytest

from subtitle_desk.core.services import config
from subtitle_desk.core.services.config import (
    DatocmsSettings,
    DotsubSettings,
    Settings,
    load_settings,
    save_settings,
    settings_path,
)
from subtitle_desk.core.services.container import NotConfiguredError, open_services
from subtitle_desk.core.services.secrets import SecretStore


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"SUBTITLE_DESK_CONFIG_DIR": str(tmp_path / "config")}


def memory_store() -> SecretStore:
    return SecretStore(use_keyring=False)


def test_without_a_settings_file_the_real_services_are_the_defaults(env):
    settings = load_settings(env=env)

    assert settings.dotsub.api_url == "https://videotms.com"
    assert settings.dotsub.login_url == "https://login.videotms.com"
    assert settings.dotsub.audience == "https://videotms.com/api/v3/"
    assert settings.datocms.api_url == "https://site-api.datocms.com"
    assert settings.cielo24.api_url == "https://api.cielo24.com"


def test_the_config_dir_variable_chooses_where_the_file_lives(env, tmp_path):
    assert settings_path(env) == tmp_path / "config" / "settings.json"


def test_the_settings_file_is_in_the_users_config_dir_by_default(tmp_path):
    path = settings_path({"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "xdg")})

    assert path.name == "settings.json" and tmp_path in path.parents


def test_saved_settings_load_back(env):
    settings = Settings(dotsub=DotsubSettings(client_id="client-1"),
                        datocms=DatocmsSettings(environment="sandbox"))

    save_settings(settings, settings_path(env))

    assert load_settings(env=env) == settings


def test_environment_variables_override_the_file(env):
    save_settings(Settings(dotsub=DotsubSettings(client_id="from-file")), settings_path(env))
    env.update({"SUBTITLE_DESK_DOTSUB_CLIENT_ID": "from-env",
                "SUBTITLE_DESK_DATOCMS_API_URL": "http://127.0.0.1:9/",
                "SUBTITLE_DESK_DATOCMS_ENVIRONMENT": "staging",
                "SUBTITLE_DESK_CIELO24_USERNAME": "editor"})

    settings = load_settings(env=env)

    assert settings.dotsub.client_id == "from-env"
    assert settings.datocms.api_url == "http://127.0.0.1:9/"
    assert settings.datocms.environment == "staging"
    assert settings.cielo24.username == "editor"


def test_secret_variables_go_to_the_store_for_this_session_only(env):
    store = memory_store()
    env.update({"SUBTITLE_DESK_DOTSUB_CLIENT_SECRET": "ds", "SUBTITLE_DESK_DATOCMS_TOKEN": "dt",
                "SUBTITLE_DESK_CIELO24_API_KEY": "ck", "SUBTITLE_DESK_CIELO24_PASSWORD": "cp"})

    load_settings(env=env, secrets=store)

    assert [store.get(key) for key in ("dotsub.client_secret", "datocms.token",
                                       "cielo24.api_key", "cielo24.password")] == ["ds", "dt", "ck", "cp"]
    assert store.is_session_only("datocms.token")


def test_no_secret_lands_in_the_settings_file(env):
    env.update({"SUBTITLE_DESK_DOTSUB_CLIENT_SECRET": "very-secret-value",
                "SUBTITLE_DESK_DATOCMS_TOKEN": "another-secret-value"})
    settings = load_settings(env=env, secrets=memory_store())

    path = save_settings(settings, settings_path(env))

    text = path.read_text()
    assert "very-secret-value" not in text and "another-secret-value" not in text
    assert "secret" not in text and "token" not in text


def test_a_secret_pasted_into_the_file_is_ignored(env):
    path = settings_path(env)
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"dotsub": {"client_id": "c", "client_secret": "leaked"}}))

    settings = load_settings(env=env)

    assert settings.dotsub.client_id == "c"
    assert "leaked" not in repr(settings)


def test_an_unreadable_settings_file_falls_back_to_the_defaults(env):
    path = settings_path(env)
    path.parent.mkdir(parents=True)
    path.write_text("{not json")

    assert load_settings(env=env) == Settings()


def test_a_failed_save_keeps_the_previous_file(env, monkeypatch):
    path = save_settings(Settings(dotsub=DotsubSettings(client_id="old")), settings_path(env))

    def broken_replace(*_):
        raise OSError("disk full")

    monkeypatch.setattr(config.os, "replace", broken_replace)
    with pytest.raises(OSError):
        save_settings(Settings(dotsub=DotsubSettings(client_id="new")), path)

    assert json.loads(path.read_text())["dotsub"]["client_id"] == "old"
    assert os.listdir(path.parent) == ["settings.json"]


def use(service: str, settings: Settings, store: SecretStore):
    async def scenario():
        async with open_services(settings, store) as services:
            return getattr(services, service)

    return asyncio.run(scenario())


@pytest.mark.parametrize(("service", "message"), [
    ("dotsub", "Dotsub is not set up: add a client ID and secret in Settings"),
    ("datocms", "DatoCMS is not set up: add an API token in Settings"),
    ("cielo24", "cielo24 is not set up: add a username and an API key (or password) in Settings"),
])
def test_a_service_without_credentials_says_what_to_set_up(service, message):
    with pytest.raises(NotConfiguredError) as caught:
        use(service, Settings(), memory_store())

    assert str(caught.value) == message


def test_a_configured_service_gets_a_client_built_from_the_settings():
    store = memory_store()
    store.set("datocms.token", "dt", persist=False)

    client = use("datocms", Settings(datocms=DatocmsSettings(api_url="http://127.0.0.1:9")), store)

    assert client.api_url == "http://127.0.0.1:9"


def test_the_storage_client_carries_no_credentials():
    store = memory_store()
    store.set("datocms.token", "dt", persist=False)

    async def scenario():
        async with open_services(Settings(), store) as services:
            services.datocms
            return dict(services.storage_http.headers), services.storage_http.auth

    headers, auth = asyncio.run(scenario())
    assert "authorization" not in {name.lower() for name in headers} and auth is None


def test_the_cache_directory_follows_the_platform_and_its_override(tmp_path):
    from subtitle_desk.core.services.config import cache_dir, dotsub_token_path

    assert cache_dir({"SUBTITLE_DESK_CACHE_DIR": str(tmp_path)}) == tmp_path
    assert dotsub_token_path({"SUBTITLE_DESK_CACHE_DIR": str(tmp_path)}) == tmp_path / "dotsub-token.json"
    if sys.platform.startswith("linux"):
        assert cache_dir({"HOME": "/home/ann"}) == Path("/home/ann/.cache/subtitle-desk")
        assert cache_dir({"HOME": "/home/ann", "XDG_CACHE_HOME": "/xdg"}) == Path("/xdg/subtitle-desk")
