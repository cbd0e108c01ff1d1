"""Browser journeys in Debian's Chromium, driven by Playwright against a live server."""

import datetime
import functools
import os
import re
import shutil
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse
from django.utils import timezone, translation
from playwright.sync_api import expect

from tests.e2e.world import build_world
from tests.factories import UserFactory

# Playwright's sync API runs an event loop in this thread; the ORM must still work here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
PASSWORD = "demo-password"  # the factories' password for every account


def pytest_collection_modifyitems(config, items):
    if not Path(CHROMIUM).exists():
        skip = pytest.mark.skip(
            reason="!!! Debian's chromium is not installed: browser journeys SKIPPED !!!"
        )
        for item in items:
            if "e2e" in item.nodeid:
                item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture
def world(catalogue):
    """Something of every kind, for checks that walk every page type (accessibility,
    layout, print): see tests/e2e/world.py."""
    return build_world(catalogue)


@pytest.fixture
def screenshot(page):
    """Save the current page at phone and desktop width under test-artifacts/."""
    ARTIFACTS.mkdir(exist_ok=True)

    def take(name):
        for label, size in {"phone": (390, 844), "desktop": (1280, 900)}.items():
            page.set_viewport_size({"width": size[0], "height": size[1]})
            page.screenshot(path=ARTIFACTS / f"{name}-{label}.png", full_page=True)
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= size[0], (
                f"{name} scrolls sideways at {label} width ({width}px)"
            )

    return take


def address(language, name, *args):
    """The address of the view `name` in `language`, as the visitor sees it."""
    with translation.override(language):
        return reverse(name, args=args)


def translated(language, msgid, plural=None, n=None, **params):
    """What a user sees for `msgid` (or its `plural` for `n`) in `language`, from the
    catalogues: fails where a language other than English has no translation, so
    English left on the way shows."""
    with translation.override(language):
        if plural is None:
            text = translation.gettext(msgid)
        else:
            text = translation.ngettext(msgid, plural, n)
    assert language == "en" or text not in (msgid, plural), (
        f"no {language} translation: {msgid!r}"
    )
    return text % params if params else text


@pytest.fixture
def language():
    """The language of the journey; parametrize `language` to run it in others."""
    return "en"


@pytest.fixture
def t(language):
    """`t(msgid, **params)`: the text in the journey's language (see `translated`)."""
    return functools.partial(translated, language)


@pytest.fixture
def heading(t):
    """`heading(page, msgid)`: an expectation on the page's h1, in its language."""

    def expect_heading(page, msgid, **params):
        name = t(msgid, **params)
        return expect(page.get_by_role("heading", level=1, name=name, exact=True))

    return expect_heading


@pytest.fixture
def account(db):
    """`account(email, **fields)`: a user with a confirmed address, ready to sign in."""

    def make(email, **fields):
        user = UserFactory(email=email, **fields)
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        return user

    return make


@pytest.fixture
def sign_in(live_server, language):
    """`sign_in(page, email)`: sign in on the journey's language's form (or another
    one's), landing on the account page."""

    def sign_in(page, email, language=language):
        base = live_server.url
        page.goto(f"{base}/{language}/accounts/login/")
        page.fill("input[name=login]", email)
        page.fill("input[name=password]", PASSWORD)
        page.locator("main form button[type=submit]").click()
        expect(page).to_have_url(f"{base}{address(language, 'people:account')}")

    return sign_in


def born_years_ago(years):
    """A birth date `years` (and some weeks) ago, as a date field takes it."""
    days = 365 * years + 40
    return (timezone.localdate() - datetime.timedelta(days=days)).isoformat()


@pytest.fixture
def add_person(live_server, language, t, heading):
    """`add_person(page, first, last, years, me=False)`: a child (the guardian
    consents) or the account holder themself, added on the account's form."""

    def add(page, first_name, last_name, years, *, me=False, open_form=True):
        if open_form:
            page.goto(f"{live_server.url}{address(language, 'people:participant_add')}")
        heading(page, "Add a person").to_be_visible()
        page.fill("input[name=first_name]", first_name)
        page.fill("input[name=last_name]", last_name)
        page.fill("input[name=birth_date]", born_years_ago(years))
        if me:
            page.get_by_label(t("this is me")).check()
        else:
            page.check("input[name=guardian_consent]")
        page.get_by_role("button", name=t("Save"), exact=True).click()
        added = t("%(name)s has been added.", name=first_name)
        expect(page.get_by_text(added)).to_be_visible()

    return add


@pytest.fixture
def open_registration(page, t):
    """`open_registration(course_url)`: the course page's button for its first date
    (its name ends in the date, for screen readers)."""

    def open_it(course_url):
        page.goto(course_url)
        name = re.compile(f"^{re.escape(t('Register'))} –")
        page.get_by_role("link", name=name).first.click()

    return open_it
