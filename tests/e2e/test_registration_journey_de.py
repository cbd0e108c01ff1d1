"""The registration journey in German: a parent finds a course, signs up, confirms the
e-mail address, adds two children and registers both – one on the waiting list, who
moves up when a seat frees – German all the way.

Texts are looked up in the catalogues (`t()`), so the test fails on any English
left on the way and survives a reworded translation."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from playwright.sync_api import expect

from tests.e2e import test_registration_journey as steps
from tests.e2e.conftest import address

pytestmark = pytest.mark.django_db(transaction=True)

# Lego-Roboter, one of two seats already taken; the steps after signing in.
event = steps.event
register_both_children = steps.register_both_children
someone_cancels = steps.someone_cancels

PASSWORD = "Sonnen-Uhr-2026"


@pytest.fixture
def language():
    return "de"


@pytest.mark.browser_context_args(locale="de-DE")  # a German parent's browser
def test_parent_signs_up_in_german_and_registers_two_children(
    live_server,
    page,
    event,
    t,
    heading,
    open_registration,
    register_both_children,
    someone_cancels,
    screenshot,
):
    base = live_server.url
    course_url = f"{base}/de/kurse/lego-roboter/"
    open_registration(course_url)

    heading(page, "Sign in").to_be_visible()  # registering needs an account
    screenshot("de-login")
    page.locator(".auth-switch a").click()

    heading(page, "Sign Up").to_be_visible()
    screenshot("de-signup")
    page.get_by_label(t("Email"), exact=True).fill("jana@example.org")
    page.get_by_label(t("Password"), exact=True).fill(PASSWORD)
    page.get_by_label(t("Password (again)"), exact=True).fill(PASSWORD)
    page.get_by_role("button", name=t("Sign Up"), exact=True).click()

    heading(page, "Verify Your Email Address").to_be_visible()
    [message] = mail.outbox
    assert t("Please confirm your e-mail address") in message.subject
    [link] = re.findall(r"https?://\S+(/de/accounts/confirm-email/\S+/)", message.body)

    page.goto(base + link)
    heading(page, "Confirm Email Address").to_be_visible()
    page.get_by_role("button", name=t("Confirm"), exact=True).click()

    heading(page, "Sign in").to_be_visible()
    confirmed = t("You have confirmed %(email)s.", email="jana@example.org")
    expect(page.get_by_text(confirmed)).to_be_visible()
    page.get_by_label(t("Email"), exact=True).fill("jana@example.org")
    page.get_by_label(t("Password"), exact=True).fill(PASSWORD)
    page.locator("main").get_by_role("button", name=t("Sign in")).click()
    # Signed in, the account page greets in the page's language (not the browser's).
    expect(page).to_have_url(f"{base}{address('de', 'people:account')}")
    expect(page.get_by_role("link", name=t("My account"), exact=True)).to_be_visible()

    register_both_children(course_url)
    expect(page.locator("html")).to_have_attribute("lang", "de")
    someone_cancels(get_user_model().objects.get(email="jana@example.org"))
