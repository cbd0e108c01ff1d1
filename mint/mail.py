"""Mail in the site's look and the recipient's language: one frame for every message.

Templates extend `emails/layout.html` and `emails/layout.txt`; `compose` renders both
with the organisation's details and the site address, in the active language, so
callers wrap it in `translation.override(language_of(recipient))`."""

import re

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.core.mail.message import SafeMIMEMultipart
from django.template.loader import render_to_string
from wagtail.models import Site

from .models import OrganisationSettings


def language_of(user) -> str:
    """The language a person reads their mail in: their choice if the site has it."""
    known = {code for code, _name in settings.LANGUAGES}
    if getattr(user, "preferred_language", None) in known:
        return user.preferred_language
    return settings.LANGUAGE_CODE


def absolute_url(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def default_site() -> Site | None:
    return Site.objects.filter(is_default_site=True).first()


def organisation() -> OrganisationSettings:
    """The default site's organisation settings; the field defaults without a site."""
    site = default_site()
    return OrganisationSettings.for_site(site) if site else OrganisationSettings()


def site_name() -> str:
    """The name the site goes by in mail: the default Wagtail site's, else the setting."""
    site = default_site()
    return (site.site_name if site else "") or settings.WAGTAIL_SITE_NAME


def compose(template: str, context: dict, *, subject: str, to: list[str]):
    """`template`.txt and `template`.html as one message, ready for attachments."""
    context = {
        "organisation": organisation(),
        "site_url": absolute_url("/"),
        **context,
        "subject": subject,
    }
    message = MailWithInlineImages(
        subject=subject,
        body=tidy(render_to_string(f"{template}.txt", context)),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=to,
    )
    message.attach_alternative(
        render_to_string(f"{template}.html", context), "text/html"
    )
    return message


def tidy(text: str) -> str:
    """Plain text without the blank lines and indentation the template tags leave."""
    lines = [line.strip() for line in text.splitlines()]
    lines = ["-- " if line == "--" else line for line in lines]  # signature separator
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


class MailWithInlineImages(EmailMultiAlternatives):
    """Text and HTML go into multipart/related together with the images the HTML shows
    (`cid:` links); attachments stay beside it in multipart/mixed."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.inline_images = []

    def _create_alternatives(self, msg):  # Django 5.2: between body and attachments
        msg = super()._create_alternatives(msg)
        if not self.inline_images:
            return msg
        related = SafeMIMEMultipart(
            _subtype="related", encoding=self.encoding or settings.DEFAULT_CHARSET
        )
        related.attach(msg)
        for image in self.inline_images:
            related.attach(image)
        return related
