"""Outgoing mails in the admin: coordinators see every mail and its state, find those
that were not delivered and send them again; nobody else may send one again."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core import mail
from django.core.mail import EmailMessage
from django.urls import reverse

from mint import outbox
from mint.models import OutgoingMail
from tests.factories import UserFactory, staff_with

from .mail_servers import UNREACHABLE

pytestmark = pytest.mark.django_db

LIST = reverse("outgoing_mails:index")
LOCMEM = "django.core.mail.backends.locmem.EmailBackend"


def inspect_url(stored):
    return reverse("outgoing_mails:inspect", args=[stored.pk])


def resend_url(stored):
    return reverse("outgoing_mails:resend", args=[stored.pk])


@pytest.fixture
def undelivered(settings):
    """A mail given up on: the server refused it at its only attempt."""
    settings.MINT_DELIVERY_EMAIL_BACKEND = UNREACHABLE
    settings.MINT_MAIL_MAX_ATTEMPTS = 1
    [stored] = outbox.send(
        [EmailMessage("Anmeldung bestätigt", "Hallo", to=["anna@example.org"])]
    )
    settings.MINT_DELIVERY_EMAIL_BACKEND = LOCMEM
    settings.MINT_MAIL_MAX_ATTEMPTS = 30
    assert stored.status == OutgoingMail.Status.FAILED
    return stored


@pytest.fixture
def delivered():
    [stored] = outbox.send(
        [EmailMessage("Willkommen", "Hallo", to=["ben@example.org"])]
    )
    mail.outbox.clear()
    return stored


@pytest.fixture
def coordinator():
    """Staff in the "Coordinators" group, with what its migrations grant."""
    user = UserFactory(is_staff=True)
    Group.objects.get(name="Coordinators").user_set.add(user)
    return user


def listed(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [row.get_text(" ", strip=True) for row in soup.select("tbody tr")]


def test_coordinators_find_the_mails_that_were_not_delivered(
    client, coordinator, undelivered, delivered
):
    client.force_login(coordinator)
    rows = listed(client.get(LIST))
    assert len(rows) == 2
    [row] = listed(client.get(LIST, {"status": "failed"}))
    assert "anna@example.org" in row and "ben@example.org" not in row

    page = client.get(inspect_url(undelivered)).content.decode()
    assert "ConnectionRefusedError" in page
    assert "data-resend" in page
    assert "data-resend" not in client.get(inspect_url(delivered)).content.decode()


def test_a_coordinator_sends_an_undelivered_mail_again(
    client, coordinator, undelivered
):
    client.force_login(coordinator)
    response = client.post(resend_url(undelivered))
    assert response.status_code == 302
    assert response["Location"] == inspect_url(undelivered)
    [sent] = mail.outbox
    assert sent.to == ["anna@example.org"]
    undelivered.refresh_from_db()
    assert undelivered.status == OutgoingMail.Status.SENT


def test_while_the_server_is_still_down_the_mail_waits_for_another_try(
    client, coordinator, undelivered, settings
):
    settings.MINT_DELIVERY_EMAIL_BACKEND = UNREACHABLE
    client.force_login(coordinator)
    assert client.post(resend_url(undelivered)).status_code == 302
    undelivered.refresh_from_db()
    assert undelivered.status == OutgoingMail.Status.QUEUED
    assert undelivered.attempts == 1 and undelivered.next_attempt_at is not None


def test_a_sent_mail_is_not_sent_twice(client, coordinator, delivered):
    client.force_login(coordinator)
    client.post(resend_url(delivered))
    assert mail.outbox == []


@pytest.mark.parametrize(
    "who", ["anonymous", "not staff", "staff without permission", "staff who may view"]
)
def test_nobody_else_may_send_a_mail_again(client, undelivered, who):
    users = {
        "anonymous": lambda: None,
        "not staff": lambda: UserFactory(),
        "staff without permission": lambda: staff_with(),
        "staff who may view": lambda: staff_with("view_outgoingmail", app="mint"),
    }
    user = users[who]()
    if user:
        client.force_login(user)

    response = client.post(resend_url(undelivered))

    assert response.status_code in (302, 403)
    assert response.get("Location") != inspect_url(undelivered)
    assert mail.outbox == []
    undelivered.refresh_from_db()
    assert undelivered.status == OutgoingMail.Status.FAILED


def test_staff_who_may_view_see_the_mails_without_the_resend_button(
    client, undelivered
):
    client.force_login(staff_with("view_outgoingmail", app="mint"))
    assert len(listed(client.get(LIST))) == 1
    assert "data-resend" not in client.get(inspect_url(undelivered)).content.decode()


def test_staff_without_permission_do_not_see_the_mails(client, undelivered):
    client.force_login(staff_with())
    response = client.get(LIST)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
