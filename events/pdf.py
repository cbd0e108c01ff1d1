"""The printable participant list of one event (A4), its attendance roster and the
sign-in sheets; and the QR code drawer every PDF of the site uses. Renders only; the
views gather.

Names from Poland and Czechia need more than Latin-1, so DejaVu Sans (Debian's
fonts-dejavu-core) is embedded when it is installed; without it the list falls back to
reportlab's built-in Helvetica, which cannot show letters such as ł or ř.
"""

import functools
import io
import itertools
import re
from html import escape
from pathlib import Path

import qrcode
from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format, get_format
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

# Streams stay binary (compressed, not also ASCII85-encoded): PDFs are files, not
# 7-bit mail bodies; it saves a quarter of their size and ~0.8 ms a certificate.
rl_config.useA85 = 0

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
    styles = _styles(*register_fonts(FONT_DIR))
    title = str(event)
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
    return _build(
        story,
        title=_("Participant list: %(event)s") % {"event": title},
        footer_title=title,
    )


def _build(story, *, title, footer_title, pagesize=A4) -> bytes:
    """The document: margins, metadata and "page X of Y" with `footer_title` at the
    foot of every page."""
    regular, _bold = register_fonts(FONT_DIR)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 6 * mm,
        title=title,
        author=getattr(settings, "WAGTAIL_SITE_NAME", ""),
        creator="MINT",
    )
    footer = _("%(event)s – printed %(date)s") % {
        "event": footer_title,
        "date": _datetime(timezone.now()),
    }
    document.build(story, canvasmaker=_numbered_canvas(regular, footer, pagesize))
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
    lines = [_dates_line(sessions)] if sessions else []
    lines.append(_venue_line(event.venue))
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


def _dates_line(sessions):
    label = _("Date") if len(sessions) == 1 else _("Dates")
    dates = "; ".join(_session_time(session) for session in sessions)
    return f"<b>{escape(label)}:</b> {escape(dates)}"


def _venue_line(venue):
    place = f"{venue.name}, {venue.street}, {venue.postcode} {venue.town}"
    return f"<b>{escape(_('Venue'))}:</b> {escape(place)}"


def _session_time(session):
    end = date_format(timezone.localtime(session.ends_at), "H:i")
    return f"{_datetime(session.starts_at)}–{end}"


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


def _table(data, widths, *, extra_style=()):
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
                *extra_style,
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


def _numbered_canvas(font, footer, pagesize=A4):
    """A canvas that knows the page count when it writes each page's foot."""
    page_width = pagesize[0]

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
            self.drawRightString(page_width - MARGIN, 9 * mm, page)
            room = page_width - 2 * MARGIN - pdfmetrics.stringWidth(page, font, 8)
            room -= 10 * mm
            self.drawString(MARGIN, 9 * mm, _fit(footer, font, 8, room))
            self.restoreState()

    return NumberedCanvas


# Figures for the funder: the report's tables (aggregated, nobody named).


def render_figures_report(*, title, selection, tables) -> bytes:
    """A4 across (wide tables of numbers): the title, what was counted as (label,
    text) lines, then each table with its heading and note; numbers right-aligned,
    totals in bold. `tables` are `events.figures_admin.Table`s: a header, rows with
    a label and cells."""
    pagesize = landscape(A4)
    styles = _styles(*register_fonts(FONT_DIR))
    figure = ParagraphStyle("figure", styles["cell"], alignment=TA_RIGHT)
    story = [Paragraph(escape(title), styles["title"])]
    for label, text in selection:
        story.append(
            Paragraph(f"<b>{escape(label)}:</b> {escape(text)}", styles["meta"])
        )
    for table in tables:
        story.append(Spacer(0, 5 * mm))
        story.append(Paragraph(escape(str(table.title)), styles["heading"]))
        if table.rows:
            story.append(_figures_table(table, styles, figure))
        else:
            story.append(Paragraph(escape(_("Nothing to show.")), styles["meta"]))
        if table.note:
            story.append(Spacer(0, 1 * mm))
            story.append(Paragraph(escape(str(table.note)), styles["meta"]))
    return _build(story, title=title, footer_title=title, pagesize=pagesize)


def _figures_table(table, styles, figure):
    bold = styles["head"].fontName
    total_label = ParagraphStyle("total_label", styles["cell"], fontName=bold)
    total_figure = ParagraphStyle("total_figure", figure, fontName=bold)
    data = [[Paragraph(escape(str(text)), styles["head"]) for text in table.header]]
    extra_style = []
    for number, row in enumerate(table.rows, start=1):
        label, value = (
            (total_label, total_figure) if row.total else (styles["cell"], figure)
        )
        data.append(
            [Paragraph(escape(str(row.label)), label)]
            + [Paragraph(escape(str(cell)), value) for cell in row.cells]
        )
        if row.total:
            extra_style.append(
                ("LINEABOVE", (0, number), (-1, number), 1.2, colors.black)
            )
    columns = len(table.header) - 1
    width = landscape(A4)[0] - 2 * MARGIN
    label_width = 66 * mm
    number_width = min((width - label_width) / columns, 42 * mm)
    result = _table(
        data, [label_width] + [number_width] * columns, extra_style=extra_style
    )
    result.hAlign = "LEFT"
    return result


# Attendance: the roster of one event, and sign-in sheets for venues without a phone.

# Up to this many sessions the roster fits A4 upright; more turn it across.
PORTRAIT_SESSIONS = 6
# Helvetica, the fallback font, has none of the roster's signs.
FALLBACK_SIGNS = {"present": "+", "late": "(+)", "excused": "o", "absent": "-"}
SIGN_IN_BLANK_ROWS = 6


def render_attendance_roster(event, *, grid) -> bytes:
    """Participants × sessions with each mark as a sign, sessions attended and the
    share, then the totals per session with walk-ins and classes; A4 across when there
    are many sessions.

    `grid` is an `events.admin_views.AttendanceGrid`: sessions, rows, legend and the
    confirmed class bookings."""
    regular, bold = register_fonts(FONT_DIR)
    styles = _styles(regular, bold)
    sign = _signer(regular)
    pagesize = landscape(A4) if len(grid.sessions) > PORTRAIT_SESSIONS else A4
    title = str(event)
    heading = _("Attendance: %(event)s") % {"event": title}
    legend = " &nbsp; ".join(
        f"{escape(sign(status, symbol))} {escape(str(label))}"
        for status, symbol, label in grid.legend
    )
    story = [
        Paragraph(escape(heading), styles["title"]),
        Paragraph(_venue_line(event.venue), styles["meta"]),
        Paragraph(f"<b>{escape(_('Legend'))}:</b> {legend}", styles["meta"]),
        Spacer(0, 4 * mm),
    ]
    if grid.sessions:
        story.append(_roster_table(grid, styles, sign, pagesize[0] - 2 * MARGIN))
    else:
        story.append(Paragraph(escape(_("No sessions yet.")), styles["meta"]))
    if grid.bookings:
        story.append(Spacer(0, 6 * mm))
        story.append(Paragraph(escape(_("Class visits")), styles["heading"]))
        story.append(_classes_table(grid.bookings, styles, pagesize[0] - 2 * MARGIN))
    return _build(story, title=heading, footer_title=title, pagesize=pagesize)


def render_sign_in_sheet(event, *, sheets, blank_rows=SIGN_IN_BLANK_ROWS) -> bytes:
    """A sheet per session to sign on paper: the confirmed participants with their age
    and room to sign, then empty rows for walk-ins; each session starts a page.

    `sheets` is a list of (session, [(name, age), …])."""
    styles = _styles(*register_fonts(FONT_DIR))
    title = str(event)
    heading = _("Sign-in sheet: %(event)s") % {"event": title}
    story = []
    for session, people in sheets:
        if story:
            story.append(PageBreak())
        story += [
            Paragraph(escape(heading), styles["title"]),
            Paragraph(
                f"<b>{escape(_('Session'))}:</b> {escape(_session_time(session))}",
                styles["meta"],
            ),
            Paragraph(_venue_line(event.venue), styles["meta"]),
            Spacer(0, 4 * mm),
            _sign_in_table(people, styles, blank_rows),
        ]
    if not story:
        story.append(Paragraph(escape(heading), styles["title"]))
        story.append(Paragraph(escape(_("No sessions yet.")), styles["meta"]))
    return _build(story, title=heading, footer_title=title)


def _roster_table(grid, styles, sign, width):
    small = ParagraphStyle("small", styles["number"], fontSize=7, leading=8.5)
    head = [
        Paragraph(escape(text), styles["head"])
        for text in (_("No."), pgettext("person", "Name"), _("Age"))
    ]
    head += [
        Paragraph(
            f"<b>{column.number}</b><br/>{escape(_day_month(column.session.starts_at))}"
            f"<br/>{escape(_time(column.session.starts_at))}",
            small,
        )
        for column in grid.sessions
    ]
    head += [Paragraph(f"<b>{escape(_('Attended'))}</b>", small), Paragraph("%", small)]
    data = [head]
    for number, row in enumerate(grid.rows, start=1):
        data.append(
            [
                Paragraph(str(number), styles["number"]),
                Paragraph(escape(row.name), styles["cell"]),
                Paragraph(str(row.age), styles["number"]),
                *(
                    Paragraph(escape(sign(cell.status, cell.sign)), styles["number"])
                    for cell in row.cells
                ),
                Paragraph(f"{row.attended}/{row.held}", styles["number"]),
                Paragraph("" if row.rate is None else str(row.rate), styles["number"]),
            ]
        )
    first_total = len(data)
    for label, values in grid.total_rows():
        data.append(
            [
                Paragraph(escape(str(capfirst(label))), styles["head"]),
                "",
                "",
                *(Paragraph(str(value), styles["number"]) for value in values),
                "",
                "",
            ]
        )
    spans = [("SPAN", (0, row), (2, row)) for row in range(first_total, len(data))]
    shade = ("BACKGROUND", (0, first_total), (-1, -1), HEADER_BACKGROUND)
    # Session columns of 9 to 14 mm; the name takes the rest, at least 30 mm.
    count = len(grid.sessions)
    fixed = (8 + 12 + 18 + 10) * mm
    column = min(14 * mm, max(9 * mm, (width - fixed - 45 * mm) / count))
    name = max(30 * mm, width - fixed - column * count)
    column = (width - fixed - name) / count
    widths = [8 * mm, name, 12 * mm, *[column] * count, 18 * mm, 10 * mm]
    narrow = [
        ("LEFTPADDING", (3, 0), (-3, -1), 1),
        ("RIGHTPADDING", (3, 0), (-3, -1), 1),
    ]
    return _table(data, widths, extra_style=[*spans, shade, *narrow])


def _classes_table(bookings, styles, width):
    header = [_("Class"), _("School"), _("Pupils present"), _("Adults present")]
    data = [[Paragraph(escape(text), styles["head"]) for text in header]]
    for booking in bookings:
        data.append(
            [
                Paragraph(escape(booking.class_name), styles["cell"]),
                Paragraph(escape(booking.school.name), styles["cell"]),
                Paragraph(
                    _present_of(booking.pupils_present, booking.pupils),
                    styles["number"],
                ),
                Paragraph(
                    _present_of(booking.adults_present, booking.adults),
                    styles["number"],
                ),
            ]
        )
    widths = [30 * mm, None, 32 * mm, 32 * mm]
    widths[1] = width - sum(w for w in widths if w)
    return _table(data, widths)


def _present_of(present, booked):
    """ "22 / 24": present of booked; "– / 24" before the numbers are in."""
    return f"{'–' if present is None else present} / {booked}"


def _sign_in_table(people, styles, blank_rows):
    header = [_("No."), pgettext("person", "Name"), _("Age"), _("Signature")]
    data = [[Paragraph(escape(text), styles["head"]) for text in header]]
    for number, (name, age) in enumerate(people, start=1):
        data.append(
            [
                Paragraph(str(number), styles["number"]),
                Paragraph(escape(name), styles["cell"]),
                Paragraph(str(age), styles["number"]),
                Spacer(0, 7 * mm),  # room to sign
            ]
        )
    walk_ins = len(data)
    data.append([Paragraph(escape(_("Not registered (walk-ins)")), styles["head"])])
    data[-1] += [""] * 3
    data += [["", "", "", Spacer(0, 7 * mm)] for _row in range(blank_rows)]
    widths = [10 * mm, 75 * mm, 13 * mm, None]
    widths[3] = WIDTH - sum(w for w in widths if w)
    return _table(
        data,
        widths,
        extra_style=[
            ("SPAN", (0, walk_ins), (-1, walk_ins)),
            ("BACKGROUND", (0, walk_ins), (-1, walk_ins), HEADER_BACKGROUND),
        ],
    )


def _signer(font):
    """sign(status, symbol): the symbol, or a plain stand-in the font can show."""
    if font in FALLBACK_FONTS:
        return lambda status, symbol: FALLBACK_SIGNS.get(status, symbol)
    return lambda status, symbol: symbol


def _day_month(value):
    """The short date without its year (03.03, 03/03), to head a narrow column."""
    without_year = re.sub(
        r"[^A-Za-z]*[Yy][^A-Za-z]*", "", get_format("SHORT_DATE_FORMAT")
    )
    return date_format(timezone.localtime(value), without_year or "d.m")


def _time(value):
    return date_format(timezone.localtime(value), "TIME_FORMAT")


# QR codes, drawn as vector paths: crisp at any zoom and on any printer.

# Choosing the mask (qrcode tries all eight and scores each) costs five times as much
# as the rest of the code; any mask is valid, and 2 is the one qrcode picks most often
# for the site's URLs.
QR_MASK = 2
QR_QUIET_ZONE = 4  # modules of white around the code, which scanners need


def qr_runs(payload: str) -> tuple[int, list[tuple[int, int, int]]]:
    """The size of the QR code (error correction M) in modules, with its quiet zone,
    and its dark modules as runs (row, column, length) along the rows."""
    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M,
        border=QR_QUIET_ZONE,
        mask_pattern=QR_MASK,
    )
    # Runs of 20 or more upper-case letters and digits (a certificate code) are coded
    # alphanumerically, at 5.5 instead of 8 bits a character.
    code.add_data(payload, optimize=20)
    code.make(fit=True)
    runs = []
    for row, cells in enumerate(code.get_matrix()):
        column = 0
        for dark, run in itertools.groupby(cells):
            length = sum(1 for _cell in run)
            if dark:
                runs.append((row, column, length))
            column += length
    return code.modules_count + 2 * QR_QUIET_ZONE, runs


@functools.lru_cache(maxsize=256)
def qr_path(payload: str) -> tuple[int, str]:
    """The size of the QR code in modules, and its dark modules as the operators of
    one filled PDF path: rectangles in module units, rows counted downwards. Runs
    that repeat in the rows below are one taller rectangle."""
    modules, runs = qr_runs(payload)
    rectangles = []
    open_runs = {}  # (column, length) → [row, height] of the rectangle growing down
    for row, column, length in runs:
        grown = open_runs.get((column, length))
        if grown and grown[0] + grown[1] == row:
            grown[1] += 1
        else:
            grown = open_runs[column, length] = [row, 1]
            rectangles.append((column, length, grown))
    operators = [
        f"{column} {top} {length} {height} re"
        for column, length, (top, height) in rectangles
    ]
    return modules, "\n".join([*operators, "f"])


def draw_qr(canvas, payload: str, x: float, y: float, size: float) -> None:
    """The QR code of `payload` as one filled path on white, `size` wide and high with
    its quiet zone, lower left corner at (x, y)."""
    modules, operators = qr_path(payload)
    canvas.saveState()
    canvas.setFillColor(colors.white)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.translate(x, y + size)
    canvas.scale(size / modules, -size / modules)
    canvas.setFillColor(colors.black)
    canvas.addLiteral(operators)  # the path, formatted once per payload
    canvas.restoreState()


class QrCode(Flowable):
    """`draw_qr` as a flowable, `size` wide and high with its quiet zone."""

    def __init__(self, payload, size):
        super().__init__()
        self.payload = payload
        self.width = self.height = size

    def draw(self):
        draw_qr(self.canv, self.payload, 0, 0, self.width)
