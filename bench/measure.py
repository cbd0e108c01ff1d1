"""Time requests in-process through Django's test client.

Each request is made a few times first (templates compiled, caches and connections
warm); the SQL queries are counted on the last warm-up, so that counting (which keeps
every query's SQL) does not weigh on the timed runs. Then the timed runs: wall time
around `client.get`, that is middleware, URL routing, view, queries and template.
"""

import datetime
import gc
import math
import re
import statistics
import time
from dataclasses import dataclass

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from . import seed as data
from .urls import FLOOR_PATH

CATALOGUE = "/de/kurse/"
RESULT_COUNT = re.compile(rb'data-result-count="(\d+)"')


@dataclass(frozen=True)
class Probe:
    label: str
    path: str


@dataclass
class Measurement:
    probe: Probe
    results: int | None
    queries: int
    times_ms: list

    @property
    def median(self):
        return statistics.median(self.times_ms)

    @property
    def p95(self):
        """Nearest-rank 95th percentile."""
        ordered = sorted(self.times_ms)
        return ordered[math.ceil(0.95 * len(ordered)) - 1]


def probes(seeded):
    """The requests to time: the floor, one course page, and catalogue filters."""
    month_from = timezone.localdate() + datetime.timedelta(days=30)
    month_to = month_from + datetime.timedelta(days=30)
    q = data.SEARCH_WORD
    return [
        Probe("floor: minimal view", FLOOR_PATH),
        Probe("course page", f"{CATALOGUE}{seeded.course_slug}/"),
        Probe("catalogue, no filter", CATALOGUE),
        Probe("age=9", f"{CATALOGUE}?age=9"),
        Probe(f"topic={data.TOPIC}&age=9", f"{CATALOGUE}?topic={data.TOPIC}&age=9"),
        Probe("country=PL&seats=on", f"{CATALOGUE}?country=PL&seats=on"),
        Probe(
            "one month, Saturdays",
            f"{CATALOGUE}?date_from={month_from:%Y-%m-%d}"
            f"&date_to={month_to:%Y-%m-%d}&weekday=6",
        ),
        Probe(f"q={q}", f"{CATALOGUE}?q={q}"),
        Probe(
            f"q={q}&age=9&town={data.TOWN}",
            f"{CATALOGUE}?q={q}&age=9&town={data.TOWN}",
        ),
        Probe("view=dates", f"{CATALOGUE}?view=dates"),
        Probe("page=50", f"{CATALOGUE}?page=50"),
    ]


def measure(probe, *, warmups, repeat, budget_s):
    """Warm up, count queries, then time up to `repeat` requests (fewer when one
    request type has used up `budget_s` seconds, so a slow one cannot stall the run)."""
    client = Client(HTTP_HOST="localhost")
    for _ in range(warmups - 1):
        _get(client, probe.path)
    with CaptureQueriesContext(connection) as captured:
        response = _get(client, probe.path)
    queries = len(captured)  # now: every later request empties the query log
    times = []
    gc.collect()
    spent = 0.0
    while len(times) < repeat and (spent < budget_s or not times):
        started = time.perf_counter()
        _get(client, probe.path)
        elapsed = time.perf_counter() - started
        spent += elapsed
        times.append(elapsed * 1000)
    return Measurement(probe, _result_count(response), queries, times)


def _get(client, path):
    response = client.get(path)
    if response.status_code != 200:
        raise SystemExit(f"bench: GET {path} answered {response.status_code}")
    return response


def _result_count(response):
    match = RESULT_COUNT.search(response.content)
    return int(match.group(1)) if match else None
