"""Removing a person: listeners cancel the registrations first, then the row goes."""

import pytest
from django.urls import reverse

from events.models import Attendance, Registration
from mint.people.models import Participant, age_on
from mint.people.signals import RemovalRefused, participant_removed

from ..factories import CoursePageFactory, EventFactory, RegistrationFactory


@pytest.fixture
def event(catalogue):
    return EventFactory(course=CoursePageFactory(parent=catalogue, title="Roboter"))


@pytest.fixture
def receiver():
    calls = []

    def record(sender, participant, **kwargs):
        calls.append(
            {
                "sender": sender,
                "pk": participant.pk,
                "in_db": Participant.objects.filter(pk=participant.pk).exists(),
                "registrations": participant.registrations.count(),
            }
        )

    participant_removed.connect(record, weak=False)
    yield calls
    participant_removed.disconnect(record)


def test_confirmation_names_what_will_be_cancelled(signed_in, child, event):
    RegistrationFactory(event=event, participant=child)
    other_event = EventFactory(course=event.course, label="Gruppe B")
    RegistrationFactory(event=other_event, participant=child, status="cancelled")
    response = signed_in.get(reverse("people:participant_delete", args=[child.pk]))
    html = response.content.decode()
    assert "Roboter" in html
    assert "Gruppe B" not in html
    assert 'method="post"' in html
    assert Participant.objects.filter(pk=child.pk).exists()  # GET deletes nothing


def test_signal_is_sent_while_the_person_still_exists(
    signed_in, child, event, receiver
):
    RegistrationFactory(event=event, participant=child)
    response = signed_in.post(reverse("people:participant_delete", args=[child.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("people:participants")
    assert receiver == [
        {"sender": Participant, "pk": child.pk, "in_db": True, "registrations": 1}
    ]
    assert not Participant.objects.filter(pk=child.pk).exists()


def test_a_refusing_listener_keeps_the_person(signed_in, child):
    def refuse(sender, participant, **kwargs):
        raise RemovalRefused("Not now.")

    participant_removed.connect(refuse, weak=False)
    try:
        response = signed_in.post(
            reverse("people:participant_delete", args=[child.pk]), follow=True
        )
    finally:
        participant_removed.disconnect(refuse)
    assert "Not now." in response.content.decode()
    assert Participant.objects.filter(pk=child.pk).exists()


def test_no_signal_for_someone_elses_person(signed_in, strangers_child, receiver):
    url = reverse("people:participant_delete", args=[strangers_child.pk])
    assert signed_in.post(url).status_code == 404
    assert receiver == []


# What stays for the funder's figures: the registrations of dates that have begun,
# without the person.


def test_registering_keeps_what_the_figures_need(child, event):
    child.gender, child.home_country = "female", "PL"
    child.save()
    registration = RegistrationFactory(event=event, participant=child)
    start = event.starts_at.date()
    assert registration.age == age_on(child.birth_date, start)
    assert (registration.gender, registration.home_country) == ("female", "PL")
    assert registration.pseudonym == child.pseudonym


def test_people_have_their_own_pseudonyms(child, catalogue):
    other = type(child).objects.create(
        guardian=child.guardian,
        first_name="Jakub",
        last_name="Nowak",
        birth_date=child.birth_date,
    )
    assert other.pseudonym != child.pseudonym


def test_deleting_a_person_leaves_past_dates_as_anonymous_rows(
    signed_in, child, catalogue
):
    course = CoursePageFactory(parent=catalogue, title="Vergangen")
    past = EventFactory(course=course, sessions__days=-14, sessions__count=2)
    ahead = EventFactory(course=course, sessions__days=14)
    attended = RegistrationFactory(event=past, participant=child, remarks="Allergie")
    Attendance.objects.create(
        registration=attended,
        session=past.sessions.first(),
        status=Attendance.Status.PRESENT,
        method=Attendance.Method.TAP,
    )
    upcoming = RegistrationFactory(event=ahead, participant=child)
    pseudonym = child.pseudonym

    signed_in.post(reverse("people:participant_delete", args=[child.pk]))

    kept = Registration.records.get(pk=attended.pk)
    assert kept.participant is None
    assert kept.status == Registration.Status.CONFIRMED
    assert kept.remarks == ""
    assert kept.pseudonym == pseudonym
    assert kept.attendances.count() == 1
    # Nothing in the site shows it any more; only the figures read it.
    assert not Registration.objects.filter(pk=attended.pk).exists()
    assert not past.registrations.exists()
    # The date ahead got its seat back.
    left = Registration.records.get(pk=upcoming.pk)
    assert (left.participant, left.status) == (None, Registration.Status.CANCELLED)


def test_the_delete_page_counts_only_dates_that_have_not_ended(
    signed_in, child, catalogue
):
    course = CoursePageFactory(parent=catalogue, title="Vergangen")
    RegistrationFactory(
        event=EventFactory(course=course, sessions__days=-14), participant=child
    )
    response = signed_in.get(reverse("people:participant_delete", args=[child.pk]))
    assert "Vergangen" not in response.content.decode()
