"""Admin listings for coordinators: events with their seats, registrations, and the
class-visit bookings with the slot calendar, slots in bulk and the figures.

Dates (events and their sessions) are added and edited here, outside page revisions; their
capacity and status, and every registration, change only through `events.booking`, from
the event overview (`events.admin_views`). No copy, delete or history views.
"""

import datetime

import django_filters
from django import forms
from django.contrib.admin.utils import quote
from django.db.models import Q
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.menu import MenuItem as WagtailMenuItem
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    ObjectList,
)
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import (
    Column,
    DateColumn,
    StatusTagColumn,
    TitleColumn,
)
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSetGroup
from wagtail.admin.widgets import BooleanRadioSelect
from wagtail.admin.widgets.button import Button

from mint.admin_viewsets import AdminModelViewSet
from mint.people.models import Participant, School

from . import admin_views, walk_in_admin
from .admin_views import (
    EVENT_ADMIN,
    REGISTRATION_ADMIN,
    VISIT_ADMIN,
    field_label,
    format_datetime,
)
from .models import Country, Event, GroupBooking, Registration

WHEN_CHOICES = [
    ("upcoming", _("Upcoming")),
    ("running", _("In progress")),
    ("past", _("Past")),
]


def _filter_by_time(queryset, value, prefix=""):
    """Upcoming: not started yet; in progress: started, not ended; past: ended."""
    now = timezone.now()
    if value == "upcoming":
        return queryset.filter(**{f"{prefix}starts_at__gte": now})
    if value == "running":
        return queryset.filter(
            **{f"{prefix}starts_at__lt": now, f"{prefix}ends_at__gte": now}
        )
    if value == "past":
        return queryset.filter(**{f"{prefix}ends_at__lt": now})
    return queryset


class EventFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=field_label(Event, "status"),
        choices=Event.Status.choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    when = django_filters.ChoiceFilter(
        label=_("When"),
        choices=WHEN_CHOICES,
        empty_label=_("All"),
        widget=forms.RadioSelect,
        method="filter_when",
    )
    country = django_filters.ChoiceFilter(
        label=_("Venue country"),
        field_name="venue__country",
        choices=Country.choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    below_minimum = django_filters.BooleanFilter(
        label=_("Below minimum"),
        widget=BooleanRadioSelect,
        help_text=_("Upcoming events with fewer confirmed seats than the minimum."),
    )

    class Meta:
        model = Event
        fields = ["status", "when", "country", "below_minimum"]

    def filter_when(self, queryset, name, value):
        return _filter_by_time(queryset, value)


class EventChoiceField(django_filters.fields.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj} · {format_datetime(obj.starts_at)}"


class EventChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = EventChoiceField


class RegistrationFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=field_label(Registration, "status"),
        choices=Registration.Status.choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    when = django_filters.ChoiceFilter(
        label=_("Event date"),
        choices=WHEN_CHOICES,
        empty_label=_("All"),
        widget=forms.RadioSelect,
        method="filter_when",
    )
    event = EventChoiceFilter(
        label=field_label(Registration, "event"),
        queryset=Event.objects.select_related("course").order_by("-starts_at", "pk"),
    )

    class Meta:
        model = Registration
        fields = ["status", "when", "event"]

    def filter_when(self, queryset, name, value):
        return _filter_by_time(queryset, value, prefix="event__")


def _csv_safe(value):
    """Keep spreadsheet programs from running typed-in text as a formula."""
    if value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _local_naive(value):
    """Export times as the coordinators read them: local, without a zone."""
    return timezone.make_naive(value) if timezone.is_aware(value) else value


def _local_text(value):
    return _local_naive(value).strftime("%Y-%m-%d %H:%M")


class AdminListingMixin:
    """Search every word (in any of the fields), and exports that are safe to open."""

    custom_value_preprocess = {
        datetime.datetime: {
            IndexView.FORMAT_XLSX: _local_naive,
            IndexView.FORMAT_CSV: _local_text,
        },
        (datetime.date, datetime.time): {IndexView.FORMAT_XLSX: None},
        str: {IndexView.FORMAT_CSV: _csv_safe},
    }

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        for word in self.search_query.split():
            match = Q()
            for field in self.search_fields:
                match |= Q(**{f"{field}__icontains": word})
            queryset = queryset.filter(match)
        return queryset


class BelowMinimumColumn(Column):
    cell_template_name = "events/admin/below_minimum_cell.html"


class LinkColumn(Column):
    """A cell that links somewhere else than the row's own page."""

    cell_template_name = "events/admin/link_cell.html"

    def __init__(self, name, *, get_url, **kwargs):
        super().__init__(name, **kwargs)
        self.get_url = get_url

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["url"] = self.get_url(instance)
        return context


class EventIndexView(AdminListingMixin, IndexView):
    custom_field_preprocess = {
        "below_minimum": {
            IndexView.FORMAT_CSV: lambda value: _("yes") if value else _("no")
        }
    }

    def get_base_queryset(self):
        return admin_views.admin_events()

    @cached_property
    def columns(self):
        title_column = self._get_title_column_class(TitleColumn)
        return [
            title_column(
                "course",
                label=_("Course"),
                accessor=str,
                sort_key="course__title",
                get_url=self.get_inspect_url,
            ),
            Column(
                "starts_at",
                label=_("Date"),
                accessor=lambda event: format_datetime(event.starts_at),
                sort_key="starts_at",
            ),
            Column(
                "town",
                label=field_label(Event, "venue__town"),
                accessor="venue.town",
                sort_key="venue__town",
            ),
            Column(
                "capacity", label=field_label(Event, "capacity"), sort_key="capacity"
            ),
            Column("seats_taken", label=_("Confirmed"), sort_key="seats_taken"),
            Column(
                "waitlist_count", label=_("Waiting list"), sort_key="waitlist_count"
            ),
            Column(
                "min_participants",
                label=field_label(Event, "course__min_participants"),
                accessor="course.min_participants",
                sort_key="course__min_participants",
            ),
            BelowMinimumColumn(
                "below_minimum", label=_("Below minimum"), sort_key="below_minimum"
            ),
            StatusTagColumn(
                "status",
                label=field_label(Event, "status"),
                accessor="get_status_display",
                primary=lambda event: event.status == Event.Status.SCHEDULED,
                sort_key="status",
            ),
        ]

    def get_list_more_buttons(self, instance):
        buttons = []
        if url := self.get_inspect_url(instance):
            buttons.append(
                MenuItem(_("Overview"), url=url, icon_name="info-circle", priority=10)
            )
        if url := self.get_edit_url(instance):
            buttons.append(
                MenuItem(_("Edit date"), url=url, icon_name="edit", priority=15)
            )
        buttons.append(
            MenuItem(
                _("Course page"),
                url=reverse("wagtailadmin_pages:edit", args=[instance.course_id]),
                icon_name="doc-empty-inverse",
                priority=20,
            )
        )
        if self.can_see_registrations:
            pk = quote(instance.pk)
            buttons += [
                MenuItem(
                    _("Participant list (PDF)"),
                    url=reverse(f"{EVENT_ADMIN}:participant_list", args=[pk]),
                    icon_name="doc-full",
                    priority=30,
                ),
                MenuItem(
                    _("Registrations"),
                    url=reverse(f"{REGISTRATION_ADMIN}:index") + f"?event={pk}",
                    icon_name="list-ul",
                    priority=40,
                ),
            ]
        return buttons

    @cached_property
    def can_see_registrations(self):
        return admin_views.can_see_registrations(self.request.user)


class RegistrationIndexView(AdminListingMixin, IndexView):
    def get_base_queryset(self):
        return Registration.objects.select_related(
            "participant__guardian", "event__course", "event__venue"
        )

    @cached_property
    def columns(self):
        title_column = self._get_title_column_class(TitleColumn)
        return [
            title_column(
                "participant",
                label=field_label(Registration, "participant"),
                accessor="participant",
                sort_key="participant__last_name",
                get_url=self.get_inspect_url,
            ),
            LinkColumn(
                "event",
                label=field_label(Registration, "event"),
                accessor=lambda r: f"{r.event} · {format_datetime(r.event.starts_at)}",
                sort_key="event__starts_at",
                get_url=self.get_event_url,
            ),
            StatusTagColumn(
                "status",
                label=field_label(Registration, "status"),
                accessor="get_status_display",
                primary=lambda r: r.status == Registration.Status.CONFIRMED,
                sort_key="status",
            ),
            Column("seats", label=field_label(Registration, "seats"), sort_key="seats"),
            DateColumn(
                "created_at",
                label=field_label(Registration, "created_at"),
                sort_key="created_at",
            ),
        ]

    def get_event_url(self, registration):
        return reverse(f"{EVENT_ADMIN}:inspect", args=[quote(registration.event_id)])

    def get_list_more_buttons(self, instance):
        buttons = []
        if url := self.get_inspect_url(instance):
            buttons.append(
                MenuItem(_("Details"), url=url, icon_name="info-circle", priority=10)
            )
        buttons.append(
            MenuItem(
                _("Event overview"),
                url=self.get_event_url(instance),
                icon_name="calendar-alt",
                priority=20,
            )
        )
        return buttons


EVENT_FIELDS = [
    "label",
    "venue",
    FieldRowPanel(["language", "price"]),
    FieldRowPanel(["registration_opens_at", "registration_closes_at"]),
    # Only accounts in the "Instructors" group are offered (Event.limit_choices_to).
    FieldPanel("instructors", widget=forms.CheckboxSelectMultiple),
]


class EventViewSet(AdminModelViewSet):
    """Dates live here, outside page revisions: add and edit dates and sessions; capacity
    and cancelling go through booking, from the overview."""

    model = Event
    name = EVENT_ADMIN
    url_prefix = "events"
    icon = "calendar-alt"
    editable = True
    index_view_class = EventIndexView
    inspect_view_class = admin_views.EventOverviewView
    add_view_class = admin_views.EventCreateView
    edit_view_class = admin_views.EventEditView
    # Capacity is set once here; later it changes only on the overview, through
    # booking, and the status only by cancelling there.
    add_panels = [
        "course",
        *EVENT_FIELDS[:2],
        FieldRowPanel(["capacity", "waiting_list"]),
        *EVENT_FIELDS[2:],
        InlinePanel("sessions", label=_("Sessions"), min_num=1),
    ]
    panels = [
        HelpPanel(
            content=_(
                "Capacity and cancelling the event: on the event’s overview, where the "
                "waiting list moves up at once and everyone is told."
            )
        ),
        *EVENT_FIELDS[:2],
        "waiting_list",
        *EVENT_FIELDS[2:],
        InlinePanel("sessions", label=_("Sessions"), min_num=1),
    ]
    filterset_class = EventFilterSet
    search_fields = ["course__title"]
    ordering = "starts_at"
    list_per_page = 50
    list_export = [
        "course.title",
        "label",
        "starts_at",
        "ends_at",
        "venue.name",
        "venue.town",
        "venue.country",
        "capacity",
        "seats_taken",
        "waitlist_count",
        "course.min_participants",
        "below_minimum",
        "get_status_display",
    ]
    export_headings = {
        "course.title": _("Course"),
        "label": field_label(Event, "label"),
        "starts_at": field_label(Event, "starts_at"),
        "ends_at": field_label(Event, "ends_at"),
        "venue.name": field_label(Event, "venue"),
        "venue.town": field_label(Event, "venue__town"),
        "venue.country": field_label(Event, "venue__country"),
        "capacity": field_label(Event, "capacity"),
        "seats_taken": _("Confirmed seats"),
        "waitlist_count": _("Waiting list"),
        "course.min_participants": field_label(Event, "course__min_participants"),
        "below_minimum": _("Below minimum"),
        "get_status_display": field_label(Event, "status"),
    }
    export_filename = "events"

    @cached_property
    def _add_handler(self):
        return ObjectList(self.add_panels).bind_to_model(self.model)

    def get_add_view_kwargs(self, **kwargs):
        return super().get_add_view_kwargs(
            panel=self._add_handler,
            form_class=self._add_handler.get_form_class(),
            **kwargs,
        )

    def get_urlpatterns(self):
        action = self.get_inspect_view_kwargs()  # the overview's, to show it again
        confirm = {**action, "template_name": admin_views.CancelEventView.template_name}
        return [
            *super().get_urlpatterns(),
            path(
                "capacity/<int:pk>/",
                self.construct_view(admin_views.ChangeCapacityView, **action),
                name="capacity",
            ),
            path(
                "cancel/<int:pk>/",
                self.construct_view(admin_views.CancelEventView, **confirm),
                name="cancel",
            ),
            path(
                "participant-list/<int:pk>/",
                admin_views.ParticipantListView.as_view(),
                name="participant_list",
            ),
        ]


class RegistrationViewSet(AdminModelViewSet):
    """Read-only: registrations change only through booking (see the overview)."""

    model = Registration
    name = REGISTRATION_ADMIN
    url_prefix = "registrations"
    icon = "user"
    index_view_class = RegistrationIndexView
    inspect_view_class = admin_views.RegistrationInspectView
    filterset_class = RegistrationFilterSet
    search_fields = [
        "participant__first_name",
        "participant__last_name",
        "participant__guardian__email",
    ]
    ordering = "-created_at"
    list_per_page = 50
    list_export = [
        "participant.first_name",
        "participant.last_name",
        "participant.guardian.email",
        "event.course.title",
        "event.label",
        "event.starts_at",
        "event.venue.town",
        "get_status_display",
        "seats",
        "created_at",
        "remarks",
    ]
    export_headings = {
        "participant.first_name": field_label(Registration, "participant__first_name"),
        "participant.last_name": field_label(Registration, "participant__last_name"),
        "participant.guardian.email": _("Guardian's e-mail"),
        "event.course.title": _("Course"),
        "event.label": field_label(Event, "label"),
        "event.starts_at": field_label(Event, "starts_at"),
        "event.venue.town": field_label(Event, "venue__town"),
        "get_status_display": field_label(Registration, "status"),
        "seats": field_label(Registration, "seats"),
        "created_at": field_label(Registration, "created_at"),
        "remarks": field_label(Registration, "remarks"),
    }
    export_filename = "registrations"

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path(
                "cancel/<int:pk>/",
                admin_views.CancelRegistrationView.as_view(),
                name="cancel",
            ),
            path(
                "move/<int:pk>/",
                admin_views.MoveRegistrationView.as_view(),
                name="move",
            ),
        ]


class RegistrationsGroup(ModelViewSetGroup):
    menu_label = capfirst(Registration._meta.verbose_name_plural)
    menu_icon = "clipboard-list"
    menu_order = 220
    items = [EventViewSet, RegistrationViewSet]


# Class visits


TO_DECIDE = [
    (GroupBooking.Status.REQUESTED, _("To decide")),
    *(
        (value, label)
        for value, label in GroupBooking.Status.choices
        if value != GroupBooking.Status.REQUESTED
    ),
]


class GroupBookingFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=field_label(GroupBooking, "status"),
        choices=TO_DECIDE,
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    programme = django_filters.ModelChoiceFilter(
        label=_("Programme"),
        field_name="event__course",
        queryset=lambda request: admin_views.visit_programmes(),
    )
    school_type = django_filters.ChoiceFilter(
        label=field_label(School, "school_type"),
        field_name="school__school_type",
        choices=School.Type.choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    country = django_filters.ChoiceFilter(
        label=_("Country of the school"),
        field_name="school__country",
        choices=Participant.HomeCountry.choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    date = django_filters.DateFromToRangeFilter(
        label=_("Slot date"),
        field_name="event__starts_at",
        widget=DateRangePickerWidget,
    )

    class Meta:
        model = GroupBooking
        fields = ["status", "programme", "school_type", "country", "date"]


class GroupBookingIndexView(AdminListingMixin, IndexView):
    """The queue: requests to decide first, then visits to come, then the past."""

    template_name = "events/admin/visit_index.html"

    def get_base_queryset(self):
        return admin_views.admin_bookings()

    def order_queryset(self, queryset):
        if self.request.GET.get("ordering") in self.get_valid_orderings():
            return super().order_queryset(queryset)
        return queryset.order_by("queue_rank", "event__starts_at", "pk")

    @cached_property
    def columns(self):
        title_column = self._get_title_column_class(TitleColumn)
        return [
            title_column(
                "slot",
                label=_("Slot"),
                accessor=lambda b: admin_views.format_slot_start(b.event.starts_at),
                sort_key="event__starts_at",
                get_url=self.get_inspect_url,
            ),
            Column(
                "programme",
                label=_("Programme"),
                accessor="event.course.title",
                sort_key="event__course__title",
            ),
            Column(
                "school",
                label=field_label(GroupBooking, "school"),
                accessor="school",
                sort_key="school__name",
            ),
            Column(
                "class_name",
                label=field_label(GroupBooking, "class_name"),
                sort_key="class_name",
            ),
            Column(
                "grade",
                label=field_label(GroupBooking, "grade"),
                accessor="get_grade_display",
                sort_key="grade",
            ),
            Column(
                "people",
                label=_("Pupils + adults"),
                accessor=lambda b: f"{b.pupils} + {b.adults}",
                sort_key="people",
            ),
            StatusTagColumn(
                "status",
                label=field_label(GroupBooking, "status"),
                accessor="get_status_display",
                primary=lambda b: b.status == GroupBooking.Status.CONFIRMED,
                sort_key="status",
            ),
        ]

    @cached_property
    def header_more_buttons(self):
        user = self.request.user
        buttons = [
            Button(
                _("Slot calendar"),
                url=reverse(f"{admin_views.SLOT_CALENDAR}:index"),
                icon_name="calendar",
                priority=10,
            ),
            Button(
                _("Class visit figures"),
                url=reverse(f"{admin_views.VISIT_FIGURES}:index"),
                icon_name="table",
                priority=30,
            ),
        ]
        if admin_views.can_create_slots(user):
            buttons.append(
                Button(
                    _("Create slots"),
                    url=reverse(f"{admin_views.SLOT_CREATE}:index"),
                    icon_name="plus",
                    priority=20,
                )
            )
        return buttons

    def get_list_more_buttons(self, instance):
        buttons = []
        if url := self.get_inspect_url(instance):
            buttons.append(
                MenuItem(_("Details"), url=url, icon_name="info-circle", priority=10)
            )
        buttons.append(
            MenuItem(
                _("Slot calendar"),
                url=admin_views.calendar_url(
                    timezone.localdate(instance.event.starts_at),
                    instance.event.course_id,
                ),
                icon_name="calendar",
                priority=20,
            )
        )
        return buttons


class GroupBookingViewSet(AdminModelViewSet):
    """The class-visit queue; bookings change only through events.visits."""

    model = GroupBooking
    name = VISIT_ADMIN
    url_prefix = "class-visits"
    icon = "group"
    menu_label = _("Bookings")
    index_view_class = GroupBookingIndexView
    inspect_view_class = admin_views.GroupBookingInspectView
    filterset_class = GroupBookingFilterSet
    search_fields = ["school__name", "class_name", "teacher__email"]
    list_per_page = 50
    list_export = [
        "event.starts_at",
        "event.ends_at",
        "event.course.title",
        "event.venue.name",
        "event.venue.town",
        "school.name",
        "school.get_school_type_display",
        "school.town",
        "school.get_country_display",
        "class_name",
        "get_grade_display",
        "pupils",
        "adults",
        "pupils_present",
        "adults_present",
        "get_status_display",
        "get_language_display",
        "teacher.email",
        "phone",
        "accessibility_needs",
        "remarks",
        "created_at",
    ]
    export_headings = {
        "event.starts_at": field_label(Event, "starts_at"),
        "event.ends_at": field_label(Event, "ends_at"),
        "event.course.title": _("Programme"),
        "event.venue.name": field_label(Event, "venue"),
        "event.venue.town": field_label(Event, "venue__town"),
        "school.name": field_label(School, "name"),
        "school.get_school_type_display": field_label(School, "school_type"),
        "school.town": _("Town of the school"),
        "school.get_country_display": _("Country of the school"),
        "class_name": field_label(GroupBooking, "class_name"),
        "get_grade_display": field_label(GroupBooking, "grade"),
        "pupils": field_label(GroupBooking, "pupils"),
        "adults": field_label(GroupBooking, "adults"),
        "pupils_present": field_label(GroupBooking, "pupils_present"),
        "adults_present": field_label(GroupBooking, "adults_present"),
        "get_status_display": field_label(GroupBooking, "status"),
        "get_language_display": field_label(GroupBooking, "language"),
        "teacher.email": _("Teacher's e-mail"),
        "phone": field_label(GroupBooking, "phone"),
        "accessibility_needs": field_label(GroupBooking, "accessibility_needs"),
        "remarks": field_label(GroupBooking, "remarks"),
        "created_at": field_label(GroupBooking, "created_at"),
    }
    export_filename = "class-visits"

    def get_urlpatterns(self):
        action = self.get_inspect_view_kwargs()  # the booking's page, to show it again
        actions = {
            "confirm": admin_views.ConfirmBookingView,
            "decline": admin_views.DeclineBookingView,
            "propose": admin_views.ProposeSlotView,
            "cancel": admin_views.CancelBookingView,
        }
        cancel = {
            **action,
            "template_name": admin_views.CancelBookingView.template_name,
        }
        return [
            *super().get_urlpatterns(),
            *(
                path(
                    f"{name}/<int:pk>/",
                    self.construct_view(
                        view_class, **(cancel if name == "cancel" else action)
                    ),
                    name=name,
                )
                for name, view_class in actions.items()
            ),
        ]


class AdminPageViewSet(ViewSet):
    """One admin page of its own in a menu group, listed for those who may open it
    (the view's `user_may_open`)."""

    view_class = None

    def get_urlpatterns(self):
        return [path("", self.view_class.as_view(), name="index")]

    @cached_property
    def menu_item_class(self):
        may_open = self.view_class.user_may_open
        return type(
            f"{type(self).__name__}MenuItem",
            (WagtailMenuItem,),
            {"is_shown": lambda item, request: may_open(request.user)},
        )


class SlotCalendarViewSet(AdminPageViewSet):
    name = admin_views.SLOT_CALENDAR
    url_prefix = "class-visits/calendar"
    icon = "calendar"
    menu_label = _("Slot calendar")
    view_class = admin_views.SlotCalendarView


class CreateSlotsViewSet(AdminPageViewSet):
    name = admin_views.SLOT_CREATE
    url_prefix = "class-visits/new-slots"
    icon = "plus"
    menu_label = _("Create slots")
    view_class = admin_views.CreateSlotsView


class VisitFiguresViewSet(AdminPageViewSet):
    name = admin_views.VISIT_FIGURES
    url_prefix = "class-visits/figures"
    icon = "table"
    menu_label = _("Class visit figures")
    view_class = admin_views.VisitFiguresView


class ClassVisitsGroup(ViewSetGroup):
    menu_label = _("Class visits")
    menu_icon = "group"
    menu_order = 225
    items = [
        GroupBookingViewSet,
        SlotCalendarViewSet,
        CreateSlotsViewSet,
        VisitFiguresViewSet,
    ]


class AttendanceViewSet(ViewSet):
    """One event's attendance, reached from its overview: the grid and its downloads at
    /admin/events/attendance/<event>/, corrections, the audit trail, the PDFs and
    walk-ins linked to accounts."""

    name = admin_views.ATTENDANCE_ADMIN
    url_prefix = "events/attendance"
    icon = "calendar-check"

    def get_urlpatterns(self):
        grid = self.construct_view(
            admin_views.AttendanceGridView,
            # Names are typed by families: keep spreadsheets from running them.
            custom_value_preprocess=AdminListingMixin.custom_value_preprocess,
        )
        return [
            path("<int:pk>/", grid, name="grid"),
            path(
                "<int:pk>/correct/<int:session_id>/<int:registration_id>/",
                admin_views.CorrectAttendanceView.as_view(),
                name="correct",
            ),
            path(
                "<int:pk>/changes/",
                admin_views.AttendanceChangesView.as_view(),
                name="changes",
            ),
            path(
                "<int:pk>/roster/",
                admin_views.AttendanceRosterView.as_view(),
                name="roster",
            ),
            path(
                "<int:pk>/sign-in-sheet/",
                admin_views.SignInSheetView.as_view(),
                name="sign_in_sheet",
            ),
            path(
                "<int:pk>/walk-ins/<int:walk_in_id>/link/",
                walk_in_admin.LinkWalkInView.as_view(),
                name="link_walk_in",
            ),
            path(
                "<int:pk>/walk-ins/<int:walk_in_id>/unlink/",
                walk_in_admin.UnlinkWalkInView.as_view(),
                name="unlink_walk_in",
            ),
        ]
