"""The participant form's rules: birth date, one "this is me", a guardian's consent."""

import datetime

from django.utils import timezone

from mint.people.forms import ParticipantForm
from mint.people.models import age_on

from ..factories import ParticipantFactory


def years_ago(years, days=0):
    today = timezone.localdate()
    return today.replace(year=today.year - years) - datetime.timedelta(days=days)


def form_for(user, instance=None, **data):
    values = {
        "first_name": "Clara",
        "last_name": "Muster",
        "birth_date": years_ago(9).isoformat(),
        **data,
    }
    values = {key: value for key, value in values.items() if value is not False}
    return ParticipantForm(values, instance=instance, user=user)


def test_birth_date_in_the_future_is_refused(user):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    form = form_for(user, birth_date=tomorrow.isoformat(), guardian_consent="on")
    assert not form.is_valid()
    assert form.has_error("birth_date", "future")


def test_birth_date_today_is_refused(user):
    form = form_for(user, birth_date=timezone.localdate().isoformat())
    assert form.has_error("birth_date", "future")


def test_birth_date_more_than_120_years_ago_is_refused(user):
    form = form_for(user, birth_date=years_ago(120, days=1).isoformat())
    assert form.has_error("birth_date", "too_old")
    assert form_for(user, birth_date=years_ago(119).isoformat()).is_valid()


def test_a_minor_needs_the_guardians_consent(user):
    form = form_for(user, birth_date=years_ago(17, days=364).isoformat())
    assert not form.is_valid()
    assert form.has_error("guardian_consent", "required")
    assert form_for(user, guardian_consent="on").is_valid()


def test_an_adult_needs_no_guardians_consent(user):
    assert form_for(user, birth_date=years_ago(18).isoformat()).is_valid()


def test_a_minor_account_holder_needs_no_guardians_consent(user):
    form = form_for(user, birth_date=years_ago(16).isoformat(), is_account_holder="on")
    assert form.is_valid()
    participant = form.save()
    assert participant.guardian_consent_at is None
    assert participant.guardian_consent_version == ""


def test_only_one_this_is_me_per_account(user):
    me = ParticipantFactory(guardian=user, is_account_holder=True, first_name="Anna")
    birth = years_ago(40).isoformat()
    form = form_for(user, birth_date=birth, is_account_holder="on")
    assert not form.is_valid()
    assert form.has_error("is_account_holder", "second_account_holder")
    assert "Anna" in str(form.errors["is_account_holder"])
    assert form_for(user, me, birth_date=birth, is_account_holder="on").is_valid()


def test_another_accounts_holder_does_not_count(user, other_user):
    ParticipantFactory(guardian=other_user, is_account_holder=True)
    birth = years_ago(40).isoformat()
    assert form_for(user, birth_date=birth, is_account_holder="on").is_valid()


def test_age_counts_completed_years():
    birthday = datetime.date(2016, 5, 1)
    assert age_on(birthday, datetime.date(2026, 4, 30)) == 9
    assert age_on(birthday, datetime.date(2026, 5, 1)) == 10
    assert age_on(datetime.date(2008, 2, 29), datetime.date(2026, 2, 28)) == 17
