"""The invitation mail to a second parent or guardian; the warning before an unused
account is deleted."""

from django.conf import settings
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from mint import mail

from .models import GuardianInvitation, Participant, User


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


def send_dormancy_warning(user_id: int) -> None:
    """Tell the holder, in their language, when the unused account will be deleted
    and that signing in keeps it. Nothing if the deletion is off by now."""
    user = User.objects.filter(pk=user_id, dormancy_warned_at__isnull=False).first()
    if user is None:
        return
    language = mail.language_of(user)
    with translation.override(language):
        last_seen = timezone.localtime(user.last_login or user.date_joined)
        deletion_at = timezone.localtime(user.dormancy_deletion_at)
        context = {
            "language": language,
            "user": user,
            "site_name": mail.site_name(),
            "last_seen": formats.date_format(last_seen, "DATE_FORMAT"),
            "deletion_date": formats.date_format(deletion_at, "DATE_FORMAT"),
            "days": settings.MINT_DORMANT_GRACE_DAYS,
            "people": [str(person) for person in Participant.objects.owned_by(user)],
            "sign_in_url": mail.absolute_url(reverse("account_login")),
        }
        subject = _("Your account will be deleted unless you sign in")
        mail.compose(
            "people/emails/dormant", context, subject=subject, to=[user.email]
        ).send()
