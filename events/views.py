import datetime

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from mint.people.models import Participant
from mint.people.names import sorted_by_name

from . import attendance, booking, calendars, emails
from .catalogue import (
    event_for_calendar,
    event_for_registration,
    localize_courses,
    seat_state,
)
from .forms import RegistrationForm
from .models import Event, Registration


def event_ics(request, event_id):
    """One event's sessions as an iCalendar file, for any calendar app."""
    event = event_for_calendar(event_id)
    if event is None:
        raise Http404
    course_url = event.course.url
    response = HttpResponse(
        calendars.event_calendar(
            event, request.build_absolute_uri(course_url) if course_url else ""
        ),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="event-{event.pk}.ics"'
    return response


@never_cache
@login_required
def register(request, event_id):
    """Choose who comes, see who fits, register: confirmed or on the waiting list."""
    event = event_for_registration(event_id)
    if event is None:
        raise Http404
    participants = sorted_by_name(
        Participant.objects.for_user(request.user), translation.get_language()
    )
    posted = request.POST.getlist("participants") if request.method == "POST" else []
    own = {str(p.pk) for p in participants}
    if any(pk not in own for pk in posted):
        raise Http404  # someone else's participant: nothing is written
    checks = booking.check_participants(event, participants)
    form = RegistrationForm(
        request.POST if request.method == "POST" else None, checks=checks
    )
    if request.method == "POST" and form.is_valid():
        try:
            created = booking.register(
                event_id=event.pk,
                participant_ids=form.cleaned_data["participants"],
                user=request.user,
                together=form.cleaned_data["together"],
                remarks=form.cleaned_data["remarks"],
            )
        except booking.RegistrationError as error:
            form.add_error(None, error.message)
        else:
            for registration in created:
                messages.success(request, _outcome(registration))
            return redirect("events:my_registrations")
    localize_courses([event])
    context = {
        "event": event,
        "event_state": seat_state(event),
        "form": form,
        "checks": checks,
        "list_order_decides": booking.list_order_decides(event, checks),
        "add_participant_url": f"{reverse('people:participant_add')}?next={request.path}",
    }
    return render(request, "events/register.html", context)


@never_cache
@login_required
def my_registrations(request):
    registrations = (
        Registration.objects.for_user(request.user)
        .select_related("event__course", "event__venue", "participant")
        .annotate(**attendance.held_and_attended())
        .order_by("-event__starts_at", "pk")
    )
    rows = list(registrations)
    localize_courses(registration.event for registration in rows)
    now = timezone.now()
    for registration in rows:
        registration.cancellable = booking.can_cancel(registration, now)
        event = registration.event
        # A confirmed seat on a date still ahead: its ticket is shown, and notes for
        # the instructor are asked (see people).
        coming = (
            registration.status == Registration.Status.CONFIRMED
            and event.status == Event.Status.SCHEDULED
            and event.ends_at is not None
            and event.ends_at > now
        )
        registration.asks_notes = coming
        registration.ticket_qr = (
            emails.ticket_qr_data_uri(registration) if coming else ""
        )
    return render(request, "events/my_registrations.html", {"registrations": rows})


@never_cache
@login_required
def cancel_registration(request, registration_id):
    registration = get_object_or_404(
        Registration.objects.for_user(request.user).select_related(
            "event__course", "participant"
        ),
        pk=registration_id,
    )
    if request.method == "POST":
        try:
            booking.cancel(registration_id=registration.pk, user=request.user)
        except booking.RegistrationError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                _("The registration of %(name)s is cancelled.")
                % {"name": registration.participant.first_name},
            )
        return redirect("events:my_registrations")
    localize_courses([registration.event])
    context = {
        "registration": registration,
        "cancellable": booking.can_cancel(registration),
        "deadline_message": booking.MESSAGES["deadline"],
    }
    return render(request, "events/cancel_registration.html", context)


def _outcome(registration):
    name = {"name": registration.participant.first_name}
    if registration.status == Registration.Status.CONFIRMED:
        return (
            _("%(name)s is registered – the confirmation is on its way by e-mail.")
            % name
        )
    return _("%(name)s is on the waiting list at position %(position)s.") % {
        **name,
        "position": registration.waiting_position,
    }


@never_cache
def personal_feed(request, token):
    """All confirmed dates of an account's people, for calendar apps to subscribe to.

    The secret token is the only key; a wrong or rotated one finds nothing (404)."""
    user = get_object_or_404(get_user_model(), calendar_token=token, is_active=True)
    since = timezone.now() - datetime.timedelta(days=30)
    registrations = list(
        Registration.objects.for_user(user)
        .confirmed()
        .filter(event__status=Event.Status.SCHEDULED, event__ends_at__gte=since)
        .select_related("event__course", "event__venue", "participant")
        .prefetch_related("event__sessions")
        .order_by("event__starts_at", "pk")
    )
    with translation.override(user.preferred_language):
        localize_courses(registration.event for registration in registrations)
        body = calendars.personal_calendar(registrations, name=_("My MINT dates"))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "no-store, private"
    return response
