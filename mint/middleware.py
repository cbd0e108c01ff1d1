"""The site's own middleware: language prefixes, security headers, staff rules."""

import re
import time

from csp.constants import HEADER as CSP_HEADER
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.contrib import auth, messages
from django.http import HttpResponseForbidden
from django.middleware.locale import LocaleMiddleware
from django.shortcuts import redirect
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from .paths import every_language, redirect_from_english
from .people.second_factor import is_personal_data_view, must_add_second_factor

ADMIN_PREFIX = "/admin/"
# When the session's person signed in (seconds since the epoch), set at sign-in by
# mint.people.adapter and read by StaffMiddleware.
SIGNED_IN_AT = "mint_signed_in_at"


class SiteLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus its 404 redirect for paths that live outside the
    language prefixes: an API client asking for a missing object gets a plain 404, not
    a redirect to an HTML page (Wagtail's catch-all makes every prefixed path look valid).
    An old English address under another language's prefix moves permanently to that
    language's address (mint.paths)."""

    UNPREFIXED = ("/api/", "/admin/", "/documents/", "/healthz", "/static/", "/media/")

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(
            self.UNPREFIXED
        ):
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        if response.status_code == 404:
            moved = redirect_from_english(request)
            if moved is not None:
                return moved
        return super().process_response(request, response)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's CONTENT_SECURITY_POLICY everywhere, with MINT_ADMIN_CSP on top in
    the Wagtail admin. Wagtail's previews (X-Frame-Options: SAMEORIGIN) may be framed by
    the admin; they render the public page through the middleware, so they keep the
    public policy apart from frame-ancestors."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(ADMIN_PREFIX):
            parts.replace = {**settings.MINT_ADMIN_CSP, **(parts.replace or {})}
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        if (
            request.path_info.startswith(ADMIN_PREFIX)
            and response.get("X-Frame-Options", "").upper() == "SAMEORIGIN"
            and CSP_HEADER in response
        ):
            response[CSP_HEADER] = re.sub(
                r"frame-ancestors [^;]*",
                "frame-ancestors 'self'",
                response[CSP_HEADER],
            )
        return response


class PermissionsPolicyMiddleware:
    """The Permissions-Policy header from PERMISSIONS_POLICY; the camera is allowed
    (to this origin) only on the views in MINT_CAMERA_VIEWS."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = dict(settings.PERMISSIONS_POLICY)
        match = request.resolver_match
        if match is not None and match.view_name in settings.MINT_CAMERA_VIEWS:
            policy["camera"] = ["self"]
        response.headers.setdefault(
            "Permissions-Policy",
            ", ".join(
                f"{feature}=({' '.join(allow)})" for feature, allow in policy.items()
            ),
        )
        return response


def _private_paths():
    """The personal areas' addresses in every language (mint.paths)."""
    languages = "|".join(re.escape(code) for code, _name in settings.LANGUAGES)
    areas = "|".join(
        re.escape(word)
        for english in ("account/", "accounts/", "teach/")
        for word in every_language(english)
    )
    verify = "|".join(re.escape(w) for w in every_language("certificates/verify/"))
    return re.compile(
        rf"^/(?:(?:{languages})/(?:{areas})"
        rf"|(?:(?:{languages})/)?(?:{verify})[^/]+/"
        rf"|{ADMIN_PREFIX[1:]})"
    )


class PrivatePagesMiddleware:
    """`Cache-Control: no-store, private` on every response to a signed-in visitor and
    on the personal areas (account, sign-in, teaching, admin, certificate checks), so
    that neither a shared cache nor the browser's history keeps them. Public pages for
    anonymous visitors stay cacheable."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.private_paths = _private_paths()

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        signed_in = user is not None and user.is_authenticated
        if signed_in or self.private_paths.match(request.path_info):
            patch_cache_control(response, no_store=True, private=True)
        return response


class StaffMiddleware:
    """Three rules for the people who work with other people's data.

    - Staff sessions end after MINT_STAFF_SESSION_IDLE_SECONDS without a request,
    - and MINT_STAFF_SESSION_MAX_SECONDS after signing in, whatever they did since.
    - Where mint.people.second_factor says so, the admin and the views that show
      personal data send them to set up an authenticator app until they have one,
      saying why in their language. Signing out of the admin stays open; allauth's
      set-up, re-authentication and sign-out pages are no such views, so the way to
      the authenticator never loops."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_staff and self.signed_in_too_long_ago(request):
            auth.logout(request)
            messages.info(
                request,
                _(
                    "For the safety of the data you work with, staff sessions end "
                    "after a working day, however busy. Please sign in again."
                ),
            )
        response = self.get_response(request)
        user = getattr(request, "user", None)  # the one signed in by this request
        if user is not None and user.is_authenticated and user.is_staff:
            request.session.set_expiry(settings.MINT_STAFF_SESSION_IDLE_SECONDS)
        return response

    @staticmethod
    def signed_in_too_long_ago(request):
        """Sessions from before this rule count from their first request under it."""
        signed_in_at = request.session.setdefault(SIGNED_IN_AT, time.time())
        return time.time() - signed_in_at > settings.MINT_STAFF_SESSION_MAX_SECONDS

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.user.is_authenticated:
            return None
        admin = (
            request.path_info.startswith(ADMIN_PREFIX)
            and request.resolver_match.view_name != "wagtailadmin_logout"
        )
        if not (admin or is_personal_data_view(view_func)):
            return None
        if not must_add_second_factor(request.user):
            return None
        wanted = request.get_preferred_type(["text/html", "application/json"])
        if wanted == "application/json":
            # The page's scripts: scan.js keeps its queued codes on a 403 and asks to
            # reload, roster.js posts the form as usual and is redirected below.
            return HttpResponseForbidden()
        return self.set_up_authenticator(request)

    def set_up_authenticator(self, request):
        language = getattr(request.user, "preferred_language", request.LANGUAGE_CODE)
        with translation.override(language):
            messages.warning(
                request,
                _(
                    "These pages show other people's personal data, so they ask for a "
                    "second factor. Set up an authenticator app on your phone here; "
                    "then open the page again."
                ),
            )
            return redirect("mfa_activate_totp")
