"""The organisation's name and signatory's role in the reader's language: translated
per language in the settings, the German text where a translation is left blank."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.utils import translation
from wagtail.models import Site

from mint.mail import compose
from mint.models import OrganisationSettings
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

GERMAN = "MINT Dreiländereck – Bildungsnetzwerk der Lausitz-Allianz"
POLISH = "MINT Dreiländereck – sieć edukacyjna Sojuszu Łużyckiego"


@pytest.fixture
def organisation(catalogue):
    settings = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    settings.name = GERMAN
    settings.name_pl = POLISH
    settings.save()
    return settings


def title_and_footer(client, url):
    page = BeautifulSoup(client.get(url).content, "html.parser")
    return page.title.get_text(), page.select_one(".site-footer__name").get_text()


def test_a_polish_page_names_the_organisation_in_polish(client, organisation):
    title, footer = title_and_footer(client, "/pl/")
    assert title.endswith(POLISH)
    assert footer == POLISH
    title, footer = title_and_footer(client, "/de/")
    assert title.endswith(GERMAN) and footer == GERMAN


def test_without_a_translation_the_german_name_is_shown(client, organisation):
    title, footer = title_and_footer(client, "/cs/")
    assert title.endswith(GERMAN) and footer == GERMAN
    assert organisation.name_in("cs") == GERMAN
    assert organisation.name_in("pl") == POLISH


def test_mail_in_polish_names_the_organisation_in_polish(organisation):
    with translation.override("pl"):
        compose("emails/layout", {}, subject="Test", to=["a@example.org"]).send()
    assert POLISH in mail.outbox[0].body
    assert GERMAN not in mail.outbox[0].body


def test_the_settings_form_saves_the_translations(client, organisation):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    url = f"/admin/settings/mint/organisationsettings/{organisation.site_id}/"
    form = client.get(url).context["form"]
    assert {"name_pl", "name_cs", "signatory_role_en"} <= set(form.fields)
    data = {name: value for name, value in form.initial.items() if value is not None}
    data |= {
        "name_cs": "MINT Dreiländereck – vzdělávací síť Lužické aliance",
        "signatory_role_cs": "Koordinace vzdělávání MINT",
        "name_pl": "",
    }
    response = client.post(url, data)
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.name_in("cs") == data["name_cs"]
    assert organisation.signatory_role_in("cs") == "Koordinace vzdělávání MINT"
    assert organisation.name_in("pl") == GERMAN  # emptied: the German again
