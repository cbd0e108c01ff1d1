"""Forms of the account area: the account's own details and the people it looks after."""

import datetime

from django import forms
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .models import (
    GUARDIAN_CONSENT_TEXT,
    GUARDIAN_CONSENT_VERSION,
    Consent,
    Participant,
    School,
    User,
    age_on,
)

ADULT_AGE = 18
OLDEST_AGE = 120

MESSAGES = {
    "birth_date_future": _("The date of birth must be in the past."),
    "birth_date_too_old": _(
        "Please check the date of birth: it is more than 120 years ago."
    ),
    "second_account_holder": _(
        "%(name)s is already marked as you. Only one person can be the account holder."
    ),
    "consent_missing": _(
        "For a child under 18, a parent or guardian has to give this consent."
    ),
}


def _years_before(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year - years, day=28)


class SignupForm(forms.Form):
    """What sign-up asks beside the address and password (allauth's
    ACCOUNT_SIGNUP_FORM_CLASS): the language of the person's mail and certificates,
    preset to the language the page is read in."""

    preferred_language = forms.ChoiceField(
        label=_("Language for e-mails and certificates"),
        choices=settings.LANGUAGES,
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["preferred_language"].initial = get_language()

    def signup(self, request, user):
        """The chosen language, else the one the person signed up in."""
        chosen = self.cleaned_data.get("preferred_language")
        user.preferred_language = chosen or get_language() or settings.LANGUAGE_CODE
        user.save(update_fields=["preferred_language"])


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["first_name", "last_name", "preferred_language"]


class ParticipantForm(forms.ModelForm):
    """One person the account registers; a guardian confirms consent for a minor."""

    guardian_consent = forms.BooleanField(
        label=GUARDIAN_CONSENT_TEXT,
        required=False,
        help_text=_("Needed for children under 18 who are not the account holder."),
    )

    class Meta:
        model = Participant
        fields = [
            "first_name",
            "last_name",
            "birth_date",
            "is_account_holder",
            "gender",
            "home_country",
            "home_municipality",
            "notes_for_instructor",
            "photo_consent",
        ]
        widgets = {
            "birth_date": forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}),
            "notes_for_instructor": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.today = timezone.localdate()
        if self.instance.pk is None:
            self.instance.guardian = user
        self.fields["birth_date"].widget.attrs.update(
            min=_years_before(self.today, OLDEST_AGE).isoformat(),
            max=(self.today - datetime.timedelta(days=1)).isoformat(),
        )
        self.fields["guardian_consent"].initial = self._consent_is_current()
        person = self.instance
        if not (person.notes_for_instructor or person.has_a_seat_coming()):
            del self.fields["notes_for_instructor"]  # sensitive: asked once needed
        for name in ("first_name", "last_name"):
            self.fields[name].widget.attrs["autocomplete"] = "off"

    def _consent_is_current(self):
        instance = self.instance
        return bool(
            instance.guardian_consent_at
            and instance.guardian_consent_version == GUARDIAN_CONSENT_VERSION
        )

    def clean_birth_date(self):
        birth_date = self.cleaned_data["birth_date"]
        if birth_date >= self.today:
            raise forms.ValidationError(MESSAGES["birth_date_future"], code="future")
        if birth_date < _years_before(self.today, OLDEST_AGE):
            raise forms.ValidationError(MESSAGES["birth_date_too_old"], code="too_old")
        return birth_date

    def clean_is_account_holder(self):
        is_account_holder = self.cleaned_data["is_account_holder"]
        if is_account_holder:
            other = (
                Participant.objects.for_user(self.user)
                .filter(is_account_holder=True)
                .exclude(pk=self.instance.pk)
                .first()
            )
            if other is not None:
                raise forms.ValidationError(
                    MESSAGES["second_account_holder"],
                    code="second_account_holder",
                    params={"name": f"{other.first_name} {other.last_name}"},
                )
        return is_account_holder

    def needs_guardian_consent(self):
        """A minor on today's date who is not the account holder (after cleaning)."""
        birth_date = self.cleaned_data.get("birth_date")
        if birth_date is None or self.cleaned_data.get("is_account_holder"):
            return False
        return age_on(birth_date, self.today) < ADULT_AGE

    def clean(self):
        cleaned_data = super().clean()
        if self.needs_guardian_consent() and not cleaned_data.get("guardian_consent"):
            self.add_error(
                "guardian_consent",
                forms.ValidationError(MESSAGES["consent_missing"], code="required"),
            )
        return cleaned_data

    def save(self, commit=True):
        """Save the person and record each consent given or withdrawn with its text."""
        participant = super().save(commit=False)
        consents = []
        if self.needs_guardian_consent() and not self._consent_is_current():
            participant.guardian_consent_at = timezone.now()
            participant.guardian_consent_version = GUARDIAN_CONSENT_VERSION
            consents.append((Consent.Kind.GUARDIAN, True))
        if "photo_consent" in self.changed_data:
            consents.append((Consent.Kind.PHOTOS, participant.photo_consent))
        if commit:
            with transaction.atomic():
                participant.save()
                for kind, given in consents:
                    Consent.record(participant, kind, given=given, by=self.user)
        return participant


class DeleteAccountForm(forms.Form):
    """Deleting an account asks for its password, so a borrowed session cannot, and
    what becomes of the certificates issued: nobody decides that for the holder."""

    KEEP, WITHDRAW = "keep", "withdraw"

    password = forms.CharField(label=_("Your password"), widget=forms.PasswordInput)
    certificates = forms.ChoiceField(
        label=_("Certificates already issued"),
        choices=[
            (
                KEEP,
                _(
                    "Keep them checkable: the name printed on them stays stored, "
                    "only so that anyone holding one can check it with its code."
                ),
            ),
            (
                WITHDRAW,
                _(
                    "Withdraw them: checking one then says it was withdrawn, "
                    "without the name."
                ),
            ),
        ],
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Please choose what becomes of the certificates.")
        },
    )

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is not correct."))
        return password

    @property
    def keeps_certificates(self):
        return self.cleaned_data["certificates"] == self.KEEP


class InvitationForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address of the other parent or guardian"),
        # As long as an invitation (and an account) can store, not the 320 characters
        # Django's form field would take.
        max_length=User._meta.get_field("email").max_length,
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )


class AcceptInvitationForm(forms.Form):
    """The second guardian confirms their role, as the first did when adding the child."""

    consent = forms.BooleanField(required=True)

    def __init__(self, *args, participant, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].label = _(
            "I am a parent or legal guardian of %(name)s and agree that I am named as "
            "such in this account."
        ) % {"name": f"{participant.first_name} {participant.last_name}"}
        self.fields["consent"].error_messages["required"] = _(
            "Please confirm that you are a parent or legal guardian."
        )


class SchoolForm(forms.ModelForm):
    """A school (or Kita) the account books class visits for."""

    class Meta:
        model = School
        fields = [
            "name",
            "school_type",
            "street",
            "postcode",
            "town",
            "country",
            "school_number",
        ]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None:
            self.instance.teacher = user
        autocomplete = {
            "name": "organization",
            "street": "street-address",
            "postcode": "postal-code",
            "town": "address-level2",
        }
        for name, value in autocomplete.items():
            self.fields[name].widget.attrs["autocomplete"] = value
