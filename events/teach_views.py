"""Taking attendance, phone in hand: an instructor's sessions of the week, the roster of
one session, marks by tap, closing a session, walk-ins and the numbers of a class.

The rules are events.attendance's; these views ask it and turn its answers into pages,
redirects or – for static/js/roster.js, which asks with `Accept: application/json` –
JSON. Someone else's session is a 404 on every URL, like a session that does not exist.
"""

import datetime

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from mint.people.models import age_on
from mint.people.second_factor import shows_personal_data

from . import attendance, visits
from .attendance import AttendanceError
from .catalogue import localize_courses, localized_venues
from .models import (
    INSTRUCTORS_GROUP,
    Attendance,
    Event,
    GroupBooking,
    Registration,
    Session,
)
from .teach_forms import PresenceForm, WalkInForm

# My sessions: the next days, and earlier sessions while they can still be marked.
DAYS_AHEAD = 7
# Ids beyond a 64-bit integer cannot exist; the database would not even take them.
LARGEST_ID = 2**63 - 1
# A failed mark outside the time window is a refusal (403); a bad input is a 400.


@shows_personal_data
@never_cache
@login_required
def my_sessions(request):
    """This week's sessions of the user's events (any event's, for coordinators)."""
    user = request.user
    coordinator = attendance.is_coordinator(user)
    teaches = user.taught_events.exists()
    if not (
        coordinator or teaches or user.groups.filter(name=INSTRUCTORS_GROUP).exists()
    ):
        raise Http404
    default = "mine" if teaches else "all"
    show_all = coordinator and request.GET.get("show", default) == "all"
    events = Event.objects.all() if show_all else Event.objects.filter(instructors=user)
    now = timezone.now()
    today = timezone.localdate(now)
    sessions = list(
        _with_counts(
            Session.objects.filter(
                event__in=events.filter(status=Event.Status.SCHEDULED),
                ends_at__gte=now - settings.ATTENDANCE_WINDOW_AFTER,
                starts_at__lt=_midnight(today + datetime.timedelta(days=DAYS_AHEAD)),
            )
        )
        .select_related("event__course", "event__venue")
        .order_by("starts_at", "pk")
    )
    localize_courses(session.event for session in sessions)
    venues = localized_venues(
        {session.event.venue.translation_key for session in sessions}
    )
    days = []
    for session in sessions:
        session.venue = venues.get(
            session.event.venue.translation_key, session.event.venue
        )
        session.open = max(session.confirmed - session.marked, 0)
        session.is_now = session.starts_at <= now < session.ends_at
        day = timezone.localdate(session.starts_at)
        if not days or days[-1]["date"] != day:
            days.append({"date": day, "label": _day_label(day, today), "sessions": []})
        days[-1]["sessions"].append(session)
    context = {
        "days": days,
        "coordinator": coordinator,
        "show_all": show_all,
        "teaches": teaches,
    }
    return render(request, "events/teach/my_sessions.html", context)


@shows_personal_data
@never_cache
@login_required
def roster(request, session_id):
    session = session_or_404(request, session_id)
    return render(request, "events/teach/roster.html", _roster(request, session))


@shows_personal_data
@never_cache
@login_required
@require_POST
def mark(request, session_id):
    """One tap: a participant's mark. A form post redirects back to the row; a fetch
    gets the new status and counts as JSON."""
    wants_json = prefers_json(request)
    try:
        session = session_or_404(request, session_id)
        registration_id = _id(request.POST.get("registration"))
    except Http404:
        return _not_found(wants_json)
    status = request.POST.get("status", "")
    back = f"{reverse('events:roster', args=[session.pk])}#r{registration_id}"
    if status not in Attendance.Status.values:
        error = AttendanceError(
            _("Please choose present, late, excused or absent."), code="status"
        )
        return _refuse(request, error, back, wants_json)
    try:
        marked = attendance.mark(
            session,
            registration_id,
            status,
            by=request.user,
            reason=posted_reason(request),
        )
    except Registration.DoesNotExist:
        return _not_found(wants_json)
    except AttendanceError as error:
        return _refuse(request, error, back, wants_json)
    if wants_json:
        return JsonResponse(
            {
                "registration": registration_id,
                "status": marked.status,
                "label": marked.get_status_display(),
                "counts": attendance.counts(session),
            }
        )
    return redirect(back)


@shows_personal_data
@never_cache
@login_required
def close_session(request, session_id):
    """Everyone not marked yet is absent: a confirmation page, then the post."""
    session = session_or_404(request, session_id)
    back = reverse("events:roster", args=[session.pk])
    if request.method == "POST":
        try:
            count = attendance.mark_remaining_absent(
                session, by=request.user, reason=posted_reason(request)
            )
        except AttendanceError as error:
            messages.error(request, error.message)
        else:
            if count:
                messages.success(
                    request,
                    ngettext(
                        "%(count)s participant marked absent.",
                        "%(count)s participants marked absent.",
                        count,
                    )
                    % {"count": count},
                )
            else:
                messages.info(
                    request, _("Everyone was already marked; nothing changed.")
                )
        return redirect(back)
    unmarked = (
        session.event.registrations.confirmed()
        .exclude(attendances__session=session)
        .select_related("participant")
        .order_by("participant__first_name", "participant__last_name", "pk")
    )
    context = {
        **heading(session),
        **window_state(session, request.user),
        "unmarked": list(unmarked),
    }
    return render(request, "events/teach/close.html", context)


@shows_personal_data
@never_cache
@login_required
def walk_in(request, session_id):
    """Someone came without a registration: a name (and a year of birth) to list."""
    session = session_or_404(request, session_id)
    form = WalkInForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            person = attendance.add_walk_in(
                session, by=request.user, **form.cleaned_data
            )
        except AttendanceError as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request, _("%(name)s is on the list as a walk-in.") % {"name": person}
            )
            return redirect(f"{reverse('events:roster', args=[session.pk])}#walk-ins")
    context = {
        **heading(session),
        **window_state(session, request.user),
        "form": form,
    }
    return render(request, "events/teach/walk_in.html", context)


@shows_personal_data
@never_cache
@login_required
def group_presence(request, session_id, booking_id):
    """How many of a booked class came (numbers only, never names)."""
    session = session_or_404(request, session_id)
    try:
        booking = session.event.group_bookings.select_related("school").get(
            pk=_id(booking_id), status=GroupBooking.Status.CONFIRMED
        )
    except GroupBooking.DoesNotExist:
        raise Http404 from None
    if request.method == "POST":
        form = PresenceForm(request.POST)
    else:
        form = PresenceForm(initial=_presence_initial(booking))
    if request.method == "POST" and form.is_valid():
        try:
            attendance.record_group_presence(
                booking,
                form.cleaned_data["pupils"],
                form.cleaned_data["adults"],
                by=request.user,
                reason=posted_reason(request),
            )
        except AttendanceError as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request,
                _("Saved for %(class)s. Present: %(numbers)s.")
                % {
                    "class": booking.class_name,
                    "numbers": visits.headcount(
                        booking.pupils_present, booking.adults_present
                    ),
                },
            )
            return redirect(
                f"{reverse('events:roster', args=[session.pk])}#class-{booking.pk}"
            )
    context = {
        **heading(session),
        **window_state(session, request.user),
        "booking": booking,
        "form": form,
    }
    return render(request, "events/teach/group_presence.html", context)


def _roster(request, session):
    """Everything the roster page shows, in a fixed number of queries."""
    event = session.event
    day = timezone.localdate(session.starts_at)
    marks = dict(session.attendances.values_list("registration_id", "status"))
    registrations = (
        event.registrations.confirmed()
        .select_related("participant")
        .order_by("participant__first_name", "participant__last_name", "pk")
    )
    labels = dict(Attendance.Status.choices)
    rows = [
        {
            "registration": registration,
            "participant": registration.participant,
            "age": age_on(registration.participant.birth_date, day),
            "status": marks.get(registration.pk, ""),
            "label": labels.get(marks.get(registration.pk), ""),
        }
        for registration in registrations
    ]
    bookings = [
        {"booking": booking, "initial": _presence_initial(booking)}
        for booking in event.group_bookings.filter(status=GroupBooking.Status.CONFIRMED)
        .select_related("school")
        .order_by("pk")
    ]
    counts = attendance.counts(session)
    count_items = [
        *((value, capfirst(label), counts[value]) for value, label in labels.items()),
        ("open", _("Not marked"), counts["open"]),
        ("walk_ins", _("Walk-ins"), counts["walk_ins"]),
    ]
    return {
        **heading(session),
        **window_state(session, request.user),
        "rows": rows,
        "counts": counts,
        "count_items": count_items,
        "statuses": Attendance.Status.choices,
        "bookings": bookings,
        "walk_ins": list(session.walk_ins.all()),
        "walk_in_form": WalkInForm(),
    }


def heading(session):
    """The session as its pages name it: course (in the reader's language), venue."""
    event = session.event
    localize_courses([event])
    key = event.venue.translation_key
    venue = localized_venues({key}).get(key, event.venue)
    return {"session": session, "event": event, "venue": venue}


def window_state(session, user, now=None):
    """Whether the buttons work now, and what to say when they do not."""
    now = now or timezone.now()
    opens, closes = attendance.window(session)
    state = {"opens": opens, "closes": closes, "needs_reason": False}
    if now < opens:
        return {**state, "window": "upcoming", "can_mark": False}
    if now > closes:
        if attendance.is_coordinator(user):
            return {**state, "window": "closed", "can_mark": True, "needs_reason": True}
        return {
            **state,
            "window": "closed",
            "can_mark": False,
            "closed_message": attendance.MESSAGES["closed"],
        }
    return {**state, "window": "open", "can_mark": True}


def _with_counts(sessions):
    """Sessions with confirmed registrations, marks and class bookings counted by
    subqueries, so a week of sessions costs one query."""
    confirmed = Registration.Status.CONFIRMED

    def count(queryset, group_by):
        return Coalesce(
            Subquery(
                queryset.order_by()
                .values(group_by)
                .annotate(n=Count("pk"))
                .values("n")[:1]
            ),
            0,
        )

    return sessions.annotate(
        confirmed=count(
            Registration.objects.filter(event=OuterRef("event"), status=confirmed),
            "event",
        ),
        marked=count(
            Attendance.objects.filter(
                session=OuterRef("pk"), registration__status=confirmed
            ),
            "session",
        ),
        classes=count(
            GroupBooking.objects.filter(
                event=OuterRef("event"), status=GroupBooking.Status.CONFIRMED
            ),
            "event",
        ),
    )


def session_or_404(request, session_id):
    try:
        return attendance.session_for(request.user, _id(session_id))
    except Session.DoesNotExist:
        raise Http404 from None


def _id(value):
    """A positive database id from a URL or a form, or a 404."""
    try:
        number = int(str(value))
    except (TypeError, ValueError):
        raise Http404 from None
    if not 0 < number <= LARGEST_ID:
        raise Http404
    return number


def posted_reason(request):
    """The reason given for a correction: free text, without the NUL characters that
    nobody types and that PostgreSQL cannot store."""
    return request.POST.get("reason", "").replace("\x00", "")


def _presence_initial(booking):
    """The numbers recorded, or else the numbers booked as a start to correct."""
    if booking.pupils_present is not None:
        return {"pupils": booking.pupils_present, "adults": booking.adults_present}
    return {"pupils": booking.pupils, "adults": booking.adults}


def _day_label(day, today):
    offset = (day - today).days
    return {-1: _("Yesterday"), 0: _("Today"), 1: _("Tomorrow")}.get(offset, "")


def _midnight(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


def prefers_json(request):
    preferred = request.get_preferred_type(["text/html", "application/json"])
    return preferred == "application/json"


def _not_found(wants_json):
    if not wants_json:
        raise Http404
    return JsonResponse(
        {
            "error": _("Not found: this is not a participant of one of your sessions."),
            "code": "not_found",
        },
        status=404,
    )


def _refuse(request, error, back, wants_json):
    """An AttendanceError: JSON for the script, a message on the roster otherwise."""
    if wants_json:
        return JsonResponse(
            {"error": str(error.message), "code": error.code},
            status=error.http_status,
        )
    messages.error(request, error.message)
    return redirect(back)
