"""A person's rights over their data: a copy of everything, and leaving for good."""

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from . import sharing
from .models import Participant
from .signals import account_removed, participant_removed


def personal_data(user):
    """Everything stored about an account and its participants, as plain JSON data.

    Registrations are read through the participants' reverse relation, so this module
    needs no import from the events app."""
    participants = (
        Participant.objects.for_user(user)
        .select_related("guardian")
        .prefetch_related("registrations__event__course", "co_guardians", "consents")
    )
    return {
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "preferred_language": user.preferred_language,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
        },
        "participants": [_participant(p) for p in participants],
    }


def still_running(prefix=""):
    """Registrations that deleting a person ends: not cancelled, of dates that have
    not ended. The events app cancels those of dates not yet begun and lets those
    already begun stop where they are (the sessions held keep counting); the rest
    stay as they were, anonymous."""
    return ~Q(**{f"{prefix}status": "cancelled"}) & ~Q(
        **{f"{prefix}event__ends_at__lte": timezone.now()}
    )


def remove_participant(participant, *, keep_certificates=True):
    """Let listeners (the events app) cancel registrations, then delete the person.

    The signal goes first, while the registrations still name the person; a listener
    may refuse with signals.RemovalRefused before anything is changed. What remains
    of the registrations afterwards names nobody. `keep_certificates` False: the
    certificates issued to the person are withdrawn (by their app, listening)."""
    participant_removed.send(
        sender=Participant,
        participant=participant,
        keep_certificates=keep_certificates,
    )
    participant.delete()


def delete_account(user, *, keep_certificates=True):
    """Let listeners end what the account booked, cancel every registration properly,
    then delete the people and the account.

    A child shared with another guardian stays, with that guardian, and keeps their
    certificates; shared children of others only lose this account's access."""
    account_removed.send(
        sender=type(user), user=user, keep_certificates=keep_certificates
    )
    for participant in Participant.objects.owned_by(user):
        if not sharing.hand_over(participant):
            remove_participant(participant, keep_certificates=keep_certificates)
    with transaction.atomic():
        user.delete()


def _participant(participant):
    return {
        "first_name": participant.first_name,
        "last_name": participant.last_name,
        "birth_date": participant.birth_date.isoformat(),
        "is_account_holder": participant.is_account_holder,
        "gender": participant.gender,
        "home_country": participant.home_country,
        "home_municipality": participant.home_municipality,
        "notes_for_instructor": participant.notes_for_instructor,
        "photo_consent": participant.photo_consent,
        "guardian_consent_at": participant.guardian_consent_at
        and participant.guardian_consent_at.isoformat(),
        "guardian_consent_version": participant.guardian_consent_version,
        "looked_after_by": [account.email for account in participant.guardians()],
        "consents": [
            {
                "consent": consent.kind,
                "given": consent.given,
                "text": consent.text,
                "version": consent.version,
                "at": consent.at.isoformat(),
            }
            for consent in participant.consents.all()
        ],
        "registrations": [
            {
                "course": registration.event.course.title,
                "starts_at": registration.event.starts_at
                and registration.event.starts_at.isoformat(),
                "status": registration.status,
                "registered_at": registration.created_at.isoformat(),
                "remarks": registration.remarks,
            }
            for registration in participant.registrations.all()
        ],
    }
