"""Coordinators edit courses, dates and taxonomies in the Wagtail admin."""

import pytest
from django.urls import reverse

from tests.factories import CoursePageFactory, EventFactory, UserFactory


@pytest.fixture
def coordinator(db):
    return UserFactory(is_staff=True, is_superuser=True)


def test_course_editor_lists_the_dates_with_links_to_edit_them(
    client, catalogue, coordinator
):
    course = CoursePageFactory(parent=catalogue)
    event = EventFactory(course=course, sessions__count=3)
    client.force_login(coordinator)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[course.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert reverse("events_event:edit", args=[event.pk]) in html
    assert f"{reverse('events_event:add')}?course={course.pk}" in html
    assert "events-TOTAL_FORMS" not in html  # dates are not part of page revisions


def test_new_course_form_opens(client, catalogue, coordinator):
    client.force_login(coordinator)
    url = reverse(
        "wagtailadmin_pages:add", args=["courses", "coursepage", catalogue.pk]
    )
    assert client.get(url).status_code == 200


@pytest.mark.parametrize(
    "model",
    ["courses_topic", "courses_audiencelevel", "courses_provider", "events_venue"],
)
def test_snippet_listings_open(client, coordinator, model):
    app, name = model.split("_")
    client.force_login(coordinator)
    assert client.get(reverse(f"wagtailsnippets_{app}_{name}:list")).status_code == 200


def test_admin_sign_in_goes_through_the_account_login(client, db):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/de/accounts/login/")
