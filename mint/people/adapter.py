"""allauth's account adapter: where the site's own rules meet allauth's forms."""

from allauth.account.adapter import DefaultAccountAdapter
from django.core.validators import MaxLengthValidator

from .models import User


class AccountAdapter(DefaultAccountAdapter):
    def clean_email(self, email):
        """An address no longer than an account can store. allauth's forms take the
        320 characters of Django's e-mail field: sign-up would cut a longer address off
        unseen (PostgreSQL refuses it when it is added to an account)."""
        MaxLengthValidator(User._meta.get_field("email").max_length)(email)
        return super().clean_email(email)
