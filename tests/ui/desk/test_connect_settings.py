"""The service settings dialogs, the Accounts page and the first-start offer, on the real local
emulators (127.0.0.1)."""

from __future__ import annotations

import json

import pytest
from keyring.backend import KeyringBackend

from subtitle_desk.core.services.container import Services
from subtitle_desk.core.services.secrets import SecretStore
from subtitle_desk.ui.desk import connect
from subtitle_desk.ui.desk.connect.dialogs import MASK
from tests.ui.conftest import wait_until


class MemoryKeyring(KeyringBackend):
    """A stand-in OS keyring (a dict) so the test can see what was stored where."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.values.pop((service, username), None)


@pytest.fixture
def part(context, desk, loop):
    part = connect.install(context)
    yield part
    # The context fixture's teardown runs the event loop, which deletes the window pytest-qt
    # closed, before desk_factory stops the autosaver: stop it while it still exists.
    desk.autosaver.stop()
    desk.autosaver.stop = lambda: None
    wait_until(loop, lambda: not context.runner.running_names(), timeout=20)


def click(button) -> None:
    """Press the button (signals, synchronously) without processing Qt events outside the
    asyncio loop: the next ``wait_until`` runs what the click started."""
    assert button.isEnabled()
    button.click()


def test_saving_the_dotsub_dialog_puts_the_secret_in_the_keyring_and_not_in_the_settings_file(
        context, part, tmp_path):
    keyring = MemoryKeyring()
    context.secrets = SecretStore(keyring)
    context.settings_path = tmp_path / "settings.json"
    dialog = part.open_settings("dotsub")
    dialog.client_id.setText("desk-client")
    dialog.secret_fields["dotsub.client_secret"].set_text("s3cr3t-value-42")
    click(dialog.buttons.button(dialog.buttons.StandardButton.Save))

    assert keyring.values[("subtitle-desk", "dotsub.client_secret")] == "s3cr3t-value-42"
    text = context.settings_path.read_text()
    assert "s3cr3t-value-42" not in text
    assert json.loads(text)["dotsub"]["client_id"] == "desk-client"
    assert context.service_settings.dotsub.client_id == "desk-client"


def test_a_stored_secret_is_shown_masked_with_replace_never_in_clear(context, part):
    dialog = part.open_settings("datocms")
    field = dialog.secret_fields["datocms.token"]
    assert field.edit.text() == ""
    assert field.edit.placeholderText() == MASK
    assert not field.edit.isEnabled()
    assert field.replace_button.isVisibleTo(dialog)
    assert field.edited() is None  # saving keeps the stored token


def test_without_a_keyring_the_dialog_says_secrets_last_for_this_session(context, part):
    dialog = part.open_settings("cielo24")
    assert not context.secrets.available
    assert dialog.keyring_label.text() == context.secrets.status_message
    assert "session only" in dialog.keyring_label.text()


def test_test_connection_shows_dotsubs_answer_on_success(context, part, loop):
    dialog = part.open_settings("dotsub")
    click(dialog.test_button)
    wait_until(loop, lambda: dialog.result_label.text().startswith("✔"), timeout=10)
    assert "Connected to Dotsub" in dialog.result_label.text()
    assert "languages" in dialog.result_label.text()


def test_test_connection_with_a_wrong_dotsub_secret_shows_the_login_refusal(context, part, loop):
    dialog = part.open_settings("dotsub")
    dialog.secret_fields["dotsub.client_secret"].set_text("not-the-secret")
    click(dialog.test_button)
    wait_until(loop, lambda: dialog.result_label.text().startswith("✖"), timeout=10)
    assert "Dotsub login refused: Unauthorized" in dialog.result_label.text()
    assert "not-the-secret" not in dialog.result_label.text()


def test_test_connection_with_a_wrong_datocms_token_shows_datocms_error(context, part, loop):
    dialog = part.open_settings("datocms")
    dialog.secret_fields["datocms.token"].set_text("wrong-token")
    click(dialog.test_button)
    wait_until(loop, lambda: dialog.result_label.text().startswith("✖"), timeout=10)
    assert "The API token is not valid" in dialog.result_label.text()


def test_test_connection_logs_in_to_cielo24(context, part, loop):
    dialog = part.open_settings("cielo24")
    click(dialog.test_button)
    wait_until(loop, lambda: dialog.result_label.text().startswith("✔"), timeout=10)
    assert "Connected to cielo24 as" in dialog.result_label.text()


def test_a_wrong_cielo24_api_key_shows_cielo24s_error(context, part, loop):
    dialog = part.open_settings("cielo24")
    dialog.secret_fields["cielo24.api_key"].set_text("bad-key")
    click(dialog.test_button)
    wait_until(loop, lambda: dialog.result_label.text().startswith("✖"), timeout=10)
    assert "Incorrect username or password" in dialog.result_label.text()


def test_a_connection_test_appears_in_the_activity_panel(context, part, loop):
    dialog = part.open_settings("cielo24")
    click(dialog.test_button)
    titles = [op.title for op in context.activity.operations()]
    assert "Testing the cielo24 connection" in titles
    wait_until(loop, lambda: dialog.result_label.text().startswith("✔"), timeout=10)


def test_saving_a_new_secret_makes_the_running_desk_use_it(context, part, loop):
    dialog = part.open_settings("datocms")
    dialog.secret_fields["datocms.token"].set_text("replaced-token")
    changed = []
    context.signals.servicesChanged.connect(lambda: changed.append(True))
    click(dialog.buttons.button(dialog.buttons.StandardButton.Save))
    assert changed
    assert context.secrets.get("datocms.token") == "replaced-token"


def test_forgetting_a_secret_leaves_the_service_not_set_up(context, part):
    dialog = part.open_settings("cielo24")
    click(dialog.secret_fields["cielo24.api_key"].forget_button)
    click(dialog.buttons.button(dialog.buttons.StandardButton.Save))
    assert not context.services.cielo24_configured()
    assert "Not set up" in part.page.boxes["cielo24"].state.text()


def test_the_accounts_page_tests_the_saved_connection(context, part, loop):
    box = part.page.boxes["datocms"]
    click(box.test_button)
    wait_until(loop, lambda: box.result.text().startswith("✔"), timeout=10)
    assert "Connected to DatoCMS" in box.result.text()


def test_first_start_is_offered_when_no_service_is_set_up_and_not_in_the_demo(context, part):
    context.demo = False
    context.secrets = SecretStore(use_keyring=False)
    context.services = Services(context.service_settings, context.secrets)
    assert connect.should_offer_first_start(context)
    requested = []
    part.demoRequested.connect(lambda: requested.append(True))
    dialog = part.offer_first_start()
    assert dialog is not None and dialog.isVisible()
    assert dialog.demo_button.text() == "Try Subtitle Desk on built-in local services"
    click(dialog.demo_button)
    assert requested == [True]
    assert not dialog.isVisible()


def test_first_start_set_up_my_accounts_opens_the_dotsub_dialog(context, part):
    context.demo = False
    context.secrets = SecretStore(use_keyring=False)
    context.services = Services(context.service_settings, context.secrets)
    dialog = part.offer_first_start()
    click(dialog.setup_button)
    assert context.window.current_page_key() == connect.ACCOUNTS_PAGE
    assert context.window.findChild(connect.dialogs.DotsubSettingsDialog) is not None


def test_first_start_is_not_offered_in_the_demo(context, part):
    assert context.demo
    assert not connect.should_offer_first_start(context)
    assert part.offer_first_start() is None


def test_first_start_is_not_offered_once_one_service_has_credentials(context, part):
    context.demo = False
    assert not connect.should_offer_first_start(context)


def test_a_refused_connection_test_shows_as_failed_in_the_activity_panel(context, part, loop):
    dialog = part.open_settings("datocms")
    dialog.secret_fields["datocms.token"].set_text("wrong-token")
    click(dialog.test_button)
    wait_until(loop, lambda: dialog.result_label.text().startswith("✖"), timeout=10)
    op = [op for op in context.activity.operations() if op.title == "Testing the DatoCMS connection"][-1]
    wait_until(loop, lambda: op.finished, timeout=5)
    assert op.state.value == "failed"
    assert "The API token is not valid" in op.error


def test_a_dialogs_draft_test_does_not_change_what_the_accounts_page_says(context, part, loop):
    dialog = part.open_settings("dotsub")
    dialog.secret_fields["dotsub.client_secret"].set_text("not-the-secret")
    click(dialog.test_button)
    wait_until(loop, lambda: dialog.result_label.text().startswith("✖"), timeout=10)
    assert part.page.boxes["dotsub"].result.text() == ""
