"""Attendance: who may take it, marks by tap or ticket code, closing a session, walk-ins
and the numbers of a class. Every write goes through here and leaves an audit row.

Instructors mark the sessions of their own events within a window around the session
(settings.ATTENDANCE_WINDOW_BEFORE / _AFTER); staff with the `change_attendance`
permission see every event and may correct any mark later, with a reason. Marking is
idempotent: the same mark twice (a double tap, a replayed offline queue) changes
nothing and writes no second audit row. A check-in replayed from a phone's offline
queue keeps the time it was scanned, while its audit row keeps the time it arrived.
"""

import datetime
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Count, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from mint.people.models import Participant, User, age_on

from .emails import TICKET_PREFIX
from .models import (
    Attendance,
    AttendanceChange,
    Event,
    GroupBooking,
    Registration,
    Session,
    WalkIn,
)
from .visit_documents import TICKET_PREFIX as CLASS_TICKET_PREFIX

Status = Attendance.Status
Method = Attendance.Method

MESSAGES = {
    "not_started": _(
        "This session has not started yet. Attendance can be taken from %(time)s."
    ),
    "closed": _(
        "This session is over; attendance can no longer be changed here. Please ask "
        "the coordinators for a correction."
    ),
    "reason": _("Please give a reason for the correction."),
    "pupils": _("Please enter the number of pupils present: 0 or more."),
    "adults": _("Please enter the number of adults present: 0 or more."),
    "name": _("Please enter at least a first name."),
    "no_account": _("There is no account with this e-mail address."),
    "no_participants": _(
        "This account has nobody to link to yet: the account holder adds people under "
        "“People in your account”."
    ),
    "registered": _(
        "%(name)s has a confirmed registration for this event and is counted on its "
        "list already; linking the walk-in would count them twice."
    ),
}

# How far a phone's clock may run ahead of the server's.
CLOCK_SKEW = datetime.timedelta(minutes=2)

# What a scanned code turned out to be; the scan page shows green, amber or red.
CHECK_IN_RESULTS = {
    "ok": ("green", _("Welcome! Checked in.")),
    "again": ("amber", _("Already checked in.")),
    "class": ("green", _("Class visit: please enter the numbers present.")),
    # Says nothing about whose ticket it is: the person is not one of this date's.
    "wrong_event": ("red", _("This is not a ticket for this date.")),
    "cancelled": (
        "red",
        _("This registration is not confirmed (cancelled or waiting)."),
    ),
    "unknown": ("red", _("Unknown ticket code.")),
    "malformed": ("red", _("This is not a ticket code of this site.")),
}


class AttendanceError(Exception):
    """A rule says no; `message` is for the user, `http_status` for scripts: outside
    the time window is forbidden (403), anything else is a bad request (400)."""

    WINDOW_CODES = ("not_started", "closed")

    def __init__(self, message, *, code):
        super().__init__(message)
        self.message = message
        self.code = code

    @property
    def http_status(self):
        return 403 if self.code in self.WINDOW_CODES else 400


@dataclass
class CheckIn:
    result: str
    registration: Registration | None = None
    booking: GroupBooking | None = None
    age: int | None = None

    @property
    def colour(self):
        return CHECK_IN_RESULTS[self.result][0]

    @property
    def message(self):
        return CHECK_IN_RESULTS[self.result][1]


def is_coordinator(user) -> bool:
    return user.is_active and user.has_perm("events.change_attendance")


def events_for(user):
    """The events whose attendance this account takes: its own, or all for staff."""
    if not user.is_authenticated:
        return Event.objects.none()
    if is_coordinator(user):
        return Event.objects.all()
    return Event.objects.filter(instructors=user)


def session_for(user, session_id) -> Session:
    """A session of one of the user's events; Session.DoesNotExist (a 404) otherwise."""
    return Session.objects.select_related("event__course", "event__venue").get(
        pk=session_id, event__in=events_for(user)
    )


def window(session):
    """From when until when attendance of `session` can be taken by instructors."""
    return (
        session.starts_at - settings.ATTENDANCE_WINDOW_BEFORE,
        session.ends_at + settings.ATTENDANCE_WINDOW_AFTER,
    )


def check_window(session, user, reason="", now=None):
    """Instructors mark within the window; staff may correct afterwards with a reason."""
    now = now or timezone.now()
    opens, closes = window(session)
    if now < opens:
        local = timezone.localtime(opens)
        when = formats.time_format(local, "TIME_FORMAT")
        if local.date() != timezone.localdate(now):
            when = formats.date_format(local, "DATE_FORMAT") + ", " + when
        raise AttendanceError(
            MESSAGES["not_started"] % {"time": when}, code="not_started"
        )
    if now > closes:
        if not is_coordinator(user):
            raise AttendanceError(MESSAGES["closed"], code="closed")
        if not reason.strip():
            raise AttendanceError(MESSAGES["reason"], code="reason")
        return Method.CORRECTION
    return None


def mark(session, registration_id, status, *, by, method=Method.TAP, reason=""):
    """Set one participant's mark for a session; the same mark again changes nothing."""
    if status not in Status.values:
        raise ValueError(f"Unknown attendance status: {status!r}")
    method = check_window(session, by, reason) or method
    registration = session.event.registrations.confirmed().get(pk=registration_id)
    with transaction.atomic():
        return _set(session, registration, status, by=by, method=method, reason=reason)


def mark_remaining_absent(session, *, by, reason=""):
    """Close a session: everyone confirmed but not yet marked is absent."""
    check_window(session, by, reason)
    unmarked = session.event.registrations.confirmed().exclude(
        attendances__session=session
    )
    with transaction.atomic():
        marked = [
            _set(
                session,
                registration,
                Status.ABSENT,
                by=by,
                method=Method.CLOSING,
                reason=reason,
            )
            for registration in unmarked
        ]
    return len(marked)


def scan_time(session, scanned_at, now=None):
    """When a code counts as scanned: the time the phone says (codes queued offline
    arrive late), if it is plausible – not ahead of the server by more than a clock's
    skew and inside the session's window –, else now. Never later than now: a mark is
    not taken after it arrived."""
    now = now or timezone.now()
    if scanned_at is None or timezone.is_naive(scanned_at):
        return now
    opens, closes = window(session)
    if scanned_at > now + CLOCK_SKEW or not opens <= scanned_at <= closes:
        return now
    return min(scanned_at, now)


def check_in(session, code, *, by, reason="", scanned_at=None) -> CheckIn:
    """A scanned or typed ticket code: green, amber or red, and present if it fits.

    The window is checked at the (plausible) scan time, so a code scanned in time and
    sent once the connection came back still counts; staff outside the window give a
    reason and the check-in is recorded as their correction."""
    at = scan_time(session, scanned_at)
    method = check_window(session, by, reason, now=at) or Method.SCAN
    kind, ticket = _parse(code)
    if kind is None:
        return CheckIn("malformed")
    if kind == "class":
        return _class_arrives(session, ticket)
    return _person_arrives(session, ticket, by=by, method=method, reason=reason, at=at)


def _class_arrives(session, ticket) -> CheckIn:
    """A class ticket marks nobody: it leads to the page for the class's numbers."""
    booking = GroupBooking.objects.filter(ticket=ticket).first()
    if booking is None:
        return CheckIn("unknown")
    if booking.event_id != session.event_id:
        return CheckIn("wrong_event")
    if booking.status != GroupBooking.Status.CONFIRMED:
        return CheckIn("cancelled", booking=booking)
    return CheckIn("class", booking=booking)


def _person_arrives(session, ticket, *, by, method, reason, at) -> CheckIn:
    """A personal ticket: present, unless already there (present or late). Only a
    participant of this date's event is named in the answer."""
    registration = (
        Registration.objects.select_related("participant", "event")
        .filter(ticket=ticket)
        .first()
    )
    if registration is None:
        return CheckIn("unknown")
    if registration.event_id != session.event_id:
        return CheckIn("wrong_event")  # a stranger to this date: not even a name
    age = age_on(registration.participant.birth_date, timezone.localdate())
    if registration.status != Registration.Status.CONFIRMED:
        return CheckIn("cancelled", registration, age=age)
    with transaction.atomic():
        existing = (
            Attendance.objects.select_for_update()
            .filter(registration=registration, session=session)
            .first()
        )
        if existing is not None and existing.status in Attendance.ATTENDED:
            return CheckIn("again", registration, age=age)
        _set(
            session,
            registration,
            Status.PRESENT,
            by=by,
            method=method,
            reason=reason,
            at=at,
        )
    return CheckIn("ok", registration, age=age)


def record_group_presence(booking, pupils, adults, *, by, reason=""):
    """The numbers of a class actually there (counts only, never names)."""
    session = booking.event.sessions.first()
    check_window(session, by, reason)
    if pupils is None or pupils < 0:
        raise AttendanceError(MESSAGES["pupils"], code="pupils")
    if adults is None or adults < 0:
        raise AttendanceError(MESSAGES["adults"], code="adults")
    booking.pupils_present, booking.adults_present = pupils, adults
    booking.presence_recorded_by, booking.presence_recorded_at = by, timezone.now()
    booking.save(
        update_fields=[
            "pupils_present",
            "adults_present",
            "presence_recorded_by",
            "presence_recorded_at",
        ]
    )
    return booking


def add_walk_in(session, *, by, first_name, last_name="", birth_year=None, token=None):
    """Put someone on the list as a walk-in. `token` is the form's one-time key: the
    same form sent twice adds the person once, and both posts get that walk-in."""
    check_window(session, by)
    if not first_name.strip():
        raise AttendanceError(MESSAGES["name"], code="name")
    earlier = WalkIn.objects.filter(session=session, form_token=token)
    if token is not None and earlier.exists():
        return earlier.get()
    try:
        with transaction.atomic():
            return WalkIn.objects.create(
                session=session,
                first_name=first_name.strip(),
                last_name=last_name.strip(),
                birth_year=birth_year,
                added_by=by,
                form_token=token,
            )
    except IntegrityError:  # the second of two posts at the same moment
        return earlier.get()


def linkable_participants(email):
    """The participants of the account with this e-mail address, for staff linking a
    walk-in to the person they turned out to be; AttendanceError when there is no such
    account or it has nobody to link to."""
    account = User.objects.filter(email__iexact=email.strip()).first()
    if account is None:
        raise AttendanceError(MESSAGES["no_account"], code="no_account")
    participants = Participant.objects.for_user(account)
    if not participants.exists():
        raise AttendanceError(MESSAGES["no_participants"], code="no_participants")
    return participants


def link_walk_in(walk_in, participant, *, by):
    """Staff say who a walk-in was. Refused for someone with a confirmed registration
    for the event: the roster counts them already, and the walk-in would be a second
    count of the same person."""
    _require_coordinator(by)
    event = walk_in.session.event
    if event.registrations.confirmed().filter(participant=participant).exists():
        raise AttendanceError(
            MESSAGES["registered"] % {"name": participant}, code="registered"
        )
    walk_in.participant = participant
    walk_in.save(update_fields=["participant"])
    return walk_in


def unlink_walk_in(walk_in, *, by):
    """Staff take a wrong link back; the walk-in stays counted, without a name."""
    _require_coordinator(by)
    walk_in.participant = None
    walk_in.save(update_fields=["participant"])
    return walk_in


def _require_coordinator(user):
    """Links between walk-ins and accounts are staff work: the views check it first,
    this is the rule's own guard."""
    if not is_coordinator(user):
        raise PermissionDenied


def counts(session) -> dict:
    """Marks per status for the top of the roster, and how many are still open."""
    confirmed = session.event.registrations.confirmed().count()
    marks = dict(
        session.attendances.filter(registration__status=Registration.Status.CONFIRMED)
        .values_list("status")
        .annotate(n=Count("pk"))
    )
    marked = sum(marks.values())
    return {
        **{status: marks.get(status, 0) for status in Status.values},
        "open": confirmed - marked,
        "confirmed": confirmed,
        "walk_ins": session.walk_ins.count(),
    }


def held_and_attended(now=None) -> dict:
    """Annotations for registrations: `sessions_held` (sessions of the event that have
    started, before the person left if they did: Registration.left_at) and
    `sessions_attended` (of those, marked present or late). A mark taken in the hour
    before a start never counts before the session does."""
    now = now or timezone.now()
    held = (
        Session.objects.filter(event=OuterRef("event"), starts_at__lte=now)
        .filter(starts_at__lte=Coalesce(OuterRef("left_at"), Value(now)))
        .order_by()
        .values("event")
        .annotate(total=Count("pk"))
        .values("total")
    )
    attended = (
        Attendance.objects.filter(
            registration=OuterRef("pk"),
            status__in=Attendance.ATTENDED,
            session__starts_at__lte=now,
        )
        .order_by()
        .values("registration")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return {
        "sessions_held": Coalesce(Subquery(held), 0),
        "sessions_attended": Coalesce(Subquery(attended), 0),
    }


def rates(event, now=None) -> dict:
    """Per confirmed registration of `event`: (sessions attended, sessions held)."""
    registrations = event.registrations.confirmed().annotate(**held_and_attended(now))
    return {r.pk: (r.sessions_attended, r.sessions_held) for r in registrations}


def _set(session, registration, status, *, by, method, reason="", at=None):
    """Write a mark taken `at` (default now) and its audit row, stamped with the time
    it is written."""
    at = at or timezone.now()
    attendance, created = Attendance.objects.select_for_update().get_or_create(
        registration=registration,
        session=session,
        defaults={"status": status, "method": method, "marked_by": by, "marked_at": at},
    )
    previous = "" if created else attendance.status
    if not created:
        if attendance.status == status:
            return attendance
        attendance.status, attendance.method = status, method
        attendance.marked_by, attendance.marked_at = by, at
        attendance.save(update_fields=["status", "method", "marked_by", "marked_at"])
    AttendanceChange.objects.create(
        attendance=attendance,
        previous_status=previous,
        status=status,
        method=method,
        changed_by=by,
        reason=reason,
    )
    return attendance


def _parse(code):
    """("person" | "class", UUID) from a scanned or typed code, or (None, None).

    Accepts the QR contents ("MINT-TICKET:…", "MINT-CLASS:…") and the bare code as
    printed, with or without dashes, in any case; hardware scanners may add spaces."""
    text = (code or "").strip()
    kind = "person"
    for prefix, name in ((TICKET_PREFIX, "person"), (CLASS_TICKET_PREFIX, "class")):
        if text.upper().startswith(prefix):
            text, kind = text[len(prefix) :], name
            break
    try:
        return kind, uuid.UUID(text.strip())
    except ValueError:
        return None, None
