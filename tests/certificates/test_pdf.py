"""The certificate PDF: one A4 page in the certificate's languages, with names as
they are written, the verification QR code and, once revoked, an unmistakable stamp.
Renders from the frozen content alone: no database."""

import datetime
import io
import shutil
import subprocess

import pypdf
import pytest
import zxingcpp
from django.utils import formats, translation
from PIL import Image

from certificates import pdf
from events import pdf as events_pdf

CODE = "K3Q7XW2M5RZT4HNA6BCDEFGJ2L"
VERIFY_URL = f"https://mint-dreilaendereck.de/certificates/verify/{CODE}/"
COURSES = {
    "de": "Roboter bauen mit Calliope",
    "pl": "Budowa robotów z Calliope",
    "cs": "Stavba robotů s Calliope",
    "en": "Building robots with Calliope",
}
HOLDERS = {
    "de": "Jürgen Weiß",
    "pl": "Gżegżółka Łucja Wiśniewska",
    "cs": "Zdeněk Šťastný",
    "en": "Łucja Dvořáková",
}


def content(**changes):
    texts = {
        language: {"course": course, "outcomes": [f"{course}: Sensoren verstehen"]}
        for language, course in COURSES.items()
    }
    return {
        "kind": "formal",
        "languages": ["de"],
        "holder": "Łucja Dvořáková",
        "school": "",
        "pupils": None,
        "adults": None,
        "texts": texts,
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
    } | changes


def render(data, **kwargs):
    return pdf.render(data, code=CODE, verify_url=VERIFY_URL, **kwargs)


def read(document):
    reader = pypdf.PdfReader(io.BytesIO(document))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    return reader, text


def date_in(language, iso):
    with translation.override(language):
        return formats.date_format(datetime.date.fromisoformat(iso), "DATE_FORMAT")


@pytest.fixture
def images(tmp_path):
    """A logo with transparency (PNG) and a signature (JPEG)."""
    logo = tmp_path / "logo.png"
    Image.new("RGBA", (600, 200), (11, 93, 107, 128)).save(logo)
    signature = tmp_path / "signature.jpg"
    Image.new("RGB", (500, 150), (20, 40, 110)).save(signature)
    return logo, signature


@pytest.mark.parametrize("language", ["de", "pl", "cs", "en"])
def test_prints_the_holder_course_dates_and_code_in_each_language(language):
    data = content(languages=[language], holder=HOLDERS[language])

    reader, text = read(render(data))

    assert len(reader.pages) == 1
    assert HOLDERS[language] in text
    assert COURSES[language] in text
    assert date_in(language, "2026-09-01") in text
    assert date_in(language, "2026-11-10") in text
    assert date_in(language, "2026-11-24") in text
    assert "K3Q7-XW2M-5RZT-4HNA-6BCD-EFGJ-2L" in text
    assert "Hochschule Zittau/Görlitz, Zittau" in text
    assert "Dr. Anna Nowak" in text
    assert reader.trailer["/Root"]["/Lang"] == language


def test_page_is_a4_portrait():
    reader, _text = read(render(content()))

    width, height = (float(value) for value in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (595, 842)


def test_metadata_names_the_certificate_its_holder_and_issuer():
    reader, _text = read(render(content(languages=["pl"])))

    assert "Łucja Dvořáková" in reader.metadata.title
    assert reader.metadata.author == "MINT Dreiländereck"
    assert reader.metadata.subject == COURSES["pl"]


def test_bilingual_certificate_shows_both_course_titles_and_date_formats():
    _reader, text = read(render(content(languages=["de", "pl"])))

    assert COURSES["de"] in text
    assert COURSES["pl"] in text
    assert date_in("de", "2026-09-01") in text
    assert date_in("pl", "2026-09-01") in text
    assert COURSES["cs"] not in text


def test_second_language_outcomes_are_printed_under_the_first():
    _reader, text = read(render(content(languages=["de", "cs"])))

    german = text.index(f"{COURSES['de']}: Sensoren verstehen")
    czech = text.index(f"{COURSES['cs']}: Sensoren verstehen")
    assert german < czech


@pytest.mark.parametrize("language", ["de", "cs"])
def test_revoked_certificate_is_stamped_with_the_date(language):
    revoked_on = datetime.date(2026, 12, 3)

    _reader, text = read(render(content(languages=[language]), revoked_on=revoked_on))

    with translation.override(language):
        stamp = translation.pgettext("certificate", "REVOKED").upper()
    assert stamp in text
    assert date_in(language, "2026-12-03") in text


def test_valid_certificate_has_no_stamp():
    _reader, text = read(render(content(languages=["en"])))

    assert "REVOKED" not in text


def test_children_certificate():
    data = content(kind="children", holder="Gżegżółka", hours=None)

    reader, text = read(render(data))

    assert len(reader.pages) == 1
    assert "Gżegżółka" in text
    assert COURSES["de"] in text
    assert f"{COURSES['de']}: Sensoren verstehen" in text
    assert date_in("de", "2026-09-01") in text


def test_class_confirmation_names_class_school_and_numbers():
    data = content(
        kind="class",
        holder="Klasse 4b",
        school="Grundschule Olbersdorf",
        pupils=23,
        adults=2,
        sessions_attended=None,
        sessions_held=None,
        first_date="2026-10-05",
        last_date="2026-10-05",
    )

    _reader, text = read(render(data))

    assert "Klasse 4b" in text
    assert "Grundschule Olbersdorf" in text
    assert "23" in text
    assert date_in("de", "2026-10-05") in text


@pytest.mark.parametrize("kind", ["formal", "children", "class"])
def test_long_name_title_and_twelve_outcomes_stay_on_one_page(kind):
    name = "Maximiliane Alexandra Wilhelmine von Hohenzollern-Sigmaringen Dvořáková"
    name = f"{name} Nowak Łęcka"[:80]
    title = " ".join(["Photovoltaik, Batteriespeicher und Wasserstoff"] * 5)[:200]
    outcomes = [
        f"Lernziel {n}: Messungen an Solarmodulen durchführen und auswerten"
        for n in range(1, 13)
    ]
    data = content(
        kind=kind,
        languages=["de", "pl"],
        holder=name,
        school="Grundschule Olbersdorf",
        texts={
            "de": {"course": title, "outcomes": outcomes},
            "pl": {"course": title, "outcomes": outcomes},
        },
    )

    reader, text = read(render(data))

    assert len(reader.pages) == 1
    assert name in text
    assert title in text
    assert outcomes[-1] in text


def needs_poppler(test):
    return pytest.mark.skipif(
        shutil.which("pdftoppm") is None, reason="needs poppler-utils"
    )(test)


@needs_poppler
@pytest.mark.parametrize("kind", ["formal", "children", "class"])
def test_qr_code_on_the_rendered_page_leads_to_the_verification_page(
    kind, images, tmp_path
):
    logo, signature = images
    document = tmp_path / "certificate.pdf"
    document.write_bytes(
        render(
            content(kind=kind),
            logo=str(logo),
            signature=str(signature),
            revoked_on=datetime.date(2026, 12, 3),
        )
    )

    subprocess.run(
        ["pdftoppm", "-png", "-r", "100", "-singlefile", document, tmp_path / "page"],
        check=True,
    )

    [code] = zxingcpp.read_barcodes(Image.open(tmp_path / "page.png"))
    assert code.text == VERIFY_URL


def test_qr_code_is_a_vector_path_not_an_image():
    reader, _text = read(render(content()))

    resources = reader.pages[0]["/Resources"]
    assert "/XObject" not in resources
    modules, operators = events_pdf.qr_path(VERIFY_URL)
    assert operators.encode() in reader.pages[0].get_contents().get_data()


def test_logo_and_signature_are_embedded_in_every_document(images):
    logo, signature = images

    for _ in range(2):  # the second document reuses the prepared images
        reader, _text = read(
            render(content(), logo=str(logo), signature=str(signature))
        )
        objects = reader.pages[0]["/Resources"]["/XObject"]
        subtypes = sorted(str(obj.get_object()["/Subtype"]) for obj in objects.values())
        assert subtypes == ["/Image", "/Image"]
        masked = [obj.get_object() for obj in objects.values()]
        assert sum("/SMask" in obj for obj in masked) == 1  # the PNG's transparency


def test_missing_images_are_left_out(tmp_path):
    document = render(
        content(), logo=str(tmp_path / "gone.png"), signature=str(tmp_path / "x.jpg")
    )

    reader, text = read(document)
    assert "Łucja Dvořáková" in text
    assert "/XObject" not in reader.pages[0]["/Resources"]


def test_renders_without_dejavu(monkeypatch, tmp_path):
    monkeypatch.setattr(events_pdf, "FONT_DIR", tmp_path)

    document = render(content(kind="children"))

    assert document.startswith(b"%PDF")
    assert b"DejaVu" not in document


@pytest.mark.parametrize(("language", "hours"), [("en", "22.5"), ("de", "22,5")])
def test_hours_are_written_as_numbers_of_the_language(language, hours):
    _reader, text = read(render(content(languages=[language], hours="22.5")))

    assert hours in text


def test_code_is_printed_in_groups_of_four():
    assert pdf.grouped_code(CODE) == "K3Q7-XW2M-5RZT-4HNA-6BCD-EFGJ-2L"
