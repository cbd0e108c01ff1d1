"""Parents register their people on the website; only their own, and never too many."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from icalendar import Calendar

from events import booking
from events.models import Registration
from tests.factories import (
    CoursePageFactory,
    EventFactory,
    ParticipantFactory,
    RegistrationFactory,
    UserFactory,
)


@pytest.fixture
def parent(db):
    return UserFactory(first_name="Jana")


@pytest.fixture
def children(parent):
    return [
        ParticipantFactory(guardian=parent, first_name="Ema", birth_date=_born(7)),
        ParticipantFactory(guardian=parent, first_name="Jakub", birth_date=_born(9)),
    ]


@pytest.fixture
def course(catalogue):
    return CoursePageFactory(
        parent=catalogue, title="Lego-Roboter", age_min=6, age_max=10
    )


@pytest.fixture
def event(course):
    event = EventFactory(course=course, capacity=2, sessions__days=14)
    event.refresh_from_db()
    return event


def _born(years):
    today = timezone.localdate()
    return today.replace(year=today.year - years) - datetime.timedelta(days=30)


def _register_url(event):
    return reverse("events:register", args=[event.pk])


def test_anonymous_visitors_are_asked_to_sign_in(client, event):
    response = client.get(_register_url(event))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_the_form_shows_who_fits_before_anything_is_sent(
    client, parent, children, event
):
    too_old = ParticipantFactory(
        guardian=parent, first_name="Lena", birth_date=_born(15)
    )
    client.force_login(parent)
    html = client.get(_register_url(event)).content.decode()
    assert "Ema" in html and "Jakub" in html
    assert (
        f'value="{too_old.pk}" id="participant-{too_old.pk}"\n                 disabled'
        in html
    )
    assert str(booking.MESSAGES["age"] % {"name": "Lena"}) in html


def test_registering_two_children_confirms_both(client, parent, children, event):
    client.force_login(parent)
    response = client.post(
        _register_url(event), {"participants": [c.pk for c in children]}, follow=True
    )
    assert response.redirect_chain[-1][0] == reverse("events:my_registrations")
    statuses = set(Registration.objects.values_list("status", flat=True))
    assert statuses == {Registration.Status.CONFIRMED}
    assert response.content.decode().count("registration--confirmed") == 2


def test_a_full_date_puts_the_next_on_the_waiting_list(client, parent, children, event):
    RegistrationFactory(event=event)
    client.force_login(parent)
    client.post(_register_url(event), {"participants": [c.pk for c in children]})
    ema, jakub = (Registration.objects.get(participant=c) for c in children)
    assert ema.status == Registration.Status.CONFIRMED
    assert jakub.status == Registration.Status.WAITLISTED
    assert jakub.waiting_position == 1


def test_the_last_seat_goes_to_whom_the_list_shows_first(client, parent, event):
    """Children ticked in any order: the list is in the reader's alphabet (Ł after L,
    not after Z), seats go in that order, and the form says so when it matters."""
    zdenek = ParticipantFactory(
        guardian=parent, first_name="Zdeněk", birth_date=_born(8)
    )
    lucja = ParticipantFactory(guardian=parent, first_name="Łucja", birth_date=_born(9))
    RegistrationFactory(event=event)
    client.force_login(parent)
    with translation.override("pl"):
        url = _register_url(event)
        hint = gettext(
            "Fewer seats are free than people here: seats are given in the order of this list."
        )
    form = BeautifulSoup(client.get(url).content, "html.parser")
    assert [label.get_text() for label in form.select(".participant-choice label")] == [
        "Łucja Muster",
        "Zdeněk Muster",
    ]
    assert hint in form.get_text()

    client.post(url, {"participants": [zdenek.pk, lucja.pk]})

    assert Registration.objects.get(participant=lucja).status == "confirmed"
    assert Registration.objects.get(participant=zdenek).status == "waitlisted"


def test_no_order_hint_while_seats_are_enough(client, parent, children, event):
    client.force_login(parent)
    with translation.override("en"):
        response = client.get(_register_url(event))
    assert "participants-order" not in response.content.decode()


def test_someone_elses_child_is_not_found_and_nothing_is_written(
    client, parent, children, event
):
    stranger = ParticipantFactory()
    client.force_login(parent)
    response = client.post(_register_url(event), {"participants": [stranger.pk]})
    assert response.status_code == 404
    assert not Registration.objects.exists()


def test_choosing_nobody_says_so_on_the_same_page(client, parent, children, event):
    client.force_login(parent)
    response = client.post(_register_url(event), {"remarks": "Ema is vegetarian"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "alert--error" in html or "field__error" in html
    assert "Ema is vegetarian" in html  # what was typed is kept


def test_without_a_waiting_list_a_full_date_refuses_and_keeps_the_choice(
    client, parent, children, event
):
    event.waiting_list = False
    event.save()
    RegistrationFactory(event=event)
    client.force_login(parent)
    response = client.post(
        _register_url(event), {"participants": [c.pk for c in children]}
    )
    assert response.status_code == 200
    assert "alert--error" in response.content.decode()
    assert not Registration.objects.filter(participant__in=children).exists()
    assert response.content.decode().count(" checked") == 2


def test_a_closed_window_is_explained(client, parent, children, event):
    event.registration_closes_at = timezone.now() - datetime.timedelta(hours=1)
    event.save()
    client.force_login(parent)
    response = client.post(_register_url(event), {"participants": [children[0].pk]})
    assert response.status_code == 200
    assert not Registration.objects.exists()


def test_a_past_or_unknown_date_is_not_found(client, parent, course):
    past = EventFactory(course=course, sessions__days=-3)
    client.force_login(parent)
    assert client.get(reverse("events:register", args=[past.pk])).status_code == 404
    assert client.get(reverse("events:register", args=[999999])).status_code == 404


def test_my_registrations_lists_only_my_own(client, parent, children, event):
    mine = RegistrationFactory(event=event, participant=children[0])
    theirs = RegistrationFactory(event=event)
    client.force_login(parent)
    html = client.get(reverse("events:my_registrations")).content.decode()
    assert reverse("events:cancel", args=[mine.pk]) in html
    assert theirs.participant.first_name not in html


def test_cancelling_gives_the_seat_to_the_waiting_list(client, parent, children, event):
    mine = RegistrationFactory(event=event, participant=children[0])
    RegistrationFactory(event=event)
    waiting = RegistrationFactory(event=event, status=Registration.Status.WAITLISTED)
    client.force_login(parent)
    response = client.post(reverse("events:cancel", args=[mine.pk]))
    assert response.status_code == 302
    mine.refresh_from_db()
    waiting.refresh_from_db()
    assert mine.status == Registration.Status.CANCELLED
    assert waiting.status == Registration.Status.CONFIRMED


def test_someone_elses_registration_cannot_be_cancelled(client, parent, event):
    theirs = RegistrationFactory(event=event)
    client.force_login(parent)
    assert client.get(reverse("events:cancel", args=[theirs.pk])).status_code == 404
    assert client.post(reverse("events:cancel", args=[theirs.pk])).status_code == 404
    theirs.refresh_from_db()
    assert theirs.status == Registration.Status.CONFIRMED


def test_the_personal_feed_holds_my_confirmed_sessions_only(
    client, parent, children, event
):
    RegistrationFactory(event=event, participant=children[0])
    RegistrationFactory(event=event)  # another family's
    response = client.get(reverse("calendar_feed", args=[parent.calendar_token]))
    assert response["Content-Type"].startswith("text/calendar")
    entries = Calendar.from_ical(response.content).walk("VEVENT")
    assert [str(e["summary"]) for e in entries] == ["Lego-Roboter – Ema"]


def test_a_wrong_feed_token_finds_nothing(client, parent):
    assert (
        client.get(reverse("calendar_feed", args=["not-the-token"])).status_code == 404
    )


def test_my_registrations_queries_do_not_grow_with_rows(
    client, parent, course, django_assert_max_num_queries
):
    client.force_login(parent)
    for _ in range(6):
        event = EventFactory(course=course, sessions__days=20)
        RegistrationFactory(
            event=event, participant=ParticipantFactory(guardian=parent)
        )
    with django_assert_max_num_queries(25):
        assert client.get(reverse("events:my_registrations")).status_code == 200
