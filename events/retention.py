"""Retention: what people told us for a date is kept only while it is needed.

Once a date ended more than `settings.MINT_RETENTION_DAYS` ago, the free texts and
contact data that came with it are cleared: remarks of registrations, a class
booking's phone number, remarks and accessibility needs, the names of walk-ins, the
reasons given for attendance corrections, and the notes for instructors of people
with nothing still to come. The rows themselves stay, nameless where they named
someone, so that the figures of past periods and the certificates do not change.
Sent mails leave the outbox after `settings.MINT_OUTGOING_MAIL_DAYS` (mint.outbox).
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from mint import outbox
from mint.people.models import Participant

from .models import AttendanceChange, Event, GroupBooking, Registration, WalkIn


def cutoff(now=None):
    """Dates that ended before this moment have served their purpose."""
    days = settings.MINT_RETENTION_DAYS
    return (now or timezone.now()) - datetime.timedelta(days=days)


def purge_past(now=None) -> dict[str, int]:
    """Clear what is no longer needed; {what: how many rows} were changed. Running it
    again changes nothing."""
    before = cutoff(now)
    past = Event.objects.filter(ends_at__lt=before)
    with transaction.atomic():
        return {
            "registrations": Registration.records.filter(event__in=past)
            .exclude(remarks="")
            .update(remarks=""),
            "class_bookings": GroupBooking.objects.filter(event__in=past)
            .exclude(phone="", remarks="", accessibility_needs="")
            .update(phone="", remarks="", accessibility_needs=""),
            "walk_ins": WalkIn.objects.filter(session__event__in=past)
            .exclude(first_name="", last_name="", birth_year=None)
            .update(first_name="", last_name="", birth_year=None),
            "attendance_changes": AttendanceChange.objects.filter(
                attendance__session__event__in=past
            )
            .exclude(reason="")
            .update(reason=""),
            "instructor_notes": _done_with(before)
            .exclude(notes_for_instructor="")
            .update(notes_for_instructor=""),
            "outgoing_mails": outbox.forget_old(now),
        }


def _done_with(before):
    """People who attended dates that all ended before `before`, with nothing since:
    their notes were for those dates' instructors. Someone without any registration
    (just added, about to register) keeps theirs."""
    registrations = Registration.objects.filter(participant=OuterRef("pk")).exclude(
        status=Registration.Status.CANCELLED
    )
    return Participant.objects.filter(Exists(registrations)).exclude(
        Exists(registrations.exclude(event__ends_at__lt=before))
    )
