"""Registration rules: seats, waiting list, cancellation. Every change goes through here.

Views, the admin and tasks call these functions; none of them writes registrations itself.
Seats are counted from rows while the event row is locked (shared/DESIGN.md): PostgreSQL
serialises the bookings of one event on `SELECT … FOR UPDATE`, SQLite on its IMMEDIATE
write transaction.
"""

import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial

from django.db import IntegrityError, OperationalError, connection, transaction
from django.db.models import Exists, OuterRef, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from mint.people.models import Participant

from . import tasks
from .models import Event, GroupBooking, Registration, Session

MESSAGES = {
    "none_selected": _("Please choose at least one person to register."),
    "closed": _("Registration for this date is closed."),
    "event_cancelled": _("This date has been cancelled."),
    "full": _(
        "Not enough seats are left for everyone, and this date has no waiting list."
    ),
    "duplicate": _("%(name)s is already registered for this date."),
    "age": _("%(name)s does not fit the age range of this course."),
    "clash": _("%(name)s is already registered for something else at the same time."),
    "busy": _("Many people are registering right now. Please try again in a moment."),
    "deadline": _(
        "Online cancellation is no longer possible for this date. "
        "Please contact the organisers."
    ),
    "taken": _("Someone you chose is already registered for this date."),
    "already_cancelled": _("This registration has already been cancelled."),
    "past": _("This date is over."),
    "capacity": _("The capacity must not be negative."),
    "other_course": _(
        "A registration can only move to another date of the same course."
    ),
    "no_seat": _("That date has no free seat. Raise its capacity first."),
}

LOCK_TIMEOUT_MS = 3000
# Tests switch this off to prove that the race test can see an overbooking.
LOCK_EVENT_ROW = True


class RegistrationError(Exception):
    def __init__(self, message, *, code):
        super().__init__(message)
        self.message = message
        self.code = code


@dataclass
class ParticipantCheck:
    """What stands between one participant and a seat, before anything is written."""

    participant: Participant
    problems: list = field(default_factory=list)

    @property
    def fits(self):
        return not self.problems


def check_participants(event, participants):
    """Age, duplicate and clash checks for each participant, in the given order."""
    day = (
        timezone.localdate(event.starts_at) if event.starts_at else timezone.localdate()
    )
    course = event.course
    registered = set(
        Registration.objects.active()
        .filter(event=event, participant__in=participants)
        .values_list("participant_id", flat=True)
    )
    checks = []
    for participant in participants:
        check = ParticipantCheck(participant)
        name = {"name": participant.first_name}
        if not course.accepts(participant.birth_date, day):
            check.problems.append(MESSAGES["age"] % name)
        if participant.pk in registered:
            check.problems.append(MESSAGES["duplicate"] % name)
        elif _clashes(event, participant):
            check.problems.append(MESSAGES["clash"] % name)
        checks.append(check)
    return checks


def list_order_decides(event, checks):
    """Whether fewer seats are free than people who may come (`event.seats_taken`
    counted): then the order of the list decides who gets a seat, and the form says so.
    """
    fitting = sum(check.fits for check in checks)
    return fitting > 1 and event.capacity - event.seats_taken < fitting


def register(*, event_id, participant_ids, user, together=False, remarks=""):
    """Confirm a seat for each participant while there are free seats, else put them on
    the waiting list; `together` gives everyone a seat or nobody (siblings). Seats go
    in the order of `participant_ids`: the form sends them in the order it lists them.

    Raises Participant.DoesNotExist for anyone who is not this account's participant."""
    wanted = list(dict.fromkeys(int(pk) for pk in participant_ids))
    if not wanted:
        raise RegistrationError(MESSAGES["none_selected"], code="none_selected")
    participants = {
        p.pk: p for p in Participant.objects.for_user(user).filter(pk__in=wanted)
    }
    if len(participants) != len(wanted):
        raise Participant.DoesNotExist
    participants = [participants[pk] for pk in wanted]

    created = []
    with locked_event(event_id) as event:
        if event.status == Event.Status.CANCELLED:
            raise RegistrationError(MESSAGES["event_cancelled"], code="event_cancelled")
        if not event.registration_is_open():
            raise RegistrationError(MESSAGES["closed"], code="closed")
        problems = [
            p
            for check in check_participants(event, participants)
            for p in check.problems
        ]
        if problems:
            raise RegistrationError(" ".join(problems), code="rules")

        free = event.capacity - seats_taken(event)
        group = uuid.uuid4() if together and len(participants) > 1 else None
        fits_all = free >= len(participants)
        if not fits_all and not event.waiting_list:
            raise RegistrationError(MESSAGES["full"], code="full")
        now = timezone.now()
        for number, participant in enumerate(participants):
            confirmed = fits_all if together else number < free
            registration = Registration.objects.create(
                event=event,
                participant=participant,
                status=Registration.Status.CONFIRMED
                if confirmed
                else Registration.Status.WAITLISTED,
                together=group,
                remarks=remarks,
                status_changed_at=now,
            )
            created.append(registration)
            _mail_after_commit(registration, registration.status)
    return created


def cancel(*, registration_id, user=None, by_staff=False):
    """Cancel one registration and give its seat to the waiting list at once.

    Participants may cancel until the course's deadline; staff always."""
    registrations = (
        Registration.objects.all() if by_staff else Registration.objects.for_user(user)
    )
    event_id = registrations.values_list("event_id", flat=True).get(pk=registration_id)
    with locked_event(event_id) as event:
        registration = Registration.objects.select_for_update().get(pk=registration_id)
        if registration.status == Registration.Status.CANCELLED:
            raise RegistrationError(
                MESSAGES["already_cancelled"], code="already_cancelled"
            )
        if not by_staff and not can_cancel(registration):
            raise RegistrationError(MESSAGES["deadline"], code="deadline")
        _set_status(registration, Registration.Status.CANCELLED)
        _mail_after_commit(registration, "cancelled")
        promote_waiting_list(event)
    return registration


def move(*, registration_id, to_event_id):
    """Staff move a participant to another date of the same course, into a free seat.

    The old place is cancelled and its seat goes to that waiting list; the family gets
    a confirmation with a new ticket. Both events are locked, lower id first."""
    registration = Registration.objects.select_related("event").get(pk=registration_id)
    from_event_id = registration.event_id
    first, second = sorted([from_event_id, int(to_event_id)])
    with locked_event(first) as locked:
        events = {locked.pk: locked}
        events[second] = _lock(second)
        source, target = events[from_event_id], events[int(to_event_id)]
        registration = Registration.objects.select_for_update().get(pk=registration_id)
        if registration.status == Registration.Status.CANCELLED:
            raise RegistrationError(
                MESSAGES["already_cancelled"], code="already_cancelled"
            )
        if target.pk == source.pk or target.course.translation_key != (
            source.course.translation_key
        ):
            raise RegistrationError(MESSAGES["other_course"], code="other_course")
        if (
            target.status == Event.Status.CANCELLED
            or not target.starts_at
            or (target.starts_at <= timezone.now())
        ):
            raise RegistrationError(MESSAGES["past"], code="past")
        [check] = check_participants(target, [registration.participant])
        if check.problems:
            raise RegistrationError(" ".join(check.problems), code="rules")
        if target.capacity - seats_taken(target) < registration.seats:
            raise RegistrationError(MESSAGES["no_seat"], code="full")
        _set_status(registration, Registration.Status.CANCELLED)
        moved = Registration.objects.create(
            event=target,
            participant=registration.participant,
            seats=registration.seats,
            status=Registration.Status.CONFIRMED,
            remarks=registration.remarks,
        )
        _mail_after_commit(moved, "confirmed")
        promote_waiting_list(source)
    return moved


def can_cancel(registration, now=None):
    """A place on the waiting list can be given up until the start; a confirmed seat
    until `cancellation_days` before the first session."""
    event = registration.event
    if registration.status == Registration.Status.CANCELLED or event.starts_at is None:
        return False
    deadline = event.starts_at
    if registration.status == Registration.Status.CONFIRMED:
        deadline -= timezone.timedelta(days=event.course.cancellation_days)
    return (now or timezone.now()) < deadline


def change_capacity(*, event_id, capacity):
    """Set a new capacity; more seats promote the waiting list at once."""
    if capacity < 0:
        raise RegistrationError(MESSAGES["capacity"], code="capacity")
    with locked_event(event_id) as event:
        event.capacity = capacity
        event.save(update_fields=["capacity"])
        return promote_waiting_list(event)


def cancel_event(*, event_id):
    """Call off a date: every active registration and class booking is cancelled and
    told so."""
    with locked_event(event_id) as event:
        event.status = Event.Status.CANCELLED
        event.save(update_fields=["status"])
        registrations = list(event.registrations.active().select_for_update())
        for registration in registrations:
            _set_status(registration, Registration.Status.CANCELLED)
            _mail_after_commit(registration, "event_cancelled")
        for group in event.group_bookings.holding().select_for_update():
            group.status = GroupBooking.Status.CANCELLED
            group.status_changed_at = timezone.now()
            group.save(update_fields=["status", "status_changed_at"])
            transaction.on_commit(
                partial(tasks.send_booking_mail.enqueue, group.pk, "event_cancelled")
            )
    return registrations


def promote_waiting_list(event):
    """Fill free seats from the waiting list in order; a group moves up only when all
    of it fits, and waits first in line meanwhile. Call with the event locked.

    Once the event has begun nobody moves up: a seat freed then helps no one."""
    if event.starts_at is None or event.starts_at <= timezone.now():
        return []
    free = event.capacity - seats_taken(event)
    promoted = []
    seen_groups = set()
    for registration in event.registrations.in_line().select_for_update():
        if free <= 0:
            break
        if registration.together:
            if registration.together in seen_groups:
                continue
            seen_groups.add(registration.together)
            group = list(
                event.registrations.in_line().filter(together=registration.together)
            )
            if sum(r.seats for r in group) > free:
                continue
        else:
            group = [registration] if registration.seats <= free else []
        for member in group:
            _set_status(member, Registration.Status.CONFIRMED)
            _mail_after_commit(member, "promoted")
            free -= member.seats
            promoted.append(member)
    return promoted


def seats_taken(event):
    """Confirmed registrations and the class bookings holding seats, from rows."""
    registered = (
        Registration.objects.confirmed()
        .filter(event=event)
        .aggregate(total=Sum("seats"))["total"]
        or 0
    )
    return registered + GroupBooking.objects.filter(event=event).holding().seats()


@contextmanager
def locked_event(event_id, duplicate=MESSAGES["taken"]):
    """The outermost transaction around one event's bookings, with its row locked.

    Registrations and class bookings (events.visits) share it. A lock that cannot be
    had within LOCK_TIMEOUT_MS, and SQLite's "database is locked", reach the user as
    "please try again", never as an error page; a raced unique constraint as
    `duplicate`."""
    try:
        with transaction.atomic(durable=True):
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute(f"SET LOCAL lock_timeout = {LOCK_TIMEOUT_MS}")
            yield _lock(event_id)
    except OperationalError as error:
        raise RegistrationError(MESSAGES["busy"], code="busy") from error
    except IntegrityError as error:  # the unique constraint, should a check be raced
        raise RegistrationError(duplicate, code="duplicate") from error


def _lock(event_id):
    """The event row, locked until the transaction ends (the booking rules' one lock)."""
    events = Event.objects.select_related("course")
    if LOCK_EVENT_ROW:
        events = events.select_for_update(of=("self",))
    return events.get(pk=event_id)


def _clashes(event, participant):
    """Whether the participant holds an active registration whose sessions overlap."""
    theirs = Session.objects.filter(
        event__registrations__participant=participant,
        event__registrations__status__in=[
            Registration.Status.CONFIRMED,
            Registration.Status.WAITLISTED,
        ],
        event__status=Event.Status.SCHEDULED,
        starts_at__lt=OuterRef("ends_at"),
        ends_at__gt=OuterRef("starts_at"),
    ).exclude(event=event)
    return Session.objects.filter(event=event).filter(Exists(theirs)).exists()


def _set_status(registration, status):
    registration.status = status
    registration.status_changed_at = timezone.now()
    registration.save(update_fields=["status", "status_changed_at"])


def _mail_after_commit(registration, kind):
    transaction.on_commit(
        partial(tasks.send_registration_mail.enqueue, registration.pk, kind)
    )
