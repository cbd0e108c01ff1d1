"""People can take a copy of their data and leave for good; seats go to others."""

import json

import pytest
from django.urls import reverse
from wagtail.models import Page

from events.models import Registration
from mint.people.models import Participant, User
from tests.factories import (
    CoursePageFactory,
    EventFactory,
    ParticipantFactory,
    RegistrationFactory,
    UserFactory,
)


@pytest.fixture
def family(catalogue):
    parent = UserFactory(email="jana@example.org", first_name="Jana")
    ema = ParticipantFactory(
        guardian=parent, first_name="Ema", notes_for_instructor="Nuts"
    )
    event = EventFactory(
        course=CoursePageFactory(parent=catalogue, title="Roboter"), capacity=1
    )
    RegistrationFactory(event=event, participant=ema)
    waiting = RegistrationFactory(event=event, status=Registration.Status.WAITLISTED)
    return parent, ema, waiting


def test_the_export_holds_my_account_people_and_registrations_only(client, family):
    parent, ema, waiting = family
    client.force_login(parent)
    response = client.get(reverse("people:export_data"))
    assert response["Content-Disposition"] == 'attachment; filename="my-data.json"'
    data = json.loads(response.content)
    assert data["account"]["email"] == "jana@example.org"
    [person] = data["participants"]
    assert (person["first_name"], person["notes_for_instructor"]) == ("Ema", "Nuts")
    assert [r["course"] for r in person["registrations"]] == ["Roboter"]
    assert waiting.participant.first_name not in response.content.decode()


def test_the_export_needs_a_sign_in(client, db):
    assert client.get(reverse("people:export_data")).status_code == 302


def test_deleting_asks_for_the_password(client, family):
    parent, _ema, _waiting = family
    client.force_login(parent)
    response = client.post(reverse("people:delete_account"), {"password": "wrong"})
    assert response.status_code == 200
    assert User.objects.filter(pk=parent.pk).exists()


def test_deleting_the_account_passes_the_seats_on_and_removes_everything(
    client, family
):
    parent, ema, waiting = family
    client.force_login(parent)
    response = client.post(
        reverse("people:delete_account"),
        {"password": "demo-password", "certificates": "keep"},
    )
    assert response.status_code == 302
    assert not User.objects.filter(pk=parent.pk).exists()
    assert not Participant.objects.filter(pk=ema.pk).exists()
    waiting.refresh_from_db()
    assert waiting.status == Registration.Status.CONFIRMED
    assert client.get(reverse("people:account")).status_code == 302  # signed out


def test_the_delete_page_counts_only_current_registrations(client, family):
    parent, ema, _waiting = family
    old = EventFactory(course=CoursePageFactory(parent=Page.objects.get(slug="kurse")))
    RegistrationFactory(
        event=old, participant=ema, status=Registration.Status.CANCELLED
    )
    client.force_login(parent)
    response = client.get(reverse("people:delete_account"))
    assert response.context["active_registrations"] == 1
