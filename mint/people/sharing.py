"""Looking after a child together: the owner invites a second parent or guardian by
e-mail, who then sees, edits and registers the child and gets the registration mails.

The account that added a child owns it: only the owner invites, removes the child or
ends someone's access; a second guardian can always step back on their own."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import GuardianInvitation, Participant, User

MAX_CO_GUARDIANS = 3

MESSAGES = {
    "not_owner": _("Only the account that added %(name)s can invite someone."),
    "adult": _("Only children and people in your care can be shared, not yourself."),
    "own_address": _("That is your own e-mail address."),
    "already_shared": _("%(email)s already looks after %(name)s with you."),
    "too_many": _("%(name)s can be shared with at most three other accounts."),
    "unknown": _(
        "This invitation link is not valid. Please check that it was copied completely."
    ),
    "accepted": _("This invitation has already been accepted."),
    "expired": _(
        "This invitation has expired. Please ask %(inviter)s to send you a new one."
    ),
    "wrong_account": _(
        "This invitation was sent to %(email)s. Please sign in with that address to "
        "accept it."
    ),
    "owner_accepts": _("You cannot accept your own invitation."),
}


class SharingRefused(Exception):
    """A sharing rule says no; `message` is shown to the user in their language."""

    def __init__(self, code, **params):
        self.code = code
        self.message = MESSAGES[code] % params
        super().__init__(self.message)


def invite(participant: Participant, inviter: User, email: str) -> GuardianInvitation:
    """Record an invitation; its `token` goes into the e-mailed link.

    A second invitation to the same address replaces the first, so only the newest
    link works."""
    email = User.objects.normalize_email(email).strip()
    name = participant.first_name
    if participant.guardian_id != inviter.pk:
        raise SharingRefused("not_owner", name=name)
    if participant.is_account_holder:
        raise SharingRefused("adult")
    if email.lower() == inviter.email.lower():
        raise SharingRefused("own_address")
    co_guardians = list(participant.co_guardians.all())
    if any(account.email.lower() == email.lower() for account in co_guardians):
        raise SharingRefused("already_shared", email=email, name=name)
    if len(co_guardians) >= MAX_CO_GUARDIANS:
        raise SharingRefused("too_many", name=name)
    invitation = GuardianInvitation(
        participant=participant, email=email, invited_by=inviter
    )
    with transaction.atomic():
        participant.invitations.filter(
            email__iexact=email, accepted_at__isnull=True
        ).delete()
        invitation.save()
    return invitation


def check(token: str, user: User | None = None) -> GuardianInvitation:
    """The open invitation behind `token`, or SharingRefused saying why not.

    With `user`, also that this account may accept it."""
    invitation = (
        GuardianInvitation.objects.with_token(token)
        .select_related("participant__guardian", "invited_by")
        .first()
    )
    if invitation is None:
        raise SharingRefused("unknown")
    if invitation.accepted_at is not None:
        raise SharingRefused("accepted")
    if not invitation.is_open:
        raise SharingRefused("expired", inviter=str(invitation.invited_by))
    if user is not None:
        if invitation.participant.guardian_id == user.pk:
            raise SharingRefused("owner_accepts")
        if user.email.lower() != invitation.email.lower():
            raise SharingRefused("wrong_account", email=invitation.email)
    return invitation


def accept(token: str, user: User) -> Participant:
    """`user` becomes a guardian of the invited participant; the link is used up."""
    with transaction.atomic():
        invitation = check(token, user)
        locked = GuardianInvitation.objects.select_for_update().get(pk=invitation.pk)
        if locked.accepted_at is not None:  # accepted in the meantime
            raise SharingRefused("accepted")
        locked.accepted_at = timezone.now()
        locked.accepted_by = user
        locked.save(update_fields=["accepted_at", "accepted_by"])
        invitation.participant.co_guardians.add(user)
    return invitation.participant


def stop_sharing(participant: Participant, account: User, *, by: User) -> None:
    """End `account`'s access: the owner may end anyone's, everyone their own."""
    if by.pk not in (participant.guardian_id, account.pk):
        raise SharingRefused("not_owner", name=participant.first_name)
    participant.co_guardians.remove(account)


def hand_over(participant: Participant) -> bool:
    """Give a shared child to the longest-sharing other guardian, for when the owner
    leaves; False if nobody else looks after them."""
    through = Participant.co_guardians.through
    link = through.objects.filter(participant=participant).order_by("pk").first()
    if link is None:
        return False
    with transaction.atomic():
        participant.guardian_id = link.user_id
        participant.save(update_fields=["guardian"])
        link.delete()
    return True


def forget_expired(now=None) -> int:
    """Delete the invitations nobody accepted before they expired: they name someone
    who never joined. Returns how many went."""
    expired_before = (now or timezone.now()) - GuardianInvitation.VALID_FOR
    unaccepted = GuardianInvitation.objects.filter(
        accepted_at__isnull=True, created_at__lte=expired_before
    )
    return unaccepted.delete()[0]
