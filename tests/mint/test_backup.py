"""The documented backup and restore, tried once: scripts/backup.sh writes a file,
scripts/restore.sh brings the rows back into an empty database."""

import os
import shutil
import subprocess
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.db import connection

from tests.factories import ParticipantFactory, UserFactory

SCRIPTS = Path(settings.BASE_DIR) / "scripts"

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        connection.vendor != "postgresql" or not shutil.which("pg_dump"),
        reason="!!! PostgreSQL only (run through scripts/with-postgres.sh): "
        "the backup test is SKIPPED !!!",
    ),
    pytest.mark.django_db(transaction=True),  # pg_dump sees committed rows only
]


def url(name):
    db = connection.settings_dict
    return f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{name}"


def run(script, *args, database):
    return subprocess.run(
        [str(SCRIPTS / script), *map(str, args)],
        env={**os.environ, "DATABASE_URL": url(database)},
        capture_output=True,
        text=True,
        check=True,
    )


@pytest.fixture
def empty_database():
    name = connection.settings_dict["NAME"] + "_restored"
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    yield name
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_backup_restores_into_an_empty_database(tmp_path, empty_database):
    guardian = UserFactory(email="eltern@example.org")
    ParticipantFactory(guardian=guardian, first_name="Zdeněk", last_name="Šťastný")
    source = connection.settings_dict["NAME"]

    written = run("backup.sh", tmp_path / "mint.dump", database=source).stdout.strip()
    run("restore.sh", written, database=empty_database)

    with psycopg.connect(url(empty_database)) as restored:
        names = restored.execute(
            "SELECT first_name, last_name FROM people_participant"
        ).fetchall()
        migrations = restored.execute("SELECT count(*) FROM django_migrations")
        assert migrations.fetchone()[0] > 0
    assert names == [("Zdeněk", "Šťastný")]
    assert not list(tmp_path.glob("*.partial"))


def test_restoring_a_missing_file_says_so_and_changes_nothing(empty_database):
    with pytest.raises(subprocess.CalledProcessError) as failed:
        run("restore.sh", "/nonexistent.dump", database=empty_database)

    assert "cannot read" in failed.value.stderr
