"""Coordinators' admin tools: event list, event overview and its actions, the printed
participant list, the registrations list and export, and who may reach them."""

import csv
import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    querydict_from_html,
)

from events import booking, pdf
from events.admin_views import EventEditView, admin_events, participant_rows
from events.models import Event, Registration
from tests.factories import (
    CoursePageFactory,
    EventFactory,
    ParticipantFactory,
    RegistrationFactory,
    UserFactory,
    VenueFactory,
    staff_with,
)

pytestmark = pytest.mark.django_db

Status = Registration.Status


@pytest.fixture
def course(catalogue):
    """A course that needs at least three participants."""
    return CoursePageFactory(
        parent=catalogue, title="Roboter bauen", min_participants=3
    )


@pytest.fixture
def coordinator():
    return UserFactory(is_staff=True, is_superuser=True)


@pytest.fixture
def admin(client, coordinator):
    client.force_login(coordinator)
    return client


def event_of(course, **kwargs):
    event = EventFactory(course=course, **kwargs)
    event.refresh_from_db()  # the dates come from the sessions
    return event


def register(event, name, status=Status.CONFIRMED, **kwargs):
    first_name, last_name = name.split(" ", 1)
    participant = ParticipantFactory(first_name=first_name, last_name=last_name)
    return RegistrationFactory(
        event=event, participant=participant, status=status, **kwargs
    )


def full_event(course, *, capacity=2, waiting=("Wanda Eins", "Wim Zwei", "Wu Drei")):
    """An upcoming event with every seat taken and people waiting, in this order."""
    event = event_of(course, capacity=capacity)
    confirmed = [register(event, f"Conny Sitz{n}") for n in range(capacity)]
    start = timezone.now() - datetime.timedelta(hours=len(waiting))
    in_line = []
    for number, name in enumerate(waiting):
        registration = register(event, name, Status.WAITLISTED)
        Registration.objects.filter(pk=registration.pk).update(
            created_at=start + datetime.timedelta(hours=number)
        )
        in_line.append(registration)
    return event, confirmed, in_line


def statuses(registrations):
    return [
        Registration.objects.get(pk=registration.pk).status
        for registration in registrations
    ]


def overview_url(event):
    return reverse("events_event:inspect", args=[event.pk])


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


# The event list


def test_event_list_counts_seats_and_waiting_list_and_flags_below_minimum(
    admin, course
):
    small, _, _ = full_event(course)  # 2 of 2 seats, 3 waiting, minimum 3
    enough = event_of(course, capacity=6)
    for n in range(4):
        register(enough, f"Emil Genug{n}")
    register(enough, "Gerd Storno", Status.CANCELLED)
    past = event_of(course, capacity=6, sessions__days=-14)  # nobody, but over

    response = admin.get(reverse("events_event:index"))

    assert response.status_code == 200
    rows = {event.pk: event for event in response.context["object_list"]}
    counts = {
        pk: (event.seats_taken, event.waitlist_count, event.below_minimum)
        for pk, event in rows.items()
    }
    assert counts == {
        small.pk: (2, 3, True),
        enough.pk: (4, 0, False),
        past.pk: (0, 0, False),
    }
    page = soup(response)
    flagged = page.select('td[data-below-minimum="true"]')
    assert len(flagged) == 1
    assert flagged[0].find_parent("tr").find("a", href=overview_url(small))
    assert "Roboter bauen" in page.get_text()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("below_minimum=true", {"small"}),
        ("when=past", {"past"}),
        ("when=upcoming", {"small", "polish", "cancelled"}),
        ("when=upcoming&status=scheduled", {"small", "polish"}),
        ("country=PL", {"polish"}),
        ("status=cancelled", {"cancelled"}),
        ("q=roboter", {"small", "polish", "past", "cancelled"}),
        ("q=gibt-es-nicht", set()),
    ],
)
def test_event_list_filters_and_search(admin, course, query, expected):
    events = {
        "small": event_of(course),
        "polish": event_of(course, venue=VenueFactory(country="PL")),
        "past": event_of(course, sessions__days=-14),
        "cancelled": event_of(course, status=Event.Status.CANCELLED),
    }
    register(events["polish"], "Piotr Dość")
    for n in range(2):
        register(events["polish"], f"Pola Dość{n}")

    response = admin.get(reverse("events_event:index") + "?" + query)

    assert response.status_code == 200
    shown = {event.pk for event in response.context["object_list"]}
    assert shown == {events[name].pk for name in expected}


def test_event_list_exports_csv(admin, course):
    small, _, _ = full_event(course)

    response = admin.get(reverse("events_event:index") + "?export=csv")

    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(rows) == 2
    assert rows[1][0] == "Roboter bauen"
    assert rows[1][7:10] == ["2", "2", "3"]  # capacity, confirmed seats, waiting


def test_event_list_query_count_does_not_grow_with_events(admin, course):
    def make_events(count):
        for _ in range(count):
            event = event_of(course, capacity=1)
            register(event, "Sitz Platz")
            register(event, "Warte Liste", Status.WAITLISTED)

    url = reverse("events_event:index")
    make_events(3)
    admin.get(url)  # warm caches that are filled once per process
    with CaptureQueriesContext(connection) as three:
        assert admin.get(url).status_code == 200
    make_events(9)
    with CaptureQueriesContext(connection) as twelve:
        response = admin.get(url)
    assert len(response.context["object_list"]) == 12
    assert len(twelve) == len(three)


# The overview of one event


def test_overview_shows_seats_and_the_waiting_list_in_order(admin, course):
    event, confirmed, waiting = full_event(course, waiting=("Anna A", "Bert B"))
    # Registered later, but earlier in line: the line follows created_at, not the id.
    first = register(event, "Zofia Łukasiewicz", Status.WAITLISTED)
    Registration.objects.filter(pk=first.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=1)
    )

    response = admin.get(overview_url(event))

    assert response.status_code == 200
    page = soup(response)
    assert page.select_one("[data-capacity]").get_text(strip=True) == "2"
    assert page.select_one("[data-confirmed]").get_text(strip=True) == "2"
    assert page.select_one("[data-free]").get_text(strip=True) == "0"
    line = page.select('[data-registrations="waiting"] tbody tr')
    assert [row["data-registration"] for row in line] == [
        str(first.pk),
        str(waiting[0].pk),
        str(waiting[1].pk),
    ]
    assert [row["data-position"] for row in line] == ["1", "2", "3"]
    assert "Zofia Łukasiewicz" in line[0].get_text()
    seated = page.select('[data-registrations="confirmed"] tbody tr')
    assert {row["data-registration"] for row in seated} == {
        str(r.pk) for r in confirmed
    }


def test_overview_shows_details_of_each_registration(admin, course):
    event = event_of(course)
    participant = ParticipantFactory(
        first_name="Jiří",
        last_name="Dvořák",
        birth_date=datetime.date(2015, 1, 1),
        notes_for_instructor="Nussallergie",
    )
    RegistrationFactory(event=event, participant=participant, remarks="Kommt später")

    text = soup(admin.get(overview_url(event))).select_one(
        '[data-registrations="confirmed"]'
    )

    row = text.get_text(" ", strip=True)
    age = event.starts_at.year - 2015  # the birthday has passed by then
    assert "Jiří Dvořák" in row
    assert f" {age} " in f" {row} "
    assert participant.guardian.email in row
    assert "Nussallergie" in row
    assert "Kommt später" in row


def test_changing_the_capacity_promotes_the_waiting_list(admin, course):
    event, _, waiting = full_event(course, capacity=2)

    response = admin.post(
        reverse("events_event:capacity", args=[event.pk]), {"capacity": 4}
    )

    assert response.status_code == 302
    assert response["Location"] == overview_url(event)
    event.refresh_from_db()
    assert event.capacity == 4
    assert statuses(waiting) == [Status.CONFIRMED, Status.CONFIRMED, Status.WAITLISTED]
    shown = messages_of(admin.get(overview_url(event)))
    assert any("Wanda Eins" in m and "Wim Zwei" in m for m in shown)


def test_a_refused_capacity_shows_the_reason_and_keeps_the_input(admin, course):
    event, _, waiting = full_event(course, capacity=2)

    response = admin.post(
        reverse("events_event:capacity", args=[event.pk]), {"capacity": -1}
    )

    assert response.status_code == 200
    form = response.context["capacity_form"]
    assert form.errors["capacity"] == [str(booking.MESSAGES["capacity"])]
    assert soup(response).select_one('input[name="capacity"]')["value"] == "-1"
    event.refresh_from_db()
    assert event.capacity == 2
    assert statuses(waiting) == [Status.WAITLISTED] * 3


def test_a_capacity_that_is_not_a_number_is_refused(admin, course):
    event, _, _ = full_event(course, capacity=2)

    response = admin.post(
        reverse("events_event:capacity", args=[event.pk]), {"capacity": "viele"}
    )

    assert response.status_code == 200
    assert response.context["capacity_form"].errors["capacity"]
    event.refresh_from_db()
    assert event.capacity == 2


def test_cancelling_one_registration_promotes_the_next_in_line(admin, course):
    event, confirmed, waiting = full_event(course, capacity=2)

    response = admin.post(
        reverse("events_registration:cancel", args=[confirmed[0].pk]),
        {"next": overview_url(event)},
    )

    assert response.status_code == 302
    assert response["Location"] == overview_url(event)
    assert statuses(confirmed) == [Status.CANCELLED, Status.CONFIRMED]
    assert statuses(waiting) == [Status.CONFIRMED, Status.WAITLISTED, Status.WAITLISTED]


def test_cancelling_a_cancelled_registration_says_why_not(admin, course):
    event = event_of(course)
    registration = register(event, "Olga Weg", Status.CANCELLED)

    response = admin.post(
        reverse("events_registration:cancel", args=[registration.pk]), follow=True
    )

    assert response.status_code == 200
    assert response.redirect_chain[0][0] == overview_url(event)
    assert str(booking.MESSAGES["already_cancelled"]) in messages_of(response)


def test_a_foreign_next_url_is_not_followed(admin, course):
    event, confirmed, _ = full_event(course)

    response = admin.post(
        reverse("events_registration:cancel", args=[confirmed[0].pk]),
        {"next": "https://example.com/"},
    )

    assert response["Location"] == overview_url(event)


def test_cancelling_the_event_asks_first_then_cancels_everyone(admin, course):
    event, confirmed, waiting = full_event(course)
    url = reverse("events_event:cancel", args=[event.pk])

    confirm = admin.get(url)

    assert confirm.status_code == 200
    assert soup(confirm).select_one(f'form[action="{url}"] button[type="submit"]')
    assert (
        statuses(confirmed + waiting)
        == [Status.CONFIRMED] * 2 + [Status.WAITLISTED] * 3
    )

    response = admin.post(url)

    assert response.status_code == 302
    assert response["Location"] == overview_url(event)
    event.refresh_from_db()
    assert event.status == Event.Status.CANCELLED
    assert statuses(confirmed + waiting) == [Status.CANCELLED] * 5
    # Asking again only says it is done already.
    assert admin.get(url)["Location"] == overview_url(event)


# The printed participant list


def pdf_text(content):
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(io.BytesIO(content))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_participant_list_is_a_pdf_with_everyone_in_it(admin, course):
    event = event_of(course, capacity=2)
    register(event, "Zofia Łukasiewicz")
    register(event, "Jiří Dvořák")
    register(event, "Małgorzata Wójcik", Status.WAITLISTED)
    register(event, "Storno Niemand", Status.CANCELLED)

    response = admin.get(reverse("events_event:participant_list", args=[event.pk]))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    text = pdf_text(response.content)
    assert "Roboter bauen" in text
    for name in ("Zofia Łukasiewicz", "Jiří Dvořák", "Małgorzata Wójcik"):
        assert name in text
    assert "Storno" not in text


def test_participant_list_runs_over_pages_with_page_numbers(course):
    pypdf = pytest.importorskip("pypdf")
    event = event_of(course, capacity=80)
    for n in range(80):
        register(event, f"Teilnehmer Nummer{n}")
    event = admin_events().get(pk=event.pk)
    confirmed, waiting, _ = participant_rows(event)

    with translation.override("en"):
        content = pdf.render_participant_list(
            event, sessions=list(event.sessions.all()), confirmed=confirmed, waiting=[]
        )

    pages = [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(content)).pages]
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
    assert "Nummer79" in pages[-1]


def test_participant_list_falls_back_to_helvetica_without_dejavu(
    course, monkeypatch, tmp_path
):
    monkeypatch.setattr(pdf, "FONT_DIR", tmp_path)
    event = event_of(course)
    register(event, "Zofia Łukasiewicz")
    event = admin_events().get(pk=event.pk)
    confirmed, waiting, _ = participant_rows(event)

    content = pdf.render_participant_list(
        event, sessions=[], confirmed=confirmed, waiting=waiting
    )

    assert content.startswith(b"%PDF")
    assert b"DejaVu" not in content


# The registrations list


def test_registration_list_exports_csv_rows(admin, course):
    event, confirmed, waiting = full_event(course, waiting=("Małgorzata Wójcik",))

    response = admin.get(reverse("events_registration:index") + "?export=csv")

    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="registrations.csv"'
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(rows) == 1 + 3
    by_name = {(row[0], row[1]): row for row in rows[1:]}
    row = by_name[("Małgorzata", "Wójcik")]
    assert row[2] == waiting[0].participant.guardian.email
    assert row[3] == "Roboter bauen"
    assert row[7] == str(Status.WAITLISTED.label)


def test_registration_export_follows_the_filters(admin, course):
    event, confirmed, waiting = full_event(course)

    response = admin.get(
        reverse("events_registration:index") + "?status=waitlisted&export=csv"
    )

    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert sorted(row[0] for row in rows[1:]) == ["Wanda", "Wim", "Wu"]


def test_registration_export_defuses_formulas(admin, course):
    event = event_of(course)
    register(event, "=HYPERLINK(1) Böse")

    response = admin.get(reverse("events_registration:index") + "?export=csv")

    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[1][0] == "'=HYPERLINK(1)"


def test_registration_list_searches_names_and_guardian_email(admin, course):
    event = event_of(course)
    anna = register(event, "Anna Nowak")
    register(event, "Bruno Novák")
    url = reverse("events_registration:index")

    def found(query):
        response = admin.get(url, {"q": query})
        return {r.pk for r in response.context["object_list"]}

    assert found("anna nowak") == {anna.pk}
    assert found(anna.participant.guardian.email) == {anna.pk}
    assert len(found("no")) == 2


def test_registration_list_filters_by_event_date(admin, course):
    upcoming = register(event_of(course), "Kommt Noch")
    register(event_of(course, sessions__days=-10), "War Schon")

    response = admin.get(reverse("events_registration:index"), {"when": "upcoming"})

    assert [r.pk for r in response.context["object_list"]] == [upcoming.pk]


def test_registration_details_open_but_registrations_have_no_forms(admin, course):
    event, confirmed, _ = full_event(course)

    response = admin.get(reverse("events_registration:inspect", args=[confirmed[0].pk]))

    assert response.status_code == 200
    assert confirmed[0].participant.guardian.email in response.content.decode()
    pk = confirmed[0].pk
    for path in ("new/", f"edit/{pk}/", f"delete/{pk}/", f"copy/{pk}/"):
        assert admin.get(f"/admin/registrations/{path}").status_code == 404
    for path in (f"delete/{event.pk}/", f"copy/{event.pk}/"):
        assert admin.get(f"/admin/events/{path}").status_code == 404


# Adding and editing dates


def test_a_new_date_starts_from_the_course_editor(admin, course):
    venue = VenueFactory()
    url = reverse("events_event:add") + f"?course={course.pk}"

    form = admin.get(url)

    assert form.status_code == 200
    assert form.context["form"]["course"].value() == course.pk
    data = nested_form_data(
        {
            "course": course.pk,
            "label": "Gruppe A",
            "venue": venue.pk,
            "capacity": 8,
            "waiting_list": "on",
            "language": "de",
            "price": "0",
            "registration_opens_at": "",
            "registration_closes_at": "",
            "sessions": inline_formset(
                [{"starts_at": "2031-03-03 10:00", "ends_at": "2031-03-03 12:00"}]
            ),
        }
    )
    response = admin.post(url, data)

    assert response.status_code == 302
    event = Event.objects.get(label="Gruppe A")
    assert response["Location"] == overview_url(event)
    assert (event.course_id, event.capacity, event.sessions.count()) == (
        course.pk,
        8,
        1,
    )
    assert timezone.localtime(event.starts_at).date() == datetime.date(2031, 3, 3)


def test_editing_a_date_never_writes_capacity_or_status(admin, course, monkeypatch):
    event, _, waiting = full_event(course, capacity=2)
    url = reverse("events_event:edit", args=[event.pk])
    page = admin.get(url)
    assert page.status_code == 200
    assert not {"capacity", "status", "course"} & set(page.context["form"].fields)
    data = querydict_from_html(page.content.decode(), form_id="w-editor-form")
    data["label"] = "Gruppe B"
    # Booking changes the event after the edit view has loaded it.
    load = EventEditView.get_object

    def load_then_book(view, queryset=None):
        loaded = load(view, queryset)
        booking.change_capacity(event_id=event.pk, capacity=4)
        return loaded

    monkeypatch.setattr(EventEditView, "get_object", load_then_book)

    response = admin.post(url, data)

    assert response.status_code == 302
    event.refresh_from_db()
    assert (event.label, event.capacity) == ("Gruppe B", 4)
    assert statuses(waiting) == [Status.CONFIRMED, Status.CONFIRMED, Status.WAITLISTED]


def test_registration_list_query_count_does_not_grow(admin, course):
    url = reverse("events_registration:index")
    event = event_of(course, capacity=20)
    for n in range(3):
        register(event, f"Erst Drei{n}")
    admin.get(url)
    with CaptureQueriesContext(connection) as three:
        admin.get(url)
    for n in range(9):
        register(event_of(course), f"Noch Neun{n}")
    with CaptureQueriesContext(connection) as twelve:
        response = admin.get(url)
    assert len(response.context["object_list"]) == 12
    assert len(twelve) == len(three)


# Who may reach these views


READS = [
    lambda event, registration: reverse("events_event:index"),
    lambda event, registration: reverse("events_event:add"),
    lambda event, registration: reverse("events_event:edit", args=[event.pk]),
    lambda event, registration: reverse("events_event:index") + "?export=csv",
    lambda event, registration: reverse("events_event:inspect", args=[event.pk]),
    lambda event, registration: reverse("events_event:cancel", args=[event.pk]),
    lambda event, registration: reverse(
        "events_event:participant_list", args=[event.pk]
    ),
    lambda event, registration: reverse("events_registration:index"),
    lambda event, registration: reverse("events_registration:index") + "?export=csv",
    lambda event, registration: reverse(
        "events_registration:inspect", args=[registration.pk]
    ),
]

WRITES = [
    lambda event, registration: (
        reverse("events_event:edit", args=[event.pk]),
        {"label": "Übernommen"},
    ),
    lambda event, registration: (
        reverse("events_event:capacity", args=[event.pk]),
        {"capacity": 5},
    ),
    lambda event, registration: (reverse("events_event:cancel", args=[event.pk]), {}),
    lambda event, registration: (
        reverse("events_registration:cancel", args=[registration.pk]),
        {},
    ),
]


@pytest.fixture(
    params=["anonymous", "not staff", "staff without rights", "admin without rights"]
)
def outsider(request, client):
    users = {
        "anonymous": lambda: None,
        "not staff": UserFactory,
        "staff without rights": lambda: UserFactory(is_staff=True),
        "admin without rights": staff_with,
    }
    user = users[request.param]()
    if user:
        client.force_login(user)
    return client


def assert_turned_away(response):
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        location = response["Location"]
        assert "login" in location or location == reverse("wagtailadmin_home")


@pytest.mark.parametrize("url", READS)
def test_outsiders_cannot_read(outsider, course, url):
    event, confirmed, _ = full_event(course)

    assert_turned_away(outsider.get(url(event, confirmed[0])))


@pytest.mark.parametrize("action", WRITES)
def test_outsiders_cannot_change_anything(outsider, course, action):
    event, confirmed, waiting = full_event(course, capacity=2)
    url, data = action(event, confirmed[0])

    assert_turned_away(outsider.post(url, data))

    event.refresh_from_db()
    assert (event.capacity, event.status, event.label) == (
        2,
        Event.Status.SCHEDULED,
        "",
    )
    assert (
        statuses(confirmed + waiting)
        == [Status.CONFIRMED] * 2 + [Status.WAITLISTED] * 3
    )


@pytest.mark.parametrize("action", WRITES)
def test_viewing_rights_do_not_allow_changes(client, course, action):
    client.force_login(staff_with("view_event", "view_registration"))
    event, confirmed, waiting = full_event(course, capacity=2)
    assert client.get(overview_url(event)).status_code == 200
    url, data = action(event, confirmed[0])

    assert_turned_away(client.post(url, data))

    event.refresh_from_db()
    assert (event.capacity, event.status, event.label) == (
        2,
        Event.Status.SCHEDULED,
        "",
    )
    assert statuses(waiting) == [Status.WAITLISTED] * 3


def test_event_rights_alone_show_no_participants(client, course):
    client.force_login(staff_with("view_event"))
    event, confirmed, _ = full_event(course)

    overview = client.get(overview_url(event))

    assert overview.status_code == 200
    assert confirmed[0].participant.guardian.email not in overview.content.decode()
    assert_turned_away(
        client.get(reverse("events_event:participant_list", args=[event.pk]))
    )
    assert_turned_away(client.get(reverse("events_registration:index")))


def test_coordinators_with_the_model_permissions_can_work(client, course):
    client.force_login(
        staff_with(
            "view_event", "change_event", "view_registration", "change_registration"
        )
    )
    event, confirmed, waiting = full_event(course, capacity=2)

    assert client.get(reverse("events_event:index")).status_code == 200
    assert client.get(reverse("events_registration:index")).status_code == 200
    response = client.post(
        reverse("events_event:capacity", args=[event.pk]), {"capacity": 3}
    )

    assert response.status_code == 302
    assert statuses(waiting)[0] == Status.CONFIRMED
