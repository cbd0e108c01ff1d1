"""Schools in the account area: a teacher sees and changes only their own, and a
school with class-visit bookings stays."""

import pytest
from django.urls import reverse
from django.utils import translation

from mint.people.models import School
from tests.factories import (
    ClassVisitFactory,
    EventFactory,
    GroupBookingFactory,
    SchoolFactory,
)

pytestmark = pytest.mark.django_db


def url(name, *args, language="en"):
    with translation.override(language):
        return reverse(name, args=args)


def school_data(**overrides):
    return {
        "name": "Grundschule Hirschfelde",
        "school_type": School.Type.PRIMARY,
        "street": "Schulweg 2",
        "postcode": "02788",
        "town": "Zittau",
        "country": "DE",
        "school_number": "",
        **overrides,
    }


@pytest.fixture
def school(user):
    return SchoolFactory(teacher=user, name="Oberschule Zittau")


@pytest.fixture
def strangers_school(other_user):
    return SchoolFactory(teacher=other_user, name="Fremde Schule")


def test_the_account_page_links_to_the_schools(signed_in):
    assert (
        url("people:schools") in signed_in.get(url("people:account")).content.decode()
    )


def test_the_schools_page_asks_anonymous_visitors_to_sign_in(client):
    response = client.get(url("people:schools"))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_the_list_shows_only_the_own_schools(signed_in, school, strangers_school):
    html = signed_in.get(url("people:schools")).content.decode()
    assert "Oberschule Zittau" in html
    assert "Fremde Schule" not in html


def test_adding_a_school_belongs_to_the_account(signed_in, user):
    response = signed_in.post(url("people:school_add"), school_data())
    assert response.status_code == 302
    assert response["Location"] == url("people:schools")
    school = School.objects.get()
    assert (school.teacher, school.name, school.town) == (
        user,
        "Grundschule Hirschfelde",
        "Zittau",
    )


def test_adding_a_school_returns_to_the_booking_form(signed_in):
    back = "/en/class-visits/5/book/"
    response = signed_in.post(
        f"{url('people:school_add')}?next={back}", school_data(next=back)
    )
    assert response["Location"] == back


def test_a_next_address_on_another_site_is_ignored(signed_in):
    response = signed_in.post(
        url("people:school_add"), school_data(next="https://example.com/")
    )
    assert response["Location"] == url("people:schools")


def test_a_missing_field_is_shown_and_the_input_kept(signed_in):
    response = signed_in.post(
        url("people:school_add", language="de"), school_data(town="")
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Dieses Feld muss ausgefüllt werden." in html
    assert 'value="Grundschule Hirschfelde"' in html
    assert not School.objects.exists()


def test_editing_the_own_school(signed_in, school):
    response = signed_in.post(
        url("people:school_edit", school.pk), school_data(name="Oberschule Görlitz")
    )
    assert response.status_code == 302
    school.refresh_from_db()
    assert school.name == "Oberschule Görlitz"


@pytest.mark.parametrize(
    ("name", "method"),
    [
        ("people:school_edit", "get"),
        ("people:school_edit", "post"),
        ("people:school_delete", "get"),
        ("people:school_delete", "post"),
    ],
)
def test_another_accounts_school_is_not_found_and_unchanged(
    signed_in, strangers_school, name, method
):
    response = getattr(signed_in, method)(
        url(name, strangers_school.pk), school_data(name="Übernommen")
    )
    assert response.status_code == 404
    strangers_school.refresh_from_db()
    assert strangers_school.name == "Fremde Schule"


def test_a_school_without_bookings_can_be_removed_after_confirming(signed_in, school):
    delete = url("people:school_delete", school.pk)
    assert "Yes, remove the school" in signed_in.get(delete).content.decode()
    assert School.objects.filter(pk=school.pk).exists()
    signed_in.post(delete)
    assert not School.objects.filter(pk=school.pk).exists()


def test_a_school_with_bookings_cannot_be_removed(signed_in, school, catalogue):
    slot = EventFactory(course=ClassVisitFactory(parent=catalogue), capacity=30)
    GroupBookingFactory(event=slot, school=school)
    listing = signed_in.get(url("people:schools")).content.decode()
    assert url("people:school_delete", school.pk) not in listing
    response = signed_in.post(url("people:school_delete", school.pk), follow=True)
    assert "cannot be removed" in response.content.decode()
    assert School.objects.filter(pk=school.pk).exists()
