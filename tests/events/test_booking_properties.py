"""Random runs of registering, cancelling and changing capacity on one small event:
after every step the booking rules still hold."""

from collections import Counter

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from events import booking
from events.booking import RegistrationError
from events.models import Registration
from tests.factories import (
    CoursePageFactory,
    EventFactory,
    ParticipantFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

Status = Registration.Status
PEOPLE = 8


class Bookings(RuleBasedStateMachine):
    """One event and eight participants of one account, new for every example."""

    course = None  # set by the test, which has the database

    def __init__(self):
        super().__init__()
        guardian = UserFactory()
        self.people = ParticipantFactory.create_batch(PEOPLE, guardian=guardian)
        self.guardian = guardian
        self.event = None
        self.known = {}  # pk -> status after the last step, of every registration

    @initialize(capacity=st.integers(0, 5), waiting_list=st.booleans())
    def open_event(self, capacity, waiting_list):
        self.event = EventFactory(
            course=self.course, capacity=capacity, waiting_list=waiting_list
        )

    @rule(
        chosen=st.lists(
            st.integers(0, PEOPLE - 1), min_size=1, max_size=3, unique=True
        ),
        together=st.booleans(),
    )
    def register(self, chosen, together):
        people = [self.people[i] for i in chosen]
        active = set(
            self.registrations().active().values_list("participant", flat=True)
        )
        free = self.capacity() - booking.seats_taken(self.event)
        try:
            created = booking.register(
                event_id=self.event.pk,
                participant_ids=[p.pk for p in people],
                user=self.guardian,
                together=together,
            )
        except RegistrationError as error:
            if error.code == "rules":
                assert any(p.pk in active for p in people)
            else:
                assert error.code == "full"
                assert not self.event.waiting_list and free < len(people)
            return
        assert not any(p.pk in active for p in people)
        if together:
            assert len({r.status for r in created}) == 1

    @precondition(lambda self: self.known)
    @rule(data=st.data())
    def cancel(self, data):
        pk = data.draw(st.sampled_from(sorted(self.known)))
        try:
            booking.cancel(registration_id=pk, by_staff=True)
        except RegistrationError as error:
            assert error.code == "already_cancelled"
            assert self.known[pk] == Status.CANCELLED

    @rule(capacity=st.integers(0, 5))
    def change_capacity(self, capacity):
        booking.change_capacity(event_id=self.event.pk, capacity=capacity)

    @invariant()
    def rules_hold(self):
        if self.event is None:
            return
        now = {r.pk: r for r in self.registrations()}
        before = self.known
        self.known = {pk: r.status for pk, r in now.items()}
        capacity = self.capacity()
        confirmed = booking.seats_taken(self.event)
        newly_confirmed = [
            r
            for r in now.values()
            if r.status == Status.CONFIRMED and before.get(r.pk) != Status.CONFIRMED
        ]

        # Nothing lost; cancelled stays cancelled; confirmed is never taken back.
        assert set(before) <= set(now)
        for pk, status in before.items():
            if status == Status.CANCELLED:
                assert now[pk].status == Status.CANCELLED
            if status == Status.CONFIRMED:
                assert now[pk].status != Status.WAITLISTED

        # Never more seats than capacity, except where capacity was lowered below the
        # seats already confirmed: then nobody new gets one.
        if confirmed > capacity:
            assert newly_confirmed == []

        # Nobody twice.
        active = [
            r.participant_id for r in now.values() if r.status != Status.CANCELLED
        ]
        assert max(Counter(active).values(), default=0) <= 1

        # Free seats never sit beside a waiting registration (or group) that fits.
        free = capacity - confirmed
        waiting = Counter()
        for r in now.values():
            if r.status == Status.WAITLISTED:
                waiting[r.together or r.pk] += r.seats
        assert all(seats > free for seats in waiting.values())

        # The line is served in order: nobody promoted past a single still waiting.
        promoted = [r for r in newly_confirmed if before.get(r.pk) == Status.WAITLISTED]
        for single in now.values():
            if single.status == Status.WAITLISTED and single.together is None:
                assert all(
                    (p.created_at, p.pk) < (single.created_at, single.pk)
                    for p in promoted
                )

    def registrations(self):
        return Registration.objects.filter(event=self.event)

    def capacity(self):
        self.event.refresh_from_db(fields=["capacity"])
        return self.event.capacity


def test_booking_rules_hold_after_every_step(catalogue):
    course = CoursePageFactory(parent=catalogue)
    machine = type("BookingsOnOneCourse", (Bookings,), {"course": course})
    run_state_machine_as_test(
        machine,
        settings=settings(
            max_examples=40,
            stateful_step_count=25,
            deadline=None,
            suppress_health_check=[
                HealthCheck.function_scoped_fixture,
                HealthCheck.too_slow,
            ],
        ),
    )
