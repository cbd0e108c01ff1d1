"""Settings are read from the environment; production refuses to start without a key."""

import json
import os
import secrets
import string
import subprocess
import sys
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress

from tests.factories import UserFactory

BASE_DIR = Path(__file__).resolve().parents[2]
PRINT_DATABASE = (
    "from django.conf import settings; db = settings.DATABASES['default'];"
    "print(db['ENGINE'], db['NAME'], db['HOST'], db['PORT'], db['USER'])"
)


def run(args, settings_module, **env):
    """Run the project's Python in a clean environment with these variables."""
    clean = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL"))
    }
    clean.update(DJANGO_SETTINGS_MODULE=settings_module, **env)
    return subprocess.run(
        [sys.executable, *args],
        cwd=BASE_DIR,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )


def random_key():
    alphabet = string.ascii_letters + string.digits + string.punctuation
    return "".join(secrets.choice(alphabet) for _ in range(50))


def test_production_refuses_to_start_without_a_secret_key():
    result = run(["-c", "import django; django.setup()"], "mint.settings.production")
    assert result.returncode != 0
    assert "KeyError" in result.stderr
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_production_passes_the_deployment_checks():
    result = run(
        ["manage.py", "check", "--deploy"],
        "mint.settings.production",
        DJANGO_SECRET_KEY=random_key(),
        DJANGO_ALLOWED_HOSTS="mint.example.org",
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "no issues" in output, output


@pytest.mark.parametrize(
    "settings_module",
    ["mint.settings.base", "mint.settings.dev", "mint.settings.test"]
    + ["mint.settings.production"],
)
def test_every_settings_module_uses_database_url(settings_module):
    result = run(
        ["-c", PRINT_DATABASE],
        settings_module,
        DATABASE_URL="postgres://u:p@h:5432/d",
        DJANGO_SECRET_KEY=random_key(),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.db.backends.postgresql",
        "d",
        "h",
        "5432",
        "u",
    ]


def test_without_database_url_the_site_runs_on_sqlite():
    result = run(["-c", PRINT_DATABASE], "mint.settings.dev")
    assert result.returncode == 0, result.stderr
    engine, name = result.stdout.split()[:2]
    assert engine == "django.db.backends.sqlite3"
    assert name.endswith("db.sqlite3")


@pytest.mark.postgres
@pytest.mark.django_db
def test_postgresql_runs_without_jit():
    """JIT compiling cost more than the account pages' queries took (make bench)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("!!! PostgreSQL only (run through scripts/with-postgres.sh) !!!")
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"


PRINT_CACHE = "from django.conf import settings; print(settings.CACHES['default'])"


@pytest.mark.parametrize(
    "redis, backend",
    [
        ("", "django.core.cache.backends.db.DatabaseCache"),
        ("redis://cache:6379/0", "django.core.cache.backends.redis.RedisCache"),
    ],
)
def test_production_shares_its_cache_between_workers(redis, backend):
    """Sign-in limits count in this cache: never one per gunicorn worker."""
    environment = {"REDIS_URL": redis} if redis else {}
    result = run(
        ["-c", PRINT_CACHE],
        "mint.settings.production",
        DJANGO_SECRET_KEY=random_key(),
        **environment,
    )
    assert result.returncode == 0, result.stderr
    assert backend in result.stdout


PRINT_COOKIES = (
    "import json; from django.conf import settings; print(json.dumps({name:"
    " getattr(settings, name) for name in dir(settings) if '_COOKIE_' in name}))"
)


@pytest.mark.django_db
def test_production_cookies_are_host_only_and_https_only(client, settings):
    """The __Host- prefix: browsers refuse such a cookie unless it is Secure, has
    Path=/ and no Domain, so a subdomain or a plain-HTTP page cannot plant one."""
    result = run(
        ["-c", PRINT_COOKIES], "mint.settings.production", DJANGO_SECRET_KEY="x" * 50
    )
    assert result.returncode == 0, result.stderr
    for name, value in json.loads(result.stdout).items():
        setattr(settings, name, value)
    assert settings.SESSION_COOKIE_NAME == "__Host-sessionid"
    assert settings.CSRF_COOKIE_NAME == "__Host-csrftoken"
    user = UserFactory()
    EmailAddress.objects.create(user=user, email=user.email, verified=True)

    form = client.get("/de/accounts/login/", secure=True)
    signed_in = client.post(
        "/de/accounts/login/",
        {"login": user.email, "password": "demo-password"},
        secure=True,
    )

    assert signed_in.status_code == 302
    for response, name in [(form, "__Host-csrftoken"), (signed_in, "__Host-sessionid")]:
        cookie = response.cookies[name]
        assert cookie["secure"] and cookie["path"] == "/" and not cookie["domain"]
