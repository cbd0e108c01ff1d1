"""An adult enrols in a course series for themself: signs in, adds themself as the
person who takes part, registers; weeks later, after every session, the certificate
is issued, and the learner signs in again, finds it in the account and downloads the
PDF, which names them and the course – in German and in Czech."""

import datetime
import io
import re

import pytest
from django.db.models import F
from playwright.sync_api import expect
from pypdf import PdfReader
from wagtail.models import Locale

from certificates import services as certificates
from courses.models import CoursePage
from events.models import Attendance, Event, Registration, Session
from tests.e2e.conftest import address
from tests.factories import CoursePageFactory, EventFactory

pytestmark = pytest.mark.django_db(transaction=True)

SESSIONS = 3
# The course in each language: its title, and where the catalogue has it.
COURSES = {
    "de": ("Python für Erwachsene", "kurse/python-fuer-erwachsene"),
    "cs": ("Python pro dospělé", "kurzy/python-pro-dospele"),
}
LEARNERS = {"de": ("Jürgen", "Weiß"), "cs": ("Věra", "Nováková")}


@pytest.fixture
def series(catalogue):
    """Three evenings, a week apart, starting next week; certificates with hours."""
    title, path = COURSES["de"]
    course = CoursePageFactory(
        parent=catalogue,
        title=title,
        slug=path.rsplit("/", 1)[1],
        format=CoursePage.Format.COURSE_SERIES,
        age_min=18,
        hours=12,
        learning_outcomes="Programme schreiben\nDaten auswerten",
    )
    czech = course.copy_for_translation(Locale.objects.get(language_code="cs"))
    czech.title, path = COURSES["cs"]
    czech.slug = path.rsplit("/", 1)[1]
    czech.learning_outcomes = "Psát programy\nVyhodnocovat data"
    czech.save_revision().publish()
    return EventFactory(
        course=course, capacity=12, sessions__days=7, sessions__count=SESSIONS
    )


def the_course_is_over(event, weeks=5):
    """Time passes: the sessions lie behind us."""
    earlier = datetime.timedelta(weeks=weeks)
    Session.objects.filter(event=event).update(
        starts_at=F("starts_at") - earlier, ends_at=F("ends_at") - earlier
    )
    Event.objects.filter(pk=event.pk).refresh_schedule()


@pytest.mark.parametrize("language", ["de", "cs"])
def test_adult_enrols_in_a_series_and_downloads_the_certificate(
    live_server,
    page,
    language,
    t,
    heading,
    account,
    sign_in,
    add_person,
    open_registration,
    series,
    screenshot,
):
    first_name, last_name = LEARNERS[language]
    name = f"{first_name} {last_name}"
    title, path = COURSES[language]
    learner = account(
        f"{language}-learner@example.org",
        first_name=first_name,
        last_name=last_name,
        preferred_language=language,
    )
    base = live_server.url

    # Enrolling: nobody in the account yet, so the learner adds themself first.
    sign_in(page, learner.email)
    open_registration(f"{base}/{language}/{path}/")
    heading(page, "Registration").to_be_visible()
    first = "First add the people you want to register – yourself or your children."
    expect(page.get_by_text(t(first))).to_be_visible()
    page.locator("main").get_by_role("link", name=t("Add a person"), exact=True).click()
    add_person(page, first_name, last_name, 45, me=True, open_form=False)
    heading(page, "Registration").to_be_visible()  # back where they were
    page.get_by_label(name).check()
    screenshot(f"series-register-{language}")
    page.get_by_role("button", name=t("Register now"), exact=True).click()

    heading(page, "My registrations").to_be_visible()
    registered = "%(name)s is registered – the confirmation is on its way by e-mail."
    expect(page.get_by_text(t(registered, name=first_name))).to_be_visible()
    expect(page.locator(".registration", has_text=title)).to_contain_text(name)
    registration = Registration.objects.get(participant__guardian=learner)
    assert registration.status == Registration.Status.CONFIRMED

    # The evenings: the instructor marks the learner present each time; then the
    # certificate goes out.
    the_course_is_over(series)
    for session in series.sessions.all():
        Attendance.objects.create(
            registration=registration, session=session, status="present", method="tap"
        )
    certificate = certificates.issue(registration)
    page.context.clear_cookies()

    # Later: signed in again, the attendance and the certificate are in the account.
    sign_in(page, learner.email)
    page.goto(f"{base}{address(language, 'events:my_registrations')}")
    attended = t(
        "%(attended)s of %(held)s session",
        plural="%(attended)s of %(held)s sessions",
        n=SESSIONS,
        attended=SESSIONS,
        held=SESSIONS,
    )
    expect(page.locator(".registration", has_text=title)).to_contain_text(attended)

    page.goto(f"{base}{address(language, 'people:account')}")
    certificates_link = re.compile(f"^{re.escape(t('Certificates'))}(\\s|$)")
    page.get_by_role("link", name=certificates_link).first.click()
    expect(page).to_have_url(f"{base}{address(language, 'certificates:mine')}")
    heading(page, "Certificates").to_be_visible()
    item = page.locator(f'[data-certificate="{certificate.code}"]')
    expect(item.get_by_role("heading", name=title)).to_be_visible()
    expect(item).to_contain_text(name)
    screenshot(f"series-certificate-{language}")

    with page.expect_download() as download:
        item.get_by_role("link", name=t("Download (PDF)")).click()
    with open(download.value.path(), "rb") as file:
        pdf = file.read()
    assert pdf.startswith(b"%PDF-")
    text = " ".join(sheet.extract_text() for sheet in PdfReader(io.BytesIO(pdf)).pages)
    text = " ".join(text.split())
    assert name in text, text
    assert title in text, text
