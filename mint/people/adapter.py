"""allauth's account adapter: where the site's own rules meet allauth's forms."""

import time

from allauth.account.adapter import DefaultAccountAdapter
from django.core.validators import MaxLengthValidator
from django.template.loader import render_to_string
from django.utils import translation

from mint import mail
from mint.middleware import SIGNED_IN_AT

from .models import User


class AccountAdapter(DefaultAccountAdapter):
    def clean_email(self, email):
        """An address no longer than an account can store. allauth's forms take the
        320 characters of Django's e-mail field: sign-up would cut a longer address off
        unseen (PostgreSQL refuses it when it is added to an account)."""
        MaxLengthValidator(User._meta.get_field("email").max_length)(email)
        return super().clean_email(email)

    def format_email_subject(self, subject):
        """The site's name, not the host name allauth would take from the request."""
        return f"{mail.site_name()}: {subject}"

    def send_notification_mail(self, template_prefix, user, context=None, email=None):
        """Notifications know their account: the mail speaks its owner's language."""
        super().send_notification_mail(
            template_prefix, user, {"user": user, **(context or {})}, email
        )

    def render_mail(self, template_prefix, email, context, headers=None):
        """allauth's mails (our templates under account/email/ and mfa/email/) in the
        site's frame, in the language of the account they concern; without one (an
        unknown address) in the language of the page the request came from."""
        to = [email] if isinstance(email, str) else email
        user = context.get("user") or User.objects.filter(email__iexact=to[0]).first()
        language = mail.language_of(user) if user else translation.get_language()
        context = {**context, "site_name": mail.site_name()}
        with translation.override(language):
            subject = render_to_string(f"{template_prefix}_subject.txt", context)
            body = render_to_string(f"{template_prefix}_message.txt", context)
            message = mail.compose(
                "account/email/frame",
                {
                    "language": language,
                    "body": mail.tidy(body).rstrip(),
                    "site_name": context["site_name"],
                },
                subject=self.format_email_subject(" ".join(subject.split())),
                to=to,
            )
        message.extra_headers.update(headers or {})
        return message

    def login(self, request, user):
        """The sign-in time, from which staff sessions end (StaffMiddleware)."""
        super().login(request, user)
        request.session[SIGNED_IN_AT] = time.time()
