"""Removing a person: listeners cancel the registrations first, then the row goes."""

import pytest
from django.urls import reverse

from mint.people.models import Participant
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
