"""Reminders: the guardians of each confirmed registration before every session, and
each teacher before a confirmed class visit (unless they turned it off), once each."""

import datetime
from functools import partial

from django.db import transaction
from django.db.models import F, OuterRef, Q, Subquery
from django.utils import timezone

from . import tasks
from .models import Event, GroupBooking, Registration, Session

DEFAULT_LEAD_TIME = datetime.timedelta(hours=48)
VISIT_LEAD_TIME = datetime.timedelta(days=2)


def send_due_reminders(*, now=None, lead_time=DEFAULT_LEAD_TIME):
    """Queue every reminder that is due; returns how many were queued. Claiming rows
    with a conditional UPDATE makes a second run, or two runs at once, send nothing
    twice."""
    now = now or timezone.now()
    return _remind_registrations(now, lead_time) + _remind_class_visits(now)


def _remind_registrations(now, lead_time):
    """A session is due when it is its event's next one and starts within
    `lead_time`: a later session waits until the one before it has begun, so sessions
    close together do not bring their reminders all at once. `reminded_for` keeps the
    start of the session last reminded for."""
    next_session = Session.objects.filter(
        event=OuterRef("event"), starts_at__gt=now
    ).order_by("starts_at")[:1]
    due = (
        Registration.objects.confirmed()
        .filter(event__status=Event.Status.SCHEDULED)
        .annotate(
            session_id=Subquery(next_session.values("pk")),
            session_start=Subquery(next_session.values("starts_at")),
        )
        .filter(session_start__lte=now + lead_time)
        .filter(Q(reminded_for__isnull=True) | Q(reminded_for__lt=F("session_start")))
    )
    return sum(
        _claim(
            Registration.objects.filter(pk=pk).filter(
                Q(reminded_for__isnull=True) | Q(reminded_for__lt=start)
            ),
            partial(tasks.send_registration_mail.enqueue, pk, "reminder", session_id),
            reminded_at=now,
            reminded_for=start,
        )
        for pk, session_id, start in due.values_list(
            "pk", "session_id", "session_start"
        )
    )


def _remind_class_visits(now):
    """Confirmed visits starting within two days whose teacher wants a reminder."""
    due = GroupBooking.objects.filter(
        status=GroupBooking.Status.CONFIRMED,
        wants_reminder=True,
        reminded_at__isnull=True,
        event__status=Event.Status.SCHEDULED,
        event__starts_at__gt=now,
        event__starts_at__lte=now + VISIT_LEAD_TIME,
    )
    return sum(
        _claim(
            GroupBooking.objects.filter(pk=pk, reminded_at__isnull=True),
            partial(tasks.send_booking_mail.enqueue, pk, "reminder"),
            reminded_at=now,
        )
        for pk in due.values_list("pk", flat=True)
    )


def _claim(rows, send, **values) -> bool:
    """Mark `rows` as reminded and `send` once that is committed; False (nothing
    sent) if another run was first."""
    with transaction.atomic():
        claimed = bool(rows.update(**values))
        if claimed:
            transaction.on_commit(send)
    return claimed
