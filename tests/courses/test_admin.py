"""Coordinators edit courses, dates and taxonomies in the Wagtail admin."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from tests.factories import (
    AudienceLevelFactory,
    CoursePageFactory,
    EventFactory,
    ProviderFactory,
    TopicFactory,
    UserFactory,
)


@pytest.fixture
def coordinator(db):
    return UserFactory(is_staff=True, is_superuser=True)


def test_course_editor_lists_the_dates_with_links_to_edit_them(
    client, catalogue, coordinator
):
    course = CoursePageFactory(parent=catalogue)
    event = EventFactory(course=course, sessions__count=3)
    client.force_login(coordinator)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[course.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert reverse("events_event:edit", args=[event.pk]) in html
    assert f"{reverse('events_event:add')}?course={course.pk}" in html
    assert "events-TOTAL_FORMS" not in html  # dates are not part of page revisions


def test_new_course_form_opens(client, catalogue, coordinator):
    client.force_login(coordinator)
    url = reverse(
        "wagtailadmin_pages:add", args=["courses", "coursepage", catalogue.pk]
    )
    assert client.get(url).status_code == 200


@pytest.mark.parametrize(
    "model",
    ["courses_topic", "courses_audiencelevel", "courses_provider", "events_venue"],
)
def test_snippet_listings_open(client, coordinator, model):
    app, name = model.split("_")
    client.force_login(coordinator)
    assert client.get(reverse(f"wagtailsnippets_{app}_{name}:list")).status_code == 200


def test_admin_sign_in_goes_through_the_account_login(client, db):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/de/accounts/login/")


def _translated(row, language, name):
    copy = row.copy_for_translation(Locale.objects.get(language_code=language))
    copy.name = name
    copy.save()
    return copy


@pytest.fixture
def classified(catalogue):
    """A German course about robotics and energy by a partner, and its Polish
    translation, copied with the German topics (as translations are). Robotics and
    the partner exist in every language, energy only in German."""
    robotics = TopicFactory(name="Robotik")
    translations = {
        language: _translated(robotics, language, name)
        for language, name in (
            ("pl", "Robotyka"),
            ("cs", "Robotika"),
            ("en", "Robotics"),
        )
    }
    energy = TopicFactory(name="Energie")
    partner = ProviderFactory(name="Hochschule")
    partner_pl = _translated(partner, "pl", "Uczelnia")
    _translated(partner, "cs", "Vysoká škola")
    pupils = AudienceLevelFactory(name="Schüler")
    pupils_pl = _translated(pupils, "pl", "Uczniowie")
    course = CoursePageFactory(parent=catalogue, provider=partner)
    course.topics.set([robotics, energy])
    course.audience_levels.set([pupils])
    course.save_revision().publish()
    polish = course.copy_for_translation(Locale.objects.get(language_code="pl"))
    polish.save_revision().publish()
    return {
        "de": course,
        "pl": polish,
        "robotics": robotics,
        "robotics_pl": translations["pl"],
        "energy": energy,
        "partner": partner,
        "partner_pl": partner_pl,
        "pupils": pupils,
        "pupils_pl": pupils_pl,
    }


def _classification(client, page):
    form = BeautifulSoup(
        client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content,
        "html.parser",
    )
    topics = form.select('input[name="topics"]')
    levels = form.select('input[name="audience_levels"]')
    providers = form.select('select[name="provider"] option[value!=""]')
    return (
        {int(box["value"]) for box in topics},
        {int(box["value"]) for box in topics if box.has_attr("checked")},
        {int(option["value"]) for option in providers},
        {int(option["value"]) for option in providers if option.has_attr("selected")},
        {(int(box["value"]), box.has_attr("checked")) for box in levels},
    )


def test_a_german_course_offers_the_german_topics_only(client, coordinator, classified):
    client.force_login(coordinator)
    offered, chosen, providers, provider, levels = _classification(
        client, classified["de"]
    )
    german = {classified["robotics"].pk, classified["energy"].pk}
    assert offered == german
    assert chosen == german
    assert providers == {classified["partner"].pk}
    assert provider == {classified["partner"].pk}
    assert levels == {(classified["pupils"].pk, True)}


def test_a_polish_translation_offers_and_shows_its_choice_in_polish(
    client, coordinator, classified
):
    """Energy has no Polish name yet: it stays offered and chosen, so saving the
    Polish page keeps it."""
    client.force_login(coordinator)
    offered, chosen, providers, provider, levels = _classification(
        client, classified["pl"]
    )
    assert offered == chosen == {classified["robotics_pl"].pk, classified["energy"].pk}
    assert providers == provider == {classified["partner_pl"].pk}
    assert levels == {(classified["pupils_pl"].pk, True)}


def test_the_german_page_explorer_uses_wagtails_own_type_column(
    client, catalogue, coordinator
):
    """Our "Type" for schools once shadowed Wagtail's: the explorer read "Schulart"."""
    CoursePageFactory(parent=catalogue)
    client.force_login(coordinator)
    with translation.override("de"):
        wagtails_type = translation.gettext("Type")
        response = client.get(reverse("wagtailadmin_explore", args=[catalogue.pk]))
    headers = [
        th.get_text(" ", strip=True)
        for th in BeautifulSoup(response.content, "html.parser").select("thead th")
    ]
    assert wagtails_type == "Typ"
    assert "Typ" in headers
    assert "Schulart" not in headers
