"""The public verification page (valid, revoked, unknown, whatever is typed, rate
limited) and the holder's own certificates: the list and the download, for the
people who look after the holder and nobody else."""

import datetime
from urllib.parse import parse_qs, quote

import pytest
from bs4 import BeautifulSoup
from django.test import override_settings
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext

from certificates import services
from certificates.forms import VerifyForm
from courses.models import CoursePage
from tests.factories import ParticipantFactory, RegistrationFactory, UserFactory

pytestmark = pytest.mark.django_db


def verify_url(code, language="de"):
    with translation.override(language):
        form = reverse("certificates:verify_form")
    return f"{form}{quote(code, safe='')}/"


def short_url(code):
    return f"/certificates/verify/{quote(code, safe='')}/"


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def verdict(response):
    return soup(response).select_one("[data-verdict]")["data-verdict"]


def german_date(day):
    with translation.override("de"):
        return formats.date_format(day, "DATE_FORMAT")


def is_pdf(response):
    return (
        response.status_code == 200
        and response["Content-Type"] == "application/pdf"
        and response.content.startswith(b"%PDF")
    )


# The verification page


def test_a_valid_certificate_shows_what_it_confirms(client, certificate, event):
    response = client.get(verify_url(certificate.code))

    assert response.status_code == 200
    assert verdict(response) == "valid"
    page = soup(response)
    assert page.select_one("[data-holder]").get_text(strip=True) == "Jana Nowak"
    text = page.get_text(" ", strip=True)
    facts = services.facts(certificate)
    with translation.override("de"):
        unit = str(CoursePage.HoursUnit.TEACHING.label)
    for shown in (
        "Roboter bauen und programmieren",
        german_date(facts["first_date"]),
        german_date(facts["last_date"]),
        f"20 {unit}",
        "Science-Center Oberlausitz",
        german_date(facts["issued_on"]),
        certificate.grouped_code,
    ):
        assert shown in text
    assert page.select_one('meta[name="robots"]')["content"] == "noindex"


def test_the_verification_page_shows_nothing_more_personal(
    client, certificate, participant, guardian, co_guardian
):
    page = client.get(verify_url(certificate.code)).content.decode()

    for private in (
        "17.04.2013",
        "2013-04-17",
        "17. April 2013",
        "2013",
        "Erdnussallergie",
        guardian.email,
        co_guardian.email,
        "Ewa",
        "Kowalska",
        "Piotr",
        "Zieliński",
        "5 von 5",
        "5 of 5",
        str(certificate.registration.ticket),
    ):
        assert private not in page


def test_a_class_confirmation_names_the_class_and_school_but_not_the_teacher(
    client, visited, teacher
):
    certificate = services.issue_for_class(visited)
    response = client.get(verify_url(certificate.code))
    assert verdict(response) == "valid"
    text = soup(response).get_text(" ", strip=True)
    assert "7b" in text and "Oberschule Ostritz" in text
    for private in (teacher.email, "Petra", "Schulze", visited.phone):
        assert private not in text


def test_a_revoked_certificate_says_so_with_the_date_but_not_why(client, certificate):
    services.revoke(certificate, by=None, reason="Teilnahme nachträglich aberkannt")
    certificate.refresh_from_db()

    response = client.get(verify_url(certificate.code))

    assert response.status_code == 200
    assert verdict(response) == "revoked"
    assert not soup(response).select('[data-verdict="valid"]')
    text = soup(response).get_text(" ", strip=True)
    assert german_date(timezone.localdate(certificate.revoked_at)) in text
    assert "aberkannt" not in text


def test_a_replaced_certificate_says_a_corrected_one_exists(client, certificate):
    new = services.reissue(certificate, by=None, reason="Name korrigiert")
    old_page = client.get(verify_url(certificate.code))
    with translation.override("de"):
        note = gettext("A corrected certificate has been issued in its place.")
    assert verdict(old_page) == "revoked"
    assert note in old_page.content.decode()
    assert new.code not in old_page.content.decode()  # the new code stays private
    assert verdict(client.get(verify_url(new.code))) == "valid"


def test_an_unknown_code_gets_a_friendly_not_found_page(client, certificate):
    unknown = "A" * 26 if certificate.code != "A" * 26 else "B" * 26
    response = client.get(verify_url(unknown))
    assert response.status_code == 404
    assert verdict(response) == "unknown"
    assert soup(response).select_one(f'a[href="{reverse("certificates:verify_form")}"]')


@pytest.mark.parametrize(
    "typed",
    [
        "A",
        "ABC",
        "K3Q7XW2M5RZT4HNA6BCDEFGJ2",  # one short
        "K3Q7XW2M5RZT4HNA6BCDEFGJ2LX",  # one long
        "!!!$$$%%%&&&***(((@@@;;;,,,",
        "' OR 1=1 --",
        "<script>alert(1)</script>",
        "A" * 10_000,
        "ŁÓDŹŻÓŁĆŚŃĘĄŁÓDŹŻÓŁĆŚŃĘĄŁÓ",
        "ßßßßßßßßßßßßß",  # 26 letters once upper-cased
        "١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦",
        "😀" * 26,
        "\u00a0" * 5,
        "%00",
        "..",
    ],
)
def test_whatever_is_typed_never_breaks_the_page(client, certificate, typed):
    for url in (verify_url(typed), short_url(typed)):
        response = client.get(url, follow=True)
        assert response.status_code == 404
        if "/" not in typed:  # else no code at all, and the site's own 404 page
            assert verdict(response) == "unknown"
    assert "<script>alert" not in response.content.decode()


def test_a_code_typed_in_lower_case_or_groups_leads_to_the_canonical_page(
    client, certificate
):
    canonical = verify_url(certificate.code)
    for typed in (
        certificate.code.lower(),
        certificate.grouped_code,
        certificate.grouped_code.lower(),
        " ".join(certificate.grouped_code.split("-")),
    ):
        response = client.get(verify_url(typed))
        assert response.status_code == 302
        assert response["Location"] == canonical
    assert verdict(client.get(canonical)) == "valid"


def test_the_short_address_from_the_qr_code_works_in_the_readers_language(
    client, certificate
):
    url = services.verify_url(certificate).removeprefix("http://testserver")
    assert url == short_url(certificate.code)

    response = client.get(url, HTTP_ACCEPT_LANGUAGE="pl")

    assert response.status_code == 200
    assert verdict(response) == "valid"
    assert soup(response).html["lang"] == "pl"


@pytest.mark.parametrize("language", ["de", "pl", "cs", "en"])
def test_the_page_exists_under_every_language_prefix(client, certificate, language):
    response = client.get(verify_url(certificate.code, language))
    assert verdict(response) == "valid"
    assert soup(response).html["lang"] == language


def test_the_code_form_leads_to_the_certificates_page(client, certificate):
    form = client.get(reverse("certificates:verify_form"))
    assert form.status_code == 200
    assert soup(form).select_one('form input[name="code"]')

    typed = f"  {certificate.grouped_code.lower()} "
    response = client.get(
        reverse("certificates:verify_form"), {"code": typed}, follow=True
    )

    assert response.redirect_chain[-1][0] == verify_url(certificate.code)
    assert verdict(response) == "valid"


@pytest.mark.parametrize("typed", ["", "---", "  ", "x" * 5000, "ÄÖÜ"])
def test_the_code_form_copes_with_anything(client, typed):
    response = client.get(
        reverse("certificates:verify_form"), {"code": typed}, follow=True
    )
    assert response.status_code in (200, 404)
    if response.status_code == 404:
        assert verdict(response) == "unknown"


def _form_answer(client, language, typed):
    with translation.override(language):
        url = reverse("certificates:verify_form")
    page = soup(client.get(url, {"code": typed}))
    field = page.select_one('form input[name="code"]')
    return field.get("value", ""), page.select_one(".field__error")


@pytest.mark.parametrize("typed", ["", "   ", "- -"])
@pytest.mark.parametrize("language", ["de", "pl", "cs", "en"])
def test_nothing_typed_asks_for_the_code(client, language, typed):
    value, error = _form_answer(client, language, typed)
    with translation.override(language):
        expected = str(VerifyForm.base_fields["code"].error_messages["required"])
    assert error is not None and error.get_text(strip=True) == expected
    assert value.strip() == typed.strip()


@pytest.mark.parametrize("typed", ["K3Q7-XW2M", "ÄÖÜ", "x" * 5000])
def test_something_of_another_length_is_no_code_and_stays_typed(client, typed):
    value, error = _form_answer(client, "pl", typed)
    with translation.override("pl"):
        expected = VerifyForm({"code": typed}).errors["code"][0]
    assert "26" in expected
    assert error.get_text(strip=True) == expected
    assert value == typed


def test_the_empty_form_has_no_message(client):
    page = soup(client.get(reverse("certificates:verify_form")))
    assert page.select_one('form input[name="code"]')
    assert page.select_one(".field__error") is None


@override_settings(ACCOUNT_RATE_LIMITS={"verify_certificate": "3/m/ip"})
def test_too_many_checks_from_one_address_are_refused_for_a_while(client, certificate):
    for _ in range(3):
        assert client.get(verify_url(certificate.code)).status_code == 200

    refused = client.get(verify_url(certificate.code))
    unknown = client.get(verify_url("Z" * 26))

    with translation.override("de"):
        assert gettext("Too many checks") in refused.content.decode()
    assert refused.status_code == unknown.status_code == 429
    assert certificate.holder not in refused.content.decode()
    other_office = client.get(verify_url(certificate.code), REMOTE_ADDR="192.0.2.7")
    assert other_office.status_code == 200


def test_the_configured_limit_is_thirty_checks_a_minute(client, certificate):
    for _ in range(30):
        assert client.get(verify_url("Z" * 26)).status_code == 404
    assert client.get(verify_url(certificate.code)).status_code == 429


# The holder's certificates


def test_the_account_page_links_to_the_certificates(client, guardian):
    client.force_login(guardian)
    page = soup(client.get(reverse("people:account")))
    assert page.select_one(f'a[href="{reverse("certificates:mine")}"]')


def test_the_list_shows_the_certificates_of_the_people_one_looks_after(
    client, certificate, guardian, event, attend
):
    sibling = ParticipantFactory(guardian=guardian, first_name="Ola", last_name="Nowak")
    second = services.issue(
        attend(RegistrationFactory(event=event, participant=sibling), *["present"] * 5)
    )
    stranger = services.issue(
        attend(RegistrationFactory(event=event), *["present"] * 5)
    )
    client.force_login(guardian)

    response = client.get(reverse("certificates:mine"))

    assert response.status_code == 200
    listed = {
        item["data-certificate"] for item in soup(response).select("[data-certificate]")
    }
    assert listed == {certificate.code, second.code}
    assert stranger.holder not in response.content.decode()
    download = reverse("certificates:download", args=[certificate.code])
    assert soup(response).select_one(f'a[href="{download}"]')


def test_a_co_guardian_sees_and_downloads_the_certificate(
    client, certificate, co_guardian
):
    client.force_login(co_guardian)
    listed = soup(client.get(reverse("certificates:mine"))).select("[data-certificate]")
    assert [item["data-certificate"] for item in listed] == [certificate.code]
    assert is_pdf(client.get(reverse("certificates:download", args=[certificate.code])))


def test_the_holder_downloads_the_pdf(client, certificate, guardian):
    client.force_login(guardian)
    response = client.get(reverse("certificates:download", args=[certificate.code]))
    assert is_pdf(response)
    assert certificate.grouped_code in response["Content-Disposition"]


def test_a_revoked_certificate_stays_in_the_list_and_can_still_be_downloaded(
    client, certificate, guardian
):
    services.revoke(certificate, by=None, reason="Doppelt")
    client.force_login(guardian)

    listed = soup(client.get(reverse("certificates:mine"))).select_one(
        f'[data-certificate="{certificate.code}"]'
    )

    assert "certificate--revoked" in listed["class"]
    assert is_pdf(client.get(reverse("certificates:download", args=[certificate.code])))


def test_the_pdf_carries_the_verification_address_and_the_local_revocation_date(
    client, certificate, guardian, monkeypatch
):
    """Revoked at 23:30 UTC on 1 March is 2 March in Zittau: the paper says so too."""
    printed = {}

    def render(content, **kwargs):
        printed.update(kwargs, content=content)
        return b"%PDF-1.4 recorded"

    monkeypatch.setattr("certificates.pdf.render", render)
    services.revoke(certificate, by=None, reason="Doppelt")
    certificate.revoked_at = datetime.datetime(2026, 3, 1, 23, 30, tzinfo=datetime.UTC)
    certificate.save()
    client.force_login(guardian)

    client.get(reverse("certificates:download", args=[certificate.code]))
    page = client.get(verify_url(certificate.code)).content.decode()

    assert printed["content"] == certificate.content
    assert printed["code"] == certificate.code
    assert printed["verify_url"] == (
        f"http://testserver/certificates/verify/{certificate.code}/"
    )
    assert printed["revoked_on"] == datetime.date(2026, 3, 2)
    assert german_date(datetime.date(2026, 3, 2)) in page


def test_nobody_else_can_download_a_certificate(client, certificate):
    url = reverse("certificates:download", args=[certificate.code])
    other_parent = UserFactory()
    ParticipantFactory(guardian=other_parent)
    for outsider in (other_parent, UserFactory(is_staff=True)):
        client.force_login(outsider)
        assert client.get(url).status_code == 404
        assert not soup(client.get(reverse("certificates:mine"))).select(
            "[data-certificate]"
        )


def test_the_download_is_not_fooled_by_another_spelling_of_the_code(
    client, certificate, guardian
):
    client.force_login(UserFactory())
    for code in (certificate.code.lower(), certificate.grouped_code, "A" * 26, "x"):
        assert (
            client.get(reverse("certificates:download", args=[code])).status_code == 404
        )


def test_anonymous_visitors_are_asked_to_sign_in(client, certificate):
    for url in (
        reverse("certificates:mine"),
        reverse("certificates:download", args=[certificate.code]),
    ):
        response = client.get(url)
        assert response.status_code == 302
        login, query = response["Location"].split("?")
        assert login == "/de/accounts/login/"
        assert parse_qs(query)["next"] == [url]


def test_a_teacher_has_their_class_confirmation_and_no_other_teacher(
    client, visited, teacher
):
    certificate = services.issue_for_class(visited)
    url = reverse("certificates:download", args=[certificate.code])

    client.force_login(teacher)
    listed = soup(client.get(reverse("certificates:mine"))).select("[data-certificate]")
    assert [item["data-certificate"] for item in listed] == [certificate.code]
    assert is_pdf(client.get(url))

    client.force_login(UserFactory(email="andere.lehrerin@example.org"))
    assert not soup(client.get(reverse("certificates:mine"))).select(
        "[data-certificate]"
    )
    assert client.get(url).status_code == 404
