"""Error pages speak the visitor's language: a missing page under /pl/ answers in
Polish with the site's layout; the 500 page needs nothing that could fail again."""

import pytest
from django.template.loader import render_to_string
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "language, heading",
    [
        ("de", "Seite nicht gefunden"),
        ("pl", "Nie znaleziono strony"),
        ("cs", "Stránka nenalezena"),
        ("en", "Page not found"),
    ],
)
def test_a_missing_page_says_so_in_the_visitors_language(
    client, home_page, language, heading
):
    response = client.get(f"/{language}/gibt-es-nicht/")

    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert heading in html


def test_the_500_page_stands_alone_in_all_four_languages():
    html = render_to_string("500.html")

    for words in ("Entschuldigung", "Przepraszamy", "Omlouváme", "Sorry"):
        assert words in html
    assert "<style" not in html  # the Content-Security-Policy allows no inline style


def test_a_server_error_shows_the_500_page(home_page, settings):
    settings.ROOT_URLCONF = "tests.mint.failing_urls"
    client = Client(raise_request_exception=False)

    response = client.get("/kaputt/")

    assert response.status_code == 500
    assert "Przepraszamy" in response.content.decode()


@pytest.mark.parametrize(
    "language, heading",
    [
        ("de", "Die Anfrage konnte nicht gelesen werden"),
        ("pl", "Nie udało się odczytać żądania"),
        ("cs", "Požadavek nebylo možné přečíst"),
        ("en", "The request could not be read"),
    ],
)
def test_a_request_too_large_to_read_is_refused_in_the_visitors_language(
    client, home_page, language, heading, settings
):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    response = client.post(
        f"/{language}/accounts/login/", {"login": "x" * 2000, "password": "y"}
    )

    assert response.status_code == 400
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert heading in html
    assert f'href="/{language}/"' in html
