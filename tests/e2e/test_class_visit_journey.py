"""A teacher finds a free slot for grade 7, books it for class 7b, and sees the visit
confirmed after the coordinator confirms the request in the Wagtail admin."""

import pytest
from allauth.account.models import EmailAddress
from playwright.sync_api import expect
from wagtail.models import Locale

from events.models import GroupBooking
from tests.factories import (
    ClassVisitFactory,
    EventFactory,
    SchoolFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db(transaction=True)


def account(email, **fields):
    user = UserFactory(email=email, **fields)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


@pytest.fixture
def slot(catalogue):
    programme = ClassVisitFactory(
        parent=catalogue,
        title="Chemie zum Anfassen",
        slug="chemie-zum-anfassen",
        preparation="Bitte festes Schuhwerk.",
    )
    english = programme.copy_for_translation(Locale.objects.get(language_code="en"))
    english.title = "Hands-on chemistry"
    english.save_revision().publish()
    return EventFactory(course=programme, capacity=30, sessions__days=30)


def sign_in(page, base, email):
    page.goto(f"{base}/en/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", "demo-password")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(f"{base}/en/account/")


def test_teacher_books_a_slot_and_sees_it_confirmed_by_staff(
    live_server, page, browser, slot, screenshot
):
    teacher = account("lehrer@example.org", first_name="Michael", last_name="Schulze")
    SchoolFactory(teacher=teacher, name="Oberschule Zittau")
    account("koordination@example.org", is_staff=True, is_superuser=True)
    base = live_server.url

    sign_in(page, base, "lehrer@example.org")
    page.goto(f"{base}/en/class-visits/?grade=7")
    expect(page.get_by_text("Hands-on chemistry").first).to_be_visible()
    screenshot("class-visit-finder")
    page.get_by_role("link", name="Book").first.click()

    page.fill("input[name=class_name]", "7b")
    page.select_option("select[name=grade]", "7")
    page.fill("input[name=pupils]", "24")
    page.fill("input[name=adults]", "1")  # one adult per 10 pupils: too few
    page.fill("input[name=phone]", "+49 3583 123456")
    page.get_by_role("button", name="Send booking request").click()
    expect(
        page.get_by_text("Please bring at least 3 accompanying adults")
    ).to_be_visible()
    expect(page.locator("input[name=class_name]")).to_have_value("7b")
    screenshot("class-visit-booking-error")
    page.fill("input[name=adults]", "3")
    page.get_by_role("button", name="Send booking request").click()
    expect(page.get_by_text("Requested – not yet confirmed").first).to_be_visible()
    booking_url = page.url

    staff = browser.new_page()
    sign_in(staff, base, "koordination@example.org")
    request = GroupBooking.objects.get()
    staff.goto(f"{base}/admin/class-visits/")  # the queue, in the admin's language
    expect(staff.get_by_text("Oberschule Zittau").first).to_be_visible()
    staff.goto(f"{base}/admin/class-visits/inspect/{request.pk}/")
    staff.locator(f"form[action$='/confirm/{request.pk}/'] button").click()
    expect(staff.locator(".messages .success")).to_be_visible()
    staff.close()

    assert GroupBooking.objects.get().status == GroupBooking.Status.CONFIRMED
    page.goto(booking_url)
    expect(page.get_by_text("Your class is expected.")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name="Confirmation with QR code (PDF)").click()
    with open(download.value.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
    screenshot("class-visit-confirmed")
