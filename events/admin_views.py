"""Coordinators' admin views for one event: overview, actions, printable list; and
for class visits: a booking's page with the staff actions, slots in bulk, the slot
calendar and the figures.

Every write goes through `events.booking`, `events.visits` or `events.slots`; these
views only read, ask and report. The list views and their viewsets live in
`events.viewsets`.
"""

import calendar
import datetime
import re
from dataclasses import dataclass
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.db.models import (
    BooleanField,
    Case,
    Count,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    When,
)
from django.db.models.functions import Coalesce
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.dates import WEEKDAYS, WEEKDAYS_ABBR
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.text import capfirst, slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, ngettext_lazy
from django.views import View
from django.views.generic import FormView, TemplateView
from wagtail import hooks
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic import CreateView, EditView, InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.admin.widgets import AdminDateInput
from wagtail.admin.widgets.button import Button, HeaderButton
from wagtail.permissions import policy_registry

from courses.models import CoursePage
from mint.people.models import Participant, School, age_on

from . import attendance, booking, pdf, slots, visits
from .figures import visit_figures
from .models import (
    Attendance,
    AttendanceChange,
    Event,
    GroupBooking,
    Registration,
    Session,
    Venue,
    WalkIn,
)

# URL namespaces of the viewsets (see events.viewsets).
EVENT_ADMIN = "events_event"
REGISTRATION_ADMIN = "events_registration"
ATTENDANCE_ADMIN = "events_attendance"

ANY = ["add", "change", "delete", "view"]

ADMIN_MESSAGES = {
    "capacity_set": _("The capacity is now %(capacity)s."),
    "promoted": _("Moved up from the waiting list: %(names)s."),
    "overbooked": ngettext_lazy(
        "%(taken)s seat is confirmed, more than the new capacity. Nobody was moved "
        "to the waiting list; cancel registrations if seats must be freed.",
        "%(taken)s seats are confirmed, more than the new capacity. Nobody was moved "
        "to the waiting list; cancel registrations if seats must be freed.",
        "taken",
    ),
    "registration_cancelled": _("The registration of %(name)s has been cancelled."),
    "event_cancelled": ngettext_lazy(
        "The event has been cancelled; %(count)s registration was cancelled and "
        "is told by e-mail.",
        "The event has been cancelled; %(count)s registrations were cancelled and "
        "everyone is told by e-mail.",
        "count",
    ),
    "already_cancelled": _("This event has already been cancelled."),
    "choose_date": _("Please choose the date to move to."),
    "registration_moved": _("%(name)s has been moved to the date of %(date)s."),
}


# Hook name: fn(user, event) -> [Button] for the event overview's header.
EVENT_OVERVIEW_BUTTONS_HOOK = "register_event_overview_buttons"


def admin_events(now=None):
    """Events with course and venue, confirmed seats, waiting list length and whether an
    upcoming event is below its course's minimum, all in one query."""
    now = now or timezone.now()
    waiting = (
        Registration.objects.waitlisted()
        .filter(event=OuterRef("pk"))
        .order_by()
        .values("event")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return (
        Event.objects.with_seats()
        .select_related("course", "venue")
        .annotate(
            waitlist_count=Coalesce(Subquery(waiting), 0),
            below_minimum=Case(
                When(
                    status=Event.Status.SCHEDULED,
                    starts_at__gte=now,
                    seats_taken__lt=F("course__min_participants"),
                    then=True,
                ),
                default=False,
                output_field=BooleanField(),
            ),
        )
    )


def format_datetime(value):
    """A date and time in the active language and the site's time zone; blank if none."""
    if value is None:
        return ""
    return date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")


def format_slot_start(value):
    """ "Tue, 01.12.2026 09:00" (the weekday matters when planning class visits),
    breaking only between the date and the time."""
    if value is None:
        return ""
    local = timezone.localtime(value)
    return format_html(
        '<span class="w-whitespace-nowrap">{}, {}</span> '
        '<span class="w-whitespace-nowrap">{}</span>',
        date_format(local, "D"),
        date_format(local, "SHORT_DATE_FORMAT"),
        date_format(local, "TIME_FORMAT"),
    )


def field_label(model, path):
    """The verbose name of a field, following relations: `field_label(Event, "venue__town")`."""
    *relations, name = path.split("__")
    for relation in relations:
        model = model._meta.get_field(relation).related_model
    return capfirst(model._meta.get_field(name).verbose_name)


def registration_policy():
    return policy_registry.get_by_type(Registration)


def can_see_registrations(user):
    return registration_policy().user_has_any_permission(user, ANY)


@dataclass
class ParticipantRow:
    """One registration as the overview and the printed list show it."""

    registration: Registration
    name: str
    age: int
    guardian_email: str
    notes: str
    remarks: str
    seats: int
    status: str
    registered_at: datetime.datetime
    position: int | None = None

    @property
    def is_active(self):
        return self.registration.status != Registration.Status.CANCELLED


def participant_rows(event):
    """Confirmed, waiting (in line, with position) and cancelled rows of an event."""
    day = (
        timezone.localdate(event.starts_at) if event.starts_at else timezone.localdate()
    )
    registrations = event.registrations.select_related("participant__guardian")
    rows = {status: [] for status in Registration.Status.values}
    for registration in registrations.order_by("created_at", "pk"):
        participant = registration.participant
        rows[registration.status].append(
            ParticipantRow(
                registration=registration,
                name=str(participant),
                age=age_on(participant.birth_date, day),
                guardian_email=participant.guardian.email,
                notes=participant.notes_for_instructor,
                remarks=registration.remarks,
                seats=registration.seats,
                status=registration.get_status_display(),
                registered_at=registration.created_at,
            )
        )
    for position, row in enumerate(rows[Registration.Status.WAITLISTED], start=1):
        row.position = position
    return (
        rows[Registration.Status.CONFIRMED],
        rows[Registration.Status.WAITLISTED],
        rows[Registration.Status.CANCELLED],
    )


class CapacityForm(forms.Form):
    # No min_value: the booking service has the rule and its message.
    capacity = forms.IntegerField(
        label=_("New capacity"),
        help_text=_("More seats move people up from the waiting list at once."),
        widget=forms.NumberInput(attrs={"min": 0}),
    )


class EventOverviewView(InspectView):
    """Seats, waiting list and registrations of one event, with the actions on it."""

    page_title = _("Overview")
    template_name = "events/admin/event_overview.html"

    def get_object(self, queryset=None):
        return get_object_or_404(admin_events(), pk=self.pk)

    def get_page_subtitle(self):
        return f"{self.object} · {format_datetime(self.object.starts_at)}"

    @cached_property
    def can_change_event(self):
        return self.user_has_permission("change")

    @cached_property
    def can_see_registrations(self):
        return can_see_registrations(self.request.user)

    @cached_property
    def can_cancel_registrations(self):
        return registration_policy().user_has_permission(self.request.user, "change")

    @cached_property
    def can_see_attendance(self):
        return can_see_attendance(self.request.user)

    def event_url(self, name):
        return reverse(f"{EVENT_ADMIN}:{name}", args=[quote(self.object.pk)])

    @cached_property
    def header_more_buttons(self):
        buttons = []
        if self.can_change_event:
            buttons.append(
                Button(
                    _("Edit date"),
                    url=self.event_url("edit"),
                    icon_name="edit",
                    priority=10,
                )
            )
        buttons.append(
            Button(
                _("Course page"),
                url=reverse("wagtailadmin_pages:edit", args=[self.object.course_id]),
                icon_name="doc-empty-inverse",
                priority=15,
            )
        )
        if self.can_see_registrations:
            buttons += [
                Button(
                    _("Participant list (PDF)"),
                    url=self.event_url("participant_list"),
                    icon_name="doc-full",
                    priority=20,
                ),
                Button(
                    _("Registrations"),
                    url=reverse(f"{REGISTRATION_ADMIN}:index")
                    + f"?event={self.object.pk}",
                    icon_name="list-ul",
                    priority=30,
                ),
            ]
        if self.can_see_attendance:
            buttons.append(
                Button(
                    _("Attendance"),
                    url=reverse(f"{ATTENDANCE_ADMIN}:grid", args=[self.object.pk]),
                    icon_name="calendar-check",
                    priority=25,
                )
            )
        # Apps that build on events (certificates) add their own buttons here.
        for hook in hooks.get_hooks(EVENT_OVERVIEW_BUTTONS_HOOK):
            buttons += hook(self.request.user, self.object)
        return buttons

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        event = self.object
        context.update(
            event=event,
            sessions=list(event.sessions.all()),
            free_seats=max(event.capacity - event.seats_taken, 0),
            can_change_event=self.can_change_event,
            can_see_registrations=self.can_see_registrations,
            can_cancel_registrations=self.can_cancel_registrations,
            edit_url=self.event_url("edit"),
            course_edit_url=reverse("wagtailadmin_pages:edit", args=[event.course_id]),
            capacity_url=self.event_url("capacity"),
            cancel_event_url=self.event_url("cancel"),
            participant_list_url=self.event_url("participant_list"),
            next_url=self.event_url("inspect"),
            can_see_attendance=self.can_see_attendance,
            attendance_url=reverse(f"{ATTENDANCE_ADMIN}:grid", args=[event.pk]),
        )
        context.setdefault(
            "capacity_form", CapacityForm(initial={"capacity": event.capacity})
        )
        if self.can_see_registrations:
            confirmed, waiting, cancelled = participant_rows(event)
            context.update(confirmed=confirmed, waiting=waiting, cancelled=cancelled)
            context["cancel_registration_url_name"] = f"{REGISTRATION_ADMIN}:cancel"
            context["move_registration_url_name"] = f"{REGISTRATION_ADMIN}:move"
            context["move_targets"] = (
                Event.objects.upcoming()
                .filter(course__translation_key=event.course.translation_key)
                .exclude(pk=event.pk)
                .select_related("venue")
                .order_by("starts_at")
            )
        return context


class ChangeCapacityView(EventOverviewView):
    """POST a new capacity; more seats promote the waiting list at once."""

    permission_required = "change"
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        form = CapacityForm(request.POST)
        if form.is_valid():
            capacity = form.cleaned_data["capacity"]
            try:
                promoted = booking.change_capacity(
                    event_id=self.object.pk, capacity=capacity
                )
            except booking.RegistrationError as error:
                form.add_error("capacity", error.message)
            else:
                messages.success(
                    request, ADMIN_MESSAGES["capacity_set"] % {"capacity": capacity}
                )
                _report_promoted(request, promoted)
                taken = booking.seats_taken(self.object)
                if taken > capacity:
                    messages.warning(
                        request, ADMIN_MESSAGES["overbooked"] % {"taken": taken}
                    )
                return redirect(self.event_url("inspect"))
        # Show the overview again with what was typed and why it was refused.
        return self.render_to_response(self.get_context_data(capacity_form=form))


class CancelEventView(EventOverviewView):
    """Ask first, then call off the event: every active registration is cancelled."""

    permission_required = "change"
    page_title = _("Cancel event")
    template_name = "events/admin/cancel_event.html"

    def get_breadcrumbs_items(self):
        items = super().get_breadcrumbs_items()
        overview = {"url": self.event_url("inspect"), "label": _("Overview")}
        return [*items[:-1], overview, items[-1]]

    @cached_property
    def header_more_buttons(self):
        return []

    def get(self, request, *args, **kwargs):
        if self.object.status == Event.Status.CANCELLED:
            messages.info(request, ADMIN_MESSAGES["already_cancelled"])
            return redirect(self.event_url("inspect"))
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        active = self.object.registrations.active()
        context["active_count"] = active.count()
        context["waitlisted_count"] = active.filter(
            status=Registration.Status.WAITLISTED
        ).count()
        return context

    def post(self, request, *args, **kwargs):
        try:
            cancelled = booking.cancel_event(event_id=self.object.pk)
        except booking.RegistrationError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request, ADMIN_MESSAGES["event_cancelled"] % {"count": len(cancelled)}
            )
        return redirect(self.event_url("inspect"))


class CancelRegistrationView(PermissionCheckedMixin, View):
    """POST: staff cancel one registration; its seat goes to the waiting list."""

    model = Registration
    permission_required = "change"
    http_method_names = ["post"]

    def post(self, request, pk):
        registration = get_object_or_404(
            Registration.objects.select_related("participant"), pk=pk
        )
        waiting = set(
            Registration.objects.in_line()
            .filter(event_id=registration.event_id)
            .values_list("pk", flat=True)
        )
        try:
            booking.cancel(registration_id=registration.pk, by_staff=True)
        except booking.RegistrationError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                ADMIN_MESSAGES["registration_cancelled"]
                % {"name": registration.participant},
            )
            _report_promoted(
                request,
                Registration.objects.confirmed()
                .filter(pk__in=waiting)
                .select_related("participant"),
            )
        return redirect(
            get_valid_next_url_from_request(request)
            or reverse(f"{EVENT_ADMIN}:inspect", args=[registration.event_id])
        )


class MoveRegistrationView(PermissionCheckedMixin, View):
    """POST: staff move one registration to another date of the same course."""

    model = Registration
    permission_required = "change"
    http_method_names = ["post"]

    def post(self, request, pk):
        registration = get_object_or_404(
            Registration.objects.select_related("participant"), pk=pk
        )
        try:
            moved = booking.move(
                registration_id=registration.pk,
                to_event_id=int(request.POST.get("to_event", "")),
            )
        except (ValueError, Event.DoesNotExist):
            messages.error(request, ADMIN_MESSAGES["choose_date"])
        except booking.RegistrationError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                ADMIN_MESSAGES["registration_moved"]
                % {
                    "name": registration.participant,
                    "date": date_format(
                        timezone.localtime(moved.event.starts_at),
                        "SHORT_DATETIME_FORMAT",
                    ),
                },
            )
        return redirect(
            get_valid_next_url_from_request(request)
            or reverse(f"{EVENT_ADMIN}:inspect", args=[registration.event_id])
        )


class ParticipantListView(PermissionCheckedMixin, View):
    """The printable participant list of one event, as a PDF."""

    model = Event
    any_permission_required = ANY

    def get(self, request, pk):
        if not can_see_registrations(request.user):
            raise PermissionDenied
        event = get_object_or_404(admin_events(), pk=pk)
        confirmed, waiting, _cancelled = participant_rows(event)
        content = pdf.render_participant_list(
            event,
            sessions=list(event.sessions.all()),
            confirmed=confirmed,
            waiting=waiting,
        )
        name = event_file_name(event)
        response = HttpResponse(content, content_type="application/pdf")
        response["Content-Disposition"] = f'inline; filename="{name}.pdf"'
        return response


def _report_promoted(request, promoted):
    names = ", ".join(str(registration.participant) for registration in promoted)
    if names:
        messages.success(request, ADMIN_MESSAGES["promoted"] % {"names": names})


class RegistrationInspectView(InspectView):
    """One registration in full; cancelling it is the only action, through booking."""

    template_name = "events/admin/registration_inspect.html"
    labels = {
        "age": _("Age"),
        "guardian_email": _("Guardian's e-mail"),
        "notes_for_instructor": field_label(Participant, "notes_for_instructor"),
        "waiting_position": _("Position on the waiting list"),
    }

    def get_object(self, queryset=None):
        registrations = Registration.objects.select_related(
            "participant__guardian", "event__course", "event__venue"
        )
        return get_object_or_404(registrations, pk=self.pk)

    def get_fields(self):
        return [
            "participant",
            "age",
            "guardian_email",
            "event",
            "status",
            "seats",
            "waiting_position",
            "remarks",
            "notes_for_instructor",
            "created_at",
            "status_changed_at",
        ]

    def get_field_label(self, field_name, field):
        if field_name in self.labels:
            return capfirst(self.labels[field_name])
        return super().get_field_label(field_name, field)

    def get_age_display_value(self):
        event = self.object.event
        day = event.starts_at and timezone.localdate(event.starts_at)
        return age_on(self.object.participant.birth_date, day or timezone.localdate())

    def get_guardian_email_display_value(self):
        return self.object.participant.guardian.email

    def get_event_display_value(self):
        event = self.object.event
        return f"{event} · {format_datetime(event.starts_at)} · {event.venue}"

    def get_created_at_display_value(self):
        return format_datetime(self.object.created_at)

    def get_status_changed_at_display_value(self):
        return format_datetime(self.object.status_changed_at)

    def get_waiting_position_display_value(self):
        return self.object.waiting_position or "–"

    def get_notes_for_instructor_display_value(self):
        return self.object.participant.notes_for_instructor

    @cached_property
    def header_more_buttons(self):
        return [
            Button(
                _("Event overview"),
                url=reverse(
                    f"{EVENT_ADMIN}:inspect", args=[quote(self.object.event_id)]
                ),
                icon_name="calendar-alt",
                priority=10,
            )
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["can_cancel"] = (
            self.object.status != Registration.Status.CANCELLED
            and (self.user_has_permission("change"))
        )
        context["cancel_url"] = reverse(
            f"{REGISTRATION_ADMIN}:cancel", args=[quote(self.object.pk)]
        )
        context["next_url"] = self.request.get_full_path()
        return context


class EventCreateView(CreateView):
    """A new date for a course; `?course=<page id>` (from the course editor) fills it in."""

    def get_initial(self):
        initial = super().get_initial()
        course = self.request.GET.get("course", "")
        if course.isdigit():
            initial["course"] = int(course)
        return initial

    def get_success_url(self):
        return reverse(f"{EVENT_ADMIN}:inspect", args=[quote(self.object.pk)])


class EventEditView(EditView):
    """Dates, venue, instructors and the registration window. Capacity and status are
    not in the form: they change only through `events.booking`, on the overview."""

    def save_instance(self):
        # Inside the view's transaction: lock the row like the booking service does and
        # keep its capacity and status, so a change made meanwhile is never undone.
        current = (
            Event.objects.select_for_update()
            .values("capacity", "status")
            .get(pk=self.object.pk)
        )
        self.form.instance.capacity = current["capacity"]
        self.form.instance.status = current["status"]
        return super().save_instance()

    def get_success_url(self):
        return reverse(f"{EVENT_ADMIN}:inspect", args=[quote(self.object.pk)])


# Class visits: the booking queue and its actions, slots in bulk, calendar, figures.
# Every change to a booking goes through `events.visits`; slots through `events.slots`.

VISIT_ADMIN = "events_groupbooking"
SLOT_CALENDAR = "class_visit_calendar"
SLOT_CREATE = "class_visit_slots"
VISIT_FIGURES = "class_visit_figures"

VISIT_MESSAGES = {
    "confirmed": _(
        "Class %(class_name)s of %(school)s is confirmed; the teacher gets the "
        "confirmation by e-mail."
    ),
    "declined": _(
        "The request of class %(class_name)s of %(school)s has been declined; the "
        "teacher is told by e-mail."
    ),
    "proposed": _(
        "%(date)s has been proposed to class %(class_name)s of %(school)s; the "
        "teacher is asked by e-mail."
    ),
    "cancelled": _(
        "The visit of class %(class_name)s of %(school)s has been cancelled; the "
        "teacher is told by e-mail."
    ),
    "decline_reason": _("Please tell the teacher why the request is declined."),
    "choose_slot": _("Please choose one of the slots with room for this class."),
    "slots_created": ngettext_lazy(
        "%(count)s slot created for %(course)s.",
        "%(count)s slots created for %(course)s.",
        "count",
    ),
    "no_slots": _(
        "These weekdays give no slot in this period (or every day is a holiday or "
        "closed)."
    ),
    "nothing_new": _("Every one of these slots exists already; nothing was created."),
    "too_many": ngettext_lazy(
        "That would be %(count)s slot, at most %(max)s can be created at once. "
        "Choose a shorter period.",
        "That would be %(count)s slots, at most %(max)s can be created at once. "
        "Choose a shorter period.",
        "count",
    ),
    "no_times": _("Please enter at least one start time."),
    "range": _("The last day must not be before the first."),
    "past": _("The first day must not be in the past."),
    "too_long": _("At most one year at once, please."),
}


def visit_programmes():
    """The class-visit programmes slots belong to: the German pages, like Event.course."""
    return CoursePage.objects.filter(
        format=CoursePage.Format.CLASS_VISIT,
        locale__language_code=settings.LANGUAGE_CODE,
    ).order_by("title")


def booking_policy():
    return policy_registry.get_by_type(GroupBooking)


def can_see_bookings(user):
    return booking_policy().user_has_any_permission(user, ANY)


def can_create_slots(user):
    return policy_registry.get_by_type(Event).user_has_permission(user, "add")


def can_see_events(user):
    return policy_registry.get_by_type(Event).user_has_any_permission(user, ANY)


def admin_bookings(now=None):
    """Bookings with what the queue shows, and its order: requests to decide first,
    then visits to come, then the past, each by slot date."""
    now = now or timezone.now()
    return GroupBooking.objects.select_related(
        "event__course", "event__venue", "school", "teacher"
    ).annotate(
        people=F("pupils") + F("adults"),
        queue_rank=Case(
            When(status=GroupBooking.Status.REQUESTED, then=0),
            When(event__starts_at__gte=now, then=1),
            default=2,
            output_field=IntegerField(),
        ),
    )


def proposal_slots(booking, now=None):
    """Other slots of the booking's programme that could take the class now: scheduled,
    ahead, open for booking and with room for all its people (events.visits decides)."""
    now = now or timezone.now()
    return (
        Event.objects.upcoming(now)
        .filter(course__translation_key=booking.event.course.translation_key)
        .exclude(pk=booking.event_id)
        .filter(
            Q(registration_opens_at__isnull=True) | Q(registration_opens_at__lte=now),
            Q(registration_closes_at__isnull=True) | Q(registration_closes_at__gt=now),
            seats_taken__lte=F("capacity") - booking.seats,
        )
        .select_related("venue", "course")
        .order_by("starts_at", "pk")
    )


class SlotChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        free = obj.capacity - obj.seats_taken
        places = ngettext(
            "%(free)s of %(capacity)s place free",
            "%(free)s of %(capacity)s places free",
            obj.capacity,
        ) % {
            "free": free,
            "capacity": obj.capacity,
        }
        local = timezone.localtime(obj.starts_at)
        day = date_format(local, "D")
        return f"{day}, {format_datetime(obj.starts_at)} · {obj.venue.town} · {places}"


class DeclineForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the teacher"),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": VISIT_MESSAGES["decline_reason"]},
    )


class ProposeForm(forms.Form):
    to_event = SlotChoiceField(
        label=_("Other slot"),
        queryset=Event.objects.none(),
        empty_label=None,
        error_messages={"invalid_choice": VISIT_MESSAGES["choose_slot"]},
    )
    message = forms.CharField(
        label=_("Message to the teacher"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, slots, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_event"].queryset = slots


def _booking_params(booking):
    return {"class_name": booking.class_name, "school": booking.school.name}


def calendar_url(day=None, course_id=None):
    url = reverse(f"{SLOT_CALENDAR}:index")
    params = {}
    if day:
        params["month"] = f"{day:%Y-%m}"
    if course_id:
        params["course"] = course_id
    return f"{url}?{urlencode(params)}" if params else url


class GroupBookingInspectView(InspectView):
    """One class booking in full, with the staff actions that still apply to it."""

    template_name = "events/admin/visit_inspect.html"
    page_title = capfirst(GroupBooking._meta.verbose_name)
    labels = {
        "programme": _("Programme"),
        "slot": _("Slot"),
        "school_type": field_label(School, "school_type"),
        "school_country": field_label(School, "country"),
        "teacher_email": _("Teacher's e-mail"),
    }

    def get_object(self, queryset=None):
        return get_object_or_404(admin_bookings(), pk=self.pk)

    def get_fields(self):
        return [
            "status",
            "staff_message",
            "programme",
            "slot",
            "school",
            "school_type",
            "school_country",
            "class_name",
            "grade",
            "pupils",
            "adults",
            "language",
            "teacher",
            "teacher_email",
            "phone",
            "accessibility_needs",
            "remarks",
            "pupils_present",
            "adults_present",
            "created_at",
            "status_changed_at",
        ]

    def get_field_label(self, field_name, field):
        if field_name in self.labels:
            return capfirst(self.labels[field_name])
        return super().get_field_label(field_name, field)

    def get_page_subtitle(self):
        return f"{self.object.class_name}, {self.object.school.name}"

    def get_programme_display_value(self):
        return self.object.event.course.title

    def get_slot_display_value(self):
        event = self.object.event
        day = date_format(timezone.localtime(event.starts_at), "D")
        end = date_format(timezone.localtime(event.ends_at), "TIME_FORMAT")
        return f"{day}, {format_datetime(event.starts_at)}–{end} · {event.venue}"

    def get_school_type_display_value(self):
        return self.object.school.get_school_type_display()

    def get_school_country_display_value(self):
        return self.object.school.get_country_display()

    def get_teacher_email_display_value(self):
        email = self.object.teacher.email
        return format_html('<a href="mailto:{}">{}</a>', email, email)

    def get_phone_display_value(self):
        phone = self.object.phone
        return format_html(
            '<a href="tel:{}">{}</a>', re.sub(r"[^\d+]", "", phone), phone
        )

    def get_created_at_display_value(self):
        return format_datetime(self.object.created_at)

    def get_status_changed_at_display_value(self):
        return format_datetime(self.object.status_changed_at)

    def booking_url(self, name):
        return reverse(f"{VISIT_ADMIN}:{name}", args=[quote(self.object.pk)])

    @cached_property
    def can_act(self):
        return self.user_has_permission("change")

    @cached_property
    def header_more_buttons(self):
        event = self.object.event
        buttons = [
            Button(
                _("Slot calendar"),
                url=calendar_url(timezone.localdate(event.starts_at), event.course_id),
                icon_name="calendar",
                priority=10,
            )
        ]
        if can_see_events(self.request.user):
            buttons.append(
                Button(
                    _("Event overview"),
                    url=reverse(f"{EVENT_ADMIN}:inspect", args=[quote(event.pk)]),
                    icon_name="calendar-alt",
                    priority=20,
                )
            )
        return buttons

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        booking = self.object
        Status = GroupBooking.Status
        context.update(
            booking=booking,
            can_confirm=self.can_act and booking.status == Status.REQUESTED,
            can_propose=self.can_act
            and booking.status in (Status.REQUESTED, Status.PROPOSED),
            can_cancel=self.can_act and booking.holds_seats,
            confirm_url=self.booking_url("confirm"),
            decline_url=self.booking_url("decline"),
            propose_url=self.booking_url("propose"),
            cancel_url=self.booking_url("cancel"),
            create_slots_url=reverse(f"{SLOT_CREATE}:index")
            + f"?course={booking.event.course_id}",
            can_create_slots=can_create_slots(self.request.user),
        )
        if context["can_confirm"]:
            context.setdefault("decline_form", DeclineForm())
        if context["can_propose"]:
            form = context.setdefault(
                "propose_form", ProposeForm(slots=proposal_slots(booking))
            )
            context["has_other_slots"] = form.is_bound or (
                form.fields["to_event"].queryset.exists()
            )
        return context

    def done(self, kind, **params):
        messages.success(
            self.request,
            VISIT_MESSAGES[kind] % {**_booking_params(self.object), **params},
        )
        return redirect(self.booking_url("inspect"))

    def refused(self, error, **forms):
        """Show why the service said no, with what was typed still in the forms."""
        messages.error(self.request, error.message)
        if forms:
            return self.render_to_response(self.get_context_data(**forms))
        return redirect(self.booking_url("inspect"))


class ConfirmBookingView(GroupBookingInspectView):
    permission_required = "change"
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        try:
            visits.confirm(booking_id=self.object.pk)
        except visits.BookingError as error:
            return self.refused(error)
        return self.done("confirmed")


class DeclineBookingView(GroupBookingInspectView):
    permission_required = "change"
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        form = DeclineForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(decline_form=form))
        try:
            visits.decline(
                booking_id=self.object.pk, message=form.cleaned_data["message"]
            )
        except visits.BookingError as error:
            return self.refused(error, decline_form=form)
        return self.done("declined")


class ProposeSlotView(GroupBookingInspectView):
    permission_required = "change"
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        form = ProposeForm(request.POST, slots=proposal_slots(self.object))
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(propose_form=form))
        target = form.cleaned_data["to_event"]
        try:
            visits.propose(
                booking_id=self.object.pk,
                to_event_id=target.pk,
                message=form.cleaned_data["message"],
            )
        except visits.BookingError as error:
            return self.refused(error, propose_form=form)
        return self.done("proposed", date=format_datetime(target.starts_at))


class CancelBookingView(GroupBookingInspectView):
    """Ask first, then cancel the visit; the teacher is told."""

    permission_required = "change"
    page_title = _("Cancel class visit")
    template_name = "events/admin/visit_cancel.html"

    @cached_property
    def header_more_buttons(self):
        return []

    def get(self, request, *args, **kwargs):
        if not self.object.holds_seats:
            return redirect(self.booking_url("inspect"))
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        try:
            visits.cancel(booking_id=self.object.pk, by_staff=True)
        except visits.BookingError as error:
            return self.refused(error)
        return self.done("cancelled")


# Slots in bulk


class SlotPatternForm(forms.Form):
    """A weekly pattern of slots for one programme at one venue."""

    course = forms.ModelChoiceField(label=_("Programme"), queryset=CoursePage.objects)
    venue = forms.ModelChoiceField(
        label=field_label(Event, "venue"), queryset=Venue.objects
    )
    weekdays = forms.TypedMultipleChoiceField(
        label=_("Weekdays"),
        coerce=int,
        choices=[(number, WEEKDAYS[number]) for number in range(7)],
        widget=forms.CheckboxSelectMultiple,
    )
    times = forms.CharField(
        label=_("Start times"),
        help_text=_("Several separated by commas, e.g. 09:00, 11:00"),
    )
    duration = forms.IntegerField(
        label=_("Duration (minutes)"), min_value=15, max_value=720, initial=90
    )
    first_day = forms.DateField(label=_("First day"), widget=AdminDateInput)
    last_day = forms.DateField(label=_("Last day"), widget=AdminDateInput)
    capacity = forms.IntegerField(
        label=field_label(Event, "capacity"),
        min_value=1,
        initial=30,
        help_text=_("People per slot: pupils and accompanying adults together."),
    )
    language = forms.ChoiceField(
        label=field_label(Event, "language"),
        choices=settings.LANGUAGES,
        initial=settings.LANGUAGE_CODE,
    )
    closed = forms.CharField(
        label=_("Closed days"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "School holidays and other days without slots, one per line: a date "
            "(2027-05-14) or a range (2027-04-03 – 2027-04-16), a name may follow. "
            "Public holidays of the venue’s country are left out anyway."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = visit_programmes()
        self.fields["venue"].queryset = Venue.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE
        )
        self.plan = None

    def clean_times(self):
        times = slots.parse_times(self.cleaned_data["times"])
        if not times:
            raise forms.ValidationError(VISIT_MESSAGES["no_times"])
        return times

    def clean_closed(self):
        return slots.parse_closed_days(self.cleaned_data["closed"])

    def clean(self):
        data = super().clean()
        first, last = data.get("first_day"), data.get("last_day")
        if first and last:
            if last < first:
                self.add_error("last_day", VISIT_MESSAGES["range"])
            elif (last - first).days > 366:
                self.add_error("last_day", VISIT_MESSAGES["too_long"])
        if first and first < timezone.localdate():
            self.add_error("first_day", VISIT_MESSAGES["past"])
        if self.errors:
            return data
        self.plan = slots.expand_weekly(
            weekdays=data["weekdays"],
            times=data["times"],
            duration=datetime.timedelta(minutes=data["duration"]),
            first_day=first,
            last_day=last,
            country=data["venue"].country,
            closed=data["closed"],
        )
        if not self.plan.slots:
            raise forms.ValidationError(VISIT_MESSAGES["no_slots"])
        if len(self.plan.slots) > slots.MAX_SLOTS:
            raise forms.ValidationError(
                VISIT_MESSAGES["too_many"]
                % {"count": len(self.plan.slots), "max": slots.MAX_SLOTS}
            )
        return data


class ClassVisitPage(PermissionCheckedMixin, WagtailAdminTemplateMixin):
    """A page of the class-visits menu: its own title as the last breadcrumb; who may
    open it says `user_may_open`, which the menu item asks too."""

    model = GroupBooking
    any_permission_required = ANY

    @classmethod
    def user_may_open(cls, user):
        return can_see_bookings(user)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]


class CreateSlotsView(ClassVisitPage, FormView):
    """Fill in a weekly pattern, see the slots it gives and the days it skips, then
    create them; `?course=<page id>` chooses the programme."""

    model = Event
    any_permission_required = None
    permission_required = "add"
    form_class = SlotPatternForm
    template_name = "events/admin/slot_create.html"
    page_title = _("Create slots")
    header_icon = "calendar-alt"

    @classmethod
    def user_may_open(cls, user):
        return can_create_slots(user)

    def get_initial(self):
        initial = super().get_initial()
        course = self.request.GET.get("course", "")
        if course.isdigit():
            initial["course"] = int(course)
        return initial

    def form_valid(self, form):
        data = form.cleaned_data
        if "create" in self.request.POST:
            created = slots.create_slots(
                data["course"],
                data["venue"],
                data["capacity"],
                data["language"],
                form.plan.slots,
            )
            if not created:
                messages.warning(self.request, VISIT_MESSAGES["nothing_new"])
                return self.render_to_response(self.get_context_data(form=form))
            messages.success(
                self.request,
                VISIT_MESSAGES["slots_created"]
                % {"count": len(created), "course": data["course"].title},
            )
            first_day = timezone.localdate(created[0].starts_at)
            return redirect(calendar_url(first_day, data["course"].pk))
        return self.render_to_response(self.get_context_data(form=form))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = context["form"]
        if form.is_bound and form.plan is not None:
            data = form.cleaned_data
            existing = slots.existing_starts(
                data["course"],
                data["venue"],
                (start for start, _end in form.plan.slots),
            )
            context["rows"] = [
                (start, end, start in existing) for start, end in form.plan.slots
            ]
            context["new_count"] = len(form.plan.slots) - len(existing)
            context["skipped"] = form.plan.skipped
        return context


# The slot calendar


@dataclass
class CalendarSlot:
    event: Event
    bookings: list
    url: str

    @property
    def state(self):
        """cancelled, free, or the status of its bookings that most needs attention:
        requested, then proposed, then confirmed."""
        if self.event.status == Event.Status.CANCELLED:
            return "cancelled"
        statuses = {booking.status for booking, _url in self.bookings}
        return next(
            (status for status in GroupBooking.HOLDING if status in statuses), "free"
        )


class SlotCalendarView(ClassVisitPage, TemplateView):
    """A month of class-visit slots, one programme or all, each with its bookings."""

    template_name = "events/admin/slot_calendar.html"
    page_title = _("Slot calendar")
    header_icon = "calendar"

    @cached_property
    def month(self):
        try:
            year, month = (int(part) for part in self.request.GET["month"].split("-"))
            return datetime.date(year, month, 1)
        except (KeyError, ValueError):
            return timezone.localdate().replace(day=1)

    @cached_property
    def programmes(self):
        return list(visit_programmes())

    @cached_property
    def course(self):
        wanted = self.request.GET.get("course", "")
        return next((c for c in self.programmes if str(c.pk) == wanted), None)

    @cached_property
    def header_buttons(self):
        if not can_create_slots(self.request.user):
            return []
        url = reverse(f"{SLOT_CREATE}:index")
        if self.course:
            url += f"?course={self.course.pk}"
        return [HeaderButton(_("Create slots"), url=url, icon_name="plus")]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(
            self.month.year, self.month.month
        )
        by_day = self.slots_by_day(weeks[0][0], weeks[-1][-1])
        today = timezone.localdate()
        previous_month = (self.month - datetime.timedelta(days=1)).replace(day=1)
        next_month = (self.month + datetime.timedelta(days=31)).replace(day=1)
        course_id = self.course.pk if self.course else None
        context.update(
            month=self.month,
            course=self.course,
            programmes=self.programmes,
            weekday_names=[WEEKDAYS_ABBR[number] for number in range(7)],
            weeks=[
                [
                    {
                        "day": day,
                        "in_month": day.month == self.month.month,
                        "is_today": day == today,
                        "slots": by_day.get(day, []),
                    }
                    for day in week
                ]
                for week in weeks
            ],
            previous_url=calendar_url(previous_month, course_id),
            next_url=calendar_url(next_month, course_id),
            today_url=calendar_url(today, course_id),
            slot_count=sum(len(day_slots) for day_slots in by_day.values()),
        )
        return context

    def slots_by_day(self, first_day, last_day):
        start = timezone.make_aware(
            datetime.datetime.combine(first_day, datetime.time())
        )
        end = timezone.make_aware(
            datetime.datetime.combine(
                last_day + datetime.timedelta(days=1), datetime.time()
            )
        )
        holding = (
            GroupBooking.objects.holding()
            .select_related("school")
            .order_by("created_at", "pk")
        )
        events = (
            Event.objects.filter(
                course__format=CoursePage.Format.CLASS_VISIT,
                starts_at__gte=start,
                starts_at__lt=end,
            )
            .select_related("course", "venue")
            .prefetch_related(
                Prefetch("group_bookings", queryset=holding, to_attr="holding")
            )
            .order_by("starts_at", "pk")
        )
        if self.course:
            events = events.filter(course=self.course)
        event_urls = can_see_events(self.request.user)
        by_day = {}
        for event in events:
            url = (
                reverse(f"{EVENT_ADMIN}:inspect", args=[quote(event.pk)])
                if event_urls
                else ""
            )
            bookings = [
                (booking, reverse(f"{VISIT_ADMIN}:inspect", args=[quote(booking.pk)]))
                for booking in event.holding
            ]
            by_day.setdefault(timezone.localdate(event.starts_at), []).append(
                CalendarSlot(event=event, bookings=bookings, url=url)
            )
        return by_day


# Figures for the funder


class FiguresForm(forms.Form):
    first_day = forms.DateField(label=_("First day"), widget=AdminDateInput)
    last_day = forms.DateField(label=_("Last day"), widget=AdminDateInput)

    def clean(self):
        data = super().clean()
        first, last = data.get("first_day"), data.get("last_day")
        if first and last and last < first:
            self.add_error("last_day", VISIT_MESSAGES["range"])
        return data


class VisitFiguresView(ClassVisitPage, TemplateView):
    """Class visit figures for the funder over a period, by school type and country."""

    template_name = "events/admin/visit_figures.html"
    page_title = _("Class visit figures")
    header_icon = "table"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        default = {
            "first_day": today.replace(month=1, day=1),
            "last_day": today.replace(month=12, day=31),
        }
        form = FiguresForm(self.request.GET or None, initial=default)
        period = form.cleaned_data if form.is_bound and form.is_valid() else default
        context.update(
            form=form,
            type_heading=field_label(School, "school_type"),
            first_day=period["first_day"],
            last_day=period["last_day"],
            **visit_figures(period["first_day"], period["last_day"]),
        )
        return context


# Attendance of one event: the grid of marks, staff corrections, the audit trail, the
# exports and the printed roster and sign-in sheets. Marks change only through
# `events.attendance`; the grid is read in a fixed number of queries.

MARK_SIGNS = {
    Attendance.Status.PRESENT: "✓",
    Attendance.Status.LATE: "◷",
    Attendance.Status.EXCUSED: "○",
    Attendance.Status.ABSENT: "✗",
}
UNMARKED_SIGN = "?"

ATTENDANCE_MESSAGES = {
    "corrected": _("%(name)s, %(session)s: now “%(status)s”."),
    "unchanged": _("%(name)s, %(session)s: this is the mark already; nothing changed."),
    "not_saved": _("The correction has not been saved."),
    "not_marked": _("not marked"),
    "not_held": _("not held yet"),
}


@dataclass
class GridSession:
    """One session as a column: held (started: it counts) and open (its attendance
    window has begun: staff may correct), with its totals."""

    session: Session
    number: int
    held: bool
    open: bool
    counts: dict
    unmarked: int
    walk_ins: list
    class_people: int | None = None  # pupils and adults present (first session)

    @property
    def attended(self):
        return (
            self.counts[Attendance.Status.PRESENT] + self.counts[Attendance.Status.LATE]
        )

    @property
    def there(self):
        """Everyone there: present or late, walk-ins and the classes' numbers."""
        return self.attended + len(self.walk_ins) + (self.class_people or 0)


@dataclass
class GridCell:
    session: GridSession
    record: Attendance | None

    @property
    def status(self):
        return self.record.status if self.record else ""

    @property
    def sign(self):
        if self.record:
            return MARK_SIGNS[self.record.status]
        return UNMARKED_SIGN if self.session.held else ""

    @property
    def label(self):
        if self.record:
            return self.record.get_status_display()
        return ATTENDANCE_MESSAGES["not_marked" if self.session.held else "not_held"]


@dataclass
class GridRow:
    registration: Registration
    name: str
    age: int
    cells: list
    attended: int
    held: int

    @property
    def rate(self):
        """Sessions attended (present or late) of those held, in percent."""
        return round(100 * self.attended / self.held) if self.held else None


@dataclass
class AttendanceGrid:
    event: Event
    sessions: list
    rows: list
    bookings: list

    @property
    def held(self):
        return sum(column.held for column in self.sessions)

    @property
    def has_walk_ins(self):
        return any(column.walk_ins for column in self.sessions)

    @property
    def legend(self):
        """(status, sign, label) of every sign the grid uses."""
        return [
            *(
                (status, MARK_SIGNS[status], status.label)
                for status in Attendance.Status
            ),
            ("", UNMARKED_SIGN, ATTENDANCE_MESSAGES["not_marked"]),
        ]

    def total_rows(self):
        """(label, a value per session) under the grid; blank for sessions not held."""
        rows = [
            (_("Present or late"), [c.attended for c in self.sessions]),
            (ATTENDANCE_MESSAGES["not_marked"], [c.unmarked for c in self.sessions]),
            (_("Walk-ins"), [len(c.walk_ins) for c in self.sessions]),
        ]
        if self.bookings:
            classes = [c.class_people or 0 for c in self.sessions]
            rows.append((_("Classes (pupils and adults)"), classes))
        rows.append((_("There in total"), [c.there for c in self.sessions]))
        return [
            (
                label,
                [
                    v if c.held else ""
                    for v, c in zip(values, self.sessions, strict=True)
                ],
            )
            for label, values in rows
        ]


def attendance_grid(event, now=None):
    """Confirmed participants (by last name) × sessions with their marks, sessions
    attended as `events.attendance.rates` counts them, and per session the totals as
    `events.attendance.counts` has them, plus walk-ins and classes; seven queries."""
    now = now or timezone.now()
    sessions = list(event.sessions.all())
    confirmed = sorted(participant_rows(event)[0], key=_by_last_name)
    records = {
        (record.registration_id, record.session_id): record
        for record in Attendance.objects.filter(
            session__event=event, registration__status=Registration.Status.CONFIRMED
        ).select_related("marked_by")
    }
    walk_ins = {}
    people = WalkIn.objects.filter(session__event=event).select_related("participant")
    for walk_in in people:
        walk_ins.setdefault(walk_in.session_id, []).append(walk_in)
    bookings = list(
        event.group_bookings.filter(status=GroupBooking.Status.CONFIRMED)
        .select_related("school")
        .order_by("created_at", "pk")
    )
    recorded = [b for b in bookings if b.pupils_present is not None]
    rates = attendance.rates(event)

    columns = []
    for number, session in enumerate(sessions, start=1):
        statuses = [
            records[key].status
            for row in confirmed
            if (key := (row.registration.pk, session.pk)) in records
        ]
        columns.append(
            GridSession(
                session=session,
                number=number,
                held=session.starts_at <= now,
                open=attendance.window(session)[0] <= now,
                counts={s: statuses.count(s) for s in Attendance.Status.values},
                unmarked=len(confirmed) - len(statuses),
                walk_ins=walk_ins.get(session.pk, []),
                class_people=(
                    sum(b.pupils_present + (b.adults_present or 0) for b in recorded)
                    if number == 1 and recorded
                    else None
                ),
            )
        )
    rows = []
    for row in confirmed:
        attended, held = rates.get(row.registration.pk, (0, 0))
        cells = [
            GridCell(column, records.get((row.registration.pk, column.session.pk)))
            for column in columns
        ]
        rows.append(GridRow(row.registration, row.name, row.age, cells, attended, held))
    return AttendanceGrid(event=event, sessions=columns, rows=rows, bookings=bookings)


def _by_last_name(row):
    participant = row.registration.participant
    return (participant.last_name.casefold(), participant.first_name.casefold())


def sign_in_sheets(event, session_id=None):
    """(session, [(name, age that day), …]) of the confirmed participants, by last
    name, for every session or the one asked for."""
    people = sorted(participant_rows(event)[0], key=_by_last_name)
    sheets = []
    for session in event.sessions.all():
        if session_id is not None and session.pk != session_id:
            continue
        day = timezone.localdate(session.starts_at)
        sheets.append(
            (
                session,
                [
                    (row.name, age_on(row.registration.participant.birth_date, day))
                    for row in people
                ],
            )
        )
    return sheets


def can_see_attendance(user):
    return policy_registry.get_by_type(Attendance).user_has_any_permission(
        user, ["view", "change"]
    )


def event_file_name(event, prefix=""):
    """course-label-2027-03-03, for downloads of one event."""
    day = timezone.localdate(event.starts_at) if event.starts_at else None
    parts = (
        prefix,
        slugify(event.course.title),
        slugify(event.label),
        day.isoformat() if day else "",
    )
    return "-".join(part for part in parts if part) or "event"


class EventAttendanceMixin(PermissionCheckedMixin):
    """One event's attendance: for those who may view or change attendance."""

    model = Attendance
    any_permission_required = ["view", "change"]

    @cached_property
    def event(self):
        return get_object_or_404(admin_events(), pk=self.kwargs["pk"])

    def attendance_url(self, name, *args):
        return reverse(f"{ATTENDANCE_ADMIN}:{name}", args=[self.event.pk, *args])

    def pdf_response(self, content, name):
        response = HttpResponse(content, content_type="application/pdf")
        response["Content-Disposition"] = f'inline; filename="{name}.pdf"'
        return response


class AttendancePageMixin(EventAttendanceMixin, WagtailAdminTemplateMixin):
    header_icon = "calendar-check"

    def get_page_subtitle(self):
        return f"{self.event} · {format_datetime(self.event.starts_at)}"

    def get_breadcrumbs_items(self):
        overview = reverse(f"{EVENT_ADMIN}:inspect", args=[quote(self.event.pk)])
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse(f"{EVENT_ADMIN}:index"),
                "label": capfirst(Event._meta.verbose_name_plural),
            },
            {"url": overview, "label": str(self.event)},
            *self.get_parent_breadcrumbs(),
            {
                "url": "",
                "label": self.get_page_title(),
                "sublabel": self.get_page_subtitle(),
            },
        ]

    def get_parent_breadcrumbs(self):
        return []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["event"] = self.event
        return context


class AttendanceGridView(SpreadsheetExportMixin, AttendancePageMixin, TemplateView):
    """Participants × sessions with their marks, each a link to correct it for staff
    who may; `?export=csv` or `xlsx` downloads the same grid."""

    page_title = _("Attendance")
    template_name = "events/admin/attendance_grid.html"

    @cached_property
    def grid(self):
        return attendance_grid(self.event)

    @cached_property
    def can_correct(self):
        return attendance.is_coordinator(self.request.user)

    @cached_property
    def header_more_buttons(self):
        overview = reverse(f"{EVENT_ADMIN}:inspect", args=[quote(self.event.pk)])
        return [
            Button(
                _("Event overview"), url=overview, icon_name="calendar-alt", priority=10
            ),
            Button(
                _("Attendance changes"),
                url=self.attendance_url("changes"),
                icon_name="history",
                priority=20,
            ),
            Button(
                _("Roster (PDF)"),
                url=self.attendance_url("roster"),
                icon_name="doc-full",
                priority=30,
            ),
            Button(
                _("Sign-in sheets (PDF)"),
                url=self.attendance_url("sign_in_sheet"),
                icon_name="doc-full",
                priority=40,
            ),
            *super().header_more_buttons,  # the downloads
        ]

    def get(self, request, *args, **kwargs):
        if self.is_export:
            return self.as_spreadsheet(self.export_rows(), request.GET["export"])
        return super().get(request, *args, **kwargs)

    def get_filename(self):
        return event_file_name(self.event, prefix="attendance")

    @property
    def list_export(self):
        return [
            "name",
            "age",
            *(f"session_{column.number}" for column in self.grid.sessions),
            "attended",
            "held",
            "rate",
        ]

    @property
    def export_headings(self):
        return {
            "name": field_label(Registration, "participant"),
            "age": _("Age"),
            **{
                f"session_{column.number}": format_datetime(column.session.starts_at)
                for column in self.grid.sessions
            },
            "attended": _("Sessions attended"),
            "held": _("Sessions held"),
            "rate": _("Attendance rate (%)"),
        }

    def export_rows(self):
        """A row per participant, then the totals per session."""
        blank = dict.fromkeys(self.list_export, "")
        rows = [
            {
                **blank,
                "name": row.name,
                "age": row.age,
                **{
                    f"session_{cell.session.number}": cell.label if cell.record else ""
                    for cell in row.cells
                },
                "attended": row.attended,
                "held": row.held,
                "rate": "" if row.rate is None else row.rate,
            }
            for row in self.grid.rows
        ]
        for label, values in self.grid.total_rows():
            rows.append(
                {
                    **blank,
                    "name": str(capfirst(label)),
                    **{
                        f"session_{column.number}": value
                        for column, value in zip(
                            self.grid.sessions, values, strict=True
                        )
                    },
                }
            )
        return rows

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            grid=self.grid,
            can_correct=self.can_correct,
            correct_url_name=f"{ATTENDANCE_ADMIN}:correct",
            link_url_name=f"{ATTENDANCE_ADMIN}:link_walk_in",
            unlink_url_name=f"{ATTENDANCE_ADMIN}:unlink_walk_in",
            roster_url=self.attendance_url("roster"),
            sign_in_sheet_url=self.attendance_url("sign_in_sheet"),
            changes_url=self.attendance_url("changes"),
        )
        return context


class CorrectionForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Mark"),
        choices=Attendance.Status.choices,
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=field_label(AttendanceChange, "reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept with the change, for the audit trail."),
        error_messages={"required": attendance.MESSAGES["reason"]},
    )


class CorrectAttendanceView(AttendancePageMixin, FormView):
    """Staff change one participant's mark for one session, with a reason; the
    attendance service records it as a correction."""

    permission_required = "change"
    page_title = _("Correct attendance")
    template_name = "events/admin/attendance_correct.html"
    form_class = CorrectionForm

    @cached_property
    def session(self):
        return get_object_or_404(self.event.sessions, pk=self.kwargs["session_id"])

    @cached_property
    def registration(self):
        return get_object_or_404(
            self.event.registrations.confirmed().select_related("participant"),
            pk=self.kwargs["registration_id"],
        )

    @cached_property
    def record(self):
        return (
            Attendance.objects.filter(
                session=self.session, registration=self.registration
            )
            .select_related("marked_by")
            .first()
        )

    def get_parent_breadcrumbs(self):
        return [{"url": self.grid_url, "label": _("Attendance")}]

    @cached_property
    def grid_url(self):
        return self.attendance_url("grid")

    def get_initial(self):
        return {"status": self.record.status if self.record else None}

    def form_invalid(self, form):
        messages.error(self.request, ATTENDANCE_MESSAGES["not_saved"])
        return super().form_invalid(form)

    def form_valid(self, form):
        status = form.cleaned_data["status"]
        params = {
            "name": self.registration.participant,
            "session": format_datetime(self.session.starts_at),
            "status": Attendance.Status(status).label,
        }
        back = f"{self.grid_url}#registration-{self.registration.pk}"
        if self.record and self.record.status == status:
            messages.info(self.request, ATTENDANCE_MESSAGES["unchanged"] % params)
            return redirect(back)
        try:
            attendance.mark(
                self.session,
                self.registration.pk,
                status,
                by=self.request.user,
                method=Attendance.Method.CORRECTION,
                reason=form.cleaned_data["reason"],
            )
        except attendance.AttendanceError as error:
            messages.error(self.request, error.message)
            return self.render_to_response(self.get_context_data(form=form))
        messages.success(self.request, ATTENDANCE_MESSAGES["corrected"] % params)
        return redirect(back)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        history = (
            self.record.changes.select_related("changed_by").order_by(
                "-changed_at", "-pk"
            )
            if self.record
            else []
        )
        context.update(
            registration=self.registration,
            session=self.session,
            record=self.record,
            history=history,
            grid_url=self.grid_url,
        )
        return context


class AttendanceChangesView(AttendancePageMixin, TemplateView):
    """The audit trail of one event: every mark and correction, newest first."""

    page_title = _("Attendance changes")
    header_icon = "history"
    template_name = "events/admin/attendance_changes.html"

    def get_parent_breadcrumbs(self):
        return [{"url": self.attendance_url("grid"), "label": _("Attendance")}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["changes"] = (
            AttendanceChange.objects.filter(attendance__session__event=self.event)
            .select_related(
                "changed_by",
                "attendance__session",
                "attendance__registration__participant",
            )
            .order_by("-changed_at", "-pk")
        )
        context["grid_url"] = self.attendance_url("grid")
        return context


class AttendanceRosterView(EventAttendanceMixin, View):
    """The grid as a printable PDF."""

    def get(self, request, pk):
        content = pdf.render_attendance_roster(
            self.event, grid=attendance_grid(self.event)
        )
        return self.pdf_response(content, event_file_name(self.event, "attendance"))


class SignInSheetView(EventAttendanceMixin, View):
    """Sheets to sign on paper, a page per session; `?session=<id>` for one."""

    def get(self, request, pk):
        wanted = request.GET.get("session", "")
        session_id = int(wanted) if wanted.isdigit() else None
        sheets = sign_in_sheets(self.event, session_id)
        if session_id is not None and not sheets:
            raise Http404
        content = pdf.render_sign_in_sheet(self.event, sheets=sheets)
        return self.pdf_response(content, event_file_name(self.event, "sign-in"))
