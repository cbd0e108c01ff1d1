"""Certificates: how many PDFs a second `certificates.pdf.render` makes in one process.

Measured against a floor: a bare reportlab A4 page with nothing but the QR code of the
same verification URL, drawn the same way (`events.pdf.draw_qr`: one vector path,
fixed mask). Every certificate has its own code, so every render (and every floor
page) builds its QR code anew, as a bulk issue does; nothing comes from the QR cache.

A third row, for orientation: the floor page plus one line of text in each of the
certificate's two embedded fonts. Embedding (subsetting and compressing) a TrueType
font happens in every document; that row shows what it costs by itself.

Floor and render take turns, round by round, so that a busy machine slows both alike;
the rates are medians over the rounds. No database is needed.
"""

import base64
import io
import secrets
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from certificates import pdf as certificate_pdf
from events import pdf as events_pdf

ROUNDS = 5
WARMUPS = 5
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


def run(count, say):
    """Time `count` certificates per round (and as many floor pages), then report."""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as directory:
        logo = write_logo(Path(directory) / "logo.png")
        rows = measure(count, logo)
    report(rows, count, say)
    say(f"Certificates part: {time.perf_counter() - started:.1f} s")


def measure(count, logo):
    urls = iter(verify_url(new_code()) for _ in range((count + WARMUPS) * ROUNDS * 3))
    fonts = certificate_pdf._fonts(events_pdf.FONT_DIR)
    kinds = {
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
    events_pdf.draw_qr(canvas, url, 150, 80, 27 * 72 / 25.4)
    for line, font in enumerate(fonts):
        canvas.setFont(font, 11)
        canvas.drawString(
            72, 700 - 20 * line, "Łucja Dvořáková – Teilnahmebescheinigung"
        )
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def report(rows, count, say):
    floor, _fonts, render = rows
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
        "(goal ≥ 0.7). Each document has its own code and URL, so each builds its QR "
        "code (fixed mask). Rates are medians over the rounds; floor and render take "
        "turns."
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
