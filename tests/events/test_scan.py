"""Check-in by ticket code through the scan page and its endpoint: every kind of code,
the JSON and the plain-form answers, who may scan, the time window, a QR round trip."""

import datetime
import io

import pytest
import zxingcpp
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext
from PIL import Image

from events import emails
from events.models import Attendance, AttendanceChange, GroupBooking, Registration
from events.visit_documents import ticket_payload as class_ticket
from tests.factories import (
    ClassVisitFactory,
    CoursePageFactory,
    EventFactory,
    GroupBookingFactory,
    ParticipantFactory,
    RegistrationFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture
def instructor():
    user = UserFactory(email="tomasz@example.org")
    Group.objects.get(name="Instructors").user_set.add(user)
    return user


@pytest.fixture
def event(catalogue, instructor):
    """An event with a session running now (started this hour)."""
    event = EventFactory(
        course=CoursePageFactory(parent=catalogue, title="Lego-Roboter"),
        sessions__days=0,
        sessions__hour=timezone.localtime().hour,
    )
    event.instructors.add(instructor)
    return event


@pytest.fixture
def session(event):
    return event.sessions.get()


@pytest.fixture
def seated(event):
    eight_years_ago = timezone.localdate() - datetime.timedelta(days=8 * 365 + 30)
    participant = ParticipantFactory(
        first_name="Ema", last_name="Dvořáková", birth_date=eight_years_ago
    )
    return RegistrationFactory(event=event, participant=participant)


@pytest.fixture
def scanner(client, instructor):
    client.force_login(instructor)
    return client


def scan_url(session):
    return reverse("events:scan", args=[session.pk])


def post(client, session, code, **headers):
    return client.post(
        reverse("events:check_in", args=[session.pk]), {"code": code}, **headers
    )


def answer(client, session, code):
    response = post(client, session, code, **JSON)
    assert response.status_code == 200
    return response.json()


def ticket(registration):
    return emails.ticket_payload(registration)


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


# Every kind of code, as JSON


def test_a_valid_ticket_checks_in_with_name_and_age(scanner, session, seated):
    data = answer(scanner, session, ticket(seated))
    assert data["result"] == "ok"
    assert data["colour"] == "green"
    assert data["name"] == "Ema Dvořáková"
    assert data["age"] == 8
    assert data["booking"] is None
    mark = Attendance.objects.get(registration=seated, session=session)
    assert (mark.status, mark.method) == ("present", "scan")
    [change] = AttendanceChange.objects.all()
    assert (change.status, change.method) == ("present", "scan")


@pytest.mark.parametrize(
    "as_typed",
    [
        lambda r: str(r.ticket),
        lambda r: str(r.ticket).upper(),
        lambda r: r.ticket.hex,
        lambda r: f"  mint-ticket:{r.ticket}\n",
    ],
    ids=["bare", "upper-case", "without-dashes", "lower-case-prefix-and-spaces"],
)
def test_the_code_as_printed_or_typed_works_too(scanner, session, seated, as_typed):
    assert answer(scanner, session, as_typed(seated))["result"] == "ok"


def test_a_replay_says_again_and_writes_nothing(scanner, session, seated):
    answer(scanner, session, ticket(seated))
    data = answer(scanner, session, ticket(seated))
    assert (data["result"], data["colour"]) == ("again", "amber")
    assert data["name"] == "Ema Dvořáková"
    assert Attendance.objects.count() == 1
    assert AttendanceChange.objects.count() == 1


def test_a_late_mark_counts_as_checked_in(scanner, session, seated, instructor):
    Attendance.objects.create(
        registration=seated, session=session, status="late", marked_by=instructor
    )
    assert answer(scanner, session, ticket(seated))["result"] == "again"
    assert AttendanceChange.objects.count() == 0


def test_an_absent_mark_turns_present(scanner, session, seated, instructor):
    Attendance.objects.create(
        registration=seated, session=session, status="absent", marked_by=instructor
    )
    assert answer(scanner, session, ticket(seated))["result"] == "ok"
    assert Attendance.objects.get().status == "present"
    [change] = AttendanceChange.objects.all()
    assert (change.previous_status, change.status) == ("absent", "present")


@pytest.fixture
def stranger(catalogue):
    """Zofia, eleven, registered for a date the instructor does not teach."""
    eleven_years_ago = timezone.localdate() - datetime.timedelta(days=11 * 365 + 30)
    other = EventFactory(course=CoursePageFactory(parent=catalogue))
    participant = ParticipantFactory(
        first_name="Zofia", last_name="Wiśniewska", birth_date=eleven_years_ago
    )
    return RegistrationFactory(event=other, participant=participant)


def test_a_ticket_of_another_event_is_red_and_names_nobody(scanner, session, stranger):
    response = post(scanner, session, ticket(stranger), **JSON)
    data = response.json()
    assert (data["result"], data["colour"]) == ("wrong_event", "red")
    assert data["message"] == gettext("This is not a ticket for this date.")
    assert (data["name"], data["age"], data["age_label"]) == (None, None, "")
    assert "Zofia" not in response.content.decode()
    assert not Attendance.objects.exists()


def test_a_form_post_of_another_events_ticket_shows_neither_name_nor_age(
    scanner, session, stranger
):
    response = post(scanner, session, ticket(stranger), follow=True)
    html = response.content.decode()
    assert response.context["last"]["result"] == "wrong_event"
    assert gettext("This is not a ticket for this date.") in html
    assert "Zofia" not in html
    assert "Wiśniewska" not in html
    assert ngettext("%(age)s year", "%(age)s years", 11) % {"age": 11} not in html
    assert not Attendance.objects.exists()


@pytest.mark.parametrize(
    "status", [Registration.Status.CANCELLED, Registration.Status.WAITLISTED]
)
def test_a_registration_not_confirmed_is_red(scanner, session, event, status):
    registration = RegistrationFactory(event=event, status=status)
    data = answer(scanner, session, ticket(registration))
    assert (data["result"], data["colour"]) == ("cancelled", "red")
    assert not Attendance.objects.exists()


def test_an_unknown_ticket_is_red(scanner, session, seated):
    data = answer(scanner, session, "MINT-TICKET:12345678-1234-5678-1234-567812345678")
    assert (data["result"], data["colour"], data["name"]) == ("unknown", "red", None)


@pytest.mark.parametrize(
    "code",
    [
        "",
        "   ",
        "hello",
        "MINT-TICKET:",
        "MINT-TICKET:not-a-uuid",
        "https://example.org/?ticket=1",
        "' OR 1=1; --",
        "'); DROP TABLE events_attendance; --",
        "MINT-TICKET:' UNION SELECT * FROM people_user --",
        "\x00\x01\x02",
        "ü" * 5000,
        "A" * 10_000,
        "MINT-TICKET:" + "0" * 10_000,
        "-" + "f" * 31,
        "{" + "1" * 31 + "}",
    ],
    ids=lambda code: repr(code[:20]),
)
def test_malformed_codes_are_red_never_an_error(scanner, session, seated, code):
    data = answer(scanner, session, code)
    assert (data["result"], data["colour"]) == ("malformed", "red")
    assert not Attendance.objects.exists()


def test_bytes_that_are_not_utf8_are_red(scanner, session, seated):
    response = scanner.post(
        reverse("events:check_in", args=[session.pk]),
        data=b"code=%FF%FE%80MINT-TICKET%3A%C3%28&other=%E9",
        content_type="application/x-www-form-urlencoded",
        **JSON,
    )
    assert response.status_code == 200
    assert response.json()["result"] == "malformed"


def test_no_code_field_at_all_is_red(scanner, session):
    response = scanner.post(
        reverse("events:check_in", args=[session.pk]), {"ticket": "x"}, **JSON
    )
    assert response.json()["result"] == "malformed"


@pytest.fixture
def class_slot(catalogue, instructor):
    slot = EventFactory(
        course=ClassVisitFactory(parent=catalogue),
        capacity=30,
        sessions__days=0,
        sessions__hour=timezone.localtime().hour,
    )
    slot.instructors.add(instructor)
    return slot


def test_a_class_code_of_this_slot_is_a_class(scanner, class_slot):
    booking = GroupBookingFactory(event=class_slot, class_name="7b")
    session = class_slot.sessions.get()
    data = answer(scanner, session, class_ticket(booking))
    assert (data["result"], data["colour"]) == ("class", "green")
    assert data["booking"]["id"] == booking.pk
    assert "7b" in data["booking"]["label"]
    assert data["booking"]["url"] == reverse(
        "events:group_presence", args=[session.pk, booking.pk]
    )
    assert data["name"] is None
    assert not Attendance.objects.exists()


def test_a_cancelled_class_booking_is_red(scanner, class_slot):
    booking = GroupBookingFactory(
        event=class_slot, status=GroupBooking.Status.CANCELLED
    )
    data = answer(scanner, class_slot.sessions.get(), class_ticket(booking))
    assert (data["result"], data["booking"]["url"]) == ("cancelled", "")


def test_a_class_code_on_another_session_is_red_and_names_no_school(
    scanner, session, class_slot
):
    booking = GroupBookingFactory(event=class_slot)
    response = post(scanner, session, class_ticket(booking), **JSON)
    assert (response.json()["result"], response.json()["booking"]) == (
        "wrong_event",
        None,
    )
    assert booking.school.name not in response.content.decode()


# The QR code on the ticket, read as a camera would


def test_the_ticket_qr_code_checks_in(scanner, session, seated):
    image = Image.open(io.BytesIO(emails.ticket_qr_png(seated)))
    [barcode] = zxingcpp.read_barcodes(image)
    assert answer(scanner, session, barcode.text)["result"] == "ok"
    assert Attendance.objects.get().status == "present"


# A plain form, without JavaScript


def test_a_form_post_redirects_and_the_page_shows_the_result(scanner, session, seated):
    response = post(scanner, session, ticket(seated))
    assert response.status_code == 302
    assert response.url == scan_url(session)
    page = scanner.get(response.url)
    assert page.context["last"]["result"] == "ok"
    assert page.context["last"]["name"] == "Ema Dvořáková"
    html = page.content.decode()
    assert "scan-result--green" in html
    assert "Ema Dvořáková" in html
    assert list(page.context["messages"]) == []  # shown once, in the result area
    assert Attendance.objects.get().status == "present"


def test_the_result_shows_once(scanner, session, seated):
    post(scanner, session, ticket(seated))
    scanner.get(scan_url(session))
    assert scanner.get(scan_url(session)).context["last"]["result"] == "ready"


def test_a_form_post_of_garbage_shows_red(scanner, session):
    response = post(scanner, session, "A" * 10_000, follow=True)
    assert response.context["last"]["result"] == "malformed"
    assert "scan-result--red" in response.content.decode()


def test_a_form_post_of_a_class_code_links_to_the_numbers(scanner, class_slot):
    booking = GroupBookingFactory(event=class_slot)
    session = class_slot.sessions.get()
    response = post(scanner, session, class_ticket(booking), follow=True)
    numbers = reverse("events:group_presence", args=[session.pk, booking.pk])
    assert response.context["last"]["result"] == "class"
    assert numbers in response.content.decode()


def test_other_messages_still_show_at_the_top(rf, session, seated, instructor):
    from django.contrib import messages
    from django.contrib.messages.storage.fallback import FallbackStorage
    from django.contrib.sessions.backends.db import SessionStore

    from events import scan_views

    request = rf.get(scan_url(session))
    request.user, request.session = instructor, SessionStore()
    request._messages = FallbackStorage(request)
    messages.info(request, "Left by another page.")
    messages.success(request, "Ema: checked in.", extra_tags="check-in ok")
    html = scan_views.scan(request, session.pk).content.decode()
    top, area = html.split('class="scan-result', 1)
    assert "Left by another page." in top
    assert "checked in" not in top
    assert "scan-result--green" in html


def test_the_scan_page_offers_the_form_and_the_script(scanner, session, event):
    response = scanner.get(scan_url(session))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'action="{reverse("events:check_in", args=[session.pk])}"' in html
    assert 'name="code"' in html
    assert "autofocus" in html
    assert "js/scan.js" in html
    assert reverse("events:roster", args=[session.pk]) in html
    assert response.context["last"]["result"] == "ready"
    texts = response.context["texts"]
    assert {"title_ok", "title_queued", "queued", "waiting", "camera_start"} <= set(
        texts
    )
    assert '<script id="scan-texts" type="application/json">' in html


# Who may scan


def test_someone_elses_session_is_a_404(client, session, seated):
    stranger = UserFactory()
    Group.objects.get(name="Instructors").user_set.add(stranger)
    client.force_login(stranger)
    assert client.get(scan_url(session)).status_code == 404
    assert post(client, session, ticket(seated)).status_code == 404
    assert post(client, session, ticket(seated), **JSON).status_code == 404
    assert not Attendance.objects.exists()


def test_a_session_that_does_not_exist_is_a_404(scanner):
    for pk in (999_999, 2**63, 10**30):
        assert scanner.get(reverse("events:scan", args=[pk])).status_code == 404
        response = scanner.post(reverse("events:check_in", args=[pk]), {"code": "x"})
        assert response.status_code == 404


def test_anonymous_visitors_are_sent_to_sign_in(client, session, seated):
    response = client.get(scan_url(session))
    assert response.status_code == 302
    assert reverse("account_login") in response.url
    response = post(client, session, ticket(seated))
    assert response.status_code == 302
    assert reverse("account_login") in response.url
    response = post(client, session, ticket(seated), **JSON)
    assert response.status_code == 401
    assert response.json()["result"] == "error"
    assert not Attendance.objects.exists()


def test_check_in_takes_posts_only(scanner, session):
    response = scanner.get(reverse("events:check_in", args=[session.pk]))
    assert response.status_code == 405


def test_check_in_needs_the_csrf_token(session, seated, instructor):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(instructor)
    assert post(client, session, ticket(seated), **JSON).status_code == 403
    assert not Attendance.objects.exists()


# The time window


def test_before_the_window_it_is_a_403_with_the_reason(scanner, catalogue, instructor):
    later = EventFactory(course=CoursePageFactory(parent=catalogue), sessions__days=3)
    later.instructors.add(instructor)
    registration = RegistrationFactory(event=later)
    session = later.sessions.get()
    response = post(scanner, session, ticket(registration), **JSON)
    assert response.status_code == 403
    data = response.json()
    assert (data["result"], data["code"], data["colour"]) == (
        "error",
        "not_started",
        "red",
    )
    assert "09:00" in data["message"]  # an hour before the 10:00 session
    assert not Attendance.objects.exists()


def test_the_window_message_comes_in_the_page_language(scanner, catalogue, instructor):
    later = EventFactory(course=CoursePageFactory(parent=catalogue), sessions__days=3)
    later.instructors.add(instructor)
    with translation.override("en"):
        url = reverse("events:check_in", args=[later.sessions.get().pk])
    response = scanner.post(url, {"code": "x"}, **JSON)
    assert response.json()["message"].startswith("This session has not started yet")


def test_after_the_window_the_form_shows_the_reason(scanner, catalogue, instructor):
    past = EventFactory(course=CoursePageFactory(parent=catalogue), sessions__days=-5)
    past.instructors.add(instructor)
    session = past.sessions.get()
    response = post(scanner, session, ticket(RegistrationFactory(event=past)))
    page = scanner.get(response.url)
    assert page.context["last"]["result"] == "error"
    assert page.context["window"] == "closed"
    assert not Attendance.objects.exists()


def test_the_page_says_when_scanning_opens(scanner, catalogue, instructor):
    later = EventFactory(course=CoursePageFactory(parent=catalogue), sessions__days=3)
    later.instructors.add(instructor)
    response = scanner.get(scan_url(later.sessions.get()))
    assert response.context["window"] == "upcoming"


# The offline queue: codes sent later keep the time they were scanned


@pytest.fixture
def closed_session(catalogue, instructor):
    """A session three days ago: its window closed yesterday."""
    past = EventFactory(course=CoursePageFactory(parent=catalogue), sessions__days=-3)
    past.instructors.add(instructor)
    return past.sessions.get()


def replay(client, session, registration, scanned_at, **data):
    return client.post(
        reverse("events:check_in", args=[session.pk]),
        {"code": ticket(registration), "scanned_at": scanned_at, **data},
        **JSON,
    )


def test_a_replay_after_the_window_with_an_in_window_scan_time_counts(
    scanner, closed_session
):
    registration = RegistrationFactory(event=closed_session.event)
    scanned = closed_session.starts_at + datetime.timedelta(minutes=7, seconds=30)
    as_the_phone_sends_it = scanned.astimezone(datetime.UTC).isoformat(
        timespec="milliseconds"
    )
    assert as_the_phone_sends_it.endswith("+00:00")
    before = timezone.now()

    response = replay(
        scanner,
        closed_session,
        registration,
        as_the_phone_sends_it.replace("+00:00", "Z"),
    )

    assert response.status_code == 200
    assert response.json()["result"] == "ok"
    mark = Attendance.objects.get()
    assert (mark.status, mark.method, mark.marked_at) == ("present", "scan", scanned)
    assert AttendanceChange.objects.get().changed_at >= before


@pytest.mark.parametrize(
    "scanned_at",
    [
        "2999-01-01T10:00:00.000Z",
        "yesterday",
        "2026-13-45T99:99:99Z",
        "9" * 10_000,
        "",
    ],
    ids=["future", "words", "impossible-date", "long", "empty"],
)
def test_a_scan_time_not_to_believe_means_now(scanner, session, seated, scanned_at):
    before = timezone.now()

    response = replay(scanner, session, seated, scanned_at)

    assert response.json()["result"] == "ok"
    assert before <= Attendance.objects.get().marked_at <= timezone.now()


def test_a_forged_time_does_not_reopen_a_closed_window(scanner, closed_session):
    registration = RegistrationFactory(event=closed_session.event)

    response = replay(scanner, closed_session, registration, timezone.now().isoformat())

    assert response.status_code == 403
    assert response.json()["code"] == "closed"
    assert not Attendance.objects.exists()


# Staff after the window: corrections with a reason from the scan page


@pytest.fixture
def staff(client):
    user = UserFactory(email="koordination@example.org", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="change_attendance"))
    client.force_login(user)
    return client


def test_staff_after_the_window_get_a_reason_field(staff, closed_session):
    response = staff.get(scan_url(closed_session))

    field = soup(response).select_one("form[data-scan-form] input[name=reason]")
    assert field is not None
    assert field.has_attr("required")
    assert field.has_attr("autofocus")
    label = soup(response).select_one("label[for=scan-reason]").get_text()
    assert label == "Grund für die Korrektur"


def test_staff_in_the_window_get_no_reason_field(staff, session):
    assert not soup(staff.get(scan_url(session))).select("input[name=reason]")


def test_instructors_after_the_window_get_no_reason_field(scanner, closed_session):
    page = soup(scanner.get(scan_url(closed_session)))
    assert not page.select("input[name=reason]")


def test_staff_correct_by_code_with_a_reason_as_json(staff, closed_session):
    registration = RegistrationFactory(event=closed_session.event)

    refused = replay(staff, closed_session, registration, "", reason="  ")
    assert refused.status_code == 400
    assert refused.json()["code"] == "reason"
    assert not Attendance.objects.exists()

    response = replay(staff, closed_session, registration, "", reason="Papierliste")

    assert response.json()["result"] == "ok"
    change = AttendanceChange.objects.get()
    assert (change.method, change.reason) == ("correction", "Papierliste")


def test_staff_correct_by_code_without_javascript_and_keep_the_reason(
    staff, closed_session
):
    first, second = RegistrationFactory.create_batch(2, event=closed_session.event)
    url = reverse("events:check_in", args=[closed_session.pk])

    response = staff.post(url, {"code": ticket(first), "reason": "Papierliste"})

    page = staff.get(response.url)
    assert page.context["last"]["result"] == "ok"
    field = soup(page).select_one("input[name=reason]")
    assert field["value"] == "Papierliste"  # ready for the next code
    assert not field.has_attr("autofocus")
    staff.post(url, {"code": ticket(second), "reason": field["value"]})
    assert set(AttendanceChange.objects.values_list("reason", "method")) == {
        ("Papierliste", "correction")
    }
    assert Attendance.objects.filter(status="present").count() == 2


def test_instructors_after_the_window_still_get_the_window_error(
    scanner, closed_session
):
    registration = RegistrationFactory(event=closed_session.event)

    response = replay(scanner, closed_session, registration, "", reason="Ich war da")

    assert response.status_code == 403
    assert response.json()["code"] == "closed"
    assert not Attendance.objects.exists()
