"""A parent who uses no mouse signs in, skips the navigation, opens the registration,
sends it empty (the error summary takes the focus), chooses her daughter and registers
her: Tab, Shift+Tab, Enter and Space only, with a visible focus on every stop."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from events.models import Registration
from tests.e2e.conftest import address
from tests.factories import (
    CoursePageFactory,
    EventFactory,
    ParticipantFactory,
)

pytestmark = pytest.mark.django_db(transaction=True)

# What the focused element shows: an outline or a ring drawn with box-shadow.
FOCUS_SHOWN = """() => {
  const el = document.activeElement, style = getComputedStyle(el);
  const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
  return {tag: el.outerHTML.split(">")[0] + ">",
          shown: outline || style.boxShadow !== "none"};
}"""


@pytest.fixture
def parent(account):
    user = account("anna@example.org", first_name="Anna")
    ParticipantFactory(
        guardian=user,
        first_name="Mia",
        last_name="Berger",
        birth_date=timezone.localdate() - datetime.timedelta(days=365 * 8 + 40),
    )
    return user


@pytest.fixture
def event(catalogue):
    course = CoursePageFactory(
        parent=catalogue, title="Lego-Roboter", slug="lego-roboter", age_min=6
    )
    return EventFactory(course=course, capacity=8, sessions__days=14)


def focused(locator):
    return locator.evaluate("el => el === document.activeElement")


def assert_focus_shown(page):
    state = page.evaluate(FOCUS_SHOWN)
    assert state["shown"], f"no visible focus on {state['tag']}"


def press(page, key):
    page.keyboard.press(key)
    if key in ("Tab", "Shift+Tab"):
        assert_focus_shown(page)


def tab_to(page, target, *, key="Tab", limit=60):
    """Tab (or Shift+Tab) until `target` has the focus, checking every stop."""
    for _ in range(limit):
        press(page, key)
        if focused(target):
            return
    raise AssertionError(f"{key} never reached {target}")


def test_parent_registers_a_child_with_the_keyboard_only(
    live_server, page, parent, event
):
    base = live_server.url
    page.goto(f"{base}/de/accounts/login/")
    tab_to(page, page.locator("input[name=login]"))
    page.keyboard.type(parent.email)
    press(page, "Tab")
    expect(page.locator("input[name=password]")).to_be_focused()
    page.keyboard.type("demo-password")
    press(page, "Enter")
    expect(page).to_have_url(f"{base}{address('de', 'people:account')}")

    # The first Tab reaches the skip link, in sight; Enter jumps past the navigation.
    page.goto(f"{base}/de/kurse/lego-roboter/")
    press(page, "Tab")
    skip = page.locator(".skip-link")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    press(page, "Enter")
    expect(page.locator("main")).to_be_focused()
    register = page.locator(
        f"main a[href$='{address('de', 'events:register', event.pk)}']"
    )
    tab_to(page, register)
    assert page.locator(".site-nav a:focus").count() == 0
    press(page, "Enter")
    expect(page.get_by_role("heading", name="Anmeldung")).to_be_visible()

    # Sent without choosing anyone: the summary has the focus and is an alert.
    tab_to(page, page.get_by_role("button", name="Jetzt anmelden"))
    press(page, "Enter")
    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    expect(summary).to_have_attribute("role", "alert")
    expect(summary).to_contain_text("Bitte prüfen Sie die markierten Felder.")
    mia = page.get_by_role("checkbox", name="Mia Berger")
    expect(page.get_by_role("group").filter(has=mia)).to_have_accessible_description(
        "Bitte wählen Sie mindestens eine Person zur Anmeldung aus."
    )

    # From the summary on into the form; one stop too far and back.
    press(page, "Tab")
    expect(mia).to_be_focused()
    press(page, "Tab")
    expect(mia).not_to_be_focused()
    press(page, "Shift+Tab")
    expect(mia).to_be_focused()
    press(page, "Space")
    expect(mia).to_be_checked()
    tab_to(page, page.get_by_role("button", name="Jetzt anmelden"))
    press(page, "Enter")

    expect(page).to_have_url(f"{base}{address('de', 'events:my_registrations')}")
    expect(page.get_by_text("Mia ist angemeldet")).to_be_visible()
    registration = Registration.objects.get()
    assert registration.participant.first_name == "Mia"
    assert registration.status == Registration.Status.CONFIRMED
