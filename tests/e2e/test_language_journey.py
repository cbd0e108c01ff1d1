"""A family from Poland and one from Czechia, each in their own language from start to
end: signs up on the site in that language, confirms the address, registers a child,
books a class visit as a teacher, and later receives the child's certificate. Every
mail (subject, text, HTML) and every PDF they receive is read for German words (and
English ones): the language a person signs up in is the language of what they get."""

import datetime
import html
import io
import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.db.models import F
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect
from pypdf import PdfReader
from wagtail.models import Locale

from certificates import services as certificates
from courses.models import CoursePage
from events import visits
from events.models import Attendance, Event, GroupBooking, Registration, Session
from mint.people.models import School, User
from tests.conftest import TRANSLATED_SLUGS
from tests.e2e.conftest import PASSWORD, address
from tests.factories import (
    ClassVisitFactory,
    CoursePageFactory,
    EventFactory,
    SchoolFactory,
    VenueFactory,
)

pytestmark = pytest.mark.django_db(transaction=True)

# Words that give German (or English) away in a Polish or Czech text. Names of places
# and of the organisation are names; these are the words around them.
FOREIGN = re.compile(
    r"\b(Hallo|Guten|Sie|Ihre?|Ihnen|Ihren|bitte|Bitte|und|für|Anmeldung|angemeldet"
    r"|bestätigt|bestätigen|Bestätigung|Warteliste|Uhr|Zertifikat|Urkunde|Teilnahme"
    r"|Klasse|Schule|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag"
    r"|Januar|Februar|März|Juni|Juli|Oktober|Dezember|deine?|dich"
    r"|Hello|Dear|Your|your|Please|please|the|and|registration|confirmed|waiting)\b"
)
LINK = re.compile(r"https?://\S+|\S+@\S+")

PEOPLE = {
    "pl": {"parent": ("Agnieszka", "Wiśniewska"), "child": ("Łucja", "Wiśniewska")},
    "cs": {"parent": ("Zdeněk", "Šťastný"), "child": ("Růžena", "Šťastná")},
}
COURSE = {
    "pl": ("Budujemy roboty", "budujemy-roboty", "Programowanie robota"),
    "cs": ("Stavíme roboty", "stavime-roboty", "Programování robota"),
}
PROGRAMME = {"pl": "Chemia w praktyce", "cs": "Chemie v praxi"}
SCHOOL = {
    "pl": ("Szkoła Podstawowa nr 2", "ul. Szkolna 5", "59-920", "Bogatynia", "PL"),
    "cs": ("Základní škola Hrádek", "Školní 5", "463 34", "Hrádek nad Nisou", "CZ"),
}


def foreign_words(text):
    return sorted(set(FOREIGN.findall(LINK.sub(" ", text))))


def plain(markup):
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


def read_mail(message):
    """Subject, text and HTML of a mail, and the text of its PDF attachments."""
    parts = [message.subject, message.body]
    parts += [plain(content) for content, kind in message.alternatives]
    for _name, content, _kind in pdfs(message):
        parts += [
            sheet.extract_text() for sheet in PdfReader(io.BytesIO(content)).pages
        ]
    return "\n".join(parts)


def pdfs(message):
    return [
        attachment
        for attachment in message.attachments
        if isinstance(attachment, tuple) and attachment[2] == "application/pdf"
    ]


def assert_in_language(message, language):
    found = foreign_words(read_mail(message))
    assert not found, f"{language} mail {message.subject!r} has {found}"
    assert not re.search(r"localhost|127\.0\.0\.1", message.subject), "the site's name"


def new_mail(seen):
    """The mails sent since the last look."""
    fresh = mail.outbox[seen[0] :]
    seen[0] = len(mail.outbox)
    return fresh


@pytest.fixture
def offers(catalogue, language):
    """A robotics workshop for children and a chemistry class visit, each with its
    translation in the journey's language and a date ahead."""
    locale = Locale.objects.get(language_code=language)
    title, slug, outcome = COURSE[language]
    course = CoursePageFactory(
        parent=catalogue,
        title="Roboter bauen",
        slug="roboter-bauen",
        age_min=8,
        age_max=12,
        certificate_kind=CoursePage.CertificateKind.CHILDREN,
        learning_outcomes="Einen Roboter programmieren",
    )
    translated = course.copy_for_translation(locale)
    translated.title, translated.slug = title, slug
    translated.teaser = title
    translated.learning_outcomes = outcome
    translated.save_revision().publish()
    venue = VenueFactory(name="Science-Center Oberlausitz", street="Markt 9")
    workshop = EventFactory(course=course, venue=venue, sessions__days=10)

    programme = ClassVisitFactory(
        parent=catalogue, title="Chemie zum Anfassen", slug="chemie-zum-anfassen"
    )
    translated = programme.copy_for_translation(locale)
    translated.title = translated.teaser = PROGRAMME[language]
    translated.preparation = translated.curriculum_link = ""
    translated.save_revision().publish()
    slot = EventFactory(course=programme, venue=venue, capacity=30, sessions__days=30)
    return workshop, slot, f"/{language}/{TRANSLATED_SLUGS[language]}/{slug}/"


def the_date_is_over(event):
    earlier = datetime.timedelta(days=20)
    Session.objects.filter(event=event).update(
        starts_at=F("starts_at") - earlier, ends_at=F("ends_at") - earlier
    )
    Event.objects.filter(pk=event.pk).refresh_schedule()


@pytest.mark.parametrize("language", ["pl", "cs"])
def test_a_family_gets_everything_in_its_own_language(
    live_server, page, language, t, heading, add_person, open_registration, offers
):
    workshop, slot, course_path = offers
    base = live_server.url
    first_name, last_name = PEOPLE[language]["parent"]
    child_first, child_last = PEOPLE[language]["child"]
    email = f"{language}-family@example.org"
    seen = [0]

    # Signing up on the site in their language: the address is confirmed by mail.
    page.goto(f"{base}/{language}/accounts/signup/")
    page.fill("input[name=email]", email)
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    page.locator("main form button[type=submit]").click()
    [confirmation] = new_mail(seen)
    assert_in_language(confirmation, language)
    [link] = re.findall(r"https?://\S+/accounts/confirm-email/\S+/", confirmation.body)
    page.goto(base + urlsplit(link).path)
    page.locator("main form button[type=submit]").click()
    user = User.objects.get(email=email)
    assert user.preferred_language == language
    User.objects.filter(pk=user.pk).update(first_name=first_name, last_name=last_name)

    page.goto(f"{base}/{language}/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(f"{base}{address(language, 'people:account')}")
    new_mail(seen)  # nothing is expected from signing in; anything sent is read below

    # A child registered for the workshop: the confirmation with its ticket.
    add_person(page, child_first, child_last, 10)
    open_registration(base + course_path)
    heading(page, "Registration").to_be_visible()
    page.get_by_label(f"{child_first} {child_last}").check()
    page.get_by_role("button", name=t("Register now"), exact=True).click()
    heading(page, "My registrations").to_be_visible()
    registration = Registration.objects.get(participant__guardian=user)
    assert registration.status == Registration.Status.CONFIRMED
    sent = new_mail(seen)
    assert sent, "a registration confirmation"
    for message in sent:
        assert_in_language(message, language)

    # The same person books a class visit for the school they teach at.
    name, street, postcode, town, country = SCHOOL[language]
    SchoolFactory(
        teacher=user,
        name=name,
        street=street,
        postcode=postcode,
        town=town,
        country=country,
        school_type=School.Type.PRIMARY,
    )
    with translation.override(language):
        finder = reverse("events:class_visit_finder")
    page.goto(f"{base}{finder}?grade=6")
    page.get_by_role("link", name=t("Book")).first.click()
    page.fill("input[name=class_name]", "6a")
    page.select_option("select[name=grade]", "6")
    page.fill("input[name=pupils]", "20")
    page.fill("input[name=adults]", "2")
    page.fill("input[name=phone]", "+48 75 123 45 67")
    page.get_by_role("button", name=t("Send booking request"), exact=True).click()
    expect(page.get_by_text(t("Requested – not yet confirmed")).first).to_be_visible()
    booking = GroupBooking.objects.get(teacher=user)
    visits.confirm(booking_id=booking.pk)
    sent = new_mail(seen)
    assert len(sent) >= 2, "the request and the confirmation with its PDF"
    assert any(pdfs(m) for m in sent), "the confirmation carries its document"
    for message in sent:
        assert_in_language(message, language)

    # After the workshop: the child's certificate, its mail and its PDF.
    the_date_is_over(workshop)
    for session in workshop.sessions.all():
        Attendance.objects.create(
            registration=registration, session=session, status="present", method="tap"
        )
    certificates.issue(registration)
    sent = new_mail(seen)
    assert any(pdfs(m) for m in sent), "the certificate comes as a PDF"
    for message in sent:
        assert_in_language(message, language)
