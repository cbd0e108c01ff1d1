"""Attendance in the admin: the grid of one event, staff corrections with a reason,
the audit trail, the exports and printouts, who may reach them; and what families see
of it under "My registrations"."""

import csv
import datetime
import io
import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from events import attendance
from events.models import Attendance, AttendanceChange, Registration, WalkIn
from tests.factories import (
    CoursePageFactory,
    EventFactory,
    GroupBookingFactory,
    ParticipantFactory,
    RegistrationFactory,
    UserFactory,
    staff_with,
)

pytestmark = pytest.mark.django_db

Status = Attendance.Status
REASON = "Nachgetragen von der Papierliste"


@pytest.fixture
def course(catalogue):
    return CoursePageFactory(parent=catalogue, title="Roboter bauen")


# The admin speaks German, the site's default language: expected texts are German.


@pytest.fixture
def coordinator():
    return UserFactory(
        email="coordinator@example.org", is_staff=True, is_superuser=True
    )


@pytest.fixture
def admin(client, coordinator):
    client.force_login(coordinator)
    return client


@pytest.fixture
def instructor():
    user = UserFactory(email="tomasz@example.org", first_name="Tomasz")
    Group.objects.get(name="Instructors").user_set.add(user)
    return user


def event_of(course, **kwargs):
    """Three weekly sessions, all over by yesterday, unless told otherwise."""
    kwargs.setdefault("sessions__count", 3)
    kwargs.setdefault("sessions__days", -15)
    event = EventFactory(course=course, **kwargs)
    event.refresh_from_db()
    return event


def register(event, name, status=Registration.Status.CONFIRMED, **kwargs):
    first_name, last_name = name.split(" ", 1)
    participant = ParticipantFactory(
        first_name=first_name, last_name=last_name, **kwargs
    )
    return RegistrationFactory(event=event, participant=participant, status=status)


def sessions_of(event):
    return list(event.sessions.order_by("starts_at"))


def mark(session, registration, status, by):
    return attendance.mark(session, registration.pk, status, by=by, reason=REASON)


def marks(by, registration, sessions, statuses):
    for session, status in zip(sessions, statuses, strict=False):
        mark(session, registration, status, by)


def grid_url(event):
    return reverse("events_attendance:grid", args=[event.pk])


def correct_url(event, session, registration):
    return reverse(
        "events_attendance:correct", args=[event.pk, session.pk, registration.pk]
    )


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


@pytest.fixture
def marked(course, coordinator):
    """Three held sessions, three participants with marks, one walk-in, someone
    waiting; returns (event, sessions, {last name: registration})."""
    event = event_of(course)
    sessions = sessions_of(event)
    people = {
        "Nowak": register(event, "Zofia Nowak"),
        "Becker": register(event, "Anna Becker"),
        "Dvořáková": register(
            event, "Łucja Dvořáková", birth_date=datetime.date(2015, 1, 1)
        ),
    }
    register(event, "Wanda Warte", Registration.Status.WAITLISTED)
    marks(coordinator, people["Becker"], sessions, ["present", "late", "absent"])
    marks(coordinator, people["Dvořáková"], sessions, ["present", "present", "excused"])
    marks(coordinator, people["Nowak"], sessions, ["absent"])
    WalkIn.objects.create(session=sessions[0], first_name="Jan", birth_year=2014)
    return event, sessions, people


# The grid


def test_the_overview_links_to_the_grid(admin, marked):
    event, _sessions, _people = marked

    page = soup(admin.get(reverse("events_event:inspect", args=[event.pk])))

    assert page.select_one("[data-attendance-link]")["href"] == grid_url(event)


def test_the_grid_shows_every_mark_with_a_text_rate_and_totals(admin, marked):
    event, sessions, people = marked

    response = admin.get(grid_url(event))

    assert response.status_code == 200
    page = soup(response)
    rows = page.select("[data-attendance-grid] tbody tr")
    assert [row["data-registration"] for row in rows] == [
        str(people[name].pk) for name in ("Becker", "Dvořáková", "Nowak")
    ]
    becker, lucja, nowak = rows
    assert "Łucja Dvořáková" in lucja.th.get_text()
    assert [cell["data-status"] for cell in becker.select("[data-status]")] == [
        "present",
        "late",
        "absent",
    ]
    assert [cell["data-status"] for cell in nowak.select("[data-status]")] == [
        "absent",
        "",
        "",
    ]
    # Every sign has its words for screen readers.
    first = becker.select_one("[data-status] .w-sr-only").get_text(strip=True)
    assert first == str(Status.PRESENT.label)
    unmarked = nowak.select("[data-status] .w-sr-only")[1].get_text(strip=True)
    assert unmarked == "nicht erfasst"
    rates = {
        row["data-registration"]: (
            row.select_one("[data-attended]").get_text(strip=True),
            row.select_one("[data-rate]").get_text(strip=True),
        )
        for row in rows
    }
    assert rates == {
        str(people["Becker"].pk): ("2/3", "67\xa0%"),
        str(people["Dvořáková"].pk): ("2/3", "67\xa0%"),
        str(people["Nowak"].pk): ("0/3", "0\xa0%"),
    }
    assert "Wanda" not in page.select_one("[data-attendance-grid]").get_text()
    assert "Jan" in page.select_one("[data-walk-ins]").get_text()


def test_the_grid_totals_agree_with_the_attendance_service(admin, marked):
    event, sessions, _people = marked

    grid = admin.get(grid_url(event)).context["grid"]

    for column in grid.sessions:
        counts = attendance.counts(column.session)
        assert column.counts == {s: counts[s] for s in Status.values}
        assert column.unmarked == counts["open"]
        assert len(column.walk_ins) == counts["walk_ins"]
    assert [c.there for c in grid.sessions] == [3, 2, 0]  # 2 + walk-in, 2, none
    rates = attendance.rates(event)
    assert {row.registration.pk: (row.attended, row.held) for row in grid.rows} == (
        rates
    )


def test_sessions_ahead_are_not_held_and_count_for_nobody(admin, course, coordinator):
    event = event_of(course, sessions__days=-8)  # yesterday's second, one ahead
    sessions = sessions_of(event)
    anna = register(event, "Anna Becker")
    marks(coordinator, anna, sessions, ["present", "present"])

    response = admin.get(grid_url(event))

    grid = response.context["grid"]
    assert [c.held for c in grid.sessions] == [True, True, False]
    assert (grid.rows[0].attended, grid.rows[0].held, grid.rows[0].rate) == (2, 2, 100)
    ahead = soup(response).select('[data-attendance-grid] tbody [data-status=""]')
    assert (
        ahead[0].select_one(".w-sr-only").get_text(strip=True)
        == "noch nicht stattgefunden"
    )
    assert not ahead[0].find("a")  # its attendance window has not opened


def test_the_grid_shows_classes_with_their_numbers(admin, course):
    event = event_of(course, sessions__count=1)
    GroupBookingFactory(
        event=event, class_name="7b", pupils_present=20, adults_present=2
    )

    response = admin.get(grid_url(event))

    classes = soup(response).select_one("[data-classes]").get_text(" ", strip=True)
    assert "7b" in classes
    assert "20" in classes and "24" in classes
    assert response.context["grid"].sessions[0].there == 22


def test_the_grid_is_read_in_a_fixed_number_of_queries(admin, course, coordinator):
    small = event_of(course, sessions__count=2)
    register(small, "Anna Becker")
    register(small, "Bruno Nowak")

    big = event_of(course, sessions__count=5, sessions__days=-36)
    sessions = sessions_of(big)
    for n in range(8):
        registration = register(big, f"Kind Nummer{n}")
        marks(coordinator, registration, sessions, ["present", "late", "absent"])
    for session in sessions:
        WalkIn.objects.create(session=session, first_name="Gast")
        linked = ParticipantFactory()  # its name is shown too
        WalkIn.objects.create(session=session, first_name="Ida", participant=linked)
    GroupBookingFactory(event=big, pupils_present=20, adults_present=2)

    admin.get(grid_url(small))  # warm what is cached once per process
    with CaptureQueriesContext(connection) as few:
        assert admin.get(grid_url(small)).status_code == 200
    with CaptureQueriesContext(connection) as many:
        response = admin.get(grid_url(big))

    assert len(response.context["grid"].rows) == 8
    assert len(many) == len(few)


# Corrections by staff


def test_a_correction_with_a_reason_changes_the_mark_and_is_audited(
    admin, marked, coordinator
):
    event, sessions, people = marked
    nowak = people["Nowak"]
    url = correct_url(event, sessions[0], nowak)

    form = admin.get(url)
    assert form.status_code == 200
    assert form.context["form"]["status"].value() == "absent"

    response = admin.post(url, {"status": "present", "reason": "Saß hinten."})

    assert response.status_code == 302
    assert response["Location"] == f"{grid_url(event)}#registration-{nowak.pk}"
    record = Attendance.objects.get(registration=nowak, session=sessions[0])
    assert (record.status, record.method, record.marked_by) == (
        Status.PRESENT,
        Attendance.Method.CORRECTION,
        coordinator,
    )
    change = record.changes.latest("changed_at", "pk")
    assert (change.previous_status, change.status, change.reason) == (
        "absent",
        "present",
        "Saß hinten.",
    )
    assert any("Zofia Nowak" in m for m in messages_of(admin.get(grid_url(event))))


def test_a_correction_without_a_reason_is_refused(admin, marked):
    event, sessions, people = marked
    before = AttendanceChange.objects.count()

    response = admin.post(
        correct_url(event, sessions[0], people["Nowak"]),
        {"status": "present", "reason": "  "},
    )

    assert response.status_code == 200
    assert response.context["form"].errors["reason"] == [
        str(attendance.MESSAGES["reason"])
    ]
    assert "Die Korrektur wurde nicht gespeichert." in messages_of(response)
    record = Attendance.objects.get(registration=people["Nowak"], session=sessions[0])
    assert record.status == Status.ABSENT
    assert AttendanceChange.objects.count() == before


def test_a_first_mark_can_be_given_for_a_session_nobody_marked(admin, marked):
    event, sessions, people = marked

    response = admin.post(
        correct_url(event, sessions[2], people["Nowak"]),
        {"status": "excused", "reason": "Krank gemeldet per Telefon"},
    )

    assert response.status_code == 302
    change = AttendanceChange.objects.get(
        attendance__registration=people["Nowak"], attendance__session=sessions[2]
    )
    assert (change.previous_status, change.status) == ("", "excused")


def test_staff_correct_inside_the_instructors_window_too(admin, course):
    now = timezone.localtime()
    event = event_of(
        course, sessions__count=1, sessions__days=0, sessions__hour=now.hour
    )
    session = event.sessions.get()
    anna = register(event, "Anna Becker")

    response = admin.post(
        correct_url(event, session, anna), {"status": "late", "reason": "Bus"}
    )

    assert response.status_code == 302
    record = Attendance.objects.get(registration=anna, session=session)
    assert (record.status, record.method) == (Status.LATE, Attendance.Method.CORRECTION)


def test_a_session_ahead_cannot_be_marked_and_says_why(admin, course):
    event = event_of(course, sessions__count=1, sessions__days=6)
    session = event.sessions.get()
    anna = register(event, "Anna Becker")

    response = admin.post(
        correct_url(event, session, anna), {"status": "present", "reason": "Test"}
    )

    assert response.status_code == 200
    assert any("hat noch nicht begonnen" in m for m in messages_of(response))
    assert not Attendance.objects.exists()


def test_the_same_mark_again_changes_nothing(admin, marked):
    event, sessions, people = marked
    before = AttendanceChange.objects.count()

    response = admin.post(
        correct_url(event, sessions[0], people["Becker"]),
        {"status": "present", "reason": "Doppelt"},
        follow=True,
    )

    assert any("es wurde nichts geändert" in m for m in messages_of(response))
    assert AttendanceChange.objects.count() == before


def test_waiting_or_foreign_registrations_cannot_be_corrected(admin, marked, course):
    event, sessions, _people = marked
    waiting = Registration.objects.get(status=Registration.Status.WAITLISTED)
    other = event_of(course)

    assert admin.get(correct_url(event, sessions[0], waiting)).status_code == 404
    foreign = sessions_of(other)[0]
    registration = register(other, "Olga Anders")
    assert admin.get(correct_url(event, foreign, registration)).status_code == 404


# The audit trail


def test_the_audit_trail_lists_every_change_newest_first(admin, marked, coordinator):
    event, sessions, people = marked
    admin.post(
        correct_url(event, sessions[0], people["Nowak"]),
        {"status": "late", "reason": "Kam um 10:20"},
    )
    other = event_of(event.course)
    mark(sessions_of(other)[0], register(other, "Fremd Kind"), "present", coordinator)

    response = admin.get(reverse("events_attendance:changes", args=[event.pk]))

    assert response.status_code == 200
    rows = soup(response).select("[data-changes] tbody tr")
    expected = AttendanceChange.objects.filter(
        attendance__session__event=event
    ).order_by("-changed_at", "-pk")
    assert [row["data-change"] for row in rows] == [str(c.pk) for c in expected]
    newest = rows[0].get_text(" ", strip=True)
    assert "Zofia Nowak" in newest
    assert "Kam um 10:20" in newest
    assert "coordinator@example.org" in newest
    transition = rows[0].select_one("[data-transition]").get_text(" ", strip=True)
    assert transition == f"{Status.ABSENT.label} → {Status.LATE.label}"
    assert str(Attendance.Method.CORRECTION.label) in newest
    assert "Fremd" not in soup(response).get_text()


# Who may


def reads(event):
    urls = ("grid", "changes", "roster", "sign_in_sheet")
    return [
        *(reverse(f"events_attendance:{name}", args=[event.pk]) for name in urls),
        grid_url(event) + "?export=csv",
    ]


def assert_turned_away(response):
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        location = response["Location"]
        assert "login" in location or location == reverse("wagtailadmin_home")


def test_instructors_without_admin_rights_are_turned_away(client, marked, instructor):
    event, sessions, people = marked
    event.instructors.add(instructor)
    client.force_login(instructor)

    for url in reads(event):
        assert_turned_away(client.get(url))
    response = client.post(
        correct_url(event, sessions[0], people["Nowak"]),
        {"status": "present", "reason": "Ich war da"},
    )

    assert_turned_away(response)
    record = Attendance.objects.get(registration=people["Nowak"], session=sessions[0])
    assert record.status == Status.ABSENT


def test_staff_without_attendance_rights_see_none_of_it(client, marked):
    event, sessions, people = marked
    client.force_login(staff_with("view_event", "change_event", "view_registration"))

    overview = client.get(reverse("events_event:inspect", args=[event.pk]))

    assert overview.status_code == 200
    assert not soup(overview).select("[data-attendance-link]")
    for url in reads(event):
        assert_turned_away(client.get(url))


def test_viewing_attendance_does_not_allow_corrections(client, marked):
    event, sessions, people = marked
    client.force_login(staff_with("view_event", "view_attendance"))

    grid = client.get(grid_url(event))

    assert grid.status_code == 200
    assert not soup(grid).select("[data-attendance-grid] tbody a")
    url = correct_url(event, sessions[0], people["Nowak"])
    assert_turned_away(client.get(url))
    assert_turned_away(client.post(url, {"status": "present", "reason": "Doch da"}))
    record = Attendance.objects.get(registration=people["Nowak"], session=sessions[0])
    assert record.status == Status.ABSENT


def test_change_attendance_alone_is_enough_to_correct(client, marked):
    event, sessions, people = marked
    client.force_login(staff_with("change_attendance"))

    grid = client.get(grid_url(event))
    assert grid.status_code == 200
    link = correct_url(event, sessions[0], people["Nowak"])
    assert soup(grid).select_one(f'a[href="{link}"]')

    response = client.post(link, {"status": "present", "reason": "Doch da"})

    assert response.status_code == 302
    record = Attendance.objects.get(registration=people["Nowak"], session=sessions[0])
    assert record.status == Status.PRESENT


# Exports and printouts


def csv_rows(response):
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def test_the_grid_downloads_as_csv(admin, marked):
    event, sessions, _people = marked

    response = admin.get(grid_url(event) + "?export=csv")

    assert response.status_code == 200
    assert "attendance-roboter-bauen-" in response["Content-Disposition"]
    rows = csv_rows(response)
    assert len(rows[0]) == 2 + 3 + 3
    by_name = {row[0]: row for row in rows[1:]}
    present, late, absent = (
        str(s.label) for s in (Status.PRESENT, Status.LATE, Status.ABSENT)
    )
    assert by_name["Anna Becker"][2:] == [present, late, absent, "2", "3", "67"]
    assert by_name["Zofia Nowak"][2:] == [absent, "", "", "0", "3", "0"]
    assert by_name["Łucja Dvořáková"][1] == str(event.starts_at.year - 2015)
    assert by_name["Nicht erfasst"][2:5] == ["0", "1", "1"]
    assert by_name["Ohne Anmeldung"][2:5] == ["1", "0", "0"]
    assert by_name["Insgesamt anwesend"][2:5] == ["3", "2", "0"]


def test_the_csv_export_defuses_formulas(admin, course):
    event = event_of(course, sessions__count=1)
    register(event, "=HYPERLINK(1) Böse")

    rows = csv_rows(admin.get(grid_url(event) + "?export=csv"))

    assert rows[1][0] == "'=HYPERLINK(1) Böse"


def test_the_grid_downloads_as_xlsx(admin, marked):
    openpyxl = pytest.importorskip("openpyxl")
    event, _sessions, _people = marked

    response = admin.get(grid_url(event) + "?export=xlsx")

    assert response.status_code == 200
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.active.iter_rows(values_only=True))
    by_name = {row[0]: row for row in rows[1:]}
    lucja = by_name["Łucja Dvořáková"]
    assert lucja[2:5] == (
        str(Status.PRESENT.label),
        str(Status.PRESENT.label),
        str(Status.EXCUSED.label),
    )
    assert lucja[5:] == (2, 3, 67)


def pdf_pages(content):
    pypdf = pytest.importorskip("pypdf")
    return pypdf.PdfReader(io.BytesIO(content)).pages


def test_the_roster_pdf_has_everyone_and_their_marks(admin, marked):
    event, _sessions, _people = marked

    response = admin.get(reverse("events_attendance:roster", args=[event.pk]))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    pages = pdf_pages(response.content)
    text = "\n".join(page.extract_text() for page in pages)
    for name in ("Łucja Dvořáková", "Anna Becker", "Zofia Nowak"):
        assert name in text
    assert "Wanda" not in text
    assert "✓" in text
    assert "2/3" in text
    box = pages[0].mediabox
    assert box.width < box.height  # three sessions fit upright


def test_a_roster_with_many_sessions_is_printed_across(admin, course):
    event = event_of(course, sessions__count=9, sessions__days=-70)
    register(event, "Łucja Dvořáková")

    response = admin.get(reverse("events_attendance:roster", args=[event.pk]))

    page = pdf_pages(response.content)[0]
    assert page.mediabox.width > page.mediabox.height
    assert "Łucja Dvořáková" in page.extract_text()


def test_the_sign_in_sheet_has_a_page_per_session_with_names_and_ages(admin, course):
    event = event_of(course)
    born = timezone.localdate() - datetime.timedelta(days=365 * 9 + 60)
    register(event, "Łucja Dvořáková", birth_date=born)
    register(event, "Anna Becker")
    register(event, "Storno Niemand", Registration.Status.CANCELLED)
    url = reverse("events_attendance:sign_in_sheet", args=[event.pk])

    response = admin.get(url)

    assert response.status_code == 200
    pages = pdf_pages(response.content)
    assert len(pages) == 3
    for page in pages:
        text = page.extract_text()
        assert "Łucja Dvořáková" in text
        assert "Anna Becker" in text
        assert "Storno" not in text
    assert re.search(r"Łucja Dvořáková\s*9\b", pages[0].extract_text())

    one = admin.get(url, {"session": sessions_of(event)[1].pk})
    assert len(pdf_pages(one.content)) == 1
    elsewhere = sessions_of(event_of(course))[0]
    assert admin.get(url, {"session": elsewhere.pk}).status_code == 404


# The family's view


@pytest.fixture
def parent(db):
    return UserFactory()


def test_families_see_how_many_sessions_were_attended(
    client, parent, course, coordinator
):
    event = event_of(course)
    child = register(event, "Ema Nowak", guardian=parent)
    marks(coordinator, child, sessions_of(event), ["present", "late", "absent"])
    ahead = event_of(course, sessions__days=10)
    register(ahead, "Ema Nowak2", guardian=parent)
    waiting = event_of(course)
    register(waiting, "Jakub Nowak", Registration.Status.WAITLISTED, guardian=parent)
    client.force_login(parent)

    page = soup(client.get(reverse("events:my_registrations")))

    shown = page.select("[data-attendance]")
    assert len(shown) == 1  # not before the first session, not while waiting
    assert re.search(r"\b2\b\D+\b3\b", shown[0].dd.get_text())


def test_the_family_view_counts_in_a_fixed_number_of_queries(
    client, parent, course, coordinator
):
    def attend(count):
        for _ in range(count):
            event = event_of(course)
            child = register(event, "Kind Muster", guardian=parent)
            marks(coordinator, child, sessions_of(event), ["present", "absent"])

    client.force_login(parent)
    url = reverse("events:my_registrations")
    attend(1)
    client.get(url)
    with CaptureQueriesContext(connection) as one:
        client.get(url)
    attend(4)
    with CaptureQueriesContext(connection) as five:
        response = client.get(url)

    assert len(soup(response).select("[data-attendance]")) == 5
    assert len(five) == len(one)


# Instructors on the event form


def test_the_event_form_offers_only_instructors(admin, course, instructor):
    UserFactory(email="staff@example.org", is_staff=True)
    event = event_of(course)

    for url in (
        reverse("events_event:edit", args=[event.pk]),
        reverse("events_event:add") + f"?course={course.pk}",
    ):
        field = admin.get(url).context["form"].fields["instructors"]
        assert list(field.queryset) == [instructor]


# Walk-ins linked to an account


@pytest.fixture
def walk_in(marked):
    return WalkIn.objects.get()


@pytest.fixture
def family(db):
    """An account with two children of its own and one shared with it."""
    parent = UserFactory(email="rodzina@example.org")
    children = [
        ParticipantFactory(guardian=parent, first_name="Jan", last_name="Wójcik"),
        ParticipantFactory(guardian=parent, first_name="Ola", last_name="Wójcik"),
    ]
    shared = ParticipantFactory(first_name="Piotr", last_name="Wójcik")
    shared.co_guardians.add(parent)
    return parent, [*children, shared]


def link_url(walk_in):
    return reverse(
        "events_attendance:link_walk_in",
        args=[walk_in.session.event_id, walk_in.pk],
    )


def unlink_url(walk_in):
    return reverse(
        "events_attendance:unlink_walk_in",
        args=[walk_in.session.event_id, walk_in.pk],
    )


def choose(client, walk_in, email, participant):
    return client.post(
        link_url(walk_in),
        {"email": email, "step": "choose", "participant": participant.pk},
    )


def test_the_grid_offers_to_link_a_walk_in(admin, walk_in):
    page = soup(admin.get(grid_url(walk_in.session.event)))

    item = page.select_one(f'[data-walk-in="{walk_in.pk}"]')
    assert item.select_one(f'a[href="{link_url(walk_in)}"]')
    assert not item.select("[data-linked-participant], .w-status")


def test_an_address_first_then_the_accounts_participants(admin, walk_in, family):
    _parent, people = family
    ParticipantFactory(first_name="Fremd")

    step_one = admin.get(link_url(walk_in))
    assert step_one.status_code == 200
    assert not soup(step_one).select("[data-participant-form]")

    step_two = admin.post(link_url(walk_in), {"email": "RODZINA@example.org"})

    assert step_two.status_code == 200
    form = soup(step_two).select_one("[data-participant-form]")
    assert form.select_one("input[name=email]")["value"] == "RODZINA@example.org"
    offered = [radio["value"] for radio in form.select("input[name=participant]")]
    assert sorted(offered) == sorted(str(person.pk) for person in people)
    assert "Fremd" not in form.get_text()
    assert not WalkIn.objects.get().participant


@pytest.mark.parametrize(
    ("email", "message"),
    [
        ("niemand@example.org", "no_account"),
        ("coordinator@example.org", "no_participants"),
        ("kein-gültiger-wert", None),
    ],
)
def test_an_unknown_address_or_an_empty_account_re_renders_with_the_input(
    admin, walk_in, email, message
):
    response = admin.post(link_url(walk_in), {"email": email})

    assert response.status_code == 200
    errors = response.context["account_form"].errors["email"]
    if message:
        assert errors == [str(attendance.MESSAGES[message])]
        assert str(attendance.MESSAGES[message]) in response.content.decode()
    field = soup(response).select_one("[data-account-form] input[name=email]")
    assert field["value"] == email
    assert not soup(response).select("[data-participant-form]")


def test_choosing_a_participant_links_the_walk_in(admin, walk_in, family):
    _parent, (jan, *_others) = family
    event = walk_in.session.event

    response = choose(admin, walk_in, "rodzina@example.org", jan)

    assert response.status_code == 302
    assert response["Location"] == f"{grid_url(event)}#attendance-walk-ins"
    assert WalkIn.objects.get().participant == jan
    grid = admin.get(grid_url(event))
    assert any("Jan Wójcik" in m for m in messages_of(grid))
    item = soup(grid).select_one(f'[data-walk-in="{walk_in.pk}"]')
    assert item.select_one("[data-linked-participant]").get_text() == "Jan Wójcik"
    assert item.select_one(".w-status")
    assert item.select_one(f'form[action="{unlink_url(walk_in)}"]')


def test_no_choice_or_someone_elses_participant_is_not_linked(admin, walk_in, family):
    stranger = ParticipantFactory(first_name="Fremd")

    forged = choose(admin, walk_in, "rodzina@example.org", stranger)
    nothing = admin.post(
        link_url(walk_in), {"email": "rodzina@example.org", "step": "choose"}
    )

    for response in (forged, nothing):
        assert response.status_code == 200
        assert response.context["choice_form"].errors["participant"]
    assert not WalkIn.objects.get().participant


def test_someone_confirmed_for_the_event_is_refused_with_the_reason(
    admin, walk_in, family
):
    _parent, (jan, *_others) = family
    RegistrationFactory(event=walk_in.session.event, participant=jan)

    response = choose(admin, walk_in, "rodzina@example.org", jan)

    assert response.status_code == 200
    expected = str(attendance.MESSAGES["registered"]) % {"name": jan}
    assert response.context["choice_form"].non_field_errors() == [expected]
    assert expected in response.content.decode()
    assert not WalkIn.objects.get().participant


def test_a_link_is_taken_back(admin, walk_in, family, coordinator):
    _parent, (jan, *_others) = family
    attendance.link_walk_in(walk_in, jan, by=coordinator)

    assert admin.get(unlink_url(walk_in)).status_code == 405
    response = admin.post(unlink_url(walk_in))

    assert response.status_code == 302
    assert WalkIn.objects.get().participant is None
    item = soup(admin.get(grid_url(walk_in.session.event))).select_one(
        f'[data-walk-in="{walk_in.pk}"]'
    )
    assert item.select_one(f'a[href="{link_url(walk_in)}"]')


def test_a_walk_in_of_another_event_is_a_404(admin, walk_in, course):
    other = event_of(course)
    url = reverse("events_attendance:link_walk_in", args=[other.pk, walk_in.pk])

    assert admin.get(url).status_code == 404
    unlink = reverse("events_attendance:unlink_walk_in", args=[other.pk, walk_in.pk])
    assert admin.post(unlink).status_code == 404


def test_only_staff_who_change_attendance_link_walk_ins(
    client, walk_in, family, instructor
):
    _parent, (jan, *_others) = family
    walk_in.session.event.instructors.add(instructor)
    for user in (instructor, staff_with("view_event", "view_attendance")):
        client.force_login(user)
        assert_turned_away(client.get(link_url(walk_in)))
        assert_turned_away(choose(client, walk_in, "rodzina@example.org", jan))
        assert_turned_away(client.post(unlink_url(walk_in)))
    grid = soup(client.get(grid_url(walk_in.session.event)))
    assert not grid.select(f'[data-walk-in="{walk_in.pk}"] a, [data-walk-in] form')
    assert WalkIn.objects.get().participant is None

    client.force_login(staff_with("change_attendance"))
    assert choose(client, walk_in, "rodzina@example.org", jan).status_code == 302
    assert WalkIn.objects.get().participant == jan
