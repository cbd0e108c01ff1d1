"""Accounts nobody uses any more: an account without a sign-in for
`settings.MINT_DORMANT_AFTER_DAYS` and with nothing on a date not yet ended would keep
children's names and birth dates for ever. Its holder is told by mail; without a
sign-in within `settings.MINT_DORMANT_GRACE_DAYS` the account is deleted as if they
had deleted it themselves (privacy.delete_account), certificates staying verifiable.

Staff accounts and accounts given a role (in a group, e.g. instructors) never go this
way. `manage.py tidy_dormant_accounts` runs it nightly."""

import datetime
import logging

from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone

from . import tasks
from .models import User
from .privacy import delete_account
from .signals import RemovalRefused, account_has_dates_coming

logger = logging.getLogger(__name__)


def tidy(now=None) -> dict[str, int]:
    """Call off the deletions of those who signed in, delete the accounts whose
    grace period is over, warn the newly dormant; {what: how many accounts}.
    Running it again changes nothing."""
    now = now or timezone.now()
    warned_before = now - datetime.timedelta(days=settings.MINT_DORMANT_GRACE_DAYS)
    kept = _ordinary().filter(signed_in_since_warning()).update(dormancy_warned_at=None)
    deleted = 0
    for user in _ordinary().filter(dormancy_warned_at__lte=warned_before):
        if has_dates_coming(user, now):  # booked since: warn again once it is over
            kept += User.objects.filter(pk=user.pk).update(dormancy_warned_at=None)
        elif _delete(user):
            deleted += 1
    return {"kept": kept, "deleted": deleted, "warned": _warn(now)}


def signed_in_since_warning():
    return Q(dormancy_warned_at__isnull=False, last_login__gt=F("dormancy_warned_at"))


def has_dates_coming(user, now) -> bool:
    """Asks the apps that book dates (events answers) whether the account has any."""
    answers = account_has_dates_coming.send(sender=User, user=user, now=now)
    return any(answer for _receiver, answer in answers)


def _ordinary():
    """Accounts without a role: no staff, no group."""
    return User.objects.filter(is_staff=False, is_superuser=False, groups__isnull=True)


def _warn(now):
    unused_since = now - datetime.timedelta(days=settings.MINT_DORMANT_AFTER_DAYS)
    dormant = _ordinary().filter(
        Q(last_login__lt=unused_since)
        | Q(last_login__isnull=True, date_joined__lt=unused_since),
        dormancy_warned_at__isnull=True,
    )
    warned = 0
    for user in dormant:
        if has_dates_coming(user, now):
            continue
        claimed = User.objects.filter(pk=user.pk, dormancy_warned_at__isnull=True)
        if claimed.update(dormancy_warned_at=now):
            tasks.send_dormancy_warning.enqueue(user.pk)
            warned += 1
    return warned


def _delete(user) -> bool:
    try:
        delete_account(user, keep_certificates=True)
    except RemovalRefused as refusal:
        logger.warning("Unused account %s not deleted: %s", user.pk, refusal.message)
        return False
    logger.info("Unused account %s deleted", user.pk)
    return True
