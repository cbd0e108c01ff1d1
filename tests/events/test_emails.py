"""Registration e-mails: to the guardian, in their language, with calendar and ticket."""

import io
from decimal import Decimal

import pytest
import zxingcpp
from bs4 import BeautifulSoup
from django.core import mail
from django.utils import dateformat, formats, timezone, translation
from icalendar import Calendar
from PIL import Image
from wagtail.models import Locale

from events import booking, emails
from events.models import Event, Registration
from tests.factories import (
    CoursePageFactory,
    EventFactory,
    ParticipantFactory,
    RegistrationFactory,
    UserFactory,
    VenueFactory,
)

pytestmark = pytest.mark.django_db

STATUS = emails.STATUS_FOR_KIND


@pytest.fixture
def course(catalogue):
    """A German course with a published Polish translation (and no Czech one)."""
    course = CoursePageFactory(parent=catalogue, title="Roboter bauen")
    polish = course.copy_for_translation(Locale.objects.get(language_code="pl"))
    polish.title = "Budowa robotów"
    polish.slug = "budowa-robotow"
    polish.save_revision().publish()
    return course


@pytest.fixture
def event(course):
    venue = VenueFactory(
        name="Science-Center",
        street="Theaterring 12",
        postcode="02763",
        town="Zittau",
        transport_hint="Bus 1 bis Haltestelle Theater",
    )
    return EventFactory(
        course=course, venue=venue, price=Decimal("12.50"), sessions__count=3
    )


@pytest.fixture
def guardian():
    return UserFactory(
        first_name="Anna", email="anna@example.org", preferred_language="en"
    )


def register(event, guardian, status=Registration.Status.CONFIRMED, **kwargs):
    participant = ParticipantFactory(
        guardian=guardian, first_name="Max", last_name="Lehmann"
    )
    return RegistrationFactory(
        event=event, participant=participant, status=status, **kwargs
    )


def send(registration, kind):
    emails.send_registration_mail(registration.pk, kind)
    [message] = mail.outbox
    return message


def html_of(message):
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    return html


def parts(message, content_type):
    return [
        part
        for part in message.message().walk()
        if part.get_content_type() == content_type
    ]


def subject(kind, language, course):
    with translation.override(language):
        return str(emails.SUBJECTS[kind] % {"course": course})


@pytest.mark.parametrize("kind", list(emails.SUBJECTS))
def test_each_kind_goes_to_the_guardian_with_its_subject(event, guardian, kind):
    guardian.preferred_language = "de"
    guardian.save()
    message = send(register(event, guardian, STATUS[kind]), kind)
    assert message.to == ["anna@example.org"]
    assert message.subject == subject(kind, "de", "Roboter bauen")


@pytest.mark.parametrize("kind", list(emails.SUBJECTS))
def test_mail_follows_the_guardians_language(event, guardian, kind):
    guardian.preferred_language = "pl"
    guardian.save()
    message = send(register(event, guardian, STATUS[kind]), kind)
    assert message.subject == subject(kind, "pl", "Budowa robotów")
    assert '<html lang="pl">' in html_of(message)
    assert translation.get_language() == "de"  # the override did not leak


def test_links_point_to_the_course_and_account_in_the_guardians_language(
    event, guardian
):
    guardian.preferred_language = "pl"
    guardian.save()
    message = send(register(event, guardian), "confirmed")
    for body in (message.body, html_of(message)):
        assert "http://testserver/pl/kursy/budowa-robotow/" in body
        assert "http://testserver/pl/konto/zapisy/" in body


def test_course_without_translation_is_named_in_german(event, guardian):
    guardian.preferred_language = "cs"
    guardian.save()
    message = send(register(event, guardian), "confirmed")
    assert message.subject == subject("confirmed", "cs", "Roboter bauen")
    assert "http://testserver/de/kurse/roboter-bauen/" in message.body


def test_html_and_text_alternatives_are_both_present(event, guardian):
    message = send(register(event, guardian), "confirmed")
    assert parts(message, "text/plain") and parts(message, "text/html")
    assert "Max Lehmann" in message.body
    assert "Max Lehmann" in html_of(message)


def test_mail_names_participant_dates_venue_transport_and_price(event, guardian):
    body = send(register(event, guardian), "confirmed").body
    assert "Hello Anna," in body
    assert "Max Lehmann" in body
    assert "Theaterring 12, 02763 Zittau" in body
    assert "Bus 1 bis Haltestelle Theater" in body
    assert "12.50 €" in body
    for session in event.sessions.all():
        assert localized_day(session.starts_at, "en") in body


def localized_day(value, language):
    with translation.override(language):
        return dateformat.format(
            timezone.localtime(value), formats.get_format("DATE_FORMAT")
        )


def test_greeting_is_neutral_without_a_first_name(event, guardian):
    guardian.first_name = ""
    guardian.save()
    body = send(register(event, guardian), "confirmed").body
    assert body.startswith("Hello,\n")


def test_confirmation_carries_the_events_calendar(event, guardian):
    message = send(register(event, guardian), "confirmed")
    [part] = parts(message, "text/calendar")
    assert part.get_param("method") == "PUBLISH"
    assert part.get_filename() == f"event-{event.pk}.ics"
    calendar = Calendar.from_ical(part.get_payload(decode=True))
    assert str(calendar["method"]) == "PUBLISH"
    entries = calendar.walk("VEVENT")
    assert len(entries) == 3
    assert [e.decoded("dtstart") for e in entries] == [
        s.starts_at for s in event.sessions.order_by("starts_at")
    ]


def test_calendar_is_named_in_the_guardians_language(event, guardian):
    guardian.preferred_language = "pl"
    guardian.save()
    message = send(register(event, guardian), "promoted")
    [part] = parts(message, "text/calendar")
    entry = Calendar.from_ical(part.get_payload(decode=True)).walk("VEVENT")[0]
    assert str(entry["summary"]) == "Budowa robotów (1)"
    assert str(entry["url"]) == "http://testserver/pl/kursy/budowa-robotow/"


@pytest.mark.parametrize("kind", ["confirmed", "promoted"])
def test_ticket_qr_code_decodes_to_the_ticket(event, guardian, kind):
    registration = register(event, guardian)
    message = send(registration, kind)
    [image] = parts(message, "image/png")
    assert image["Content-ID"] == f"<{emails.QR_CONTENT_ID}>"
    assert f'src="cid:{emails.QR_CONTENT_ID}"' in html_of(message)
    [code] = zxingcpp.read_barcodes(
        Image.open(io.BytesIO(image.get_payload(decode=True)))
    )
    assert code.text == f"MINT-TICKET:{registration.ticket}"
    assert "Show the QR code in this e-mail at the entrance." in message.body


@pytest.mark.parametrize("kind", sorted(emails.TICKET_KINDS))
def test_ticket_code_is_written_out_under_the_qr_code(event, guardian, kind):
    """For an entrance that types it: the code as the check-in takes it (test_scan)."""
    registration = register(event, guardian)
    message = send(registration, kind)
    code = str(registration.ticket)
    with translation.override("en"):
        label = translation.gettext("Ticket code:")
    assert f"{label} {code}" in message.body
    html = BeautifulSoup(html_of(message), "html.parser")
    [printed] = html.find_all("code")
    assert printed.get_text() == code
    assert label in printed.parent.get_text()


def test_qr_code_is_shown_inline_beside_the_html(event, guardian):
    """multipart/mixed [ multipart/related [ alternative, image ], calendar ]."""
    mime = send(register(event, guardian), "confirmed").message()
    assert mime.get_content_type() == "multipart/mixed"
    related, calendar = mime.get_payload()
    assert related.get_content_type() == "multipart/related"
    assert calendar.get_content_type() == "text/calendar"
    alternative, image = related.get_payload()
    assert alternative.get_content_type() == "multipart/alternative"
    assert image.get_content_type() == "image/png"


@pytest.mark.parametrize("kind", ["waitlisted", "cancelled", "event_cancelled"])
def test_only_confirmations_carry_ticket_and_calendar(event, guardian, kind):
    message = send(register(event, guardian, STATUS[kind]), kind)
    assert not parts(message, "image/png")
    assert not parts(message, "text/calendar")
    assert "cid:" not in html_of(message)
    assert "QR" not in message.body


def test_waiting_list_mail_names_the_position(event, guardian):
    for _ in range(2):
        RegistrationFactory(event=event, status=Registration.Status.WAITLISTED)
    registration = register(event, guardian, Registration.Status.WAITLISTED)
    assert registration.waiting_position == 3
    message = send(registration, "waitlisted")
    for body in (message.body, html_of(message)):
        assert "on the waiting list at position 3." in body
        assert "moves up automatically and we will send you an e-mail" in body


def test_promotion_says_the_seat_is_confirmed(event, guardian):
    body = send(register(event, guardian), "promoted").body
    assert "is now confirmed" in body


def test_event_cancellation_says_so_and_apologises(event, guardian):
    Event.objects.filter(pk=event.pk).update(status=Event.Status.CANCELLED)
    message = send(
        register(event, guardian, Registration.Status.CANCELLED), "event_cancelled"
    )
    for body in (message.body, html_of(message)):
        assert "has been cancelled" in body
        assert "Please excuse the inconvenience." in body


def test_mail_has_no_other_persons_data(event, guardian):
    other = RegistrationFactory(
        event=event,
        participant=ParticipantFactory(
            guardian=UserFactory(first_name="Olga", email="olga@example.org"),
            first_name="Zofia",
            last_name="Nowak",
        ),
    )
    message = send(register(event, guardian), "confirmed")
    assert message.recipients() == ["anna@example.org"]
    everything = message.message().as_string() + message.body + html_of(message)
    for secret in ("Olga", "olga@example.org", "Zofia", "Nowak", str(other.ticket)):
        assert secret not in everything


def test_footer_names_the_organisation(event, guardian):
    message = send(register(event, guardian), "confirmed")
    assert "MINT Dreiländereck" in message.body
    assert "MINT Dreiländereck" in html_of(message)


def test_stale_mail_is_not_sent(event, guardian):
    registration = register(event, guardian, Registration.Status.CANCELLED)
    emails.send_registration_mail(registration.pk, "confirmed")
    assert mail.outbox == []


def test_mail_for_a_deleted_registration_is_not_sent(event, guardian):
    registration = register(event, guardian)
    registration_id = registration.pk
    registration.delete()
    emails.send_registration_mail(registration_id, "confirmed")
    assert mail.outbox == []


def test_unknown_kind_is_an_error(event, guardian):
    with pytest.raises(ValueError):
        emails.send_registration_mail(register(event, guardian).pk, "no-such-kind")


def test_booking_sends_the_confirmation_after_commit(
    event, guardian, django_capture_on_commit_callbacks
):
    participant = ParticipantFactory(guardian=guardian)
    with django_capture_on_commit_callbacks(execute=True):
        booking.register(
            event_id=event.pk, participant_ids=[participant.pk], user=guardian
        )
    [message] = mail.outbox
    assert message.subject == subject("confirmed", "en", "Roboter bauen")


def test_every_guardian_gets_the_mail_in_their_own_language(event, guardian):
    registration = register(event, guardian)
    partner = UserFactory(email="jan@example.org", preferred_language="pl")
    registration.participant.co_guardians.add(partner)
    emails.send_registration_mail(registration.pk, "confirmed")
    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert by_recipient.keys() == {"anna@example.org", "jan@example.org"}
    assert by_recipient["anna@example.org"].subject == subject(
        "confirmed", "en", "Roboter bauen"
    )
    assert by_recipient["jan@example.org"].subject == subject(
        "confirmed", "pl", "Budowa robotów"
    )
    assert "Hello Anna," in by_recipient["anna@example.org"].body
