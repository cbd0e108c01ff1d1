"""The code typed from a certificate on paper."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .models import CODE_LENGTH, normalise_code

MESSAGES = {
    "blank": _("Please enter the code printed under the QR code."),
}


class VerifyForm(forms.Form):
    code = forms.CharField(
        label=_("Certificate code"),
        error_messages={"required": MESSAGES["blank"]},
        help_text=_(
            "26 letters and digits, e.g. K3Q7-XW2M-5RZT-4HNA-6BCD-EFGJ-2L. "
            "Dashes and spaces do not matter."
        ),
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "autocapitalize": "characters",
                "spellcheck": "false",
            }
        ),
    )

    def clean_code(self):
        """The code as stored; nothing, or something of another length, is no code
        and is said so here, before any certificate is looked for."""
        code = normalise_code(self.cleaned_data["code"])
        if not code:
            raise forms.ValidationError(MESSAGES["blank"], code="blank")
        if len(code) != CODE_LENGTH:
            raise forms.ValidationError(
                ngettext(
                    "This is not a certificate code: codes have %(count)s letter "
                    "or digit.",
                    "This is not a certificate code: codes have %(count)s letters "
                    "and digits.",
                    CODE_LENGTH,
                ),
                code="length",
                params={"count": CODE_LENGTH},
            )
        return code
