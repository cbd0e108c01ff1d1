"""The sign-in pages (allauth) in the site's layout: labelled fields, errors in the
visitor's language, links between sign-in, sign-up and password reset."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

LANGUAGES = ["de", "pl"]
ANONYMOUS_PAGES = [
    "account_login",
    "account_signup",
    "account_reset_password",
    "account_reset_password_done",
    "account_email_verification_sent",
]
SIGNED_IN_PAGES = ["account_email", "account_change_password", "account_logout"]
NOT_TYPED_IN = {"hidden", "submit", "button", "reset", "image"}


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """allauth counts failed sign-ins in the cache; each test starts from zero."""
    cache.clear()


def url(name, language):
    with translation.override(language):
        return reverse(name)


def translated(language, msgid):
    with translation.override(language):
        text = translation.gettext(msgid)
    assert text != msgid, f"{msgid!r} has no {language} translation"
    return text


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def unlabelled_inputs(soup):
    """Inputs a visitor types into or ticks that no <label> names."""
    labelled = {label["for"] for label in soup.find_all("label", attrs={"for": True})}
    return [
        field
        for field in soup.find_all(["input", "select", "textarea"])
        if field.get("type", "text") not in NOT_TYPED_IN
        and field.get("id") not in labelled
        and field.find_parent("label") is None
    ]


def assert_in_site_layout(response, language):
    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.html["lang"] == language
    assert soup.select_one("header.site-header nav.site-nav")  # our layout
    assert len(soup.find_all("h1")) == 1
    assert soup.select_one("main h1.page-head")
    assert unlabelled_inputs(soup) == []
    return soup


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", ANONYMOUS_PAGES)
def test_sign_in_pages_use_the_site_layout(client, home_page, name, language):
    assert_in_site_layout(client.get(url(name, language)), language)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", SIGNED_IN_PAGES)
def test_account_pages_of_allauth_use_the_site_layout(
    signed_in, home_page, name, language
):
    soup = assert_in_site_layout(signed_in.get(url(name, language)), language)
    back = soup.select_one(".breadcrumb a")
    assert back["href"] == url("people:account", language)


def test_sign_in_fields_say_what_browsers_may_fill_in(client, home_page):
    login = soup_of(client.get(url("account_login", "de")))
    signup = soup_of(client.get(url("account_signup", "de")))
    assert login.select_one("[name=login]")["autocomplete"] == "email"
    assert login.select_one("[name=password]")["autocomplete"] == "current-password"
    assert signup.select_one("[name=email]")["autocomplete"] == "email"
    assert signup.select_one("[name=password1]")["autocomplete"] == "new-password"
    assert signup.select_one("[name=password2]")["autocomplete"] == "new-password"


def test_sign_in_sign_up_and_password_reset_link_to_each_other(client, home_page):
    login, signup, reset = (
        url(name, "de")
        for name in ("account_login", "account_signup", "account_reset_password")
    )
    login_html = client.get(login).content.decode()
    assert f'href="{signup}"' in login_html
    assert f'href="{reset}"' in login_html  # "forgot your password?"
    assert f'href="{login}"' in client.get(signup).content.decode()
    reset_html = client.get(reset).content.decode()
    assert f'href="{login}"' in reset_html
    assert f'href="{signup}"' in reset_html


@pytest.mark.parametrize("language", LANGUAGES)
def test_failed_sign_in_keeps_the_address_and_speaks_the_language(
    client, home_page, user, language
):
    response = client.post(
        url("account_login", language),
        {"login": user.email, "password": "not-the-password"},
    )
    soup = assert_in_site_layout(response, language)
    assert soup.select_one("[name=login]")["value"] == user.email
    error = translated(
        language, "The email address and/or password you specified are not correct."
    )
    assert error in soup.select_one(".alert--error").text
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("language", LANGUAGES)
def test_failed_sign_up_marks_the_field_and_sums_up_on_top(client, home_page, language):
    response = client.post(
        url("account_signup", language),
        {
            "email": "neu@example.org",
            "password1": "Sonnen-Uhr-2026",
            "password2": "Sonnen-Uhr-2027",
        },
    )
    soup = assert_in_site_layout(response, language)
    assert soup.select_one("[name=email]")["value"] == "neu@example.org"

    summary = soup.select_one(".alert--error")
    assert translated(language, "Please check the marked fields.") in summary.text
    assert summary.select_one('a[href="#id_password2"]')

    mismatch = translated(language, "You must type the same password each time.")
    assert soup.select_one("#id_password2_error").text == mismatch
    second = soup.select_one("[name=password2]")
    assert second["aria-invalid"] == "true"
    assert "id_password2_error" in second["aria-describedby"]


def test_german_sign_up_error_is_german(client, home_page):
    """The language comes from the address, whatever the browser prefers."""
    response = client.post(
        url("account_signup", "de"),
        {"email": "neu@example.org", "password1": "kurz", "password2": "kurz"},
        headers={"accept-language": "pl"},
    )
    html = response.content.decode()
    assert "Bitte prüfen Sie die markierten Felder." in html
    assert "Dieses Passwort ist zu kurz." in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_header_offers_sign_up_beside_sign_in_to_visitors_only(
    client, home_page, language, django_user_model
):
    def header_links(response):
        nav = soup_of(response).select_one("header.site-header nav.site-nav")
        return [a["href"] for a in nav.find_all("a")]

    home = f"/{language}/"
    links = header_links(client.get(home))
    login, signup = url("account_login", language), url("account_signup", language)
    assert links.index(signup) == links.index(login) + 1
    client.force_login(django_user_model.objects.create_user("x@example.org"))
    links = header_links(client.get(home))
    assert login not in links and signup not in links
