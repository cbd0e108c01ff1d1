"""Sign-in limits hold across app server processes: production counts them in one cache
(the database's, mint/migrations/0005), not in each gunicorn worker's memory.

Two gunicorn servers with the production settings on the test database, wrong
passwords for one account sent to each in turn: the sixth is refused, as allauth's
limit (five in five minutes, ACCOUNT_RATE_LIMITS) says. PostgreSQL only."""

import http.cookiejar
import json
import re
import urllib.parse
import urllib.request

import pytest
from django.core.cache import cache
from django.db import connection

from bench import load
from tests.factories import UserFactory
from tests.mint.test_settings import random_key, run

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.postgres,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="!!! PostgreSQL only (run through scripts/with-postgres.sh): "
        "the shared rate limit test is SKIPPED on SQLite !!!",
    ),
]

REFUSED = "Too many failed login attempts"


@pytest.fixture
def production_cache(settings):
    """The production cache (its table: tests/conftest.py, as `migrate` makes it)."""
    result = run(
        [
            "-c",
            "import json; from django.conf import settings;"
            "print(json.dumps(settings.CACHES))",
        ],
        "mint.settings.production",
        DJANGO_SECRET_KEY=random_key(),
    )
    assert result.returncode == 0, result.stderr
    settings.CACHES = json.loads(result.stdout)
    cache.clear()  # counters of an earlier run on a kept database


def sign_in(opener, url, email):
    """A wrong password for `email`; the page that answers. Both servers are asked
    for one host name, as behind nginx (allauth counts per site and address)."""
    address = f"{url}/en/accounts/login/"
    headers = {"Host": "127.0.0.1"}
    with opener.open(urllib.request.Request(address, headers=headers)) as response:
        page = response.read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    data = urllib.parse.urlencode(
        {"login": email, "password": "wrong", "csrfmiddlewaretoken": token}
    ).encode()
    request = urllib.request.Request(address, data=data, headers=headers)
    with opener.open(request, timeout=30) as response:
        return response.read().decode()


def test_wrong_passwords_are_counted_across_servers(
    production_cache, home_page, tmp_path
):
    email = UserFactory().email
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    database = load.database_url()

    with (
        load.server(database, workers=1, threads=1, log_dir=tmp_path / "a") as a,
        load.server(database, workers=1, threads=1, log_dir=tmp_path / "b") as b,
    ):
        answers = [sign_in(opener, url, email) for url in [a, b] * 3]

    assert [REFUSED in answer for answer in answers] == [False] * 5 + [True]
