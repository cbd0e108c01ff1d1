"""Fuzzing what events takes from people: the registration form, the class-visit finder
and booking form, the numbers of a booking, the instructor's roster marks, walk-ins,
class numbers, closing a session and the check-in endpoint (and its JSON), and CSRF on
every POST. Never a 500; payloads come back escaped; a form with errors keeps what was
typed; what is saved is what was typed."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone
from hypothesis import example, given
from hypothesis import strategies as st

from events.models import (
    AttendanceChange,
    Event,
    GroupBooking,
    Registration,
    Session,
    WalkIn,
)
from tests.factories import (
    ClassVisitFactory,
    CoursePageFactory,
    EventFactory,
    GroupBookingFactory,
    ParticipantFactory,
    RegistrationFactory,
    SchoolFactory,
    UserFactory,
)
from tests.fuzz import (
    answered,
    csrf_client,
    date_text,
    form_post,
    fuzz,
    harmless,
    injection,
    kept,
    nasty_text,
    number_text,
    params,
    query,
    raw_form,
    raw_query,
    refused_without_csrf,
    too_large,
)

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


def url(name, *args):
    return reverse(f"events:{name}", args=args)


def text_or_injection(max_size=40):
    return st.one_of(nasty_text(max_size=max_size), injection())


# The world: a parent, a course date, a class-visit slot, a teacher's booking, and a
# session running now with its instructor, a registration and a class.


@pytest.fixture
def parent(db):
    return UserFactory(first_name="Jana")


@pytest.fixture
def children(parent):
    return [
        ParticipantFactory(guardian=parent, first_name=name) for name in ("Ema", "Jan")
    ]


@pytest.fixture
def event(catalogue):
    return EventFactory(
        course=CoursePageFactory(parent=catalogue, title="Lego-Roboter"),
        capacity=3,
        sessions__days=14,
    )


@pytest.fixture
def slot(catalogue):
    programme = ClassVisitFactory(parent=catalogue, title="Chemie zum Anfassen")
    return EventFactory(course=programme, capacity=60, sessions__days=20)


@pytest.fixture
def teacher(db):
    return UserFactory(first_name="Petra")


@pytest.fixture
def school(teacher):
    return SchoolFactory(teacher=teacher, name="Oberschule Zittau")


@pytest.fixture
def booking(slot, school):
    return GroupBookingFactory(
        event=slot, school=school, status=GroupBooking.Status.REQUESTED
    )


@pytest.fixture
def running(catalogue):
    """A date whose session started this hour, with a registration and a class."""
    event = EventFactory(
        course=CoursePageFactory(parent=catalogue, title="Solarboote"),
        capacity=40,
        sessions__days=0,
        sessions__hour=timezone.localtime().hour,
    )
    RegistrationFactory(event=event, participant__first_name="Mia")
    GroupBookingFactory(event=event)
    return event


@pytest.fixture
def instructor(running):
    user = UserFactory()
    Group.objects.get(name="Instructors").user_set.add(user)
    running.instructors.add(user)
    return user


@pytest.fixture
def ended(catalogue):
    """A date that ended three days ago: only staff correct it, with a reason."""
    event = EventFactory(
        course=CoursePageFactory(parent=catalogue), sessions__days=-3, capacity=5
    )
    RegistrationFactory(event=event)
    return event


@pytest.fixture
def coordinator(db):
    user = UserFactory(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="change_attendance"))
    return user


@pytest.fixture
def sessions(client, running, instructor, ended, coordinator):
    """(signed-in client, session, registration id, class booking id) for the
    instructor's running session or the coordinator's ended one."""

    def pick(late):
        event, user = (ended, coordinator) if late else (running, instructor)
        client.force_login(user)
        session = event.sessions.get()
        registration = event.registrations.first()
        booking = event.group_bookings.first()
        return client, session, registration.pk, booking and booking.pk

    return pick


# Registering for a date


@given(
    chosen=st.lists(st.sampled_from([0, 1, "nasty"]), max_size=3),
    nasty_id=st.one_of(number_text(), injection()),
    together=st.one_of(st.just(""), st.sampled_from(["on", "1", "x"]), nasty_text()),
    remarks=text_or_injection(),
)
@fuzz(40)
@example(chosen=[0], nasty_id="", together="", remarks="<script>alert(1)</script>")
@example(chosen=[1], nasty_id="", together="on", remarks="\u202e\x00🤖")
@example(chosen=["nasty"], nasty_id="99999999999999999999", together="", remarks="")
def test_the_registration_form(
    client, parent, children, event, chosen, nasty_id, together, remarks
):
    client.force_login(parent)
    people = [nasty_id if c == "nasty" else children[c].pk for c in chosen]
    data = {"participants": people, "together": together, "remarks": remarks}
    response = harmless(form_post(client, url("register", event.pk), data), remarks)
    if response.status_code == 200:
        kept(response, remarks=remarks)
    elif response.status_code == 302:
        saved = Registration.objects.filter(event=event).latest("pk")
        assert saved.remarks == remarks.strip()
        harmless(client.get(url("my_registrations")), remarks)
    else:
        assert response.status_code == 404 and "nasty" in chosen


@given(body=raw_form(["participants", "together", "remarks"]))
@fuzz(25)
def test_the_registration_form_with_broken_encoding(client, parent, event, body):
    client.force_login(parent)
    answered(
        client.post(
            url("register", event.pk),
            body,
            content_type="application/x-www-form-urlencoded",
        )
    )


# Finding a class-visit slot

FINDER = ["grade", "subject", "date_from", "date_to", "venue", "language", "course"]
FINDER_VIEWS = ["view", "group", "month", "page"]


@given(pairs=params(FINDER + FINDER_VIEWS))
@fuzz(40)
@example(pairs=[("view", "calendar"), ("month", "9999-12"), ("date_from", "\x00")])
@example(pairs=[("course", "99999999999999999999"), ("group", "date")])
@example(pairs=[("month", "0001-01"), ("view", "calendar")])
def test_the_class_visit_finder(client, slot, pairs):
    response = harmless(
        client.get(f"{url('class_visit_finder')}?{query(pairs)}"),
        *(v for pair in pairs for v in pair),
    )
    assert response.status_code == 200
    last = dict(pairs)
    kept(response, **{k: v for k, v in last.items() if k in ("date_from", "date_to")})


@given(raw=raw_query(FINDER + FINDER_VIEWS))
@fuzz(25)
def test_the_class_visit_finder_with_broken_encoding(client, slot, raw):
    assert answered(client.get(f"{url('class_visit_finder')}?{raw}")).status_code == 200


# Booking a slot for a class

BOOKING_TEXT = ["class_name", "accessibility_needs", "remarks", "phone"]


@given(
    texts=st.fixed_dictionaries({name: text_or_injection() for name in BOOKING_TEXT}),
    numbers=st.fixed_dictionaries(
        {name: number_text() for name in ("pupils", "adults", "warned_grade")}
    ),
    grade=st.one_of(st.sampled_from(["7", "5", "13", "0"]), number_text()),
    language=st.one_of(st.sampled_from(["de", "pl"]), nasty_text(max_size=8)),
    confirm=st.sampled_from(["", "on"]),
    own_school=st.booleans(),
)
@fuzz(40)
@example(
    texts=dict.fromkeys(BOOKING_TEXT, '"><img src=x onerror=alert(1)>'),
    numbers={"pupils": "24", "adults": "-3", "warned_grade": ""},
    grade="7",
    language="de",
    confirm="",
    own_school=True,
)
@example(
    texts={"class_name": "7b", "accessibility_needs": "", "remarks": "\x00"},
    numbers={"pupils": "24", "adults": "3", "warned_grade": "9" * 30},
    grade="4",
    language="de",
    confirm="on",
    own_school=True,
)
def test_the_class_visit_booking_form(
    client, teacher, school, slot, texts, numbers, grade, language, confirm, own_school
):
    texts.setdefault("phone", "+49 3583 000000")
    client.force_login(teacher)
    data = {
        **texts,
        **numbers,
        "school": school.pk if own_school else "",
        "grade": grade,
        "language": language,
        "confirm_grade": confirm,
    }
    response = form_post(client, url("book_class_visit", slot.pk), data)
    harmless(response, *texts.values(), *numbers.values())
    if too_large(data):
        assert response.status_code == 400
    elif response.status_code == 200:
        kept(response, **texts, pupils=numbers["pupils"], adults=numbers["adults"])
    else:
        assert response.status_code == 302
        saved = GroupBooking.objects.latest("pk")
        assert saved.class_name == texts["class_name"].strip()
        assert saved.remarks == texts["remarks"].strip()
        harmless(client.get(response["Location"]), *texts.values())


@given(pupils=number_text(), adults=number_text())
@fuzz(30)
@example(pupils="12", adults="-1")
@example(pupils="-12", adults="3")
def test_the_numbers_of_a_booking(client, teacher, booking, pupils, adults):
    client.force_login(teacher)
    response = harmless(
        form_post(
            client,
            url("class_visit_numbers", booking.pk),
            {"pupils": pupils, "adults": adults},
        ),
        pupils,
        adults,
    )
    if response.status_code == 200:
        kept(response, pupils=pupils, adults=adults)
    else:
        assert response.status_code == 302


@given(
    name=st.sampled_from(
        ["class_visit_cancel", "class_visit_answer", "class_visit_numbers"]
    ),
    body=raw_form(["answer", "pupils", "adults"]),
)
@fuzz(25)
def test_the_other_booking_posts_with_any_body(client, teacher, booking, name, body):
    client.force_login(teacher)
    answered(
        client.post(
            url(name, booking.pk),
            body,
            content_type="application/x-www-form-urlencoded",
        )
    )


# Taking attendance


@given(
    late=st.booleans(),
    registration=st.one_of(st.just("ours"), number_text()),
    status=st.one_of(st.sampled_from(["present", "late", "absent"]), nasty_text()),
    reason=text_or_injection(),
    wants_json=st.booleans(),
)
@fuzz(40)
@example(
    late=False, registration="ours", status="present", reason="\x00", wants_json=True
)
@example(late=True, registration="ours", status="late", reason="\x00", wants_json=False)
def test_a_mark(sessions, late, registration, status, reason, wants_json):
    client, session, ours, _booking = sessions(late)
    data = {
        "registration": ours if registration == "ours" else registration,
        "status": status,
        "reason": reason,
    }
    extra = JSON if wants_json else {}
    changes = AttendanceChange.objects.count()
    response = harmless(
        form_post(client, url("mark", session.pk), data, **extra), reason
    )
    if wants_json:
        assert response["Content-Type"] == "application/json"
    if AttendanceChange.objects.count() > changes:
        # Kept as typed; a NUL, which nobody types and PostgreSQL cannot store, is not.
        change = AttendanceChange.objects.latest("pk")
        assert change.reason == reason.replace("\x00", "")
        harmless(client.get(url("roster", session.pk)), reason)


@given(
    late=st.booleans(),
    first_name=text_or_injection(),
    last_name=text_or_injection(),
    birth_year=st.one_of(st.just(""), st.integers(1890, 2040).map(str), number_text()),
)
@fuzz(40)
@example(
    late=False, first_name="<script>alert(1)</script>", last_name="", birth_year=""
)
@example(late=False, first_name="\u200b", last_name="\x00", birth_year="1e309")
def test_a_walk_in(sessions, late, first_name, last_name, birth_year):
    client, session, *_ = sessions(late)
    data = {"first_name": first_name, "last_name": last_name, "birth_year": birth_year}
    response = harmless(
        form_post(client, url("walk_in", session.pk), data), first_name, last_name
    )
    if response.status_code == 200:
        kept(response, first_name=first_name, last_name=last_name)
    else:
        assert response.status_code == 302
        person = WalkIn.objects.latest("pk")
        assert person.first_name == first_name.strip()
        harmless(client.get(url("roster", session.pk)), first_name, last_name)


@given(
    late=st.booleans(),
    pupils=number_text(),
    adults=number_text(),
    reason=text_or_injection(),
)
@fuzz(30)
@example(late=True, pupils="20", adults="2", reason="\x00")
def test_the_numbers_of_a_class_present(sessions, late, pupils, adults, reason):
    client, session, _registration, booking = sessions(late)
    if booking is None:  # the ended date has no class: someone else's id
        booking = GroupBookingFactory(event=session.event).pk
    data = {"pupils": pupils, "adults": adults, "reason": reason}
    response = harmless(
        form_post(client, url("group_presence", session.pk, booking), data),
        pupils,
        adults,
        reason,
    )
    if response.status_code == 200:
        kept(response, pupils=pupils, adults=adults)
    else:
        assert response.status_code == 302


@given(late=st.booleans(), reason=text_or_injection())
@fuzz(25)
@example(late=True, reason="\x00")
def test_closing_a_session(sessions, late, reason):
    client, session, *_ = sessions(late)
    response = form_post(client, url("close_session", session.pk), {"reason": reason})
    assert answered(response).status_code == 302
    harmless(client.get(response["Location"]), reason)


@given(
    late=st.booleans(),
    code=st.one_of(st.just("ticket"), text_or_injection()),
    reason=text_or_injection(),
    scanned_at=st.one_of(st.just(""), date_text()),
    wants_json=st.booleans(),
)
@fuzz(40)
@example(late=False, code="ticket", reason="\x00", scanned_at="", wants_json=True)
@example(
    late=True,
    code="ticket",
    reason="x",
    scanned_at="0001-01-01T00:00:00+01:00",
    wants_json=True,
)
@example(
    late=False, code="MINT-TICKET:<script>", reason="", scanned_at="", wants_json=False
)
def test_a_check_in(sessions, late, code, reason, scanned_at, wants_json):
    client, session, registration_id, _booking = sessions(late)
    if code == "ticket":
        code = str(Registration.objects.get(pk=registration_id).ticket)
    data = {"code": code, "reason": reason, "scanned_at": scanned_at}
    extra = JSON if wants_json else {}
    response = harmless(
        form_post(client, url("check_in", session.pk), data, **extra), code, reason
    )
    if wants_json:
        assert response["Content-Type"] == "application/json"
        assert set(response.json()) >= {"result", "message"}
    else:
        assert response.status_code == 302
        harmless(client.get(response["Location"]), code, reason)


# What parents and teachers typed, shown to instructors and printed


def typed_name(max_length=100):
    """A name as the participant and school forms take it: no NUL, not blank."""
    return text_or_injection().map(
        lambda text: text.replace("\x00", "").strip()[:max_length] or "A"
    )


@given(
    first_name=typed_name(),
    last_name=typed_name(),
    notes=text_or_injection(max_size=200).map(lambda text: text.replace("\x00", "")),
)
@fuzz(20)
@example(
    first_name="<script>alert(1)</script>",
    last_name='"><img src=x onerror=alert(1)>',
    notes="</textarea><script>alert(1)</script>\n\u202e🤖",
)
def test_any_name_and_notes_on_the_roster_and_at_check_in(
    sessions, first_name, last_name, notes
):
    client, session, *_ = sessions(False)
    registration = RegistrationFactory(
        event=session.event,
        participant__first_name=first_name,
        participant__last_name=last_name,
        participant__notes_for_instructor=notes,
    )
    typed = (first_name, last_name, notes)
    assert harmless(client.get(url("roster", session.pk)), *typed).status_code == 200
    assert harmless(client.get(url("my_sessions")), *typed).status_code == 200
    ticket = {"code": str(registration.ticket)}
    checked = form_post(client, url("check_in", session.pk), ticket, **JSON)
    assert checked.json()["name"] == f"{first_name} {last_name}"
    checked = form_post(client, url("check_in", session.pk), ticket)  # again
    harmless(client.get(checked["Location"]), *typed)


@given(
    school=typed_name(200),
    class_name=typed_name(40),
    phone=typed_name(40),
    remarks=text_or_injection(max_size=200).map(lambda text: text.replace("\x00", "")),
)
@fuzz(15)
@example(
    school="<b>Grundschule</b> & <i>Kita</i>",
    class_name="7<b",
    phone="\u202e+49 🤖",
    remarks="</para><font>",
)
def test_the_class_visit_documents_print_any_text(
    client, teacher, slot, school, class_name, phone, remarks
):
    booking = GroupBookingFactory(
        event=slot,
        school=SchoolFactory(teacher=teacher, name=school),
        class_name=class_name,
        phone=phone,
        remarks=remarks,
    )
    client.force_login(teacher)
    page = client.get(url("class_visit", booking.pk))
    assert harmless(page, school, class_name, phone, remarks).status_code == 200
    pdf = client.get(url("class_visit_confirmation", booking.pk))
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    # The visit took place yesterday: the class's confirmation of participation.
    GroupBooking.objects.filter(pk=booking.pk).update(pupils_present=20)
    ended = timezone.now() - datetime.timedelta(days=1)
    began = ended - datetime.timedelta(hours=2)
    Session.objects.filter(event=slot).update(starts_at=began, ends_at=ended)
    Event.objects.filter(pk=slot.pk).update(starts_at=began, ends_at=ended)
    pdf = client.get(url("class_visit_participation", booking.pk))
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


# CSRF: every POST of the events area refuses a request without the token.


def _posts(parent, children, event, teacher, booking, running, instructor):
    session = running.sessions.get()
    class_booking = running.group_bookings.get()
    registration = RegistrationFactory(event=event, participant=children[0])
    form = {"remarks": "x", "reason": "x", "pupils": "1", "adults": "1"}
    return [
        (parent, url("register", event.pk), {"participants": children[1].pk}),
        (parent, url("cancel", registration.pk), {}),
        (teacher, url("book_class_visit", booking.event.pk), form),
        (teacher, url("class_visit_numbers", booking.pk), form),
        (teacher, url("class_visit_cancel", booking.pk), {}),
        (teacher, url("class_visit_answer", booking.pk), {"answer": "accept"}),
        (instructor, url("mark", session.pk), {"status": "present"}),
        (instructor, url("close_session", session.pk), form),
        (instructor, url("walk_in", session.pk), {"first_name": "Ola"}),
        (
            instructor,
            url("group_presence", session.pk, class_booking.pk),
            form,
        ),
    ]


def test_every_post_needs_the_csrf_token(
    parent, children, event, teacher, booking, running, instructor
):
    """(The check-in endpoint: tests/events/test_scan.py.)"""
    posts = _posts(parent, children, event, teacher, booking, running, instructor)
    before = (
        Registration.objects.values_list("pk", "status").order_by("pk"),
        GroupBooking.objects.values_list("pk", "status", "pupils").order_by("pk"),
    )
    before = [list(rows) for rows in before]
    for user, path, data in posts:
        refused_without_csrf(form_post(csrf_client(user), path, data), path)
    after = (
        Registration.objects.values_list("pk", "status").order_by("pk"),
        GroupBooking.objects.values_list("pk", "status", "pupils").order_by("pk"),
    )
    assert [list(rows) for rows in after] == before
    assert not WalkIn.objects.exists()
    assert not AttendanceChange.objects.exists()
