"""allauth's mails (confirmation, password reset, notifications) in the site's name,
frame and voice, in the language of the person they concern."""

import re

import pytest
from allauth.account.adapter import get_adapter
from django.core import mail
from django.core.cache import cache
from django.utils import timezone, translation

from mint.mail import absolute_url
from mint.people.models import User

from ..factories import UserFactory

LANGUAGES = ["de", "pl", "cs", "en"]
# "Konto" is German and Polish alike, so it gives nothing away.
GERMAN_WORDS = {"hallo", "bitte", "bestätige", "deine", "ihre", "passwort"}
INFORMAL_GERMAN = {"du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner"}
HOSTS = ["127.0.0.1", "testserver", "example.com", "localhost"]
PASSWORD = "Sonnen-Uhr-2026"
NOTIFICATIONS = [
    "account/email/password_changed",
    "account/email/password_set",
    "account/email/password_reset",
    "account/email/email_changed",
    "account/email/email_deleted",
    "mfa/email/totp_activated",
    "mfa/email/totp_deactivated",
    "mfa/email/recovery_codes_generated",
]


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()


def gettext_in(language, msgid):
    with translation.override(language):
        return translation.gettext(msgid)


def words(text):
    return set(re.findall(r"\w+", text.lower()))


def assert_site_mail(message, language, *sentences):
    """Site name in the subject, our frame in text and HTML, the recipient's language."""
    assert message.subject.startswith("MINT: ")
    assert not any(host in message.subject for host in HOSTS)
    html = message.alternatives[0][0]
    assert f'<html lang="{language}">' in html
    assert absolute_url("/") in message.body  # the frame's footer
    assert gettext_in(language, "Hello,") in message.body
    for sentence in sentences:
        assert gettext_in(language, sentence) in message.body
    if language == "de":
        assert not words(message.body) & INFORMAL_GERMAN
    else:
        assert not words(message.subject + message.body) & GERMAN_WORDS


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_sign_up_confirmation_names_the_site(client, home_page, language):
    client.post(
        f"/{language}/accounts/signup/",
        {"email": "neu@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    [message] = mail.outbox
    user = User.objects.get(email="neu@example.org")
    # The address's owner reads it in their language (sign-up sets it from the page).
    assert_site_mail(
        message,
        mail_language := user.preferred_language,
        "If it was not you, simply ignore this e-mail.",
    )
    assert message.subject == "MINT: " + gettext_in(
        mail_language, "Please confirm your e-mail address"
    )
    assert re.search(r"https?://\S+/accounts/confirm-email/\S+/", message.body)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_password_reset_speaks_the_accounts_language(client, home_page, language):
    UserFactory(email="anna@example.org", preferred_language=language)
    client.post("/de/accounts/password/reset/", {"email": "anna@example.org"})
    [message] = mail.outbox
    assert_site_mail(
        message,
        language,
        "If it was not you, simply ignore this e-mail: your password stays the same.",
    )
    assert re.search(r"https?://\S+/accounts/password/reset/key/\S+/", message.body)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_unknown_address_gets_the_pages_language(client, home_page, language):
    client.post(f"/{language}/accounts/password/reset/", {"email": "wer@example.org"})
    [message] = mail.outbox
    assert_site_mail(message, language, "If it was not you, simply ignore this e-mail.")
    assert f"/{language}/accounts/signup/" in message.body


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_signing_up_again_tells_the_owner_in_their_language(
    client, home_page, language
):
    UserFactory(email="anna@example.org", preferred_language=language)
    client.post(
        "/de/accounts/signup/",
        {"email": "anna@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    [message] = mail.outbox
    assert_site_mail(message, language, "If it was not you, simply ignore this e-mail.")
    assert "/accounts/password/reset/" in message.body


@pytest.mark.django_db
def test_changing_the_password_is_announced(client, home_page):
    user = UserFactory(email="anna@example.org", preferred_language="pl")
    client.force_login(user)
    client.post(
        "/de/accounts/password/change/",
        {"oldpassword": "demo-password", "password1": PASSWORD, "password2": PASSWORD},
    )
    [message] = mail.outbox
    assert message.to == ["anna@example.org"]
    assert_site_mail(message, "pl", "Your password was changed.")


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("template_prefix", NOTIFICATIONS)
def test_every_notification_in_the_sites_voice(home_page, language, template_prefix):
    user = UserFactory(email="anna@example.org", preferred_language=language)
    context = {
        "user": user,
        "email": user.email,
        "ip": "203.0.113.5",
        "user_agent": "Firefox",
        "timestamp": timezone.now(),
        "from_email": "alt@example.org",
        "to_email": user.email,
        "deleted_email": "alt@example.org",
    }
    message = get_adapter().render_mail(template_prefix, user.email, context)
    assert_site_mail(
        message,
        language,
        "If you did not make this change, please choose a new password at once and "
        "let us know.",
    )
    assert "203.0.113.5" in message.body
