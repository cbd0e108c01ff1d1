"""Certificates in the funder's figures: the hook counts valid certificates of the
dates in the period and selection, by registration so that the report breaks them
down, and class confirmations apart."""

import datetime

import pytest
from django.utils import timezone

from certificates import services
from certificates.figures import certificate_figures
from events.figures import NO_FILTERS, Figures, Filters, Period
from tests.factories import ParticipantFactory, ProviderFactory, RegistrationFactory

pytestmark = pytest.mark.django_db


def period_of(event):
    """From the day the date starts until today."""
    return Period(timezone.localdate(event.starts_at), timezone.localdate())


@pytest.fixture
def certified(event, registration, attend):
    """Jana's certificate, and a second person who came to everything too, with
    theirs revoked and issued again."""
    services.issue(registration)
    other = attend(
        RegistrationFactory(event=event, participant=ParticipantFactory(gender="male")),
        *["present"] * 5,
    )
    first = services.issue(other)
    services.reissue(first, by=None, reason="Name falsch geschrieben")
    return registration, other


def test_valid_certificates_count_once_by_registration(event, certified):
    figures = certificate_figures(period_of(event), NO_FILTERS)

    issued = figures["certificates_issued"]
    assert issued.registrations == {r.pk for r in certified}
    assert issued.total == 2
    assert issued.people


def test_a_revoked_certificate_does_not_count(event, certified):
    jana, _other = certified
    services.revoke(jana.certificates.get(), by=None, reason="Zu Unrecht ausgestellt")

    figures = certificate_figures(period_of(event), NO_FILTERS)

    assert figures["certificates_issued"].total == 1


def test_class_confirmations_count_apart(visited):
    services.issue_for_class(visited)

    figures = certificate_figures(period_of(visited.event), NO_FILTERS)

    assert figures["class_confirmations"].total == 1
    assert not figures["class_confirmations"].people
    assert figures["certificates_issued"].total == 0


def test_dates_outside_the_period_or_selection_do_not_count(event, certified):
    before = timezone.localdate(event.starts_at) - datetime.timedelta(days=1)
    earlier = Period(before - datetime.timedelta(days=30), before)
    other_provider = Filters(provider=ProviderFactory())

    assert certificate_figures(earlier, NO_FILTERS)["certificates_issued"].total == 0
    assert (
        certificate_figures(period_of(event), other_provider)[
            "certificates_issued"
        ].total
        == 0
    )


def test_the_report_breaks_certificates_down_and_withholds_small_counts(
    event, certified
):
    figures = Figures(period_of(event))

    headline = {item.key: item.cell for item in figures.headline}
    assert str(headline["certificates_issued"]) == "<5"
    by_gender = {row.key: row.cells for row in figures.by_gender.rows}
    assert by_gender["male"]["certificates_issued"].mark == "<5"


def test_the_hook_reads_one_query(event, certified, django_assert_num_queries):
    with django_assert_num_queries(1):
        certificate_figures(period_of(event), NO_FILTERS)
