"""A fresh database for one bench run, gone afterwards.

PostgreSQL when DATABASE_URL points to a server (as `scripts/with-postgres.sh` sets it):
a new database `mint_bench_<pid>` is created through the given one and dropped at the
end. Otherwise a SQLite file in a temporary directory.
"""

import os
import shutil
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Throwaway:
    url: str
    description: str


@contextmanager
def throwaway_database():
    """Yield a `Throwaway` whose URL Django should use; remove the database after."""
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        with _postgres(url) as database:
            yield database
    elif url:
        raise SystemExit(f"bench: unsupported DATABASE_URL scheme: {url.split(':')[0]}")
    else:
        with _sqlite() as database:
            yield database


@contextmanager
def _postgres(admin_url):
    import psycopg
    from psycopg import sql

    name = f"mint_bench_{os.getpid()}"
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        url = urlsplit(admin_url)._replace(path=f"/{name}").geturl()
        yield Throwaway(url, f"PostgreSQL, throwaway database {name}")
    finally:
        _close_django_connections()
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                    sql.Identifier(name)
                )
            )


@contextmanager
def _sqlite():
    directory = tempfile.mkdtemp(prefix="mint-bench-")
    path = os.path.join(directory, "bench.sqlite3")
    try:
        yield Throwaway(
            f"sqlite:///{path}",
            f"SQLite (PostgreSQL not available: DATABASE_URL unset), throwaway file {path}",
        )
    finally:
        _close_django_connections()
        shutil.rmtree(directory, ignore_errors=True)


def _close_django_connections():
    from django.apps import apps

    if apps.ready:
        from django.db import connections

        connections.close_all()
