"""Removing a person: listeners cancel the registrations first, then the row goes.
Deleting an account works for every role and leaves past figures as they were."""

import datetime
import logging

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from events.figures import Figures, Period, visit_figures
from events.models import Attendance, Event, GroupBooking, Registration
from mint.people.models import Participant, User, age_on
from mint.people.signals import RemovalRefused, participant_removed

from ..factories import (
    ClassVisitFactory,
    CoursePageFactory,
    EventFactory,
    GroupBookingFactory,
    RegistrationFactory,
    SchoolFactory,
)


@pytest.fixture
def event(catalogue):
    return EventFactory(course=CoursePageFactory(parent=catalogue, title="Roboter"))


@pytest.fixture
def receiver():
    calls = []

    def record(sender, participant, **kwargs):
        calls.append(
            {
                "sender": sender,
                "pk": participant.pk,
                "in_db": Participant.objects.filter(pk=participant.pk).exists(),
                "registrations": participant.registrations.count(),
            }
        )

    participant_removed.connect(record, weak=False)
    yield calls
    participant_removed.disconnect(record)


def test_confirmation_names_what_will_be_cancelled(signed_in, child, event):
    RegistrationFactory(event=event, participant=child)
    other_event = EventFactory(course=event.course, label="Gruppe B")
    RegistrationFactory(event=other_event, participant=child, status="cancelled")
    response = signed_in.get(reverse("people:participant_delete", args=[child.pk]))
    html = response.content.decode()
    assert "Roboter" in html
    assert "Gruppe B" not in html
    assert 'method="post"' in html
    assert Participant.objects.filter(pk=child.pk).exists()  # GET deletes nothing


def test_signal_is_sent_while_the_person_still_exists(
    signed_in, child, event, receiver
):
    RegistrationFactory(event=event, participant=child)
    response = signed_in.post(reverse("people:participant_delete", args=[child.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("people:participants")
    assert receiver == [
        {"sender": Participant, "pk": child.pk, "in_db": True, "registrations": 1}
    ]
    assert not Participant.objects.filter(pk=child.pk).exists()


def test_a_refusing_listener_keeps_the_person(signed_in, child):
    def refuse(sender, participant, **kwargs):
        raise RemovalRefused("Not now.")

    participant_removed.connect(refuse, weak=False)
    try:
        response = signed_in.post(
            reverse("people:participant_delete", args=[child.pk]), follow=True
        )
    finally:
        participant_removed.disconnect(refuse)
    assert "Not now." in response.content.decode()
    assert Participant.objects.filter(pk=child.pk).exists()


def test_no_signal_for_someone_elses_person(signed_in, strangers_child, receiver):
    url = reverse("people:participant_delete", args=[strangers_child.pk])
    assert signed_in.post(url).status_code == 404
    assert receiver == []


# What stays for the funder's figures: the registrations of dates that have begun,
# without the person.


def test_registering_keeps_what_the_figures_need(child, event):
    child.gender, child.home_country = "female", "PL"
    child.save()
    registration = RegistrationFactory(event=event, participant=child)
    start = event.starts_at.date()
    assert registration.age == age_on(child.birth_date, start)
    assert (registration.gender, registration.home_country) == ("female", "PL")
    assert registration.pseudonym == child.pseudonym


def test_people_have_their_own_pseudonyms(child, catalogue):
    other = type(child).objects.create(
        guardian=child.guardian,
        first_name="Jakub",
        last_name="Nowak",
        birth_date=child.birth_date,
    )
    assert other.pseudonym != child.pseudonym


def test_deleting_a_person_leaves_past_dates_as_anonymous_rows(
    signed_in, child, catalogue
):
    course = CoursePageFactory(parent=catalogue, title="Vergangen")
    past = EventFactory(course=course, sessions__days=-14, sessions__count=2)
    ahead = EventFactory(course=course, sessions__days=14)
    attended = RegistrationFactory(event=past, participant=child, remarks="Allergie")
    Attendance.objects.create(
        registration=attended,
        session=past.sessions.first(),
        status=Attendance.Status.PRESENT,
        method=Attendance.Method.TAP,
    )
    upcoming = RegistrationFactory(event=ahead, participant=child)
    pseudonym = child.pseudonym

    signed_in.post(reverse("people:participant_delete", args=[child.pk]))

    kept = Registration.records.get(pk=attended.pk)
    assert kept.participant is None
    assert kept.status == Registration.Status.CONFIRMED
    assert kept.remarks == ""
    assert kept.pseudonym == pseudonym
    assert kept.attendances.count() == 1
    # Nothing in the site shows it any more; only the figures read it.
    assert not Registration.objects.filter(pk=attended.pk).exists()
    assert not past.registrations.exists()
    # The date ahead got its seat back.
    left = Registration.records.get(pk=upcoming.pk)
    assert (left.participant, left.status) == (None, Registration.Status.CANCELLED)


def test_the_delete_page_counts_only_dates_that_have_not_ended(
    signed_in, child, catalogue
):
    course = CoursePageFactory(parent=catalogue, title="Vergangen")
    RegistrationFactory(
        event=EventFactory(course=course, sessions__days=-14), participant=child
    )
    response = signed_in.get(reverse("people:participant_delete", args=[child.pk]))
    assert "Vergangen" not in response.content.decode()


# Deleting the whole account


def delete_account(client, certificates="keep"):
    return client.post(
        reverse("people:delete_account"),
        {"password": "demo-password", "certificates": certificates},
        follow=True,
    )


def test_deleting_needs_a_choice_about_the_certificates(signed_in, user):
    response = signed_in.post(
        reverse("people:delete_account"), {"password": "demo-password"}
    )
    assert response.status_code == 200
    assert response.context["form"].errors["certificates"]
    assert User.objects.filter(pk=user.pk).exists()


def test_a_teacher_with_class_visits_deletes_the_account(client, catalogue, caplog):
    caplog.set_level(logging.DEBUG)
    programme = ClassVisitFactory(parent=catalogue, title="Chemie zum Anfassen")
    past = EventFactory(course=programme, sessions__days=-20, capacity=30)
    ahead = EventFactory(course=programme, sessions__days=20, capacity=30)
    school = SchoolFactory(
        name="Gymnasium Ostritz", school_type="grammar", country="PL"
    )
    GroupBookingFactory(
        event=past,
        school=school,
        class_name="Bärenklasse",
        pupils_present=22,
        adults_present=2,
        remarks="Rollstuhl",
    )
    coming = GroupBookingFactory(event=ahead, school=school, class_name="Bärenklasse")
    day = timezone.localdate(past.starts_at)
    before = visit_figures(day, day)
    assert Event.objects.with_seats().get(pk=ahead.pk).seats_taken == coming.seats
    client.force_login(school.teacher)

    response = delete_account(client)

    assert response.status_code == 200
    assert not User.objects.filter(pk=school.teacher.pk).exists()
    left = GroupBooking.records.get(pk=coming.pk)
    assert (left.status, left.teacher, left.school) == ("cancelled", None, None)
    assert Event.objects.with_seats().get(pk=ahead.pk).seats_taken == 0
    assert visit_figures(day, day) == before
    assert before["total"]["visits"] == 1
    assert before["total"]["schools"] == 1
    kept = GroupBooking.records.get(event=past)
    assert (kept.class_name, kept.remarks, kept.phone) == ("", "", "")
    assert not GroupBooking.objects.exists()  # nothing in the site shows them
    for private in ("Gymnasium Ostritz", "Bärenklasse", "Rollstuhl"):
        assert private not in caplog.text


def test_figures_of_a_past_period_stay_when_a_running_course_loses_a_person(
    signed_in, child, catalogue
):
    """Started 15 days ago, weekly, the last session in 6 days; Ben came twice."""
    course = CoursePageFactory(parent=catalogue, title="Roboter")
    event = EventFactory(course=course, sessions__days=-15, sessions__count=4)
    registration = RegistrationFactory(event=event, participant=child)
    for session in list(event.sessions.order_by("starts_at"))[:2]:
        Attendance.objects.create(
            registration=registration, session=session, status="present", method="tap"
        )
    day = timezone.localdate(event.starts_at)
    period, now = Period(day, day), timezone.now()

    def figures(at=now):
        report = Figures(period, now=at)
        return {h.key: h.cell for h in report.headline}, report.facts

    before = figures()
    [fact] = before[1]
    assert (fact["sessions_attended"], fact["hours"]) == (
        2,
        datetime.timedelta(hours=4),
    )

    assert delete_account(signed_in).status_code == 200

    assert figures() == before
    # The last session, held after Ben left, does not count as missed.
    _figures, [fact] = figures(now + datetime.timedelta(days=7))
    assert (fact["sessions_held"], fact["sessions_attended"]) == (3, 2)


def test_every_demo_role_can_delete_the_account(client, db):
    """Parent, teacher, learner and instructor of the demo, one after the other,
    each withdrawing their certificates: the past stays as it was counted."""
    call_command("load_demo_data", force=True, verbosity=0)
    today = timezone.localdate()
    period = Period(today - datetime.timedelta(days=400), today - datetime.timedelta(1))
    now = timezone.now()

    def figures():
        report = Figures(period, now=now)
        return [(h.key, h.cell) for h in report.headline], report.class_visits

    before = figures()
    for role in ("parent", "teacher", "learner", "instructor"):
        client.force_login(User.objects.get(email=f"{role}@example.org"))

        response = delete_account(client, "withdraw")

        assert response.status_code == 200, role
        assert not User.objects.filter(email=f"{role}@example.org").exists()
        assert figures() == before, role
