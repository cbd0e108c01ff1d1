"""An instructor checks participants in at the door: a ticket code (green), the same
again (amber), garbage (red); then the connection drops, a code waits on the phone and
goes to the server once the connection is back, marked at the time it was scanned;
staff check in after the session, with a reason. The door and the roster (by tap) run
in German and in English."""

import time
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from playwright.sync_api import expect

from events.models import Attendance, AttendanceChange
from tests.e2e.conftest import address
from tests.factories import (
    CoursePageFactory,
    EventFactory,
    ParticipantFactory,
    RegistrationFactory,
)

pytestmark = pytest.mark.django_db(transaction=True)
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture
def instructor(account):
    user = account("tomasz@example.org", first_name="Tomasz")
    Group.objects.get_or_create(name="Instructors")[0].user_set.add(user)
    return user


@pytest.fixture
def event(catalogue, instructor):
    event = EventFactory(
        course=CoursePageFactory(parent=catalogue, title="Lego-Roboter"),
        sessions__days=0,
        sessions__hour=timezone.localtime().hour,
    )
    event.instructors.add(instructor)
    return event


def registered(event, first_name):
    participant = ParticipantFactory(first_name=first_name, last_name="Nowak")
    return RegistrationFactory(event=event, participant=participant)


def wait_for(condition, seconds=30):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "gave up waiting"
        time.sleep(0.25)


def settle(page):
    """The result's short highlight is over: screenshots show the resting state."""
    page.wait_for_function("() => document.getAnimations().length === 0", timeout=5000)


@pytest.mark.parametrize("language", ["de", "en"])
def test_instructor_checks_in_at_the_door_also_offline(
    live_server, page, language, t, sign_in, instructor, event, screenshot
):
    ola, jan = registered(event, "Ola"), registered(event, "Jan")
    session = event.sessions.get()
    base = live_server.url
    sign_in(page, instructor.email)

    page.goto(f"{base}{address(language, 'events:scan', session.pk)}")
    code = page.get_by_label(t("Ticket code"))
    result = page.locator("[data-scan-result]")
    expect(code).to_be_focused()
    expect(result).to_contain_text(t("Ready to scan"))
    # Desktop Chromium has no BarcodeDetector: the page says typing works instead.
    no_camera = (
        "This browser cannot read QR codes with the camera. Typing the code and "
        "hand scanners work."
    )
    expect(page.get_by_text(t(no_camera))).to_be_visible()

    code.fill(f"MINT-TICKET:{ola.ticket}")
    code.press("Enter")  # as a hand scanner does
    expect(result).to_have_class("scan-result scan-result--green scan-result--fresh")
    expect(result).to_contain_text(t("Checked in"))
    expect(result).to_contain_text("Ola Nowak")
    expect(code).to_be_focused()
    expect(code).to_have_value("")
    settle(page)
    screenshot(f"check-in-green-{language}")

    code.fill(str(ola.ticket))
    code.press("Enter")
    expect(result).to_contain_text(t("Already checked in"))
    expect(result).to_have_class("scan-result scan-result--amber scan-result--fresh")
    expect(result).to_contain_text("Ola Nowak")

    code.fill("'); DROP TABLE events_attendance; --")
    page.get_by_role("button", name=t("Check in"), exact=True).click()
    expect(result).to_have_class("scan-result scan-result--red scan-result--fresh")
    expect(result).to_contain_text(t("Not checked in"))
    expect(result).to_contain_text(t("This is not a ticket code of this site."))
    settle(page)
    screenshot(f"check-in-red-{language}")
    assert Attendance.objects.filter(session=session).count() == 1

    page.context.set_offline(True)
    code.fill(f"MINT-TICKET:{jan.ticket}")
    code.press("Enter")
    expect(result).to_contain_text(t("Saved – will be sent when online"))
    waiting = t("Saved codes waiting to be sent: %(count)s", count=1)
    expect(page.get_by_text(waiting)).to_be_visible()
    settle(page)
    screenshot(f"check-in-queued-{language}")
    assert not Attendance.objects.filter(registration=jan).exists()

    back_online = timezone.now()
    page.context.set_offline(False)
    wait_for(
        lambda: Attendance.objects.filter(registration=jan, status="present").exists()
    )
    # Marked when it was scanned, not when it reached the server.
    assert Attendance.objects.get(registration=jan).marked_at < back_online
    expect(page.get_by_text(t("All saved codes have been sent."))).to_be_visible()
    expect(page.locator("[data-scan-log]")).to_contain_text("Jan Nowak")
    queue = page.evaluate("localStorage.getItem('mint.checkIn.queue')")
    assert queue == "[]"
    assert Attendance.objects.filter(session=session, status="present").count() == 2


def test_check_in_works_without_javascript(
    live_server, browser, sign_in, instructor, event
):
    ola = registered(event, "Ola")
    session = event.sessions.get()
    base = live_server.url
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()

    sign_in(page, instructor.email)
    page.goto(f"{base}{address('en', 'events:scan', session.pk)}")
    expect(page.locator("[data-camera-toggle]")).to_be_hidden()

    page.get_by_label("Ticket code").fill(str(ola.ticket))
    page.get_by_role("button", name="Check in").click()
    expect(page).to_have_url(f"{base}{address('en', 'events:scan', session.pk)}")
    result = page.locator("[data-scan-result]")
    expect(result).to_have_class("scan-result scan-result--green")
    expect(result).to_contain_text("Ola Nowak")
    expect(page.get_by_label("Ticket code")).to_be_focused()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / "check-in-without-js-desktop.png", full_page=True)
    assert Attendance.objects.get(registration=ola).status == "present"

    page.get_by_label("Ticket code").fill(str(ola.ticket))
    page.keyboard.press("Enter")
    expect(result).to_have_class("scan-result scan-result--amber")
    expect(result).to_contain_text("Already checked in")
    context.close()


@pytest.mark.parametrize("language", ["de", "en"])
def test_instructor_takes_attendance_by_tap_without_reloading(
    live_server, page, language, t, sign_in, instructor, event, screenshot
):
    ola, jan = registered(event, "Ola"), registered(event, "Jan")
    session = event.sessions.get()
    base = live_server.url
    sign_in(page, instructor.email)

    page.goto(f"{base}{address(language, 'events:my_sessions')}")
    page.get_by_role("link", name="Lego-Roboter").first.click()
    expect(page).to_have_url(f"{base}{address(language, 'events:roster', session.pk)}")
    page.evaluate("window.rosterMarker = 'same page'")  # lost if the page reloads
    ola_row, jan_row = page.locator(f"#r{ola.pk}"), page.locator(f"#r{jan.pk}")

    # The buttons show the marks with a capital letter ("Anwesend").
    present, late = (
        row.get_by_role("button", name=t(mark).capitalize(), exact=True)
        for row, mark in ((ola_row, "present"), (jan_row, "late"))
    )
    present.click()
    expect(present).to_have_attribute("aria-pressed", "true")
    late.click()
    expect(late).to_have_attribute("aria-pressed", "true")
    expect(page.locator("[data-count=open]")).to_have_text("0")
    assert page.evaluate("window.rosterMarker") == "same page"
    screenshot(f"roster-marked-{language}")
    wait_for(
        lambda: (
            dict(
                Attendance.objects.filter(session=session).values_list(
                    "registration", "status"
                )
            )
            == {ola.pk: "present", jan.pk: "late"}
        )
    )


def test_staff_check_in_after_the_session_with_a_reason(
    live_server, page, account, sign_in, catalogue
):
    staff = account("koordination@example.org", is_staff=True)
    staff.user_permissions.add(Permission.objects.get(codename="change_attendance"))
    past = EventFactory(course=CoursePageFactory(parent=catalogue), sessions__days=-3)
    ola, jan = registered(past, "Ola"), registered(past, "Jan")
    session = past.sessions.get()
    base = live_server.url
    sign_in(page, staff.email)

    page.goto(f"{base}{address('en', 'events:scan', session.pk)}")
    reason = page.get_by_label("Reason for the correction")
    code = page.get_by_label("Ticket code")
    expect(reason).to_be_focused()
    reason.fill("From the paper list")
    for person in (ola, jan):
        code.fill(str(person.ticket))
        code.press("Enter")
        expect(page.locator("[data-scan-result]")).to_contain_text("Checked in")
    expect(reason).to_have_value("From the paper list")
    wait_for(lambda: Attendance.objects.filter(session=session).count() == 2)
    assert set(
        AttendanceChange.objects.values_list("method", "reason", "changed_by")
    ) == {("correction", "From the paper list", staff.pk)}
