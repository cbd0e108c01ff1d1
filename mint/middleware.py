"""The site's own middleware: language prefixes, security headers, staff rules."""

import re

from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from csp.constants import HEADER as CSP_HEADER
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.contrib import messages
from django.middleware.locale import LocaleMiddleware
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

ADMIN_PREFIX = "/admin/"


class SiteLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus its 404 redirect for paths that live outside the
    language prefixes: an API client asking for a missing object gets a plain 404, not
    a redirect to an HTML page (Wagtail's catch-all makes every prefixed path look valid)."""

    UNPREFIXED = ("/api/", "/admin/", "/documents/", "/healthz", "/static/", "/media/")

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(
            self.UNPREFIXED
        ):
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
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
    languages = "|".join(re.escape(code) for code, _name in settings.LANGUAGES)
    return re.compile(
        rf"^/(?:(?:{languages})/(?:account|accounts|teach)/"
        rf"|(?:(?:{languages})/)?certificates/verify/[^/]+/"
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


def needs_mfa(user):
    """Whoever may open the Wagtail admin: staff, and anyone given admin access."""
    return user.is_staff or user.has_perm("wagtailadmin.access_admin")


class StaffMiddleware:
    """Two rules for the people behind the admin.

    - Their sessions end after MINT_STAFF_SESSION_IDLE_SECONDS without a request.
    - With MINT_STAFF_MFA_REQUIRED, the admin sends them to set up an authenticator app
      (allauth.mfa's TOTP) until they have one, saying why in their language."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            settings.MINT_STAFF_MFA_REQUIRED
            and request.path_info.startswith(ADMIN_PREFIX)
            and request.path_info != reverse("wagtailadmin_logout")
            and request.user.is_authenticated
            and needs_mfa(request.user)
            and not is_mfa_enabled(request.user, [Authenticator.Type.TOTP])
        ):
            return self.set_up_authenticator(request)
        response = self.get_response(request)
        user = getattr(request, "user", None)  # the one signed in by this request
        if user is not None and user.is_authenticated and user.is_staff:
            request.session.set_expiry(settings.MINT_STAFF_SESSION_IDLE_SECONDS)
        return response

    def set_up_authenticator(self, request):
        language = getattr(request.user, "preferred_language", request.LANGUAGE_CODE)
        with translation.override(language):
            messages.warning(
                request,
                _(
                    "The administration holds personal data, so it asks for a second "
                    "factor. Set up an authenticator app on your phone here; then "
                    "open the administration again."
                ),
            )
            return redirect("mfa_activate_totp")
