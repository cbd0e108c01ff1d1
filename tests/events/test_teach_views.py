"""The instructors' pages: my sessions, the roster, marking by form and by fetch,
closing a session, walk-ins, class numbers, the time window and who may see what."""

import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from events.models import (
    Attendance,
    AttendanceChange,
    GroupBooking,
    Registration,
    WalkIn,
)
from mint.people.models import age_on
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


def now_hour():
    return timezone.localtime().hour


def instructor_of(*events):
    user = UserFactory()
    Group.objects.get(name="Instructors").user_set.add(user)
    for event in events:
        event.instructors.add(user)
    return user


@pytest.fixture(autouse=True)
def english():
    """The pages are read in English: reverse() gives /en/ URLs while this is active."""
    with translation.override("en"):
        yield


@pytest.fixture
def course(catalogue):
    return CoursePageFactory(parent=catalogue, title="Lego-Roboter")


@pytest.fixture
def event(course):
    """An event with a session running now (it started this hour)."""
    return EventFactory(course=course, sessions__days=0, sessions__hour=now_hour())


@pytest.fixture
def session(event):
    return event.sessions.get()


@pytest.fixture
def instructor(event):
    return instructor_of(event)


@pytest.fixture
def coordinator():
    user = UserFactory(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="change_attendance"))
    return user


@pytest.fixture
def teaching(client, instructor):
    client.force_login(instructor)
    return client


@pytest.fixture
def anna(event):
    return RegistrationFactory(
        event=event,
        participant=ParticipantFactory(
            first_name="Anna",
            last_name="Nowak",
            notes_for_instructor="Nut allergy – no snacks with nuts.",
        ),
    )


@pytest.fixture
def ben(event):
    return RegistrationFactory(
        event=event,
        participant=ParticipantFactory(first_name="Ben", last_name="Svoboda"),
    )


@pytest.fixture
def other_event(course):
    """Someone else's event, also running now."""
    return EventFactory(course=course, sessions__days=0, sessions__hour=now_hour())


def roster_url(session):
    return reverse("events:roster", args=[session.pk])


def mark_url(session):
    return reverse("events:mark", args=[session.pk])


def post_mark(client, session, registration, status, reason="", **extra):
    data = {"registration": registration.pk, "status": status, "reason": reason}
    return client.post(mark_url(session), data, **extra)


def page_messages(response):
    return [str(message) for message in response.context["messages"]]


# My sessions


def test_my_sessions_lists_this_weeks_sessions_of_my_events(
    teaching, event, instructor, course, anna, ben
):
    later = EventFactory(course=course, label="Gruppe B", sessions__days=3)
    later.instructors.add(instructor)
    EventFactory(course=course, label="Next month", sessions__days=10).instructors.add(
        instructor
    )
    EventFactory(course=course, label="Not mine", sessions__days=0)
    Attendance.objects.create(
        registration=anna,
        session=event.sessions.get(),
        status="present",
        method="tap",
    )
    response = teaching.get(reverse("events:my_sessions"))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('class="card teach-session') == 2
    assert "Gruppe B" in html
    assert "Next month" not in html and "Not mine" not in html
    assert reverse("events:roster", args=[event.sessions.get().pk]) in html
    today = response.context["days"][0]["sessions"][0]
    assert (today.confirmed, today.marked, today.open) == (2, 1, 1)
    assert "Nut allergy" not in html  # notes are for the roster only


def test_my_sessions_is_not_for_people_without_events(client, event):
    client.force_login(UserFactory())
    assert client.get(reverse("events:my_sessions")).status_code == 404


def test_my_sessions_asks_to_sign_in(client):
    response = client.get(reverse("events:my_sessions"))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_an_instructor_without_events_sees_an_empty_page(client):
    client.force_login(instructor_of())
    response = client.get(reverse("events:my_sessions"))
    assert response.status_code == 200
    assert "No sessions today or in the next seven days." in response.content.decode()


def test_coordinators_see_all_events_and_can_narrow_to_their_own(
    client, coordinator, event, other_event
):
    client.force_login(coordinator)
    url = reverse("events:my_sessions")
    assert client.get(url).context["show_all"] is True  # they teach nothing
    event.instructors.add(coordinator)
    mine = client.get(url)
    assert [s.event for d in mine.context["days"] for s in d["sessions"]] == [event]
    every = client.get(url, {"show": "all"})
    assert {s.event for d in every.context["days"] for s in d["sessions"]} == {
        event,
        other_event,
    }


def test_my_sessions_queries_do_not_grow_with_sessions(
    teaching, instructor, course, django_assert_num_queries
):
    def add_event():
        event = EventFactory(course=course, sessions__days=1, sessions__count=1)
        event.instructors.add(instructor)
        registration = RegistrationFactory(event=event)
        Attendance.objects.create(
            registration=registration,
            session=event.sessions.get(),
            status="present",
            method="tap",
        )

    add_event()
    url = reverse("events:my_sessions")
    teaching.get(url)  # warm the caches (site, locales)
    with CaptureQueriesContext(connection) as one:
        teaching.get(url)
    for _ in range(5):
        add_event()
    with django_assert_num_queries(len(one.captured_queries)):
        response = teaching.get(url)
    sessions = sum(len(day["sessions"]) for day in response.context["days"])
    assert sessions == 7  # the fixture's event today and six more


def test_the_menu_links_my_sessions_for_instructors_only(client, instructor):
    url = reverse("events:my_registrations")
    client.force_login(UserFactory())
    assert reverse("events:my_sessions") not in client.get(url).content.decode()
    client.force_login(instructor)
    assert reverse("events:my_sessions") in client.get(url).content.decode()


# The roster


def test_the_roster_shows_people_ages_notes_and_marks(
    teaching, session, anna, ben, event
):
    RegistrationFactory(
        event=event,
        status=Registration.Status.WAITLISTED,
        participant=ParticipantFactory(first_name="Waiting"),
    )
    Attendance.objects.create(
        registration=ben, session=session, status="late", method="tap"
    )
    response = teaching.get(roster_url(session))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Anna Nowak" in html and "Ben Svoboda" in html
    assert "Waiting" not in html
    assert "Note for the instructor" in html and "Nut allergy" in html
    assert f'id="r{anna.pk}"' in html
    assert 'value="late" aria-pressed="true"' in html
    assert html.count('aria-pressed="true"') == 1
    assert reverse("events:scan", args=[session.pk]) in html
    age = age_on(anna.participant.birth_date, timezone.localdate())
    assert f"{age} years" in html
    counts = response.context["counts"]
    assert (counts["late"], counts["open"], counts["confirmed"]) == (1, 1, 2)


def test_the_roster_queries_do_not_grow_with_participants(
    teaching, session, event, django_assert_num_queries
):
    def add_person(status):
        registration = RegistrationFactory(
            event=event,
            participant=ParticipantFactory(notes_for_instructor="Needs glasses."),
        )
        Attendance.objects.create(
            registration=registration, session=session, status=status, method="tap"
        )

    add_person("present")
    GroupBookingFactory(event=event)
    teaching.get(roster_url(session))  # warm the caches (site, locales)
    with CaptureQueriesContext(connection) as few:
        teaching.get(roster_url(session))
    for status in ["present", "late", "excused", "absent", "present", "late"]:
        add_person(status)
    RegistrationFactory(event=event)
    GroupBookingFactory(event=event)
    WalkIn.objects.create(session=session, first_name="Jan")
    with django_assert_num_queries(len(few.captured_queries)):
        response = teaching.get(roster_url(session))
    assert len(response.context["rows"]) == 8


# Marking


def test_a_tap_without_javascript_marks_and_returns_to_the_row(
    teaching, session, anna, instructor
):
    response = post_mark(teaching, session, anna, "present")
    assert response.status_code == 302
    assert response["Location"] == f"{roster_url(session)}#r{anna.pk}"
    mark = Attendance.objects.get(registration=anna, session=session)
    assert (mark.status, mark.method, mark.marked_by) == ("present", "tap", instructor)


def test_a_tap_with_javascript_answers_with_status_and_counts(
    teaching, session, anna, ben
):
    response = post_mark(teaching, session, anna, "late", **JSON)
    assert response.status_code == 200
    data = response.json()
    assert data["registration"] == anna.pk
    assert data["status"] == "late"
    assert data["counts"]["late"] == 1
    assert data["counts"]["open"] == 1


def test_a_double_tap_writes_one_mark_and_one_audit_row(teaching, session, anna):
    post_mark(teaching, session, anna, "present", **JSON)
    post_mark(teaching, session, anna, "present", **JSON)
    post_mark(teaching, session, anna, "present")
    assert AttendanceChange.objects.filter(attendance__registration=anna).count() == 1


def test_changing_a_mark_keeps_the_history(teaching, session, anna):
    post_mark(teaching, session, anna, "present")
    post_mark(teaching, session, anna, "excused")
    changes = AttendanceChange.objects.filter(attendance__registration=anna)
    assert [(c.previous_status, c.status) for c in changes] == [
        ("", "present"),
        ("present", "excused"),
    ]


def test_an_unknown_status_is_refused_and_nothing_is_written(teaching, session, anna):
    response = post_mark(teaching, session, anna, "asleep", **JSON)
    assert response.status_code == 400
    assert "present, late, excused or absent" in response.json()["error"]
    response = post_mark(teaching, session, anna, "", follow=True)
    assert response.status_code == 200
    assert any("present, late" in m for m in page_messages(response))
    assert not Attendance.objects.exists()


def test_marking_is_only_by_post(teaching, session):
    assert teaching.get(mark_url(session)).status_code == 405


# Closing a session


def test_closing_asks_first_then_marks_the_rest_absent(teaching, session, anna, ben):
    post_mark(teaching, session, anna, "present")
    url = reverse("events:close_session", args=[session.pk])
    confirm = teaching.get(url)
    assert confirm.status_code == 200
    assert "Ben Svoboda" in confirm.content.decode()
    assert "Anna Nowak" not in confirm.content.decode()
    assert Attendance.objects.count() == 1  # looking changes nothing
    response = teaching.post(url, follow=True)
    assert response.redirect_chain[-1][0] == roster_url(session)
    assert any("1 participant marked absent" in m for m in page_messages(response))
    marks = dict(Attendance.objects.values_list("registration", "status"))
    assert marks == {anna.pk: "present", ben.pk: "absent"}


# Walk-ins and classes


def test_a_walk_in_is_added_and_listed(teaching, session):
    url = reverse("events:walk_in", args=[session.pk])
    assert teaching.get(url).status_code == 200
    response = teaching.post(
        url, {"first_name": "Jana", "last_name": "", "birth_year": "2015"}
    )
    assert response["Location"] == f"{roster_url(session)}#walk-ins"
    walk_in = WalkIn.objects.get()
    assert (walk_in.first_name, walk_in.birth_year, walk_in.session) == (
        "Jana",
        2015,
        session,
    )
    roster = teaching.get(roster_url(session))
    assert roster.context["counts"]["walk_ins"] == 1
    assert "Jana" in roster.content.decode()


def _form_token(response):
    """The walk-in form's one-time key, as the browser sends it back."""
    field = BeautifulSoup(response.content, "html.parser").select_one(
        'form[action$="/walk-in/"] input[type="hidden"][name="token"]'
    )
    return field["value"]


@pytest.mark.parametrize("view", ["walk_in", "roster"])
def test_a_walk_in_sent_twice_is_counted_once(teaching, session, view):
    """A double tap or a reload posts the same form again: one walk-in, and both
    posts land on the list. A new form is a new person, even with the same name."""
    url = reverse("events:walk_in", args=[session.pk])
    form_page = teaching.get(reverse(f"events:{view}", args=[session.pk]))
    data = {"first_name": "Jana", "token": _form_token(form_page)}

    first = teaching.post(url, data)
    second = teaching.post(url, data)

    assert first["Location"] == second["Location"] == f"{roster_url(session)}#walk-ins"
    assert WalkIn.objects.filter(session=session).count() == 1
    roster = teaching.get(roster_url(session))
    assert roster.context["counts"]["walk_ins"] == 1

    teaching.post(url, {"first_name": "Jana", "token": _form_token(roster)})
    assert WalkIn.objects.filter(session=session).count() == 2


def test_a_form_kept_after_an_error_still_adds_once(teaching, session):
    url = reverse("events:walk_in", args=[session.pk])
    token = _form_token(teaching.get(url))
    refused = teaching.post(
        url, {"first_name": "Jana", "birth_year": "1850", "token": token}
    )
    assert _form_token(refused) == token
    for _ in range(2):
        teaching.post(url, {"first_name": "Jana", "birth_year": "2015", "token": token})
    assert WalkIn.objects.count() == 1


@pytest.mark.parametrize("token", ["", "not-a-key", "\x00" * 40])
def test_a_form_without_a_readable_key_still_adds_the_walk_in(teaching, session, token):
    url = reverse("events:walk_in", args=[session.pk])
    response = teaching.post(url, {"first_name": "Jana", "token": token})
    assert response.status_code == 302
    assert WalkIn.objects.get().form_token is None


@pytest.mark.parametrize(
    "data", [{"first_name": " "}, {"first_name": "Jana", "birth_year": "1850"}]
)
def test_a_bad_walk_in_is_shown_again_with_the_error(teaching, session, data):
    response = teaching.post(reverse("events:walk_in", args=[session.pk]), data)
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not WalkIn.objects.exists()


@pytest.fixture
def class_visit(catalogue):
    slot = EventFactory(
        course=ClassVisitFactory(parent=catalogue),
        sessions__days=0,
        sessions__hour=now_hour(),
        capacity=30,
    )
    return slot, GroupBookingFactory(event=slot, class_name="7b")


def test_a_class_is_listed_and_its_numbers_recorded(client, class_visit):
    slot, booking = class_visit
    client.force_login(instructor_of(slot))
    session = slot.sessions.get()
    roster = client.get(roster_url(session))
    assert "7b" in roster.content.decode()
    url = reverse("events:group_presence", args=[session.pk, booking.pk])
    form = client.get(url)
    assert form.context["form"].initial == {"pupils": 24, "adults": 3}
    response = client.post(url, {"pupils": "22", "adults": "2"})
    assert response["Location"] == f"{roster_url(session)}#class-{booking.pk}"
    booking.refresh_from_db()
    assert (booking.pupils_present, booking.adults_present) == (22, 2)


def test_wrong_class_numbers_are_shown_again(client, class_visit):
    slot, booking = class_visit
    client.force_login(instructor_of(slot))
    url = reverse("events:group_presence", args=[slot.sessions.get().pk, booking.pk])
    response = client.post(url, {"pupils": "-1", "adults": "x"})
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"pupils", "adults"}
    booking.refresh_from_db()
    assert booking.pupils_present is None


def test_a_class_of_another_slot_or_not_confirmed_is_not_found(
    client, class_visit, catalogue
):
    slot, booking = class_visit
    other_slot = EventFactory(course=ClassVisitFactory(parent=catalogue))
    elsewhere = GroupBookingFactory(event=other_slot)
    client.force_login(instructor_of(slot))
    session = slot.sessions.get()
    for target in (elsewhere.pk, 10**30):
        url = reverse("events:group_presence", args=[session.pk, target])
        assert client.post(url, {"pupils": 1, "adults": 1}).status_code == 404
    GroupBooking.objects.filter(pk=booking.pk).update(status="cancelled")
    url = reverse("events:group_presence", args=[session.pk, booking.pk])
    assert client.get(url).status_code == 404
    assert not GroupBooking.objects.filter(pupils_present__isnull=False).exists()


# The time window


@pytest.fixture
def upcoming(course, instructor, anna):
    """The instructor's event in three days, with Anna registered."""
    event = EventFactory(course=course, sessions__days=3)
    event.instructors.add(instructor)
    registration = RegistrationFactory(event=event, participant=anna.participant)
    return event.sessions.get(), registration


def test_marks_before_the_session_are_refused_with_a_message(teaching, upcoming):
    session, registration = upcoming
    roster = teaching.get(roster_url(session))
    assert "Attendance can be taken from" in roster.content.decode()
    assert "disabled>" in roster.content.decode()
    response = post_mark(teaching, session, registration, "present", follow=True)
    assert any("has not started yet" in m for m in page_messages(response))
    response = post_mark(teaching, session, registration, "present", **JSON)
    assert response.status_code == 403
    assert "has not started yet" in response.json()["error"]
    assert not Attendance.objects.exists()


def test_closing_walk_ins_and_classes_before_the_session_are_refused(
    teaching, upcoming
):
    session, _registration = upcoming
    close = teaching.post(
        reverse("events:close_session", args=[session.pk]), follow=True
    )
    assert any("has not started yet" in m for m in page_messages(close))
    walk_in = teaching.post(
        reverse("events:walk_in", args=[session.pk]), {"first_name": "Jana"}
    )
    assert "has not started yet" in walk_in.content.decode()
    assert not Attendance.objects.exists() and not WalkIn.objects.exists()


def test_after_the_window_instructors_read_and_coordinators_correct_with_a_reason(
    client, teaching, course, instructor, coordinator, anna
):
    event = EventFactory(course=course, sessions__days=-5)
    event.instructors.add(instructor)
    registration = RegistrationFactory(event=event, participant=anna.participant)
    session = event.sessions.get()
    assert (
        "no longer be changed here"
        in teaching.get(roster_url(session)).content.decode()
    )
    assert (
        post_mark(teaching, session, registration, "present", **JSON).status_code == 403
    )
    client.force_login(coordinator)
    roster = client.get(roster_url(session)).content.decode()
    assert "Reason for the correction" in roster
    assert (
        post_mark(client, session, registration, "present", **JSON).status_code == 400
    )
    response = post_mark(
        client, session, registration, "present", reason="Signed the paper list", **JSON
    )
    assert response.status_code == 200
    change = AttendanceChange.objects.get()
    assert (change.method, change.reason) == ("correction", "Signed the paper list")


# Who may see what


def test_another_instructors_session_is_not_found_on_every_url(
    teaching, other_event, class_visit
):
    session = other_event.sessions.get()
    registration = RegistrationFactory(event=other_event)
    slot, booking = class_visit
    urls = [
        ("get", roster_url(session), {}),
        (
            "post",
            mark_url(session),
            {"registration": registration.pk, "status": "present"},
        ),
        ("get", reverse("events:close_session", args=[session.pk]), {}),
        ("post", reverse("events:close_session", args=[session.pk]), {}),
        ("get", reverse("events:walk_in", args=[session.pk]), {}),
        ("post", reverse("events:walk_in", args=[session.pk]), {"first_name": "X"}),
        (
            "get",
            reverse("events:group_presence", args=[slot.sessions.get().pk, booking.pk]),
            {},
        ),
        (
            "post",
            reverse("events:group_presence", args=[slot.sessions.get().pk, booking.pk]),
            {"pupils": 1, "adults": 1},
        ),
    ]
    for method, url, data in urls:
        assert getattr(teaching, method)(url, data).status_code == 404, url
    response = teaching.post(
        mark_url(session),
        {"registration": registration.pk, "status": "present"},
        **JSON,
    )
    assert response.status_code == 404
    assert "error" in response.json()
    assert not Attendance.objects.exists() and not WalkIn.objects.exists()
    booking.refresh_from_db()
    assert booking.pupils_present is None


def test_a_registration_of_another_event_is_not_found(teaching, session, other_event):
    stranger = RegistrationFactory(event=other_event)
    assert post_mark(teaching, session, stranger, "present").status_code == 404
    response = post_mark(teaching, session, stranger, "present", **JSON)
    assert response.status_code == 404
    assert json.loads(response.content)["code"] == "not_found"
    assert not Attendance.objects.exists()


@pytest.mark.parametrize(
    "status", [Registration.Status.WAITLISTED, Registration.Status.CANCELLED]
)
def test_a_registration_not_confirmed_is_not_found(teaching, session, event, status):
    registration = RegistrationFactory(event=event, status=status)
    assert post_mark(teaching, session, registration, "present").status_code == 404
    assert not Attendance.objects.exists()


@pytest.mark.parametrize("value", ["", "abc", "-3", "0", str(10**30), "1.5"])
def test_nonsense_registration_ids_are_not_found(teaching, session, value):
    response = teaching.post(
        mark_url(session), {"registration": value, "status": "present"}
    )
    assert response.status_code == 404


def test_a_huge_session_id_is_not_found(teaching):
    assert teaching.get(reverse("events:roster", args=[10**30])).status_code == 404


def test_coordinators_may_mark_any_event(client, coordinator, session, anna):
    client.force_login(coordinator)
    assert client.get(roster_url(session)).status_code == 200
    assert post_mark(client, session, anna, "present").status_code == 302
    assert Attendance.objects.get().marked_by == coordinator
