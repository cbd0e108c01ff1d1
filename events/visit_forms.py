"""Forms of class visits: finding a slot, booking it for a class, changing numbers.

The forms check types and lengths only; the rules between a class and a slot (group
size, adults, grades, room) are events.visits.check's, so every message comes from
one place."""

from django import forms
from django.conf import settings
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from courses.grades import GRADES

from . import catalogue
from .models import GroupBooking

# Large enough for any class, small enough for the database column.
MOST_PEOPLE = 999
# Ids beyond a 64-bit integer cannot exist; SQLite would not even take them in a query.
LARGEST_ID = 2**63 - 1
# Dates the finder looks at; others are typing mistakes (and beyond what dates can hold).


def _label(name):
    return capfirst(GroupBooking._meta.get_field(name).verbose_name)


def _date_input():
    return forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"})


class SlotFilterForm(forms.Form):
    """The slot finder's filters, as plain GET parameters; a bad value drops out and
    the others still apply."""

    grade = forms.TypedChoiceField(
        label=_("Grade of your class"),
        choices=[("", _("All grades")), *GRADES],
        coerce=int,
        empty_value=None,
        required=False,
    )
    subject = forms.ChoiceField(label=_("Subject"), required=False)
    date_from = forms.DateField(
        label=_("From"),
        required=False,
        widget=_date_input(),
        validators=[catalogue.validate_search_date],
    )
    date_to = forms.DateField(
        label=_("Until"),
        required=False,
        widget=_date_input(),
        validators=[catalogue.validate_search_date],
    )
    venue = forms.TypedChoiceField(
        label=_("Venue"), coerce=int, empty_value=None, required=False
    )
    language = forms.ChoiceField(
        label=_("Language of the visit"),
        choices=[("", _("All languages")), *settings.LANGUAGES],
        required=False,
    )
    course = forms.IntegerField(
        required=False, min_value=1, max_value=LARGEST_ID, widget=forms.HiddenInput
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["subject"].choices = [
            ("", _("All subjects")),
            *catalogue.class_visit_topic_choices(),
        ]
        self.fields["venue"].choices = [
            ("", _("All venues")),
            *catalogue.class_visit_venue_choices(),
        ]

    def criteria(self):
        """The valid filters, as keyword arguments of
        catalogue.filter_class_visit_slots (without the programme)."""
        self.is_valid()
        data = self.cleaned_data
        return {
            "grade": data.get("grade"),
            "topic": data.get("subject") or "",
            "venues": [data["venue"]] if data.get("venue") else (),
            "languages": [data["language"]] if data.get("language") else (),
            "date_from": data.get("date_from"),
            "date_to": data.get("date_to"),
        }


class NumbersForm(forms.Form):
    """How many come: pupils and accompanying adults."""

    pupils = forms.IntegerField(
        label=_("Number of pupils"),
        max_value=MOST_PEOPLE,
        widget=forms.NumberInput(attrs={"min": 1, "inputmode": "numeric"}),
    )
    adults = forms.IntegerField(
        label=_("Accompanying adults"),
        max_value=MOST_PEOPLE,
        help_text=_("Teachers and other adults who come with the class."),
        widget=forms.NumberInput(attrs={"min": 0, "inputmode": "numeric"}),
    )


class ClassVisitForm(NumbersForm):
    """A teacher books one slot for one class of one of their schools."""

    school = forms.ModelChoiceField(label=_label("school"), queryset=None)
    class_name = forms.CharField(
        label=_label("class_name"),
        max_length=40,
        help_text=GroupBooking._meta.get_field("class_name").help_text,
    )
    grade = forms.TypedChoiceField(label=_label("grade"), choices=GRADES, coerce=int)
    language = forms.ChoiceField(label=_label("language"), choices=settings.LANGUAGES)
    accessibility_needs = forms.CharField(
        label=_("Accessibility needs (optional)"),
        required=False,
        max_length=2000,
        help_text=_(
            "For example wheelchair users, hearing or sight, other needs – please "
            "without names."
        ),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    remarks = forms.CharField(
        label=_("Remarks for the organisers (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    phone = forms.CharField(
        label=_label("phone"),
        max_length=40,
        help_text=_("So the organisers can reach you on the day of the visit."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    # The teacher read the note that the grade is outside the programme's range; it
    # counts only for the grade it was given for.
    confirm_grade = forms.BooleanField(required=False)
    warned_grade = forms.IntegerField(required=False, widget=forms.HiddenInput)

    field_order = [
        "school",
        "class_name",
        "grade",
        "pupils",
        "adults",
        "language",
        "accessibility_needs",
        "remarks",
        "phone",
    ]

    def __init__(self, *args, schools, event, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["school"]
        field.queryset = schools
        if len(schools) == 1:
            field.empty_label = None
        else:
            field.empty_label = _("Please choose")
        self.fields["language"].initial = event.language
        self.fields["class_name"].widget.attrs["autocomplete"] = "off"

    def grade_confirmed(self):
        data = self.cleaned_data
        return bool(data.get("confirm_grade")) and data.get("warned_grade") == data.get(
            "grade"
        )
