"""The Content-Security-Policy in a real browser: Chromium reports nothing it refused on
the public pages, in the account area or in the Wagtail admin (editor, preview, event
forms, reports)."""

import pytest
from allauth.account.models import EmailAddress
from playwright.sync_api import expect
from wagtail.models import Collection

from tests.e2e.conftest import address
from tests.factories import CoursePageFactory, EventFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def refused(page):
    """What Chromium refused because of the policy, from the console of every frame."""
    messages = []
    page.on(
        "console",
        lambda message: (
            messages.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )
    return messages


@pytest.fixture
def event(catalogue):
    if Collection.get_first_root_node() is None:  # flushed by an earlier live test
        Collection.add_root(name="Root")
    course = CoursePageFactory(parent=catalogue, title="Robotik für Kinder")
    return EventFactory(course=course, sessions__days=3)


def sign_in(page, base, email):
    page.goto(f"{base}/de/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", "demo-password")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(f"{base}{address('de', 'people:account')}")


def signed_in_user(**kwargs):
    user = UserFactory(**kwargs)
    EmailAddress.objects.create(
        user=user, email=user.email, verified=True, primary=True
    )
    return user


def test_the_public_site_and_the_account_area_break_no_rule(
    live_server, page, event, refused
):
    base = live_server.url
    course = event.course
    for path in [
        "/de/",
        "/de/kurse/",
        course.url,
        address("de", "events:class_visit_finder"),
    ]:
        assert page.goto(base + path).ok, path
        expect(page.locator("main h1").first).to_be_visible()
    sign_in(page, base, signed_in_user().email)
    for path in [
        address("de", "people:account"),
        "/de/accounts/2fa/",
        "/de/accounts/email/",
    ]:
        assert page.goto(base + path).ok, path
        expect(page.locator("main h1").first).to_be_visible()
    assert refused == []


def test_the_wagtail_admin_breaks_no_rule(live_server, page, event, refused):
    base = live_server.url
    coordinator = signed_in_user(is_staff=True, is_superuser=True)
    sign_in(page, base, coordinator.email)
    for path in [
        "/admin/",
        "/admin/pages/",
        "/admin/events/",
        f"/admin/events/edit/{event.pk}/",
        "/admin/events/new/",
        "/admin/class-visits/new-slots/",
        "/admin/images/",
        "/admin/documents/multiple/add/",
        "/admin/snippets/",
    ]:
        assert page.goto(base + path).ok, path
        expect(page.locator("h1").first).to_be_visible()

    page.goto(f"{base}/admin/pages/{event.course.pk}/edit/")
    page.locator("[data-side-panel-toggle='preview']").click()
    preview = page.frame_locator("[data-w-preview-target='iframe']").first
    expect(preview.locator("main h1")).to_have_text("Robotik für Kinder")
    # Leave the editor while the server still answers: it releases its editing session.
    page.goto(f"{base}/admin/")
    page.wait_for_load_state("networkidle")
    assert refused == []
