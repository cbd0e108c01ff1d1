"""A teacher finds a free slot for grade 7, books it for class 7b, and sees the visit
confirmed after the coordinator confirms the request in the Wagtail admin – in German
and in English."""

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale

from events.models import GroupBooking
from tests.e2e.conftest import address
from tests.factories import ClassVisitFactory, EventFactory, SchoolFactory

pytestmark = pytest.mark.django_db(transaction=True)

TITLES = {"de": "Chemie zum Anfassen", "en": "Hands-on chemistry"}


@pytest.fixture
def slot(catalogue):
    programme = ClassVisitFactory(
        parent=catalogue,
        title=TITLES["de"],
        slug="chemie-zum-anfassen",
        preparation="Bitte festes Schuhwerk.",
    )
    english = programme.copy_for_translation(Locale.objects.get(language_code="en"))
    english.title = TITLES["en"]
    english.save_revision().publish()
    return EventFactory(course=programme, capacity=30, sessions__days=30)


@pytest.mark.parametrize("language", ["de", "en"])
def test_teacher_books_a_slot_and_sees_it_confirmed_by_staff(
    live_server,
    page,
    browser,
    slot,
    language,
    t,
    heading,
    account,
    sign_in,
    screenshot,
):
    teacher = account("lehrer@example.org", first_name="Michael", last_name="Schulze")
    SchoolFactory(teacher=teacher, name="Oberschule Zittau")
    account("koordination@example.org", is_staff=True, is_superuser=True)
    base = live_server.url

    sign_in(page, teacher.email)
    page.goto(f"{base}{address(language, 'events:class_visit_finder')}?grade=7")
    expect(page.get_by_text(TITLES[language]).first).to_be_visible()
    screenshot(f"class-visit-finder-{language}")
    page.get_by_role("link", name=t("Book")).first.click()

    page.fill("input[name=class_name]", "7b")
    page.select_option("select[name=grade]", "7")
    page.fill("input[name=pupils]", "24")
    page.fill("input[name=adults]", "1")  # one adult per 10 pupils: too few
    page.fill("input[name=phone]", "+49 3583 123456")
    send = page.get_by_role("button", name=t("Send booking request"), exact=True)
    send.click()
    too_few = t(
        "Please bring at least %(needed)s accompanying adult "
        "(pupils per adult: at most %(per)s).",
        "Please bring at least %(needed)s accompanying adults "
        "(pupils per adult: at most %(per)s).",
        3,
        needed=3,
        per=10,
    )
    expect(page.get_by_text(too_few).first).to_be_visible()
    expect(page.locator("input[name=class_name]")).to_have_value("7b")
    screenshot(f"class-visit-booking-error-{language}")
    page.fill("input[name=adults]", "3")
    send.click()
    expect(page.get_by_text(t("Requested – not yet confirmed")).first).to_be_visible()
    booking_url = page.url

    staff = browser.new_page()
    sign_in(staff, "koordination@example.org")
    request = GroupBooking.objects.get()
    staff.goto(f"{base}/admin/class-visits/")  # the queue, in the admin's language
    expect(staff.get_by_text("Oberschule Zittau").first).to_be_visible()
    staff.goto(f"{base}/admin/class-visits/inspect/{request.pk}/")
    staff.locator(f"form[action$='/confirm/{request.pk}/'] button").click()
    expect(staff.locator(".messages .success")).to_be_visible()
    staff.close()

    assert GroupBooking.objects.get().status == GroupBooking.Status.CONFIRMED
    page.goto(booking_url)
    expected = (
        "Your class is expected. Please bring the confirmation with its QR code, "
        "printed or on a phone."
    )
    expect(page.get_by_text(t(expected))).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name=t("Confirmation with QR code (PDF)")).click()
    with open(download.value.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
    screenshot(f"class-visit-confirmed-{language}")
