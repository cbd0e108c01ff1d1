"""Registrations under load: many people booking the same few dates at once.

After the catalogue, on the same throwaway database: `events` dates of one course
(capacity 10, waiting list, ages not restricted) and `accounts` accounts with one
participant each. Then `clients` threads, each with its own database connection,
register the accounts one by one for random dates, all started together:

- through the service (`events.booking.register`), and
- through HTTP (`django.test.Client`, POST to the register view, no redirects
  followed: 302 = registered, 200 = refused with the form's error),

each once as it runs in production here (the immediate task backend renders and sends
every e-mail synchronously when the booking commits; the mails go to locmem) and once
with `events.tasks.send_registration_mail` replaced by a no-op, to show the e-mails'
share. Before each row the dates are emptied, so every row starts alike; after it the
invariant is checked: no date has more confirmed seats than its capacity.

Every call is timed (wall time, in the calling thread); a row stops after `total`
calls or `budget_s` seconds, whichever comes first.
"""

import datetime
import functools
import gc
import math
import random
import statistics
import threading
import time
from collections import Counter
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from types import SimpleNamespace
from unittest import mock

from django.core import mail
from django.db import connection, connections
from django.db.models import Sum
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from courses.models import CoursePage
from events import booking, tasks
from events.models import Event, Registration, Venue
from mint.people.models import Participant, User

from .seed import one_session_each

CAPACITY = 10
BUDGET_S = 12.0  # per row; four rows keep the whole part under about a minute
LANGUAGE = "de"


@dataclass
class Setup:
    event_ids: list
    accounts: list  # (user, participant id), the first one only for warming up
    timings: dict = field(default_factory=dict)


@dataclass
class Row:
    label: str
    clients: int
    times_ms: list
    elapsed_s: float
    outcomes: Counter  # per call: confirmed / waitlisted / busy / … or HTTP status
    confirmed: int = 0  # in the database afterwards
    waitlisted: int = 0
    overbooked: list = field(default_factory=list)  # (event id, seats, capacity)
    mails: int = 0

    @property
    def calls(self):
        return len(self.times_ms)

    @property
    def rate(self):
        return self.calls / self.elapsed_s if self.elapsed_s else 0.0

    @property
    def median(self):
        return statistics.median(self.times_ms) if self.times_ms else 0.0

    @property
    def p95(self):
        if not self.times_ms:
            return 0.0
        ordered = sorted(self.times_ms)
        return ordered[math.ceil(0.95 * len(ordered)) - 1]


def setup(events, accounts, seed_value=20250602):
    """The dates and the accounts; one extra account warms the code paths up."""
    rng = random.Random(seed_value)
    started = time.perf_counter()
    # Class-visit slots are booked for a class, not registered for (404 by address).
    course = (
        CoursePage.objects.exclude(format=CoursePage.Format.CLASS_VISIT)
        .order_by("pk")
        .first()
    )
    CoursePage.objects.filter(pk=course.pk).update(age_min=None, age_max=None)
    venue = Venue.objects.order_by("pk").first()
    created = Event.objects.bulk_create(
        Event(
            course_id=course.pk,
            label=f"Bench {n + 1}",
            venue=venue,
            capacity=CAPACITY,
            waiting_list=True,
            language=LANGUAGE,
            price=0,
        )
        for n in range(events)
    )
    event_ids = one_session_each(created, hour=10)
    users = User.objects.bulk_create(
        User(email=f"bench-reg{n}@example.org", password="!")
        for n in range(accounts + 1)
    )
    participants = Participant.objects.bulk_create(
        Participant(
            guardian=user,
            first_name=f"Kind{n}",
            last_name="Bench",
            birth_date=datetime.date(rng.randint(2008, 2018), rng.randint(1, 12), 1),
        )
        for n, user in enumerate(users)
    )
    result = Setup(
        event_ids, [(u, p.pk) for u, p in zip(users, participants, strict=True)]
    )
    result.timings["setup"] = time.perf_counter() - started
    return result


def run_all(data, *, clients, total=None, budget_s=BUDGET_S):
    """The four rows: service and HTTP, each with and without the e-mails."""
    accounts = data.accounts[1:]
    total = min(total or len(accounts), len(accounts))
    warm_up(data)
    rows = []
    for label, kind, mails in [
        ("service", _service, True),
        ("service, no e-mail", _service, False),
        ("HTTP", _http, True),
        ("HTTP, no e-mail", _http, False),
    ]:
        reset(data)
        with nullcontext() if mails else _without_mails():
            row = _run(label, kind, data, accounts[:total], clients, budget_s)
        _check(row, data)
        rows.append(row)
    return rows


def warm_up(data):
    """One registration each way (templates, QR code, translations), then undone."""
    user, participant_id = data.accounts[0]
    booking.register(
        event_id=data.event_ids[0], participant_ids=[participant_id], user=user
    )
    reset(data)
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    response = client.post(_url(data.event_ids[0]), {"participants": participant_id})
    if response.status_code != 302:
        raise SystemExit(f"bench: warm-up registration answered {response.status_code}")
    reset(data)


def reset(data):
    Registration.objects.filter(event_id__in=data.event_ids).delete()
    mail.outbox = []
    gc.collect()


@contextmanager
def _without_mails():
    stub = SimpleNamespace(enqueue=lambda *args, **kwargs: None)
    with mock.patch.object(tasks, "send_registration_mail", stub):
        yield


def _run(label, kind, data, accounts, clients, budget_s):
    """`clients` threads, each with its own share of the accounts and connection."""
    shares = [accounts[n::clients] for n in range(clients)]
    prepared = [kind.prepare(share) for share in shares]
    barrier = threading.Barrier(clients + 1)
    lock = threading.Lock()
    times, outcomes = [], Counter()
    stop = SimpleNamespace(at=None)

    def client(number):
        rng = random.Random(number)
        own_times, own_outcomes = [], Counter()
        try:
            connection.ensure_connection()
            barrier.wait(timeout=60)
            for job in prepared[number]:
                if time.perf_counter() >= stop.at:
                    break
                event_id = rng.choice(data.event_ids)
                started = time.perf_counter()
                outcome = kind.call(job, event_id)
                own_times.append((time.perf_counter() - started) * 1000)
                own_outcomes[outcome] += 1
        except Exception as error:  # noqa: BLE001 - reported, never hides a row
            own_outcomes[f"thread failed: {type(error).__name__}"] += 1
        finally:
            connections.close_all()
            with lock:
                times.extend(own_times)
                outcomes.update(own_outcomes)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    stop.at = time.perf_counter() + budget_s
    barrier.wait(timeout=60)
    started = time.perf_counter()
    for thread in threads:
        thread.join(timeout=budget_s + 60)
    elapsed = time.perf_counter() - started
    if any(thread.is_alive() for thread in threads):
        outcomes["threads still running"] += sum(t.is_alive() for t in threads)
    return Row(label, clients, times, elapsed, outcomes, mails=len(mail.outbox))


class _service:
    """`booking.register` straight away: the rules, the lock, the commit, the mails."""

    @staticmethod
    def prepare(share):
        return share

    @staticmethod
    def call(job, event_id):
        user, participant_id = job
        try:
            created = booking.register(
                event_id=event_id, participant_ids=[participant_id], user=user
            )
        except booking.RegistrationError as error:
            return error.code
        except Exception as error:  # noqa: BLE001 - counted, the run goes on
            return type(error).__name__
        return created[0].status


class _http:
    """A logged-in POST to the register view; each account's client is logged in
    beforehand (here, in the main thread: on SQLite the session writes of eight
    threads would lock each other out before the run begins)."""

    @staticmethod
    def prepare(share):
        jobs = []
        for user, participant_id in share:
            client = Client(HTTP_HOST="localhost")
            client.force_login(user)
            jobs.append((client, participant_id))
        return jobs

    @staticmethod
    def call(job, event_id):
        client, participant_id = job
        try:
            response = client.post(_url(event_id), {"participants": participant_id})
        except Exception as error:  # noqa: BLE001 - counted, the run goes on
            return type(error).__name__
        if response.status_code == 200:
            return "200 busy" if _busy_text() in response.content else "200 refused"
        return str(response.status_code)


def _url(event_id):
    with translation.override(LANGUAGE):
        return reverse("events:register", args=[event_id])


@functools.cache
def _busy_text():
    """The "please try again" message as the German page shows it."""
    with translation.override(LANGUAGE):
        return escape(str(booking.MESSAGES["busy"])).encode()


def _check(row, data):
    """Seats per date against capacity, and the totals, from the database."""
    capacities = dict(
        Event.objects.filter(pk__in=data.event_ids).values_list("pk", "capacity")
    )
    seats = dict(
        Registration.objects.confirmed()
        .filter(event_id__in=data.event_ids)
        .values("event_id")
        .annotate(total=Sum("seats"))
        .values_list("event_id", "total")
    )
    row.overbooked = [
        (pk, seats[pk], capacity)
        for pk, capacity in capacities.items()
        if seats.get(pk, 0) > capacity
    ]
    registrations = Registration.objects.filter(event_id__in=data.event_ids)
    row.confirmed = registrations.confirmed().count()
    row.waitlisted = registrations.filter(status=Registration.Status.WAITLISTED).count()


def report(data, rows, options, say):
    vendor = connection.vendor
    say()
    say(
        f"**Registrations** · {len(data.event_ids)} dates x {CAPACITY} seats "
        f"(waiting list) · {len(data.accounts) - 1} accounts · "
        f"{options.reg_clients} client threads · setup {data.timings['setup']:.1f} s"
    )
    say()
    say(
        "| path | calls | per s | median ms | p95 ms | outcomes per call "
        "| confirmed | waiting | e-mails |"
    )
    say("|---|---:|---:|---:|---:|---|---:|---:|---:|")
    for row in rows:
        outcomes = ", ".join(f"{k} {v}" for k, v in sorted(row.outcomes.items()))
        say(
            f"| {row.label} | {row.calls} | {row.rate:.1f} | {row.median:.1f} "
            f"| {row.p95:.1f} | {outcomes or '–'} | {row.confirmed} "
            f"| {row.waitlisted} | {row.mails} |"
        )
    say()
    overbooked = [(row.label, *o) for row in rows for o in row.overbooked]
    if overbooked:
        listed = "; ".join(
            f"{label}: event {pk} has {seats} of {capacity}"
            for label, pk, seats, capacity in overbooked
        )
        say(f"overbooked events: {len(overbooked)} ({listed})")
    else:
        say("overbooked events: 0")
    say(
        "waiting list total: "
        + ", ".join(f"{row.label} {row.waitlisted}" for row in rows)
        + f" (sum {sum(row.waitlisted for row in rows)})"
    )
    say()
    say(
        f"Each row starts from empty dates; every account registers once for a random "
        f"date; at most {BUDGET_S:g} s per row. Latency = wall time per call in its "
        "thread (service: `booking.register`; HTTP: POST through the test client, "
        "302 = registered, 200 = refused). per s = calls / elapsed wall time. "
        "e-mails = messages in the locmem outbox (sent synchronously on commit by "
        "the immediate task backend)."
    )
    if vendor == "sqlite":
        say(
            "SQLite serialises every writer: concurrent bookings wait up to its "
            'timeout and then fail with "database is locked", counted as busy.'
        )
