"""The load test's machinery (`bench/load.py`), end to end and briefly.

Correctness only: timings belong in `make bench`. A few simulated visitors and parents
for a few seconds against gunicorn (one worker) on the test database: no server
error, every request answered as it may be, somebody registered, nobody overbooked,
every waiting list in order. And the check itself sees an overbooking and a waiting
list out of order when there is one.

gunicorn reads only committed rows, so the run is a transactional test; it needs
PostgreSQL (the load test refuses SQLite) and skips loudly without it.
"""

import pytest
from django.db import connection

from bench import load
from bench.seed import seed
from events.models import Registration
from mint.people.models import Participant

Status = Registration.Status


@pytest.fixture
def load_data(home_page):
    """A small catalogue (the bench's own seed), the load test's dates and families.
    `home_page` brings back the page tree's root and locales a flush removed."""
    seed(courses=30, events=60)
    return load.setup(families=12)


@pytest.mark.django_db(transaction=True)
@pytest.mark.postgres
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="!!! PostgreSQL only (run through scripts/with-postgres.sh): "
    "the load test end to end is SKIPPED on SQLite !!!",
)
def test_a_short_run_serves_everyone_and_overbooks_nobody(load_data):
    result = load.run(
        load_data, users=4, seconds=8, workers=1, threads=2, warm_up_rounds=0
    )
    checked = load.check(load_data)

    server_errors = [s for s in result.samples if s[2] >= 500]
    assert server_errors == [], load.first_traceback(result.server_log)
    assert load.failures(result.samples) == [], result.errors
    assert result.exceptions == [], result.exceptions[0]
    names = {sample[0] for sample in result.samples}
    assert "register: POST" in names  # every parent registers a child on arrival
    assert result.outcomes["registered"] >= 1, result.outcomes
    assert checked.confirmed + checked.waitlisted >= 1
    assert checked.overbooked == []
    assert checked.out_of_order == []


@pytest.mark.django_db
def test_the_check_sees_an_overbooking_and_a_waiting_list_out_of_order(load_data):
    first, second, *_, last = load_data.event_ids
    capacity = load_data.capacities[first]
    children = list(Participant.objects.order_by("pk")[: capacity + 2])

    def registration(event_id, child, status):
        Registration.objects.create(event_id=event_id, participant=child, status=status)

    # First date: one waiting before everyone else, then one confirmed too many.
    registration(first, children[0], Status.WAITLISTED)
    for child in children[1:]:
        registration(first, child, Status.CONFIRMED)
    # Second date: someone waits while every seat is free.
    registration(second, children[0], Status.WAITLISTED)
    # Last date: it has no waiting list, yet someone waits (its seats are free too).
    assert not load_data.waiting_list[last]
    registration(last, children[1], Status.WAITLISTED)

    checked = load.check(load_data)

    assert checked.overbooked == [(first, capacity + 1, capacity)]
    assert sorted(checked.out_of_order) == sorted(
        [
            (first, "confirmed after someone waiting"),
            (second, "a seat free while people wait"),
            (last, "a seat free while people wait"),
            (last, "waiting without a waiting list"),
        ]
    )
    assert checked.waitlisted == 3
