"""What happens on dates: venues, events (bookable runs) with sessions, registrations."""

import uuid

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.api import APIField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from courses.grades import GRADES
from mint.people.models import Participant, age_on

# Accounts in this group can be assigned to events as instructors (migration 0007).
INSTRUCTORS_GROUP = "Instructors"
# Staff who run the programme in the admin; made by certificates' migration 0002.
COORDINATORS_GROUP = "Coordinators"


class Country(models.TextChoices):
    DE = "DE", _("Germany")
    PL = "PL", _("Poland")
    CZ = "CZ", _("Czechia")


class Venue(TranslatableMixin, index.Indexed, models.Model):
    """A place where sessions happen, with what a visitor needs to get there."""

    name = models.CharField(_("name"), max_length=160)
    street = models.CharField(_("street and number"), max_length=160)
    postcode = models.CharField(_("postcode"), max_length=12)
    town = models.CharField(_("town"), max_length=120)
    country = models.CharField(_("country"), max_length=2, choices=Country)
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    step_free = models.BooleanField(_("step-free access"), default=False)
    hearing_loop = models.BooleanField(_("hearing loop"), default=False)
    accessibility_notes = models.TextField(_("accessibility notes"), blank=True)
    transport_hint = models.TextField(_("public transport"), blank=True)

    panels = [
        "name",
        "street",
        FieldRowPanel(["postcode", "town"]),
        "country",
        FieldRowPanel(["latitude", "longitude"]),
        MultiFieldPanel(
            ["step_free", "hearing_loop", "accessibility_notes"],
            heading=_("Accessibility"),
        ),
        "transport_hint",
    ]
    search_fields = [index.SearchField("name"), index.SearchField("town")]
    api_fields = [
        APIField(name)
        for name in (
            "name",
            "street",
            "postcode",
            "town",
            "country",
            "latitude",
            "longitude",
            "step_free",
            "hearing_loop",
            "accessibility_notes",
            "transport_hint",
        )
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        ordering = ["town", "name"]

    def __str__(self):
        return f"{self.name}, {self.town}"

    @property
    def map_url(self):
        if self.latitude is None or self.longitude is None:
            return ""
        return f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}#map=17/{self.latitude}/{self.longitude}"


class EventQuerySet(models.QuerySet):
    def with_seats(self):
        """Annotate the seats taken: confirmed registrations and the class bookings
        that hold seats (see events.booking.seats_taken)."""
        registered = (
            Registration.objects.filter(event=OuterRef("pk"), status="confirmed")
            .order_by()
            .values("event")
            .annotate(total=Sum("seats"))
            .values("total")
        )
        booked = (
            GroupBooking.objects.filter(
                event=OuterRef("pk"), status__in=GroupBooking.HOLDING
            )
            .order_by()
            .values("event")
            .annotate(total=Sum(F("pupils") + F("adults")))
            .values("total")
        )
        return self.annotate(
            seats_taken=Coalesce(Subquery(registered), 0)
            + Coalesce(Subquery(booked), 0)
        )

    def upcoming(self, now=None):
        """Scheduled events whose first session is still ahead, with seats taken."""
        return self.with_seats().filter(
            status=Event.Status.SCHEDULED, starts_at__gte=now or timezone.now()
        )

    def with_free_seats(self):
        return self.filter(seats_taken__lt=F("capacity"))

    def refresh_schedule(self):
        """Copy each event's first start and last end from its sessions, in one UPDATE."""
        sessions = Session.objects.filter(event=OuterRef("pk")).order_by()
        return self.update(
            starts_at=Subquery(sessions.order_by("starts_at").values("starts_at")[:1]),
            ends_at=Subquery(sessions.order_by("-ends_at").values("ends_at")[:1]),
        )


class Event(ClusterableModel):
    """One bookable run of a course: one venue, one group, one capacity, its sessions."""

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        CANCELLED = "cancelled", _("Cancelled")

    # A plain foreign key, not a ParentalKey: dates, capacity and status live outside
    # page revisions, so publishing an old revision of a course never writes old seats
    # back, and every change to them goes through events.booking.
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.CASCADE,
        related_name="events",
        verbose_name=_("course"),
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
    )
    label = models.CharField(
        _("label"), max_length=120, blank=True, help_text=_("e.g. “Group A”, “Week 1”")
    )
    venue = models.ForeignKey(
        Venue, on_delete=models.PROTECT, related_name="events", verbose_name=_("venue")
    )
    capacity = models.PositiveIntegerField(_("capacity"), default=12)
    waiting_list = models.BooleanField(_("waiting list"), default=True)
    language = models.CharField(
        _("language of instruction"),
        max_length=5,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    price = models.DecimalField(
        _("price (EUR)"), max_digits=7, decimal_places=2, default=0
    )
    registration_opens_at = models.DateTimeField(
        _("registration opens"),
        null=True,
        blank=True,
        help_text=_("Empty: open as soon as published."),
    )
    registration_closes_at = models.DateTimeField(
        _("registration closes"),
        null=True,
        blank=True,
        help_text=_("Empty: until the first session starts."),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status, default=Status.SCHEDULED
    )
    instructors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="taught_events",
        verbose_name=_("instructors"),
        limit_choices_to={"groups__name": INSTRUCTORS_GROUP},
        help_text=_("They take attendance and see the participants' notes."),
    )
    # Copied from the sessions (see events.signals) so lists can filter and sort by date
    # with an index; the sessions stay the truth.
    starts_at = models.DateTimeField(
        _("starts"), null=True, editable=False, db_index=True
    )
    ends_at = models.DateTimeField(_("ends"), null=True, editable=False)

    objects = EventQuerySet.as_manager()

    panels = [
        "label",
        "venue",
        FieldRowPanel(["capacity", "waiting_list"]),
        FieldRowPanel(["language", "price"]),
        FieldRowPanel(["registration_opens_at", "registration_closes_at"]),
        "status",
        FieldPanel("instructors", widget=forms.CheckboxSelectMultiple),
        InlinePanel("sessions", label=_("Sessions"), min_num=1),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(price__gte=0), name="event_price_not_negative"
            ),
        ]

    def __str__(self):
        return f"{self.course.title} {self.label}".strip()

    def save(self, *args, **kwargs):
        """Save, then take the dates from the sessions again: an instance loaded before
        its sessions changed (or from a page revision) must not write stale dates back."""
        super().save(*args, **kwargs)
        Event.objects.filter(pk=self.pk).refresh_schedule()
        self.refresh_from_db(fields=["starts_at", "ends_at"])

    @property
    def is_free_of_charge(self):
        return self.price == 0

    def registration_is_open(self, now=None):
        """Open between the window's ends; without an end, until the first session."""
        now = now or timezone.now()
        if self.status != self.Status.SCHEDULED:
            return False
        if self.registration_opens_at and now < self.registration_opens_at:
            return False
        closes = self.registration_closes_at or self.starts_at
        return closes is None or now < closes


class Session(Orderable):
    """One meeting of an event, from start to end."""

    event = ParentalKey(Event, on_delete=models.CASCADE, related_name="sessions")
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))

    panels = [FieldRowPanel(["starts_at", "ends_at"])]

    class Meta(Orderable.Meta):
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["starts_at"]
        indexes = [models.Index(fields=["event", "starts_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")), name="session_ends_after_start"
            ),
        ]

    def clean(self):
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("A session must end after it starts.")})

    @property
    def duration_hours(self):
        return (self.ends_at - self.starts_at).total_seconds() / 3600


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.exclude(status=Registration.Status.CANCELLED)

    def confirmed(self):
        return self.filter(status=Registration.Status.CONFIRMED)

    def waitlisted(self):
        return self.filter(status=Registration.Status.WAITLISTED)

    def in_line(self):
        """The waiting list in the order it is served: first come, first served."""
        return self.waitlisted().order_by("created_at", "pk")

    def for_user(self, user):
        """Registrations of the participants this account looks after."""
        return self.filter(participant__in=Participant.objects.for_user(user))


class PeopleManager(models.Manager.from_queryset(RegistrationQuerySet)):
    """Registrations of people who are still here: everything in the site works on
    these. What remains of deleted people (anonymous rows, see `Registration`) only
    the funder's figures read, through `Registration.records`."""

    def get_queryset(self):
        return super().get_queryset().exclude(participant__isnull=True)


class Registration(models.Model):
    """A participant on an event; a group booking takes as many seats as people."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITLISTED = "waitlisted", _("On waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    event = models.ForeignKey(
        Event,
        on_delete=models.PROTECT,
        related_name="registrations",
        verbose_name=_("event"),
    )
    # SET_NULL: when a person's data is deleted, their registrations of dates that
    # have begun stay as anonymous rows (with the snapshot below), so that the figures
    # of past periods stay right; nothing in them points to anyone.
    participant = models.ForeignKey(
        "people.Participant",
        on_delete=models.SET_NULL,
        null=True,
        related_name="registrations",
        verbose_name=_("participant"),
    )
    # What the figures need of the person, as it was when they registered.
    age = models.PositiveSmallIntegerField(_("age at the start"), null=True, blank=True)
    gender = models.CharField(_("gender"), max_length=12, blank=True)
    home_country = models.CharField(_("country of residence"), max_length=5, blank=True)
    pseudonym = models.UUIDField(_("pseudonym"), null=True, blank=True, db_index=True)
    seats = models.PositiveSmallIntegerField(_("seats"), default=1)
    status = models.CharField(_("status"), max_length=12, choices=Status)
    together = models.UUIDField(
        _("registered together"),
        null=True,
        blank=True,
        help_text=_(
            "Registrations with the same value get a seat together or not at all."
        ),
    )
    remarks = models.TextField(_("remarks"), blank=True)
    ticket = models.UUIDField(
        _("ticket code"), default=uuid.uuid4, unique=True, editable=False
    )
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    status_changed_at = models.DateTimeField(
        _("status changed at"), default=timezone.now
    )
    reminded_at = models.DateTimeField(_("reminder sent at"), null=True, blank=True)
    # The start of the session the last reminder was for: each session is reminded
    # once, and a session moved later is reminded again (events.reminders).
    reminded_for = models.DateTimeField(
        _("last reminder for the session at"), null=True, blank=True
    )
    # When the person's data were deleted while the date ran: the row stays confirmed
    # for the sessions held until then, and sessions after it count for nobody.
    left_at = models.DateTimeField(_("left at"), null=True, blank=True)

    objects = PeopleManager()
    records = RegistrationQuerySet.as_manager()  # anonymous rows included

    class Meta:
        verbose_name = _("registration")
        base_manager_name = "records"
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        # The funder's figures are aggregated and anonymous: some may read them who
        # may not see who registered.
        permissions = [("view_figures", _("Can see the figures for the funder"))]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "participant"],
                condition=~Q(status="cancelled"),
                name="one_active_registration_per_participant_and_event",
            ),
        ]
        indexes = [models.Index(fields=["event", "status", "created_at"])]

    def __str__(self):
        return f"{self.participant} – {self.event}"

    def save(self, *args, **kwargs):
        if self._state.adding and self.participant_id:
            self.take_snapshot()
        super().save(*args, **kwargs)

    def take_snapshot(self):
        """Age at the start, gender and country of residence as declared, and the
        person's pseudonym: all the figures ever need of them."""
        person = self.participant
        start = self.event.starts_at
        self.age = (
            age_on(person.birth_date, timezone.localdate(start)) if start else None
        )
        self.gender, self.home_country = person.gender, person.home_country
        self.pseudonym = person.pseudonym

    @property
    def waiting_position(self):
        """1 for the first in line; None unless on the waiting list."""
        if self.status != self.Status.WAITLISTED:
            return None
        ahead = Registration.objects.in_line().filter(
            Q(created_at__lt=self.created_at)
            | Q(created_at=self.created_at, pk__lt=self.pk),
            event_id=self.event_id,
        )
        return ahead.count() + 1


class GroupBookingQuerySet(models.QuerySet):
    def holding(self):
        """Bookings that hold their seats: requested, proposed or confirmed."""
        return self.filter(status__in=GroupBooking.HOLDING)

    def for_user(self, user):
        """The bookings of this teacher's account."""
        if user is None or not user.is_authenticated:
            return self.none()
        return self.filter(teacher=user)

    def seats(self):
        return self.aggregate(total=Sum(F("pupils") + F("adults")))["total"] or 0


class TeachersManager(models.Manager.from_queryset(GroupBookingQuerySet)):
    """Bookings of teachers who are still here: everything in the site works on these.
    What remains of deleted accounts (anonymous rows, see `GroupBooking`) only the
    funder's figures read, through `GroupBooking.records`."""

    def get_queryset(self):
        return super().get_queryset().exclude(teacher__isnull=True)


class GroupBooking(models.Model):
    """A school class on a slot (an Event of a class-visit programme): counted in
    people, never named; a request holds the seats until staff decide."""

    class Status(models.TextChoices):
        REQUESTED = "requested", _("Requested")
        PROPOSED = "proposed", _("Other date proposed")
        CONFIRMED = "confirmed", _("Confirmed")
        DECLINED = "declined", _("Declined")
        CANCELLED = "cancelled", _("Cancelled")

    HOLDING = (Status.REQUESTED, Status.PROPOSED, Status.CONFIRMED)

    event = models.ForeignKey(
        Event,
        on_delete=models.PROTECT,
        related_name="group_bookings",
        verbose_name=_("slot"),
    )
    # SET_NULL: when a teacher deletes the account, the bookings stay as anonymous
    # rows (with the snapshot below, their texts cleared: see events.signals), so that
    # the figures of past periods stay right; nothing in them points to anyone.
    teacher = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="group_bookings",
        verbose_name=_("teacher"),
    )
    school = models.ForeignKey(
        "people.School",
        on_delete=models.SET_NULL,
        null=True,
        related_name="group_bookings",
        verbose_name=_("school"),
    )
    # What the figures need of the school, as it was when the class booked.
    school_type = models.CharField(_("type of school"), max_length=12, blank=True)
    school_country = models.CharField(
        _("country of the school"), max_length=5, blank=True
    )
    school_pseudonym = models.UUIDField(
        _("pseudonym of the school"), null=True, blank=True
    )
    class_name = models.CharField(
        _("class"), max_length=40, help_text=_("e.g. “7b” or “Bären group”")
    )
    grade = models.PositiveSmallIntegerField(_("grade"), choices=GRADES)
    pupils = models.PositiveSmallIntegerField(_("pupils"))
    adults = models.PositiveSmallIntegerField(_("accompanying adults"))
    language = models.CharField(
        _("language of the visit"), max_length=5, choices=settings.LANGUAGES
    )
    accessibility_needs = models.TextField(_("accessibility needs"), blank=True)
    remarks = models.TextField(_("remarks"), blank=True)
    phone = models.CharField(_("phone number for the day"), max_length=40)
    status = models.CharField(_("status"), max_length=12, choices=Status)
    staff_message = models.TextField(
        _("message from the organisers"),
        blank=True,
        help_text=_("Why a request was declined or another date proposed."),
    )
    ticket = models.UUIDField(
        _("check-in code"), default=uuid.uuid4, unique=True, editable=False
    )
    created_at = models.DateTimeField(_("booked at"), auto_now_add=True)
    status_changed_at = models.DateTimeField(
        _("status changed at"), default=timezone.now
    )
    wants_reminder = models.BooleanField(
        _("reminder before the visit"),
        default=True,
        help_text=_("The teacher gets an e-mail with the confirmation two days ahead."),
    )
    reminded_at = models.DateTimeField(_("reminder sent at"), null=True, blank=True)
    # Recorded after the visit (attendance): counts only, never names.
    pupils_present = models.PositiveSmallIntegerField(
        _("pupils present"), null=True, blank=True
    )
    adults_present = models.PositiveSmallIntegerField(
        _("adults present"), null=True, blank=True
    )
    presence_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("numbers present recorded by"),
    )
    presence_recorded_at = models.DateTimeField(
        _("numbers present recorded at"), null=True, blank=True
    )

    objects = TeachersManager()
    records = GroupBookingQuerySet.as_manager()  # anonymous rows included

    class Meta:
        verbose_name = _("class visit booking")
        verbose_name_plural = _("class visit bookings")
        base_manager_name = "records"
        ordering = ["created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(pupils__gte=1), name="group_booking_has_pupils"
            ),
            models.UniqueConstraint(
                fields=["event", "school", "class_name"],
                condition=Q(status__in=["requested", "proposed", "confirmed"]),
                name="one_holding_booking_per_class_and_slot",
            ),
        ]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        school = self.school.name if self.school_id else ""
        return f"{self.class_name}, {school} – {self.event}"

    def save(self, *args, **kwargs):
        if self._state.adding and self.school_id:
            self.take_snapshot()
        super().save(*args, **kwargs)

    def take_snapshot(self):
        """The school's type, country and pseudonym: all the figures ever need of it."""
        school = self.school
        self.school_type, self.school_country = school.school_type, school.country
        self.school_pseudonym = school.pseudonym

    @property
    def seats(self):
        return self.pupils + self.adults

    @property
    def holds_seats(self):
        return self.status in self.HOLDING


class Attendance(models.Model):
    """One participant at one session: present, late, excused or absent, and who said
    so when. Changes are kept in AttendanceChange; marks go through events.attendance."""

    class Status(models.TextChoices):
        PRESENT = "present", _("present")
        LATE = "late", _("late")
        EXCUSED = "excused", _("excused")
        ABSENT = "absent", _("absent")

    class Method(models.TextChoices):
        TAP = "tap", _("by tap")
        SCAN = "scan", _("by ticket code")
        CLOSING = "closing", _("when closing the session")
        CORRECTION = "correction", _("correction by staff")

    ATTENDED = (Status.PRESENT, Status.LATE)

    registration = models.ForeignKey(
        Registration,
        on_delete=models.CASCADE,
        related_name="attendances",
        verbose_name=_("registration"),
    )
    session = models.ForeignKey(
        Session,
        on_delete=models.CASCADE,
        related_name="attendances",
        verbose_name=_("session"),
    )
    status = models.CharField(_("attendance"), max_length=8, choices=Status)
    method = models.CharField(_("recorded"), max_length=12, choices=Method)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("marked by"),
    )
    marked_at = models.DateTimeField(_("marked at"), default=timezone.now)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "session"],
                name="one_attendance_per_registration_and_session",
            ),
        ]

    def __str__(self):
        return f"{self.registration} @ {self.session.starts_at:%Y-%m-%d %H:%M}"


class AttendanceChange(models.Model):
    """The audit trail: every mark and every correction, never edited or deleted
    (only the reason, a free text, is cleared with the date's other personal data:
    see events.retention)."""

    attendance = models.ForeignKey(
        Attendance, on_delete=models.CASCADE, related_name="changes"
    )
    previous_status = models.CharField(
        _("before"), max_length=8, choices=Attendance.Status, blank=True
    )
    status = models.CharField(_("after"), max_length=8, choices=Attendance.Status)
    method = models.CharField(_("recorded"), max_length=12, choices=Attendance.Method)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("changed by"),
    )
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)
    reason = models.TextField(_("reason"), blank=True)

    class Meta:
        verbose_name = _("attendance change")
        verbose_name_plural = _("attendance changes")
        ordering = ["changed_at", "pk"]


class WalkIn(models.Model):
    """Someone who came to a session without a registration: counted, and linked to a
    participant later if they register."""

    session = models.ForeignKey(
        Session,
        on_delete=models.CASCADE,
        related_name="walk_ins",
        verbose_name=_("session"),
    )
    first_name = models.CharField(_("first name"), max_length=100)
    last_name = models.CharField(_("last name"), max_length=100, blank=True)
    birth_year = models.PositiveSmallIntegerField(
        _("year of birth"), null=True, blank=True
    )
    participant = models.ForeignKey(
        "people.Participant",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="walk_ins",
        verbose_name=_("participant"),
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("added by"),
    )
    added_at = models.DateTimeField(_("added at"), default=timezone.now)
    # The one-time key of the form that added this walk-in: the same form sent again
    # (a double tap, a reload) finds this row instead of adding the person twice.
    form_token = models.UUIDField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("walk-in")
        verbose_name_plural = _("walk-ins")
        ordering = ["added_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "form_token"], name="walk_in_once_per_form"
            )
        ]

    def __str__(self):
        return f"{self.first_name} {self.last_name}".strip()
