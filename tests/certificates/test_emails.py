"""The mail that a certificate is ready: to everyone who looks after the holder (or to
the teacher of the class), each in their own language, with the PDF attached and the
address where anyone can check it."""

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from certificates import services
from certificates.models import Certificate
from tests.factories import RegistrationFactory

pytestmark = pytest.mark.django_db


def pdfs(message):
    return [
        (name, content)
        for name, content, mimetype in message.attachments
        if mimetype == "application/pdf"
    ]


def html_of(message):
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    return html


def test_every_guardian_gets_the_certificate_once_in_their_own_language(
    registration, guardian, co_guardian, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        certificate = services.issue(registration)

    by_recipient = {tuple(message.to): message for message in mailoutbox}
    assert set(by_recipient) == {(guardian.email,), (co_guardian.email,)}
    for person, language in ((guardian, "pl"), (co_guardian, "de")):
        message = by_recipient[(person.email,)]
        with translation.override(language):
            verify = reverse("certificates:verify", args=[certificate.code])
            mine = "http://testserver" + reverse("certificates:mine")
        link = f"http://testserver{verify}"
        assert link in message.body and link in html_of(message)
        assert mine in message.body
        assert "Roboter bauen und programmieren" in message.subject
        [(name, content)] = pdfs(message)
        assert name == f"certificate-{certificate.grouped_code}.pdf"
        assert content.startswith(b"%PDF")


def greeting(language, name):
    with translation.override(language):
        return gettext("Hello %(name)s,") % {"name": name}


def test_each_recipient_is_greeted_by_name_in_their_language(
    registration, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.issue(registration)
    bodies = {message.to[0]: message.body for message in mailoutbox}
    assert greeting("pl", "Ewa") == "Dzień dobry, Ewa,"
    assert bodies["ewa.kowalska@example.org"].startswith(greeting("pl", "Ewa"))
    assert bodies["piotr.nowak@example.org"].startswith(greeting("de", "Piotr"))


def test_asking_again_sends_nothing_more(
    registration, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.issue(registration)
    with django_capture_on_commit_callbacks(execute=True):
        services.issue(registration)
    assert len(mailoutbox) == 2  # one for each guardian, once


def test_a_certificate_revoked_before_the_mail_went_out_is_not_sent(
    registration, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as queued:
        certificate = services.issue(registration)
    services.revoke(certificate, by=None, reason="Falsche Person")

    for callback in queued:
        callback()

    assert mailoutbox == []


def test_nothing_is_sent_when_nothing_is_issued(
    event, attend, mailoutbox, django_capture_on_commit_callbacks
):
    short = attend(RegistrationFactory(event=event), "present")
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(services.NotEligible):
            services.issue(short)
    assert mailoutbox == []
    assert not Certificate.objects.exists()


def test_a_reissued_certificate_is_sent_again(
    certificate, guardian, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        new = services.reissue(certificate, by=None, reason="Name korrigiert")
    assert len(mailoutbox) == 2
    assert all(new.code in message.body for message in mailoutbox)
    assert not any(certificate.code in message.body for message in mailoutbox)


def test_the_class_confirmation_goes_to_the_teacher_only(
    visited, teacher, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        certificate = services.issue_for_class(visited)

    [message] = mailoutbox
    assert message.to == [teacher.email]
    assert certificate.code in message.body
    [(_name, content)] = pdfs(message)
    assert content.startswith(b"%PDF")


def test_a_bulk_run_mails_everyone_who_got_one(
    event,
    attend,
    participant,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    attend(RegistrationFactory(event=event, participant=participant), *["present"] * 5)
    attend(RegistrationFactory(event=event), "present")  # does not qualify

    with django_capture_on_commit_callbacks(execute=True):
        services.start_run(event, by=None)

    assert sorted(message.to[0] for message in mailoutbox) == [
        "ewa.kowalska@example.org",
        "piotr.nowak@example.org",
    ]
