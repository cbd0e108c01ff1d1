"""Staff link a walk-in to the participant they turned out to be, from the attendance
grid of an event: the account's e-mail address first, then one of its participants
(two plain forms, no JavaScript); and they take a wrong link back.

The rules – whose participants, who may link, when linking would count someone twice –
are `events.attendance`'s; these views ask it and report.
"""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView

from mint.people.models import Participant

from . import attendance
from .admin_views import AttendancePageMixin, EventAttendanceMixin, field_label
from .attendance import AttendanceError
from .models import WalkIn

WALK_IN_MESSAGES = {
    "linked": _("%(walk_in)s is now linked to %(participant)s."),
    "unlinked": _("%(walk_in)s is no longer linked to an account."),
}
# The step-two form says so, to tell it from a new search for an address.
CHOOSING = "choose"


class AccountForm(forms.Form):
    """Step one: whose account. Valid only for an account with participants, which the
    form then holds for step two."""

    email = forms.EmailField(label=_("E-mail address"))

    def clean_email(self):
        email = self.cleaned_data["email"]
        try:
            self.participants = attendance.linkable_participants(email)
        except AttendanceError as error:
            raise forms.ValidationError(error.message, code=error.code) from None
        return email


class ParticipantChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        """Name and birth date: siblings may share a first name, never both."""
        return f"{obj} ({date_format(obj.birth_date, 'SHORT_DATE_FORMAT')})"


class ParticipantForm(forms.Form):
    """Step two: which of the account's participants the walk-in was."""

    participant = ParticipantChoiceField(
        queryset=Participant.objects.none(),
        widget=forms.RadioSelect,
        empty_label=None,
        label=field_label(WalkIn, "participant"),
    )

    def __init__(self, *args, participants, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["participant"].queryset = participants


class WalkInMixin(EventAttendanceMixin):
    """One walk-in of the event in the URL; for staff who may change attendance."""

    any_permission_required = None
    permission_required = "change"

    @cached_property
    def walk_in(self):
        return get_object_or_404(
            WalkIn.objects.select_related("session__event", "participant"),
            pk=self.kwargs["walk_in_id"],
            session__event=self.event,
        )

    @cached_property
    def walk_ins_url(self):
        return f"{self.attendance_url('grid')}#attendance-walk-ins"

    def done(self, kind, **params):
        messages.success(
            self.request,
            WALK_IN_MESSAGES[kind] % {"walk_in": self.walk_in, **params},
        )
        return redirect(self.walk_ins_url)


class LinkWalkInView(WalkInMixin, AttendancePageMixin, TemplateView):
    """Find the account by its e-mail address, then choose one of its participants;
    each step re-renders with what was typed and what went wrong."""

    page_title = _("Link a walk-in to an account")
    template_name = "events/admin/walk_in_link.html"

    def get_parent_breadcrumbs(self):
        return [{"url": self.walk_ins_url, "label": _("Attendance")}]

    def post(self, request, *args, **kwargs):
        account_form = AccountForm(request.POST)
        if not account_form.is_valid():
            return self.show(account_form)
        choosing = request.POST.get("step") == CHOOSING
        choice_form = ParticipantForm(
            request.POST if choosing else None,
            participants=account_form.participants,
        )
        if not choice_form.is_valid():
            return self.show(account_form, choice_form)
        participant = choice_form.cleaned_data["participant"]
        try:
            attendance.link_walk_in(self.walk_in, participant, by=request.user)
        except AttendanceError as error:
            choice_form.add_error(None, error.message)
            return self.show(account_form, choice_form)
        return self.done("linked", participant=participant)

    def show(self, account_form, choice_form=None):
        context = self.get_context_data(
            account_form=account_form, choice_form=choice_form
        )
        return self.render_to_response(context)

    def get_context_data(self, **kwargs):
        kwargs.setdefault("account_form", AccountForm())
        context = super().get_context_data(**kwargs)
        context.update(
            walk_in=self.walk_in,
            walk_in_label=capfirst(WalkIn._meta.verbose_name),
            participant_label=field_label(WalkIn, "participant"),
            choosing=CHOOSING,
            walk_ins_url=self.walk_ins_url,
        )
        return context


class UnlinkWalkInView(WalkInMixin, View):
    """Take a link back (a post from the grid)."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        attendance.unlink_walk_in(self.walk_in, by=request.user)
        return self.done("unlinked")
