"""Reminders before the first session: each confirmed registration is reminded once."""

import datetime
from functools import partial

from django.db import transaction
from django.utils import timezone

from . import tasks
from .models import Event, Registration

DEFAULT_LEAD_TIME = datetime.timedelta(hours=48)


def send_due_reminders(*, now=None, lead_time=DEFAULT_LEAD_TIME):
    """Queue a reminder for every confirmed registration whose event starts within
    `lead_time`. Claiming rows with a conditional UPDATE makes a second run, or two
    runs at once, send nothing twice. Returns how many were queued."""
    now = now or timezone.now()
    due = Registration.objects.confirmed().filter(
        reminded_at__isnull=True,
        event__status=Event.Status.SCHEDULED,
        event__starts_at__gt=now,
        event__starts_at__lte=now + lead_time,
    )
    queued = 0
    for pk in due.values_list("pk", flat=True):
        with transaction.atomic():
            claimed = Registration.objects.filter(
                pk=pk, reminded_at__isnull=True
            ).update(reminded_at=now)
            if claimed:
                transaction.on_commit(
                    partial(tasks.send_registration_mail.enqueue, pk, "reminder")
                )
                queued += 1
    return queued
