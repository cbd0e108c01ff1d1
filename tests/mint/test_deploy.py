"""The deployment files in scripts/deploy/ work with this code: gunicorn accepts its
configuration and loads the site, and every command the systemd units run exists."""

import configparser
import os
import re
import subprocess
import sys
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
