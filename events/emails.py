"""E-mails about a registration, to the participant's guardian in their language.

Confirmations carry the dates as an .ics file and the ticket as a QR code, shown inline
in the HTML and scanned at the entrance.
"""

import io
import logging
import re
from email.mime.image import MIMEImage
from email.mime.text import MIMEText

import qrcode
import qrcode.image.pil
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.core.mail.message import SafeMIMEMultipart
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from courses.models import CoursePage
from mint.models import OrganisationSettings

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


def send_registration_mail(registration_id, kind):
    """Tell the guardian what happened to a registration; `kind` names what happened.

    Sends nothing if the registration is gone, has moved on since the mail was queued,
    or its guardian has no e-mail address."""
    if kind not in SUBJECTS:
        raise ValueError(f"Unknown registration mail: {kind!r}")
    registration = (
        Registration.objects.select_related(
            "participant__guardian", "event__course", "event__venue"
        )
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
    if not registration.participant.guardian.email:
        return
    registration_mail(registration, kind).send()


def registration_mail(registration, kind) -> EmailMultiAlternatives:
    """The mail for one registration, rendered in the guardian's language."""
    guardian = registration.participant.guardian
    language = _language(guardian)
    with translation.override(language):
        context = _context(registration, kind, language)
        subject = str(SUBJECTS[kind] % {"course": context["course_title"]})
        context["subject"] = subject
        text = _tidy(render_to_string("events/emails/registration.txt", context))
        html = render_to_string("events/emails/registration.html", context)
        message = _MailWithInlineImages(
            subject=subject,
            body=text,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[guardian.email],
        )
        message.attach_alternative(html, "text/html")
        if kind in TICKET_KINDS:
            message.inline_images.append(_qr_image(registration))
            message.attach(
                _calendar_attachment(
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


class _MailWithInlineImages(EmailMultiAlternatives):
    """Text and HTML go into multipart/related together with the images the HTML shows
    (`cid:` links); attachments stay beside it in multipart/mixed."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.inline_images = []

    def _create_alternatives(self, msg):  # Django 5.2: between body and attachments
        msg = super()._create_alternatives(msg)
        if not self.inline_images:
            return msg
        related = SafeMIMEMultipart(
            _subtype="related", encoding=self.encoding or settings.DEFAULT_CHARSET
        )
        related.attach(msg)
        for image in self.inline_images:
            related.attach(image)
        return related


def _context(registration, kind, language):
    event = registration.event
    course = _course_in(language, event.course)
    course_url = _page_url(course) if course.live else ""
    return {
        "kind": kind,
        "language": language,
        "guardian": registration.participant.guardian,
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
        "sessions": list(event.sessions.order_by("starts_at")),
        "venue": _venue_in(language, event.venue),
        "course_title": course.title,
        "course_url": course_url,
        "account_url": _absolute(reverse("events:my_registrations")),
        "site_url": _absolute("/"),
        "organisation": _organisation(),
        "waiting_position": registration.waiting_position,
        "has_ticket": kind in TICKET_KINDS,
        "qr_cid": QR_CONTENT_ID,
    }


def _language(user):
    known = {code for code, _name in settings.LANGUAGES}
    if user.preferred_language in known:
        return user.preferred_language
    return settings.LANGUAGE_CODE


def _course_in(language, course):
    """The course page in `language` if it is published, else the German one."""
    translated = (
        CoursePage.objects.filter(
            translation_key=course.translation_key, locale__language_code=language
        )
        .live()
        .first()
    )
    return translated or course


def _venue_in(language, venue):
    return (
        Venue.objects.filter(
            translation_key=venue.translation_key, locale__language_code=language
        ).first()
        or venue
    )


def _absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _page_url(page):
    parts = page.get_url_parts()
    return _absolute(parts[2]) if parts else ""


def _organisation():
    """The default site's organisation settings; the field defaults without a site."""
    site = Site.objects.filter(is_default_site=True).first()
    return OrganisationSettings.for_site(site) if site else OrganisationSettings()


def _qr_image(registration):
    image = MIMEImage(ticket_qr_png(registration), "png")
    image.add_header("Content-ID", f"<{QR_CONTENT_ID}>")
    image.add_header("Content-Disposition", "inline", filename="ticket.png")
    return image


def _calendar_attachment(event, *, course_url, title):
    ics = calendars.event_calendar(event, course_url, title=title)
    part = MIMEText(ics.decode(), "calendar", "utf-8")
    part.set_param("method", "PUBLISH")
    part.add_header(
        "Content-Disposition", "attachment", filename=f"event-{event.pk}.ics"
    )
    return part


def _tidy(text):
    """Plain text without the blank lines and indentation the template tags leave."""
    lines = [line.strip() for line in text.splitlines()]
    lines = ["-- " if line == "--" else line for line in lines]  # signature separator
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
