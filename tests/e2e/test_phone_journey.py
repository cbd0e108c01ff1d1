"""A parent on a 390 px phone: filtered results on the first screen with the filters
one tap away, a header of one line whose menu holds sign-up beside sign-in, and the
ticket on my registrations. On a desktop the menu and the filters are simply open."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import ARTIFACTS, address
from tests.factories import (
    CoursePageFactory,
    EventFactory,
    ParticipantFactory,
    RegistrationFactory,
)

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def language():
    return "de"


@pytest.fixture
def ticket(catalogue, account):
    """Six courses for seven-year-olds; Ema's confirmed seat on the first."""
    events = [
        EventFactory(
            course=CoursePageFactory(
                parent=catalogue, title=f"Forscherkurs {n}", age_min=6, age_max=9
            ),
            sessions__days=10 + n,
        )
        for n in range(6)
    ]
    parent = account("mama@example.org", first_name="Jana")
    child = ParticipantFactory(guardian=parent, first_name="Ema")
    return RegistrationFactory(event=events[0], participant=child)


def test_a_parent_finds_results_signs_up_and_shows_the_ticket_on_a_phone(
    live_server, page, screenshot, sign_in, ticket, t
):
    base = live_server.url
    page.set_viewport_size(PHONE)
    page.goto(f"{base}/de/kurse/?age=7&sort=date")

    header = page.locator(".site-header").bounding_box()
    assert header["height"] <= 110, f"the header takes {header['height']}px"
    cards = page.locator(".card-grid > li")
    expect(cards).to_have_count(6)
    top = cards.first.bounding_box()["y"]
    assert top < PHONE["height"], f"the first result starts {top}px down"
    expect(page.locator(".chips").first).to_be_visible()  # the active age filter
    page.screenshot(path=ARTIFACTS / "phone-catalogue-first-screen.png")

    # The filters are one tap away and keep what was asked.
    age = page.locator(".filters input[name=age]")
    expect(age).to_be_hidden()
    page.locator(".filters-disclosure__button").click()
    expect(age).to_have_value("7")
    screenshot("phone-catalogue-filtered")

    # Sign-up sits beside sign-in in the menu.
    page.set_viewport_size(PHONE)  # the screenshots end at desktop width
    signup = page.locator(".site-header").get_by_role("link", name=t("Sign Up"))
    expect(signup).to_be_hidden()
    page.locator(".site-menu__button").click()
    page.screenshot(path=ARTIFACTS / "phone-menu-open.png")
    expect(
        page.locator(".site-header").get_by_role("link", name=t("Sign in"))
    ).to_be_visible()
    expect(signup).to_be_visible()
    signup.click()
    expect(page).to_have_url(f"{base}/de/accounts/signup/")

    sign_in(page, "mama@example.org")
    page.goto(f"{base}{address('de', 'events:my_registrations')}")
    qr = page.locator(".ticket__qr")
    expect(qr).to_be_visible()
    assert qr.evaluate("img => img.complete && img.naturalWidth > 0")
    expect(page.get_by_text(str(ticket.ticket), exact=True)).to_be_visible()
    screenshot("phone-my-registrations")


def test_on_a_desktop_the_menu_and_the_filters_are_open(live_server, page, ticket):
    page.set_viewport_size(DESKTOP)
    page.goto(f"{live_server.url}/de/kurse/?age=7")
    expect(page.locator(".site-menu__button")).to_be_hidden()
    expect(page.get_by_role("navigation", name="Hauptnavigation")).to_be_visible()
    expect(page.get_by_role("link", name="PL", exact=True)).to_be_visible()
    expect(page.locator(".filters-disclosure__button")).to_be_hidden()
    expect(page.locator(".filters input[name=age]")).to_have_value("7")
    expect(page.locator(".filters input[name=age]")).to_be_visible()
