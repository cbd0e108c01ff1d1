"""What the site sends to keep visitors safe: security headers (CSP per area, no framing,
no sniffing, a same-origin referrer, browser features off), no caching of personal pages,
sessions that rotate and end, and the staff's second factor for the admin."""

import datetime
import time

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from bs4 import BeautifulSoup
from django.contrib import messages
from django.contrib.auth import SESSION_KEY
from django.contrib.messages import get_messages
from django.contrib.sessions.models import Session
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import resolve, reverse
from django.utils import timezone, translation

from mint.middleware import (
    SIGNED_IN_AT,
    ContentSecurityPolicyMiddleware,
    PermissionsPolicyMiddleware,
)

from ..factories import UserFactory

CATALOGUE = "/de/kurse/"
PASSWORD = "demo-password"  # UserFactory's


def url(name, language="de", **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


def csp_of(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def sign_in(client, user):
    """Through allauth's form, which records when the password was given: setting up
    an authenticator app within five minutes of it asks for no password again."""
    response = client.post(
        url("account_login"), {"login": user.email, "password": PASSWORD}
    )
    assert response.status_code == 302


def verified(user):
    EmailAddress.objects.create(
        user=user, email=user.email, verified=True, primary=True
    )
    return user


@pytest.fixture
def learner(db):
    return verified(UserFactory())


@pytest.fixture
def staff(db):
    return verified(UserFactory(is_staff=True, is_superuser=True))


@pytest.fixture
def pages(client, catalogue, learner, staff):
    """A public page (anonymous), an account page (a learner), an admin page (staff)."""

    def get(area):
        client.logout()
        if area == "public":
            return client.get(CATALOGUE)
        client.force_login(learner if area == "account" else staff)
        return client.get(url("people:account") if area == "account" else "/admin/")

    return get


# Headers


@pytest.mark.parametrize("area", ["public", "account", "admin"])
def test_every_page_sends_the_security_headers(pages, area):
    response = pages(area)
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert "microphone=()" in response["Permissions-Policy"]
    csp = csp_of(response)
    assert csp["default-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"]
    assert csp["form-action"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert "data:" in csp["img-src"]


@pytest.mark.parametrize("area", ["public", "account"])
def test_the_public_site_runs_no_inline_script_or_style(pages, area):
    csp = csp_of(pages(area))
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]


def test_the_admin_allows_the_inline_scripts_and_styles_wagtail_needs(pages):
    csp = csp_of(pages("admin"))
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["style-src"] == ["'self'", "'unsafe-inline'"]
    assert "'unsafe-eval'" not in csp["script-src"]
    assert csp["img-src"] == ["'self'", "data:", "blob:"]


def run_middleware(middleware_class, path, response=None):
    request = RequestFactory().get(path)
    request.resolver_match = resolve(path)
    middleware = middleware_class(lambda request: response or HttpResponse())
    return middleware(request)


@pytest.mark.parametrize(
    ("path", "frame_ancestors"),
    [("/admin/pages/3/edit/preview/", "'self'"), (CATALOGUE, "'none'")],
)
def test_only_admin_previews_may_be_framed_by_the_admin(path, frame_ancestors):
    """Wagtail marks its preview views X-Frame-Options: SAMEORIGIN; a public page that
    tried the same would stay unframeable."""
    sameorigin = HttpResponse(headers={"X-Frame-Options": "SAMEORIGIN"})
    response = run_middleware(ContentSecurityPolicyMiddleware, path, sameorigin)
    assert csp_of(response)["frame-ancestors"] == [frame_ancestors]


def test_a_preview_keeps_the_public_policy_of_the_page_it_shows(client, catalogue):
    """Wagtail renders a preview by sending a request for the page's own address
    through the middleware: its policy is the public one, framed by the admin."""
    public = client.get(CATALOGUE)
    preview = HttpResponse(
        headers={
            "X-Frame-Options": "SAMEORIGIN",
            "Content-Security-Policy": public["Content-Security-Policy"],
        }
    )
    response = run_middleware(
        ContentSecurityPolicyMiddleware, "/admin/pages/3/edit/preview/", preview
    )
    csp = csp_of(response)
    assert csp["frame-ancestors"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]


def test_only_the_scan_page_may_use_the_camera():
    scan = run_middleware(PermissionsPolicyMiddleware, url("events:scan", session_id=1))
    roster = run_middleware(
        PermissionsPolicyMiddleware, url("events:roster", session_id=1)
    )
    assert "camera=(self)" in scan["Permissions-Policy"]
    assert "microphone=()" in scan["Permissions-Policy"]
    assert "camera=()" in roster["Permissions-Policy"]


# Caching


@pytest.mark.parametrize(
    "path",
    [
        "/de/konto/",
        "/en/account/",
        "/pl/konto/certyfikaty/0123abcd.pdf",
        "/de/accounts/login/",
        "/cs/lektor/",
        "/pl/prowadzenie/",
        "/admin/",
        "/de/zertifikate/pruefen/0123abcd/",
    ],
)
def test_personal_pages_are_never_stored(client, home_page, path):
    response = client.get(path)
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_public_pages_stay_cacheable_for_anonymous_visitors(client, catalogue):
    response = client.get(CATALOGUE)
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")


def test_every_page_for_a_signed_in_visitor_is_never_stored(client, catalogue, learner):
    client.force_login(learner)
    response = client.get(CATALOGUE)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


# Sessions


def test_signing_in_starts_a_new_session(client, home_page, learner):
    session = client.session
    session["before"] = "sign-in"
    session.save()
    before = client.cookies["sessionid"].value

    response = client.post(
        url("account_login"), {"login": learner.email, "password": PASSWORD}
    )

    assert response.status_code == 302
    after = client.cookies["sessionid"].value
    assert after != before
    assert not Session.objects.filter(session_key=before).exists()
    assert client.session[SESSION_KEY] == str(learner.pk)


def test_signing_out_ends_the_session(client, home_page, learner):
    client.post(url("account_login"), {"login": learner.email, "password": PASSWORD})
    key = client.cookies["sessionid"].value

    client.post(url("account_logout"))

    assert not Session.objects.filter(session_key=key).exists()
    assert SESSION_KEY not in client.session
    assert client.get(url("people:account")).status_code == 302  # to the sign-in


def test_cookies_are_out_of_reach_of_scripts(client, home_page, learner):
    client.get(url("account_login"))  # sets the CSRF cookie
    client.post(url("account_login"), {"login": learner.email, "password": PASSWORD})
    assert client.cookies["sessionid"]["httponly"]
    assert client.cookies["csrftoken"]["httponly"]


def expires_in(client):
    session = Session.objects.get(session_key=client.cookies["sessionid"].value)
    return session.expire_date - timezone.now()


def test_staff_sessions_end_after_half_an_hour_without_a_request(
    client, home_page, staff, settings
):
    assert settings.MINT_STAFF_SESSION_IDLE_SECONDS == 30 * 60
    client.force_login(staff)
    client.get("/admin/")
    assert datetime.timedelta(minutes=29) < expires_in(client)
    assert expires_in(client) <= datetime.timedelta(minutes=30)
    assert client.cookies["sessionid"]["max-age"] == 30 * 60


def test_learners_keep_the_two_weeks_of_remember_me(client, catalogue, learner):
    client.post(
        url("account_login"),
        {"login": learner.email, "password": PASSWORD, "remember": "on"},
    )
    client.get(CATALOGUE)
    assert expires_in(client) > datetime.timedelta(days=13)


# The staff's second factor


def test_tests_sign_staff_in_without_a_second_factor_unless_marked(settings):
    """tests/conftest.py turns the rule off; mint.settings.test has it on."""
    assert settings.MINT_STAFF_MFA_REQUIRED is False


@pytest.mark.staff_mfa
def test_staff_without_an_authenticator_app_are_sent_to_set_one_up(
    client, home_page, staff
):
    staff.preferred_language = "pl"
    staff.save()
    sign_in(client, staff)

    response = client.get("/admin/pages/")

    assert response.status_code == 302
    assert response["Location"] == url("mfa_activate_totp", "pl")
    [message] = [
        m for m in get_messages(response.wsgi_request) if m.level == messages.WARNING
    ]
    with translation.override("pl"):
        assert str(message) == translation.gettext(
            "These pages show other people's personal data, so they ask for a "
            "second factor. Set up an authenticator app on your phone here; "
            "then open the page again."
        )


def in_site_layout(response):
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("header.site-header nav.site-nav")
    assert soup.select_one("main h1.page-head")
    return soup


@pytest.mark.staff_mfa
def test_the_way_to_an_authenticator_app_is_in_the_site_layout(
    client, home_page, staff
):
    """allauth asks for the password once more, then shows the QR code to scan."""
    sign_in(client, staff)
    assert client.get("/admin/")["Location"] == url("mfa_activate_totp")

    response = client.get(url("mfa_activate_totp"), follow=True)
    assert response.redirect_chain[-1][0].startswith(url("account_reauthenticate"))
    soup = in_site_layout(response)
    assert soup.select_one(".message--warning").text.strip() == translation.gettext(
        "These pages show other people's personal data, so they ask for a second "
        "factor. Set up an authenticator app on your phone here; then open the page "
        "again."
    )

    response = client.post(
        url("account_reauthenticate"),
        {"password": PASSWORD, "next": url("mfa_activate_totp")},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == url("mfa_activate_totp")
    soup = in_site_layout(response)
    assert soup.select_one("main img[src^='data:image/svg+xml']")  # the QR code
    assert "data:" in csp_of(response)["img-src"]


def test_the_account_page_leads_to_two_factor_authentication(
    client, home_page, learner
):
    client.force_login(learner)
    soup = in_site_layout(client.get(url("people:account")))
    assert soup.select_one(f"a[href='{url('mfa_index')}']")
    soup = in_site_layout(client.get(url("mfa_index")))
    assert soup.select_one(".breadcrumb a")["href"] == url("people:account")


@pytest.mark.staff_mfa
def test_staff_get_in_once_their_authenticator_app_is_active(client, home_page, staff):
    client.force_login(staff)
    assert client.get("/admin/").status_code == 302

    TOTP.activate(staff, generate_totp_secret())

    assert client.get("/admin/").status_code == 200


@pytest.mark.staff_mfa
def test_staff_may_sign_out_of_the_admin_without_an_authenticator(
    client, home_page, staff
):
    client.force_login(staff)
    response = client.post(reverse("wagtailadmin_logout"))
    assert response.status_code == 302
    assert SESSION_KEY not in client.session


@pytest.mark.staff_mfa
def test_learners_never_meet_the_staff_rule(client, catalogue, learner):
    client.force_login(learner)
    assert client.get(url("people:account")).status_code == 200
    assert client.get("/admin/").status_code == 302
    assert client.get("/admin/")["Location"] != url("mfa_activate_totp")


@pytest.mark.staff_mfa
def test_with_an_authenticator_staff_sign_in_with_a_code(client, home_page, staff):
    TOTP.activate(staff, generate_totp_secret())
    response = client.post(
        url("account_login"), {"login": staff.email, "password": PASSWORD}
    )
    assert response["Location"] == url("mfa_authenticate")
    assert SESSION_KEY not in client.session


def signed_in_hours_ago(client, hours):
    session = client.session
    session[SIGNED_IN_AT] = time.time() - hours * 3600
    session.save()


def test_staff_sessions_end_twelve_hours_after_signing_in_however_busy(
    client, home_page, staff, settings
):
    assert settings.MINT_STAFF_SESSION_MAX_SECONDS == 12 * 3600
    sign_in(client, staff)
    assert client.get("/admin/").status_code == 200
    signed_in_hours_ago(client, 11.9)
    assert client.get("/admin/").status_code == 200  # still within the day

    signed_in_hours_ago(client, 12.1)
    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith(url("account_login"))
    assert SESSION_KEY not in client.session


def test_the_sign_in_time_is_kept_from_the_sign_in(client, home_page, staff):
    before = time.time()
    sign_in(client, staff)

    assert before <= client.session[SIGNED_IN_AT] <= time.time()


def test_learners_are_not_signed_out_after_a_day(client, catalogue, learner):
    client.force_login(learner)
    signed_in_hours_ago(client, 13)

    assert client.get(url("people:account")).status_code == 200
