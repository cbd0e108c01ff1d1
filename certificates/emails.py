"""The mail that a certificate is ready, to everyone who looks after the holder (or
the teacher of the class), each in their own language, with the PDF attached."""

import logging

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from mint import mail

from .documents import certificate_pdf, file_name
from .models import Certificate

logger = logging.getLogger(__name__)

SUBJECT = _("Your certificate: %(course)s")


def send_certificate_mail(certificate_id):
    certificate = (
        Certificate.objects.select_related(
            "registration__participant__guardian", "group_booking__teacher"
        )
        .filter(pk=certificate_id, revoked_at__isnull=True)
        .first()
    )
    if certificate is None:
        logger.info("Certificate %s is gone or revoked; no mail", certificate_id)
        return
    document = certificate_pdf(certificate)
    for recipient in recipients(certificate):
        certificate_mail(certificate, recipient, document).send()


def recipients(certificate):
    if certificate.registration_id:
        return certificate.registration.participant.guardians()
    if certificate.group_booking_id:
        return [certificate.group_booking.teacher]
    return []


def certificate_mail(certificate, recipient, document):
    with translation.override(mail.language_of(recipient)):
        context = {
            "certificate": certificate,
            "recipient": recipient,
            "for_class": certificate.kind == Certificate.Kind.CLASS,
            "certificates_url": mail.absolute_url(reverse("certificates:mine")),
            "verify_url": mail.absolute_url(
                reverse("certificates:verify", args=[certificate.code])
            ),
        }
        message = mail.compose(
            "certificates/emails/issued",
            context,
            subject=str(SUBJECT % {"course": certificate.course_title}),
            to=[recipient.email],
        )
    message.attach(file_name(certificate), document, "application/pdf")
    return message
