"""The documents of a class visit: the booking confirmation with its check-in QR code,
and the confirmation of participation, in the teacher's language, on one A4 page."""

import datetime
import io
import shutil
import subprocess

import pypdf
import pytest
import zxingcpp
from django.utils import formats, timezone, translation
from PIL import Image, ImageDraw
from wagtail.models import Locale, Site

from events import pdf, visit_documents
from mint.models import OrganisationSettings
from tests.factories import (
    ClassVisitFactory,
    EventFactory,
    GroupBookingFactory,
    SchoolFactory,
    UserFactory,
    VenueFactory,
)

pytestmark = pytest.mark.django_db

SCHOOL = "Szkoła Podstawowa nr 2 im. Łucji Dvořákové w Bogatyni"


@pytest.fixture
def course(catalogue):
    """A German programme with a published Polish translation (and no Czech one)."""
    course = ClassVisitFactory(
        parent=catalogue,
        title="Roboter bauen",
        teaser="Die Klasse baut und programmiert kleine Roboter.",
        preparation="Bitte Frühstück und Getränke mitbringen.",
        curriculum_link="Sachunterricht: Technik und Arbeit",
        cancellation_days=14,
        final_numbers_days=7,
    )
    polish = course.copy_for_translation(Locale.objects.get(language_code="pl"))
    polish.title = "Budowa robotów"
    polish.slug = "budowa-robotow"
    polish.save_revision().publish()
    return course


def booking_for(course, language="de", **kwargs):
    teacher = UserFactory(preferred_language=language)
    school = SchoolFactory(teacher=teacher, name=SCHOOL, town="Bogatynia")
    event = EventFactory(course=course, venue=VenueFactory(name="Schülerlabor"))
    defaults = {"class_name": "7b", "pupils": 24, "adults": 3, "language": "pl"}
    return GroupBookingFactory(event=event, school=school, **defaults | kwargs)


def read(content):
    reader = pypdf.PdfReader(io.BytesIO(content))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    return reader, text


def in_language(language, value, format_name):
    with translation.override(language):
        return formats.date_format(timezone.localtime(value), format_name)


def labelled(language, label, value):
    """A label as the document prints it in `language`, with its value."""
    with translation.override(language):
        return f"{translation.gettext(label)} {value}"


@pytest.mark.parametrize(
    ("language", "title"),
    [("de", "Roboter bauen"), ("pl", "Budowa robotów"), ("cs", "Roboter bauen")],
)
def test_confirmation_is_in_the_teachers_language(course, language, title):
    booking = booking_for(course, language)
    starts_at = booking.event.starts_at

    reader, text = read(visit_documents.confirmation_pdf(booking))

    with translation.override(language):
        grade = booking.get_grade_display()
    assert title in text
    assert SCHOOL in text
    assert labelled(language, "Class:", f"7b ({grade})") in text
    assert in_language(language, starts_at, "l") in text
    assert in_language(language, starts_at, "DATE_FORMAT") in text
    assert labelled(language, "Pupils:", 24) in text
    assert labelled(language, "Accompanying adults:", 3) in text
    assert "Schülerlabor" in text
    assert reader.trailer["/Root"]["/Lang"] == language
    assert reader.metadata.title.endswith(title)
    assert reader.metadata.author == "MINT Dreiländereck"


def test_the_documents_name_the_organisation_in_the_teachers_language(course):
    organisation = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    organisation.name_pl = "MINT Trójstyk – sieć edukacyjna"
    organisation.save()

    for document in (
        visit_documents.confirmation_pdf,
        visit_documents.participation_pdf,
    ):
        reader, polish = read(document(booking_for(course, "pl")))
        assert "MINT Trójstyk – sieć edukacyjna" in polish
        assert reader.metadata.author == "MINT Trójstyk – sieć edukacyjna"
        _reader, german = read(document(booking_for(course, "de")))
        assert "MINT Trójstyk" not in german


def test_confirmation_prints_the_deadlines_as_dates(course):
    booking = booking_for(course)
    starts_at = booking.event.starts_at

    _reader, text = read(visit_documents.confirmation_pdf(booking))

    for days in (14, 7):
        deadline = starts_at - datetime.timedelta(days=days)
        assert in_language("de", deadline, "DATE_FORMAT") in text
    assert "Bitte Frühstück und Getränke mitbringen." in text


def test_confirmation_qr_code_decodes_to_the_ticket(course):
    booking = booking_for(course, "cs")

    content = visit_documents.confirmation_pdf(booking)

    [code] = zxingcpp.read_barcodes(rectangles_of(content))
    assert code.text == f"MINT-CLASS:{booking.ticket}"
    assert visit_documents.ticket_payload(booking) == code.text
    assert str(booking.ticket).upper()[:8] in read(content)[1]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
def test_confirmation_qr_code_scans_from_the_rendered_page(course, tmp_path):
    booking = booking_for(course, "pl")
    document = tmp_path / "confirmation.pdf"
    document.write_bytes(visit_documents.confirmation_pdf(booking))

    subprocess.run(
        ["pdftoppm", "-png", "-r", "100", "-singlefile", document, tmp_path / "page"],
        check=True,
    )

    [code] = zxingcpp.read_barcodes(Image.open(tmp_path / "page.png"))
    assert code.text == f"MINT-CLASS:{booking.ticket}"


@pytest.mark.parametrize("language", ["de", "pl", "cs"])
def test_participation_shows_the_numbers_present(course, language):
    booking = booking_for(course, language, pupils_present=19, adults_present=2)
    starts_at = booking.event.starts_at

    _reader, text = read(visit_documents.participation_pdf(booking))

    assert labelled(language, "Pupils:", 19) in text
    assert labelled(language, "Accompanying adults:", 2) in text
    assert labelled(language, "Pupils:", 24) not in text
    assert SCHOOL in text
    assert in_language(language, starts_at, "DATE_FORMAT") in text
    assert "Die Klasse baut und programmiert kleine Roboter." in text
    assert "Sachunterricht: Technik und Arbeit" in text
    with translation.override(language):
        assert translation.gettext("%(hours)s h") % {"hours": 2} in text


def test_participation_falls_back_to_the_booked_numbers(course):
    booking = booking_for(course, "en")

    _reader, text = read(visit_documents.participation_pdf(booking))

    assert labelled("en", "Pupils:", 24) in text
    assert labelled("en", "Accompanying adults:", 3) in text


def test_participation_names_no_pupils(course):
    booking = booking_for(course, remarks="Zofia Łukasiewicz braucht Hilfe")

    _reader, text = read(visit_documents.participation_pdf(booking))

    assert "Łukasiewicz" not in text


def test_long_texts_still_fit_on_one_page(course):
    course.title = ("Vom Sonnenlicht zum Strom: Photovoltaik, Speicher und Netze " * 4)[
        :250
    ]
    course.preparation = "\n\n".join(["Festes Schuhwerk und Frühstück. " * 12] * 12)
    course.teaser = "Messen, bauen, verstehen. " * 11
    course.curriculum_link = "Physik 7/8: Elektrizitätslehre; Technik. " * 10
    course.save_revision().publish()
    booking = booking_for(
        course, "de", accessibility_needs="Zwei Kinder nutzen einen Rollstuhl. " * 6
    )
    booking.school.name = f"{SCHOOL} " * 3
    venue = booking.event.venue
    venue.transport_hint = "Bus 21 bis „Markt“, dann 5 Minuten. " * 5
    venue.accessibility_notes = "Aufzug am Haupteingang. " * 5
    venue.save()

    for render in (visit_documents.confirmation_pdf, visit_documents.participation_pdf):
        reader, text = read(render(booking))
        assert len(reader.pages) == 1
        assert "Photovoltaik" in text
    [code] = zxingcpp.read_barcodes(
        rectangles_of(visit_documents.confirmation_pdf(booking))
    )
    assert code.text == visit_documents.ticket_payload(booking)


def test_documents_render_without_dejavu(course, monkeypatch, tmp_path):
    monkeypatch.setattr(pdf, "FONT_DIR", tmp_path)
    booking = booking_for(course)

    for render in (visit_documents.confirmation_pdf, visit_documents.participation_pdf):
        content = render(booking)
        assert content.startswith(b"%PDF")
        assert b"DejaVu" not in content


def rectangles_of(content, scale=3):
    """Page 1 rasterised from its filled rectangles alone, which is all a QR code drawn
    as vector paths is made of: enough to scan it without a PDF renderer installed."""
    page = pypdf.PdfReader(io.BytesIO(content)).pages[0]
    width, height = (float(value) for value in page.mediabox.upper_right)
    image = Image.new("L", (round(width * scale), round(height * scale)), 255)
    draw = ImageDraw.Draw(image)
    matrix, saved, grey, path = (1, 0, 0, 1, 0, 0), [], 0, []
    for operands, operator in page.get_contents().operations:
        values = [float(value) for value in operands if isinstance(value, int | float)]
        if operator == b"q":
            saved.append(matrix)
        elif operator == b"Q":
            matrix = saved.pop()
        elif operator == b"cm":
            matrix = multiply(values, matrix)
        elif operator == b"g":
            grey = round(values[0] * 255)
        elif operator == b"rg":
            grey = round(
                (0.299 * values[0] + 0.587 * values[1] + 0.114 * values[2]) * 255
            )
        elif operator == b"re":
            x, y, w, h = values
            corners = [apply(matrix, x, y), apply(matrix, x + w, y + h)]
            path.append([(cx * scale, (height - cy) * scale) for cx, cy in corners])
        elif operator in (b"f", b"f*"):
            for (x0, y0), (x1, y1) in path:
                box = (min(x0, x1), min(y0, y1), max(x0, x1) - 1, max(y0, y1) - 1)
                draw.rectangle(box, fill=grey)
            path = []
        elif operator in (b"n", b"S", b"s", b"B", b"b"):
            path = []
    return image


def multiply(m, n):
    """The PDF matrix product m × n, each as (a, b, c, d, e, f)."""
    a, b, c, d, e, f = m
    return (
        a * n[0] + b * n[2],
        a * n[1] + b * n[3],
        c * n[0] + d * n[2],
        c * n[1] + d * n[3],
        e * n[0] + f * n[2] + n[4],
        e * n[1] + f * n[3] + n[5],
    )


def apply(matrix, x, y):
    a, b, c, d, e, f = matrix
    return a * x + c * y + e, b * x + d * y + f
