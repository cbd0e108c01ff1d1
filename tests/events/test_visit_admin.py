"""Class visits in the admin: the request queue with its filters and export, a
booking's page and the staff actions through events.visits, slots in bulk, the slot
calendar, the figures, and who may reach them."""

import csv
import datetime
import io

import openpyxl
import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from events import slots, visits
from events.admin_views import VISIT_MESSAGES, visit_figures
from events.models import Event, GroupBooking, Session
from events.viewsets import GroupBookingViewSet
from mint.people.models import School
from tests.factories import (
    ClassVisitFactory,
    CoursePageFactory,
    EventFactory,
    GroupBookingFactory,
    SchoolFactory,
    UserFactory,
    VenueFactory,
    staff_with,
)

pytestmark = pytest.mark.django_db

Status = GroupBooking.Status
QUEUE = reverse("events_groupbooking:index")
CALENDAR = reverse("class_visit_calendar:index")
NEW_SLOTS = reverse("class_visit_slots:index")
FIGURES = reverse("class_visit_figures:index")


@pytest.fixture
def programme(catalogue):
    return ClassVisitFactory(parent=catalogue, title="Chemie zum Anfassen")


@pytest.fixture
def other_programme(catalogue):
    return ClassVisitFactory(parent=catalogue, title="Strom selbst erzeugen")


# The admin speaks German (the site's default language): the expected texts are German.


@pytest.fixture
def coordinator():
    return UserFactory(is_staff=True, is_superuser=True)


@pytest.fixture
def admin(client, coordinator):
    client.force_login(coordinator)
    return client


def slot_of(course, days=20, **kwargs):
    kwargs.setdefault("capacity", 30)
    event = EventFactory(course=course, sessions__days=days, **kwargs)
    event.refresh_from_db()  # the dates come from the sessions
    return event


def booking_on(event, status=Status.REQUESTED, **kwargs):
    return GroupBookingFactory(event=event, status=status, **kwargs)


def school(name, **kwargs):
    return SchoolFactory(name=name, **kwargs)


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def inspect_url(booking):
    return reverse("events_groupbooking:inspect", args=[booking.pk])


def action_url(name, booking):
    return reverse(f"events_groupbooking:{name}", args=[booking.pk])


def shown(response):
    return [booking.pk for booking in response.context["object_list"]]


def refreshed(booking):
    booking.refresh_from_db()
    return booking


# The queue


def test_the_queue_shows_requests_to_decide_first(admin, programme):
    soon, later = slot_of(programme, days=5), slot_of(programme, days=40)
    past = slot_of(programme, days=-10)
    confirmed_soon = booking_on(soon, Status.CONFIRMED)
    requested_later = booking_on(later, school=school("Grundschule Ostritz"))
    requested_soon = booking_on(soon, class_name="4c")
    visited = booking_on(past, Status.CONFIRMED)

    response = admin.get(QUEUE)

    assert response.status_code == 200
    assert shown(response) == [
        requested_soon.pk,
        requested_later.pk,
        confirmed_soon.pk,
        visited.pk,
    ]
    row = soup(response).find("a", href=inspect_url(requested_later)).find_parent("tr")
    text = " ".join(row.get_text(" ").split())
    for expected in ("Chemie zum Anfassen", "Grundschule Ostritz", "24 + 3"):
        assert expected in text


def test_the_queue_can_be_sorted_by_a_column(admin, programme):
    bookings = [
        booking_on(slot_of(programme), school=school(name))
        for name in ("Cottaschule", "Augustum", "Bergschule")
    ]
    response = admin.get(QUEUE + "?ordering=school__name")
    assert shown(response) == [bookings[1].pk, bookings[2].pk, bookings[0].pk]


@pytest.fixture
def varied(programme, other_programme):
    """Bookings that differ in each way the queue filters by."""
    polish = school("Szkoła Podstawowa nr 3", country="PL")
    polish.teacher.email = "nauczyciel@szkola.pl"
    polish.teacher.save()
    return {
        "requested": booking_on(slot_of(programme, days=10), class_name="Sonnenklasse"),
        "confirmed": booking_on(
            slot_of(programme, days=45),
            Status.CONFIRMED,
            school=school("Gymnasium Zittau", school_type=School.Type.GRAMMAR),
        ),
        "polish": booking_on(
            slot_of(other_programme, days=12), Status.PROPOSED, school=polish
        ),
        "declined": booking_on(slot_of(programme, days=11), Status.DECLINED),
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status=requested", {"requested"}),
        ("status=proposed", {"polish"}),
        ("status=declined", {"declined"}),
        ("programme={other}", {"polish"}),
        ("school_type=grammar", {"confirmed"}),
        ("country=PL", {"polish"}),
        ("date_from={in30}", {"confirmed"}),
        ("date_to={in11}", {"requested", "declined"}),
        ("date_from={in11}&date_to={in11}", {"declined"}),
        ("q=szkoła", {"polish"}),
        ("q=nauczyciel@szkola", {"polish"}),
        ("q=sonnen", {"requested"}),
        ("q=gymnasium zittau", {"confirmed"}),
        ("q=gibt-es-nicht", set()),
    ],
)
def test_the_queue_filters_and_searches(
    admin, other_programme, varied, query, expected
):
    today = timezone.localdate()
    query = query.format(
        other=other_programme.pk,
        in30=today + datetime.timedelta(days=30),
        in11=today + datetime.timedelta(days=11),
    )

    response = admin.get(QUEUE + "?" + query)

    assert response.status_code == 200
    assert set(shown(response)) == {varied[name].pk for name in expected}


def test_the_filters_offer_only_class_visit_programmes(admin, programme, catalogue):
    CoursePageFactory(parent=catalogue, title="Löten für Anfänger")
    response = admin.get(QUEUE)
    field = response.context["filters"].form.fields["programme"]
    assert [course.title for course in field.queryset] == ["Chemie zum Anfassen"]


def test_the_queue_exports_csv_with_school_type_country_and_numbers_present(
    admin, programme
):
    visited = booking_on(
        slot_of(programme, days=-3),
        Status.CONFIRMED,
        school=school("=Formelschule", country="CZ", school_type=School.Type.PRIMARY),
        pupils_present=21,
        adults_present=2,
    )
    booking_on(slot_of(programme), Status.REQUESTED)

    response = admin.get(QUEUE + "?export=csv&status=confirmed")

    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    header, *rows = list(csv.reader(io.StringIO(content)))
    assert len(rows) == 1
    row = dict(zip(GroupBookingViewSet.list_export, rows[0], strict=True))
    assert row["event.starts_at"] == timezone.localtime(
        visited.event.starts_at
    ).strftime("%Y-%m-%d %H:%M")
    assert row["event.course.title"] == "Chemie zum Anfassen"
    assert row["school.name"] == "'=Formelschule"  # defused for spreadsheets
    assert row["school.get_school_type_display"] == str(School.Type.PRIMARY.label)
    assert row["school.get_country_display"] == "Tschechien"
    assert (row["pupils"], row["adults"]) == ("24", "3")
    assert (row["pupils_present"], row["adults_present"]) == ("21", "2")
    assert header[header.index("Schulart")] and "Land der Schule" in header


def test_the_queue_exports_xlsx(admin, programme):
    booking_on(slot_of(programme), school=school("Oberschule Herrnhut"))

    response = admin.get(QUEUE + "?export=xlsx")

    assert response.status_code == 200
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.active.values)
    assert len(rows) == 2
    assert "Oberschule Herrnhut" in rows[1]
    assert isinstance(rows[1][0], datetime.datetime)


def test_the_queue_query_count_does_not_grow(admin, programme):
    def book(count):
        for _ in range(count):
            booking_on(slot_of(programme))

    book(2)
    admin.get(QUEUE)  # warm caches filled once per process
    with CaptureQueriesContext(connection) as few:
        assert admin.get(QUEUE).status_code == 200
    book(10)
    with CaptureQueriesContext(connection) as many:
        response = admin.get(QUEUE)
    assert len(response.context["object_list"]) == 12
    assert len(many) == len(few)


# A booking's page and the staff actions


@pytest.fixture
def slot(programme):
    return slot_of(programme)


@pytest.fixture
def request_(slot):
    return booking_on(
        slot,
        school=school("Oberschule Zittau", country="DE"),
        class_name="7b",
        pupils=24,
        adults=3,
        remarks="Zwei Kinder im Rollstuhl",
    )


def test_the_booking_page_shows_the_details_and_actions(admin, request_):
    response = admin.get(inspect_url(request_))

    assert response.status_code == 200
    page = soup(response)
    text = " ".join(page.get_text(" ").split())
    for expected in (
        "Oberschule Zittau",
        "7b",
        "Zwei Kinder im Rollstuhl",
        request_.teacher.email,
        "Chemie zum Anfassen",
    ):
        assert expected in text
    actions = {
        form["data-visit-action"] for form in page.select("form[data-visit-action]")
    }
    assert actions == {"confirm", "decline", "propose"}
    assert page.select_one("a[data-visit-action=cancel]")


def test_confirming_goes_through_the_service_and_mails_the_teacher(
    admin, request_, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(action_url("confirm", request_), follow=True)

    assert refreshed(request_).status == Status.CONFIRMED
    assert any("ist bestätigt" in message for message in messages_of(response))
    assert [message.to for message in mail.outbox] == [[request_.teacher.email]]
    assert "Chemie zum Anfassen" in mail.outbox[0].subject
    attachments = [name for name, *_ in mail.outbox[0].attachments]
    assert "class-visit-confirmation.pdf" in attachments


def test_confirming_twice_says_why_not_instead_of_failing(
    admin, request_, django_capture_on_commit_callbacks
):
    admin.post(action_url("confirm", request_))

    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(action_url("confirm", request_), follow=True)

    assert response.status_code == 200
    assert str(visits.MESSAGES["not_requested"]) in messages_of(response)
    assert mail.outbox == []


def test_declining_needs_a_message_and_keeps_the_page(admin, request_):
    response = admin.post(action_url("decline", request_), {"message": "  "})

    assert response.status_code == 200
    assert refreshed(request_).status == Status.REQUESTED
    form = response.context["decline_form"]
    assert form.errors["message"] == [
        "Bitte teilen Sie der Lehrkraft mit, warum die Anfrage abgelehnt wird."
    ]


def test_declining_tells_the_teacher_why(
    admin, request_, django_capture_on_commit_callbacks
):
    reason = "An diesem Tag ist die Ausstellung geschlossen."
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(action_url("decline", request_), {"message": reason})

    assert response.status_code == 302
    declined = refreshed(request_)
    assert (declined.status, declined.staff_message) == (Status.DECLINED, reason)
    assert len(mail.outbox) == 1
    assert reason in mail.outbox[0].body


def test_proposing_offers_only_slots_of_the_programme_with_room(
    admin, programme, other_programme, slot, request_
):
    free = slot_of(programme, days=30)
    partly_taken = slot_of(programme, days=31)
    booking_on(partly_taken, Status.CONFIRMED, pupils=2, adults=1)  # 27 free: fits
    too_full = slot_of(programme, days=32)
    booking_on(too_full, Status.REQUESTED, pupils=3, adults=1)  # 26 free
    slot_of(programme, days=33, status=Event.Status.CANCELLED)
    slot_of(programme, days=-2)
    slot_of(programme, days=34, capacity=20)
    closed = slot_of(programme, days=35)
    Event.objects.filter(pk=closed.pk).update(registration_closes_at=timezone.now())
    slot_of(other_programme, days=30)

    response = admin.get(inspect_url(request_))

    choices = response.context["propose_form"].fields["to_event"].queryset
    assert list(choices) == [free, partly_taken]
    options = soup(response).select("select[name=to_event] option")
    with translation.override("de"):
        places = translation.ngettext(
            "%(free)s of %(capacity)s place free",
            "%(free)s of %(capacity)s places free",
            30,
        ) % {"free": 27, "capacity": 30}
    assert options[1].get_text().endswith(places)


def test_proposing_another_slot_moves_the_booking_and_asks_the_teacher(
    admin, programme, request_, django_capture_on_commit_callbacks
):
    other = slot_of(programme, days=30)

    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(
            action_url("propose", request_),
            {"to_event": other.pk, "message": "Am Dienstag ist es ruhiger."},
            follow=True,
        )

    proposed = refreshed(request_)
    assert (proposed.status, proposed.event_id) == (Status.PROPOSED, other.pk)
    assert proposed.staff_message == "Am Dienstag ist es ruhiger."
    assert any("vorgeschlagen" in message for message in messages_of(response))
    assert len(mail.outbox) == 1
    assert "Am Dienstag ist es ruhiger." in mail.outbox[0].body


@pytest.mark.parametrize("target", ["other programme", "full", "same", "nonsense"])
def test_proposing_a_slot_that_is_not_offered_is_refused(
    admin, programme, other_programme, request_, target
):
    full = slot_of(programme, days=30, capacity=10)
    to_event = {
        "other programme": slot_of(other_programme, days=30).pk,
        "full": full.pk,
        "same": request_.event_id,
        "nonsense": "abc",
    }[target]

    response = admin.post(
        action_url("propose", request_), {"to_event": to_event, "message": "Bitte"}
    )

    assert response.status_code == 200
    assert response.context["propose_form"].errors["to_event"] == [
        "Bitte wählen Sie einen der Termine, die genug Platz für diese Klasse haben."
    ]
    assert response.context["propose_form"]["message"].value() == "Bitte"
    unchanged = refreshed(request_)
    assert (unchanged.status, unchanged.event_id) == (
        Status.REQUESTED,
        request_.event_id,
    )


def test_a_refusal_of_the_service_is_shown_and_keeps_the_message(
    admin, programme, request_, monkeypatch
):
    other = slot_of(programme, days=30)

    # Somebody else books the slot between the page and the click: the service says no.
    def taken_meanwhile(**kwargs):
        raise visits.BookingError("Dieser Termin ist inzwischen voll.", code="rules")

    monkeypatch.setattr(visits, "propose", taken_meanwhile)

    response = admin.post(
        action_url("propose", request_), {"to_event": other.pk, "message": "Bitte"}
    )

    assert response.status_code == 200
    assert "Dieser Termin ist inzwischen voll." in messages_of(response)
    assert response.context["propose_form"]["message"].value() == "Bitte"


def test_a_proposal_can_be_replaced_but_not_confirmed_by_staff(
    admin, programme, request_
):
    first, second = slot_of(programme, days=30), slot_of(programme, days=31)
    admin.post(action_url("propose", request_), {"to_event": first.pk})

    page = soup(admin.get(inspect_url(request_)))
    actions = {
        form["data-visit-action"] for form in page.select("form[data-visit-action]")
    }
    assert actions == {"propose"}

    admin.post(action_url("propose", request_), {"to_event": second.pk})
    assert refreshed(request_).event_id == second.pk


def test_cancelling_asks_first_then_cancels_and_tells_the_teacher(
    admin, request_, django_capture_on_commit_callbacks
):
    question = admin.get(action_url("cancel", request_))
    assert question.status_code == 200
    assert "Den Besuch der Klasse 7b (Oberschule Zittau)" in question.content.decode()
    assert refreshed(request_).status == Status.REQUESTED

    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(action_url("cancel", request_), follow=True)

    assert refreshed(request_).status == Status.CANCELLED
    assert any("wurde storniert" in message for message in messages_of(response))
    assert len(mail.outbox) == 1
    # Nothing left to do on a cancelled booking.
    page = soup(response)
    assert not page.select("form[data-visit-action]") and not page.select(
        "[data-visit-action]"
    )
    assert admin.get(action_url("cancel", request_)).status_code == 302


def test_an_unknown_booking_is_not_found(admin):
    assert (
        admin.get(reverse("events_groupbooking:inspect", args=[999])).status_code == 404
    )
    assert (
        admin.post(reverse("events_groupbooking:confirm", args=[999])).status_code
        == 404
    )


# Slots in bulk


def next_year():
    return timezone.localdate().year + 1


def slot_form(course, venue, **overrides):
    year = next_year()
    return {
        "course": course.pk,
        "venue": venue.pk,
        "weekdays": ["2"],  # Wednesdays
        "times": "09:00, 11:00",
        "duration": "90",
        "first_day": f"{year}-11-01",
        "last_day": f"{year}-11-30",
        "capacity": "30",
        "language": "de",
        "closed": "",
        **overrides,
    }


def bettag(year):
    """Buß- und Bettag: the Wednesday before 23 November."""
    day = datetime.date(year, 11, 22)
    return day - datetime.timedelta(days=(day.weekday() - 2) % 7)


@pytest.fixture
def venue():
    return VenueFactory(name="Science-Center Zittau", country="DE")


def test_create_slots_starts_from_the_programme(admin, programme, catalogue):
    CoursePageFactory(parent=catalogue, title="Löten für Anfänger")

    response = admin.get(NEW_SLOTS + f"?course={programme.pk}")

    assert response.status_code == 200
    form = response.context["form"]
    assert form["course"].value() == programme.pk
    assert [c.title for c in form.fields["course"].queryset] == ["Chemie zum Anfassen"]


def test_the_preview_lists_slots_and_skipped_days_and_creates_nothing(
    admin, programme, venue
):
    year = next_year()
    closed = f"{year}-11-08 – {year}-11-12 Herbstferien"  # Mon–Fri

    response = admin.post(
        NEW_SLOTS, {**slot_form(programme, venue, closed=closed), "preview": "1"}
    )

    assert response.status_code == 200
    assert not Event.objects.exists()
    wednesdays = [
        day
        for day in (datetime.date(year, 11, n) for n in range(1, 31))
        if day.weekday() == 2
    ]
    skipped = {skip.day: skip.reason for skip in response.context["skipped"]}
    assert skipped[bettag(year)] == "Feiertag: Buß- und Bettag"
    assert skipped[datetime.date(year, 11, 10)].startswith("Geschlossen: Herbstferien")
    slot_days = {start.date() for start, _end, _exists in response.context["rows"]}
    assert slot_days == set(wednesdays) - set(skipped)
    assert response.context["new_count"] == 2 * len(slot_days)
    page = soup(response)
    assert page.select_one("button[data-create]")
    assert "Buß- und Bettag" in page.select_one("[data-preview-skipped]").get_text()


def test_creating_makes_the_slots_and_leads_to_the_calendar(admin, programme, venue):
    response = admin.post(NEW_SLOTS, {**slot_form(programme, venue), "create": "1"})

    assert response.status_code == 302
    assert response["Location"].startswith(CALENDAR)
    events = Event.objects.filter(course=programme)
    assert events.count() == 2 * 3  # four Wednesdays in November, one Buß- und Bettag
    assert Session.objects.filter(event__course=programme).count() == 6
    starts = {timezone.localtime(event.starts_at).time() for event in events}
    assert starts == {datetime.time(9), datetime.time(11)}
    assert all(
        event.ends_at - event.starts_at == datetime.timedelta(minutes=90)
        for event in events
    )
    assert not events.filter(starts_at__date=bettag(next_year())).exists()

    again = admin.post(NEW_SLOTS, {**slot_form(programme, venue), "create": "1"})

    assert again.status_code == 200
    assert (
        "Alle diese Termine gibt es bereits; es wurde nichts angelegt."
        in messages_of(again)
    )
    assert Event.objects.filter(course=programme).count() == 6


@pytest.mark.parametrize(
    ("overrides", "field", "error"),
    [
        ({"weekdays": []}, "weekdays", ""),
        ({"times": "9 Uhr"}, "times", "„Uhr“ ist keine Uhrzeit."),
        ({"times": " "}, "times", ""),
        (
            {"first_day": "2020-01-01"},
            "first_day",
            "Der erste Tag darf nicht in der Vergangenheit liegen.",
        ),
        (
            {"last_day": "{year}-10-01"},
            "last_day",
            "Der letzte Tag darf nicht vor dem ersten liegen.",
        ),
        (
            {"last_day": "{next}-12-01"},
            "last_day",
            "Bitte höchstens ein Jahr auf einmal.",
        ),
        ({"closed": "Ostern"}, "closed", "Zeile 1: „Ostern“ ist weder ein Datum"),
        ({"duration": "5"}, "duration", "15"),
        ({"capacity": "0"}, "capacity", ""),
    ],
)
def test_bad_input_is_shown_at_the_field_and_kept(
    admin, programme, venue, overrides, field, error
):
    year = next_year()
    overrides = {
        key: value.format(year=year, next=year + 1) if isinstance(value, str) else value
        for key, value in overrides.items()
    }
    data = {**slot_form(programme, venue, **overrides), "create": "1"}

    response = admin.post(NEW_SLOTS, data)

    assert response.status_code == 200
    form = response.context["form"]
    assert any(error in message for message in form.errors[field])
    assert form["times"].value() == data["times"]
    assert form["closed"].value() == data["closed"]
    assert not Event.objects.exists()


def test_a_pattern_without_any_slot_says_so(admin, programme, venue):
    year = next_year()
    day = bettag(year).isoformat()
    data = slot_form(programme, venue, first_day=day, last_day=day)

    response = admin.post(NEW_SLOTS, {**data, "preview": "1"})

    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert not response.context.get("rows")


def test_too_many_slots_at_once_are_refused(admin, programme, venue):
    year = next_year()
    data = slot_form(
        programme,
        venue,
        weekdays=[str(day) for day in range(7)],
        times=", ".join(f"{hour:02}:00" for hour in range(7, 19)),
        first_day=f"{year}-01-04",
        last_day=f"{year}-03-31",
    )
    response = admin.post(NEW_SLOTS, {**data, "create": "1"})
    form = response.context["form"]
    with translation.override("de"):
        refusal = VISIT_MESSAGES["too_many"] % {
            "count": len(form.plan.slots),
            "max": slots.MAX_SLOTS,
        }
    assert form.errors["__all__"] == [refusal]
    assert not Event.objects.exists()


def test_only_class_visit_programmes_can_get_slots(admin, catalogue, venue):
    workshop = CoursePageFactory(parent=catalogue)
    response = admin.post(NEW_SLOTS, {**slot_form(workshop, venue), "create": "1"})
    assert "course" in response.context["form"].errors
    assert not Event.objects.exists()


# The slot calendar


def calendar_of(client, day, **params):
    query = "&".join(
        f"{key}={value}" for key, value in {"month": f"{day:%Y-%m}", **params}.items()
    )
    return client.get(f"{CALENDAR}?{query}")


def test_the_calendar_shows_each_slot_with_its_state(admin, programme, other_programme):
    free = slot_of(programme, days=20)
    requested = booking_on(
        slot_of(programme, days=20, sessions__hour=13),
        school=school("Grundschule Hirschfelde"),
        class_name="3a",
    )
    confirmed = booking_on(
        slot_of(other_programme, days=20, sessions__hour=8),
        Status.CONFIRMED,
        class_name="9c",
    )
    cancelled_booking = booking_on(
        slot_of(programme, days=20, sessions__hour=15), Status.CANCELLED
    )

    response = calendar_of(admin, free.starts_at)

    assert response.status_code == 200
    page = soup(response)
    day = page.select_one(
        f'td[data-day="{timezone.localdate(free.starts_at).isoformat()}"]'
    )
    states = [slot["data-state"] for slot in day.select("[data-slot]")]
    # 08:00, 10:00, 13:00, 15:00 (its booking cancelled)
    assert states == ["confirmed", "free", "requested", "free"]
    entry = day.select_one(f'[data-booking="{requested.pk}"]')
    assert entry["href"] == inspect_url(requested)
    assert "Grundschule Hirschfelde, 3a" in entry.get_text()
    assert "slot__booking--requested" in entry["class"]
    assert day.select_one(f'[data-booking="{confirmed.pk}"]')
    assert not day.select_one(f'[data-booking="{cancelled_booking.pk}"]')
    free_slot = day.select_one(f'[data-slot="{free.pk}"] a')
    assert free_slot["href"] == reverse("events_event:inspect", args=[free.pk])


def test_the_calendar_shows_one_programme(admin, programme, other_programme):
    mine = slot_of(programme, days=20)
    slot_of(other_programme, days=20)

    response = calendar_of(admin, mine.starts_at, course=programme.pk)

    assert [slot["data-slot"] for slot in soup(response).select("[data-slot]")] == [
        str(mine.pk)
    ]


def test_the_calendar_copes_with_a_bad_month(admin):
    response = admin.get(CALENDAR + "?month=2027-13&course=abc")
    assert response.status_code == 200
    assert response.context["month"] == timezone.localdate().replace(day=1)


def test_the_calendar_query_count_does_not_grow(admin, programme):
    first = slot_of(programme, days=20)
    day = first.starts_at

    def fill(count):
        for hour in range(count):
            booking_on(slot_of(programme, days=20, sessions__hour=6 + hour))

    fill(1)
    calendar_of(admin, day)
    with CaptureQueriesContext(connection) as few:
        calendar_of(admin, day)
    fill(8)
    with CaptureQueriesContext(connection) as many:
        response = calendar_of(admin, day)
    assert len(soup(response).select("[data-booking]")) >= 9
    assert len(many) == len(few)


# Figures


@pytest.fixture
def figures_data(programme):
    in_range = slot_of(programme, days=-20)
    also = slot_of(programme, days=-10)
    outside = slot_of(programme, days=-400)
    grammar_de = school(
        "Gymnasium Zittau", school_type=School.Type.GRAMMAR, country="DE"
    )
    primary_pl = school("SP Bogatynia", school_type=School.Type.PRIMARY, country="PL")
    primary_cz = school("ZŠ Hrádek", school_type=School.Type.PRIMARY, country="CZ")
    booking_on(
        in_range,
        Status.CONFIRMED,
        school=grammar_de,
        pupils=20,
        adults=2,
        pupils_present=18,
        adults_present=2,
    )
    booking_on(
        also, Status.CONFIRMED, school=grammar_de, class_name="8a", pupils=25, adults=3
    )
    booking_on(
        also,
        Status.CONFIRMED,
        school=primary_pl,
        pupils=15,
        adults=2,
        pupils_present=15,
        adults_present=3,
    )
    booking_on(
        in_range,
        Status.CONFIRMED,
        school=primary_cz,
        class_name="4b",
        pupils=12,
        adults=2,
        pupils_present=11,
        adults_present=1,
    )
    booking_on(in_range, Status.CANCELLED, school=primary_cz, pupils=22, adults=2)
    booking_on(
        also, Status.REQUESTED, school=primary_pl, class_name="2a", pupils=10, adults=1
    )
    booking_on(
        outside,
        Status.CONFIRMED,
        school=primary_pl,
        class_name="6a",
        pupils=24,
        adults=3,
    )
    today = timezone.localdate()
    return today - datetime.timedelta(days=30), today


def test_figures_count_confirmed_visits_by_school_type_and_country(figures_data):
    first_day, last_day = figures_data

    figures = visit_figures(first_day, last_day)

    def row(rows, label):
        found = next(r for r in rows if str(r["label"]) == str(label))
        return {key: value for key, value in found.items() if key != "label"}

    assert figures["total"] == {
        "visits": 4,
        "schools": 3,
        "pupils": 72,
        "adults": 9,
        "recorded": 3,
        "pupils_present": 44,
        "adults_present": 6,
        "pupil_hours": 88.0,  # each slot lasts 2 h
    }
    assert row(figures["by_type"], School.Type.GRAMMAR.label) == {
        "visits": 2,
        "schools": 1,
        "pupils": 45,
        "adults": 5,
        "recorded": 1,
        "pupils_present": 18,
        "adults_present": 2,
        "pupil_hours": 36.0,
    }
    assert row(figures["by_type"], School.Type.PRIMARY.label)["pupils"] == 27
    assert row(figures["by_type"], School.Type.KITA.label)["visits"] == 0
    by_country = {str(r["label"]): r["visits"] for r in figures["by_country"]}
    assert list(by_country.values()) == [2, 1, 1, 0]  # DE, PL, CZ, other


def test_figures_page_shows_the_tables_in_constant_queries(
    admin, figures_data, programme
):
    first_day, last_day = figures_data
    url = f"{FIGURES}?first_day={first_day}&last_day={last_day}"
    admin.get(url)
    with CaptureQueriesContext(connection) as few:
        response = admin.get(url)
    for _ in range(5):
        booking_on(
            slot_of(programme, days=-5),
            Status.CONFIRMED,
            school=SchoolFactory(school_type=School.Type.KITA),
        )
    with CaptureQueriesContext(connection) as more:
        response = admin.get(url)

    assert len(more) == len(few)
    total = soup(response).select_one('[data-figures="by-type"] [data-total]')
    assert [cell.get_text() for cell in total.select("td")][:3] == [
        "9",
        "8",
        str(72 + 5 * 24),
    ]


def test_figures_page_refuses_a_reversed_period(admin):
    response = admin.get(FIGURES + "?first_day=2027-05-01&last_day=2027-04-01")
    assert response.status_code == 200
    assert response.context["form"].errors["last_day"]


# Who may reach these views


READS = [
    lambda booking: QUEUE,
    lambda booking: QUEUE + "?export=csv",
    lambda booking: inspect_url(booking),
    lambda booking: action_url("cancel", booking),
    lambda booking: CALENDAR,
    lambda booking: FIGURES,
    lambda booking: NEW_SLOTS,
]

WRITES = [
    lambda booking: (action_url("confirm", booking), {}),
    lambda booking: (action_url("decline", booking), {"message": "Nein"}),
    lambda booking: (action_url("propose", booking), {"to_event": booking.other_slot}),
    lambda booking: (action_url("cancel", booking), {}),
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


@pytest.fixture
def waiting(programme, request_):
    request_.other_slot = slot_of(programme, days=30).pk
    return request_


def assert_turned_away(response):
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        location = response["Location"]
        assert "login" in location or location == reverse("wagtailadmin_home")


@pytest.mark.parametrize("url", READS)
def test_outsiders_cannot_read(outsider, waiting, url):
    assert_turned_away(outsider.get(url(waiting)))


@pytest.mark.parametrize("action", WRITES)
def test_outsiders_cannot_change_anything(outsider, waiting, action):
    url, data = action(waiting)
    assert_turned_away(outsider.post(url, data))
    assert refreshed(waiting).status == Status.REQUESTED
    assert mail.outbox == []


@pytest.mark.parametrize("action", WRITES)
def test_viewing_rights_do_not_allow_changes(client, waiting, action):
    client.force_login(staff_with("view_groupbooking"))
    page = client.get(inspect_url(waiting))
    assert page.status_code == 200
    assert not soup(page).select("[data-visit-action]")
    url, data = action(waiting)

    assert_turned_away(client.post(url, data))

    assert refreshed(waiting).status == Status.REQUESTED


def test_creating_slots_needs_the_right_to_add_events(client, programme, venue):
    client.force_login(staff_with("view_groupbooking", "change_groupbooking"))
    assert client.get(CALENDAR).status_code == 200
    assert_turned_away(client.get(NEW_SLOTS))
    assert_turned_away(
        client.post(NEW_SLOTS, {**slot_form(programme, venue), "create": "1"})
    )
    assert not Event.objects.exists()

    client.force_login(staff_with("add_event"))
    assert client.get(NEW_SLOTS).status_code == 200


def test_the_menu_shows_class_visits_to_those_with_rights_only(client, coordinator):
    client.force_login(staff_with())
    assert QUEUE not in client.get(reverse("wagtailadmin_home")).content.decode()

    client.force_login(staff_with("view_groupbooking"))
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert QUEUE in home and CALENDAR in home and FIGURES in home
    assert NEW_SLOTS not in home

    client.force_login(coordinator)
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Class visits" in home or "Klassenbesuche" in home
    assert NEW_SLOTS in home


def test_coordinators_with_the_model_permissions_can_work(
    client, waiting, django_capture_on_commit_callbacks
):
    client.force_login(staff_with("view_groupbooking", "change_groupbooking"))

    assert client.get(QUEUE).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(action_url("confirm", waiting))

    assert response.status_code == 302
    assert refreshed(waiting).status == Status.CONFIRMED
    assert len(mail.outbox) == 1
