"""Check-in by ticket code, phone in hand: the scan page and the endpoint it posts to.

The rules are events.attendance's. static/js/scan.js posts each code with
`Accept: application/json` and gets the result as JSON (or keeps the code on the device
while offline); without JavaScript the form posts, and the result comes back to the scan
page through the messages framework. Someone else's session is a 404, as on the roster.
Codes replayed from the offline queue carry the time they were scanned (`scanned_at`);
staff after the session's window add a reason, which the page keeps for the next code.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from mint.people.models import age_on
from mint.people.second_factor import shows_personal_data

from . import attendance
from .attendance import AttendanceError, CheckIn
from .models import GroupBooking, Registration
from .teach_views import (
    heading,
    posted_reason,
    prefers_json,
    session_or_404,
    window_state,
)

# Marks a message as the result of a check-in (see _last_result).
TAG = "check-in"

# The line above the name in the result area; the service's message follows below.
TITLES = {
    "ready": gettext_lazy("Ready to scan"),
    "ok": gettext_lazy("Checked in"),
    "again": gettext_lazy("Already checked in"),
    "class": gettext_lazy("Class visit"),
    "wrong_event": gettext_lazy("Not checked in"),
    "cancelled": gettext_lazy("Not checked in"),
    "unknown": gettext_lazy("Not checked in"),
    "malformed": gettext_lazy("Not checked in"),
    "error": gettext_lazy("Check-in not possible"),
    "queued": gettext_lazy("Saved – will be sent when online"),
}
# What only the script says; the page hands these over in one JSON block.
SCRIPT_TEXTS = {
    "queued": gettext_lazy(
        "No connection. The code is stored on this device and sent as soon as the "
        "connection is back."
    ),
    "signed_out": gettext_lazy(
        "Your sign-in has expired. Please reload the page and sign in again; saved "
        "codes stay on this device."
    ),
    "failed": gettext_lazy("The server gave an unexpected answer. Please try again."),
    "waiting": gettext_lazy("Saved codes waiting to be sent: %(count)s"),
    "all_sent": gettext_lazy("All saved codes have been sent."),
    "sent_later": gettext_lazy("saved offline, sent later"),
    "camera_start": gettext_lazy("Scan with the camera"),
    "camera_stop": gettext_lazy("Stop the camera"),
    "camera_failed": gettext_lazy(
        "The camera could not be started. Please allow camera access, or type the code."
    ),
}
LEVELS = {"green": messages.SUCCESS, "amber": messages.WARNING, "red": messages.ERROR}
# Where a plain form's reason for corrections waits for the next code (per session).
REASON_KEY = "check-in-reason-%s"


@shows_personal_data
@never_cache
@login_required
def scan(request, session_id):
    """The scan page: the last result, the code field, the camera."""
    session = session_or_404(request, session_id)
    last, other_messages = _last_result(request, session)
    window = window_state(session, request.user)
    context = {
        **heading(session),
        **window,
        "reason": (
            request.session.get(REASON_KEY % session.pk, "")
            if window["needs_reason"]
            else ""
        ),
        "last": last or _ready(),
        # The check-in result shows in the result area, not again at the top.
        "messages": other_messages,
        "texts": {
            **{f"title_{name}": str(text) for name, text in TITLES.items()},
            **{name: str(text) for name, text in SCRIPT_TEXTS.items()},
        },
    }
    return render(request, "events/teach/scan.html", context)


@shows_personal_data
@never_cache
@require_POST
def check_in(request, session_id):
    """One code, typed, scanned or replayed from the offline queue: JSON for the
    script, a redirect back to the scan page for a plain form."""
    wants_json = prefers_json(request)
    scan_url = reverse("events:scan", args=[session_id])
    if not request.user.is_authenticated:
        # The script keeps its queue on a 401 instead of following a login redirect.
        if wants_json:
            return JsonResponse(
                _error("signed_out", SCRIPT_TEXTS["signed_out"]), status=401
            )
        return redirect_to_login(scan_url)
    try:
        session = session_or_404(request, session_id)
    except Http404:
        if not wants_json:
            raise
        return JsonResponse(
            _error("not_found", _("This is not one of your sessions.")), status=404
        )
    reason = posted_reason(request)
    if reason.strip() and not wants_json:
        request.session[REASON_KEY % session.pk] = reason.strip()
    try:
        outcome = attendance.check_in(
            session,
            request.POST.get("code", ""),
            by=request.user,
            reason=reason,
            scanned_at=_scanned_at(request),
        )
    except AttendanceError as error:
        if wants_json:
            return JsonResponse(
                _error(error.code, error.message), status=error.http_status
            )
        messages.error(request, error.message, extra_tags=f"{TAG} error")
        return redirect(scan_url)
    if wants_json:
        return JsonResponse(_payload(outcome, session))
    messages.add_message(
        request,
        LEVELS[outcome.colour],
        _summary(outcome),
        extra_tags=" ".join([TAG, outcome.result, *_references(outcome)]),
    )
    return redirect(scan_url)


def _scanned_at(request):
    """The time the phone says it scanned the code (ISO 8601), or None if it sent none
    or nonsense; attendance.scan_time decides whether to believe it."""
    try:
        return parse_datetime(request.POST.get("scanned_at", "")[:64])
    except ValueError:
        return None


def _payload(outcome: CheckIn, session) -> dict:
    """A check-in result as the script and the page show it."""
    registration, booking = outcome.registration, outcome.booking
    age = outcome.age
    return {
        "result": outcome.result,
        "colour": outcome.colour,
        "title": str(TITLES[outcome.result]),
        "message": str(outcome.message),
        "name": str(registration.participant) if registration else None,
        "age": age,
        "age_label": (
            ngettext("%(age)s year", "%(age)s years", age) % {"age": age}
            if age is not None
            else ""
        ),
        "booking": _booking(booking, session, outcome.result) if booking else None,
    }


def _booking(booking, session, result):
    return {
        "id": booking.pk,
        "label": _("Class %(class)s, %(school)s")
        % {"class": booking.class_name, "school": booking.school.name},
        "pupils": booking.pupils,
        "adults": booking.adults,
        # Only a class expected here gets the link to record its numbers.
        "url": (
            reverse("events:group_presence", args=[session.pk, booking.pk])
            if result == "class"
            else ""
        ),
        "link_text": _("Enter the numbers present"),
    }


def _error(code, message) -> dict:
    return {
        "result": "error",
        "code": code,
        "colour": "red",
        "title": str(TITLES["error"]),
        "message": str(message),
        "name": None,
        "age": None,
        "age_label": "",
        "booking": None,
    }


def _ready() -> dict:
    return {
        "result": "ready",
        "colour": "neutral",
        "title": str(TITLES["ready"]),
        "message": _("Scan a ticket or type its code."),
    }


def _summary(outcome: CheckIn) -> str:
    """The message text, readable wherever it shows: name, then the result."""
    who = outcome.registration.participant if outcome.registration else None
    if who is None and outcome.booking is not None:
        who = outcome.booking.class_name
    if who is None:
        return str(outcome.message)
    return f"{who}: {outcome.message}"


def _references(outcome: CheckIn) -> list:
    """Which registration or booking a form post was about, for the page after it."""
    if outcome.registration is not None:
        return [f"registration-{outcome.registration.pk}"]
    if outcome.booking is not None:
        return [f"booking-{outcome.booking.pk}"]
    return []


def _last_result(request, session):
    """Split the pending messages: the newest check-in result (rebuilt as the script
    would get it) and the others, which the page shows as usual. Reading them all marks
    them seen."""
    last, others = None, []
    for message in messages.get_messages(request):
        tags = message.extra_tags.split() if message.extra_tags else []
        if not tags or tags[0] != TAG:
            others.append(message)
        elif tags[1:2] == ["error"]:
            last = _error("", message.message)
        else:
            last = _rebuild(tags[1:], session)
    return last, others


def _rebuild(tags, session):
    """A result from the message tags, which this site wrote: the message storage is
    signed, so the ids cannot be someone's guesses."""
    result = tags[0] if tags and tags[0] in attendance.CHECK_IN_RESULTS else "unknown"
    registration = booking = age = None
    for tag in tags[1:]:
        kind, _sep, pk = tag.partition("-")
        if kind == "registration" and pk.isdigit():
            registration = (
                Registration.objects.select_related("participant")
                .filter(pk=int(pk))
                .first()
            )
            if registration is not None:
                age = age_on(registration.participant.birth_date, timezone.localdate())
        elif kind == "booking" and pk.isdigit():
            booking = (
                GroupBooking.objects.select_related("school").filter(pk=int(pk)).first()
            )
    return _payload(CheckIn(result, registration, booking, age), session)
