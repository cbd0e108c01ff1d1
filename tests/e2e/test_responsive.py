"""Layout at phone and desktop width, and on paper.

Every main page type, in German and Polish, is saved as a phone and a desktop
screenshot under test-artifacts/ (the `screenshot` fixture) and must not scroll
sideways; the home page's topic tiles each have their colour and keep their names
inside. With print media, the course page is a handout without the site's navigation
or buttons and the roster a sign-in sheet: a table, no buttons (PDFs of both are left
in test-artifacts/ to look at)."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import ARTIFACTS, PASSWORD, address

pytestmark = pytest.mark.django_db(transaction=True)

CATALOGUE = {"de": "kurse", "pl": "kursy"}
# A tile whose name runs past its edge, or that has no colour of its own.
BAD_TOPIC_TILES = """() => [...document.querySelectorAll('.topic-tile')].filter(tile =>
  tile.scrollWidth > tile.clientWidth
  || getComputedStyle(tile).backgroundColor === 'rgba(0, 0, 0, 0)'
).map(tile => tile.textContent.trim())"""


def sign_in(page, base, email):
    page.goto(f"{base}/de/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(f"{base}{address('de', 'people:account')}")


def topic_tiles_fit(page):
    assert page.locator(".topic-tile").count() == 9  # every icon, "gear" included
    for width in (390, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        assert page.evaluate(BAD_TOPIC_TILES) == [], f"topic tiles at {width}px"


@pytest.mark.parametrize("language", ["de", "pl"])
def test_main_pages_fit_phone_and_desktop(
    live_server, page, world, screenshot, language
):
    base, courses = live_server.url, CATALOGUE[language]
    pages = [
        ("home", f"/{language}/", topic_tiles_fit),
        ("catalogue", f"/{language}/{courses}/", None),
        ("catalogue-dates", f"/{language}/{courses}/?view=dates", None),
        ("course", f"/{language}/{courses}/lego-roboter/", None),
        ("class-visits", address(language, "events:class_visit_finder"), None),
        ("verify", address(language, "certificates:verify", world["valid"].code), None),
    ]
    for name, path, check in pages:
        response = page.goto(base + path)
        assert response.status == 200, f"{name}: {path} answered {response.status}"
        screenshot(f"responsive-{language}-{name}")
        if check:
            check(page)

    sign_in(page, base, world["parent"].email)
    for name, path in [
        ("account", address(language, "people:account")),
        ("registrations", address(language, "events:my_registrations")),
    ]:
        response = page.goto(base + path)
        assert response.status == 200, f"{name}: {path} answered {response.status}"
        screenshot(f"responsive-{language}-{name}")


def no_visible_buttons(page):
    controls = page.locator("main button, main .button, main input, main select")
    visible = [
        controls.nth(i).inner_text() or controls.nth(i).get_attribute("name")
        for i in range(controls.count())
        if controls.nth(i).is_visible()
    ]
    assert visible == [], f"controls printed: {visible}"


def test_printed_course_page_and_roster(live_server, page, world):
    base = live_server.url
    ARTIFACTS.mkdir(exist_ok=True)

    page.goto(f"{base}/de/kurse/lego-roboter/")
    expect(page.locator(".course__url")).to_be_hidden()  # on screen: the address bar
    page.emulate_media(media="print")
    expect(page.get_by_role("navigation", name="Hauptnavigation")).to_be_hidden()
    expect(page.locator(".language-switcher")).to_be_hidden()
    expect(page.get_by_role("heading", level=1, name="Lego-Roboter")).to_be_visible()
    expect(page.locator(".course__url")).to_contain_text("/de/kurse/lego-roboter/")
    expect(page.locator(".course__aside")).to_be_visible()
    venue = world["event"].venue
    expect(page.locator(".event address").first).to_contain_text(venue.street)
    no_visible_buttons(page)
    page.pdf(path=ARTIFACTS / "print-course.pdf", format="A4")

    page.emulate_media(media="screen")
    sign_in(page, base, world["instructor"].email)
    page.goto(f"{base}{address('de', 'events:roster', world['session'].pk)}")
    sheet = page.locator("table.roster-sheet")
    expect(sheet).to_be_hidden()
    page.emulate_media(media="print")
    expect(sheet).to_be_visible()
    expect(sheet.locator("thead th")).to_have_text(
        ["Nr.", "Name", "Alter", "Unterschrift"]
    )
    for first_name in ("Ema", "Jakub", "Zofia"):
        expect(sheet.get_by_role("row").filter(has_text=first_name)).to_be_visible()
    expect(page.locator(".roster-list")).to_be_hidden()
    expect(page.get_by_role("navigation", name="Hauptnavigation")).to_be_hidden()
    no_visible_buttons(page)
    page.pdf(path=ARTIFACTS / "print-roster.pdf", format="A4")
