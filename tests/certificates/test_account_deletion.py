"""Deleting an account asks what becomes of the certificates: kept checkable with the
name, or withdrawn, and then the check page names nobody."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from certificates import services
from events.figures import Figures, Period

pytestmark = pytest.mark.django_db


def delete_account(client, user, choice):
    client.force_login(user)
    return client.post(
        reverse("people:delete_account"),
        {"password": "demo-password", "certificates": choice},
        follow=True,
    )


def check_page(client, certificate):
    response = client.get(reverse("certificates:verify", args=[certificate.code]))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def own_certificate(certificate, participant):
    """Jana's certificate, Jana looked after by Ewa alone."""
    participant.co_guardians.clear()
    return certificate


def test_kept_certificates_still_confirm_the_name(client, own_certificate, guardian):
    assert delete_account(client, guardian, "keep").status_code == 200

    page = check_page(client, own_certificate)
    assert page.select_one("[data-verdict]")["data-verdict"] == "valid"
    assert page.select_one("[data-holder]").get_text() == "Jana Nowak"


def test_withdrawn_certificates_say_so_without_the_name(
    client, own_certificate, guardian
):
    period = Period.year(own_certificate.event.starts_at.year)
    counted = Figures(period).headline_cell("certificates_issued")

    assert delete_account(client, guardian, "withdraw").status_code == 200

    page = check_page(client, own_certificate)
    assert page.select_one("[data-verdict]")["data-verdict"] == "revoked"
    assert page.select_one("[data-holder]") is None
    assert "Jana" not in page.get_text() and "Nowak" not in page.get_text()
    own_certificate.refresh_from_db()
    assert own_certificate.holder == ""
    # It was earned: the funder's figures of the past still count it.
    assert Figures(period).headline_cell("certificates_issued") == counted


def test_a_shared_child_keeps_the_certificate_with_the_other_guardian(
    client, certificate, guardian
):
    delete_account(client, guardian, "withdraw")

    page = check_page(client, certificate)
    assert page.select_one("[data-verdict]")["data-verdict"] == "valid"
    assert page.select_one("[data-holder]").get_text() == "Jana Nowak"


def test_a_teachers_class_confirmation_is_withdrawn_without_class_or_school(
    client, visited, teacher
):
    confirmation = services.issue_for_class(visited)

    delete_account(client, teacher, "withdraw")

    page = check_page(client, confirmation)
    assert page.select_one("[data-verdict]")["data-verdict"] == "revoked"
    assert "Oberschule Ostritz" not in page.get_text()
    assert page.select_one("[data-holder]") is None


def test_a_teachers_kept_class_confirmation_still_confirms_the_class(
    client, visited, teacher
):
    confirmation = services.issue_for_class(visited)

    delete_account(client, teacher, "keep")

    page = check_page(client, confirmation)
    assert page.select_one("[data-verdict]")["data-verdict"] == "valid"
    assert "Oberschule Ostritz" in page.get_text()
