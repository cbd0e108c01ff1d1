"""A parent signs up, confirms the e-mail address and can then sign in."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

from mint.people.models import User


@pytest.mark.django_db
def test_sign_up_needs_a_confirmed_address_before_signing_in(client, home_page):
    response = client.post(
        "/de/accounts/signup/",
        {
            "email": "neu@example.org",
            "password1": "Sonnen-Uhr-2026",
            "password2": "Sonnen-Uhr-2026",
        },
    )
    assert response.status_code == 302
    user = User.objects.get(email="neu@example.org")
    assert not EmailAddress.objects.get(user=user).verified

    login = {"login": "neu@example.org", "password": "Sonnen-Uhr-2026"}
    response = client.post("/de/accounts/login/", login)
    assert "_auth_user_id" not in client.session  # not before confirming

    [link] = re.findall(
        r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[-1].body
    )
    confirm_path = link.split("testserver", 1)[-1]
    assert client.post(confirm_path).status_code == 302
    assert EmailAddress.objects.get(user=user).verified

    response = client.post("/de/accounts/login/", login)
    assert client.session["_auth_user_id"] == str(user.pk)


@pytest.mark.django_db
def test_sign_up_errors_keep_the_address_and_speak_german(client, home_page):
    response = client.post(
        "/de/accounts/signup/",
        {"email": "neu@example.org", "password1": "kurz", "password2": "anders"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="neu@example.org"' in html
    assert not User.objects.exists()
    assert 'lang="de"' in html


SIGN_UP = {"password1": "Sonnen-Uhr-2026", "password2": "Sonnen-Uhr-2026"}


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["de", "pl", "cs", "en"])
def test_the_language_signed_up_in_is_the_language_of_the_mail(
    client, home_page, language
):
    form = client.get(f"/{language}/accounts/signup/").content.decode()
    assert re.search(rf'<option value="{language}"[^>]*selected', form), (
        "the language choice starts at the page's language"
    )
    client.post(
        f"/{language}/accounts/signup/", {"email": "neu@example.org", **SIGN_UP}
    )
    assert User.objects.get(email="neu@example.org").preferred_language == language


@pytest.mark.django_db
def test_a_language_chosen_at_sign_up_wins_over_the_pages(client, home_page):
    client.post(
        "/pl/accounts/signup/",
        {"email": "neu@example.org", "preferred_language": "cs", **SIGN_UP},
    )
    assert User.objects.get(email="neu@example.org").preferred_language == "cs"


@pytest.mark.django_db
def test_an_unknown_language_at_sign_up_is_refused_with_the_form_kept(
    client, home_page
):
    response = client.post(
        "/pl/accounts/signup/",
        {"email": "neu@example.org", "preferred_language": "xx", **SIGN_UP},
    )
    assert response.status_code == 200
    assert 'value="neu@example.org"' in response.content.decode()
    assert not User.objects.exists()
