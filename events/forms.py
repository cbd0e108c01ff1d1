from django import forms
from django.utils.translation import gettext_lazy as _

from .booking import MESSAGES


class RegistrationForm(forms.Form):
    """Who of the account's participants comes to one date, and how."""

    participants = forms.TypedMultipleChoiceField(
        label=_("Who is coming?"),
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": MESSAGES["none_selected"]},
    )
    together = forms.BooleanField(
        label=_("Together or not at all"),
        required=False,
        help_text=_(
            "Everyone chosen gets a seat, or everyone waits together on the waiting list."
        ),
    )
    remarks = forms.CharField(
        label=_("Remarks for the organisers (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, checks, **kwargs):
        super().__init__(*args, **kwargs)
        self.checks = checks
        self.fields["participants"].choices = [
            (check.participant.pk, str(check.participant)) for check in checks
        ]

    def clean_participants(self):
        """The chosen in the order of the list, not of the post: seats go in this
        order, and the list is what the parent saw."""
        chosen = set(self.cleaned_data["participants"])
        return [
            check.participant.pk
            for check in self.checks
            if check.participant.pk in chosen
        ]
