"""Forms of the roster: a walk-in and the numbers of a class present.

They check types and ranges only; the rules (the time window, a name) are
events.attendance's, so every message about them comes from one place."""

import uuid

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Large enough for any class, small enough for the database column.
MOST_PEOPLE = 999
OLDEST_BIRTH_YEAR = 1900


class WalkInForm(forms.Form):
    # A new key for each form shown: events.attendance.add_walk_in adds one person
    # per key, however often the form is sent.
    token = forms.Field(widget=forms.HiddenInput, initial=uuid.uuid4, required=False)
    first_name = forms.CharField(label=_("First name"), max_length=100)
    last_name = forms.CharField(
        label=_("Last name (optional)"), max_length=100, required=False
    )
    birth_year = forms.IntegerField(
        label=_("Year of birth (optional)"),
        required=False,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["birth_year"].widget.attrs.update(
            min=OLDEST_BIRTH_YEAR, max=timezone.localdate().year
        )

    def clean_token(self):
        """The key, or None for a missing or garbled one (a page from before keys, a
        tampered post): that post is added like any other, without a message that
        nobody could act on."""
        try:
            return uuid.UUID(self.cleaned_data["token"])
        except (TypeError, ValueError):
            return None

    def clean_birth_year(self):
        year = self.cleaned_data["birth_year"]
        if year is not None and not (
            OLDEST_BIRTH_YEAR <= year <= timezone.localdate().year
        ):
            raise forms.ValidationError(
                _("Please enter a year between %(first)s and %(last)s."),
                code="out_of_range",
                params={"first": OLDEST_BIRTH_YEAR, "last": timezone.localdate().year},
            )
        return year


class PresenceForm(forms.Form):
    """How many of a class came: pupils and accompanying adults."""

    pupils = forms.IntegerField(
        label=_("Pupils present"),
        min_value=0,
        max_value=MOST_PEOPLE,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    adults = forms.IntegerField(
        label=_("Adults present"),
        min_value=0,
        max_value=MOST_PEOPLE,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
