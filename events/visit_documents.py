"""Documents of a class visit (A4, reportlab), in the teacher's language: the booking
confirmation with the arrival QR code, and the class participation confirmation."""

import io

import qrcode
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer

from mint import mail

from .pdf import FONT_DIR, _fonts

TICKET_PREFIX = "MINT-CLASS:"


def ticket_payload(booking) -> str:
    return f"{TICKET_PREFIX}{booking.ticket}"


def confirmation_pdf(booking) -> bytes:
    with translation.override(mail.language_of(booking.teacher)):
        regular, bold = _fonts(FONT_DIR)
        title = ParagraphStyle("title", fontName=bold, fontSize=18, leading=22)
        text = ParagraphStyle("text", fontName=regular, fontSize=11, leading=15)
        event = booking.event
        story = [
            Paragraph(_("Class visit confirmation"), title),
            Spacer(0, 6 * mm),
            Paragraph(event.course.title, text),
            Paragraph(date_format(event.starts_at, "DATETIME_FORMAT"), text),
            Paragraph(f"{booking.school.name} · {booking.class_name}", text),
            Spacer(0, 6 * mm),
            Image(io.BytesIO(_qr_png(ticket_payload(booking))), 40 * mm, 40 * mm),
        ]
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer, pagesize=A4).build(story)
        return buffer.getvalue()


def _qr_png(payload) -> bytes:
    buffer = io.BytesIO()
    qrcode.make(payload).save(buffer)
    return buffer.getvalue()
