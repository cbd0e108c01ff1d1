"""Certificates: how many PDFs a second `certificates.pdf.render` makes in one process,
and how long a bulk run for one date of 1,000 participants takes.

Renders are measured against floors: a bare reportlab A4 page with nothing but the QR
code of the same verification URL, made three ways — with reportlab's own QR widget,
with qrcode's defaults (which try all eight masks) as one rectangle per module, and
the way the project draws it (`events.pdf.draw_qr`: one vector path, fixed mask).
Every certificate has its own code, so every render (and every floor page) builds its
QR code anew, as a bulk issue does; nothing comes from the QR cache.

One more row, for orientation: the fast floor page plus one line of text in each of
the certificate's two embedded fonts. Embedding (subsetting and compressing) a
TrueType font happens in every document; that row shows what it costs by itself.

The rows take turns, round by round, so that a busy machine slows all alike; the rates
are medians over the rounds. The render part needs no database; the bulk run uses the
bench's throwaway database: `certificates.services.run_issue` as the background task
runs it, with the mail (PDF attached) to each holder sent to locmem, and once more
without the mails to show their share.
"""

import base64
import contextlib
import datetime
import io
import secrets
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import qrcode
from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from certificates import pdf as certificate_pdf
from events import pdf as events_pdf

ROUNDS = 5
WARMUPS = 5
QR_SIZE = 27 * 72 / 25.4  # 27 mm, as printed
SITE = "https://mint-dreilaendereck.de"
CONTENT = {
    "kind": "formal",
    "languages": ["de"],
    "holder": "Łucja Dvořáková",
    "school": "",
    "pupils": None,
    "adults": None,
    "texts": {
        "de": {
            "course": "Roboter bauen mit Calliope: Sensoren, Motoren und Programme",
            "outcomes": [
                "Sensoren verstehen und auslesen",
                "Programme mit Schleifen und Bedingungen schreiben",
                "Einen Roboter im Team planen, bauen und testen",
                "Ergebnisse vorstellen und dokumentieren",
            ],
        }
    },
    "first_date": "2026-09-01",
    "last_date": "2026-11-10",
    "venue": "Hochschule Zittau/Görlitz, Zittau",
    "provider": "Hochschule Zittau/Görlitz",
    "hours": "24.0",
    "hours_unit": "teaching",
    "sessions_attended": 9,
    "sessions_held": 10,
    "issuer": {
        "name": "MINT Dreiländereck",
        "address": "Markt 1\n02763 Zittau",
        "signatory": "Dr. Anna Nowak",
        "signatory_role": "Koordinatorin",
    },
    "issued_on": "2026-11-24",
}


@dataclass
class Row:
    label: str
    per_round: list  # documents a second, one figure per round
    size: int  # bytes of the last document

    @property
    def rate(self):
        return statistics.median(self.per_round)


def run(count, say, bulk=0):
    """Time `count` certificates per round (and as many floor pages), then report;
    then a bulk run of `bulk` participants if asked (needs the database)."""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as directory:
        logo = write_logo(Path(directory) / "logo.png")
        rows = measure(count, logo)
    report(rows, count, say)
    if bulk:
        report_bulk(bulk, say)
    say(f"Certificates part: {time.perf_counter() - started:.1f} s")


def report_bulk(count, say):
    with_mail = bulk_issue(count, mail=True)
    without_mail = bulk_issue(count, mail=False)
    say()
    say(f"**Bulk issue** · one date with {count:,} participants who all qualify")
    say()
    say("| run | certificates | s | per s |")
    say("|---|---:|---:|---:|")
    for label, (issued, seconds) in (
        ("issue, freeze, render and mail each (as in production)", with_mail),
        ("issue and freeze only (mails off)", without_mail),
    ):
        say(f"| {label} | {issued:,} | {seconds:.1f} | {issued / seconds:.0f} |")


def bulk_issue(count, *, mail):
    """A date that ended last week with `count` confirmed participants present at all
    four sessions; returns (certificates issued, seconds) of one bulk run."""
    from unittest import mock

    from django.core import mail as outbox

    from certificates import services
    from certificates.models import IssueRun

    event = ended_event(count)
    run = IssueRun.objects.create(event=event)
    outbox.outbox = []
    patch = (
        mock.patch.object(services, "_mail") if not mail else contextlib.nullcontext()
    )
    with patch:
        begun = time.perf_counter()
        run = services.run_issue(run.pk)
        seconds = time.perf_counter() - begun
    assert run.issued == count, run.issued
    assert len(outbox.outbox) == (count if mail else 0)
    outbox.outbox = []
    return run.issued, seconds


def ended_event(count):
    """An event of a seeded German course, made a formal certificate course, with
    four past sessions and `count` participants marked present at each."""
    from django.utils import timezone

    from courses.models import CoursePage
    from events.models import Attendance, Event, Registration, Session, Venue
    from mint.people.models import Participant, User

    course = CoursePage.objects.filter(locale__language_code="de").first()
    CoursePage.objects.filter(pk=course.pk).update(
        certificate_kind=CoursePage.CertificateKind.FORMAL,
        certificate_min_attendance=80,
        hours=24,
        learning_outcomes="\n".join(CONTENT["texts"]["de"]["outcomes"]),
    )
    course.refresh_from_db()
    event = Event.objects.create(
        course=course, venue=Venue.objects.first(), capacity=count
    )
    start = timezone.now() - datetime.timedelta(days=28)
    sessions = [
        Session.objects.create(
            event=event,
            starts_at=start + datetime.timedelta(weeks=week),
            ends_at=start + datetime.timedelta(weeks=week, hours=2),
        )
        for week in range(4)
    ]
    event.refresh_from_db()
    tag = secrets.token_hex(4)
    users = User.objects.bulk_create(
        User(email=f"bulk-{tag}-{n}@example.org", preferred_language="de")
        for n in range(count)
    )
    people = Participant.objects.bulk_create(
        Participant(
            guardian=user,
            first_name="Łucja",
            last_name=f"Dvořáková {n}",
            birth_date=datetime.date(1990, 1, 1),
            is_account_holder=True,
        )
        for n, user in enumerate(users)
    )
    registrations = Registration.objects.bulk_create(
        Registration(event=event, participant=person, status="confirmed")
        for person in people
    )
    Attendance.objects.bulk_create(
        Attendance(registration=r, session=s, status="present", method="tap")
        for r in registrations
        for s in sessions
    )
    return event


def measure(count, logo):
    urls = iter(verify_url(new_code()) for _ in range((count + WARMUPS) * ROUNDS * 5))
    fonts = certificate_pdf._fonts(events_pdf.FONT_DIR)
    kinds = {
        "widget": lambda url: widget_floor_page(url),
        "plain": lambda url: plain_floor_page(url),
        "floor": lambda url: floor_page(url),
        "fonts": lambda url: floor_page(url, fonts=(fonts.serif, fonts.serif_bold)),
        "render": lambda url: certificate_pdf.render(
            CONTENT, code=url.rsplit("/", 2)[-2], verify_url=url, logo=str(logo)
        ),
    }
    rates = {name: [] for name in kinds}
    sizes = {}
    for _round in range(ROUNDS):
        for name, make in kinds.items():
            for _ in range(WARMUPS):
                make(next(urls))
            batch = [next(urls) for _ in range(count)]
            begun = time.perf_counter()
            for url in batch:
                sizes[name] = len(make(url))
            rates[name].append(count / (time.perf_counter() - begun))
    return [
        Row(
            "plain floor: A4 page, reportlab's QR widget",
            rates["widget"],
            sizes["widget"],
        ),
        Row(
            "plain floor: A4 page, qrcode's defaults (mask chosen) as a path",
            rates["plain"],
            sizes["plain"],
        ),
        Row("floor: A4 page, the QR code only", rates["floor"], sizes["floor"]),
        Row("floor + a line in each of the two fonts", rates["fonts"], sizes["fonts"]),
        Row(
            "`certificates.pdf.render` (formal, German, logo)",
            rates["render"],
            sizes["render"],
        ),
    ]


def floor_page(url, fonts=()):
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    events_pdf.draw_qr(canvas, url, 150, 80, QR_SIZE)
    for line, font in enumerate(fonts):
        canvas.setFont(font, 11)
        canvas.drawString(
            72, 700 - 20 * line, "Łucja Dvořáková – Teilnahmebescheinigung"
        )
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def widget_floor_page(url):
    """The page as reportlab alone makes it: its own QR widget."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    widget = QrCodeWidget(url, barLevel="M")
    drawing = Drawing(QR_SIZE, QR_SIZE)
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, 150, 80)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def plain_floor_page(url):
    """The page with qrcode used as its defaults go: the mask chosen by trying all
    eight, one rectangle per dark module."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(url)
    matrix = code.get_matrix()
    module = QR_SIZE / len(matrix)
    path = canvas.beginPath()
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                path.rect(
                    150 + x * module, 80 + QR_SIZE - (y + 1) * module, module, module
                )
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def report(rows, count, say):
    widget, plain, floor, _fonts, render = rows
    say()
    say(
        f"**Certificates** · one process · {ROUNDS} rounds of {count} documents per "
        f"row, after {WARMUPS} warm-ups each"
    )
    say()
    say("| document | per s | ms each | KB | x floor |")
    say("|---|---:|---:|---:|---:|")
    for row in rows:
        say(
            f"| {row.label} | {row.rate:.0f} | {1000 / row.rate:.2f} "
            f"| {row.size / 1024:.0f} | {row.rate / floor.rate:.2f} |"
        )
    say()
    say(
        f"Renders per second / floor pages per second: {render.rate / floor.rate:.2f} "
        f"against the floor drawn our way, {render.rate / plain.rate:.2f} against "
        f"qrcode's defaults and {render.rate / widget.rate:.2f} against reportlab's "
        "widget (goal ≥ 0.7). Each document has its own code and URL, so each builds "
        "its QR code. Rates are medians over the rounds; the rows take turns."
    )


def new_code():
    return base64.b32encode(secrets.token_bytes(16)).decode().rstrip("=")


def verify_url(code):
    return f"{SITE}/certificates/verify/{code}/"


def write_logo(path):
    """A logo as organisations send them: a PNG with transparency, 900 × 260 px."""
    image = Image.new("RGBA", (900, 260), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((10, 30, 210, 230), 40, fill=(11, 93, 107, 255))
    draw.ellipse((250, 60, 330, 140), fill=(179, 146, 86, 255))
    try:
        font = ImageFont.truetype(str(events_pdf.FONT_DIR / "DejaVuSans-Bold.ttf"), 84)
    except OSError:
        font = ImageFont.load_default()
    draw.text((350, 80), "MINT", font=font, fill=(11, 93, 107, 255))
    image.save(path)
    return path


if __name__ == "__main__":
    import os
    import sys

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mint.settings.test")
    django.setup()
    run(
        int(sys.argv[1]) if len(sys.argv) > 1 else 200,
        lambda line="": sys.stdout.write(f"{line}\n"),
    )
