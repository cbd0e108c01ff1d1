"""A certificate as one A4 page (reportlab): the playful "Urkunde" for children, the
formal certificate of attendance for adults and vocational training, and the
confirmation of participation for a class. Renders only what was frozen at issue
(`Certificate.content`); the services gather.

The page is drawn straight on the canvas, not through a platypus story: a certificate
is one page of known parts, and measuring the text with `stringWidth` is all the
layout it needs (and several times cheaper than building paragraphs). What varies in
length (name, course title, outcomes) is set smaller until it fits the page.

Fixed labels are gettext strings, looked up once per language. A bilingual certificate
prints the second language smaller and lighter under each text of the first.
Reportlab writes no tagged PDF (no structure tree), so the text is not tagged; the
document language and metadata are set.
"""

import copy
import dataclasses
import datetime
import decimal
import functools
import hashlib
import io
import math
import os
import re
import zlib

import PIL.Image
from django.utils import translation
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext, ngettext, pgettext
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfdoc, pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace
from reportlab.pdfgen.canvas import Canvas

from events import pdf as events_pdf

WIDTH, HEIGHT = A4
SERIF_FILES = ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf")
SERIF_FALLBACK = ("Times-Roman", "Times-Bold")

# Text sizes to try until the variable part fits the page: (large, small) factors for
# the name and course title, and for everything else. Large text gives way first.
SCALES = (
    (1, 1),
    (0.9, 1),
    (0.8, 0.96),
    (0.72, 0.92),
    (0.66, 0.88),
    (0.6, 0.84),
    (0.55, 0.8),
    (0.5, 0.74),
    (0.46, 0.68),
    (0.42, 0.62),
    (0.38, 0.56),
)
SECONDARY = 0.78  # the second language, relative to the first

INK = colors.HexColor("#1f2a30")
MUTED = colors.HexColor("#5b6770")
FAINT = colors.HexColor("#8a959c")
HAIRLINE = colors.HexColor("#d3dcdf")
TEAL = colors.HexColor("#0b5d6b")  # the site's colour
GOLD = colors.HexColor("#b39256")
RED = colors.HexColor("#c62828")
# The children's certificate
SUN = colors.HexColor("#ffc93c")
ORANGE = colors.HexColor("#ff8a3d")
PINK = colors.HexColor("#ef476f")
GREEN = colors.HexColor("#06a77d")
BLUE = colors.HexColor("#118ab2")
PURPLE = colors.HexColor("#7b5ea7")
CREAM = colors.HexColor("#fff7dc")
RAINBOW = (PINK, ORANGE, GREEN, BLUE, PURPLE)  # the title's letters
CONFETTI = (PINK, ORANGE, SUN, GREEN, BLUE, PURPLE)

MARGIN = 26 * mm  # left and right of the text
TEXT_WIDTH = WIDTH - 2 * MARGIN
MAX_IMAGE_PIXELS = 1200  # the longest side; a logo 70 mm wide at over 400 dpi
QR_SIZE = 27 * mm  # with its quiet zone
SIGNATURE_LINE = 38 * mm  # the signature over it, the signatory's name under it
BOTTOM_TOP = 66 * mm  # the signature and the QR code live below this line

PLACEHOLDER = re.compile(r"%\((\w+)\)s")


# What the page says


@dataclasses.dataclass(frozen=True)
class _Words:
    """The fixed labels in one language."""

    title: dict
    sentence: dict
    date: str
    period: str
    venue: str
    provider: str
    scope: str
    attendance: str
    participants: str
    contents: str
    discovered: str
    issued_on: str
    verify: str
    code: str
    revoked: str
    revoked_on: str


@functools.lru_cache(maxsize=16)
def _words(language: str) -> _Words:
    with translation.override(language):
        return _Words(
            title={
                # Translators: the title of a certificate for children, e.g. "Urkunde".
                "children": pgettext("certificate for children", "Certificate"),
                # Translators: the title of a certificate for adults and vocational
                # training, e.g. "Teilnahmebescheinigung".
                "formal": pgettext("certificate", "Certificate of attendance"),
                "class": gettext("Confirmation of participation"),
            },
            sentence={
                # Translators: keep %(name)s and %(course)s; they are printed large,
                # each on a line of its own, the words around them smaller.
                "children": pgettext(
                    "certificate for children",
                    "Awarded to %(name)s for taking part with enthusiasm in %(course)s",
                ),
                # Translators: keep %(name)s and %(course)s; they are printed large,
                # each on a line of its own, the words around them smaller.
                "formal": pgettext(
                    "certificate",
                    "This is to certify that %(name)s has successfully taken part "
                    "in %(course)s",
                ),
                # Translators: %(class)s is a class such as "Klasse 4b", %(school)s
                # its school; both and %(course)s are printed on lines of their own.
                "class": pgettext(
                    "certificate",
                    "We hereby confirm that %(class)s of %(school)s took part in "
                    "%(course)s",
                ),
            },
            date=pgettext("certificate", "Date"),
            period=pgettext("certificate", "Period"),
            venue=gettext("Venue"),
            provider=gettext("Provider"),
            # Translators: the label of a certificate's hours, e.g. "Umfang".
            scope=pgettext("certificate", "Scope"),
            attendance=gettext("Attendance"),
            participants=gettext("Participants"),
            # Translators: the label of what a course covered, on its certificate.
            contents=pgettext("certificate", "Contents"),
            # Translators: the heading of what a child learnt, on its certificate.
            discovered=pgettext("certificate for children", "What you discovered"),
            issued_on=gettext("Issued on %(date)s"),
            # Translators: followed by the address of the certificate's verification
            # page.
            verify=pgettext("certificate", "Check that it is genuine at"),
            code=pgettext("certificate", "Certificate code"),
            # Translators: stamped diagonally across a revoked certificate, in
            # capitals.
            revoked=pgettext("certificate", "REVOKED"),
            revoked_on=pgettext(
                "certificate",
                "This certificate was revoked on %(date)s and is no longer valid.",
            ),
        )


@functools.lru_cache(maxsize=4096)
def _date(language: str, iso: str) -> str:
    with translation.override(language):
        return date_format(datetime.date.fromisoformat(iso), "DATE_FORMAT")


def _dates(language, first, last):
    if not first:
        return ""
    if not last or last == first:
        return _date(language, first)
    return f"{_date(language, first)} – {_date(language, last)}"


def _hours(language, hours, unit):
    if hours in (None, ""):
        return ""
    try:
        value = decimal.Decimal(str(hours))
    except decimal.InvalidOperation:
        return str(hours)
    whole = value == value.to_integral_value()
    # A fraction takes the form of 2 in all four languages ("2,5 godziny").
    count = int(value) if whole else 2
    with translation.override(language):
        shown = number_format(value, 0 if whole else 1)
        if unit == "clock":
            text = ngettext("%(hours)s clock hour", "%(hours)s clock hours", count)
        else:
            text = ngettext(
                "%(hours)s teaching unit of 45 minutes",
                "%(hours)s teaching units of 45 minutes",
                count,
            )
    return text % {"hours": shown}


def _attendance(language, attended, held):
    if attended is None or not held:
        return ""
    with translation.override(language):
        text = ngettext(
            "attended %(attended)s of %(held)s session",
            "attended %(attended)s of %(held)s sessions",
            held,
        )
    return text % {"attended": attended, "held": held}


def _participants(language, pupils, adults):
    parts = []
    with translation.override(language):
        if pupils:
            parts.append(
                ngettext("%(count)s pupil", "%(count)s pupils", pupils)
                % {"count": pupils}
            )
        if adults:
            parts.append(
                ngettext(
                    "%(count)s accompanying adult",
                    "%(count)s accompanying adults",
                    adults,
                )
                % {"count": adults}
            )
    return ", ".join(parts)


def grouped_code(code: str) -> str:
    """K3Q7-XW2M-5RZT-4HNA-6BCD-EFGJ-2L: the code as people read and type it."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


# Fonts, images


@dataclasses.dataclass(frozen=True)
class _Fonts:
    sans: str
    sans_bold: str
    serif: str
    serif_bold: str


@functools.lru_cache(maxsize=4)
def _fonts(font_dir) -> _Fonts:
    """DejaVu Sans (registered by events.pdf) and DejaVu Serif, once per process."""
    sans, sans_bold = events_pdf.register_fonts(font_dir)
    if sans in events_pdf.FALLBACK_FONTS:
        return _Fonts(sans, sans_bold, *SERIF_FALLBACK)
    names = []
    try:
        for file_name in SERIF_FILES:
            name = file_name.removesuffix(".ttf")
            font = TTFont(name, str(font_dir / file_name))
            font.face.__class__ = _SubsetCachingFace  # adds a cache, changes no byte
            pdfmetrics.registerFont(font)
            names.append(name)
    except Exception:  # noqa: BLE001 - a missing serif cut falls back to the sans
        return _Fonts(sans, sans_bold, sans, sans_bold)
    return _Fonts(sans, sans_bold, *names)


class _SubsetCachingFace(TTFontFace):
    """A TrueType face whose embedded subsets are built once.

    For every document, reportlab builds a new font file holding the glyphs it used
    (with DejaVu's name table, licence included, and hinting programs) and compresses
    it: more than a quarter of a certificate's time for its two fonts. Documents that
    use the same characters in the same order get the same file. ASCII always has
    its fixed place, so certificates of one course differ at most in the order of a
    name's accented letters, and most of them find their subset here."""

    def addSubsetObjects(self, doc, fontname, subset):
        if not doc.compression:
            return super().addSubsetObjects(doc, fontname, subset)
        length, data = _compressed_subset(self, tuple(subset))
        font_file = pdfdoc.PDFStream(content=data)
        font_file.dictionary["Length1"] = length
        # Filtered already: the stream is written as it is.
        font_file.dictionary["Filter"] = pdfdoc.PDFArray(
            [pdfdoc.PDFName("FlateDecode")]
        )
        reference = doc.Reference(font_file, f"fontFile:{self.filename}({fontname})")
        # From here on as TTFontFace.addSubsetObjects (reportlab 5.1).
        flags = (self.flags & ~ttfonts.FF_NONSYMBOLIC) | ttfonts.FF_SYMBOLIC
        descriptor = pdfdoc.PDFDictionary(
            {
                "Type": "/FontDescriptor",
                "Ascent": self.ascent,
                "CapHeight": self.capHeight,
                "Descent": self.descent,
                "Flags": flags,
                "FontBBox": pdfdoc.PDFArray(self.bbox),
                "FontName": pdfdoc.PDFName(fontname),
                "ItalicAngle": self.italicAngle,
                "StemV": self.stemV,
                "FontFile2": reference,
                "MissingWidth": self.defaultWidth,
            }
        )
        return doc.Reference(descriptor, "fontDescriptor:" + fontname)


@functools.lru_cache(maxsize=64)  # a subset of DejaVu Serif is about 25 kB
def _compressed_subset(face, subset):
    content = face.makeSubset(list(subset))
    return len(content), zlib.compress(content)


def _image(path):
    """The image at `path`, prepared once while the file stays the same; None when it
    cannot be read (a certificate without its logo beats no certificate)."""
    if not path:
        return None
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return _prepared_image(str(path), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=32)
def _prepared_image(path, mtime_ns, size):
    try:
        return _Picture(path, f"{path}:{mtime_ns}:{size}")
    except Exception:  # noqa: BLE001 - see _image
        return None


class _Picture:
    """An image made ready for PDF once: scaled down to what print needs, decoded,
    compressed and encoded. `Canvas.drawImage` does all that again for every
    document, which cost more than the rest of a certificate; here each document
    gets a copy of the finished image object."""

    def __init__(self, path, identity):
        with PIL.Image.open(path) as opened:
            opened.load()
            image = opened
            if max(image.size) > MAX_IMAGE_PIXELS:
                image = image.copy()
                image.thumbnail((MAX_IMAGE_PIXELS, MAX_IMAGE_PIXELS))
            # A JPEG as it is goes into the PDF unchanged; anything else is decoded.
            unchanged_jpeg = image is opened and opened.format == "JPEG"
            reader = ImageReader(path if unchanged_jpeg else image)
            self.width, self.height = reader.getSize()
            self.name = "certificate-" + hashlib.sha1(identity.encode()).hexdigest()
            self.xobject = pdfdoc.PDFImageXObject(self.name, reader, mask="auto")
        # The alpha channel, as its own image object (what drawImage does with it).
        self.smask = getattr(self.xobject, "_smask", None)
        if self.smask is not None:
            del self.xobject._smask

    def draw(self, canvas, x, y, width, height, anchor="c"):
        """Within the box, keeping its proportions: centred, or in the lower left
        corner (anchor "sw")."""
        scale = min(width / self.width, height / self.height)
        shown_width, shown_height = self.width * scale, self.height * scale
        if anchor == "c":
            x += (width - shown_width) / 2
            y += (height - shown_height) / 2
        document = canvas._doc
        name = document.getXObjectName(self.name)
        if name not in document.idToObject:
            xobject = copy.copy(self.xobject)  # registering marks the object
            if self.smask is not None:
                smask = copy.copy(self.smask)
                xobject.smask = document.Reference(
                    smask, document.getXObjectName(smask.name)
                )
            document.Reference(xobject, name)
        canvas._formsinuse.append(self.name)  # into the page's resources
        canvas._currentPageHasImages = 1
        canvas.saveState()
        canvas.translate(x, y)
        canvas.scale(shown_width, shown_height)
        canvas.addLiteral(f"/{name} Do")
        canvas.restoreState()


# Layout: a column of lines measured first, drawn once it fits


@dataclasses.dataclass(frozen=True)
class _Style:
    font: str
    size: float
    leading: float
    color: colors.Color
    char_space: float = 0.0
    upper: bool = False

    def scaled(self, factor):
        return dataclasses.replace(
            self,
            size=self.size * factor,
            leading=self.leading * factor,
            char_space=self.char_space * factor,
        )

    def secondary(self, color=None):
        """The same text in the second language: smaller and lighter."""
        return dataclasses.replace(
            self.scaled(SECONDARY), color=color or MUTED, font=self.font
        )

    def width(self, text):
        return pdfmetrics.stringWidth(
            text, self.font, self.size
        ) + self.char_space * len(text)


def _wrap(text, style, width):
    """Lines of at most `width`; a word longer than that is cut. Each word is
    measured once (widths add up: reportlab does not kern)."""
    if style.width(text) <= width:
        return [text] if text.strip() else []
    space = style.width(" ")
    lines, line, used = [], [], 0.0
    for word in text.split():
        needed = style.width(word)
        if line and used + space + needed <= width:
            line.append(word)
            used += space + needed
            continue
        if line:
            lines.append(" ".join(line))
        while needed > width and len(word) > 1:
            cut = len(word) - 1
            while cut > 1 and style.width(word[:cut]) > width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
            needed = style.width(word)
        line, used = [word], needed
    if line:
        lines.append(" ".join(line))
    return lines


def _baseline(style):
    """From the top of a line to its baseline."""
    return style.size * 0.93 + (style.leading - style.size) / 2


def _fitted(text, style, width):
    """The style, smaller if needed for `text` to fit on one line."""
    needed = style.width(text)
    if needed <= width:
        return style
    return style.scaled(width / needed * 0.999)


class _Column:
    """Lines set from the top down, `width` wide; `height` is what they take."""

    def __init__(self, width):
        self.width = width
        self.height = 0.0
        self.ops = []

    def space(self, height):
        self.height += height

    def text(self, text, style, *, align="center", x=0.0, width=None):
        """Wrapped text; its top at the current height."""
        if not text:
            return
        if style.upper:
            text = text.upper()
        width = (self.width - x) if width is None else width
        for line in _wrap(text, style, width):
            baseline = self.height + _baseline(style)
            self.ops.append(("text", baseline, line, style, align, x, width))
            self.height += style.leading

    def rule(self, x0, x1, color, line_width=0.5):
        self.ops.append(("rule", self.height, x0, x1, color, line_width))

    def shape(self, draw, x, size):
        """A drawing of `size` whose top sits at the current height."""
        self.ops.append(("shape", self.height, draw, x, size))

    def draw(self, canvas, left, top):
        """The shapes and rules, then all the lines in one text object (cheaper than a
        drawString per line, and no text is ever under a shape)."""
        lines = []
        for op in self.ops:
            kind, offset = op[0], op[1]
            y = top - offset
            if kind == "text":
                line, style, align, x, width = op[2:]
                lines.append(
                    (line, style, _aligned(line, style, left + x, align, width), y)
                )
            elif kind == "rule":
                x0, x1, color, line_width = op[2:]
                canvas.setStrokeColor(color)
                canvas.setLineWidth(line_width)
                canvas.line(left + x0, y, left + x1, y)
            else:
                draw, x, size = op[2:]
                draw(canvas, left + x, y, size)
        if lines:
            _draw_lines(canvas, lines)


def _aligned(text, style, x, align, width):
    """Where a line starts that is aligned in a box from x, `width` wide."""
    if align == "center":
        return x + (width - style.width(text) + style.char_space) / 2
    if align == "right":
        return x + width - style.width(text) + style.char_space
    return x


def _draw_lines(canvas, lines):
    """[(text, style, x, y), …] in one text object, switching font, colour and
    spacing only where they change."""
    text_object = canvas.beginText()
    font = color = char_space = None
    for text, style, x, y in lines:
        if (style.font, style.size) != font:
            font = style.font, style.size
            text_object.setFont(*font)
        if style.color != color:
            color = style.color
            text_object.setFillColor(color)
        if style.char_space != char_space:
            char_space = style.char_space
            text_object.setCharSpace(char_space)
        text_object.setTextOrigin(x, y)
        text_object.textOut(text)
    canvas.drawText(text_object)


def _draw_text(canvas, text, style, x, y, align="left", width=0.0):
    _draw_lines(canvas, [(text, style, _aligned(text, style, x, align, width), y)])


# The page


@dataclasses.dataclass
class _Certificate:
    """The content as printed, in the main language and (if any) the second one."""

    kind: str
    languages: list
    words: list  # _Words per language
    texts: list  # {"course", "outcomes"} per language
    content: dict
    fonts: _Fonts

    @property
    def regular(self):
        """Two fonts a page: DejaVu Serif for the sober kinds, Sans for children (each
        font embedded costs more than the rest of the page)."""
        return self.fonts.sans if self.kind == "children" else self.fonts.serif

    @property
    def bold(self):
        return (
            self.fonts.sans_bold if self.kind == "children" else self.fonts.serif_bold
        )

    def each(self, get):
        """`get(language, words, texts)` for each language, empty ones left out."""
        values = [
            get(language, words, texts)
            for language, words, texts in zip(
                self.languages, self.words, self.texts, strict=True
            )
        ]
        values = [value for value in values if value]
        if len(values) > 1 and values[1] == values[0]:
            del values[1]  # said once is enough
        return values


def render(
    content: dict,
    *,
    code: str,
    verify_url: str,
    revoked_on: datetime.date | None = None,
    logo: str | None = None,
    signature: str | None = None,
) -> bytes:
    """A4 PDF of one certificate."""
    certificate = _prepare(content)
    main = certificate.words[0]
    holder = content.get("holder") or ""
    title = f"{main.title[certificate.kind]} – {holder}" if holder else ""
    issuer = content.get("issuer") or {}
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, lang=certificate.languages[0])
    canvas.setTitle(title or main.title[certificate.kind])
    canvas.setAuthor(issuer.get("name", ""))
    canvas.setCreator(issuer.get("name", ""))
    canvas.setSubject(certificate.texts[0]["course"])
    canvas.setKeywords(grouped_code(code))

    if certificate.kind == "children":
        _children_page(canvas, certificate, _image(logo))
    else:
        _formal_page(canvas, certificate, _image(logo))
    accent = TEAL if certificate.kind != "children" else INK
    _bottom(
        canvas,
        certificate,
        code=code,
        verify_url=verify_url,
        signature=_image(signature),
        accent=accent,
    )
    if revoked_on is not None:
        _revoked(canvas, certificate, revoked_on)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _prepare(content):
    languages = [code for code in content.get("languages") or [] if code] or ["de"]
    languages = languages[:2]
    texts = content.get("texts") or {}
    fallback = next(iter(texts.values()), {})
    kind = content.get("kind")
    if kind not in ("children", "formal", "class"):
        kind = "formal"
    return _Certificate(
        kind=kind,
        languages=languages,
        words=[_words(language) for language in languages],
        texts=[
            {
                "course": (texts.get(language) or fallback).get("course") or "",
                "outcomes": [
                    outcome
                    for outcome in (texts.get(language) or fallback).get("outcomes")
                    or []
                    if outcome
                ],
            }
            for language in languages
        ],
        content=content,
        fonts=_fonts(events_pdf.FONT_DIR),
    )


# The formal certificate and the class's confirmation


def _formal_page(canvas, certificate, logo):
    fonts = certificate.fonts
    issuer = certificate.content.get("issuer") or {}
    _frame(canvas)
    top = HEIGHT - 23 * mm
    if logo:
        _draw_image(canvas, logo, WIDTH / 2 - 35 * mm, top - 17 * mm, 70 * mm, 17 * mm)
        top -= 17 * mm + 4.5 * mm
        name = _Style(certificate.regular, 7.5, 10, MUTED, char_space=1.6, upper=True)
    else:
        name = _Style(fonts.serif_bold, 13, 16, TEAL, char_space=0.6)
    column = _Column(TEXT_WIDTH)
    column.text(issuer.get("name", ""), name)
    column.draw(canvas, MARGIN, top)
    top -= column.height + 8 * mm

    title = _Style(fonts.serif, 25, 30, TEAL, char_space=2.4, upper=True)
    column = _Column(TEXT_WIDTH)
    titles = certificate.each(lambda _l, words, _t: words.title[certificate.kind])
    column.text(
        titles[0].upper(), _fitted(titles[0].upper(), title, TEXT_WIDTH), align="center"
    )
    if len(titles) > 1:
        secondary = _Style(fonts.serif, 11, 15, MUTED, char_space=1.2, upper=True)
        column.text(titles[1], _fitted(titles[1].upper(), secondary, TEXT_WIDTH))
    column.space(3.5 * mm)
    column.shape(_ornament, TEXT_WIDTH / 2, 44 * mm)
    column.draw(canvas, MARGIN, top)
    top -= column.height + 7 * mm

    _fill(canvas, certificate, _formal_body, top=top, bottom=BOTTOM_TOP + 5 * mm)


def _formal_body(certificate, large, small):
    fonts = certificate.fonts
    styles = {
        "words": _Style(fonts.serif, 11.5, 15.5, MUTED).scaled(small),
        "name": _Style(fonts.serif_bold, 25, 30, INK).scaled(large),
        "class": _Style(fonts.serif_bold, 25, 30, INK).scaled(large),
        "school": _Style(fonts.serif_bold, 15, 19, INK).scaled(large),
        "course": _Style(fonts.serif_bold, 16.5, 21, TEAL).scaled(large),
    }
    column = _Column(TEXT_WIDTH)
    _sentence(column, certificate, styles, gap=2.2 * mm * small)
    column.space(8 * mm * small)
    _details(column, certificate, small)
    return column


def _details(column, certificate, scale):
    """Label and value in rows under each other, hairlines between them; many
    outcomes take the whole width under their label."""
    fonts = certificate.fonts
    content = certificate.content
    label = _Style(certificate.bold, 7, 11, MUTED, char_space=0.9, upper=True)
    value = _Style(fonts.serif, 10.5, 14, INK)
    label, value = label.scaled(max(scale, 0.85)), value.scaled(scale)
    bullet = value.scaled(0.95)
    first, last = content.get("first_date"), content.get("last_date")
    single_day = not last or last == first
    rows = [
        (
            certificate.each(
                lambda _l, words, _t: words.date if single_day else words.period
            ),
            certificate.each(lambda language, _w, _t: _dates(language, first, last)),
        ),
        (
            certificate.each(lambda _l, words, _t: words.venue),
            [content.get("venue") or ""],
        ),
    ]
    if content.get("provider"):
        rows.append(
            (
                certificate.each(lambda _l, words, _t: words.provider),
                [content["provider"]],
            )
        )
    if certificate.kind == "class":
        rows.append(
            (
                certificate.each(lambda _l, words, _t: words.participants),
                certificate.each(
                    lambda language, _w, _t: _participants(
                        language, content.get("pupils"), content.get("adults")
                    )
                ),
            )
        )
    rows.append(
        (
            certificate.each(lambda _l, words, _t: words.scope),
            certificate.each(
                lambda language, _w, _t: _hours(
                    language, content.get("hours"), content.get("hours_unit")
                )
            ),
        )
    )
    rows.append(
        (
            certificate.each(lambda _l, words, _t: words.attendance),
            certificate.each(
                lambda language, _w, _t: _attendance(
                    language,
                    content.get("sessions_attended"),
                    content.get("sessions_held"),
                )
            ),
        )
    )
    rows = [(labels, values) for labels, values in rows if any(values)]
    outcomes = _paired_outcomes(certificate)
    contents = certificate.each(lambda _l, words, _t: words.contents)

    table_width = min(TEXT_WIDTH, 150 * mm)
    left = (TEXT_WIDTH - table_width) / 2
    label_width = 40 * mm
    value_x = left + label_width
    value_width = table_width - label_width
    padding = 2.3 * mm * scale
    column.rule(left, left + table_width, HAIRLINE, 0.6)
    wide = len(outcomes) > 5
    if outcomes and not wide:
        rows.append((contents, outcomes))
    for labels, values in rows:
        top = column.height + padding
        # the label's first baseline on the value's
        column.height = top + _baseline(value) - _baseline(label)
        for index, text in enumerate(labels):
            style = label if index == 0 else label.secondary(FAINT)
            column.text(text, style, align="left", x=left, width=label_width - 3 * mm)
        labels_end = column.height
        column.height = top
        if values is outcomes:
            _bullets(column, outcomes, bullet, x=value_x, width=value_width)
        else:
            for index, text in enumerate(values):
                style = value if index == 0 else value.secondary()
                column.text(text, style, align="left", x=value_x, width=value_width)
        column.height = max(column.height, labels_end) + padding
        column.rule(left, left + table_width, HAIRLINE, 0.6)
    if wide:
        column.space(padding)
        column.text(" / ".join(contents), label, align="left", x=left)
        column.space(padding * 0.6)
        _bullets(column, outcomes, bullet, x=left, width=table_width)
        column.space(padding)
        column.rule(left, left + table_width, HAIRLINE, 0.6)


def _paired_outcomes(certificate):
    """[(main, second or ""), …]: a bilingual list shows each outcome in both."""
    lists = [texts["outcomes"] for texts in certificate.texts]
    if len(lists) == 1:
        return [(outcome, "") for outcome in lists[0]]
    main, second = lists
    length = max(len(main), len(second))
    main += [""] * (length - len(main))
    second += [""] * (length - len(second))
    return list(zip(main, second, strict=True))


def _bullets(column, outcomes, style, *, x, width, marker=None, gap=1.2 * mm):
    indent = style.size * 1.1
    for index, (main, second) in enumerate(outcomes):
        if index:
            column.space(gap * style.size / 10.5)
        if marker:
            column.shape(marker, x + style.size * 0.35, style.size)
        else:
            column.ops.append(
                (
                    "text",
                    column.height + _baseline(style),
                    "•",
                    dataclasses.replace(style, color=TEAL),
                    "left",
                    x,
                    indent,
                )
            )
        if main:
            column.text(main, style, align="left", x=x + indent, width=width - indent)
        if second:
            column.text(
                second,
                style.secondary(),
                align="left",
                x=x + indent,
                width=width - indent,
            )


def _sentence(column, certificate, styles, *, gap):
    """The certifying sentence: its words small, the name, class, school and course
    large on lines of their own; in the second language under each part."""
    content = certificate.content
    values = {
        "name": [content.get("holder") or ""],
        "class": [content.get("holder") or ""],
        "school": [content.get("school") or ""],
        "course": [texts["course"] for texts in certificate.texts],
    }
    templates = [words.sentence[certificate.kind] for words in certificate.words]
    parts = [PLACEHOLDER.split(template) for template in templates]
    keys = [part[1::2] for part in parts]
    same_order = len(parts) == 1 or keys[0] == keys[1]
    words_style = styles["words"]
    main = parts[0]
    for index, piece in enumerate(main):
        if index % 2 == 0:  # words
            texts = [piece.strip(" ,")]
            if same_order and len(parts) > 1:
                second = parts[1][index].strip(" ,")
                if second != texts[0]:
                    texts.append(second)
            if any(texts):
                column.space(gap * 0.5)
                column.text(texts[0], words_style)
                if len(texts) > 1:
                    column.text(texts[1], words_style.secondary(FAINT))
                column.space(gap * 0.5)
        else:  # a value
            style = styles.get(piece, styles["name"])
            shown = values.get(piece, [""])
            column.space(gap * 0.4)
            column.text(shown[0], style)
            if piece == "course" and len(shown) > 1 and shown[1] != shown[0]:
                column.text(shown[1], style.secondary())
            column.space(gap * 0.4)
    if not same_order:
        mapping = {key: shown[-1] for key, shown in values.items()}
        column.space(gap)
        column.text(
            PLACEHOLDER.sub(lambda m: mapping.get(m[1], ""), templates[1]),
            words_style.secondary(FAINT),
        )


def _fill(canvas, certificate, body, *, top, bottom):
    """The body at the largest scale that fits between `top` and `bottom`, a little
    above the middle of the room left."""
    room = top - bottom
    for large, small in SCALES:
        column = body(certificate, large, small)
        if column.height <= room:
            break
    extra = max(0.0, room - column.height)
    column.draw(canvas, MARGIN, top - extra * 0.45)


def _frame(canvas):
    canvas.saveState()
    outer, inner = 10 * mm, 12.2 * mm
    canvas.setStrokeColor(TEAL)
    canvas.setLineWidth(1.8)
    canvas.rect(outer, outer, WIDTH - 2 * outer, HEIGHT - 2 * outer, stroke=1, fill=0)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(0.5)
    canvas.rect(inner, inner, WIDTH - 2 * inner, HEIGHT - 2 * inner, stroke=1, fill=0)
    canvas.setFillColor(GOLD)
    for x in (inner, WIDTH - inner):
        for y in (inner, HEIGHT - inner):
            _diamond(canvas, x, y, 1.6 * mm)
    canvas.restoreState()


def _diamond(canvas, x, y, radius):
    path = canvas.beginPath()
    path.moveTo(x, y + radius)
    path.lineTo(x + radius, y)
    path.lineTo(x, y - radius)
    path.lineTo(x - radius, y)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def _ornament(canvas, x, y, width):
    """A thin gold rule with a diamond in its middle, centred on x."""
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(0.6)
    gap = 3 * mm
    canvas.line(x - width / 2, y, x - gap, y)
    canvas.line(x + gap, y, x + width / 2, y)
    canvas.setFillColor(GOLD)
    _diamond(canvas, x, y, 1.4 * mm)


# The children's certificate


def _children_page(canvas, certificate, logo):
    fonts = certificate.fonts
    issuer = certificate.content.get("issuer") or {}
    _waves(canvas)
    _confetti(canvas)
    # The logo (or the issuer's name) on a white card over the band.
    card_width, card_height = 74 * mm, 24 * mm
    card_x, card_y = WIDTH / 2 - card_width / 2, HEIGHT - 14 * mm - card_height
    canvas.saveState()
    canvas.setFillColor(colors.white)
    canvas.setStrokeColor(colors.HexColor("#f0d48a"))
    canvas.setLineWidth(0.8)
    canvas.roundRect(card_x, card_y, card_width, card_height, 4 * mm, stroke=1, fill=1)
    canvas.restoreState()
    if logo:
        _draw_image(
            canvas,
            logo,
            card_x + 4 * mm,
            card_y + 3 * mm,
            card_width - 8 * mm,
            card_height - 6 * mm,
        )
    else:
        name = _Style(fonts.sans_bold, 13, 16, INK)
        column = _Column(card_width - 8 * mm)
        column.text(issuer.get("name", ""), _fitted(issuer.get("name", ""), name, 1e9))
        column.draw(
            canvas, card_x + 4 * mm, card_y + card_height / 2 + column.height / 2
        )

    titles = certificate.each(lambda _l, words, _t: words.title["children"])
    top = card_y - 12 * mm
    big = _Style(fonts.sans_bold, 56, 60, INK, char_space=3)
    big = _fitted(titles[0].upper(), big, TEXT_WIDTH)
    _rainbow(canvas, titles[0].upper(), big, WIDTH / 2, top - big.size * 0.8)
    top -= big.leading
    if len(titles) > 1:
        column = _Column(TEXT_WIDTH)
        secondary = _Style(fonts.sans_bold, 13, 17, MUTED, char_space=1.5, upper=True)
        column.text(titles[1], _fitted(titles[1].upper(), secondary, TEXT_WIDTH))
        column.draw(canvas, MARGIN, top)
        top -= column.height
    _star(canvas, WIDTH / 2 - 30 * mm, top - 4 * mm, 2.6 * mm, SUN, 0)
    _star(canvas, WIDTH / 2, top - 4.5 * mm, 3.4 * mm, ORANGE, 0)
    _star(canvas, WIDTH / 2 + 30 * mm, top - 4 * mm, 2.6 * mm, SUN, 0)
    top -= 12 * mm
    _fill(canvas, certificate, _children_body, top=top, bottom=BOTTOM_TOP + 5 * mm)


def _children_body(certificate, large, scale):
    fonts = certificate.fonts
    content = certificate.content
    styles = {
        "words": _Style(fonts.sans, 13, 17, MUTED).scaled(scale),
        "name": _Style(fonts.sans_bold, 30, 35, INK).scaled(large),
        "course": _Style(fonts.sans_bold, 19, 24, PURPLE).scaled(large),
    }
    column = _Column(TEXT_WIDTH)
    _sentence(column, certificate, styles, gap=2.6 * mm * scale)
    column.space(4 * mm * scale)
    when = _Style(fonts.sans, 11, 15, INK).scaled(scale)
    first, last = content.get("first_date"), content.get("last_date")
    dates = certificate.each(lambda language, _w, _t: _dates(language, first, last))
    venue = content.get("venue") or ""
    if dates:
        column.text(" · ".join(part for part in (dates[0], venue) if part), when)
        for other in dates[1:]:
            column.text(other, when.secondary(FAINT))
    elif venue:
        column.text(venue, when)

    outcomes = _paired_outcomes(certificate)
    if outcomes:
        column.space(7 * mm * scale)
        box_top = column.height
        box_width = min(TEXT_WIDTH, 140 * mm)
        left = (TEXT_WIDTH - box_width) / 2
        padding = 5 * mm * scale
        background = len(column.ops)
        column.space(padding)
        heading = _Style(fonts.sans_bold, 12.5, 16, ORANGE).scaled(scale)
        for index, text in enumerate(
            certificate.each(lambda _l, words, _t: words.discovered)
        ):
            column.text(text, heading if index == 0 else heading.secondary(FAINT))
        column.space(2.5 * mm * scale)
        item = _Style(fonts.sans, 11, 14.5, INK).scaled(scale)
        _bullets(
            column,
            outcomes,
            item,
            x=left + padding,
            width=box_width - 2 * padding,
            marker=_bullet_star,
        )
        column.space(padding)
        height = column.height - box_top

        def box(canvas, x, y, _size):
            canvas.saveState()
            canvas.setFillColor(CREAM)
            canvas.setStrokeColor(colors.HexColor("#f3d98c"))
            canvas.setLineWidth(0.8)
            canvas.roundRect(x, y - height, box_width, height, 5 * mm, stroke=1, fill=1)
            canvas.restoreState()

        column.ops.insert(background, ("shape", box_top, box, left, 0))
    return column


def _bullet_star(canvas, x, y, size):
    _star(canvas, x, y - size * 0.62, size * 0.42, ORANGE, 0)


def _rainbow(canvas, text, style, x, y):
    """The title centred on x, each letter in the next colour; one run of text, so
    that it is found and copied as a word."""
    text_object = canvas.beginText(x - (style.width(text) - style.char_space) / 2, y)
    text_object.setFont(style.font, style.size)
    text_object.setCharSpace(style.char_space)
    for index, char in enumerate(text):
        text_object.setFillColor(RAINBOW[index % len(RAINBOW)])
        text_object.textOut(char)
    canvas.drawText(text_object)


def _waves(canvas):
    """Sunny waves along the top, sea-coloured ones along the foot."""
    canvas.saveState()
    for height, amplitude, colour in (
        (40 * mm, 5 * mm, ORANGE),
        (34 * mm, 6 * mm, SUN),
    ):
        path = canvas.beginPath()
        base = HEIGHT - height
        path.moveTo(0, HEIGHT)
        path.lineTo(0, base)
        step = WIDTH / 4
        for i in range(4):
            x0 = i * step
            sign = 1 if i % 2 == 0 else -1
            path.curveTo(
                x0 + step / 3,
                base - sign * amplitude,
                x0 + 2 * step / 3,
                base - sign * amplitude,
                x0 + step,
                base,
            )
        path.lineTo(WIDTH, HEIGHT)
        path.close()
        canvas.setFillColor(colour)
        canvas.drawPath(path, stroke=0, fill=1)
    for height, amplitude, colour in (
        (13 * mm, 3.5 * mm, BLUE),
        (8.5 * mm, 3.5 * mm, GREEN),
    ):
        path = canvas.beginPath()
        path.moveTo(0, 0)
        path.lineTo(0, height)
        step = WIDTH / 3
        for i in range(3):
            x0 = i * step
            sign = 1 if i % 2 == 0 else -1
            path.curveTo(
                x0 + step / 3,
                height + sign * amplitude,
                x0 + 2 * step / 3,
                height + sign * amplitude,
                x0 + step,
                height,
            )
        path.lineTo(WIDTH, 0)
        path.close()
        canvas.setFillColor(colour)
        canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


# (x, y from the top, radius) in mm, colour index, rotation: always the same sky.
STARS = (
    (16, 52, 4.5, 0, 10),
    (194, 50, 5, 4, -8),
    (28, 70, 2.5, 2, 20),
    (183, 72, 2.8, 1, 0),
    (12, 112, 3.2, 3, 15),
    (199, 120, 3.6, 5, -12),
    (10, 170, 2.6, 4, 5),
    (201, 175, 2.8, 0, 25),
    (14, 222, 3.8, 1, -5),
    (197, 226, 3.2, 3, 12),
)
DOTS = (
    (22, 88, 1.2, 5),
    (189, 95, 1.4, 2),
    (18, 142, 1.1, 0),
    (193, 150, 1.2, 4),
    (20, 198, 1.3, 2),
    (190, 203, 1.1, 1),
)


def _confetti(canvas):
    canvas.saveState()
    for x, y, radius, colour, rotation in STARS:
        _star(canvas, x * mm, HEIGHT - y * mm, radius * mm, CONFETTI[colour], rotation)
    for x, y, radius, colour in DOTS:
        canvas.setFillColor(CONFETTI[colour])
        canvas.circle(x * mm, HEIGHT - y * mm, radius * mm, stroke=0, fill=1)
    canvas.restoreState()


def _star(canvas, x, y, radius, colour, rotation):
    """A five-pointed star centred on (x, y)."""
    path = canvas.beginPath()
    for point in range(10):
        length = radius if point % 2 == 0 else radius * 0.45
        angle = math.radians(90 + rotation + point * 36)
        px, py = x + length * math.cos(angle), y + length * math.sin(angle)
        if point:
            path.lineTo(px, py)
        else:
            path.moveTo(px, py)
    path.close()
    canvas.setFillColor(colour)
    canvas.drawPath(path, stroke=0, fill=1)


# The foot: signature, QR code, revocation


def _bottom(canvas, certificate, *, code, verify_url, signature, accent):
    content = certificate.content
    issuer = content.get("issuer") or {}
    strong = certificate.bold
    base = 26 * mm  # the lowest line of the signature and of the QR code

    # Left: issued on, signature over a line, who signed.
    width = 64 * mm
    line_y = SIGNATURE_LINE
    column = _Column(width)
    issued = _Style(certificate.regular, 9.5, 12.5, INK)
    issued_on = content.get("issued_on")
    for index, text in enumerate(
        certificate.each(
            lambda language, words, _t: (
                words.issued_on % {"date": _date(language, issued_on)}
                if issued_on
                else ""
            )
        )
    ):
        column.text(
            text,
            issued if index == 0 else issued.secondary(FAINT),
            align="left",
        )
    column.draw(canvas, MARGIN, BOTTOM_TOP)
    if signature:
        _draw_image(
            canvas,
            signature,
            MARGIN,
            line_y + 0.8 * mm,
            width,
            min(20 * mm, BOTTOM_TOP - column.height - line_y - 2 * mm),
            anchor="sw",
        )
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, line_y, MARGIN + width, line_y)
    column = _Column(width)
    column.text(
        issuer.get("signatory", ""),
        _Style(strong, 9.5, 12, INK),
        align="left",
    )
    small = _Style(certificate.regular, 7.5, 9.5, MUTED)
    column.text(issuer.get("signatory_role", ""), small, align="left")
    column.text(issuer.get("name", ""), small, align="left")
    column.draw(canvas, MARGIN, line_y - 1.2 * mm)

    # Right: the QR code, and beside it where to check and the code.
    qr_x = WIDTH - MARGIN - QR_SIZE
    qr_y = base - 3 * mm
    events_pdf.draw_qr(canvas, verify_url, qr_x, qr_y, QR_SIZE)
    text_width = 63 * mm
    column = _Column(text_width)
    label = _Style(certificate.bold, 6.8, 9, MUTED, char_space=0.4, upper=True)
    url = _Style(certificate.regular, 7.2, 9.2, accent)
    for index, text in enumerate(certificate.each(lambda _l, words, _t: words.verify)):
        column.text(
            text, label if index == 0 else label.secondary(FAINT), align="right"
        )
    for line in _url_lines(verify_url, url, text_width):
        column.text(line, url, align="right")
    column.space(2 * mm)
    for index, text in enumerate(certificate.each(lambda _l, words, _t: words.code)):
        column.text(
            text, label if index == 0 else label.secondary(FAINT), align="right"
        )
    column.text(
        grouped_code(code),
        _fitted(
            grouped_code(code),
            _Style(certificate.bold, 9.5, 12, INK, char_space=0.6),
            text_width,
        ),
        align="right",
    )
    # The text block ends level with the QR code's dark modules.
    quiet = QR_SIZE * events_pdf.QR_QUIET_ZONE / events_pdf.qr_path(verify_url)[0]
    column.draw(canvas, qr_x - text_width, qr_y + quiet + column.height)

    # The issuer's address along the foot.
    address = [issuer.get("name", "")]
    address += [line.strip() for line in (issuer.get("address") or "").splitlines()]
    foot = " · ".join(part for part in address if part)
    if foot:
        style = _Style(certificate.regular, 7, 9, FAINT)
        style = _fitted(foot, style, TEXT_WIDTH)
        y = 15.5 * mm if certificate.kind != "children" else 19.5 * mm
        _draw_text(canvas, foot, style, MARGIN, y, "center", TEXT_WIDTH)


def _url_lines(url, style, width):
    """The address, broken after slashes when it does not fit on one line."""
    if style.width(url) <= width:
        return [url]
    lines, line = [], ""
    for piece in re.findall(r"[^/]*/+|[^/]+$", url):
        if line and style.width(line + piece) > width:
            lines.append(line)
            line = ""
        line += piece
    if line:
        lines.append(line)
    return [wrapped for line in lines for wrapped in _wrap(line, style, width)]


def _draw_image(canvas, image, x, y, width, height, anchor="c"):
    if width > 0 and height > 0:
        image.draw(canvas, x, y, width, height, anchor)


def _revoked(canvas, certificate, revoked_on):
    """A red stamp across the page and a red band at its top with the date."""
    words = certificate.words
    stamp = [w.revoked.upper() for w in words]
    canvas.saveState()
    canvas.translate(WIDTH / 2, HEIGHT / 2)
    canvas.rotate(math.degrees(math.atan2(HEIGHT, WIDTH)))
    diagonal = math.hypot(WIDTH, HEIGHT) * 0.72
    style = _fitted(stamp[0], _Style(certificate.bold, 96, 100, RED, 4), diagonal)
    canvas.setFillColor(RED)
    canvas.setFillAlpha(0.16)
    canvas.setStrokeColor(RED)
    canvas.setStrokeAlpha(0.7)
    canvas.setLineWidth(1.6)
    canvas.setFont(style.font, style.size)
    canvas.drawCentredString(0, -style.size * 0.35, stamp[0], mode=2, charSpace=4)
    if len(stamp) > 1:
        second = _fitted(stamp[1], style.scaled(0.42), diagonal * 0.8)
        canvas.setFont(second.font, second.size)
        canvas.drawCentredString(
            0, -style.size * 0.35 - second.size * 1.4, stamp[1], mode=2, charSpace=2
        )
    canvas.restoreState()

    lines = [
        w.revoked_on % {"date": _date(language, revoked_on.isoformat())}
        for language, w in zip(certificate.languages, words, strict=True)
    ]
    main = _Style(certificate.bold, 10.5, 13, colors.white)
    column = _Column(TEXT_WIDTH)
    column.text(lines[0], main)
    for line in lines[1:]:
        column.text(line, main.secondary(colors.HexColor("#ffe1e1")))
    # Clear of the edge that printers leave blank.
    height = column.height + 9 * mm
    canvas.saveState()
    canvas.setFillColor(RED)
    canvas.rect(0, HEIGHT - height, WIDTH, height, stroke=0, fill=1)
    canvas.restoreState()
    column.draw(canvas, MARGIN, HEIGHT - 5.5 * mm)
