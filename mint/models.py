"""The site's own pages (home, content pages) and site-wide settings."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import BaseStreamBlock


class HomePage(Page):
    """The front door: entry points by audience, upcoming highlights, topics."""

    hero_title = models.CharField(_("headline"), max_length=160)
    hero_text = models.TextField(_("introduction"), blank=True)
    families_text = models.CharField(_("text for families"), max_length=240, blank=True)
    schools_text = models.CharField(_("text for schools"), max_length=240, blank=True)
    adults_text = models.CharField(_("text for adults"), max_length=240, blank=True)

    content_panels = Page.content_panels + [
        "hero_title",
        "hero_text",
        "families_text",
        "schools_text",
        "adults_text",
    ]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CourseIndexPage", "mint.ContentPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")


class ContentPage(Page):
    """A page of text: imprint, privacy policy, accessibility statement, about us."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("content"))

    content_panels = Page.content_panels + ["intro", "body"]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    parent_page_types = ["mint.HomePage", "mint.ContentPage"]
    subpage_types = ["mint.ContentPage"]

    class Meta:
        verbose_name = _("content page")


@register_setting(icon="site")
class OrganisationSettings(BaseSiteSetting):
    """Who runs the platform: shown in the footer, imprint and (later) on certificates."""

    name = models.CharField(_("name"), max_length=160, default="MINT Dreiländereck")
    address = models.TextField(_("address"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Printed at the top of certificates."),
    )
    signatory = models.CharField(
        _("signed by"),
        max_length=120,
        blank=True,
        help_text=_("The name printed under the signature on certificates."),
    )
    signatory_role = models.CharField(
        _("role of the signatory"), max_length=120, blank=True
    )
    signature = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("signature"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "A scan of the signature, ideally a PNG with a transparent background."
        ),
    )

    class Meta:
        verbose_name = _("organisation")


class OutgoingMail(models.Model):
    """A mail the site sent or still has to send (mint.outbox): kept as it went out, so
    that a mail-server outage delays it instead of losing it, and staff can see and
    resend what could not be delivered."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("waiting to be sent")
        SENT = "sent", _("sent")
        FAILED = "failed", _("not delivered")

    subject = models.CharField(_("subject"), max_length=255)
    sender = models.CharField(_("sender"), max_length=320)
    recipients = models.TextField(_("recipients"))
    message = models.BinaryField(
        _("message")
    )  # as sent over SMTP, attachments included
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    last_error = models.CharField(_("last error"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("outgoing mail")
        verbose_name_plural = _("outgoing mails")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]
        permissions = [("resend_outgoingmail", _("Can send an outgoing mail again"))]

    def __str__(self):
        return self.subject

    @property
    def recipient_list(self) -> list[str]:
        return self.recipients.split("\n")
