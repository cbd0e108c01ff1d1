"""Uploads in the admin are limited to known types and a size: no HTML or SVG that
could carry a script, nothing that fills the disk."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def upload_document(client, name, content):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1},
    )


def png():
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def test_a_pdf_is_taken(admin):
    upload_document(admin, "programm.pdf", b"%PDF-1.4 Programm")

    assert get_document_model().objects.filter(title="programm.pdf").exists()


@pytest.mark.parametrize("name", ["seite.html", "bild.svg", "skript.js", "tool.exe"])
def test_documents_of_other_types_are_refused(admin, name):
    response = upload_document(admin, name, b"<script>alert(1)</script>")

    assert response.status_code == 200  # the form again, with its error
    assert not get_document_model().objects.exists()


def test_a_document_over_the_limit_is_refused(admin, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024

    response = upload_document(admin, "gross.pdf", b"%PDF" + b"0" * 2048)

    assert response.status_code == 200
    assert not get_document_model().objects.exists()


@pytest.mark.parametrize(
    "name, content, taken",
    [
        ("logo.png", png(), True),
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>', False),
    ],
)
def test_images_only_of_raster_types(admin, name, content, taken):
    admin.post(
        reverse("wagtailimages:add"),
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1},
    )

    assert get_image_model().objects.filter(title=name).exists() is taken
