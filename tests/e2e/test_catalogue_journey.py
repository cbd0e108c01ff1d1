"""A parent looks for a robotics course for a seven-year-old and reads it in Polish."""

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale

from tests.factories import CoursePageFactory, EventFactory, TopicFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def robot_course(catalogue):
    robotics = TopicFactory(name="Robotik", slug="robotik", icon="robot")
    polish = Locale.objects.get(language_code="pl")
    robotics.copy_for_translation(polish).save()
    chemistry = TopicFactory(name="Chemie", slug="chemie", icon="flask")
    course = CoursePageFactory(
        parent=catalogue,
        title="Lego-Roboter bauen",
        slug="lego-roboter",
        age_min=6,
        age_max=9,
    )
    course.topics.add(robotics)
    course.save_revision().publish()
    too_old = CoursePageFactory(
        parent=catalogue, title="Roboterarm programmieren", age_min=12, age_max=16
    )
    too_old.topics.add(robotics)
    too_old.save_revision().publish()
    other = CoursePageFactory(
        parent=catalogue, title="Experimente mit Wasser", age_min=6, age_max=9
    )
    other.topics.add(chemistry)
    other.save_revision().publish()
    for page in (course, too_old, other):
        EventFactory(course=page, sessions__days=10)
    translation = course.copy_for_translation(polish)
    translation.title = "Budujemy roboty z Lego"
    translation.slug = "roboty-lego"
    translation.save_revision().publish()
    return course


def test_find_a_course_by_age_and_topic_then_read_it_in_polish(
    live_server, page, robot_course, screenshot
):
    page.goto(f"{live_server.url}/de/kurse/")
    expect(page.locator("[data-result-count]")).to_have_attribute(
        "data-result-count", "3"
    )

    page.get_by_label("Alter der teilnehmenden Person").fill("7")
    page.locator("summary", has_text="Was").click()
    page.get_by_label("Robotik").check()
    page.get_by_role("button", name="Ergebnisse anzeigen").click()

    expect(page.locator("[data-result-count]")).to_have_attribute(
        "data-result-count", "1"
    )
    expect(page.get_by_role("link", name="Lego-Roboter bauen")).to_be_visible()
    screenshot("catalogue-filtered")

    page.get_by_role("link", name="Lego-Roboter bauen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Lego-Roboter bauen")
    expect(page.get_by_role("heading", name="Termine")).to_be_visible()
    screenshot("course-page")

    page.get_by_role("link", name="PL", exact=True).click()
    expect(page).to_have_url(f"{live_server.url}/pl/kursy/roboty-lego/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Budujemy roboty z Lego")
    expect(page.locator("html")).to_have_attribute("lang", "pl")
