"""Certificates end to end: a coordinator issues them in bulk in the (German) admin,
a Polish learner finds hers in the account and opens the PDF, and someone in Czechia
checks it by the address in its QR code and by typing the printed code."""

import pytest
from playwright.sync_api import expect

from certificates.models import Certificate
from events.models import Attendance
from tests.e2e.conftest import address
from tests.factories import (
    CoursePageFactory,
    EventFactory,
    ParticipantFactory,
    RegistrationFactory,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def finished_course(catalogue, account):
    """A course of three sessions that ended last week: Łucja came every time, Jan
    once (below the 80 % rule)."""
    course = CoursePageFactory(
        parent=catalogue,
        title="Python für Erwachsene",
        hours=24,
        learning_outcomes="Programme schreiben\nDaten auswerten",
    )
    event = EventFactory(course=course, sessions__days=-21, sessions__count=3)
    learner = account("lucja@example.org", first_name="Łucja", preferred_language="pl")
    lucja = RegistrationFactory(
        event=event,
        participant=ParticipantFactory(
            guardian=learner, first_name="Łucja", last_name="Dvořáková"
        ),
    )
    jan = RegistrationFactory(
        event=event, participant=ParticipantFactory(first_name="Jan")
    )
    sessions = list(event.sessions.all())
    for session in sessions:
        Attendance.objects.create(
            registration=lucja, session=session, status="present", method="tap"
        )
    Attendance.objects.create(
        registration=jan, session=sessions[0], status="present", method="tap"
    )
    return event, learner


def test_issue_in_bulk_download_and_verify(
    live_server, page, account, sign_in, finished_course, screenshot
):
    event, learner = finished_course
    base = live_server.url
    coordinator = account("koordination@example.org", is_staff=True, is_superuser=True)

    # The coordinator (a German browser) issues to everyone who qualifies, German
    # and Polish on one page.
    page.set_extra_http_headers({"Accept-Language": "de"})
    sign_in(page, coordinator.email, "de")
    page.goto(f"{base}/admin/certificates/issue/")
    page.get_by_role("link", name="Python für Erwachsene").click()
    expect(page.locator('[data-verdict="eligible"]')).to_have_count(1)
    expect(page.locator('[data-verdict="attendance"]')).to_contain_text("1 von 3")
    page.get_by_label("Sprache").select_option("pl")
    page.locator("[data-issue-all]").click()
    expect(page.locator("[data-run-status]")).to_have_attribute(
        "data-run-status", "done"
    )
    expect(page.locator("[data-run-issued]")).to_contain_text("1")
    certificate = Certificate.objects.get()
    assert certificate.holder == "Łucja Dvořáková"
    assert certificate.content["languages"] == ["de", "pl"]
    page.context.clear_cookies()

    # The learner finds it in her account, in Polish, and opens the PDF.
    sign_in(page, learner.email, "pl")
    page.get_by_role("link", name="Zaświadczenia").first.click()
    item = page.locator(f'[data-certificate="{certificate.code}"]')
    expect(item).to_contain_text("Python für Erwachsene")
    expect(item).to_contain_text("Łucja Dvořáková")
    screenshot("certificates-mine-pl")
    link = item.get_by_role("link", name="Pobierz (PDF)")
    pdf = page.request.get(base + link.get_attribute("href"))
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.body().startswith(b"%PDF")
    page.context.clear_cookies()

    # Someone in Czechia scans the QR code (the short address) ...
    page.set_extra_http_headers({"Accept-Language": "cs"})
    page.goto(f"{base}/certificates/verify/{certificate.code}/")
    verdict = page.locator("[data-verdict]")
    expect(verdict).to_have_attribute("data-verdict", "valid")
    expect(page.locator("[data-holder]")).to_have_text("Łucja Dvořáková")
    expect(page.locator("html")).to_have_attribute("lang", "cs")
    screenshot("certificate-verify-cs")

    # ... or types the printed code, in lower case and with the dashes.
    page.goto(f"{base}{address('cs', 'certificates:verify_form')}")
    page.get_by_label("Kód osvědčení").fill(certificate.grouped_code.lower())
    page.get_by_label("Kód osvědčení").press("Enter")
    expect(verdict).to_have_attribute("data-verdict", "valid")

    # A typo is an unknown certificate, said kindly.
    page.goto(f"{base}{address('cs', 'certificates:verify', 'A' * 26)}")
    expect(verdict).to_have_attribute("data-verdict", "unknown")
