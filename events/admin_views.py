"""Coordinators' admin views for one event: overview, actions, printable list.

Every write goes through `events.booking`; these views only read, ask and report.
The list views and their viewsets live in `events.viewsets`.
"""

import datetime
from dataclasses import dataclass

from django import forms
from django.contrib import messages
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.db.models import BooleanField, Case, Count, F, OuterRef, Subquery, When
from django.db.models.functions import Coalesce
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.text import capfirst, slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from django.views import View
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic import CreateView, EditView, InspectView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets.button import Button
from wagtail.permissions import policy_registry

from mint.people.models import Participant, age_on

from . import booking, pdf
from .models import Event, Registration

# URL namespaces of the two viewsets (see events.viewsets).
EVENT_ADMIN = "events_event"
REGISTRATION_ADMIN = "events_registration"

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
        day = timezone.localdate(event.starts_at) if event.starts_at else None
        name = "-".join(
            part
            for part in (
                slugify(event.course.title),
                slugify(event.label),
                day.isoformat() if day else "",
            )
            if part
        )
        response = HttpResponse(content, content_type="application/pdf")
        response["Content-Disposition"] = f'inline; filename="{name or "event"}.pdf"'
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
    """Dates, venue and the registration window. Capacity and status are not in the form:
    they change only through `events.booking`, on the overview."""

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
