"""The load test: browsing and registrations at once, against gunicorn on PostgreSQL.

On the bench's throwaway database, after the catalogue is seeded:

1. `setup`: a handful of dates with few seats (`CAPACITIES`; all but one with a
   waiting list), each of its own course for ages 6 to 14, and `families` accounts
   with one to three children: the first aged 7 to 13, siblings 4 to 16 (some do
   not fit the courses: the form says so). Every `SIGN_IN_EVERY`-th family has a
   password and signs in through allauth's form; the others get a session made
   here, as a parent who chose "remember me" comes back with one.
2. `server`: gunicorn with the production settings made fit for loopback
   (`bench.load_settings`), `WORKERS` workers of `THREADS` threads (as on a 2-core
   server), on 127.0.0.1 and a free port; warmed up with a few requests of each
   kind.
3. `drive`: `bench.load_client` in its own process, locust headless: `users`
   simulated people (visitors : parents = 3 : 2) for `seconds` seconds, then it stops.
4. `check`: from the database, no date has more confirmed seats than its capacity,
   and each date's waiting list is in order (every confirmed registration came before
   every waiting one, no seat is free while someone waits, nobody waits for a date
   without a waiting list).
5. `report`: requests per second, p50/p95/p99 latency and errors, overall and per
   kind of request, and what became of the registrations.

Bounded by construction: a fixed number of users, a fixed run time (the client
process is killed if it overruns by a minute), loopback only.
"""

import datetime
import json
import math
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session as DjangoSession
from django.db import connection, transaction
from django.db.models import Sum
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.crypto import get_random_string
from django.utils.html import escape

from courses.models import CoursePage
from events import booking
from events.models import Event, Registration, Venue
from mint.people.models import Participant, User

from . import seed as catalogue_seed

ROOT = Path(__file__).resolve().parents[1]
LANGUAGE = "de"
CAPACITIES = [2, 3, 3, 4, 5, 3]  # the last date has no waiting list
FAMILIES = 300
SIGN_IN_EVERY = 4
PASSWORD = "bench-load-password"  # a throwaway database's accounts
WORKERS = 3
THREADS = 2
COURSE_PAGES = 300  # course pages the visitors pick from
OVERRUN_S = 60


@dataclass
class LoadData:
    event_ids: list
    capacities: dict
    waiting_list: dict
    accounts: list  # dicts for the client: email and password, or a session key
    course_paths: list
    timings: dict = field(default_factory=dict)


@dataclass
class Result:
    users: int
    seconds: int
    workers: int
    threads: int
    elapsed: float
    user_classes: dict
    samples: list  # [name, ms, status, ok]
    outcomes: Counter
    errors: list
    exceptions: list = field(default_factory=list)  # the client's tasks that raised
    log: str = ""  # the client's output
    server_log: str = ""  # gunicorn's and Django's, warnings and errors

    def rows(self):
        """(name, samples) overall first, then each kind of request by name."""
        by_name = defaultdict(list)
        for sample in self.samples:
            by_name[sample[0]].append(sample)
        return [("all requests", self.samples), *sorted(by_name.items())]


@dataclass
class Check:
    dates: int = 0
    overbooked: list = field(default_factory=list)  # (event id, seats, capacity)
    out_of_order: list = field(default_factory=list)  # (event id, what)
    confirmed: int = 0
    waitlisted: int = 0
    cancelled: int = 0
    seats: int = 0


def setup(families=FAMILIES, seed_value=20250603):
    """The dates, the families and their sessions; returns a `LoadData`."""
    rng = random.Random(seed_value)
    started = time.perf_counter()
    with transaction.atomic():
        event_ids, capacities, waiting = _dates()
        accounts = _families(families, rng)
    slugs = list(
        CoursePage.objects.live()
        .exclude(format=CoursePage.Format.CLASS_VISIT)
        .order_by("pk")
        .values_list("slug", flat=True)[:COURSE_PAGES]
    )
    with translation.override(LANGUAGE):
        index = reverse("wagtail_serve", args=["kurse/"])
    data = LoadData(
        event_ids, capacities, waiting, accounts, [f"{index}{s}/" for s in slugs]
    )
    data.timings["setup"] = time.perf_counter() - started
    return data


def _dates():
    """One date per course, on different days a month ahead, registration open."""
    courses = list(
        CoursePage.objects.exclude(format=CoursePage.Format.CLASS_VISIT).order_by(
            "-pk"
        )[: len(CAPACITIES)]
    )
    CoursePage.objects.filter(pk__in=[c.pk for c in courses]).update(
        age_min=6,
        age_max=14,
        age_rule=CoursePage.AgeRule.EXACT,
        format=CoursePage.Format.WORKSHOP,
        cancellation_days=1,
    )
    venue = Venue.objects.order_by("pk").first()
    events = Event.objects.bulk_create(
        Event(
            course_id=course.pk,
            label="Lasttest",
            venue=venue,
            capacity=capacity,
            waiting_list=n < len(CAPACITIES) - 1,
            language=LANGUAGE,
            price=0,
        )
        for n, (course, capacity) in enumerate(zip(courses, CAPACITIES, strict=True))
    )
    ids = catalogue_seed.one_session_each(events, hour=15)
    return (
        ids,
        {e.pk: e.capacity for e in events},
        {e.pk: e.waiting_list for e in events},
    )


def _families(count, rng):
    """Accounts with verified addresses and children; passwords or sessions."""
    hasher = PBKDF2PasswordHasher()  # production's, whatever the bench settings use
    password = hasher.encode(PASSWORD, hasher.salt())
    users = User.objects.bulk_create(
        User(
            email=f"bench-load{n}@example.org",
            password=password if n % SIGN_IN_EVERY == 0 else "!",
        )
        for n in range(count)
    )
    EmailAddress.objects.bulk_create(
        EmailAddress(user=user, email=user.email, verified=True, primary=True)
        for user in users
    )
    today = timezone.localdate()
    Participant.objects.bulk_create(
        Participant(
            guardian=user,
            first_name=f"Kind{n + 1}",
            last_name=f"Familie{user.pk}",
            # The first child fits the dates' ages (6 to 14), a sibling may not.
            birth_date=today
            - datetime.timedelta(
                days=int(
                    365.25 * (rng.randint(7, 13) if n == 0 else rng.randint(4, 16))
                )
                + rng.randint(0, 300)
            ),
        )
        for user in users
        for n in range(rng.choice([1, 1, 2, 2, 2, 3]))
    )
    accounts, sessions = [], []
    expires = timezone.now() + datetime.timedelta(days=14)
    for n, user in enumerate(users):
        if n % SIGN_IN_EVERY == 0:
            accounts.append({"email": user.email, "password": PASSWORD})
            continue
        key = get_random_string(32, "abcdefghijklmnopqrstuvwxyz0123456789")
        store = SessionStore()
        data = {
            SESSION_KEY: str(user.pk),
            BACKEND_SESSION_KEY: settings.AUTHENTICATION_BACKENDS[0],
            HASH_SESSION_KEY: user.get_session_auth_hash(),
        }
        sessions.append(
            DjangoSession(
                session_key=key, session_data=store.encode(data), expire_date=expires
            )
        )
        accounts.append({"email": user.email, "session": key})
    DjangoSession.objects.bulk_create(sessions)
    return accounts


def plan(data, base_url, *, users, seconds, seed_value=20250604):
    """What the client process needs, as plain JSON."""
    with translation.override(LANGUAGE):
        register = reverse("events:register", args=[987654321])
        return {
            "host": base_url,
            "host_name": "127.0.0.1",
            "users": users,
            "seconds": seconds,
            "spawn_rate": max(5, users // 4),
            "seed": seed_value,
            "catalogue": reverse("wagtail_serve", args=["kurse/"]),
            "finder": reverse("events:class_visit_finder"),
            "login": reverse("account_login"),
            "account": reverse("people:account"),
            "register": register.replace("987654321", "{id}"),
            "my_registrations": reverse("events:my_registrations"),
            "event_ids": data.event_ids,
            "accounts": data.accounts,
            "course_paths": data.course_paths,
            "topics": [slug for _name, slug, _icon in catalogue_seed.TOPICS],
            "town": catalogue_seed.TOWN,
            "search_word": catalogue_seed.SEARCH_WORD,
            "busy_text": escape(str(booking.MESSAGES["busy"])),
            "full_text": escape(str(booking.MESSAGES["full"])),
        }


# The server


def database_url():
    """The URL of the database Django is connected to, for the server's processes."""
    db = connection.settings_dict
    if connection.vendor != "postgresql":
        raise SystemExit("bench: the load test needs PostgreSQL (DATABASE_URL)")
    auth = quote(db["USER"], safe="") + (
        f":{quote(db['PASSWORD'], safe='')}" if db["PASSWORD"] else ""
    )
    return f"postgres://{auth}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}"


@contextmanager
def server(database, *, workers=WORKERS, threads=THREADS, log_dir):
    """gunicorn on 127.0.0.1 and a free port, stopped afterwards; yields its URL."""
    port = _free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.load_settings",
        "DATABASE_URL": database,
        "DJANGO_SECRET_KEY": settings.SECRET_KEY,  # the sessions made in `setup`
    }
    log_path = Path(log_dir) / "gunicorn.log"
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "mint.wsgi:application",
        f"--bind=127.0.0.1:{port}",
        f"--workers={workers}",
        f"--threads={threads}",
        "--worker-class=gthread",
        "--timeout=60",
        "--graceful-timeout=3",
        "--no-control-socket",
        "--log-level=warning",
        f"--chdir={ROOT}",
    ]
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url, process, log_path)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_up(url, process, log_path, timeout_s=90):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"bench: gunicorn stopped:\n{_tail(log_path)}")
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=5) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.3)
    raise SystemExit(f"bench: gunicorn did not answer in {timeout_s} s")


def warm_up(url, the_plan, *, rounds, workers):
    """Each kind of page a few times, so that every worker has loaded what it needs
    before the clock runs (requests land on whichever worker is free)."""
    paths = [
        the_plan["catalogue"],
        f"{the_plan['catalogue']}?age=9",
        the_plan["course_paths"][0],
        the_plan["finder"],
        the_plan["login"],
    ]
    for _ in range(rounds * workers):
        for path in paths:
            try:
                with urllib.request.urlopen(f"{url}{path}", timeout=60) as response:
                    response.read()
            except urllib.error.HTTPError as error:
                raise SystemExit(f"bench: warm-up GET {path}: {error.code}") from error


# The client


def drive(the_plan, *, workers=WORKERS, threads=THREADS, log_dir):
    """Run the locust client process to its end; returns a `Result`."""
    plan_path = Path(log_dir) / "plan.json"
    result_path = Path(log_dir) / "result.json"
    log_path = Path(log_dir) / "locust.log"
    plan_path.write_text(json.dumps(the_plan), encoding="utf-8")
    command = [sys.executable, "-m", "bench.load_client", str(plan_path)]
    with open(log_path, "wb") as log:
        try:
            subprocess.run(
                [*command, str(result_path)],
                cwd=ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
                timeout=the_plan["seconds"] + OVERRUN_S,
                check=True,
            )
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
            raise SystemExit(
                f"bench: load client: {error}\n{_tail(log_path)}"
            ) from error
    raw = json.loads(result_path.read_text(encoding="utf-8"))
    return Result(
        users=the_plan["users"],
        seconds=the_plan["seconds"],
        workers=workers,
        threads=threads,
        elapsed=raw["elapsed"],
        user_classes=raw["users"],
        samples=raw["samples"],
        outcomes=Counter(raw["outcomes"]),
        errors=raw["errors"],
        exceptions=raw["exceptions"],
        log=log_path.read_text(encoding="utf-8", errors="replace"),
    )


def _tail(path, lines=30):
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def run(
    data,
    *,
    users,
    seconds,
    database=None,
    workers=WORKERS,
    threads=THREADS,
    warm_up_rounds=2,
):
    """Server up, warm, load, server down; returns the `Result`."""
    with tempfile.TemporaryDirectory(prefix="mint-load-") as log_dir:
        started = time.perf_counter()
        with server(
            database or database_url(),
            workers=workers,
            threads=threads,
            log_dir=log_dir,
        ) as url:
            data.timings["server start"] = time.perf_counter() - started
            the_plan = plan(data, url, users=users, seconds=seconds)
            started = time.perf_counter()
            warm_up(url, the_plan, rounds=warm_up_rounds, workers=workers)
            data.timings["warm-up"] = time.perf_counter() - started
            result = drive(the_plan, workers=workers, threads=threads, log_dir=log_dir)
            started = time.perf_counter()
        data.timings["server stop"] = time.perf_counter() - started
        result.server_log = _tail(Path(log_dir) / "gunicorn.log", lines=2000)
        return result


# Afterwards


def check(data):
    """Seats against capacity and the order of each waiting list, from the database,
    all read from one snapshot (should a last request still be committing)."""
    nested = connection.in_atomic_block  # a test's transaction: its snapshot
    with transaction.atomic():
        if connection.vendor == "postgresql" and not nested:
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        return _check(data)


def _check(data):
    result = Check(dates=len(data.event_ids), seats=sum(data.capacities.values()))
    registrations = Registration.objects.filter(event_id__in=data.event_ids)
    seats = dict(
        registrations.confirmed()
        .values("event_id")
        .annotate(total=Sum("seats"))
        .values_list("event_id", "total")
    )
    for event_id in data.event_ids:
        capacity, taken = data.capacities[event_id], seats.get(event_id, 0)
        if taken > capacity:
            result.overbooked.append((event_id, taken, capacity))
        statuses = list(
            registrations.active()
            .filter(event_id=event_id)
            .order_by("created_at", "pk")
            .values_list("status", flat=True)
        )
        waiting = Registration.Status.WAITLISTED
        if waiting in statuses:
            first_waiting = statuses.index(waiting)
            if Registration.Status.CONFIRMED in statuses[first_waiting:]:
                result.out_of_order.append(
                    (event_id, "confirmed after someone waiting")
                )
            if taken < capacity:
                result.out_of_order.append((event_id, "a seat free while people wait"))
            if not data.waiting_list[event_id]:
                result.out_of_order.append((event_id, "waiting without a waiting list"))
    result.confirmed = registrations.confirmed().count()
    result.waitlisted = registrations.waitlisted().count()
    result.cancelled = registrations.filter(
        status=Registration.Status.CANCELLED
    ).count()
    return result


def percentile(values, fraction):
    """Nearest-rank percentile of a non-empty list."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def failures(samples):
    return [s for s in samples if not s[3]]


def report(data, result, checked, say):
    classes = ", ".join(
        f"{n} {name.lower()}s" for name, n in sorted(result.user_classes.items())
    )
    say()
    say(
        f"**Load** · gunicorn {result.workers} workers x {result.threads} threads "
        f"(bench.load_settings) on 127.0.0.1 · {_vendor()} · {result.users} users "
        f"({classes}) for {result.seconds} s · {checked.dates} dates, "
        f"{checked.seats} seats · {len(data.accounts)} families · "
        + ", ".join(f"{name} {s:.1f} s" for name, s in data.timings.items())
    )
    say()
    say("| request | requests | per s | p50 ms | p95 ms | p99 ms | errors |")
    say("|---|---:|---:|---:|---:|---:|---:|")
    for name, samples in result.rows():
        if not samples:
            continue
        times = [s[1] for s in samples]
        bad = len(failures(samples))
        label = f"**{name}**" if name == "all requests" else f"`{name}`"
        say(
            f"| {label} | {len(samples)} | {len(samples) / result.elapsed:.1f} "
            f"| {percentile(times, 0.5):.0f} | {percentile(times, 0.95):.0f} "
            f"| {percentile(times, 0.99):.0f} | {bad} ({bad / len(samples):.1%}) |"
        )
    say()
    bad = failures(result.samples)
    statuses = Counter(s[2] for s in bad)
    server_errors = sum(n for status, n in statuses.items() if status >= 500)
    say(
        f"error rate: {len(bad) / max(1, len(result.samples)):.2%} "
        f"({len(bad)} of {len(result.samples)}; 5xx {server_errors}, "
        f"no answer {statuses.get(0, 0)}, "
        f"other {len(bad) - server_errors - statuses.get(0, 0)})"
    )
    for line in result.errors[:5]:
        say(f"  e.g. {line}")
    if server_errors:
        say("the server's log on the first error:")
        say(first_traceback(result.server_log))
    if result.exceptions:
        say(f"the client's tasks raised {len(result.exceptions)} kinds of exceptions:")
        say(result.exceptions[0])
    outcomes = ", ".join(f"{k} {v}" for k, v in sorted(result.outcomes.items()))
    say(f"parents saw: {outcomes or '–'}")
    say(
        f"registrations confirmed: {checked.confirmed}, waitlisted: "
        f"{checked.waitlisted}, cancelled: {checked.cancelled} "
        f"(capacity {checked.seats})"
    )
    if checked.overbooked:
        listed = "; ".join(
            f"event {pk} has {seats} of {capacity}"
            for pk, seats, capacity in checked.overbooked
        )
        say(f"overbooked: {len(checked.overbooked)} ({listed})")
    else:
        say("overbooked: 0")
    if checked.out_of_order:
        listed = "; ".join(f"event {pk}: {what}" for pk, what in checked.out_of_order)
        say(f"waiting lists out of order: {len(checked.out_of_order)} ({listed})")
    else:
        say(f"waiting lists in order: {checked.dates} of {checked.dates} dates")
    say()
    say(
        f"Over HTTP on loopback, the locust client (FastHttpUser, its own process) on "
        f"the same machine as the server and PostgreSQL. per s = requests / "
        f"{result.elapsed:.1f} s of run time (ramp-up included); latency = time to "
        "the full response as the client saw it. An error is any status the request "
        "may not give (a refused registration comes back as the form, 200: "
        "expected), a redirect to the wrong place, or no answer."
    )


def first_traceback(log, lines=40):
    text = log.splitlines()
    start = next((n for n, line in enumerate(text) if "Traceback" in line), None)
    if start is None:
        return "\n".join(text[-lines:])
    return "\n".join(text[max(0, start - 2) : start + lines])


def _vendor():
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return f"PostgreSQL {cursor.fetchone()[0]}"
