"""Fuzzing the account area and the sign-in pages: the participant, school and profile
forms, sharing a child by e-mail, an invitation link, stopping to share, deleting the
account, the data export, allauth's sign-in, sign-up, password reset and change, and
CSRF on every POST. Never a 500; payloads come back escaped; a form with errors keeps
what was typed (a password never comes back); what is saved is what was typed."""

import re
from urllib.parse import quote, urlsplit

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation
from hypothesis import example, given
from hypothesis import strategies as st

from mint.people import sharing
from mint.people.models import GuardianInvitation, Participant, School, User

from ..factories import ParticipantFactory, SchoolFactory, UserFactory
from ..fuzz import (
    answered,
    csrf_client,
    date_text,
    form_post,
    fuzz,
    harmless,
    injection,
    kept,
    nasty_text,
    raw_form,
    refused_without_csrf,
    text_of,
)

pytestmark = pytest.mark.django_db


def url(name, *args, language="de"):
    with translation.override(language):
        return reverse(name, args=args)


def text_or_injection(max_size=40):
    return st.one_of(nasty_text(max_size=max_size), injection())


def long_email():
    """Valid addresses longer than the 254 characters a stored address may have, but
    within the 320 Django's e-mail fields allow."""
    return st.builds(
        lambda local, labels: f"{local}@{'.'.join(labels)}.de",
        st.text("abcxyz0189", min_size=1, max_size=64),
        st.lists(st.text("mnop", min_size=50, max_size=63), min_size=3, max_size=4),
    )


def email_text():
    return st.one_of(
        st.emails(), long_email(), text_or_injection(), st.just("anna@example.org")
    )


def in_path(text):
    """Text as one segment of a path: percent-encoded, broken escapes left as sent."""
    return quote(text, safe="%") or "x"


def local_redirect(response):
    """A redirect after saving stays on this site."""
    location = urlsplit(response["Location"].replace("\\", "/"))
    assert not location.scheme and not location.netloc, response["Location"]


@pytest.fixture(autouse=True)
def _no_rate_limits():
    """allauth counts sign-ins, sign-ups and resets in the cache."""
    cache.clear()


# The participant form


PARTICIPANT_TEXT = ["first_name", "last_name", "home_municipality"]


@given(
    texts=st.fixed_dictionaries(
        {name: text_or_injection() for name in PARTICIPANT_TEXT}
    ),
    notes=text_or_injection(max_size=200),
    birth_date=st.one_of(st.sampled_from(["2016-05-01", "1990-01-01"]), date_text()),
    choices=st.fixed_dictionaries(
        {
            name: st.one_of(st.sampled_from(["", "on", "DE", "female"]), nasty_text())
            for name in (
                "gender",
                "home_country",
                "is_account_holder",
                "photo_consent",
                "guardian_consent",
            )
        }
    ),
    next_url=st.one_of(
        st.just(""),
        st.sampled_from(["/de/events/1/register/", "//evil.example", "javascript:1"]),
        text_or_injection(),
    ),
    editing=st.booleans(),
)
@fuzz(50)
@example(
    texts=dict.fromkeys(PARTICIPANT_TEXT, "<script>alert(1)</script>"),
    notes='"><img src=x onerror=alert(1)>',
    birth_date="2016-05-01",
    choices={"guardian_consent": "on"},
    next_url='"><script>alert(1)</script>',
    editing=False,
)
@example(
    texts={"first_name": "\u202eBen\u200d👩\u200d👧", "last_name": "e\u0301\x00"},
    notes="x" * 5000,
    birth_date="99999-01-01",
    choices={},
    next_url="javascript:alert(1)",
    editing=True,
)
@example(  # a word for `next` was taken for a URL name
    texts={"first_name": "Ben", "last_name": "M", "home_municipality": ""},
    notes="",
    birth_date="2016-05-01",
    choices={"guardian_consent": "on"},
    next_url="0",
    editing=False,
)
def test_the_participant_form(
    signed_in, user, child, texts, notes, birth_date, choices, next_url, editing
):
    data = {**texts, **choices, "birth_date": birth_date, "next": next_url}
    if editing:  # notes are asked once there are some, or a seat coming
        Participant.objects.filter(pk=child.pk).update(notes_for_instructor="Nüsse")
        data["notes_for_instructor"] = notes
        path = url("people:participant_edit", child.pk)
    else:
        path = url("people:participant_add")
    response = harmless(form_post(signed_in, path, data), *data.values())
    if response.status_code == 200:
        typed = {"notes": notes} if editing else {}
        kept(response, **texts, **typed, birth_date=birth_date)
    else:
        assert response.status_code == 302
        local_redirect(response)
        saved = Participant.objects.for_user(user).latest("pk")
        if editing:
            saved = Participant.objects.get(pk=child.pk)
            assert saved.notes_for_instructor == notes.strip()
        assert saved.first_name == texts["first_name"].strip()
        harmless(signed_in.get(url("people:participants")), *data.values())


# The school form


SCHOOL_TEXT = ["name", "street", "postcode", "town", "school_number"]


@given(
    texts=st.fixed_dictionaries({name: text_or_injection() for name in SCHOOL_TEXT}),
    school_type=st.one_of(st.sampled_from(["secondary", "kita"]), nasty_text()),
    country=st.one_of(st.sampled_from(["DE", "PL", "CZ"]), nasty_text()),
)
@fuzz(40)
@example(
    texts={
        "name": "<script>alert(1)</script>",
        "street": "Markt 1",
        "postcode": "02763",
        "town": "Zittau",
        "school_number": "",
    },
    school_type="secondary",
    country="DE",
)
def test_the_school_form(signed_in, user, texts, school_type, country):
    data = {**texts, "school_type": school_type, "country": country}
    response = harmless(
        form_post(signed_in, url("people:school_add"), data), *data.values()
    )
    if response.status_code == 200:
        kept(response, **texts)
    else:
        assert response.status_code == 302
        saved = School.objects.filter(teacher=user).latest("pk")
        assert saved.name == texts["name"].strip()
        harmless(signed_in.get(url("people:schools")), *data.values())


# The account's own details


@given(
    first_name=text_or_injection(),
    last_name=text_or_injection(),
    language=st.one_of(st.sampled_from(["de", "pl", "cs", "en"]), nasty_text()),
)
@fuzz(30)
def test_the_profile_form(signed_in, user, first_name, last_name, language):
    data = {
        "first_name": first_name,
        "last_name": last_name,
        "preferred_language": language,
    }
    response = harmless(
        form_post(signed_in, url("people:profile"), data), first_name, last_name
    )
    if response.status_code == 200:
        kept(response, first_name=first_name, last_name=last_name)
    else:
        assert response.status_code == 302
        user.refresh_from_db()
        assert user.first_name == first_name.strip()
        harmless(signed_in.get(url("people:account")), first_name, last_name)


# Sharing a child


@given(email=email_text())
@fuzz(40)
@example(email="a@" + ".".join(["m" * 63] * 4) + ".de")  # 262 characters, valid
@example(email='"><img src=x onerror=alert(1)>@example.org')
def test_sharing_a_child_by_email(signed_in, child, email):
    path = url("people:participant_share", child.pk)
    response = harmless(form_post(signed_in, path, {"email": email}), email)
    if response.status_code == 200:
        kept(response, email=email)
    else:
        assert response.status_code == 302
        invitation = GuardianInvitation.objects.latest("pk")
        assert invitation.email.lower() == email.strip().lower()
        harmless(signed_in.get(path), email)


@given(
    token=st.one_of(text_or_injection(), st.just("valid")),
    consent=st.one_of(st.just("on"), nasty_text()),
    post=st.booleans(),
)
@fuzz(40)
@example(token="\x00", consent="", post=False)
@example(token="%ED%A0%80", consent="", post=True)
def test_an_invitation_link(client, user, token, consent, post):
    partner = UserFactory(email=f"partner{User.objects.count()}@example.org")
    if token == "valid":
        person = ParticipantFactory(guardian=user)  # a child may have few guardians
        token = sharing.invite(person, user, partner.email).token
    client.force_login(partner)
    path = url("people:invitation", "TOKEN").replace("TOKEN", in_path(token))
    if post:
        response = form_post(client, path, {"consent": consent})
    else:
        response = client.get(path)
    harmless(response, token, consent)


@given(account=st.one_of(nasty_text(), injection(), st.just("other")))
@fuzz(30)
@example(account="abc")
@example(account="99999999999999999999")
def test_stopping_to_share(signed_in, child, other_user, account):
    child.co_guardians.add(other_user)
    if account == "other":
        account = str(other_user.pk)
    response = form_post(
        signed_in, url("people:stop_sharing", child.pk), {"account": account}
    )
    assert answered(response).status_code in (302, 404)


# Deleting the account, the data export


@given(password=text_or_injection())
@fuzz(25)
def test_deleting_the_account_asks_the_password(signed_in, user, password):
    response = form_post(
        signed_in, url("people:delete_account"), {"password": password}
    )
    harmless(response, password)
    assert response.status_code == 200  # the password is never right
    assert User.objects.filter(pk=user.pk).exists()
    # A password typed never comes back.
    [field] = re.findall(r"<input[^>]*name=\"password\"[^>]*>", text_of(response))
    assert "value=" not in field


def test_the_data_export_carries_what_was_typed_as_data(signed_in, user):
    nasty = '"><script>alert(1)</script>\u202e\u200d🤖e\u0301'
    ParticipantFactory(guardian=user, first_name=nasty, notes_for_instructor=nasty)
    response = answered(signed_in.get(url("people:export_data")))
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].startswith("attachment")
    [person] = response.json()["participants"]
    assert person["first_name"] == person["notes_for_instructor"] == nasty


@given(
    name=st.sampled_from(
        [
            "participant_delete",
            "school_delete",
            "rotate_calendar_token",
            "stop_sharing",
            "participant_share",
            "profile",
        ]
    ),
    body=raw_form(["account", "email", "first_name", "name", "password", "next"]),
)
@fuzz(25)
def test_the_other_posts_with_any_body(signed_in, user, name, body):
    person = ParticipantFactory(guardian=user)
    school = SchoolFactory(teacher=user)
    args = {"participant_delete": [person.pk], "school_delete": [school.pk]}
    args |= {"stop_sharing": [person.pk], "participant_share": [person.pk]}
    answered(
        signed_in.post(
            url(f"people:{name}", *args.get(name, [])),
            body,
            content_type="application/x-www-form-urlencoded",
        )
    )


# allauth's pages


@given(
    login=email_text(),
    password=text_or_injection(),
    next_url=st.one_of(st.just(""), text_or_injection()),
    language=st.sampled_from(["de", "pl", "cs", "en"]),
)
@fuzz(40)
@example(
    login='"><img src=x onerror=alert(1)>',
    password="x",
    next_url="javascript:alert(1)",
    language="de",
)
def test_signing_in(client, user, login, password, next_url, language):
    cache.clear()
    path = url("account_login", language=language)
    data = {"login": login, "password": password, "next": next_url}
    response = harmless(form_post(client, path, data), login, next_url)
    if response.status_code == 200:
        kept(response, login=login)


@given(
    email=email_text(),
    password1=text_or_injection(),
    same=st.booleans(),
    language=st.sampled_from(["de", "pl", "cs", "en"]),
)
@fuzz(40)
@example(
    email="a@" + ".".join(["m" * 63] * 4) + ".de",
    password1="a-long-enough-password",
    same=True,
    language="de",
)
def test_signing_up(client, db, email, password1, same, language):
    cache.clear()
    data = {
        "email": email,
        "password1": password1,
        "password2": password1 if same else password1 + "x",
    }
    response = form_post(client, url("account_signup", language=language), data)
    harmless(response, email, password1)
    if response.status_code == 200:
        kept(response, email=email)
    else:
        assert response.status_code == 302
        assert User.objects.filter(email__iexact=email.strip()).exists()


@given(email=email_text(), language=st.sampled_from(["de", "pl", "cs", "en"]))
@fuzz(30)
def test_asking_for_a_new_password(client, user, email, language):
    cache.clear()
    response = form_post(
        client, url("account_reset_password", language=language), {"email": email}
    )
    harmless(response, email)
    if response.status_code == 200:
        kept(response, email=email)
    else:
        assert response.status_code == 302


@given(key=text_or_injection(), password=text_or_injection(), post=st.booleans())
@fuzz(25)
def test_a_password_reset_link(client, user, key, password, post):
    with translation.override("de"):
        path = reverse(
            "account_reset_password_from_key", kwargs={"uidb36": "1", "key": "a"}
        )
    path = path.replace("1-a", in_path(f"{user.pk}-{key}"))
    data = {"password1": password, "password2": password}
    response = form_post(client, path, data) if post else client.get(path)
    harmless(response, key, password)


@given(
    old=text_or_injection(),
    new=text_or_injection(),
    email=email_text(),
    which=st.booleans(),
)
@fuzz(30)
def test_changing_password_and_addresses(signed_in, user, old, new, email, which):
    cache.clear()
    if which:
        data = {"oldpassword": old, "password1": new, "password2": new}
        response = form_post(signed_in, url("account_change_password"), data)
    else:
        data = {"email": email, "action_add": ""}
        response = form_post(signed_in, url("account_email"), data)
    harmless(response, old, new, email)
    if response.status_code == 200 and not which:
        kept(response, email=email)


# CSRF: every POST of the account area and the sign-in pages refuses a request without
# the token.


def test_every_post_needs_the_csrf_token(user, child, other_user):
    child.co_guardians.add(other_user)
    school = SchoolFactory(teacher=user)
    invitation = sharing.invite(
        ParticipantFactory(guardian=other_user), other_user, user.email
    )
    anonymous = {
        "account_login": {"login": user.email, "password": "demo-password"},
        "account_signup": {
            "email": "new@example.org",
            "password1": "a-long-enough-password",
            "password2": "a-long-enough-password",
        },
        "account_reset_password": {"email": user.email},
    }
    for name, data in anonymous.items():
        refused_without_csrf(form_post(csrf_client(), url(name), data), name)
    with translation.override("de"):
        links = [
            reverse(
                "account_reset_password_from_key", kwargs={"uidb36": "1", "key": "a-b"}
            ),
            reverse("account_confirm_email", args=["key"]),
        ]
    for path in links:
        refused_without_csrf(form_post(csrf_client(), path, {"password1": "x"}), path)
    signed_in = [
        (url("people:profile"), {"first_name": "X", "preferred_language": "de"}),
        (url("people:delete_account"), {"password": "demo-password"}),
        (url("people:rotate_calendar_token"), {}),
        (
            url("people:participant_add"),
            {"first_name": "X", "birth_date": "2016-01-01"},
        ),
        (url("people:participant_edit", child.pk), {"first_name": "X"}),
        (url("people:participant_delete", child.pk), {}),
        (url("people:participant_share", child.pk), {"email": "x@example.org"}),
        (url("people:stop_sharing", child.pk), {"account": other_user.pk}),
        (url("people:invitation", invitation.token), {"consent": "on"}),
        (url("people:school_add"), {"name": "X"}),
        (url("people:school_edit", school.pk), {"name": "X"}),
        (url("people:school_delete", school.pk), {}),
        (url("account_change_password"), {"oldpassword": "demo-password"}),
        (url("account_email"), {"email": "x@example.org", "action_add": ""}),
        (url("account_logout"), {}),
        (url("account_reauthenticate"), {"password": "demo-password"}),
        (url("mfa_activate_totp"), {"code": "123456"}),
        (url("mfa_generate_recovery_codes"), {}),
        (url("mfa_reauthenticate"), {"code": "123456"}),
    ]
    token = user.calendar_token
    for path, data in signed_in:
        refused_without_csrf(form_post(csrf_client(user), path, data), path)
    user.refresh_from_db()
    assert user.calendar_token == token and user.first_name == "Anna"
    assert list(Participant.objects.for_user(user)) == [child]
    assert list(School.objects.filter(teacher=user)) == [school]
    assert child.co_guardians.get() == other_user
    assert not User.objects.filter(email="new@example.org").exists()
    assert GuardianInvitation.objects.get().accepted_at is None
