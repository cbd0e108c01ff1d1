"""The staff's second factor guards every page of other people's data, not only the admin.

A coordinator signed in with the password alone tries every view of the permission
matrix's "Instructors" and "Admin" sections, by GET and by POST: each one sends them to
set up an authenticator app and changes nothing. With an authenticator they get what the
matrix says. Instructors who are not staff keep their rosters unless
MINT_INSTRUCTOR_MFA_REQUIRED asks them for one too.
"""

import base64
import secrets

import pytest
from allauth.mfa.adapter import get_adapter
from allauth.mfa.models import Authenticator
from django.contrib.messages import get_messages
from django.urls import URLResolver, get_resolver, reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Revision

from events.models import Attendance, AttendanceChange, GroupBooking, WalkIn
from mint.people.second_factor import is_personal_data_view
from tests.mint import test_permission_matrix as matrix
from tests.mint.test_permission_matrix import EXPECTED, MATRIX, VIEWS, cells, outcome

pytestmark = [pytest.mark.staff_mfa, pytest.mark.django_db]

world = matrix.world  # the matrix's people and dates, built once for this module too

WHY = (
    "These pages show other people's personal data, so they ask for a second "
    "factor. Set up an authenticator app on your phone here; then open the page "
    "again."
)


def rows_of(*sections):
    """The views listed under the matrix's bold section rows that start with these
    words."""
    rows, current = [], None
    for line in MATRIX.splitlines()[3:]:
        view, *outcomes = cells(line)
        if not any(outcomes):
            current = view.strip("*").split()[0]
        elif current in sections:
            rows.append(view)
    return rows


STAFF_PAGES = rows_of("Instructors", "Admin")
TEACHING_PAGES = rows_of("Instructors")


def with_authenticator(user):
    """A TOTP authenticator as allauth stores one (its documented migration recipe)."""
    secret = base64.b32encode(secrets.token_bytes(20)).decode("ascii")
    Authenticator.objects.create(
        user=user,
        type=Authenticator.Type.TOTP,
        data={"secret": get_adapter().encrypt(secret)},
    )


def everything(w, view, role):
    """What a request could have changed."""
    return (
        list(Attendance.objects.values_list("registration", "session", "status")),
        AttendanceChange.objects.count(),
        WalkIn.objects.count(),
        list(GroupBooking.objects.values_list("pupils_present", "adults_present")),
        Revision.objects.count(),
        view.state(w, role) if view.state else None,
    )


def ask(client, w, name, role, method):
    view = VIEWS[name]
    url = view.url(w, role)
    if method == "get":
        return client.get(url)
    data = view.data(w) if view.data else {"first_name": "Mia", "pupils": 3}
    return client.post(url, data)


def test_the_sections_are_found():
    assert "roster of a session nobody teaches" in STAFF_PAGES
    assert "an event's overview with its participants" in STAFF_PAGES
    assert len(STAFF_PAGES) == 9 + 19  # the "Instructors" and "Admin" sections


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("name", STAFF_PAGES)
def test_a_coordinator_without_a_second_factor_is_sent_to_set_one_up(
    client, world, name, method
):
    client.force_login(world.users["coordinator"])
    view = VIEWS[name]
    before = everything(world, view, "coordinator")

    response = ask(client, world, name, "coordinator", method)

    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")
    warnings = [str(m) for m in get_messages(response.wsgi_request)]
    assert warnings == [gettext(WHY)]
    assert everything(world, view, "coordinator") == before


@pytest.mark.parametrize("name", STAFF_PAGES)
def test_a_coordinator_with_an_authenticator_gets_through(client, world, name):
    coordinator = world.users["coordinator"]
    with_authenticator(coordinator)
    client.force_login(coordinator)
    view = VIEWS[name]
    before = view.state(world, "coordinator") if view.state else None

    response = ask(client, world, name, "coordinator", view.method)

    assert (
        outcome(response, view, world, "coordinator") == (EXPECTED[name]["coordinator"])
    )
    if view.state:
        assert view.state(world, "coordinator") != before


@pytest.mark.parametrize("name", TEACHING_PAGES)
def test_instructors_who_are_not_staff_keep_their_pages(client, world, name):
    """Their reach is their own dates (MINT_INSTRUCTOR_MFA_REQUIRED is off)."""
    client.force_login(world.users["instructor"])
    response = ask(client, world, name, "instructor", VIEWS[name].method)
    assert (
        outcome(response, VIEWS[name], world, "instructor")
        == (EXPECTED[name]["instructor"])
    )


def test_the_setting_asks_instructors_for_a_second_factor_too(client, world, settings):
    settings.MINT_INSTRUCTOR_MFA_REQUIRED = True
    roster = VIEWS["roster of the instructor's session"].url(world, "instructor")

    client.force_login(world.users["instructor"])
    assert client.get(roster)["Location"] == reverse("mfa_activate_totp")

    with_authenticator(world.users["instructor"])
    assert client.get(roster).status_code == 200


def test_the_setting_leaves_those_who_teach_nothing_as_they_were(
    client, world, settings
):
    settings.MINT_INSTRUCTOR_MFA_REQUIRED = True
    my_sessions = reverse("events:my_sessions")
    client.force_login(world.users["other instructor"])  # in the group, no dates
    assert client.get(my_sessions).status_code == 200
    client.force_login(world.users["parent"])
    assert client.get(my_sessions).status_code == 404


def test_the_scan_script_gets_a_refusal_it_keeps_its_codes_for(client, world):
    """static/js/scan.js keeps a code answered with a 403 in its offline queue."""
    client.force_login(world.users["coordinator"])
    view = VIEWS["check in by ticket code (POST)"]
    response = client.post(
        view.url(world, "coordinator"),
        view.data(world),
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 403
    assert not Attendance.objects.filter(session=world.taught).exists()


def test_the_way_from_a_roster_to_the_authenticator_does_not_loop(client, world):
    client.force_login(world.users["coordinator"])
    roster = VIEWS["roster of the instructor's session"].url(world, "coordinator")
    response = client.get(roster, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0].startswith(reverse("account_reauthenticate"))
    assert client.post(reverse("account_logout")).status_code == 302


def test_a_coordinator_reads_why_in_their_own_language(client, world):
    coordinator = world.users["coordinator"]
    coordinator.preferred_language = "pl"
    coordinator.save(update_fields=["preferred_language"])
    client.force_login(coordinator)
    response = client.get(reverse("events:my_sessions"))
    with translation.override("pl"):
        assert response["Location"] == reverse("mfa_activate_totp")
        assert [str(m) for m in get_messages(response.wsgi_request)] == [gettext(WHY)]


def all_views(patterns):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from all_views(pattern.url_patterns)
        else:
            yield pattern.callback


def test_every_view_of_the_teaching_area_is_marked():
    """The teaching area is events.teach_views and events.scan_views; a view added
    there without the mark would open without the second factor."""
    teaching = [
        view
        for view in all_views(get_resolver().url_patterns)
        if view.__module__ in ("events.teach_views", "events.scan_views")
    ]
    assert len(teaching) == 8
    assert all(is_personal_data_view(view) for view in teaching)
