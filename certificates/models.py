"""Certificates: issued for a registration (or a class's booking) that met the course's
rule. What is printed is frozen in `content` at issue, so later edits of the course,
the person or the organisation never change a certificate; it can be revoked, never
edited. Rules live in certificates.services."""

import base64
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from events.models import GroupBooking, Registration

CODE_LENGTH = 26  # 128 random bits in base32, without padding


def new_code() -> str:
    """128 random bits as 26 characters A–Z, 2–7: unguessable, easy to read aloud and
    compact in a QR code's alphanumeric mode."""
    return base64.b32encode(secrets.token_bytes(16)).decode().rstrip("=")


def normalise_code(text: str) -> str:
    """The code as stored, from what someone typed: any case, spaces or dashes."""
    return "".join(ch for ch in (text or "").upper() if ch.isalnum())


class CertificateQuerySet(models.QuerySet):
    def valid(self):
        return self.filter(revoked_at__isnull=True)

    def earned(self):
        """Valid, or withdrawn only because the holder left: what was issued."""
        return self.filter(Q(revoked_at__isnull=True) | Q(withdrawn_by_holder=True))

    def for_user(self, user):
        """Certificates of the people a user looks after and of the classes they
        booked: the same reach as their registrations and bookings."""
        return self.filter(
            Q(registration__in=Registration.objects.for_user(user))
            | Q(group_booking__in=GroupBooking.objects.for_user(user))
        )


class Certificate(models.Model):
    """Proof that someone took part, as printed on the day it was issued."""

    class Kind(models.TextChoices):
        CHILDREN = "children", _("certificate for children")
        FORMAL = "formal", _("certificate of participation")
        CLASS = "class", _("class participation confirmation")

    code = models.CharField(
        _("code"), max_length=CODE_LENGTH, unique=True, default=new_code, editable=False
    )
    kind = models.CharField(_("kind"), max_length=8, choices=Kind)
    registration = models.ForeignKey(
        "events.Registration",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="certificates",
        verbose_name=_("registration"),
    )
    group_booking = models.ForeignKey(
        "events.GroupBooking",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="certificates",
        verbose_name=_("class visit booking"),
    )
    event = models.ForeignKey(
        "events.Event",
        on_delete=models.PROTECT,
        related_name="certificates",
        verbose_name=_("event"),
    )
    # A first and a last name of 100 characters each, and the space between them.
    holder = models.CharField(_("issued to"), max_length=201)
    course_title = models.CharField(_("course"), max_length=300)
    language = models.CharField(_("language"), max_length=5)
    second_language = models.CharField(_("second language"), max_length=5, blank=True)
    content = models.JSONField(_("printed content"), editable=False)
    issued_at = models.DateTimeField(_("issued at"), auto_now_add=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("issued by"),
    )
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("revoked by"),
    )
    revocation_reason = models.TextField(_("reason for revocation"), blank=True)
    # Withdrawn because the holder had their data deleted, not for an error: it was
    # earned, so the funder's figures still count it (certificates.figures).
    withdrawn_by_holder = models.BooleanField(
        _("withdrawn at the holder's request"), default=False
    )
    replaced_by = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="replaces",
        verbose_name=_("replaced by"),
    )

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["registration"],
                condition=Q(revoked_at__isnull=True),
                name="one_valid_certificate_per_registration",
            ),
            models.UniqueConstraint(
                fields=["group_booking"],
                condition=Q(revoked_at__isnull=True),
                name="one_valid_certificate_per_class_booking",
            ),
            models.CheckConstraint(
                condition=Q(registration__isnull=True) | Q(group_booking__isnull=True),
                name="certificate_for_a_person_or_a_class",
            ),
        ]

    def __str__(self):
        return f"{self.holder} – {self.course_title} ({self.grouped_code})"

    @property
    def is_revoked(self):
        return self.revoked_at is not None

    @property
    def state(self):
        return _("revoked") if self.is_revoked else _("valid")

    @property
    def grouped_code(self):
        """The code in groups of four, as printed: K3Q7-XW2M-…"""
        return "-".join(self.code[i : i + 4] for i in range(0, len(self.code), 4))


class IssueRun(models.Model):
    """Bulk issuing for one event, done in the background; the admin shows progress."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        RUNNING = "running", _("running")
        DONE = "done", _("done")
        FAILED = "failed", _("failed")

    event = models.ForeignKey(
        "events.Event",
        on_delete=models.CASCADE,
        related_name="certificate_runs",
        verbose_name=_("event"),
    )
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("started by"),
    )
    status = models.CharField(
        _("status"), max_length=8, choices=Status, default=Status.QUEUED
    )
    total = models.PositiveIntegerField(_("to check"), default=0)
    done = models.PositiveIntegerField(_("checked"), default=0)
    issued = models.PositiveIntegerField(_("issued"), default=0)
    created_at = models.DateTimeField(_("started at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("issuing run")
        verbose_name_plural = _("issuing runs")
        ordering = ["-created_at"]

    @property
    def percent(self):
        return round(100 * self.done / self.total) if self.total else 100
