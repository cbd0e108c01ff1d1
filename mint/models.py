"""The site's own pages (home, content pages) and site-wide settings."""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
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


BLANK_MEANS_DEFAULT = _("Left blank, the German text is used.")


def _translation(verbose_name, max_length):
    """An optional text in one language besides the default."""
    return models.CharField(
        verbose_name, max_length=max_length, blank=True, help_text=BLANK_MEANS_DEFAULT
    )


@register_setting(icon="site")
class OrganisationSettings(BaseSiteSetting):
    """Who runs the platform: shown in the footer, imprint and on certificates. The name
    and the signatory's role are in German, with a translation per language that
    replaces them where filled in."""

    name = models.CharField(_("name"), max_length=160, default="MINT Dreiländereck")
    name_pl = _translation(_("name"), 160)
    name_cs = _translation(_("name"), 160)
    name_en = _translation(_("name"), 160)
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
    signatory_role_pl = _translation(_("role of the signatory"), 120)
    signatory_role_cs = _translation(_("role of the signatory"), 120)
    signatory_role_en = _translation(_("role of the signatory"), 120)
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

    panels = [
        MultiFieldPanel(
            ["name", "address", "email", "phone", "logo"], heading=_("Organisation")
        ),
        MultiFieldPanel(
            ["signatory", "signatory_role", "signature"], heading=_("Signature")
        ),
        *(
            MultiFieldPanel(
                [FieldPanel(f"name_{code}"), FieldPanel(f"signatory_role_{code}")],
                heading=name,
                classname="collapsed",
            )
            for code, name in settings.LANGUAGES
            if code != settings.LANGUAGE_CODE
        ),
    ]

    class Meta:
        verbose_name = _("organisation")

    def name_in(self, language: str) -> str:
        """The name in `language`, the default language's where it is not translated."""
        return self._in("name", language)

    def signatory_role_in(self, language: str) -> str:
        return self._in("signatory_role", language)

    @property
    def local_name(self) -> str:
        """The name in the active language (for templates)."""
        return self.name_in(get_language() or settings.LANGUAGE_CODE)

    def _in(self, field: str, language: str) -> str:
        code = language.split("-")[0]
        translated = getattr(self, f"{field}_{code}", "")
        return translated or getattr(self, field)


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
