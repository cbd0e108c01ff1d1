"""The registration journey in German: a parent finds a course, signs up, confirms the
e-mail address, adds two children and registers both – German all the way.

Texts are looked up in the catalogues (`de()`), so the test fails on any English
left on the way and survives a reworded translation."""

import re

import pytest
from django.core import mail
from django.utils import translation
from playwright.sync_api import expect

from tests.e2e import test_registration_journey as english

pytestmark = pytest.mark.django_db(transaction=True)

event = english.event  # Lego-Roboter, one of two seats already taken

PASSWORD = "Sonnen-Uhr-2026"


def de(msgid, **params):
    """The German text of `msgid`; fails if there is none."""
    with translation.override("de"):
        text = translation.gettext(msgid)
    assert text != msgid, f"no German translation for {msgid!r}"
    return text % params if params else text


def heading(page, msgid):
    return expect(page.get_by_role("heading", level=1, name=de(msgid), exact=True))


def add_child(page, base, first_name, years):
    page.goto(f"{base}/de/account/people/add/")
    heading(page, "Add a person").to_be_visible()
    page.fill("input[name=first_name]", first_name)
    page.fill("input[name=last_name]", "Dvořáková")
    page.fill("input[name=birth_date]", english._birth_date(years))
    page.check("input[name=guardian_consent]")
    page.get_by_role("button", name=de("Save"), exact=True).click()
    expect(
        page.get_by_text(de("%(name)s has been added.", name=first_name))
    ).to_be_visible()


def register_for_the_date(page):
    """The course page's button; its name ends in the date, for screen readers."""
    name = re.compile(f"^{de('Register')} –")
    page.get_by_role("link", name=name).first.click()


@pytest.mark.browser_context_args(locale="de-DE")  # a German parent's browser
def test_parent_signs_up_in_german_and_registers_two_children(
    live_server, page, event, screenshot
):
    base = live_server.url
    course_url = f"{base}/de/kurse/lego-roboter/"
    page.goto(course_url)
    register_for_the_date(page)

    heading(page, "Sign in").to_be_visible()  # registering needs an account
    screenshot("de-login")
    page.locator(".auth-switch a").click()

    heading(page, "Sign Up").to_be_visible()
    screenshot("de-signup")
    page.get_by_label(de("Email"), exact=True).fill("jana@example.org")
    page.get_by_label(de("Password"), exact=True).fill(PASSWORD)
    page.get_by_label(de("Password (again)"), exact=True).fill(PASSWORD)
    page.get_by_role("button", name=de("Sign Up"), exact=True).click()

    heading(page, "Verify Your Email Address").to_be_visible()
    [message] = mail.outbox
    assert de("Please Confirm Your Email Address") in message.subject
    [link] = re.findall(r"https?://\S+(/de/accounts/confirm-email/\S+/)", message.body)

    page.goto(base + link)
    heading(page, "Confirm Email Address").to_be_visible()
    page.get_by_role("button", name=de("Confirm"), exact=True).click()

    heading(page, "Sign in").to_be_visible()
    confirmed = de("You have confirmed %(email)s.", email="jana@example.org")
    expect(page.get_by_text(confirmed)).to_be_visible()
    page.get_by_label(de("Email"), exact=True).fill("jana@example.org")
    page.get_by_label(de("Password"), exact=True).fill(PASSWORD)
    page.locator("main").get_by_role("button", name=de("Sign in")).click()
    # Signed in, the account page greets in the page's language (not the browser's).
    expect(page).to_have_url(f"{base}/de/account/")
    expect(page.get_by_role("link", name=de("My account"), exact=True)).to_be_visible()

    add_child(page, base, "Ema", 7)
    add_child(page, base, "Jakub", 9)

    page.goto(course_url)
    register_for_the_date(page)
    heading(page, "Registration").to_be_visible()
    page.get_by_label("Ema Dvořáková").check()
    page.get_by_label("Jakub Dvořáková").check()
    page.get_by_role("button", name=de("Register now"), exact=True).click()

    registered = "%(name)s is registered – the confirmation is on its way by e-mail."
    expect(page.get_by_text(de(registered, name="Ema"))).to_be_visible()
    waiting = "%(name)s is on the waiting list at position %(position)s."
    expect(page.get_by_text(de(waiting, name="Jakub", position=1))).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", "de")
