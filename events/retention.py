"""Retention: what people told us for a date is kept only while it is needed.

Once a date ended more than `settings.MINT_RETENTION_DAYS` ago, the free texts and
contact data that came with it are cleared: remarks of registrations, a class
booking's phone number, remarks, accessibility needs and the organisers' message, the
names of walk-ins, the reasons given for attendance corrections, and the notes for
instructors of people with nothing still to come (also of those whose registrations
were all cancelled that long ago). The rows themselves stay, nameless where they named
someone, so that the figures of past periods and the certificates do not change.
Sent mails leave the outbox after `settings.MINT_OUTGOING_MAIL_DAYS` (mint.outbox),
invitations of second guardians nobody accepted go once expired (mint.people.sharing),
and expired sign-in sessions go as `manage.py clearsessions` would.
"""

import datetime

from django.conf import settings
from django.contrib.sessions.models import Session
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from mint import outbox
from mint.people import sharing
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
            "class_bookings": GroupBooking.records.filter(event__in=past)
            .exclude(phone="", remarks="", accessibility_needs="", staff_message="")
            .update(phone="", remarks="", accessibility_needs="", staff_message=""),
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
            "invitations": sharing.forget_expired(now),
            # The site keeps sessions in the database (Django's default engine).
            "sessions": Session.objects.filter(
                expire_date__lt=now or timezone.now()
            ).delete()[0],
        }


def _done_with(before):
    """People whose registrations are all of dates that ended before `before`, or
    were cancelled before it: their notes were for those dates' instructors. Someone
    without any registration (just added, about to register) keeps theirs."""
    registrations = Registration.objects.filter(participant=OuterRef("pk"))
    still_needed = registrations.exclude(event__ends_at__lt=before).filter(
        ~Q(status=Registration.Status.CANCELLED) | Q(status_changed_at__gte=before)
    )
    return Participant.objects.filter(Exists(registrations)).exclude(
        Exists(still_needed)
    )
