"""Logs carry no personal data: signing up, failing to sign in, registering a child,
its mails and a download leave no name, e-mail address or ticket in any log line."""

import logging
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from mint.log_redaction import KEY_IN_PATH, without_keys
from tests.factories import (
    CoursePageFactory,
    EventFactory,
    ParticipantFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

SECRETS = ["Jadwiga", "Wiśniewska", "jadwiga.w@example.org", "Zuzanna"]


def test_a_familys_journey_leaves_no_personal_data_in_the_logs(
    client, catalogue, caplog
):
    cache.clear()  # sign-in rate limits
    caplog.set_level(logging.DEBUG)
    event = EventFactory(
        course=CoursePageFactory(parent=catalogue, age_min=6, age_max=12),
        sessions__days=10,
    )
    client.post(
        reverse("account_signup"),
        {
            "email": "jadwiga.w@example.org",
            "password1": "a long password 123",
            "password2": "a long password 123",
        },
    )
    client.post(
        reverse("account_login"),
        {"login": "jadwiga.w@example.org", "password": "wrong"},
    )
    parent = UserFactory(
        email="jadwiga.w@example.com", first_name="Jadwiga", last_name="Wiśniewska"
    )
    child = ParticipantFactory(
        guardian=parent,
        first_name="Zuzanna",
        last_name="Wiśniewska",
        birth_date=timezone.localdate().replace(year=timezone.localdate().year - 8),
    )
    client.force_login(parent)
    client.post(
        reverse("events:register", args=[event.pk]), {"participants": [child.pk]}
    )
    ticket = str(child.registrations.get().ticket)
    client.get(reverse("events:my_registrations"))
    client.get(reverse("people:export_data"))
    client.get("/de/gibt-es-nicht/?email=jadwiga.w@example.org")  # a 404 is logged

    assert caplog.records, "the journey should have logged something"
    logged = "\n".join(
        f"{record.getMessage()} {record.args!r}" for record in caplog.records
    )
    for secret in [*SECRETS, ticket]:
        assert secret not in logged


def test_a_calendar_feeds_key_stays_out_of_the_request_log(client, caplog):
    """A 404 is logged with its path; the feed's key is not."""
    caplog.set_level(logging.DEBUG)

    response = client.get("/calendar/AnOldFeedKey-123.ics")

    assert response.status_code == 404
    assert "/calendar/[key].ics" in caplog.text
    assert "AnOldFeedKey-123" not in caplog.text


NGINX = Path(settings.BASE_DIR) / "scripts" / "deploy" / "nginx.conf"


def test_the_nginx_example_logs_paths_and_referrers_without_keys():
    """nginx writes its own access log; its maps hide the same keys as gunicorn's."""
    conf = NGINX.read_text()
    maps = re.findall(r'^map \S+ \$\S+ \{\n\s+"~(.+?)" "(.+?)";', conf, re.MULTILINE)
    assert len(maps) == 2  # the request line's path and the referrer
    prefixes = KEY_IN_PATH.pattern.split(")[^")[0].lstrip("(")
    for pattern, replacement in maps:
        assert f"(?:{prefixes}))" in pattern
        python = re.compile(pattern.replace("(?<", "(?P<"))
        as_logged = re.sub(r"\$\{(\w+)\}", r"\\g<\1>", replacement)
        for path, logged in [
            ("/de/calendar/Zr4Kx9.ics", "/de/calendar/[key].ics"),
            ("/pl/konto/zaproszenia/abc-123/", "/pl/konto/zaproszenia/[key]/"),
            ("/certificates/verify/ABCD2345/?x=1", "/certificates/verify/[key]/?x=1"),
        ]:
            assert python.sub(as_logged, path) == logged
            assert without_keys(path) == logged  # as gunicorn and Django log it
    servers = conf.split("server {")[1:]
    assert servers and all("access_log" in server for server in servers)
    assert all("mint_without_keys;" in server for server in servers)
