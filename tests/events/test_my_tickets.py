"""My registrations carries the ticket of every confirmed date still ahead, so a
parent at the entrance does not have to dig out the confirmation mail."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from events import emails
from events.models import Event, Registration
from tests.factories import (
    CoursePageFactory,
    EventFactory,
    ParticipantFactory,
    RegistrationFactory,
    UserFactory,
)

URL = reverse("events:my_registrations")


@pytest.fixture
def parent(db):
    return UserFactory()


@pytest.fixture
def course(catalogue):
    return CoursePageFactory(parent=catalogue, title="Lego-Roboter")


def _register(parent, course, *, days=7, status=Registration.Status.CONFIRMED):
    event = EventFactory(course=course, sessions__days=days)
    return RegistrationFactory(
        event=event, participant=ParticipantFactory(guardian=parent), status=status
    )


def _page(client, parent):
    client.force_login(parent)
    return client.get(URL).content.decode()


def test_a_confirmed_date_ahead_shows_the_mails_qr_code_and_the_written_code(
    client, parent, course
):
    registration = _register(parent, course)
    html = _page(client, parent)
    assert f'src="{emails.ticket_qr_data_uri(registration)}"' in html
    assert f"<code>{registration.ticket}</code>" in html
    with translation.override("de"):
        alt = gettext("QR code: ticket for %(participant)s") % {
            "participant": registration.participant.first_name
        }
    assert f'alt="{alt}"' in html


@pytest.mark.parametrize(
    ("days", "status"),
    [
        (7, Registration.Status.WAITLISTED),
        (7, Registration.Status.CANCELLED),
        (-3, Registration.Status.CONFIRMED),
    ],
    ids=["waitlisted", "cancelled", "past"],
)
def test_no_ticket_without_a_seat_on_a_date_ahead(client, parent, course, days, status):
    registration = _register(parent, course, days=days, status=status)
    html = _page(client, parent)
    assert registration.participant.first_name in html  # the registration is listed
    assert str(registration.ticket) not in html
    assert "data:image/png" not in html


def test_a_cancelled_date_shows_no_ticket(client, parent, course):
    registration = _register(parent, course)
    Event.objects.filter(pk=registration.event_id).update(status=Event.Status.CANCELLED)
    html = _page(client, parent)
    assert str(registration.ticket) not in html


def test_another_familys_ticket_is_never_shown(client, parent, course):
    _register(parent, course)
    theirs = _register(UserFactory(), course)
    html = _page(client, parent)
    assert str(theirs.ticket) not in html
    assert emails.ticket_qr_data_uri(theirs) not in html


def test_tickets_cost_no_queries_per_registration(client, parent, course):
    _register(parent, course)
    client.force_login(parent)
    client.get(URL)  # warms the site and locale caches
    with CaptureQueriesContext(connection) as one:
        client.get(URL)
    for _ in range(4):
        _register(parent, course)
    with CaptureQueriesContext(connection) as five:
        html = client.get(URL).content.decode()
    assert html.count("data-ticket") == 5
    assert len(five.captured_queries) == len(one.captured_queries)
