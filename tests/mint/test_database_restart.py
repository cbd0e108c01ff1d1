"""After PostgreSQL restarts, the site's kept connections are dead: the next requests
open new ones instead of answering with an error page.

gunicorn with the production settings (persistent connections) on the test database;
the restart is simulated by ending every server process of the site's connections
(pg_terminate_backend), which is what a restart does to them. PostgreSQL only."""

import urllib.error
import urllib.request

import pytest
from django.db import connection

from bench import load

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.postgres,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="!!! PostgreSQL only (run through scripts/with-postgres.sh): "
        "the database restart test is SKIPPED on SQLite !!!",
    ),
]


def status_of(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def end_the_sites_connections():
    """What a restart does to the connections gunicorn keeps: they are gone."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            " AND usename = current_user"
        )
        return cursor.fetchone()[0]


def test_requests_after_a_database_restart_are_answered(home_page, tmp_path):
    with load.server(
        load.database_url(), workers=1, threads=2, log_dir=tmp_path
    ) as url:
        pages = [f"{url}/de/", f"{url}/healthz"]
        assert {status_of(page) for page in pages * 5} == {200}

        assert end_the_sites_connections() >= 1

        statuses = [status_of(page) for page in pages * 20]

    assert statuses == [200] * 40, (tmp_path / "gunicorn.log").read_text()[-3000:]
