"""The deployment files in scripts/deploy/ work with this code: gunicorn accepts its
configuration and loads the site, and every command the systemd units run exists."""

import configparser
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command, get_commands
from django_tasks_db.models import DBTaskResult

from events import tasks

DEPLOY = Path(settings.BASE_DIR) / "scripts" / "deploy"
GUNICORN = Path(sys.executable).with_name("gunicorn")


def test_gunicorn_loads_the_site_with_its_configuration(tmp_path):
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "mint.settings.production",
        "DJANGO_SECRET_KEY": "x" * 50,
        "DJANGO_ALLOWED_HOSTS": "mint.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    result = subprocess.run(
        [str(GUNICORN), "--check-config", "-c", str(DEPLOY / "gunicorn.conf.py")],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_the_access_log_leaves_out_query_strings():
    """Search words and codes travel in query strings: they stay out of the logs."""
    config = (DEPLOY / "gunicorn.conf.py").read_text()
    log_format = re.search(r"access_log_format = '(.*)'", config).group(1)
    assert "%(U)s" in log_format
    assert "%(r)s" not in log_format and "%(q)s" not in log_format


def test_the_access_log_leaves_out_keys_in_paths(tmp_path):
    """Calendar feeds and invitations are opened with the key in the path: gunicorn
    logs the request without it, and without it in the referrer."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "mint.settings.production",
        "DJANGO_SECRET_KEY": "x" * 50,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "1",
    }
    log = tmp_path / "gunicorn.log"
    with open(log, "wb") as output:
        server = subprocess.Popen(
            [str(GUNICORN), "-c", str(DEPLOY / "gunicorn.conf.py")]
            + ["--no-control-socket"],
            cwd=settings.BASE_DIR,
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        url = f"http://127.0.0.1:{port}"
        referrer = f"{url}/pl/konto/zaproszenia/ReferrerKey-789/"
        for path in ["/calendar/FeedKey-123.ics", "/pl/konto/zaproszenia/Key-456/"]:
            answer(f"{url}{path}", referrer, server)
    finally:
        server.terminate()
        server.wait(timeout=30)

    logged = log.read_text()
    assert '"GET /calendar/[key].ics HTTP/1.1" 301' in logged, logged
    assert '"GET /pl/konto/zaproszenia/[key]/ HTTP/1.1"' in logged
    for key in ["FeedKey-123", "Key-456", "ReferrerKey-789"]:
        assert key not in logged


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


def answer(url, referrer, server, timeout_s=60):
    """The status of `url` once the server is up. Plain HTTP is redirected to https
    by SecurityMiddleware, before any view: the request is logged all the same."""
    opener = urllib.request.build_opener(NoRedirects)
    request = urllib.request.Request(url, headers={"Referer": referrer})
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and server.poll() is None:
        try:
            with opener.open(request, timeout=10) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code
        except urllib.error.URLError:
            time.sleep(0.3)  # not listening yet
    raise AssertionError("gunicorn did not answer")


def test_every_command_the_units_run_exists():
    commands = set()
    for unit in DEPLOY.glob("mint-*"):
        text = unit.read_text()
        commands |= set(re.findall(r"manage\.py (\w+)", text))
        timer = re.fullmatch(r"mint-job@(\w+)\.timer", unit.name)
        if timer:
            commands.add(timer.group(1))
    assert {"db_worker", "send_reminders", "purge_past_data"} <= commands
    assert commands <= set(get_commands())


@pytest.mark.django_db(transaction=True)
def test_in_production_work_waits_in_the_database_for_the_worker(settings, catalogue):
    """With the production backend a task is stored, not run; `db_worker` runs it."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    result = tasks.purge_past_data.enqueue()
    assert not result.is_finished
    assert DBTaskResult.objects.get().status == "READY"

    call_command("db_worker", "--batch", "--no-startup-delay")

    assert DBTaskResult.objects.get().status == "SUCCESSFUL"


def unit(name):
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # systemd's keys are case-sensitive
    parser.read(DEPLOY / name)
    return parser


def test_the_worker_comes_back_after_any_database_outage():
    """db_worker exits when the database is gone; systemd restarts it, and never gives
    up (its default allows 5 starts in 10 s, then leaves the unit stopped)."""
    worker = unit("mint-worker.service")

    assert worker["Service"]["Restart"] == "always"
    assert int(worker["Service"]["RestartSec"]) >= 1
    assert worker["Unit"]["StartLimitIntervalSec"] == "0"
