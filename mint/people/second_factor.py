"""Who needs a second factor, and on which pages.

Pages that show other people's data to those who work with them – the Wagtail admin,
and the views marked `shows_personal_data` (the teaching area: rosters, scan, check-in,
walk-ins, closing a session) – open only with an authenticator app (allauth.mfa's
TOTP) for:

- staff and anyone with admin access, when MINT_STAFF_MFA_REQUIRED is on;
- instructors who teach a date, when MINT_INSTRUCTOR_MFA_REQUIRED is on.

Views carry the mark themselves, so the rule follows them whatever their address is
called in a language. mint.middleware.StaffMiddleware applies it."""

from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings

MARK = "shows_personal_data"


def shows_personal_data(view):
    """Mark a view that shows other people's data (names, ages, health notes) to the
    people who work with them."""
    setattr(view, MARK, True)
    return view


def is_personal_data_view(view) -> bool:
    return getattr(view, MARK, False)


def needs_mfa(user) -> bool:
    """Whoever may open the Wagtail admin: staff, and anyone given admin access."""
    return user.is_staff or user.has_perm("wagtailadmin.access_admin")


def must_add_second_factor(user) -> bool:
    """Whether this signed-in account is kept from other people's data until it has
    an authenticator app."""
    required = (settings.MINT_STAFF_MFA_REQUIRED and needs_mfa(user)) or (
        settings.MINT_INSTRUCTOR_MFA_REQUIRED and user.taught_events.exists()
    )
    return required and not is_mfa_enabled(user, [Authenticator.Type.TOTP])
