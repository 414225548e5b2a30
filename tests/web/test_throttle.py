"""Login throttling: one normalisation of user names, the client address from a configured proxy
header only, and no way for someone else to lock an account holder out."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from socialstrategy.web.accounts.usernames import normalise, throttle_key
from tests.web.conftest import PASSWORD

PROXY = {"REMOTE_ADDR": "10.0.0.1"}


def _login(username, password="wrong", forwarded=None, client=None):
    extra = dict(PROXY)
    if forwarded:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return (client or Client()).post("/login/", {"username": username, "password": password}, **extra)


@pytest.mark.parametrize("spelling", [" alice", "alice ", "\talice", "ａｌｉｃｅ", "ALICE", "Alice\u3000"])
def test_every_spelling_of_a_name_counts_against_the_same_limit(personas, spelling):
    for _ in range(3):
        _login("alice")
    for _ in range(2):
        assert _login(spelling).status_code == 400
    assert _login(spelling).status_code == 429
    assert _login("alice", PASSWORD).status_code == 429


@pytest.mark.parametrize("spelling", [" alice", "alice\t", "ａｌｉｃｅ"])
def test_the_spellings_that_count_together_also_sign_in_as_the_account(personas, spelling):
    assert _login(spelling, PASSWORD).status_code == 302


def test_sign_up_stores_the_normalised_name_and_refuses_a_second_spelling(personas):
    from socialstrategy.web.accounts.forms import AccountForm

    form = AccountForm({"username": " ｒacer3\t", "password1": PASSWORD, "password2": PASSWORD})
    assert form.is_valid(), form.errors
    assert form.save().username == "racer3"
    again = AccountForm({"username": "RACER3", "password1": PASSWORD, "password2": PASSWORD})
    assert not again.is_valid()


def test_the_throttle_key_is_the_normalised_name_case_folded():
    assert normalise(" ｒacer3\t") == "racer3"
    assert throttle_key("Racer3 ") == throttle_key("ｒａｃｅｒ３") == "racer3"


@pytest.fixture
def behind_proxy(settings):
    settings.CLIENT_ADDRESS_HEADER = "X-Forwarded-For"
    settings.TRUSTED_PROXIES = 1


def test_behind_a_configured_proxy_made_up_names_from_one_address_do_not_lock_out_others(
    personas, behind_proxy
):
    for number in range(30):
        _login(f"nobody{number}", forwarded="203.0.113.7")
    assert _login("nobody-else", forwarded="203.0.113.7").status_code == 429
    assert _login("alice", PASSWORD, forwarded="198.51.100.2").status_code == 302


def test_without_the_header_setting_a_forged_header_is_ignored(personas, settings):
    settings.CLIENT_ADDRESS_HEADER = ""
    for number in range(30):
        _login(f"nobody{number}", forwarded=f"203.0.113.{number}")
    assert _login("nobody-else", forwarded="198.51.100.99").status_code == 429  # all from REMOTE_ADDR


def test_the_client_address_is_the_one_the_trusted_proxy_appended(personas, behind_proxy):
    """A client can send its own X-Forwarded-For; the proxy appends the real address after it."""
    for _ in range(5):
        _login("alice", forwarded="1.2.3.4, 203.0.113.7")
    assert _login("alice", PASSWORD, forwarded="9.9.9.9, 203.0.113.7").status_code == 429


def test_two_proxies_take_the_second_address_from_the_right(personas, settings):
    from django.test import RequestFactory

    from socialstrategy.web.accounts.throttle import client_address

    settings.CLIENT_ADDRESS_HEADER = "X-Forwarded-For"
    settings.TRUSTED_PROXIES = 2
    request = RequestFactory().get("/", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.7, 10.0.0.9", **PROXY)
    assert client_address(request) == "203.0.113.7"


def test_failures_from_elsewhere_do_not_lock_the_account_holder_out(personas, behind_proxy):
    for _ in range(20):
        _login("alice", forwarded="203.0.113.7")
    assert _login("alice", forwarded="203.0.113.7").status_code == 429
    assert _login("alice", PASSWORD, forwarded="198.51.100.2").status_code == 302


def test_a_successful_login_clears_only_its_own_addresss_failures(personas, behind_proxy):
    from socialstrategy.web.accounts.models import LoginFailure

    for _ in range(3):
        _login("alice", forwarded="203.0.113.7")
    _login("alice", forwarded="198.51.100.2")
    assert _login("alice", PASSWORD, forwarded="198.51.100.2").status_code == 302
    assert LoginFailure.objects.filter(address="203.0.113.7").count() == 3
    assert not LoginFailure.objects.filter(address="198.51.100.2").exists()


def test_check_deploy_asks_for_the_client_address_header_behind_a_proxy(settings):
    from socialstrategy.web.accounts.checks import check_client_address

    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.CLIENT_ADDRESS_HEADER = ""
    assert [m.id for m in check_client_address(None)] == ["socialstrategy.W001"]
    settings.CLIENT_ADDRESS_HEADER = "X-Forwarded-For"
    assert check_client_address(None) == []


def test_the_user_model_is_djangos():
    assert get_user_model()._meta.label == "auth.User"
