"""Consents are recorded one by one with the words shown, their version and language:
the proof the privacy policy promises, part of the data export, gone with the person."""

import json

from django.urls import reverse
from django.utils.translation import override

from mint.people import privacy
from mint.people.models import (
    GUARDIAN_CONSENT_VERSION,
    PHOTO_CONSENT_VERSION,
    Consent,
    Participant,
)

from .test_participants import person


def add(client, language="de", **fields):
    with override(language):
        url = reverse("people:participant_add")
    client.post(url, person(**fields))
    return Participant.objects.get()


def test_adding_a_child_records_the_guardians_consent_as_shown(signed_in, user):
    child = add(signed_in, "pl")

    [consent] = child.consents.all()
    assert (consent.kind, consent.given, consent.by) == ("guardian", True, user)
    assert consent.version == GUARDIAN_CONSENT_VERSION
    assert consent.language == "pl"
    assert "opiekunem prawnym" in consent.text  # the Polish words the parent read


def test_photos_allowed_and_withdrawn_are_both_kept(signed_in):
    child = add(signed_in, photo_consent="on")
    edit = reverse("people:participant_edit", args=[child.pk])
    signed_in.post(edit, person(photo_consent=False))
    signed_in.post(edit, person(photo_consent=False))  # nothing changed

    photos = child.consents.filter(kind=Consent.Kind.PHOTOS)
    assert [c.given for c in photos] == [True, False]
    assert {c.version for c in photos} == {PHOTO_CONSENT_VERSION}
    child.refresh_from_db()
    assert child.photo_consent is False


def test_an_unchanged_edit_records_nothing_more(signed_in):
    child = add(signed_in)
    signed_in.post(reverse("people:participant_edit", args=[child.pk]), person())

    assert child.consents.count() == 1


def test_the_data_export_lists_the_consents(signed_in):
    add(signed_in, photo_consent="on")

    data = json.loads(signed_in.get(reverse("people:export_data")).content)

    consents = data["participants"][0]["consents"]
    assert [(c["consent"], c["given"]) for c in consents] == [
        ("guardian", True),
        ("photos", True),
    ]
    assert all(c["text"] and c["version"] and c["at"] for c in consents)


def test_consents_go_with_the_person(signed_in, user):
    add(signed_in, photo_consent="on")

    privacy.delete_account(user)

    assert not Consent.objects.exists()
