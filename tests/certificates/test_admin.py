"""Certificates in the admin: who may reach which page, the dates that are due, the
candidates of a date with the verdict, issuing one or all (a run in the background),
a certificate's page with revoke, re-issue and download, and the export."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from certificates import services
from certificates.models import Certificate, IssueRun
from tests.factories import (
    CoursePageFactory,
    GroupBookingFactory,
    RegistrationFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

# The admin speaks German (the site's default language): assertions use data
# attributes, names and codes rather than interface texts.

LIST = reverse("certificates_admin:index")
DUE = reverse("certificate_issuing:index")


def issue_url(event):
    return reverse("certificate_issuing:issue", args=[event.pk])


def run_url(run):
    return reverse("certificate_issuing:run", args=[run.pk])


def inspect_url(certificate):
    return reverse("certificates_admin:inspect", args=[certificate.pk])


def change_url(certificate):
    return reverse("certificates_admin:change", args=[certificate.pk])


def download_url(certificate):
    return reverse("certificates_admin:download", args=[certificate.pk])


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def verdicts(response):
    return {
        int(row["data-candidate"]): row["data-verdict"]
        for row in soup(response).select("[data-candidate]")
    }


def refreshed(certificate):
    certificate.refresh_from_db()
    return certificate


def assert_turned_away(response):
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        location = response["Location"]
        assert "login" in location or location == reverse("wagtailadmin_home")


@pytest.fixture
def coordinator():
    return UserFactory(
        email="koordination@example.org", is_staff=True, is_superuser=True
    )


@pytest.fixture
def admin(client, coordinator):
    client.force_login(coordinator)
    return client


@pytest.fixture
def people(event, attend, registration):
    """Jana (all five), Adam (three of five) and Zofia (four, one of them late)."""
    adam = attend(
        RegistrationFactory(event=event, participant__first_name="Adam"),
        "present",
        "present",
        "present",
        "absent",
        "excused",
    )
    zofia = attend(
        RegistrationFactory(event=event, participant__first_name="Zofia"),
        "present",
        "late",
        "present",
        "present",
    )
    return {"Jana": registration, "Adam": adam, "Zofia": zofia}


# Who may reach it


@pytest.fixture
def instructor(event):
    user = UserFactory(email="tomasz@example.org")
    Group.objects.get(name="Instructors").user_set.add(user)
    event.instructors.add(user)
    return user


@pytest.fixture(params=["anonymous", "not staff", "instructor", "staff without rights"])
def outsider(request, client, instructor):
    users = {
        "anonymous": lambda: None,
        "not staff": UserFactory,
        "instructor": lambda: instructor,
        "staff without rights": lambda: UserFactory(is_staff=True),
    }
    user = users[request.param]()
    if user:
        client.force_login(user)
    return client


def reads(certificate, run):
    return [
        LIST,
        LIST + "?export=csv",
        inspect_url(certificate),
        download_url(certificate),
        DUE,
        issue_url(certificate.event),
        run_url(run),
    ]


def writes(certificate, people):
    return [
        (change_url(certificate), {"reason": "Weg damit", "revoke": ""}),
        (change_url(certificate), {"reason": "Neu drucken", "reissue": ""}),
        (issue_url(certificate.event), {"one": people["Zofia"].pk, "bilingual": ""}),
        (issue_url(certificate.event), {"all": "", "bilingual": ""}),
    ]


def test_outsiders_cannot_see_or_change_certificates(
    outsider, certificate, people, django_capture_on_commit_callbacks
):
    run = IssueRun.objects.create(event=certificate.event)
    for url in reads(certificate, run):
        assert_turned_away(outsider.get(url))
    with django_capture_on_commit_callbacks(execute=True):
        for url, data in writes(certificate, people):
            assert_turned_away(outsider.post(url, data))

    assert list(Certificate.objects.all()) == [certificate]
    assert not refreshed(certificate).is_revoked
    assert IssueRun.objects.count() == 1
    assert mail.outbox == []


def test_viewing_rights_list_and_show_but_change_nothing(
    client, staff, certificate, people, django_capture_on_commit_callbacks
):
    client.force_login(staff("view_certificate"))

    listing = client.get(LIST)
    page = client.get(inspect_url(certificate))

    assert listing.status_code == 200
    assert "Jana Nowak" in listing.content.decode()
    assert page.status_code == 200
    assert not soup(page).select(f'form[action="{change_url(certificate)}"]')
    assert soup(page).select('[data-state="valid"]')
    assert client.get(download_url(certificate)).content.startswith(b"%PDF")
    for url in (DUE, issue_url(certificate.event)):
        assert_turned_away(client.get(url))
    with django_capture_on_commit_callbacks(execute=True):
        for url, data in writes(certificate, people):
            assert_turned_away(client.post(url, data))

    assert list(Certificate.objects.all()) == [certificate]
    assert not refreshed(certificate).is_revoked
    assert not IssueRun.objects.exists()


def test_the_menu_offers_issuing_only_to_those_who_may_issue(client, staff, home_page):
    client.force_login(staff("view_certificate"))
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert LIST in home and DUE not in home

    client.force_login(staff("add_certificate"))
    assert DUE in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_right_to_add_certificates_is_enough_to_issue(
    client, staff, people, django_capture_on_commit_callbacks
):
    client.force_login(staff("add_certificate"))
    event = people["Jana"].event

    assert client.get(DUE).status_code == 200
    assert client.get(issue_url(event)).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(issue_url(event), {"one": people["Jana"].pk})

    assert response.status_code == 302
    assert Certificate.objects.get().registration == people["Jana"]


def test_the_right_to_change_certificates_is_enough_to_revoke(
    client, staff, certificate
):
    client.force_login(staff("change_certificate"))
    page = client.get(inspect_url(certificate))
    assert soup(page).select_one(f'form[action="{change_url(certificate)}"]')

    response = client.post(
        change_url(certificate), {"reason": "Doppelt ausgestellt", "revoke": ""}
    )

    assert response.status_code == 302
    assert refreshed(certificate).is_revoked
    assert certificate.revocation_reason == "Doppelt ausgestellt"


# Due dates and the candidates of a date


def test_the_due_page_lists_dates_that_ended_of_courses_with_certificates(
    admin, course, dated, catalogue, people
):
    ended = people["Jana"].event
    services.issue(people["Jana"])
    none = CoursePageFactory(parent=catalogue, certificate_kind="none")
    dated(none)
    upcoming = dated(course, ended_days_ago=-7)
    long_ago = dated(course, ended_days_ago=120)

    page = soup(admin.get(DUE))

    links = {a["href"] for a in page.select("[data-due-events] a")}
    assert links == {issue_url(ended)}
    assert issue_url(upcoming) not in links and issue_url(long_ago) not in links
    [row] = page.select("[data-due-events] tbody tr")
    assert [cell.get_text(strip=True) for cell in row.select("td")][-2:] == ["3", "1"]


def test_the_candidates_page_gives_everyone_a_verdict(admin, people, event):
    services.issue(people["Jana"])
    waiting = RegistrationFactory(event=event, status="waitlisted")

    response = admin.get(issue_url(event))

    assert response.status_code == 200
    assert verdicts(response) == {
        people["Jana"].pk: "issued",
        people["Adam"].pk: "attendance",
        people["Zofia"].pk: "eligible",
    }
    assert waiting.pk not in verdicts(response)
    page = soup(response)
    assert page.select_one(f'button[name="one"][value="{people["Zofia"].pk}"]')
    assert not page.select_one(f'button[name="one"][value="{people["Adam"].pk}"]')
    adam = page.select_one(f'[data-candidate="{people["Adam"].pk}"]').get_text()
    assert "3" in adam and "5" in adam


def test_before_the_end_nobody_qualifies_yet(admin, course, dated, attend):
    running = dated(course, count=3, ended_days_ago=-7)
    attend(RegistrationFactory(event=running), "present", "present")
    response = admin.get(issue_url(running))
    assert set(verdicts(response).values()) == {"not_ended"}
    page = soup(response)
    assert page.select_one("[data-issue-all]") is None
    assert page.select_one("[data-nobody-left]") is not None


def test_issuing_one_from_the_list(
    admin, people, event, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(
            issue_url(event), {"one": people["Zofia"].pk, "bilingual": ""}, follow=True
        )

    certificate = Certificate.objects.get()
    assert certificate.registration == people["Zofia"]
    assert certificate.issued_by.email == "koordination@example.org"
    assert verdicts(response)[people["Zofia"].pk] == "issued"
    assert mailoutbox and all(message.attachments for message in mailoutbox)


def test_issuing_one_in_german_and_czech(admin, people, event):
    admin.post(issue_url(event), {"one": people["Jana"].pk, "bilingual": "cs"})
    assert Certificate.objects.get().content["languages"] == ["de", "cs"]


@pytest.mark.parametrize("who", ["Adam", "not a number", "999999"])
def test_issuing_to_someone_who_does_not_qualify_issues_nothing(
    admin, people, event, who
):
    pk = people[who].pk if who in people else who
    response = admin.post(issue_url(event), {"one": pk, "bilingual": ""})
    assert response.status_code in (302, 404)
    assert not Certificate.objects.exists()


def test_issuing_for_a_registration_of_another_date_is_refused(
    admin, people, course, dated, attend
):
    other = attend(RegistrationFactory(event=dated(course)), *["present"] * 5)
    response = admin.post(issue_url(people["Jana"].event), {"one": other.pk})
    assert response.status_code == 404
    assert not Certificate.objects.exists()


def test_an_unknown_language_choice_is_refused(admin, people, event):
    response = admin.post(issue_url(event), {"all": "", "bilingual": "fr"})
    assert response.status_code == 200
    assert soup(response).select(".error-message, .w-field__errors")
    assert not Certificate.objects.exists() and not IssueRun.objects.exists()


def test_issuing_to_all_runs_in_the_background_and_shows_progress(
    admin, people, event, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(issue_url(event), {"all": "", "bilingual": "pl"})

    run = IssueRun.objects.get()
    assert response.status_code == 302 and response["Location"] == run_url(run)
    issued = {c.registration for c in Certificate.objects.all()}
    assert issued == {people["Jana"], people["Zofia"]}
    assert {tuple(c.content["languages"]) for c in Certificate.objects.all()} == {
        ("de", "pl")
    }
    progress = soup(admin.get(run_url(run)))
    assert progress.select_one("[data-run-status]")["data-run-status"] == "done"
    assert "2" in progress.select_one("[data-run-issued]").get_text()
    assert progress.select_one("progress")["value"] == "3"
    assert not progress.select('meta[http-equiv="refresh"]')
    assert len(mailoutbox) == 3  # Jana's two guardians, Zofia's one


def test_a_queued_run_page_refreshes_itself(admin, event):
    run = IssueRun.objects.create(event=event, total=10)
    page = soup(admin.get(run_url(run)))
    assert page.select_one("[data-run-status]")["data-run-status"] == "queued"
    assert page.select_one('meta[http-equiv="refresh"]')


def test_issuing_to_all_twice_issues_nothing_new(
    admin, people, event, django_capture_on_commit_callbacks
):
    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            admin.post(issue_url(event), {"all": "", "bilingual": ""})
    assert Certificate.objects.count() == 2
    assert [run.issued for run in IssueRun.objects.order_by("pk")] == [2, 0]


def test_class_confirmations_are_issued_from_the_visits_of_a_slot(
    admin, visited, django_capture_on_commit_callbacks
):
    unrecorded = GroupBookingFactory(event=visited.event, class_name="8a", pupils=5)
    GroupBookingFactory(event=visited.event, class_name="9c", status="cancelled")

    page = admin.get(issue_url(visited.event))
    assert verdicts(page) == {visited.pk: "eligible", unrecorded.pk: "no_presence"}

    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(issue_url(visited.event), {"all": "", "bilingual": ""})

    assert response.status_code == 302
    assert Certificate.objects.get().group_booking == visited
    assert not IssueRun.objects.exists()


# A certificate's page


def test_a_certificates_page_shows_it_as_printed(admin, certificate):
    response = admin.get(inspect_url(certificate))
    text = soup(response).get_text(" ", strip=True)
    assert response.status_code == 200
    assert "Jana Nowak" in text and certificate.grouped_code in text
    assert "Roboter bauen und programmieren" in text
    page = soup(response)
    assert page.select_one(f'a[href="{download_url(certificate)}"]')
    assert page.select_one(f'a[href="{services.verify_url(certificate)}"]')


def test_revoking_in_the_admin(admin, certificate, coordinator):
    response = admin.post(
        change_url(certificate), {"reason": "Teilnahme war erfunden", "revoke": ""}
    )

    assert response.status_code == 302
    assert response["Location"] == inspect_url(certificate)
    assert refreshed(certificate).is_revoked
    assert certificate.revoked_by == coordinator
    page = soup(admin.get(inspect_url(certificate)))
    assert "Teilnahme war erfunden" in page.select_one('[data-state="revoked"]').text
    assert not page.select(f'form[action="{change_url(certificate)}"]')


@pytest.mark.parametrize("action", ["revoke", "reissue"])
def test_revoking_without_a_reason_is_refused_with_the_form_again(
    admin, certificate, action
):
    response = admin.post(change_url(certificate), {"reason": "  ", action: ""})
    assert response.status_code == 200
    assert soup(response).select_one(f'form[action="{change_url(certificate)}"]')
    assert not refreshed(certificate).is_revoked
    assert Certificate.objects.count() == 1


def test_revoking_twice_in_the_admin_is_refused(admin, certificate):
    services.revoke(certificate, by=None, reason="Erstes Mal")
    response = admin.post(
        change_url(certificate), {"reason": "Zweites Mal", "revoke": ""}
    )
    assert response.status_code == 200
    assert refreshed(certificate).revocation_reason == "Erstes Mal"


def test_reissuing_in_the_admin_leads_to_the_new_certificate(
    admin, certificate, participant, mailoutbox, django_capture_on_commit_callbacks
):
    participant.first_name = "Janina"
    participant.save()

    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(
            change_url(certificate), {"reason": "Vorname korrigiert", "reissue": ""}
        )

    new = Certificate.objects.valid().get()
    assert response.status_code == 302 and response["Location"] == inspect_url(new)
    assert new.holder == "Janina Nowak"
    assert refreshed(certificate).replaced_by == new
    old_page = soup(admin.get(inspect_url(certificate)))
    assert old_page.select_one(f'[data-state="revoked"] a[href="{inspect_url(new)}"]')
    assert len(mailoutbox) == 2


def test_changing_is_only_by_post(admin, certificate):
    assert admin.get(change_url(certificate)).status_code == 405


def test_the_admin_downloads_the_pdf_even_when_revoked(admin, certificate):
    services.revoke(certificate, by=None, reason="Doppelt")
    response = admin.get(download_url(certificate))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_the_list_finds_a_certificate_by_its_holder_and_exports_codes(
    admin, certificate, people
):
    other = services.issue(people["Zofia"])
    services.revoke(other, by=None, reason="Doppelt")

    found = admin.get(LIST, {"q": "Jana"})
    assert [c.pk for c in found.context["object_list"]] == [certificate.pk]
    revoked = admin.get(LIST, {"revoked": "true"})
    assert [c.pk for c in revoked.context["object_list"]] == [other.pk]

    export = admin.get(LIST + "?export=csv")
    content = b"".join(export.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))
    exported = {row[0]: row for row in rows[1:]}
    assert set(exported) == {certificate.grouped_code, other.grouped_code}
    assert exported[certificate.grouped_code][1] == "Jana Nowak"
