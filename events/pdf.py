"""The printable participant list of one event (A4). Renders only; the view gathers.

Names from Poland and Czechia need more than Latin-1, so DejaVu Sans (Debian's
fonts-dejavu-core) is embedded when it is installed; without it the list falls back to
reportlab's built-in Helvetica, which cannot show letters such as ł or ř.
"""

import functools
import io
from html import escape
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FAMILY = "DejaVuSans"
# Cut → file; a missing cut falls back to the regular one.
FONT_FILES = {
    "normal": "DejaVuSans.ttf",
    "bold": "DejaVuSans-Bold.ttf",
    "italic": "DejaVuSans-Oblique.ttf",
    "boldItalic": "DejaVuSans-BoldOblique.ttf",
}
FALLBACK_FONTS = ("Helvetica", "Helvetica-Bold")

MARGIN = 15 * mm
WIDTH = A4[0] - 2 * MARGIN
GRID = colors.HexColor("#8a8a8a")
HEADER_BACKGROUND = colors.HexColor("#e6e6e6")


@functools.cache
def register_fonts(font_dir: Path) -> tuple[str, str]:
    """Register DejaVu Sans and its cuts once, as a family so that <b> and <i> work;
    without the regular cut, use the fallback. Returns the regular and bold names."""
    if not (font_dir / FONT_FILES["normal"]).is_file():
        return FALLBACK_FONTS
    names = {}
    try:
        for cut, file_name in FONT_FILES.items():
            path = font_dir / file_name
            if path.is_file():
                name = FAMILY if cut == "normal" else f"{FAMILY}-{cut}"
                pdfmetrics.registerFont(TTFont(name, str(path)))
                names[cut] = name
    except Exception:  # noqa: BLE001 - a broken font file must not break the list
        return FALLBACK_FONTS
    names = {cut: names.get(cut, FAMILY) for cut in FONT_FILES}
    pdfmetrics.registerFontFamily(FAMILY, **names)
    return names["normal"], names["bold"]


def render_participant_list(event, *, sessions, confirmed, waiting) -> bytes:
    """A4 list: title, dates and venue, the confirmed participants with a column to
    sign or tick, then the waiting list; "page X of Y" at the foot of every page.

    `confirmed` and `waiting` are rows with name, age, guardian_email, notes, remarks,
    seats (and position for the waiting list), as `events.admin_views` builds them."""
    regular, bold = register_fonts(FONT_DIR)
    styles = _styles(regular, bold)
    buffer = io.BytesIO()
    title = str(event)
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 6 * mm,
        title=_("Participant list: %(event)s") % {"event": title},
        author=getattr(settings, "WAGTAIL_SITE_NAME", ""),
        creator="MINT",
    )
    footer = _("%(event)s – printed %(date)s") % {
        "event": title,
        "date": _datetime(timezone.now()),
    }

    story = [Paragraph(escape(title), styles["title"])]
    story += [Paragraph(line, styles["meta"]) for line in _meta_lines(event, sessions)]
    story.append(Spacer(0, 4 * mm))
    story.append(Paragraph(escape(_("Participants")), styles["heading"]))
    if confirmed:
        story.append(_participants_table(confirmed, styles))
    else:
        story.append(Paragraph(escape(_("No confirmed participants.")), styles["meta"]))
    if waiting:
        story.append(Spacer(0, 6 * mm))
        story.append(Paragraph(escape(_("Waiting list")), styles["heading"]))
        story.append(_waiting_table(waiting, styles))

    document.build(story, canvasmaker=_numbered_canvas(regular, footer))
    return buffer.getvalue()


def _styles(regular, bold):
    base = ParagraphStyle("base", fontName=regular, fontSize=9, leading=11)
    return {
        "title": ParagraphStyle("title", base, fontName=bold, fontSize=16, leading=20),
        "meta": ParagraphStyle("meta", base, fontSize=10, leading=13),
        "heading": ParagraphStyle(
            "heading",
            base,
            fontName=bold,
            fontSize=12,
            leading=15,
            spaceAfter=2 * mm,
            keepWithNext=True,
        ),
        "cell": base,
        "head": ParagraphStyle("head", base, fontName=bold),
        "number": ParagraphStyle("number", base, alignment=TA_CENTER),
    }


def _meta_lines(event, sessions):
    venue = event.venue
    lines = []
    if sessions:
        label = _("Date") if len(sessions) == 1 else _("Dates")
        dates = "; ".join(
            f"{_datetime(s.starts_at)}–{date_format(timezone.localtime(s.ends_at), 'H:i')}"
            for s in sessions
        )
        lines.append(f"<b>{escape(label)}:</b> {escape(dates)}")
    place = f"{venue.name}, {venue.street}, {venue.postcode} {venue.town}"
    lines.append(f"<b>{escape(_('Venue'))}:</b> {escape(place)}")
    seats = ngettext(
        "%(taken)s of %(capacity)s seat confirmed, %(waiting)s on the waiting list",
        "%(taken)s of %(capacity)s seats confirmed, %(waiting)s on the waiting list",
        event.capacity,
    ) % {
        "taken": event.seats_taken,
        "capacity": event.capacity,
        "waiting": event.waitlist_count,
    }
    lines.append(f"<b>{escape(_('Seats'))}:</b> {escape(seats)}")
    if event.status == event.Status.CANCELLED:
        lines.append(f"<b>{escape(_('This event has been cancelled.'))}</b>")
    return lines


def _participants_table(rows, styles):
    header = [_("No."), pgettext("person", "Name"), _("Age"), _("Guardian's e-mail")]
    header += [_("Notes for the instructor"), _("Present / signature")]
    data = [[Paragraph(escape(text), styles["head"]) for text in header]]
    for number, row in enumerate(rows, start=1):
        data.append(
            [
                Paragraph(str(number), styles["number"]),
                Paragraph(_name(row), styles["cell"]),
                Paragraph(str(row.age), styles["number"]),
                Paragraph(escape(row.guardian_email), styles["cell"]),
                Paragraph(_notes(row), styles["cell"]),
                Spacer(0, 7 * mm),  # room to sign or tick
            ]
        )
    widths = [10 * mm, 40 * mm, 13 * mm, 55 * mm, None, 26 * mm]
    widths[4] = WIDTH - sum(w for w in widths if w)
    return _table(data, widths)


def _waiting_table(rows, styles):
    header = [_("Pos."), pgettext("person", "Name"), _("Age"), _("Guardian's e-mail")]
    header += [_("Registered at")]
    data = [[Paragraph(escape(text), styles["head"]) for text in header]]
    for row in rows:
        data.append(
            [
                Paragraph(str(row.position), styles["number"]),
                Paragraph(_name(row), styles["cell"]),
                Paragraph(str(row.age), styles["number"]),
                Paragraph(escape(row.guardian_email), styles["cell"]),
                Paragraph(escape(_datetime(row.registered_at)), styles["cell"]),
            ]
        )
    widths = [12 * mm, 50 * mm, 13 * mm, 62 * mm, None]
    widths[4] = WIDTH - sum(w for w in widths if w)
    return _table(data, widths)


def _table(data, widths):
    """A grid with a shaded header row that repeats on every page."""
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_BACKGROUND),
            ]
        )
    )
    return table


def _name(row):
    name = escape(row.name)
    if row.seats > 1:
        seats = ngettext("(%(seats)s seat)", "(%(seats)s seats)", row.seats)
        name += " " + escape(seats % {"seats": row.seats})
    return name


def _notes(row):
    """The participant's notes, then the registration's remarks, marked as such."""
    parts = [_lines(row.notes)] if row.notes else []
    if row.remarks:
        parts.append(f"<i>{escape(_('Remarks'))}:</i> {_lines(row.remarks)}")
    return "<br/>".join(parts)


def _lines(text):
    return escape(text).replace("\n", "<br/>")


def _datetime(value):
    return date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")


def _fit(text, font, size, width):
    """The text, shortened with an ellipsis until it fits the width."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _numbered_canvas(font, footer):
    """A canvas that knows the page count when it writes each page's foot."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._draw_foot(total)
                super().showPage()
            super().save()

        def _draw_foot(self, total):
            self.saveState()
            self.setFont(font, 8)
            self.setFillColor(colors.HexColor("#555555"))
            page = _("Page %(page)s of %(pages)s") % {
                "page": self._pageNumber,
                "pages": total,
            }
            self.drawRightString(A4[0] - MARGIN, 9 * mm, page)
            room = WIDTH - pdfmetrics.stringWidth(page, font, 8) - 10 * mm
            self.drawString(MARGIN, 9 * mm, _fit(footer, font, 8, room))
            self.restoreState()

    return NumberedCanvas
