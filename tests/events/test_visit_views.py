"""Class visits on the website: the slot finder, booking a slot for a class, and the
teacher's bookings. Pages in English (/en/); the rules are events.visits'."""

import datetime
import html
import io
import re

import pypdf
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.http import urlencode

from courses.models import CoursePage
from events import visit_documents, visits
from events.models import Event, GroupBooking
from tests.factories import (
    ClassVisitFactory,
    CoursePageFactory,
    EventFactory,
    GroupBookingFactory,
    SchoolFactory,
    TopicFactory,
    UserFactory,
    VenueFactory,
)

pytestmark = pytest.mark.django_db
Status = GroupBooking.Status


def url(name, *args, **query):
    with translation.override("en"):
        path = reverse(name, args=args)
    return f"{path}?{urlencode(query, doseq=True)}" if query else path


def page(response):
    """The response's HTML with entities decoded, for comparing with messages."""
    return html.unescape(response.content.decode())


def message(key, **params):
    with translation.override("en"):
        text = visits.MESSAGES[key]
        return str(text % params if params else text)


def booked_slots(response):
    """The ids of the slots with a booking link, in the order shown."""
    return [
        int(pk) for pk in re.findall(r"/en/class-visits/(\d+)/book/", page(response))
    ]


@pytest.fixture
def programme(catalogue):
    """Grades 5–8, 10–28 pupils, one adult for every 10 pupils, confirmed by staff."""
    return ClassVisitFactory(parent=catalogue, title="Chemie zum Anfassen")


@pytest.fixture
def slot(programme):
    return EventFactory(course=programme, capacity=30, sessions__days=20)


@pytest.fixture
def teacher(db):
    return UserFactory(first_name="Petra")


@pytest.fixture
def school(teacher):
    return SchoolFactory(teacher=teacher, name="Oberschule Zittau")


@pytest.fixture
def signed_in(client, teacher):
    client.force_login(teacher)
    return client


def form_data(school, **overrides):
    return {
        "school": school.pk,
        "class_name": "7b",
        "grade": 7,
        "pupils": 24,
        "adults": 3,
        "language": "de",
        "phone": "+49 3583 123456",
        "accessibility_needs": "",
        "remarks": "",
        **overrides,
    }


# The slot finder


def test_the_finder_lists_free_upcoming_slots_of_class_visit_programmes_only(
    client, catalogue, programme, slot
):
    full = EventFactory(course=programme, capacity=20, sessions__days=21)
    GroupBookingFactory(event=full, pupils=18, adults=2)
    past = EventFactory(course=programme, sessions__days=-2)
    cancelled = EventFactory(course=programme, sessions__days=22)
    Event.objects.filter(pk=cancelled.pk).update(status=Event.Status.CANCELLED)
    closed = EventFactory(
        course=programme,
        sessions__days=23,
        registration_closes_at=timezone.now() - datetime.timedelta(hours=1),
    )
    workshop = CoursePageFactory(parent=catalogue, title="Löten")
    other = EventFactory(course=workshop, sessions__days=20)

    response = client.get(url("events:class_visit_finder"))

    assert response.status_code == 200
    assert booked_slots(response) == [slot.pk]
    for hidden in (full, past, cancelled, closed, other):
        assert hidden.pk not in booked_slots(response)
    assert 'data-result-count="1"' in page(response)
    assert "Chemie zum Anfassen" in page(response)


def test_the_finder_shows_room_left_language_and_grades(client, slot):
    GroupBookingFactory(event=slot, pupils=20, adults=2)
    html_ = page(client.get(url("events:class_visit_finder", group="date")))
    assert "8 people" in html_
    assert "Deutsch" in html_
    assert "Grade 5 – Grade 8" in html_


@pytest.mark.parametrize(
    ("grade", "shown"), [(4, False), (5, True), (8, True), (9, False)]
)
def test_grade_filter_keeps_programmes_whose_range_fits(client, slot, grade, shown):
    response = client.get(url("events:class_visit_finder", grade=grade))
    assert (slot.pk in booked_slots(response)) is shown


def test_grade_filter_keeps_programmes_without_a_grade_range(client, catalogue):
    open_programme = ClassVisitFactory(parent=catalogue, grade_min=None, grade_max=None)
    open_slot = EventFactory(course=open_programme, capacity=30, sessions__days=10)
    response = client.get(url("events:class_visit_finder", grade=0))
    assert booked_slots(response) == [open_slot.pk]


@pytest.mark.parametrize(("grade", "shown"), [(0, True), (1, False), (4, False)])
def test_a_kita_programme_without_grades_is_offered_by_its_ages(
    client, catalogue, grade, shown
):
    kita = ClassVisitFactory(
        parent=catalogue, grade_min=None, grade_max=None, age_min=3, age_max=6
    )
    kita_slot = EventFactory(course=kita, capacity=30, sessions__days=10)
    response = client.get(url("events:class_visit_finder", grade=grade))
    assert (kita_slot.pk in booked_slots(response)) is shown


def test_subject_filter_uses_the_programmes_topics(client, catalogue, slot, programme):
    chemistry = TopicFactory(slug="chemie", name="Chemie")
    programme.topics.set([chemistry])
    programme.save_revision().publish()
    physics = ClassVisitFactory(parent=catalogue, title="Licht")
    physics.topics.set([TopicFactory(slug="physik", name="Physik")])
    physics.save_revision().publish()
    light = EventFactory(course=physics, capacity=30, sessions__days=12)

    response = client.get(url("events:class_visit_finder", subject="chemie"))
    assert booked_slots(response) == [slot.pk]
    response = client.get(url("events:class_visit_finder"))
    assert set(booked_slots(response)) == {slot.pk, light.pk}


def test_date_filters_include_both_days(client, programme, slot):
    later = EventFactory(course=programme, capacity=30, sessions__days=40)
    day = timezone.localdate() + datetime.timedelta(days=20)
    response = client.get(
        url(
            "events:class_visit_finder",
            date_from=day.isoformat(),
            date_to=day.isoformat(),
        )
    )
    assert booked_slots(response) == [slot.pk]
    response = client.get(
        url(
            "events:class_visit_finder",
            date_from=(day + datetime.timedelta(days=1)).isoformat(),
        )
    )
    assert booked_slots(response) == [later.pk]


def test_venue_and_language_filters_narrow_the_slots(client, programme, slot):
    elsewhere = EventFactory(
        course=programme,
        capacity=30,
        sessions__days=21,
        venue=VenueFactory(name="Hochschule", town="Görlitz"),
        language="pl",
    )
    response = client.get(url("events:class_visit_finder", venue=elsewhere.venue_id))
    assert booked_slots(response) == [elsewhere.pk]
    assert "Hochschule, Görlitz" in page(response)  # offered as a choice
    response = client.get(url("events:class_visit_finder", language="de"))
    assert booked_slots(response) == [slot.pk]


def test_a_bad_filter_value_is_marked_and_the_others_still_apply(client, slot):
    response = client.get(
        url("events:class_visit_finder", grade="seven", language="pl")
    )
    assert response.status_code == 200
    assert "Some filters could not be used" in page(response)
    assert booked_slots(response) == []


def test_the_programme_filter_shows_one_programme(client, catalogue, programme, slot):
    other = ClassVisitFactory(parent=catalogue, title="Licht")
    EventFactory(course=other, capacity=30, sessions__days=12)
    response = client.get(url("events:class_visit_finder", course=programme.pk))
    assert booked_slots(response) == [slot.pk]
    assert "Only slots of “Chemie zum Anfassen”." in page(response)


def test_an_unknown_programme_shows_no_slots(client, slot):
    response = client.get(url("events:class_visit_finder", course=999999))
    assert booked_slots(response) == []
    assert "This programme cannot be found." in page(response)


def test_slots_grouped_by_date_and_by_programme(client, catalogue, programme, slot):
    other = ClassVisitFactory(parent=catalogue, title="Licht")
    soon = EventFactory(course=other, capacity=30, sessions__days=5)
    late = EventFactory(course=other, capacity=30, sessions__days=30)
    by_date = client.get(url("events:class_visit_finder", group="date"))
    assert booked_slots(by_date) == [soon.pk, slot.pk, late.pk]
    by_programme = client.get(url("events:class_visit_finder"))
    assert booked_slots(by_programme) == [soon.pk, late.pk, slot.pk]


def test_the_calendar_shows_a_month_with_the_free_slots_on_their_day(client, slot):
    day = timezone.localtime(slot.starts_at).date()
    response = client.get(
        url("events:class_visit_finder", view="calendar", month=f"{day:%Y-%m}", grade=7)
    )
    html_ = page(response)
    assert response.status_code == 200
    assert '<table class="visit-calendar">' in html_
    cell = re.search(
        rf"<td[^>]*has-slots[^>]*>.*?{day.day}</span>.*?</td>", html_, re.S
    ).group(0)
    assert f"/en/class-visits/{slot.pk}/book/" in cell
    following = (day.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    next_link = re.search(r'href="([^"]*)" rel="next"', html_).group(1)
    assert f"month={following:%Y-%m}" in next_link
    assert "grade=7" in next_link and "view=calendar" in next_link


def test_the_calendar_of_an_empty_month_points_to_the_next_free_slot(client, programme):
    later = EventFactory(course=programme, capacity=30, sessions__days=70)
    html_ = page(client.get(url("events:class_visit_finder", view="calendar")))
    month = timezone.localtime(later.starts_at).date()
    assert "No free slots in" in html_
    link = re.search(r'<a href="([^"]*)">The next free slot is in', html_).group(1)
    assert f"month={month:%Y-%m}" in link
    assert 'rel="prev"' not in html_  # nothing can be booked before this month


@pytest.mark.parametrize(
    "query",
    [
        {"date_to": "9999-12-31"},
        {"date_from": "0001-01-01", "view": "calendar"},
        {"view": "calendar", "month": "0001-01"},
        {"view": "calendar", "month": "9999-12"},
        {"venue": "99999999999999999999", "grade": "-1", "subject": "nope"},
    ],
)
def test_dates_and_values_beyond_any_use_never_break_the_finder(client, slot, query):
    response = client.get(url("events:class_visit_finder", **query))
    assert response.status_code == 200


def test_a_bad_month_shows_the_current_month(client, slot):
    response = client.get(
        url("events:class_visit_finder", view="calendar", month="2027-13")
    )
    assert response.status_code == 200
    assert timezone.localdate().strftime("%Y") in page(response)


def _finder_queries(client, **query):
    client.get(url("events:class_visit_finder", **query))  # warm the site cache
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url("events:class_visit_finder", **query))
    assert response.status_code == 200
    return len(queries), len(booked_slots(response))


@pytest.mark.parametrize(
    "query",
    [{}, {"group": "date"}, {"view": "calendar"}, {"grade": 7, "subject": "chemie"}],
)
def test_the_finder_needs_the_same_queries_for_few_and_many_slots(
    client, catalogue, query
):
    chemistry = TopicFactory(slug="chemie", name="Chemie")
    today = timezone.localdate()
    month = (today + datetime.timedelta(days=35)).replace(day=1)
    query = {"month": f"{month:%Y-%m}", **query}

    def add_programme(number):
        programme = ClassVisitFactory(parent=catalogue, title=f"Programm {number}")
        programme.topics.set([chemistry, TopicFactory()])
        programme.save_revision().publish()
        for offset in (0, 1):
            day = month + datetime.timedelta(days=2 * number + offset)
            EventFactory(
                course=programme,
                capacity=30,
                venue=VenueFactory(),
                language="de" if number % 2 else "pl",
                sessions__days=(day - today).days,
            )

    add_programme(1)
    few, shown_few = _finder_queries(client, **query)
    for number in range(2, 6):
        add_programme(number)
    many, shown_many = _finder_queries(client, **query)
    assert shown_many > shown_few
    assert many == few


# Booking a slot


def test_booking_asks_anonymous_visitors_to_sign_in(client, slot):
    response = client.get(url("events:book_class_visit", slot.pk))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_the_booking_form_shows_the_programmes_rules(signed_in, school, slot):
    html_ = page(signed_in.get(url("events:book_class_visit", slot.pk)))
    assert "10 to 28 pupils" in html_
    assert "at least one adult for every 10 pupils" in html_
    assert "Grade 5 – Grade 8" in html_
    assert "Requests are confirmed by the organisers" in html_
    assert "You can cancel online until" in html_
    assert "You can change the number of pupils and adults online until" in html_
    assert '<option value="de" selected>' in html_  # the slot's language


def test_a_teacher_without_a_school_is_sent_to_add_one_and_back(signed_in, slot):
    html_ = page(signed_in.get(url("events:book_class_visit", slot.pk)))
    book = url("events:book_class_visit", slot.pk)
    assert f"{url('people:school_add')}?next={book}" in html_
    assert 'name="class_name"' not in html_


def test_a_request_is_sent_and_shown_as_not_yet_confirmed(
    signed_in, teacher, school, slot
):
    response = signed_in.post(
        url("events:book_class_visit", slot.pk), form_data(school)
    )
    booking = GroupBooking.objects.get()
    assert response.status_code == 302
    assert response["Location"] == url("events:class_visit", booking.pk)
    assert (booking.teacher, booking.school, booking.status) == (
        teacher,
        school,
        Status.REQUESTED,
    )
    assert (booking.pupils, booking.adults, booking.phone) == (24, 3, "+49 3583 123456")
    html_ = page(signed_in.get(response["Location"]))
    assert "Requested – not yet confirmed" in html_
    assert "It is not yet confirmed" in html_  # the message after booking


def test_a_programme_without_staff_check_confirms_at_once(
    signed_in, school, slot, programme
):
    programme.bookings_need_confirmation = False
    programme.save()
    response = signed_in.post(
        url("events:book_class_visit", slot.pk), form_data(school), follow=True
    )
    assert GroupBooking.objects.get().status == Status.CONFIRMED
    assert "booked and confirmed" in page(response)
    assert url(
        "events:class_visit_confirmation", GroupBooking.objects.get().pk
    ) in page(response)


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"pupils": 0}, ("pupils", {})),
        ({"pupils": -4}, ("pupils", {})),
        ({"adults": -1}, ("adults_negative", {})),
        ({"pupils": 8, "adults": 1}, ("too_few", {"min": 10})),
        ({"pupils": 29, "adults": 3}, ("too_many", {"max": 28})),
        ({"pupils": 24, "adults": 2}, ("adults", {"needed": 3, "per": 10})),
    ],
)
def test_each_rule_shows_its_message_and_keeps_the_input(
    signed_in, school, slot, overrides, expected
):
    data = form_data(school, class_name="Klasse 7 Bären", **overrides)
    response = signed_in.post(url("events:book_class_visit", slot.pk), data)
    assert response.status_code == 200
    assert message(expected[0], **expected[1]) in page(response)
    assert 'value="Klasse 7 Bären"' in page(response)
    assert not GroupBooking.objects.exists()


def test_a_class_larger_than_the_room_left_is_refused(signed_in, school, slot):
    GroupBookingFactory(event=slot, pupils=10, adults=1)
    response = signed_in.post(
        url("events:book_class_visit", slot.pk), form_data(school)
    )
    assert message("no_room", free=19, group=27) in page(response)
    assert GroupBooking.objects.count() == 1


def test_a_past_slot_cannot_be_booked(signed_in, school, programme):
    past = EventFactory(course=programme, capacity=30, sessions__days=-1)
    response = signed_in.get(url("events:book_class_visit", past.pk))
    assert message("past") in page(response)
    assert 'name="class_name"' not in page(response)
    response = signed_in.post(
        url("events:book_class_visit", past.pk), form_data(school)
    )
    assert message("past") in page(response)
    assert not GroupBooking.objects.exists()


def test_a_full_slot_says_so_instead_of_showing_the_form(signed_in, school, slot):
    GroupBookingFactory(event=slot, pupils=27, adults=3)
    html_ = page(signed_in.get(url("events:book_class_visit", slot.pk)))
    assert "Fully booked" in html_
    assert 'name="class_name"' not in html_


def test_a_refused_grade_is_not_booked(signed_in, school, slot, programme):
    programme.grade_rule = CoursePage.GradeRule.REFUSE
    programme.save()
    response = signed_in.post(
        url("events:book_class_visit", slot.pk), form_data(school, grade=10)
    )
    expected = message("grade_refused", range="Grade 5 – Grade 8", grade="Grade 10")
    assert expected in page(response)
    assert 'name="confirm_grade"' not in page(response)
    assert not GroupBooking.objects.exists()


def test_a_warned_grade_is_booked_only_after_confirming(signed_in, school, slot):
    book = url("events:book_class_visit", slot.pk)
    first = signed_in.post(book, form_data(school, grade=10))
    expected = message("grade_warning", range="Grade 5 – Grade 8", grade="Grade 10")
    assert expected in page(first)
    assert 'name="confirm_grade"' in page(first)
    assert 'name="warned_grade" value="10"' in page(first)
    assert not GroupBooking.objects.exists()

    # Confirming a note given for another grade does not count.
    other = signed_in.post(
        book, form_data(school, grade=11, confirm_grade="on", warned_grade=10)
    )
    assert 'name="warned_grade" value="11"' in page(other)
    assert not GroupBooking.objects.exists()

    signed_in.post(
        book, form_data(school, grade=10, confirm_grade="on", warned_grade=10)
    )
    assert GroupBooking.objects.get().grade == 10


def test_the_phone_number_is_required(client, teacher, school, slot):
    client.force_login(teacher)
    with translation.override("de"):
        path = reverse("events:book_class_visit", args=[slot.pk])
    response = client.post(path, form_data(school, phone=""))
    assert response.status_code == 200
    assert "Dieses Feld muss ausgefüllt werden." in page(response)
    assert not GroupBooking.objects.exists()


def test_another_teachers_school_is_not_found_and_nothing_is_written(
    signed_in, school, slot
):
    strangers = SchoolFactory()
    response = signed_in.post(
        url("events:book_class_visit", slot.pk), form_data(strangers)
    )
    assert response.status_code == 404
    assert not GroupBooking.objects.exists()


def test_unknown_and_non_class_visit_events_are_not_found(
    signed_in, catalogue, school, slot
):
    workshop = EventFactory(course=CoursePageFactory(parent=catalogue), capacity=30)
    for event_id in (slot.pk + 1000, workshop.pk):
        assert (
            signed_in.get(url("events:book_class_visit", event_id)).status_code == 404
        )
        response = signed_in.post(
            url("events:book_class_visit", event_id), form_data(school)
        )
        assert response.status_code == 404
    assert not GroupBooking.objects.exists()


def test_the_same_class_cannot_book_the_same_slot_twice(signed_in, school, programme):
    slot = EventFactory(course=programme, capacity=80, sessions__days=20)
    book = url("events:book_class_visit", slot.pk)
    signed_in.post(book, form_data(school))
    response = signed_in.post(book, form_data(school, pupils=10, adults=1))
    assert message("duplicate", class_name="7b") in page(response)
    assert GroupBooking.objects.count() == 1


# The teacher's bookings


@pytest.fixture
def booking(slot, school):
    return GroupBookingFactory(event=slot, school=school, status=Status.REQUESTED)


@pytest.fixture
def strangers_booking(slot):
    return GroupBookingFactory(event=slot, class_name="9c", status=Status.PROPOSED)


def test_the_list_shows_only_the_teachers_own_bookings(
    signed_in, booking, strangers_booking
):
    html_ = page(signed_in.get(url("events:class_visits")))
    assert url("events:class_visit", booking.pk) in html_
    assert url("events:class_visit", strangers_booking.pk) not in html_
    assert "Requested – not yet confirmed" in html_


def test_the_booking_page_explains_the_status(signed_in, booking):
    html_ = page(signed_in.get(url("events:class_visit", booking.pk)))
    assert "Requested – not yet confirmed" in html_
    assert "The organisers check it and confirm it by e-mail" in html_
    assert "Oberschule Zittau" in html_
    assert url("events:class_visit_confirmation", booking.pk) not in html_


@pytest.mark.parametrize(
    ("name", "method", "data"),
    [
        ("events:class_visit", "get", {}),
        ("events:class_visit_numbers", "post", {"pupils": 12, "adults": 2}),
        ("events:class_visit_cancel", "get", {}),
        ("events:class_visit_cancel", "post", {}),
        ("events:class_visit_answer", "post", {"answer": "accept"}),
        ("events:class_visit_answer", "post", {"answer": "decline"}),
        ("events:class_visit_confirmation", "get", {}),
        ("events:class_visit_participation", "get", {}),
    ],
)
def test_another_teachers_booking_is_not_found_and_unchanged(
    signed_in, booking, strangers_booking, name, method, data
):
    before = GroupBooking.objects.values().get(pk=strangers_booking.pk)
    response = getattr(signed_in, method)(url(name, strangers_booking.pk), data)
    assert response.status_code == 404
    assert GroupBooking.objects.values().get(pk=strangers_booking.pk) == before


def test_numbers_change_until_the_deadline(signed_in, booking):
    response = signed_in.post(
        url("events:class_visit_numbers", booking.pk), {"pupils": 20, "adults": 2}
    )
    assert response.status_code == 302
    booking.refresh_from_db()
    assert (booking.pupils, booking.adults) == (20, 2)


def test_numbers_breaking_a_rule_are_shown_with_the_message(signed_in, booking):
    response = signed_in.post(
        url("events:class_visit_numbers", booking.pk), {"pupils": 25, "adults": 1}
    )
    assert response.status_code == 200
    assert message("adults", needed=3, per=10) in page(response)
    assert 'value="25"' in page(response)
    booking.refresh_from_db()
    assert (booking.pupils, booking.adults) == (24, 3)


def test_numbers_cannot_change_after_the_deadline(signed_in, school, programme):
    soon = EventFactory(course=programme, capacity=30, sessions__days=2)
    late = GroupBookingFactory(event=soon, school=school)
    html_ = page(signed_in.get(url("events:class_visit", late.pk)))
    assert message("numbers_deadline", days=3) in html_
    assert 'name="pupils"' not in html_
    response = signed_in.post(
        url("events:class_visit_numbers", late.pk),
        {"pupils": 12, "adults": 2},
        follow=True,
    )
    assert message("numbers_deadline", days=3) in page(response)
    late.refresh_from_db()
    assert late.pupils == 24


def test_cancelling_asks_first_then_frees_the_places(signed_in, booking):
    cancel = url("events:class_visit_cancel", booking.pk)
    assert "Yes, cancel the class visit" in page(signed_in.get(cancel))
    booking.refresh_from_db()
    assert booking.status == Status.REQUESTED
    response = signed_in.post(cancel, follow=True)
    booking.refresh_from_db()
    assert booking.status == Status.CANCELLED
    assert "The class visit is cancelled." in page(response)


def test_cancelling_online_ends_at_the_deadline(signed_in, school, programme):
    soon = EventFactory(course=programme, capacity=30, sessions__days=1)
    late = GroupBookingFactory(event=soon, school=school)
    cancel = url("events:class_visit_cancel", late.pk)
    assert message("cancel_deadline") in page(signed_in.get(cancel))
    response = signed_in.post(cancel, follow=True)
    assert message("cancel_deadline") in page(response)
    late.refresh_from_db()
    assert late.status == Status.CONFIRMED


@pytest.mark.parametrize(
    ("answer", "status"), [("accept", Status.CONFIRMED), ("decline", Status.CANCELLED)]
)
def test_a_proposed_date_is_accepted_or_declined(signed_in, booking, answer, status):
    GroupBooking.objects.filter(pk=booking.pk).update(status=Status.PROPOSED)
    assert "Accept the new date" in page(
        signed_in.get(url("events:class_visit", booking.pk))
    )
    signed_in.post(url("events:class_visit_answer", booking.pk), {"answer": answer})
    booking.refresh_from_db()
    assert booking.status == status


def test_answering_without_a_proposal_changes_nothing(signed_in, booking):
    response = signed_in.post(
        url("events:class_visit_answer", booking.pk), {"answer": "accept"}, follow=True
    )
    assert message("not_proposed") in page(response)
    booking.refresh_from_db()
    assert booking.status == Status.REQUESTED


def test_the_answer_must_be_posted(signed_in, booking):
    assert (
        signed_in.get(url("events:class_visit_answer", booking.pk)).status_code == 405
    )


def test_the_confirmation_document_only_once_confirmed(signed_in, booking):
    document = url("events:class_visit_confirmation", booking.pk)
    assert signed_in.get(document).status_code == 404
    GroupBooking.objects.filter(pk=booking.pk).update(status=Status.CONFIRMED)
    response = signed_in.get(document)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def pdf_text(response):
    reader = pypdf.PdfReader(io.BytesIO(response.content))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_the_documents_print_only_the_visits_own_date(
    signed_in, school, programme, booking
):
    """The booking page loads its slot's sessions ahead; the documents must print the
    slot's date, never the sessions of every other date in the database."""
    others = [
        EventFactory(course=programme, sessions__days=days) for days in range(30, 90)
    ]
    past = EventFactory(course=programme, sessions__days=-3)
    visited = GroupBookingFactory(event=past, school=school)
    GroupBooking.objects.filter(pk=booking.pk).update(status=Status.CONFIRMED)

    for name, visit in [
        ("events:class_visit_confirmation", booking),
        ("events:class_visit_participation", visited),
    ]:
        response = signed_in.get(url(name, visit.pk))
        assert response.status_code == 200
        text = pdf_text(response)
        start = timezone.localtime(visit.event.starts_at)
        with translation.override(visit.teacher.preferred_language):
            assert formats.date_format(start, "DATE_FORMAT") in text
            for other in others[::10]:
                day = timezone.localtime(other.starts_at)
                assert formats.date_format(day, "DATE_FORMAT") not in text


def test_the_participation_document_only_after_a_confirmed_visit(
    signed_in, school, programme, booking, monkeypatch
):
    monkeypatch.setattr(
        visit_documents,
        "participation_pdf",
        lambda booking: b"%PDF-participation",
        raising=False,
    )
    past = EventFactory(course=programme, capacity=30, sessions__days=-3)
    visited = GroupBookingFactory(event=past, school=school)
    cancelled = GroupBookingFactory(event=past, school=school, status=Status.CANCELLED)
    GroupBooking.objects.filter(pk=booking.pk).update(status=Status.CONFIRMED)

    response = signed_in.get(url("events:class_visit_participation", visited.pk))
    assert response.status_code == 200
    assert response.content == b"%PDF-participation"
    assert url("events:class_visit_participation", visited.pk) in page(
        signed_in.get(url("events:class_visit", visited.pk))
    )
    for not_yet in (booking, cancelled):
        response = signed_in.get(url("events:class_visit_participation", not_yet.pk))
        assert response.status_code == 404


# Where teachers come from


def test_a_programme_page_offers_its_free_slots_for_a_class(client, programme, slot):
    full = EventFactory(course=programme, capacity=20, sessions__days=25)
    GroupBookingFactory(event=full, pupils=18, adults=2)
    html_ = page(client.get(programme.url))
    with translation.override("de"):
        book = reverse("events:book_class_visit", args=[slot.pk])
        book_full = reverse("events:book_class_visit", args=[full.pk])
        finder = reverse("events:class_visit_finder")
        register = reverse("events:register", args=[slot.pk])
    assert book in html_
    assert book_full not in html_
    assert f"{finder}?course={programme.pk}" in html_
    assert register not in html_


def test_the_home_pages_school_entry_leads_to_the_finder(client, home_page):
    with translation.override("de"):
        finder = reverse("events:class_visit_finder")
    html_ = page(client.get("/de/"))
    assert f'<h3><a href="{finder}">' in html_
    assert f'action="{finder}"' in html_
