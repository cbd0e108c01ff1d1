"""While the database cannot be reached (restarting, gone, a lock held too long) the
visitor gets 503 "please try again in a moment" in their language, with Retry-After,
not the 500 error page; monitors get 503 from /healthz."""

import pytest
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.utils import InterfaceError, OperationalError
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def fail_queries(monkeypatch, error):
    """Every query from now on raises `error`."""

    def refuse(self):
        raise error

    monkeypatch.setattr(BaseDatabaseWrapper, "ensure_connection", refuse)


@pytest.fixture
def database_down(monkeypatch):
    """Call it and the database is down, as a server that is restarting."""
    return lambda: fail_queries(
        monkeypatch, OperationalError("the database system is shutting down")
    )


def expected_text(language):
    with translation.override(language):
        return gettext("Please try again in a moment")


@pytest.mark.parametrize("language", ["pl", "cs"])
def test_a_page_answers_503_in_the_visitors_language(
    home_page, database_down, language
):
    database_down()

    response = Client(raise_request_exception=False).get(f"/{language}/")

    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert expected_text(language) in html


def test_a_signed_in_visitor_whose_session_cannot_be_read_gets_503_too(
    home_page, database_down
):
    """The session is read in a middleware, before any view: still no 500."""
    client = Client(raise_request_exception=False)
    client.force_login(UserFactory())
    database_down()

    response = client.get("/cs/ucet/")

    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    assert expected_text("cs") in response.content.decode()


def test_a_lost_connection_answers_503(home_page, monkeypatch):
    fail_queries(monkeypatch, InterfaceError("connection already closed"))

    response = Client(raise_request_exception=False).get("/pl/")

    assert response.status_code == 503


def test_healthz_answers_503_with_retry_after(database_down):
    database_down()

    response = Client(raise_request_exception=False).get("/healthz")

    assert response.status_code == 503
    assert response["Retry-After"] == "10"


def test_any_other_error_is_still_the_500_page(home_page, monkeypatch):
    fail_queries(monkeypatch, RuntimeError("a bug, not an outage"))

    response = Client(raise_request_exception=False).get("/pl/")

    assert response.status_code == 500
    assert "Przepraszamy" in response.content.decode()
