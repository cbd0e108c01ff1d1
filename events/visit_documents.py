"""Documents of a class visit (A4, one page, reportlab), in the teacher's language: the
booking confirmation with the QR code the class shows on arrival, and the confirmation
of participation after the visit. Counts only, never pupils' names. Renders only.
"""

import datetime
import io
from html import escape

from django.utils import timezone, translation
from django.utils.formats import date_format, number_format
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepInFrame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from mint import mail

from . import pdf
from .emails import course_in, venue_in
from .models import Venue

TICKET_PREFIX = "MINT-CLASS:"

MARGIN = 20 * mm  # left and right
WIDTH = A4[0] - 2 * MARGIN
BAND = 6 * mm  # the coloured band at the top edge
HEADER_TOP = A4[1] - 16 * mm
FOOT_Y = 12 * mm
LABEL_WIDTH = 40 * mm
QR_SIZE = 42 * mm
PANEL_WIDTH = 56 * mm
GAP = 6 * mm  # between the details and the check-in panel
BOX_PADDING = 5 * mm
FRAME_BOTTOM = FOOT_Y + 10 * mm
SCALES = (1, 0.94, 0.88, 0.82, 0.76, 0.7)  # text sizes to try until the page fits

ACCENT = colors.HexColor("#0b5d6b")  # the site's and the e-mails' teal
TINT = colors.HexColor("#e3f1f3")
RULE = colors.HexColor("#b8cfd3")
MUTED = colors.HexColor("#555555")


def ticket_payload(booking) -> str:
    return f"{TICKET_PREFIX}{booking.ticket}"


def confirmation_pdf(booking) -> bytes:
    """The booking confirmation: when and where, the class, what to prepare, the
    deadlines, and the check-in QR code with the booking reference under it."""
    language = mail.language_of(booking.teacher)
    with translation.override(language):
        visit = _Visit(booking, language)
        return _render(visit, _("Class visit confirmation"), _confirmation)


def participation_pdf(booking) -> bytes:
    """The confirmation of participation after the visit: the class, the programme,
    date, venue, duration and the numbers present (the booked ones if none were
    recorded), what the programme covers, the issue date and the organisation."""
    language = mail.language_of(booking.teacher)
    with translation.override(language):
        visit = _Visit(booking, language)
        return _render(visit, _("Confirmation of participation"), _participation)


def _confirmation(visit, title, styles):
    booking, course = visit.booking, visit.course
    story = [
        Paragraph(escape(title.upper()), styles["kicker"]),
        Paragraph(escape(course.title), styles["title"]),
        _beside_qr(
            _details(_when_and_where(visit), styles), _qr_panel(booking, styles)
        ),
        *_section(_("Your class"), styles),
        _details(
            [
                *_class_rows(booking),
                *_number_rows(booking.pupils, booking.adults),
                *_visit_rows(booking),
            ],
            styles,
        ),
    ]
    if course.preparation.strip():
        story += _section(_("What to prepare"), styles)
        story += _paragraphs(course.preparation, styles["text"])
    deadlines = _deadlines(visit)
    if deadlines:
        story += _section(_("Deadlines"), styles)
        story.append(_details(deadlines, styles))
    return story


def _participation(visit, title, styles):
    booking, course = visit.booking, visit.course
    rows = [
        *_class_rows(booking),
        (_("Programme:"), f"<b>{escape(course.title)}</b>"),
        *_date_rows(visit.sessions),
        (_("Duration:"), escape(_duration(visit.sessions))),
        (_("Venue:"), _address(visit.venue)),
        *_number_rows(
            _either(booking.pupils_present, booking.pupils),
            _either(booking.adults_present, booking.adults),
        ),
    ]
    lead = _(
        "We hereby confirm that the following school class took part in a class visit."
    )
    story = [
        Paragraph(escape(title), styles["title"]),
        Paragraph(escape(lead), styles["lead"]),
        _boxed(_details(rows, styles), styles),
    ]
    if course.teaser.strip():
        story += _section(_("Content"), styles)
        story += _paragraphs(course.teaser, styles["text"])
    if course.curriculum_link.strip():
        story += _section(_("Curriculum link"), styles)
        story += _paragraphs(course.curriculum_link, styles["text"])
    story += _issued(visit, styles)
    return story


class _Visit:
    """What both documents print, looked up once in the teacher's language."""

    def __init__(self, booking, language):
        regular, bold = pdf.register_fonts(pdf.FONT_DIR)
        self.booking = booking
        self.language = language
        self.event = booking.event
        self.course = course_in(language, self.event.course)
        self.venue = venue_in(language, self.event.venue)
        self.sessions = list(self.event.sessions.all())
        self.organisation = mail.organisation()
        self.organisation_name = self.organisation.name_in(language)
        self.fonts = regular, bold


def _styles(regular, bold, scale=1.0):
    """Paragraph styles; `scale` makes the text smaller when a page runs over."""

    def style(name, size, leading, **kwargs):
        kwargs.setdefault("fontName", regular)
        return ParagraphStyle(
            name, fontSize=size * scale, leading=leading * scale, **kwargs
        )

    return {
        "kicker": style("kicker", 10, 13, fontName=bold, textColor=ACCENT),
        "title": style(
            "title", 19, 23, fontName=bold, spaceBefore=scale, spaceAfter=12 * scale
        ),
        "lead": style("lead", 11, 15, spaceBefore=4 * scale, spaceAfter=9 * scale),
        "section": style(
            "section",
            11.5,
            14,
            fontName=bold,
            textColor=ACCENT,
            spaceBefore=14 * scale,
            spaceAfter=4 * scale,
        ),
        "label": style("label", 9, 12, textColor=MUTED),
        "value": style("value", 10, 13.5),
        "text": style("text", 10, 13.5, spaceAfter=4 * scale),
        "note": style("note", 8, 10.5, textColor=MUTED),
        "panel": style("panel", 8.5, 11, alignment=TA_CENTER, textColor=MUTED),
        "panel_strong": style(
            "panel_strong", 9.5, 12, fontName=bold, alignment=TA_CENTER
        ),
    }


# The parts of a page


def _section(title, styles):
    return [Paragraph(escape(title), styles["section"]), _Rule()]


def _details(rows, styles):
    """Label and value side by side; values are reportlab markup, already escaped."""
    data = [
        [Paragraph(escape(label), styles["label"]), Paragraph(value, styles["value"])]
        for label, value in rows
    ]
    value, label = styles["value"], styles["label"]
    padding = 0.33 * value.fontSize
    table = Table(data, colWidths=[LABEL_WIDTH, "*"], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), padding),
                ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
                # the smaller labels sit on the values' baseline
                (
                    "TOPPADDING",
                    (0, 0),
                    (0, -1),
                    padding + value.leading - label.leading,
                ),
            ]
        )
    )
    return table


def _beside_qr(details, panel):
    """The details on the left, the check-in panel on the right."""
    table = Table([[details, panel]], colWidths=["*", PANEL_WIDTH], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), GAP),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _boxed(flowable, styles):
    """A tinted box around the main facts."""
    padding = 0.35 * styles["value"].leading
    box = Table([[flowable]], colWidths=["*"], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("BOX", (0, 0), (-1, -1), 0.8, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), BOX_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), BOX_PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), padding),
                ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
            ]
        )
    )
    return box


def _qr_panel(booking, styles):
    rows = [
        [Paragraph(escape(_("Check-in on arrival")), styles["panel_strong"])],
        [pdf.QrCode(ticket_payload(booking), QR_SIZE)],
        [
            Paragraph(
                escape(_("Please show this code at the entrance.")), styles["panel"]
            )
        ],
        [Paragraph(escape(_("Booking reference")), styles["panel"])],
        [Paragraph(f"<b>{_reference(booking)}</b>", styles["panel"])],
    ]
    panel = Table(rows, colWidths=[PANEL_WIDTH])
    panel.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("BOX", (0, 0), (-1, -1), 0.8, RULE),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 0.6 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6 * mm),
                ("TOPPADDING", (0, 0), (-1, 0), 3 * mm),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 3 * mm),
            ]
        )
    )
    return panel


def _reference(booking):
    """The check-in code in two halves, so that it fits under the QR code."""
    code = str(booking.ticket).upper()
    return f"{code[:19]}<br/>{code[19:]}"


def _paragraphs(text, style):
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n")]
    return [
        Paragraph(escape(block).replace("\n", "<br/>"), style)
        for block in blocks
        if block
    ]


def _issued(visit, styles):
    today = date_format(timezone.localdate(), "DATE_FORMAT")
    note = _(
        "This confirmation was created electronically and is valid without a signature."
    )
    return [
        Spacer(0, 3 * styles["value"].leading),
        Paragraph(escape(_("Issued on %(date)s") % {"date": today}), styles["value"]),
        Paragraph(f"<b>{escape(visit.organisation_name)}</b>", styles["value"]),
        Spacer(0, styles["note"].leading / 2),
        Paragraph(escape(note), styles["note"]),
    ]


# What is printed


def _when_and_where(visit):
    venue = visit.venue
    rows = [*_date_rows(visit.sessions), (_("Venue:"), _address(venue))]
    if venue.transport_hint.strip():
        rows.append((_("Public transport:"), _lines(venue.transport_hint)))
    if venue.map_url:
        label = escape(_("Map (OpenStreetMap)"))
        link = (
            f'<a href="{escape(venue.map_url)}" color="{ACCENT.hexval()}">{label}</a>'
        )
        latitude, longitude = (
            number_format(venue.latitude, 5),
            number_format(venue.longitude, 5),
        )
        where = f'<font color="{MUTED.hexval()}">{latitude}, {longitude}</font>'
        rows.append((_("Map:"), f"<u>{link}</u><br/>{where}"))
    access = _venue_access(venue)
    if access:
        rows.append((_("Accessibility:"), access))
    return rows


def _venue_access(venue):
    features = [
        str(Venue._meta.get_field(name).verbose_name)
        for name in ("step_free", "hearing_loop")
        if getattr(venue, name)
    ]
    parts = [escape(capfirst(", ".join(features)))] if features else []
    if venue.accessibility_notes.strip():
        parts.append(_lines(venue.accessibility_notes))
    return "<br/>".join(parts)


def _class_rows(booking):
    school = booking.school
    place = f"{school.street}, {school.postcode} {school.town}"
    country = school.get_country_display()
    return [
        (
            _("School:"),
            f"<b>{escape(school.name)}</b><br/>{escape(place)}, {escape(country)}",
        ),
        (
            _("Class:"),
            f"{escape(booking.class_name)} ({escape(booking.get_grade_display())})",
        ),
    ]


def _number_rows(pupils, adults):
    return [(_("Pupils:"), str(pupils)), (_("Accompanying adults:"), str(adults))]


def _visit_rows(booking):
    language = translation.get_language_info(booking.language)["name_translated"]
    rows = [(_("Language of the visit:"), escape(language))]
    if booking.accessibility_needs.strip():
        rows.append((_("Accessibility needs:"), _lines(booking.accessibility_needs)))
    return rows


def _either(value, default):
    return default if value is None else value


def _date_rows(sessions):
    if len(sessions) == 1:
        [session] = sessions
        return [
            (_("Date:"), f"<b>{escape(_date(session.starts_at))}</b>"),
            (_("Time:"), escape(_time_range(session))),
        ]
    lines = [f"{_date(s.starts_at)}, {_time_range(s)}" for s in sessions]
    return [(_("Date:"), "<br/>".join(escape(line) for line in lines))]


def _deadlines(visit):
    """Until when the teacher can cancel and change numbers online, as `visits` rules."""
    starts_at = visit.event.starts_at
    if starts_at is None:
        return []
    deadlines = [
        (_("Free cancellation until:"), visit.course.cancellation_days),
        (_("Final numbers until:"), visit.course.final_numbers_days),
    ]
    return [
        (label, escape(_datetime(starts_at - datetime.timedelta(days=days))))
        for label, days in deadlines
    ]


def _duration(sessions):
    hours = sum(session.duration_hours for session in sessions)
    decimals = 0 if hours == int(hours) else 1
    # Translators: a duration in clock hours, abbreviated, e.g. "2 h" or "1.5 h".
    return _("%(hours)s h") % {"hours": number_format(hours, decimals)}


def _address(venue):
    return (
        f"<b>{escape(venue.name)}</b><br/>{escape(venue.street)}, "
        f"{escape(venue.postcode)} {escape(venue.town)}, "
        f"{escape(venue.get_country_display())}"
    )


def _lines(text):
    return escape(text.strip()).replace("\n", "<br/>")


def _date(value):
    """Weekday and date in the active language: "Dienstag, 10. Juni 2025"."""
    value = timezone.localtime(value)
    return date_format(value, "WEEKDAY_DATE_FORMAT")


def _time_range(session):
    starts, ends = (
        timezone.localtime(session.starts_at),
        timezone.localtime(session.ends_at),
    )
    return f"{date_format(starts, 'TIME_FORMAT')}–{date_format(ends, 'TIME_FORMAT')}"


def _datetime(value):
    value = timezone.localtime(value)
    return f"{_date(value)}, {date_format(value, 'TIME_FORMAT')}"


# The page


def _render(visit, title, story_for):
    """One A4 page: the letterhead, then `story_for(visit, title, styles)`. A story
    that runs over is set in smaller type, and at the end shrunk to fit."""
    letterhead = _Letterhead(visit)
    for scale in SCALES:
        styles = _styles(*visit.fonts, scale)
        story = story_for(visit, title, styles)
        content, pages = _build(visit, title, letterhead, story)
        if pages == 1:
            return content
    story = story_for(visit, title, styles)  # a built story is used up
    shrunk = KeepInFrame(WIDTH, letterhead.frame_height, story)
    content, _pages = _build(visit, title, letterhead, [shrunk])
    return content


def _build(visit, title, letterhead, story):
    """The PDF and its number of pages."""
    buffer = io.BytesIO()
    pages = []

    def on_page(canvas, _document):
        pages.append(canvas.getPageNumber())
        letterhead.draw(canvas)

    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        title=f"{title}: {visit.course.title}",
        author=visit.organisation_name,
        subject=f"{visit.booking.school.name}, {visit.booking.class_name}",
        creator=visit.organisation_name,
        lang=visit.language,
    )
    frame = Frame(
        MARGIN,
        FRAME_BOTTOM,
        WIDTH,
        letterhead.frame_height,
        leftPadding=0,
        bottomPadding=0,
        rightPadding=0,
        topPadding=0,
    )
    document.addPageTemplates(PageTemplate(frames=[frame], onPage=on_page))
    document.build(story)
    return buffer.getvalue(), len(pages)


class _Letterhead:
    """The organisation's name on the left, its address, e-mail and phone on the
    right, a rule under both; and the foot of the page. Measured once per document,
    so that the content starts right under it."""

    def __init__(self, visit):
        regular, bold = visit.fonts
        organisation = visit.organisation
        self.font = regular
        self.name = visit.organisation_name
        self.site = mail.absolute_url("/").removesuffix("/")
        lines = _letterhead_lines(organisation)
        address = ParagraphStyle(
            "address", fontName=regular, fontSize=8.5, leading=11, alignment=TA_RIGHT
        )
        widest = max(
            (pdfmetrics.stringWidth(line, regular, address.fontSize) for line in lines),
            default=0,
        )
        self.address_width = min(widest + 2, WIDTH * 0.6)
        self.address = Paragraph("<br/>".join(map(escape, lines)), address)
        _, address_height = self.address.wrap(self.address_width, A4[1])
        self.title = Paragraph(
            escape(self.name),
            ParagraphStyle(
                "name", fontName=bold, fontSize=14, leading=17, textColor=ACCENT
            ),
        )
        _, name_height = self.title.wrap(WIDTH - self.address_width - 8 * mm, A4[1])
        self.rule_y = HEADER_TOP - max(name_height, address_height) - 3 * mm
        self.frame_height = self.rule_y - 7 * mm - FRAME_BOTTOM

    def draw(self, canvas):
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, A4[1] - BAND, A4[0], BAND, stroke=0, fill=1)
        self.title.drawOn(canvas, MARGIN, HEADER_TOP - self.title.height)
        self.address.drawOn(
            canvas,
            MARGIN + WIDTH - self.address_width,
            HEADER_TOP - self.address.height,
        )
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN, self.rule_y, MARGIN + WIDTH, self.rule_y)
        canvas.line(MARGIN, FOOT_Y + 4.5 * mm, MARGIN + WIDTH, FOOT_Y + 4.5 * mm)
        canvas.setFont(self.font, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, FOOT_Y, self.name)
        canvas.drawRightString(MARGIN + WIDTH, FOOT_Y, self.site)
        canvas.restoreState()


def _letterhead_lines(organisation):
    """The address in up to three lines, then e-mail and phone."""
    lines = [line.strip() for line in organisation.address.splitlines() if line.strip()]
    if len(lines) > 3:
        lines = [*lines[:2], ", ".join(lines[2:])]
    contact = [part for part in (organisation.email, organisation.phone) if part]
    if contact:
        lines.append(" · ".join(contact))
    return lines


class _Rule(Flowable):
    """A thin line under a section heading, as wide as the frame."""

    def wrap(self, available_width, available_height):
        self.width, self.height = available_width, 2 * mm
        return self.width, self.height

    def draw(self):
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.6)
        self.canv.line(0, self.height, self.width, self.height)
