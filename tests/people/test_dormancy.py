"""Unused accounts: the holder is told once, and the account goes after the grace
period unless they signed in or have something coming; staff never."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.utils import timezone, translation

from certificates import services as certificates
from events.figures import Figures, Period
from events.models import Attendance, Registration
from mint.people import dormancy
from mint.people.models import Participant, User

from ..factories import (
    CoursePageFactory,
    EventFactory,
    ParticipantFactory,
    RegistrationFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)
NOW = timezone.now()


@pytest.fixture(autouse=True)
def _periods(settings):
    settings.MINT_DORMANT_AFTER_DAYS = 730
    settings.MINT_DORMANT_GRACE_DAYS = 60


def unused(days=800, **kwargs):
    """An account last signed in to `days` ago, with a child in it."""
    user = UserFactory(last_login=NOW - days * DAY, **kwargs)
    User.objects.filter(pk=user.pk).update(date_joined=NOW - 1000 * DAY)
    ParticipantFactory(guardian=user, first_name="Ben", birth_date="2016-05-01")
    return user


def test_the_holder_is_warned_once_in_their_language(settings):
    user = unused(preferred_language="pl")
    UserFactory(last_login=NOW - 100 * DAY)  # in use

    assert dormancy.tidy(NOW) == {"kept": 0, "deleted": 0, "warned": 1}
    assert dormancy.tidy(NOW + DAY)["warned"] == 0

    [message] = mail.outbox
    assert message.to == [user.email]
    with translation.override("pl"):
        subject = translation.gettext("Your account will be deleted unless you sign in")
        within = translation.ngettext(
            "Sign in within %(days)s day to keep your account, or it will be deleted "
            "on %(date)s.",
            "Sign in within %(days)s days to keep your account, or it will be deleted "
            "on %(date)s.",
            60,
        )
    assert message.subject == subject
    assert within.split("%(days)s")[0] + "60" in message.body
    assert "Ben Muster" in message.body
    assert 'lang="pl"' in message.alternatives[0][0]
    user.refresh_from_db()
    assert user.dormancy_warned_at == NOW


def test_an_account_never_signed_in_counts_from_sign_up():
    user = UserFactory(last_login=None)
    User.objects.filter(pk=user.pk).update(date_joined=NOW - 731 * DAY)
    fresh = UserFactory(last_login=None)

    assert dormancy.tidy(NOW)["warned"] == 1
    assert [m.to for m in mail.outbox] == [[user.email]]
    fresh.refresh_from_db()
    assert fresh.dormancy_warned_at is None


def test_the_account_stays_until_the_grace_period_is_over():
    user = unused()
    dormancy.tidy(NOW)

    assert dormancy.tidy(NOW + 59 * DAY)["deleted"] == 0
    assert User.objects.filter(pk=user.pk).exists()

    assert dormancy.tidy(NOW + 61 * DAY)["deleted"] == 1
    assert not User.objects.filter(pk=user.pk).exists()
    assert not Participant.objects.filter(first_name="Ben").exists()


def test_signing_in_after_the_warning_keeps_the_account():
    user = unused()
    dormancy.tidy(NOW)
    User.objects.filter(pk=user.pk).update(last_login=NOW + 10 * DAY)

    assert dormancy.tidy(NOW + 61 * DAY) == {"kept": 1, "deleted": 0, "warned": 0}

    user.refresh_from_db()
    assert user.dormancy_warned_at is None


def test_an_account_with_a_date_coming_is_never_warned(catalogue):
    user = unused()
    event = EventFactory(course=CoursePageFactory(parent=catalogue), sessions__days=30)
    RegistrationFactory(event=event, participant=user.participants.get())
    waiting = unused()
    RegistrationFactory(
        event=event,
        participant=waiting.participants.get(),
        status=Registration.Status.WAITLISTED,
    )
    cancelled = unused()
    RegistrationFactory(
        event=event,
        participant=cancelled.participants.get(),
        status=Registration.Status.CANCELLED,
    )

    assert dormancy.tidy(NOW)["warned"] == 1
    assert [m.to for m in mail.outbox] == [[cancelled.email]]


def test_something_booked_during_the_grace_period_calls_the_deletion_off(catalogue):
    user = unused()
    dormancy.tidy(NOW)
    event = EventFactory(course=CoursePageFactory(parent=catalogue), sessions__days=90)
    RegistrationFactory(event=event, participant=user.participants.get())

    assert dormancy.tidy(NOW + 61 * DAY)["deleted"] == 0
    user.refresh_from_db()
    assert user.dormancy_warned_at is None


@pytest.mark.parametrize("role", ["staff", "superuser", "instructor"])
def test_staff_and_instructors_are_never_warned_or_deleted(role):
    user = unused(is_staff=role != "instructor", is_superuser=role == "superuser")
    if role == "instructor":
        user.groups.add(Group.objects.get_or_create(name="Instructors")[0])

    for day in (0, 61, 400):
        assert dormancy.tidy(NOW + day * DAY) == {
            "kept": 0,
            "deleted": 0,
            "warned": 0,
        }
    assert User.objects.filter(pk=user.pk).exists()
    assert mail.outbox == []


def test_deleting_an_unused_account_keeps_the_figures_and_the_certificates(catalogue):
    user = unused()
    child = user.participants.get()
    event = EventFactory(
        course=CoursePageFactory(parent=catalogue), sessions__days=-900
    )
    registration = RegistrationFactory(event=event, participant=child)
    Attendance.objects.create(
        registration=registration,
        session=event.sessions.get(),
        status="present",
        method="tap",
    )
    certificate = certificates.issue(registration)
    day = timezone.localdate(event.starts_at)
    period = Period(day, day)

    def figures():
        report = Figures(period, now=NOW)
        return {h.key: h.cell for h in report.headline}, report.facts

    before = figures()
    dormancy.tidy(NOW)
    dormancy.tidy(NOW + 61 * DAY)

    assert not User.objects.filter(pk=user.pk).exists()
    assert figures() == before
    certificate.refresh_from_db()
    assert not certificate.is_revoked
    assert certificate.holder == "Ben Muster"


def test_the_nightly_command_says_what_it_did(capsys):
    unused()

    call_command("tidy_dormant_accounts")

    assert capsys.readouterr().out == "Accounts: kept 0, deleted 0, warned 1.\n"
    assert len(mail.outbox) == 1
