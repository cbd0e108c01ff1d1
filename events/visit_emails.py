"""E-mails about a class booking, to the teacher in their language, on every step.

The confirmation carries the visit as an .ics file and the confirmation document (PDF)
with the QR code the class shows on arrival; the reminder two days ahead carries the
document once more (events.reminders)."""

import logging

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from mint import mail

from . import visit_documents
from .emails import calendar_attachment, course_in, page_url, venue_in
from .models import GroupBooking

logger = logging.getLogger(__name__)

Status = GroupBooking.Status

SUBJECTS = {
    "requested": _("Booking request received: %(course)s"),
    "confirmed": _("Class visit confirmed: %(course)s"),
    "declined": _("Booking request declined: %(course)s"),
    "proposed": _("Another date proposed: %(course)s"),
    "changed": _("Numbers changed: %(course)s"),
    "cancelled": _("Class visit cancelled: %(course)s"),
    "event_cancelled": _("Slot cancelled: %(course)s"),
    "reminder": _("Your class visit is coming soon: %(course)s"),
}

# What the booking must still be when the mail goes out (see events.emails).
STATUS_FOR_KIND = {
    "requested": {Status.REQUESTED},
    "confirmed": {Status.CONFIRMED},
    "declined": {Status.DECLINED},
    "proposed": {Status.PROPOSED},
    "changed": set(GroupBooking.HOLDING),
    "cancelled": {Status.CANCELLED},
    "event_cancelled": {Status.CANCELLED},
    "reminder": {Status.CONFIRMED},
}


def send_booking_mail(booking_id, kind):
    """Tell the teacher what happened to a booking; nothing if it has moved on."""
    if kind not in SUBJECTS:
        raise ValueError(f"Unknown booking mail: {kind!r}")
    booking = (
        GroupBooking.objects.select_related(
            "teacher", "school", "event__course", "event__venue"
        )
        .filter(pk=booking_id)
        .first()
    )
    if booking is None or booking.status not in STATUS_FOR_KIND[kind]:
        logger.info("Booking %s is gone or has moved on; no %s mail", booking_id, kind)
        return
    if kind == "reminder" and not booking.wants_reminder:  # turned off since queued
        return
    booking_mail(booking, kind).send()


def booking_mail(booking, kind):
    teacher = booking.teacher
    language = mail.language_of(teacher)
    with translation.override(language):
        course = course_in(language, booking.event.course)
        context = {
            "kind": kind,
            "language": language,
            "teacher": teacher,
            "booking": booking,
            "event": booking.event,
            "sessions": list(booking.event.sessions.all()),
            "course": course,
            "course_title": course.title,
            "course_url": page_url(course) if course.live else "",
            "venue": venue_in(language, booking.event.venue),
            "bookings_url": mail.absolute_url(reverse("events:class_visits")),
        }
        subject = str(SUBJECTS[kind] % {"course": course.title})
        message = mail.compose(
            "events/emails/booking", context, subject=subject, to=[teacher.email]
        )
        if kind == "confirmed":
            message.attach(
                calendar_attachment(
                    booking.event, course_url=context["course_url"], title=course.title
                )
            )
        if kind in ("confirmed", "reminder"):
            message.attach(
                "class-visit-confirmation.pdf",
                visit_documents.confirmation_pdf(booking),
                "application/pdf",
            )
    return message
