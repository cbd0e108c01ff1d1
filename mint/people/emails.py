"""The invitation mail to a second parent or guardian."""

from django.urls import reverse
from django.utils import formats, translation
from django.utils.translation import gettext as _

from mint import mail

from .models import GuardianInvitation, User


def send_invitation(invitation_id: int, language: str) -> None:
    """Send the link, in the invitee's language if they have an account here, else in
    `language` (the inviter's page language). Nothing if the invitation is gone."""
    invitation = (
        GuardianInvitation.objects.select_related("participant", "invited_by")
        .filter(pk=invitation_id, accepted_at__isnull=True)
        .first()
    )
    if invitation is None:
        return
    invitee = User.objects.filter(email__iexact=invitation.email).first()
    if invitee is not None:
        language = mail.language_of(invitee)
    with translation.override(language):
        inviter = str(invitation.invited_by)
        participant = invitation.participant.first_name
        subject = _(
            "%(inviter)s invites you to look after %(participant)s together"
        ) % {
            "inviter": inviter,
            "participant": participant,
        }
        context = {
            "language": language,
            "inviter": inviter,
            "inviter_email": invitation.invited_by.email,
            "participant": participant,
            "email": invitation.email,
            "accept_url": mail.absolute_url(
                reverse("people:invitation", args=[invitation.token])
            ),
            "valid_until": formats.date_format(invitation.expires_at, "DATE_FORMAT"),
        }
        mail.compose(
            "people/emails/invitation", context, subject=subject, to=[invitation.email]
        ).send()
