"""Certificates through the service: who qualifies and why not, issuing once, what is
printed and that it stays as printed, languages, class confirmations, revoking and
re-issuing, bulk runs and automatic issuing."""

import datetime
import io
from decimal import Decimal

import pypdf
import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale

from certificates import services
from certificates.documents import certificate_pdf
from certificates.models import CODE_LENGTH, Certificate, IssueRun
from courses.models import CoursePage
from events.models import Attendance, Event, GroupBooking, Registration
from tests.factories import (
    GroupBookingFactory,
    ParticipantFactory,
    RegistrationFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

Kind = CoursePage.CertificateKind


def verdict_of(registration):
    return services.eligibility(registration).code


def translate(page, language, **fields):
    """A published translation of `page` into `language`."""
    copy = page.copy_for_translation(Locale.objects.get(language_code=language))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return copy


# Who qualifies


@pytest.mark.parametrize(
    ("marks", "verdict"),
    [
        (["present"] * 5, "eligible"),
        (["present"] * 4 + ["absent"], "eligible"),  # 80 % exactly
        (["present"] * 4, "eligible"),  # the fifth left unmarked
        (["present"] * 3 + ["absent"] * 2, "attendance"),  # 60 %
        (["present"] * 3 + ["late", "absent"], "eligible"),  # late counts
        (["late"] * 4 + ["absent"], "eligible"),
        (["present"] * 3 + ["excused", "absent"], "attendance"),  # excused doesn't
        (["present"] * 3 + ["excused"] * 2, "attendance"),
        ([], "attendance"),
    ],
)
def test_the_attendance_rule_at_its_boundary(event, attend, marks, verdict):
    registration = attend(RegistrationFactory(event=event), *marks)
    assert verdict_of(registration) == verdict


def test_the_verdict_counts_attended_and_held_sessions(event, attend):
    registration = attend(
        RegistrationFactory(event=event), "present", "late", "excused", "absent"
    )
    verdict = services.eligibility(registration)
    assert (verdict.attended, verdict.total, verdict.needed) == (2, 5, 80)


@pytest.mark.parametrize(
    ("needed", "marks", "verdict"),
    [
        (0, [], "eligible"),
        (0, ["absent"] * 5, "eligible"),
        (100, ["present"] * 5, "eligible"),
        (100, ["present"] * 4 + ["late"], "eligible"),
        (100, ["present"] * 4 + ["excused"], "attendance"),
        (100, ["present"] * 4, "attendance"),
    ],
)
def test_a_rule_of_0_or_100_percent(course, dated, attend, needed, marks, verdict):
    course.certificate_min_attendance = needed
    course.save()
    registration = attend(RegistrationFactory(event=dated(course)), *marks)
    assert verdict_of(registration) == verdict


def test_an_odd_number_of_sessions_rounds_in_the_participants_disfavour(
    course, dated, attend
):
    """80 % of 3 sessions is 2.4: two are not enough, three are."""
    event = dated(course, count=3)
    two = attend(RegistrationFactory(event=event), "present", "present", "absent")
    three = attend(RegistrationFactory(event=event), "present", "late", "present")
    assert (verdict_of(two), verdict_of(three)) == ("attendance", "eligible")


def test_no_certificate_before_the_last_session_has_ended(course, dated, attend):
    running = dated(course, count=3, ended_days_ago=-7)  # the last one next week
    registration = attend(RegistrationFactory(event=running), "present", "present")
    assert verdict_of(registration) == "not_ended"
    with pytest.raises(services.NotEligible):
        services.issue(registration)


def test_the_same_registration_qualifies_once_the_date_is_over(course, dated, attend):
    running = dated(course, count=2, ended_days_ago=-7)
    registration = attend(RegistrationFactory(event=running), "present", "present")
    later = running.ends_at + datetime.timedelta(minutes=1)
    assert services.eligibility(registration, now=later).ok


@pytest.mark.parametrize(
    "status", [Registration.Status.WAITLISTED, Registration.Status.CANCELLED]
)
def test_only_confirmed_registrations_qualify(event, attend, status):
    registration = attend(RegistrationFactory(event=event, status=status), "present")
    assert verdict_of(registration) == "not_confirmed"


def test_a_date_without_sessions_gives_no_certificate(course, dated):
    registration = RegistrationFactory(event=dated(course, count=0))
    with pytest.raises(services.NotEligible) as caught:
        services.issue(registration)
    assert caught.value.eligibility.code == "no_sessions"
    assert not Certificate.objects.exists()


@pytest.mark.parametrize("kind", [Kind.NONE, Kind.CLASS])
def test_courses_without_personal_certificates(course, event, attend, kind):
    # Saving refuses a class confirmation for a workshop (see tests/courses); the
    # rule holds even for rows written around it.
    type(course).objects.filter(pk=course.pk).update(certificate_kind=kind)
    registration = attend(RegistrationFactory(event=event), *["present"] * 5)
    with pytest.raises(services.NotEligible) as caught:
        services.issue(registration)
    assert caught.value.eligibility.code == "no_certificate"
    assert not Certificate.objects.exists()


def test_not_eligible_says_why_in_the_users_language(event, attend):
    registration = attend(RegistrationFactory(event=event), "present", "present")
    with translation.override("en"), pytest.raises(services.NotEligible) as caught:
        services.issue(registration)
    assert caught.value.eligibility.code == "attendance"
    assert str(caught.value) == "Attended 2 of 5 sessions; 80% needed."


def test_issuing_twice_gives_the_same_certificate(registration):
    first = services.issue(registration)
    again = services.issue(registration)
    assert again == first
    assert Certificate.objects.count() == 1
    assert services.eligibility(registration).code == "issued"


def test_two_issuers_at_once_end_with_one_certificate(
    registration, monkeypatch, mailoutbox, django_capture_on_commit_callbacks
):
    """A bulk run and a click at the same moment: the second sees no certificate
    yet, its insert fails, and it gets the first one back without a second mail."""
    with django_capture_on_commit_callbacks(execute=True):
        first = services.issue(registration)
    stale = services.Eligibility("eligible", attended=5, total=5, needed=80)
    monkeypatch.setattr(services, "eligibility", lambda *args, **kwargs: stale)

    with django_capture_on_commit_callbacks(execute=True):
        second = services.issue(registration)

    assert second == first
    assert Certificate.objects.count() == 1
    assert len(mailoutbox) == 2  # the first issue's, to both guardians


def test_the_database_refuses_a_second_valid_certificate(certificate):
    with pytest.raises(IntegrityError), transaction.atomic():
        Certificate.objects.create(
            kind=certificate.kind,
            event=certificate.event,
            registration=certificate.registration,
            holder="Jana Nowak",
            course_title="Kopie",
            language="de",
            content=certificate.content,
        )


def test_codes_are_long_random_and_unique(event, attend):
    certificates = [
        services.issue(attend(RegistrationFactory(event=event), *["present"] * 5))
        for _ in range(20)
    ]
    codes = {certificate.code for certificate in certificates}
    assert len(codes) == 20
    for code in codes:
        assert len(code) == CODE_LENGTH == 26
        assert set(code) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


# What is printed, and that it stays so


def test_the_certificate_prints_what_was_true_at_issue(certificate, event):
    printed = certificate.content
    sessions = list(event.sessions.order_by("starts_at"))
    assert certificate.kind == Certificate.Kind.FORMAL
    assert printed["holder"] == certificate.holder == "Jana Nowak"
    assert printed["texts"] == {
        "pl": {
            "course": "Roboter bauen und programmieren",
            "outcomes": ["Sensoren anschließen", "Einen Roboter programmieren"],
        }
    }
    assert (Decimal(printed["hours"]), printed["hours_unit"]) == (20, "teaching")
    assert (
        printed["first_date"] == timezone.localdate(sessions[0].starts_at).isoformat()
    )
    assert (
        printed["last_date"] == timezone.localdate(sessions[-1].starts_at).isoformat()
    )
    assert (printed["sessions_attended"], printed["sessions_held"]) == (5, 5)
    assert printed["issuer"]["name"] == "Science-Center Oberlausitz"
    assert printed["issued_on"] == timezone.localdate().isoformat()


def test_without_stated_hours_the_sessions_clock_hours_are_printed(
    course, dated, attend
):
    course.hours = None
    course.save()
    registration = attend(
        RegistrationFactory(event=dated(course, count=3)), *["present"] * 3
    )
    certificate = services.issue(registration)
    assert (certificate.content["hours"], certificate.content["hours_unit"]) == (
        "6.0",
        "clock",
    )
    assert services.facts(certificate)["hours"] == 6


def changed_since_issue(course, participant, organisation):
    course.title = "Robotik für Fortgeschrittene"
    course.hours = Decimal("32")
    course.learning_outcomes = "Bildverarbeitung"
    course.save_revision().publish()
    participant.first_name, participant.last_name = "Janina", "Nowak-Wiśniewska"
    participant.save()
    organisation.name = "MINT-Bündnis Dreiländereck"
    organisation.name_pl = "Sojusz MINT Trójstyk"
    organisation.save()


def test_later_edits_do_not_change_an_issued_certificate(
    certificate, course, participant, organisation, client
):
    facts_before = services.facts(certificate)

    changed_since_issue(course, participant, organisation)

    certificate.refresh_from_db()
    assert certificate.content["holder"] == "Jana Nowak"
    assert certificate.content["texts"]["pl"]["course"] == (
        "Roboter bauen und programmieren"
    )
    assert certificate.content["texts"]["pl"]["outcomes"][0] == "Sensoren anschließen"
    assert Decimal(certificate.content["hours"]) == 20
    assert certificate.content["issuer"]["name"] == "Science-Center Oberlausitz"
    assert services.facts(certificate) == facts_before
    page = BeautifulSoup(
        client.get(reverse("certificates:verify", args=[certificate.code])).content,
        "html.parser",
    )
    page = " ".join(  # the verdict and the facts, not the site's header
        part.get_text(" ", strip=True)
        for part in page.select("[data-verdict], dl.facts--certificate")
    )
    assert "Jana Nowak" in page and "Janina" not in page
    assert "Roboter bauen und programmieren" in page
    assert "Robotik für Fortgeschrittene" not in page
    assert "Science-Center Oberlausitz" in page
    assert "MINT-Bündnis" not in page and "Sojusz" not in page


def test_reissuing_prints_todays_data_and_revokes_the_old_one(
    certificate, course, participant, organisation
):
    coordinator = UserFactory(is_staff=True)
    changed_since_issue(course, participant, organisation)

    new = services.reissue(certificate, by=coordinator, reason="Name korrigiert")

    assert new.pk != certificate.pk and new.code != certificate.code
    assert new.holder == "Janina Nowak-Wiśniewska"
    assert new.content["texts"]["pl"] == {
        "course": "Robotik für Fortgeschrittene",
        "outcomes": ["Bildverarbeitung"],
    }
    assert Decimal(new.content["hours"]) == 32
    assert new.content["issuer"]["name"] == "Sojusz MINT Trójstyk"  # Polish, printed
    assert new.issued_by == coordinator
    certificate.refresh_from_db()
    assert certificate.is_revoked
    assert certificate.replaced_by == new
    assert certificate.revocation_reason == "Name korrigiert"
    assert certificate.content["holder"] == "Jana Nowak"
    assert list(Certificate.objects.valid()) == [new]


def test_reissuing_keeps_the_printed_languages(registration):
    old = services.issue(registration, languages=["de", "cs"])
    new = services.reissue(old, by=None, reason="Neuer Druck")
    assert new.content["languages"] == ["de", "cs"]


def test_reissuing_someone_who_no_longer_qualifies_changes_nothing(
    certificate, registration
):
    Attendance.objects.filter(registration=registration).update(status="absent")
    with pytest.raises(services.NotEligible):
        services.reissue(certificate, by=None, reason="Anwesenheit korrigiert")
    certificate.refresh_from_db()
    assert not certificate.is_revoked
    assert Certificate.objects.count() == 1


def test_a_revoked_certificate_cannot_be_reissued(certificate):
    services.revoke(certificate, by=None, reason="Irrtum")
    with pytest.raises(services.RevocationRefused):
        services.reissue(certificate, by=None, reason="Noch einmal")
    assert Certificate.objects.count() == 1


# Languages


def test_the_certificate_is_in_the_guardians_language(course, event, attend):
    for language in ("pl", "cs", "en", "de"):
        parent = UserFactory(preferred_language=language)
        registration = attend(
            RegistrationFactory(event=event, participant__guardian=parent),
            *["present"] * 5,
        )
        certificate = services.issue(registration)
        assert certificate.content["languages"] == [language]
        assert certificate.language == language


def test_the_signatorys_role_is_printed_in_the_certificates_language(
    organisation, event, attend
):
    organisation.signatory_role = "Koordination MINT-Bildung"
    organisation.signatory_role_cs = "Koordinace vzdělávání MINT"
    organisation.name_cs = "MINT Dreiländereck – vzdělávací síť"
    organisation.save()
    printed = {}
    for language in ("cs", "pl"):  # Polish not translated: the German text
        registration = attend(
            RegistrationFactory(
                event=event, participant__guardian__preferred_language=language
            ),
            *["present"] * 5,
        )
        reader = pypdf.PdfReader(
            io.BytesIO(certificate_pdf(services.issue(registration)))
        )
        printed[language] = " ".join(reader.pages[0].extract_text().split())

    assert "Koordinace vzdělávání MINT" in printed["cs"]
    assert "MINT Dreiländereck – vzdělávací síť" in printed["cs"]
    assert "Koordination MINT-Bildung" not in printed["cs"]
    assert "Koordination MINT-Bildung" in printed["pl"]
    assert "Science-Center Oberlausitz" in printed["pl"]


def test_the_course_title_comes_from_its_published_translation(course, registration):
    translate(
        course,
        "pl",
        title="Budowa i programowanie robotów",
        learning_outcomes="Podłączanie czujników\nProgramowanie robota",
    )
    certificate = services.issue(registration)
    assert certificate.course_title == "Budowa i programowanie robotów"
    assert certificate.content["texts"]["pl"] == {
        "course": "Budowa i programowanie robotów",
        "outcomes": ["Podłączanie czujników", "Programowanie robota"],
    }


def test_a_draft_translation_is_not_printed(course, registration):
    draft = course.copy_for_translation(Locale.objects.get(language_code="pl"))
    draft.title = "Roboty (szkic)"
    draft.save_revision()
    certificate = services.issue(registration)
    assert certificate.course_title == "Roboter bauen und programmieren"


@pytest.mark.parametrize(
    ("choice", "languages"),
    [("pl", ["de", "pl"]), ("cs", ["de", "cs"]), ("", ["pl"]), ("fr", ["pl"])],
)
def test_bilingual_certificates_pair_german_with_a_neighbours_language(
    course, registration, choice, languages
):
    translate(course, "pl", title="Budowa robotów")
    translate(course, "cs", title="Stavba robotů")
    printed = services.issue(
        registration, languages=services.languages_for(choice)
    ).content
    assert printed["languages"] == languages
    titles = {
        "de": "Roboter bauen und programmieren",
        "pl": "Budowa robotów",
        "cs": "Stavba robotů",
    }
    assert {lang: printed["texts"][lang]["course"] for lang in languages} == {
        lang: titles[lang] for lang in languages
    }


def test_a_bilingual_certificate_names_the_course_in_both_languages(
    course, registration
):
    translate(course, "cs", title="Stavba robotů")
    certificate = services.issue(registration, languages=["de", "cs"])
    assert certificate.course_title == "Roboter bauen und programmieren"
    assert services.facts(certificate)["courses"] == [
        ("de", "Roboter bauen und programmieren"),
        ("cs", "Stavba robotů"),
    ]


def test_an_untranslated_course_is_named_once_on_a_bilingual_certificate(
    registration,
):
    certificate = services.issue(registration, languages=["de", "pl"])
    assert services.facts(certificate)["courses"] == [
        ("de", "Roboter bauen und programmieren")
    ]


# Class confirmations


def test_a_class_gets_a_confirmation_after_its_visit(visited):
    certificate = services.issue_for_class(visited)
    assert certificate.kind == Certificate.Kind.CLASS
    assert certificate.group_booking == visited and certificate.registration is None
    assert certificate.holder == "7b"
    printed = certificate.content
    assert (printed["school"], printed["pupils"], printed["adults"]) == (
        "Oberschule Ostritz",
        22,
        2,
    )
    assert printed["languages"] == ["cs"]  # the language of the visit
    assert services.issue_for_class(visited) == certificate  # once only


def test_no_class_confirmation_before_the_visit(programme, dated):
    booking = GroupBookingFactory(
        event=dated(programme, count=1, ended_days_ago=-3), pupils=20
    )
    booking.pupils_present = 20
    booking.save()
    with pytest.raises(services.NotEligible) as caught:
        services.issue_for_class(booking)
    assert caught.value.eligibility.code == "not_ended"


def test_no_class_confirmation_without_the_numbers_present(visited):
    visited.pupils_present = visited.adults_present = None
    visited.save()
    with pytest.raises(services.NotEligible) as caught:
        services.issue_for_class(visited)
    assert caught.value.eligibility.code == "no_presence"
    assert not Certificate.objects.exists()


@pytest.mark.parametrize(
    "status",
    [
        GroupBooking.Status.REQUESTED,
        GroupBooking.Status.DECLINED,
        GroupBooking.Status.CANCELLED,
    ],
)
def test_only_confirmed_visits_get_a_confirmation(visited, status):
    visited.status = status
    visited.save()
    with pytest.raises(services.NotEligible) as caught:
        services.issue_for_class(visited)
    assert caught.value.eligibility.code == "not_confirmed_class"


def test_class_confirmations_only_for_programmes_that_give_them(visited, programme):
    programme.certificate_kind = Kind.NONE
    programme.save()
    with pytest.raises(services.NotEligible) as caught:
        services.issue_for_class(visited)
    assert caught.value.eligibility.code == "no_certificate"


# Revoking


@pytest.mark.parametrize("reason", ["", "   \n"])
def test_revoking_needs_a_reason(certificate, reason):
    with pytest.raises(services.RevocationRefused):
        services.revoke(certificate, by=None, reason=reason)
    certificate.refresh_from_db()
    assert not certificate.is_revoked


def test_revoking_is_recorded_and_cannot_be_repeated(certificate):
    coordinator = UserFactory(is_staff=True)
    services.revoke(certificate, by=coordinator, reason="Doppelt ausgestellt")
    certificate.refresh_from_db()
    revoked_at = certificate.revoked_at
    assert certificate.is_revoked and certificate.revoked_by == coordinator

    with pytest.raises(services.RevocationRefused):
        services.revoke(certificate, by=None, reason="Noch einmal")

    certificate.refresh_from_db()
    assert certificate.revoked_at == revoked_at
    assert certificate.revocation_reason == "Doppelt ausgestellt"


def test_after_revoking_a_new_valid_certificate_can_be_issued(
    certificate, registration
):
    services.revoke(certificate, by=None, reason="Falsche Sprache")
    assert services.eligibility(registration).ok
    new = services.issue(registration)
    assert new != certificate
    assert list(Certificate.objects.valid()) == [new]
    assert Certificate.objects.count() == 2


# Finding a certificate by its code


def test_codes_are_found_however_they_are_typed(certificate):
    code = certificate.code
    grouped = certificate.grouped_code
    for typed in (code, code.lower(), grouped, grouped.lower(), f"  {grouped}  "):
        assert services.find(typed) == certificate
    for wrong in ("", code[:-1], code + "A", "-" * 26, None):
        assert services.find(wrong) is None


def test_the_qr_code_address_is_short_and_language_neutral(certificate):
    assert services.verify_url(certificate) == (
        f"http://testserver/certificates/verify/{certificate.code}/"
    )


# Many at once


def people_on(event, attend, count, qualifies=lambda number: True):
    """`count` confirmed registrations on `event`; those for whom `qualifies(number)`
    came to every session, the others to two of five."""
    guardian = UserFactory()
    participants = ParticipantFactory.create_batch(count, guardian=guardian)
    registrations = Registration.objects.bulk_create(
        Registration(event=event, participant=participant, status="confirmed")
        for participant in participants
    )
    sessions = list(event.sessions.order_by("starts_at"))
    Attendance.objects.bulk_create(
        Attendance(
            registration=registration, session=session, status="present", method="tap"
        )
        for number, registration in enumerate(registrations)
        for session in sessions[: 5 if qualifies(number) else 2]
    )
    return registrations


@pytest.mark.parametrize("count", [5, 50])
def test_the_candidate_list_takes_one_query_however_long(
    event, attend, count, django_assert_num_queries
):
    people_on(event, attend, count, qualifies=lambda number: number % 2)
    event = Event.objects.select_related("course").get(pk=event.pk)
    with django_assert_num_queries(1):
        rows = services.candidates(event)
    assert len(rows) == count
    assert sum(verdict.ok for _registration, verdict in rows) == count // 2


def test_the_candidate_list_names_everyone_confirmed_with_the_verdict(
    event, attend, registration
):
    short = attend(
        RegistrationFactory(event=event, participant__last_name="Adamczyk"), "present"
    )
    RegistrationFactory(event=event, status="waitlisted")
    services.issue(registration)
    verdicts = {row.pk: verdict.code for row, verdict in services.candidates(event)}
    assert verdicts == {short.pk: "attendance", registration.pk: "issued"}


def test_a_bulk_run_issues_to_exactly_those_who_qualify(
    event, attend, django_capture_on_commit_callbacks
):
    registrations = people_on(event, attend, 200, qualifies=lambda n: n % 4)
    RegistrationFactory(event=event, status="cancelled")
    coordinator = UserFactory(is_staff=True)

    with django_capture_on_commit_callbacks() as queued:
        run = services.start_run(event, by=coordinator)
    assert run.status == IssueRun.Status.QUEUED and len(queued) == 1
    services.run_issue(run.pk)  # what the queued task does

    run.refresh_from_db()
    assert (run.status, run.total, run.done, run.issued) == ("done", 200, 200, 150)
    assert run.finished_at is not None
    issued = set(Certificate.objects.values_list("registration", flat=True))
    assert issued == {r.pk for n, r in enumerate(registrations) if n % 4}
    assert set(Certificate.objects.values_list("issued_by", flat=True)) == {
        coordinator.pk
    }

    again = services.run_issue(services.start_run(event, by=coordinator).pk)
    assert (again.total, again.issued) == (200, 0)
    assert Certificate.objects.count() == 150


@pytest.mark.parametrize("count", [4, 12])
def test_a_bulk_run_takes_the_same_queries_per_person_however_many(
    event, attend, count, django_assert_max_num_queries
):
    """What the date prints (course texts, sessions, venue, organisation) is read once
    per run, not once per person: each more person costs a fixed handful."""
    people_on(event, attend, count)
    run = services.start_run(event, by=None)
    per_person = 5  # 4 measured; 8 when the date part was read per person
    with django_assert_max_num_queries(12 + per_person * count):
        services.run_issue(run.pk)
    assert Certificate.objects.count() == count


def test_a_failing_run_says_so_and_keeps_what_was_issued(event, attend, monkeypatch):
    people_on(event, attend, 3)
    issue = services.issue
    calls = []

    def fail_on_the_second(registration, **kwargs):
        calls.append(registration)
        if len(calls) == 2:
            raise RuntimeError("PDF-Server weg")
        return issue(registration, **kwargs)

    monkeypatch.setattr(services, "issue", fail_on_the_second)
    run = services.start_run(event, by=None)
    with pytest.raises(RuntimeError):
        services.run_issue(run.pk)

    run.refresh_from_db()
    assert (run.status, run.done, run.issued) == ("failed", 1, 1)
    assert run.finished_at is not None
    assert Certificate.objects.count() == 1


def test_a_bulk_run_can_print_german_and_polish(event, attend):
    people_on(event, attend, 3)
    run = services.start_run(event, by=None, bilingual="pl")
    services.run_issue(run.pk, bilingual="pl")
    assert {tuple(c.content["languages"]) for c in Certificate.objects.all()} == {
        ("de", "pl")
    }


# Automatic issuing


@pytest.fixture
def automatic(course):
    course.certificates_automatic = True
    course.save()
    return course


def test_dates_that_ended_lately_issue_automatically(automatic, dated, attend):
    recent = dated(automatic, ended_days_ago=2)
    came = attend(RegistrationFactory(event=recent), *["present"] * 5)
    attend(RegistrationFactory(event=recent), "present")

    assert services.issue_due() == 1
    assert [c.registration for c in Certificate.objects.all()] == [came]
    assert services.issue_due() == 0
    assert Certificate.objects.count() == 1


@pytest.mark.parametrize(
    ("ended_days_ago", "issued"), [(6, 1), (8, 0), (-1, 0), (30, 0)]
)
def test_only_dates_ended_within_a_week_issue_automatically(
    automatic, dated, attend, ended_days_ago, issued
):
    event = dated(automatic, count=2, ended_days_ago=ended_days_ago)
    attend(RegistrationFactory(event=event), "present", "present")
    assert services.issue_due() == issued
    assert Certificate.objects.count() == issued


def test_courses_without_automatic_issuing_wait_for_staff(course, dated, attend):
    event = dated(course, ended_days_ago=1)
    attend(RegistrationFactory(event=event), *["present"] * 5)
    assert services.issue_due() == 0
    assert not Certificate.objects.exists()


def test_cancelled_dates_issue_nothing(automatic, dated, attend):
    event = dated(automatic, ended_days_ago=1, status=Event.Status.CANCELLED)
    attend(RegistrationFactory(event=event), *["present"] * 5)
    assert services.issue_due() == 0


def test_class_confirmations_are_issued_automatically_too(visited, programme):
    programme.certificates_automatic = True
    programme.save()
    GroupBookingFactory(event=visited.event, class_name="8a", pupils=5)  # no numbers
    assert services.issue_due() == 1
    assert Certificate.objects.get().group_booking == visited


def test_the_command_issues_what_is_due_and_says_how_many(
    automatic, dated, attend, capsys
):
    event = dated(automatic, ended_days_ago=3)
    for _ in range(2):
        attend(RegistrationFactory(event=event), *["present"] * 5)

    call_command("issue_due_certificates")
    call_command("issue_due_certificates")

    assert capsys.readouterr().out.splitlines() == [
        "2 certificate(s) issued.",
        "0 certificate(s) issued.",
    ]
    assert Certificate.objects.count() == 2
