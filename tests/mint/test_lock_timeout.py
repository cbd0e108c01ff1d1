"""A visitor whose change waits for a row someone else holds gets "please try again"
(503) after a few seconds, in their language, instead of a page that hangs for a
minute or more. PostgreSQL only (SQLite has no row locks)."""

import threading
import time

import psycopg
import pytest
from django.db import connection
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

from tests.factories import UserFactory

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.postgres,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="!!! PostgreSQL only (run through scripts/with-postgres.sh): "
        "the lock timeout test is SKIPPED on SQLite !!!",
    ),
]

HELD_FOR_S = 20


@pytest.fixture
def held_row():
    """Lock a person's row from another connection, for HELD_FOR_S seconds at most."""
    db = connection.settings_dict
    other = psycopg.connect(
        host=db["HOST"],
        port=db["PORT"],
        dbname=db["NAME"],
        user=db["USER"],
        password=db["PASSWORD"],
    )

    def hold(user):
        other.execute("SELECT 1 FROM people_user WHERE id = %s FOR UPDATE", [user.pk])
        timer = threading.Timer(HELD_FOR_S, other.rollback)
        timer.start()
        return timer

    yield hold
    other.rollback()
    other.close()


def test_a_change_behind_a_held_row_asks_to_try_again(home_page, held_row):
    user = UserFactory()
    client = Client(raise_request_exception=False)
    client.force_login(user)
    timer = held_row(user)

    started = time.monotonic()
    response = client.post(
        "/pl/konto/profil/",
        {"first_name": "Jadwiga", "last_name": "Nowak", "preferred_language": "pl"},
    )
    waited = time.monotonic() - started
    timer.cancel()

    assert response.status_code == 503
    assert waited < HELD_FOR_S
    with translation.override("pl"):
        assert gettext("Please try again in a moment") in response.content.decode()
