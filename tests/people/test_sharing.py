"""A second parent or guardian, invited by e-mail, looks after a child too."""

import datetime
import re

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from events import booking
from events.models import Registration
from mint.people import privacy, sharing
from mint.people.models import GuardianInvitation, Participant

from ..factories import (
    CoursePageFactory,
    EventFactory,
    ParticipantFactory,
    RegistrationFactory,
    UserFactory,
)


@pytest.fixture
def partner(db):
    return UserFactory(
        first_name="Jan", email="jan@example.org", preferred_language="pl"
    )


@pytest.fixture
def invitation(child, user, partner):
    return sharing.invite(child, user, partner.email)


@pytest.fixture
def event(catalogue):
    return EventFactory(course=CoursePageFactory(parent=catalogue))


@pytest.fixture
def shared(child, partner):
    child.co_guardians.add(partner)
    return child


def invitation_url(invitation, language="de", token=None):
    with translation.override(language):
        return reverse("people:invitation", args=[token or invitation.token])


def invite_by_form(client, child, email, django_capture_on_commit_callbacks):
    url = reverse("people:participant_share", args=[child.pk])
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(url, {"email": email}, follow=True)


def test_owner_invites_and_the_mail_carries_a_working_link(
    signed_in, child, partner, client, django_capture_on_commit_callbacks
):
    response = invite_by_form(
        signed_in, child, "JAN@example.org", django_capture_on_commit_callbacks
    )
    assert "Wir haben die Einladung an JAN@example.org gesendet." in response.text
    [message] = mail.outbox
    assert message.to == ["JAN@example.org"]
    # Jan has an account in Polish: the mail is in Polish, the inviter's name inside.
    assert message.subject == "Anna Muster zaprasza do wspólnej opieki nad: Ben"
    polish = invitation_url(None, "pl", token="-")[:-2]
    link = re.search(rf"https?://\S+{polish}\S+/", message.body).group(0)

    client.force_login(partner)
    page = client.get(link)
    assert page.status_code == 200
    accepted = client.post(link, {"consent": "on"}, follow=True)
    assert "Ben" in accepted.text
    assert Participant.objects.for_user(partner).get() == child
    stored = GuardianInvitation.objects.get()
    assert stored.accepted_by == partner and stored.accepted_at is not None


def test_mail_to_an_unknown_address_is_in_the_inviters_page_language(
    child, user, django_capture_on_commit_callbacks, client
):
    client.force_login(user)
    with translation.override("cs"):
        url = reverse("people:participant_share", args=[child.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"email": "nova@example.org"})
    [message] = mail.outbox
    assert message.subject == "Anna Muster vás zve ke společné péči o: Ben"
    assert '<html lang="cs">' in message.alternatives[0][0]


def test_the_invitee_must_confirm_being_a_guardian(client, partner, invitation):
    client.force_login(partner)
    response = client.post(invitation_url(invitation), {})
    assert response.status_code == 200
    assert "Bitte bestätigen Sie, dass Sie Elternteil oder Vormund sind." in (
        response.text
    )
    assert not Participant.objects.for_user(partner).exists()


def test_signed_out_visitor_is_asked_to_sign_up_with_the_invited_address(
    client, invitation
):
    GuardianInvitation.objects.filter(pk=invitation.pk).update(email="new@example.org")
    response = client.get(invitation_url(invitation))
    assert "new@example.org" in response.text
    assert reverse("account_signup") + "?next=" in response.text
    assert not Participant.objects.filter(co_guardians__isnull=False).exists()


@pytest.mark.parametrize(
    "tamper, status, text",
    [
        (lambda i: i.token[:-2] + "xx", 404, "nicht gültig"),
        (lambda i: "1:" + i.token, 404, "nicht gültig"),
    ],
)
def test_a_tampered_link_is_not_found(
    client, partner, invitation, tamper, status, text
):
    client.force_login(partner)
    url = invitation_url(invitation, token=tamper(invitation))
    response = client.post(url, {"consent": "on"})
    assert response.status_code == status
    assert text in response.text
    assert not Participant.objects.for_user(partner).exists()


def test_another_account_cannot_use_the_link(client, invitation):
    intruder = UserFactory(email="mallory@example.org")
    client.force_login(intruder)
    response = client.post(invitation_url(invitation), {"consent": "on"})
    assert response.status_code == 403
    assert "jan@example.org" in response.text
    assert not Participant.objects.for_user(intruder).exists()


def test_the_owner_cannot_accept_their_own_invitation(signed_in, invitation, user):
    response = signed_in.post(invitation_url(invitation), {"consent": "on"})
    assert response.status_code == 403
    assert not Participant.objects.filter(co_guardians=user).exists()


def test_a_used_link_is_gone(client, partner, invitation):
    client.force_login(partner)
    client.post(invitation_url(invitation), {"consent": "on"})
    again = client.post(invitation_url(invitation), {"consent": "on"})
    assert again.status_code == 410
    assert "bereits angenommen" in again.text


def test_an_expired_link_is_gone(client, partner, invitation):
    GuardianInvitation.objects.filter(pk=invitation.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=15)
    )
    client.force_login(partner)
    response = client.post(invitation_url(invitation), {"consent": "on"})
    assert response.status_code == 410
    assert "abgelaufen" in response.text
    assert not Participant.objects.for_user(partner).exists()


def test_a_new_invitation_replaces_the_old_link(client, child, user, partner):
    first = sharing.invite(child, user, partner.email)
    second = sharing.invite(child, user, partner.email)
    client.force_login(partner)
    assert client.get(invitation_url(first)).status_code == 404
    assert client.get(invitation_url(second)).status_code == 200


def test_owner_withdraws_an_invitation(signed_in, client, child, partner, invitation):
    url = reverse("people:invitation_withdraw", args=[child.pk, invitation.pk])
    signed_in.post(url)
    client.force_login(partner)
    assert client.get(invitation_url(invitation)).status_code == 404


@pytest.mark.parametrize(
    "email, message",
    [
        ("anna@example.org", "Das ist Ihre eigene E-Mail-Adresse."),
        ("jan@example.org", "jan@example.org betreut Ben bereits gemeinsam mit Ihnen."),
    ],
)
def test_invitation_refusals_keep_the_address(
    signed_in, user, shared, email, message, django_capture_on_commit_callbacks
):
    user.email = "anna@example.org"
    user.save()
    response = invite_by_form(
        signed_in, shared, email, django_capture_on_commit_callbacks
    )
    assert message in response.text
    assert f'value="{email}"' in response.text
    assert mail.outbox == []


def test_the_account_holder_cannot_be_shared(user):
    me = ParticipantFactory(guardian=user, is_account_holder=True)
    with pytest.raises(sharing.SharingRefused) as refusal:
        sharing.invite(me, user, "jan@example.org")
    assert refusal.value.code == "adult"


def test_at_most_three_other_guardians(child, user):
    child.co_guardians.add(*UserFactory.create_batch(3))
    with pytest.raises(sharing.SharingRefused) as refusal:
        sharing.invite(child, user, "fourth@example.org")
    assert refusal.value.code == "too_many"


def test_second_guardian_sees_edits_and_registers_the_child(
    client, shared, partner, event
):
    client.force_login(partner)
    listing = client.get(reverse("people:participants"))
    assert "Ben" in listing.text and "Anna Muster" in listing.text
    edit = reverse("people:participant_edit", args=[shared.pk])
    assert client.get(edit).status_code == 200

    [registration] = booking.register(
        event_id=event.pk, participant_ids=[shared.pk], user=partner
    )
    assert registration.status == Registration.Status.CONFIRMED
    assert list(Registration.objects.for_user(partner)) == [registration]


@pytest.mark.parametrize("view", ["participant_share", "participant_delete"])
def test_only_the_owner_shares_or_removes(client, shared, partner, view):
    client.force_login(partner)
    assert client.get(reverse(f"people:{view}", args=[shared.pk])).status_code == 404
    assert client.post(reverse(f"people:{view}", args=[shared.pk])).status_code == 404
    assert Participant.objects.filter(pk=shared.pk).exists()


def test_second_guardian_steps_back(client, shared, partner):
    client.force_login(partner)
    url = reverse("people:stop_sharing", args=[shared.pk])
    client.post(url, {"account": partner.pk})
    assert not Participant.objects.for_user(partner).exists()
    assert Participant.objects.filter(pk=shared.pk).exists()


def test_owner_ends_access(signed_in, shared, partner):
    url = reverse("people:stop_sharing", args=[shared.pk])
    signed_in.post(url, {"account": partner.pk})
    assert not Participant.objects.for_user(partner).exists()


def test_a_second_guardian_cannot_end_anothers_access(client, shared, partner):
    third = UserFactory()
    shared.co_guardians.add(third)
    client.force_login(partner)
    url = reverse("people:stop_sharing", args=[shared.pk])
    assert client.post(url, {"account": third.pk}).status_code == 404
    assert shared.co_guardians.filter(pk=third.pk).exists()


def test_strangers_reach_nothing_of_a_shared_child(client, shared, other_user):
    client.force_login(other_user)
    for view in ("participant_edit", "participant_share", "participant_delete"):
        assert (
            client.get(reverse(f"people:{view}", args=[shared.pk])).status_code == 404
        )
    url = reverse("people:stop_sharing", args=[shared.pk])
    assert client.post(url, {"account": other_user.pk}).status_code == 404
    assert not Participant.objects.for_user(other_user).exists()


def test_a_child_stays_with_the_other_guardian_when_the_owner_leaves(
    user, shared, partner, event
):
    registration = RegistrationFactory(event=event, participant=shared)
    privacy.delete_account(user)
    shared.refresh_from_db()
    registration.refresh_from_db()
    assert shared.guardian == partner
    assert not shared.co_guardians.exists()
    assert registration.status == Registration.Status.CONFIRMED


def test_the_delete_page_names_who_stays(signed_in, shared):
    response = signed_in.get(reverse("people:delete_account"))
    assert "Ben" in response.text
    assert "anderen Elternteils" in response.text


def test_the_export_names_everyone_who_looks_after_the_child(user, shared, partner):
    [child] = privacy.personal_data(partner)["participants"]
    assert child["looked_after_by"] == [user.email, partner.email]


def test_participant_list_queries_do_not_grow_with_sharing(client, user):
    client.force_login(user)
    url = reverse("people:participants")

    def queries():
        client.get(url)  # warm the per-site caches
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    ParticipantFactory(guardian=user).co_guardians.add(UserFactory())
    one = queries()
    for _ in range(5):
        ParticipantFactory(guardian=user).co_guardians.add(*UserFactory.create_batch(2))
    assert queries() == one


def test_an_empty_invitation_form_says_what_is_missing(signed_in, child):
    url = reverse("people:participant_share", args=[child.pk])
    response = signed_in.post(url, {})
    assert "Dieses Feld muss ausgefüllt werden." in response.text
    assert not GuardianInvitation.objects.exists()
