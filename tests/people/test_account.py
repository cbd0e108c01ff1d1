"""The account overview, personal details and the calendar address."""

import pytest
from django.urls import reverse

from mint.people.models import User

PAGES = [
    ("people:account", False),
    ("people:profile", False),
    ("people:participants", False),
    ("people:participant_add", False),
    ("people:participant_edit", True),
    ("people:participant_delete", True),
]


def url_of(name, participant, with_pk):
    return reverse(name, args=[participant.pk] if with_pk else [])


@pytest.mark.parametrize(("name", "with_pk"), PAGES)
def test_every_page_renders_for_its_owner(signed_in, child, name, with_pk):
    response = signed_in.get(url_of(name, child, with_pk))
    assert response.status_code == 200
    assert response.content.decode().count("<h1") == 1
    assert response["Cache-Control"].startswith("max-age=0")


@pytest.mark.parametrize(("name", "with_pk"), PAGES)
def test_anonymous_visitors_are_sent_to_sign_in(client, child, name, with_pk):
    url = url_of(name, child, with_pk)
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert f"next={url}" in response["Location"]


def test_anonymous_post_changes_nothing(client, child):
    token = child.guardian.calendar_token
    client.post(reverse("people:rotate_calendar_token"))
    response = client.post(reverse("people:participant_delete", args=[child.pk]))
    assert response.status_code == 302
    child.refresh_from_db()  # still there
    child.guardian.refresh_from_db()
    assert child.guardian.calendar_token == token


def test_overview_links_the_account_pages(signed_in):
    html = signed_in.get(reverse("people:account")).content.decode()
    assert "Anna" in html
    for name in (
        "people:profile",
        "people:participants",
        "account_email",
        "account_change_password",
    ):
        assert f'href="{reverse(name)}"' in html
    assert f'href="{reverse("events:my_registrations")}"' in html


def test_overview_shows_the_absolute_calendar_address(signed_in, user):
    html = signed_in.get(reverse("people:account")).content.decode()
    assert f'value="http://testserver/calendar/{user.calendar_token}.ics"' in html
    assert f'action="{reverse("people:rotate_calendar_token")}"' in html


def test_new_calendar_address_replaces_the_old_one(signed_in, user):
    old = user.calendar_token
    response = signed_in.post(reverse("people:rotate_calendar_token"), follow=True)
    user.refresh_from_db()
    assert user.calendar_token != old
    assert len(user.calendar_token) >= 40
    assert not User.objects.filter(calendar_token=old).exists()  # old feed URL is dead
    html = response.content.decode()
    assert f"/calendar/{old}.ics" not in html
    assert f"/calendar/{user.calendar_token}.ics" in html
    assert "message--success" in html


def test_new_calendar_address_needs_post(signed_in, user):
    old = user.calendar_token
    assert signed_in.get(reverse("people:rotate_calendar_token")).status_code == 405
    user.refresh_from_db()
    assert user.calendar_token == old


def test_profile_saves_name_and_language(signed_in, user):
    response = signed_in.post(
        reverse("people:profile"),
        {"first_name": "Anja", "last_name": "Nowak", "preferred_language": "pl"},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("people:account")
    user.refresh_from_db()
    assert (user.first_name, user.last_name) == ("Anja", "Nowak")
    assert user.preferred_language == "pl"


def test_profile_offers_the_site_languages(signed_in, settings):
    html = signed_in.get(reverse("people:profile")).content.decode()
    for code, _name in settings.LANGUAGES:
        assert f'<option value="{code}"' in html


def test_profile_with_an_unknown_language_keeps_what_was_typed(signed_in, user):
    response = signed_in.post(
        reverse("people:profile"),
        {"first_name": "Anja", "last_name": "Nowak", "preferred_language": "xx"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="Anja"' in html
    assert "field--invalid" in html
    user.refresh_from_db()
    assert user.preferred_language == "de"
