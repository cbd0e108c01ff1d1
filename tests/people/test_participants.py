"""People in an account: list, add, edit; only ever the account's own."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from mint.people.models import GUARDIAN_CONSENT_VERSION, Participant

from ..factories import (
    CoursePageFactory,
    EventFactory,
    ParticipantFactory,
    RegistrationFactory,
)


def years_ago(years, days=0):
    today = timezone.localdate()
    return today.replace(year=today.year - years) - datetime.timedelta(days=days)


def person(**overrides):
    """Form data for a nine-year-old with consent; False leaves a checkbox unticked."""
    data = {
        "first_name": "Clara",
        "last_name": "Muster",
        "birth_date": years_ago(9).isoformat(),
        "gender": "",
        "home_country": "DE",
        "home_municipality": "Zittau",
        "notes_for_instructor": "",
        "guardian_consent": "on",
        **overrides,
    }
    return {key: value for key, value in data.items() if value is not False}


def test_list_shows_only_the_accounts_people(signed_in, user, strangers_child):
    ParticipantFactory(
        guardian=user,
        first_name="Ben",
        birth_date=years_ago(8, days=1),
        notes_for_instructor="Nut allergy",
    )
    ParticipantFactory(guardian=user, first_name="Anna", is_account_holder=True)
    with override("en"):
        html = signed_in.get(reverse("people:participants")).content.decode()
    assert "Ben Muster" in html
    assert "8 years" in html
    assert "Nut allergy" not in html  # only whether there are notes
    assert "that's you" in html
    assert "Fremd" not in html


def test_add_a_child_records_the_guardian_consent(signed_in, user):
    before = timezone.now()
    response = signed_in.post(reverse("people:participant_add"), person())
    assert response.status_code == 302
    assert response["Location"] == reverse("people:participants")
    clara = Participant.objects.get()
    assert clara.guardian == user
    assert clara.home_municipality == "Zittau"
    assert clara.guardian_consent_at >= before
    assert clara.guardian_consent_version == GUARDIAN_CONSENT_VERSION


def test_editing_keeps_the_first_consent_time(signed_in, user):
    given = timezone.now() - datetime.timedelta(days=30)
    child = ParticipantFactory(
        guardian=user,
        birth_date=years_ago(9),
        guardian_consent_at=given,
        guardian_consent_version=GUARDIAN_CONSENT_VERSION,
    )
    url = reverse("people:participant_edit", args=[child.pk])
    assert "checked" in signed_in.get(url).content.decode()  # shown as given
    signed_in.post(url, person(first_name="Clarissa"))
    child.refresh_from_db()
    assert child.first_name == "Clarissa"
    assert child.guardian_consent_at == given


def test_consent_to_an_older_text_is_asked_again_and_renewed(signed_in, user):
    given = timezone.now() - datetime.timedelta(days=400)
    child = ParticipantFactory(
        guardian=user,
        birth_date=years_ago(9),
        guardian_consent_at=given,
        guardian_consent_version="2020-01",
    )
    url = reverse("people:participant_edit", args=[child.pk])
    response = signed_in.post(url, person(guardian_consent=False))
    assert response.status_code == 200
    signed_in.post(url, person())
    child.refresh_from_db()
    assert child.guardian_consent_at > given
    assert child.guardian_consent_version == GUARDIAN_CONSENT_VERSION


def test_return_to_the_registration_after_adding(signed_in):
    target = "/de/events/5/register/"
    url = f"{reverse('people:participant_add')}?next={target}"
    assert f'name="next" value="{target}"' in signed_in.get(url).content.decode()
    response = signed_in.post(url, person(next=target))
    assert response["Location"] == target


def test_foreign_next_address_is_ignored(signed_in):
    response = signed_in.post(
        reverse("people:participant_add"), person(next="https://evil.example/")
    )
    assert response["Location"] == reverse("people:participants")


@pytest.mark.parametrize("method", ["get", "post"])
def test_someone_elses_person_cannot_be_edited(signed_in, strangers_child, method):
    url = reverse("people:participant_edit", args=[strangers_child.pk])
    response = getattr(signed_in, method)(url, person(first_name="Changed"))
    assert response.status_code == 404
    strangers_child.refresh_from_db()
    assert strangers_child.first_name == "Fremd"


@pytest.mark.parametrize("method", ["get", "post"])
def test_someone_elses_person_cannot_be_deleted(signed_in, strangers_child, method):
    url = reverse("people:participant_delete", args=[strangers_child.pk])
    assert getattr(signed_in, method)(url).status_code == 404
    assert Participant.objects.filter(pk=strangers_child.pk).exists()


def test_form_errors_keep_what_was_typed_in_the_users_language(signed_in):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    with override("en"):
        url = reverse("people:participant_add")
    assert url.startswith("/en/")
    response = signed_in.post(
        url, person(birth_date=tomorrow.isoformat(), home_municipality="Görlitz")
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "The date of birth must be in the past." in html
    assert 'value="Clara"' in html
    assert 'value="Görlitz"' in html
    assert f'value="{tomorrow.isoformat()}"' in html
    assert not Participant.objects.exists()


def test_birth_date_field_is_a_date_picker(signed_in):
    html = signed_in.get(reverse("people:participant_add")).content.decode()
    assert 'type="date"' in html
    assert 'name="guardian_consent"' in html


# Notes for the instructor are sensitive: asked only once a seat is confirmed


@pytest.fixture
def upcoming(catalogue):
    return EventFactory(
        course=CoursePageFactory(parent=catalogue), sessions__days=10, capacity=5
    )


def test_adding_a_person_asks_no_notes_and_keeps_none_sent(signed_in):
    with override("en"):
        html = signed_in.get(reverse("people:participant_add")).content.decode()
    assert 'name="notes_for_instructor"' not in html
    assert "once this person has a confirmed place" in html

    signed_in.post(
        reverse("people:participant_add"), person(notes_for_instructor="Asthma")
    )

    assert Participant.objects.get().notes_for_instructor == ""


def test_a_confirmed_seat_opens_the_notes(signed_in, child, upcoming):
    RegistrationFactory(event=upcoming, participant=child)
    url = reverse("people:participant_edit", args=[child.pk])
    assert 'name="notes_for_instructor"' in signed_in.get(url).content.decode()

    signed_in.post(url, person(first_name="Ben", notes_for_instructor="Asthma"))

    child.refresh_from_db()
    assert child.notes_for_instructor == "Asthma"


def test_a_waiting_list_place_or_a_past_date_asks_no_notes(
    signed_in, child, upcoming, catalogue
):
    RegistrationFactory(event=upcoming, participant=child, status="waitlisted")
    past = EventFactory(course=upcoming.course, sessions__days=-5, sessions__count=1)
    RegistrationFactory(event=past, participant=child)
    url = reverse("people:participant_edit", args=[child.pk])

    assert 'name="notes_for_instructor"' not in signed_in.get(url).content.decode()


def test_notes_given_earlier_can_still_be_read_and_cleared(signed_in, user):
    ben = ParticipantFactory(guardian=user, notes_for_instructor="Brille")
    url = reverse("people:participant_edit", args=[ben.pk])
    assert "Brille" in signed_in.get(url).content.decode()

    signed_in.post(url, person(notes_for_instructor=""))

    ben.refresh_from_db()
    assert ben.notes_for_instructor == ""


def test_my_registrations_lead_to_the_notes_of_a_confirmed_seat(
    signed_in, child, upcoming, user
):
    RegistrationFactory(event=upcoming, participant=child)
    waiting = ParticipantFactory(guardian=user, first_name="Mia")
    RegistrationFactory(event=upcoming, participant=waiting, status="waitlisted")

    html = signed_in.get(reverse("events:my_registrations")).content.decode()

    edit = reverse("people:participant_edit", args=[child.pk])
    assert f'href="{edit}?next=' in html
    assert reverse("people:participant_edit", args=[waiting.pk]) not in html
