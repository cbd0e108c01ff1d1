"""Class visits: a teacher books a slot for a whole class. Every change goes through here.

A slot is an Event of a class-visit programme; a booking takes as many seats as pupils
and adults and holds them while it is requested, proposed or confirmed, so a request
cannot be overtaken. Seats are counted from rows with the event row locked, in the
same lock as registrations (events.booking.locked_event): the last slot goes to
exactly one class.
"""

import math
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial

from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, ngettext_lazy

from courses.grades import courses_for_grade, grade_label
from courses.models import CoursePage

from . import tasks
from .booking import RegistrationError, locked_event, seats_taken
from .models import Event, GroupBooking

Status = GroupBooking.Status

MESSAGES = {
    "not_a_visit": _("This date cannot be booked by a school class."),
    "closed": _("Booking for this slot is closed."),
    "event_cancelled": _("This slot has been cancelled."),
    "past": _("This slot is in the past."),
    "pupils": _("Please enter the number of pupils: at least 1."),
    "adults_negative": _("The number of adults must not be negative."),
    "too_few": ngettext_lazy(
        "This programme needs at least %(min)s pupil.",
        "This programme needs at least %(min)s pupils.",
        "min",
    ),
    "too_many": ngettext_lazy(
        "This programme takes at most %(max)s pupil.",
        "This programme takes at most %(max)s pupils.",
        "max",
    ),
    # The number of pupils per adult stands after a colon, so only one noun counts.
    "adults": ngettext_lazy(
        "Please bring at least %(needed)s accompanying adult "
        "(pupils per adult: at most %(per)s).",
        "Please bring at least %(needed)s accompanying adults "
        "(pupils per adult: at most %(per)s).",
        "needed",
    ),
    "no_room": ngettext_lazy(
        "This slot has room for %(free)s more person, your group has %(group)s. "
        "Please choose another slot.",
        "This slot has room for %(free)s more people, your group has %(group)s. "
        "Please choose another slot.",
        "free",
    ),
    "grade_refused": _(
        "This programme is for %(range)s; it cannot be booked for %(grade)s."
    ),
    "grade_warning": _(
        "This programme is meant for %(range)s. Your booking for %(grade)s is "
        "possible; the staff will get in touch if it does not fit."
    ),
    "duplicate": _("Class %(class_name)s of this school already has this slot."),
    "not_holding": _("This booking is %(status)s and can no longer be changed."),
    "numbers_deadline": ngettext_lazy(
        "The numbers can only be changed online until %(days)s day before the "
        "visit. Please contact the organisers.",
        "The numbers can only be changed online until %(days)s days before the "
        "visit. Please contact the organisers.",
        "days",
    ),
    "cancel_deadline": _(
        "Online cancellation is no longer possible for this visit. "
        "Please contact the organisers."
    ),
    "not_requested": _("Only a requested booking can be confirmed or declined."),
    "not_proposed": _("No other date has been proposed for this booking."),
    "other_programme": _("Another date can only be proposed from the same programme."),
}


class BookingError(RegistrationError):
    """A class-booking rule says no; `message` is shown in the user's language."""


@dataclass
class ClassDetails:
    """What a teacher enters for one class; names of pupils are never asked."""

    school: object
    class_name: str
    grade: int
    pupils: int
    adults: int
    language: str
    phone: str
    accessibility_needs: str = ""
    remarks: str = ""


@dataclass
class BookingCheck:
    problems: list = field(default_factory=list)
    warnings: list = field(default_factory=list)

    @property
    def fits(self):
        return not self.problems


def grade_range(course) -> str:
    low = grade_label(course.grade_min) if course.grade_min is not None else None
    high = grade_label(course.grade_max) if course.grade_max is not None else None
    if low and high:
        return low if low == high else f"{low} – {high}"
    return low or high or ""


def headcount(pupils, adults):
    """“5 pupils, 2 adults”: each noun in the form its own number needs, which one
    message with two numbers cannot give in Polish or Czech."""
    return ", ".join(
        (
            ngettext("%(counter)s pupil", "%(counter)s pupils", pupils)
            % {"counter": pupils},
            ngettext("%(counter)s adult", "%(counter)s adults", adults)
            % {"counter": adults},
        )
    )


def check(event, pupils, adults, grade=None, *, holding=0) -> BookingCheck:
    """Every rule between a class and a slot, before anything is written.

    `holding` is what a booking being changed already holds on this slot."""
    course = event.course
    result = BookingCheck()
    problems = result.problems
    if course.format != CoursePage.Format.CLASS_VISIT:
        problems.append(MESSAGES["not_a_visit"])
        return result
    if event.status == Event.Status.CANCELLED:
        problems.append(MESSAGES["event_cancelled"])
    elif event.starts_at is None or event.starts_at <= timezone.now():
        problems.append(MESSAGES["past"])
    elif not event.registration_is_open():
        problems.append(MESSAGES["closed"])
    if pupils is None or pupils < 1:
        problems.append(MESSAGES["pupils"])
        return result
    if adults is None or adults < 0:
        problems.append(MESSAGES["adults_negative"])
        return result
    if course.group_min and pupils < course.group_min:
        problems.append(MESSAGES["too_few"] % {"min": course.group_min})
    if course.group_max and pupils > course.group_max:
        problems.append(MESSAGES["too_many"] % {"max": course.group_max})
    if course.pupils_per_adult:
        needed = math.ceil(pupils / course.pupils_per_adult)
        if adults < needed:
            problems.append(
                MESSAGES["adults"] % {"needed": needed, "per": course.pupils_per_adult}
            )
    free = event.capacity - seats_taken(event) + holding
    if pupils + adults > free:
        problems.append(
            MESSAGES["no_room"] % {"free": max(free, 0), "group": pupils + adults}
        )
    if grade is not None and not _grade_fits(course, grade):
        meant_for = grade_range(course) or render_to_string(
            "includes/age_range.html", {"course": course}
        )
        params = {"range": meant_for.strip(), "grade": grade_label(grade)}
        if course.grade_rule == CoursePage.GradeRule.REFUSE:
            problems.append(MESSAGES["grade_refused"] % params)
        else:
            result.warnings.append(MESSAGES["grade_warning"] % params)
    return result


def request(*, event_id, teacher, details: ClassDetails) -> GroupBooking:
    """Book a slot for a class: confirmed at once where the programme allows, else
    requested until staff decide. The school must be the teacher's own."""
    if details.school.teacher_id != teacher.pk:
        raise details.school.DoesNotExist
    duplicate = MESSAGES["duplicate"] % {"class_name": details.class_name}
    with locked_event(event_id, duplicate=duplicate) as event:
        _refuse_unless_fits(check(event, details.pupils, details.adults, details.grade))
        if (
            event.group_bookings.holding()
            .filter(school=details.school, class_name__iexact=details.class_name)
            .exists()
        ):
            raise BookingError(duplicate, code="duplicate")
        confirmed_at_once = not event.course.bookings_need_confirmation
        booking = GroupBooking.objects.create(
            event=event,
            teacher=teacher,
            status=Status.CONFIRMED if confirmed_at_once else Status.REQUESTED,
            **vars(details),
        )
        _mail_after_commit(booking, booking.status)
    return booking


def confirm(*, booking_id) -> GroupBooking:
    """Staff accept a request; the teacher gets the confirmation document."""
    with _locked_booking(booking_id, by_staff=True) as booking:
        if booking.status != Status.REQUESTED:
            raise BookingError(MESSAGES["not_requested"], code="not_requested")
        _set_status(booking, Status.CONFIRMED)
        _mail_after_commit(booking, "confirmed")
    return booking


def decline(*, booking_id, message="") -> GroupBooking:
    """Staff turn a request down, with a reason for the teacher; the seats are free."""
    with _locked_booking(booking_id, by_staff=True) as booking:
        if booking.status != Status.REQUESTED:
            raise BookingError(MESSAGES["not_requested"], code="not_requested")
        booking.staff_message = message
        _set_status(booking, Status.DECLINED, "staff_message")
        _mail_after_commit(booking, "declined")
    return booking


def propose(*, booking_id, to_event_id, message="") -> GroupBooking:
    """Staff offer another slot of the same programme: the booking moves there and
    holds its seats, and the teacher accepts or declines. Both slots are locked,
    lower id first."""
    booking = GroupBooking.objects.select_related("event").get(pk=booking_id)
    first, second = sorted([booking.event_id, int(to_event_id)])
    with locked_event(first) as locked:
        events = {locked.pk: locked}
        if second != first:
            events[second] = Event.objects.select_for_update(of=("self",)).get(
                pk=second
            )
        target = events[int(to_event_id)]
        booking = GroupBooking.objects.select_for_update().get(pk=booking_id)
        if booking.status not in (Status.REQUESTED, Status.PROPOSED):
            raise BookingError(MESSAGES["not_requested"], code="not_requested")
        if target.pk == booking.event_id or (
            target.course.translation_key
            != events[booking.event_id].course.translation_key
        ):
            raise BookingError(MESSAGES["other_programme"], code="other_programme")
        _refuse_unless_fits(check(target, booking.pupils, booking.adults))
        booking.event = target
        booking.staff_message = message
        _set_status(booking, Status.PROPOSED, "event", "staff_message")
        _mail_after_commit(booking, "proposed")
    return booking


def answer_proposal(*, booking_id, teacher, accept: bool) -> GroupBooking:
    """The teacher takes the proposed slot (confirmed) or not (cancelled)."""
    with _locked_booking(booking_id, teacher=teacher) as booking:
        if booking.status != Status.PROPOSED:
            raise BookingError(MESSAGES["not_proposed"], code="not_proposed")
        _set_status(booking, Status.CONFIRMED if accept else Status.CANCELLED)
        _mail_after_commit(booking, "confirmed" if accept else "cancelled")
    return booking


def change_numbers(*, booking_id, teacher, pupils, adults) -> GroupBooking:
    """New numbers until the programme's deadline for final numbers, within the rules
    and the room left on the slot."""
    with _locked_booking(booking_id, teacher=teacher) as booking:
        _refuse_unless_holding(booking)
        if not can_change_numbers(booking):
            days = booking.event.course.final_numbers_days
            raise BookingError(
                MESSAGES["numbers_deadline"] % {"days": days}, code="deadline"
            )
        held = booking.seats
        _refuse_unless_fits(check(booking.event, pupils, adults, holding=held))
        booking.pupils, booking.adults = pupils, adults
        booking.save(update_fields=["pupils", "adults"])
        _mail_after_commit(booking, "changed")
    return booking


def cancel(*, booking_id, teacher=None, by_staff=False) -> GroupBooking:
    """Teachers cancel until the programme's cancellation deadline; staff always."""
    with _locked_booking(booking_id, teacher, by_staff=by_staff) as booking:
        _refuse_unless_holding(booking)
        if not by_staff and not can_cancel(booking):
            raise BookingError(MESSAGES["cancel_deadline"], code="deadline")
        _set_status(booking, Status.CANCELLED)
        _mail_after_commit(booking, "cancelled")
    return booking


def set_reminder(*, booking_id, teacher, wanted: bool) -> bool:
    """The teacher turns the reminder before the visit on or off; False if the
    booking is not theirs."""
    bookings = GroupBooking.objects.for_user(teacher).filter(pk=booking_id)
    return bool(bookings.update(wants_reminder=wanted))


def can_change_numbers(booking, now=None) -> bool:
    return _before(booking, booking.event.course.final_numbers_days, now)


def can_cancel(booking, now=None) -> bool:
    return _before(booking, booking.event.course.cancellation_days, now)


def _before(booking, days, now):
    starts_at = booking.event.starts_at
    if booking.status not in GroupBooking.HOLDING or starts_at is None:
        return False
    return (now or timezone.now()) < starts_at - timezone.timedelta(days=days)


def _grade_fits(course, grade):
    """The finder's rule (courses.grades), so a booking is judged as it was offered."""
    return (
        CoursePage.objects.filter(pk=course.pk)
        .filter(courses_for_grade(grade))
        .exists()
    )


@contextmanager
def _locked_booking(booking_id, teacher=None, by_staff=False):
    """The booking with its slot locked, in the outermost transaction registrations
    use too; unless `by_staff`, only `teacher`'s own booking (else DoesNotExist)."""
    bookings = GroupBooking.objects.all()
    if not by_staff:
        bookings = bookings.for_user(teacher)
    event_id = bookings.values_list("event_id", flat=True).get(pk=booking_id)
    with locked_event(event_id) as event:
        booking = GroupBooking.objects.select_for_update().get(
            pk=booking_id, event_id=event_id
        )
        booking.event = event
        yield booking


def _refuse_unless_fits(result: BookingCheck):
    if result.problems:
        raise BookingError(" ".join(str(p) for p in result.problems), code="rules")


def _refuse_unless_holding(booking):
    if booking.status not in GroupBooking.HOLDING:
        status = booking.get_status_display().lower()
        raise BookingError(
            MESSAGES["not_holding"] % {"status": status}, code="not_holding"
        )


def _set_status(booking, status, *fields):
    booking.status = status
    booking.status_changed_at = timezone.now()
    booking.save(update_fields=["status", "status_changed_at", *fields])


def _mail_after_commit(booking, kind):
    transaction.on_commit(partial(tasks.send_booking_mail.enqueue, booking.pk, kind))
