"""The site's own addresses are in the visitor's language; the old English ones move
there permanently and the language switch follows."""

import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation

from mint.log_redaction import without_keys
from mint.paths import SEGMENTS, TRANSLATED

from ..factories import UserFactory

pytestmark = pytest.mark.django_db

PUBLIC = {
    "pl": {
        "events:class_visit_finder": "/pl/zajecia-dla-szkol/",
        "certificates:verify_form": "/pl/certyfikaty/weryfikacja/",
    },
    "cs": {
        "events:class_visit_finder": "/cs/vyukove-programy/",
        "certificates:verify_form": "/cs/certifikaty/overeni/",
    },
}
PERSONAL = {
    "pl": {
        "people:account": "/pl/konto/",
        "people:profile": "/pl/konto/profil/",
        "people:participants": "/pl/konto/osoby/",
        "people:schools": "/pl/konto/szkoly/",
        "events:my_registrations": "/pl/konto/zapisy/",
        "events:class_visits": "/pl/konto/zajecia-dla-szkol/",
        "certificates:mine": "/pl/konto/certyfikaty/",
        "events:my_sessions": "/pl/prowadzenie/",
    },
    "cs": {
        "people:account": "/cs/ucet/",
        "people:profile": "/cs/ucet/profil/",
        "people:participants": "/cs/ucet/osoby/",
        "people:schools": "/cs/ucet/skoly/",
        "events:my_registrations": "/cs/ucet/prihlasky/",
        "events:class_visits": "/cs/ucet/vyukove-programy/",
        "certificates:mine": "/cs/ucet/certifikaty/",
        "events:my_sessions": "/cs/lektor/",
    },
}


@pytest.fixture
def instructor(client, home_page):
    user = UserFactory()
    Group.objects.get(name="Instructors").user_set.add(user)
    client.force_login(user)
    return client


@pytest.mark.parametrize("language", ["pl", "cs"])
def test_public_pages_answer_at_their_translated_address(client, home_page, language):
    for name, path in PUBLIC[language].items():
        with translation.override(language):
            assert reverse(name) == path
        response = client.get(path)
        assert response.status_code == 200, path
        assert BeautifulSoup(response.text, "html.parser").html["lang"] == language


@pytest.mark.parametrize("language", ["pl", "cs"])
def test_personal_pages_answer_at_their_translated_address(instructor, language):
    for name, path in PERSONAL[language].items():
        with translation.override(language):
            assert reverse(name) == path
        assert instructor.get(path).status_code == 200, path


@pytest.mark.parametrize(
    "old, new",
    [
        ("/pl/class-visits/?month=2026-03", "/pl/zajecia-dla-szkol/?month=2026-03"),
        ("/pl/account/", "/pl/konto/"),
        (
            "/pl/account/class-visits/5/numbers/",
            "/pl/konto/zajecia-dla-szkol/5/liczba-osob/",
        ),
        ("/cs/teach/sessions/7/scan/", "/cs/lektor/lekce/7/skenovat/"),
        ("/de/events/3.ics", "/de/veranstaltungen/3.ics"),
        ("/de/certificates/verify/ABCD2345/", "/de/zertifikate/pruefen/ABCD2345/"),
    ],
)
def test_an_old_english_address_moves_permanently(client, home_page, old, new):
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == new


@pytest.mark.parametrize(
    "path", ["/en/account/", "/pl/accounts/login/", "/certificates/verify/AB/"]
)
def test_addresses_that_did_not_change_do_not_move(client, home_page, path):
    assert client.get(path).status_code != 301


def test_an_unknown_address_is_still_not_found(client, home_page):
    assert client.get("/pl/account/no-such-page/").status_code == 404


def test_the_language_switch_leads_from_polish_to_czech_account_page(instructor):
    html = BeautifulSoup(instructor.get("/pl/konto/osoby/").text, "html.parser")
    switch = html.select_one('header a[hreflang="cs"]')
    assert switch["href"] == "/cs/ucet/osoby/"
    assert instructor.get(switch["href"]).status_code == 200


def test_every_address_word_is_translated_as_a_plain_slug():
    for english, words in SEGMENTS.items():
        assert set(words) == set(TRANSLATED), english
        for word in words.values():
            assert re.fullmatch(r"[a-z0-9]+(?:[.-][a-z0-9]+)*", word), word


def test_keys_in_translated_addresses_stay_out_of_the_logs():
    assert without_keys("GET /pl/konto/zaproszenia/abc-123/") == (
        "GET /pl/konto/zaproszenia/[key]/"
    )
    assert without_keys("GET /cs/ucet/certifikaty/ABCD2345.pdf") == (
        "GET /cs/ucet/certifikaty/[key].pdf"
    )
