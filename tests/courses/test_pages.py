"""Pages render in every language; a course page says where, what it costs, and when."""

import json
import re
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from events.models import Event
from mint.models import ContentPage
from tests.factories import EventFactory, RegistrationFactory, VenueFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ["de", "pl", "cs", "en"]
COURSE_TITLES = {"de": "Roboter bauen", "pl": "Budujemy roboty", "cs": "Stavíme roboty"}
COURSE_TITLES["en"] = "Building robots"


def switcher_links(html):
    """{language code: href} of the language switcher in the page header."""
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return {
        code: href for href, code in re.findall(r'href="([^"]*)" hreflang="(\w+)"', nav)
    }


def json_ld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


@pytest.fixture
def venue():
    return VenueFactory(
        name="Science-Center",
        street="Theaterring 12",
        postcode="02763",
        town="Zittau",
        latitude=Decimal("50.896100"),
        longitude=Decimal("14.807700"),
    )


@pytest.fixture
def course(make_course, venue):
    """A German course with one paid event, three sessions long."""
    course = make_course(title=COURSE_TITLES["de"], slug="roboter-bauen")
    EventFactory(course=course, venue=venue, price=Decimal("12.50"), sessions__count=3)
    return course


@pytest.fixture
def translations(course, translate):
    """The course in Polish, Czech and English: {language code: page}."""
    return {"de": course} | {
        code: translate(course, code, title=COURSE_TITLES[code], slug=f"roboty-{code}")
        for code in ("pl", "cs", "en")
    }


@pytest.fixture
def imprint(home_page, catalogue, translate):
    """A content page under each language's home page: {language code: page}."""
    page = home_page.add_child(
        instance=ContentPage(title="Impressum", slug="impressum")
    )
    return {"de": page} | {
        code: translate(page, code, slug=f"impressum-{code}")
        for code in ("pl", "cs", "en")
    }


# --- every language ------------------------------------------------------------


@pytest.mark.parametrize("code", LANGUAGES)
def test_home_page_renders(client, catalogue, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    assert f'<html lang="{code}">' in response.content.decode()


@pytest.mark.parametrize(
    "path", ["/de/kurse/", "/pl/kursy/", "/cs/kurzy/", "/en/courses/"]
)
def test_catalogue_renders_with_the_course_in_its_language(client, translations, path):
    response = client.get(path)
    assert response.status_code == 200
    assert 'data-result-count="1"' in response.content.decode()


@pytest.mark.parametrize("code", LANGUAGES)
def test_course_page_renders_its_translation(client, translations, code):
    response = client.get(translations[code].url)
    assert response.status_code == 200
    assert f"<h1>{COURSE_TITLES[code]}</h1>" in response.content.decode()


@pytest.mark.parametrize("code", LANGUAGES)
def test_content_page_renders(client, imprint, code):
    assert client.get(imprint[code].url).status_code == 200


@pytest.mark.parametrize(
    ("accept", "target"),
    [("pl", "/pl/"), ("cs-CZ,cs;q=0.9", "/cs/"), ("en-GB,en;q=0.8", "/en/")]
    + [("de-DE", "/de/"), ("fr", "/de/")],
)
def test_root_redirects_to_the_browser_language(client, home_page, accept, target):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == target


# --- language switcher ---------------------------------------------------------


def test_language_switcher_links_to_the_course_translations(client, translations):
    links = switcher_links(client.get(translations["de"].url).content.decode())
    assert links == {code: page.url for code, page in translations.items()}


def test_language_switcher_without_translation_goes_to_that_home_page(client, course):
    links = switcher_links(client.get(course.url).content.decode())
    assert links["pl"] == "/pl/"


def test_language_switcher_keeps_the_catalogue_filters(client, course):
    html = client.get("/de/kurse/?topic=robotik&age=8").content.decode()
    assert switcher_links(html)["pl"] == "/pl/kursy/?topic=robotik&amp;age=8"


# --- dates belong to the course in every language ------------------------------


def test_translated_course_shows_the_events_of_the_original(client, translations):
    event = Event.objects.get()
    html = client.get(translations["pl"].url).content.decode()
    assert f'id="event-{event.pk}"' in html


def test_dates_view_names_the_course_in_the_reader_language(client, translations):
    html = client.get("/pl/kursy/?view=dates").content.decode()
    assert COURSE_TITLES["pl"] in html
    assert COURSE_TITLES["de"] not in html


# --- what the course page tells ------------------------------------------------


def test_course_page_shows_the_venue_address(client, course):
    html = client.get(course.url).content.decode()
    assert "<strong>Science-Center</strong><br>Theaterring 12<br>02763 Zittau" in html


def test_course_page_links_to_openstreetmap(client, course):
    html = client.get(course.url).content.decode()
    assert "https://www.openstreetmap.org/?mlat=50.896100&amp;mlon=14.807700" in html


def test_course_page_without_coordinates_has_no_map_link(client, make_course):
    course = make_course()
    EventFactory(course=course, venue=VenueFactory(latitude=None, longitude=None))
    assert "openstreetmap" not in client.get(course.url).content.decode()


def test_course_page_shows_the_price(client, course):
    assert "12,50 €" in client.get(course.url).content.decode()


def test_course_page_says_when_it_is_free_of_charge(client, make_course):
    course = make_course()
    EventFactory(course=course, price=0)
    html = client.get(course.url).content.decode()
    with translation.override("de"):
        assert f"<dd>{translation.gettext('Free of charge')}</dd>" in html
    assert "€" not in html


def test_course_page_shows_free_seats(client, course):
    assert 'class="seats seats--free"' in client.get(course.url).content.decode()


def test_course_page_shows_the_waiting_list_when_fully_booked(client, course):
    RegistrationFactory(event=Event.objects.get(), seats=10)
    assert 'class="seats seats--waitlist"' in client.get(course.url).content.decode()


def test_course_page_lists_every_session(client, course):
    html = client.get(course.url).content.decode()
    assert html.count('<ol class="sessions"><li>') == 1
    assert (
        re.search(r'<ol class="sessions">(.*?)</ol>', html).group(1).count("<li>") == 3
    )


def test_course_page_links_to_the_calendar_file(client, course):
    event = Event.objects.get()
    assert (
        f'href="{reverse("event_ics", args=[event.pk])}"'
        in client.get(course.url).content.decode()
    )


def test_course_page_without_dates_says_so(client, make_course):
    course = make_course()
    EventFactory(course=course, status=Event.Status.CANCELLED)
    assert '<p class="empty">' in client.get(course.url).content.decode()


def test_course_page_describes_the_course_for_search_engines(client, course):
    data = json_ld(client.get(course.url).content.decode())
    assert data["@type"] == "Course"
    assert data["name"] == "Roboter bauen"
    assert data["inLanguage"] == "de"


def test_course_json_ld_has_one_course_instance_per_event(client, course, venue):
    EventFactory(course=course, venue=venue, sessions__days=14)
    instances = json_ld(client.get(course.url).content.decode())["hasCourseInstance"]
    assert [item["@type"] for item in instances] == ["CourseInstance"] * 2
    assert instances[0]["location"]["address"]["addressLocality"] == "Zittau"
    assert instances[0]["offers"]["price"] == "12.50"


def test_course_json_ld_escapes_markup_in_the_title(client, make_course):
    course = make_course(title="</script><script>alert(1)</script>")
    html = client.get(course.url).content.decode()
    assert "<script>alert(1)" not in html
    assert json_ld(html)["name"] == "</script><script>alert(1)</script>"


# --- editing rules ---------------------------------------------------------------


def test_course_rejects_a_maximum_age_below_the_minimum(course):
    course.age_min, course.age_max = 10, 8
    with pytest.raises(ValidationError) as error:
        course.clean()
    assert "age_max" in error.value.message_dict


def test_a_workshop_cannot_issue_class_confirmations(course):
    course.certificate_kind = course.CertificateKind.CLASS
    with pytest.raises(ValidationError) as error:
        course.clean()
    assert "certificate_kind" in error.value.message_dict


def test_a_class_visit_left_at_the_default_issues_class_confirmations(course):
    course.format = course.Format.CLASS_VISIT
    course.clean()
    assert course.certificate_kind == course.CertificateKind.CLASS


def test_course_page_says_which_certificate_it_gives(client, course):
    course.certificate_min_attendance = 75
    course.save_revision().publish()
    html = client.get(course.url).content.decode()
    rule = re.search(r"<div data-certificate-rule>(.*?)</div>", html, re.S).group(1)
    assert "Zertifikat" in rule
    assert "75 %" in rule


def test_course_accepts_a_single_age(course):
    course.age_min = course.age_max = 8
    course.clean()


def test_course_rejects_a_last_grade_below_the_first(course):
    course.grade_min, course.grade_max = 5, 3
    with pytest.raises(ValidationError) as error:
        course.clean()
    assert "grade_max" in error.value.message_dict
