"""E-mails about a registration, to each of the participant's guardians in their language.

Confirmations carry the dates as an .ics file and the ticket as a QR code, shown inline
in the HTML and scanned at the entrance, with its code written out under it for when
the entrance has to type it.
"""

import base64
import io
import logging
from email.mime.image import MIMEImage
from email.mime.text import MIMEText

import qrcode
import qrcode.image.pil
from django.core.mail import EmailMultiAlternatives
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage
from mint import mail

from . import calendars
from .models import Registration, Venue

logger = logging.getLogger(__name__)

SUBJECTS = {
    "confirmed": _("Registration confirmed: %(course)s"),
    "waitlisted": _("You are on the waiting list: %(course)s"),
    "promoted": _("A seat is free – you are in: %(course)s"),
    "cancelled": _("Registration cancelled: %(course)s"),
    "event_cancelled": _("Date cancelled: %(course)s"),
    "reminder": _("See you soon: %(course)s"),
}

# What the registration must still be when the mail goes out: a confirmation queued
# before a cancellation must not arrive afterwards with a valid-looking ticket.
STATUS_FOR_KIND = {
    "confirmed": Registration.Status.CONFIRMED,
    "promoted": Registration.Status.CONFIRMED,
    "waitlisted": Registration.Status.WAITLISTED,
    "cancelled": Registration.Status.CANCELLED,
    "event_cancelled": Registration.Status.CANCELLED,
    "reminder": Registration.Status.CONFIRMED,
}
TICKET_KINDS = {"confirmed", "promoted", "reminder"}
TICKET_PREFIX = "MINT-TICKET:"
QR_CONTENT_ID = "ticket-qr@mint-platform"


def send_registration_mail(registration_id, kind, session_id=None):
    """Tell the guardians what happened to a registration; `kind` names what happened
    (a reminder names the session it is for).

    Every account that looks after the participant gets its own copy in its own
    language. Sends nothing if the registration is gone or has moved on since the mail
    was queued."""
    if kind not in SUBJECTS:
        raise ValueError(f"Unknown registration mail: {kind!r}")
    registration = (
        Registration.objects.select_related(
            "participant__guardian", "event__course", "event__venue"
        )
        .prefetch_related("participant__co_guardians")
        .filter(pk=registration_id)
        .first()
    )
    if registration is None:
        logger.info("Registration %s is gone; no %s mail", registration_id, kind)
        return
    if registration.status != STATUS_FOR_KIND[kind]:
        logger.info(
            "Registration %s is %s by now; no %s mail",
            registration_id,
            registration.status,
            kind,
        )
        return
    session = session_id and registration.event.sessions.filter(pk=session_id).first()
    for guardian in registration.participant.guardians():
        if guardian.email:
            registration_mail(registration, kind, guardian, session).send()


def registration_mail(
    registration, kind, guardian, session=None
) -> EmailMultiAlternatives:
    """The mail for one registration to one guardian, in that guardian's language."""
    language = mail.language_of(guardian)
    with translation.override(language):
        context = _context(registration, kind, language, guardian)
        # A reminder within a series says which session is next.
        if len(context["sessions"]) > 1:
            context["next_session"] = session
        subject = str(SUBJECTS[kind] % {"course": context["course_title"]})
        message = mail.compose(
            "events/emails/registration",
            context,
            subject=subject,
            to=[guardian.email],
        )
        if kind in TICKET_KINDS:
            message.inline_images.append(_qr_image(registration))
            message.attach(
                calendar_attachment(
                    registration.event,
                    course_url=context["course_url"],
                    title=context["course_title"],
                )
            )
    return message


def ticket_payload(registration) -> str:
    return f"{TICKET_PREFIX}{registration.ticket}"


def ticket_qr_png(registration) -> bytes:
    image = qrcode.make(
        ticket_payload(registration),
        image_factory=qrcode.image.pil.PilImage,
        box_size=8,
    )
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def ticket_qr_data_uri(registration) -> str:
    """The mail's QR code as a data: URI (the CSP allows data: images), so the
    ticket is on the page of my registrations too and nobody has to find the mail."""
    encoded = base64.b64encode(ticket_qr_png(registration)).decode("ascii")
    return f"data:image/png;base64,{encoded}"


def _context(registration, kind, language, guardian):
    event = registration.event
    course = course_in(language, event.course)
    course_url = page_url(course) if course.live else ""
    return {
        "kind": kind,
        "language": language,
        "guardian": guardian,
        "participant": registration.participant,
        "participant_name": " ".join(
            filter(
                None,
                [
                    registration.participant.first_name,
                    registration.participant.last_name,
                ],
            )
        ),
        "event": event,
        "sessions": list(event.sessions.all()),
        "venue": venue_in(language, event.venue),
        "course_title": course.title,
        "course_url": course_url,
        "account_url": mail.absolute_url(reverse("events:my_registrations")),
        "waiting_position": registration.waiting_position,
        "has_ticket": kind in TICKET_KINDS,
        "ticket_code": str(registration.ticket),  # as typed at check-in, dashed
        "qr_cid": QR_CONTENT_ID,
    }


def course_in(language, course):
    """The course page in `language` if it is published, else the German one."""
    translated = (
        CoursePage.objects.filter(
            translation_key=course.translation_key, locale__language_code=language
        )
        .live()
        .first()
    )
    return translated or course


def venue_in(language, venue):
    return (
        Venue.objects.filter(
            translation_key=venue.translation_key, locale__language_code=language
        ).first()
        or venue
    )


def page_url(page):
    parts = page.get_url_parts()
    return mail.absolute_url(parts[2]) if parts else ""


def _qr_image(registration):
    image = MIMEImage(ticket_qr_png(registration), "png")
    image.add_header("Content-ID", f"<{QR_CONTENT_ID}>")
    image.add_header("Content-Disposition", "inline", filename="ticket.png")
    return image


def calendar_attachment(event, *, course_url, title):
    ics = calendars.event_calendar(event, course_url, title=title)
    part = MIMEText(ics.decode(), "calendar", "utf-8")
    part.set_param("method", "PUBLISH")
    part.add_header(
        "Content-Disposition", "attachment", filename=f"event-{event.pk}.ics"
    )
    return part
