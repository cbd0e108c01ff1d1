"""Class visits on the website: find a free slot, book it for a class, look after the
booking. Thin views: every rule and every write is events.visits'."""

import calendar
import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from wagtail.models import Page

from courses.models import CoursePage
from mint.people.models import School

from . import catalogue, visit_documents, visits
from .catalogue import FIRST_YEAR, LAST_YEAR
from .models import Event, GroupBooking, Session
from .visit_forms import ClassVisitForm, NumbersForm, SlotFilterForm

Status = GroupBooking.Status

SLOTS_PER_PAGE = 30
VIEWS = ("list", "calendar")
GROUPS = ("programme", "date")

STATUS_TITLES = {
    Status.REQUESTED: gettext_lazy("Requested – not yet confirmed"),
    Status.PROPOSED: gettext_lazy("Another date proposed – please answer"),
    Status.CONFIRMED: gettext_lazy("Confirmed"),
    Status.DECLINED: gettext_lazy("Declined"),
    Status.CANCELLED: gettext_lazy("Cancelled"),
}
STATUS_HELP = {
    Status.REQUESTED: gettext_lazy(
        "Your request has arrived. The organisers check it and confirm it by e-mail; "
        "until then the places are held for your class."
    ),
    Status.PROPOSED: gettext_lazy(
        "The organisers cannot offer the date you asked for and propose the date "
        "below instead. The places are held for your class until you answer."
    ),
    Status.CONFIRMED: gettext_lazy(
        "Your class is expected. Please bring the confirmation with its QR code, "
        "printed or on a phone."
    ),
    Status.DECLINED: gettext_lazy("The organisers could not accept this request."),
    Status.CANCELLED: gettext_lazy(
        "This booking is cancelled; its places are free again."
    ),
}


# The slot finder


def finder(request):
    """Free slots of all class-visit programmes, as a list or a month calendar."""
    form = SlotFilterForm(request.GET)
    criteria = form.criteria()
    programme = _programme(form.cleaned_data.get("course"))
    slots = catalogue.filter_class_visit_slots(
        catalogue.class_visit_slots(),
        course_key=programme.translation_key if programme else None,
        **criteria,
    ).select_related("course", "venue")
    if form.cleaned_data.get("course") and programme is None:
        slots = slots.none()  # an unknown programme matches nothing, not everything
    view = request.GET.get("view") if request.GET.get("view") in VIEWS else "list"
    context = {
        "form": form,
        "view": view,
        "programme": programme,
        "list_url": _query(request, view=None, month=None, page=None),
        "calendar_url": _query(request, view="calendar", page=None),
        "without_programme_url": _query(request, course=None, page=None),
    }
    if view == "calendar":
        context.update(_calendar(request, slots, criteria))
    else:
        context.update(_slot_list(request, slots))
    return render(request, "events/visits/finder.html", context)


def _programme(page_id):
    """The programme of `?course=`, in the reader's language where translated."""
    if not page_id:
        return None
    page = CoursePage.objects.filter(
        pk=page_id, format=CoursePage.Format.CLASS_VISIT
    ).first()
    if page is None:
        return None
    localized = (
        Page.objects.filter(
            translation_key=page.translation_key,
            locale__language_code=get_language(),
        )
        .live()
        .first()
    )
    return localized or page


def _slot_list(request, slots):
    group = (
        request.GET.get("group") if request.GET.get("group") in GROUPS else "programme"
    )
    if group == "programme":
        slots = catalogue.by_programme(slots)
    else:
        slots = slots.order_by("starts_at", "pk")
    slots = slots.prefetch_related("course__topics")
    paginator = Paginator(slots, SLOTS_PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    rows = catalogue.prepare_slots(page.object_list)
    for slot in rows:
        slot.grades = visits.grade_range(slot.course)
    return {
        "group": group,
        "slots": rows,
        "page_obj": page,
        "result_count": paginator.count,
        "page_range": paginator.get_elided_page_range(page.number, on_each_side=1),
        "by_programme_url": _query(request, group=None, page=None),
        "by_date_url": _query(request, group="date", page=None),
    }


def _calendar(request, slots, criteria):
    """One month as weeks of days, each day with its free slots."""
    first = _month(request.GET.get("month")) or _month_of(
        criteria.get("date_from") or timezone.localdate()
    )
    following = _add_month(first, 1)
    last = following - datetime.timedelta(days=1)
    date_from, date_to = criteria.get("date_from"), criteria.get("date_to")
    in_month = catalogue.filter_events(
        slots,
        date_from=max(first, date_from) if date_from else first,
        date_to=min(last, date_to) if date_to else last,
    ).order_by("starts_at", "pk")
    rows = catalogue.prepare_slots(in_month.prefetch_related("course__topics"))
    by_day = {}
    for slot in rows:
        slot.grades = visits.grade_range(slot.course)
        by_day.setdefault(slot.day, []).append(slot)
    today = timezone.localdate()
    weeks = [
        [
            {
                "date": day,
                "in_month": day.month == first.month,
                "today": day == today,
                "slots": by_day.get(day, []) if day.month == first.month else [],
            }
            for day in week
        ]
        for week in calendar.Calendar(firstweekday=0).monthdatescalendar(
            first.year, first.month
        )
    ]
    previous = _add_month(first, -1)
    context = {
        "month": first,
        "weeks": weeks,
        "weekdays": weeks[0],
        "result_count": len(rows),
        "next_month": following,
        "next_month_url": _query(request, view="calendar", month=f"{following:%Y-%m}"),
        "previous_month": previous,
        "previous_month_url": (
            _query(request, view="calendar", month=f"{previous:%Y-%m}")
            if first > _month_of(today)
            else ""
        ),
    }
    if not rows:
        later = (
            catalogue.filter_events(slots, date_from=following)
            .order_by("starts_at")
            .values_list("starts_at", flat=True)
            .first()
        )
        if later:
            month = _month_of(timezone.localdate(later))
            context["later_month"] = month
            context["later_month_url"] = _query(
                request, view="calendar", month=f"{month:%Y-%m}"
            )
    return context


def _month(value):
    """The first day of `?month=YYYY-MM`, or None for anything else."""
    try:
        first = datetime.datetime.strptime(value or "", "%Y-%m").date()
    except ValueError:
        return None
    return first if FIRST_YEAR <= first.year <= LAST_YEAR else None


def _month_of(day):
    return day.replace(day=1)


def _add_month(first, months):
    index = first.year * 12 + first.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def _query(request, **changes):
    """The current query string with some parameters changed (None: removed)."""
    query = request.GET.copy()
    for key, value in changes.items():
        query.pop(key, None)
        if value is not None:
            query[key] = value
    return f"?{query.urlencode()}" if query else "?"


# Booking a slot


def _slot_or_404(event_id):
    """A slot of a published class-visit programme with its seats counted; any other
    id is not found."""
    event = (
        Event.objects.with_seats()
        .filter(
            pk=event_id, course__format=CoursePage.Format.CLASS_VISIT, course__live=True
        )
        .select_related("course", "venue")
        .prefetch_related(Prefetch("sessions", Session.objects.order_by("starts_at")))
        .first()
    )
    if event is None:
        raise Http404
    catalogue.localize_courses([event])
    localized = catalogue.localized_venues({event.venue.translation_key})
    event.venue = localized.get(event.venue.translation_key, event.venue)
    event.room_left = max(event.capacity - event.seats_taken, 0)
    return event


def _slot_problems(event):
    """What stands between any class and this slot (closed, past, cancelled)."""
    result = visits.check(event, None, None)
    problems = [p for p in result.problems if p is not visits.MESSAGES["pupils"]]
    if not problems and event.room_left <= 0:
        problems.append(catalogue.SEAT_STATES["full"])
    return problems


def _rules(event):
    """The programme's rules, for the teacher to read next to the form."""
    course = event.course
    starts = event.starts_at
    return {
        "group_min": course.group_min,
        "group_max": course.group_max,
        "pupils_per_adult": course.pupils_per_adult,
        "grades": visits.grade_range(course),
        "refuses_other_grades": course.grade_rule == CoursePage.GradeRule.REFUSE,
        "needs_confirmation": course.bookings_need_confirmation,
        "final_numbers_days": course.final_numbers_days,
        "cancellation_days": course.cancellation_days,
        "final_numbers_until": starts
        and starts - datetime.timedelta(days=course.final_numbers_days),
        "cancellation_until": starts
        and starts - datetime.timedelta(days=course.cancellation_days),
    }


@never_cache
@login_required
def book(request, event_id):
    """Book a slot for one class; a grade outside the programme's range is confirmed
    first where the programme accepts it with a note."""
    event = _slot_or_404(event_id)
    schools = School.objects.for_user(request.user)
    posted = request.method == "POST"
    if posted and request.POST.get("school"):
        if request.POST["school"] not in {
            str(pk) for pk in schools.values_list("pk", flat=True)
        }:
            raise Http404  # another teacher's school: nothing is written
    form = ClassVisitForm(
        request.POST if posted else None, schools=schools, event=event
    )
    warnings = []
    if posted and form.is_valid():
        data = form.cleaned_data
        result = visits.check(event, data["pupils"], data["adults"], data["grade"])
        for problem in result.problems:
            form.add_error(None, problem)
        warnings = result.warnings
        if result.fits and (not warnings or form.grade_confirmed()):
            try:
                booking = visits.request(
                    event_id=event.pk,
                    teacher=request.user,
                    details=visits.ClassDetails(
                        school=data["school"],
                        class_name=data["class_name"].strip(),
                        grade=data["grade"],
                        pupils=data["pupils"],
                        adults=data["adults"],
                        language=data["language"],
                        phone=data["phone"].strip(),
                        accessibility_needs=data["accessibility_needs"].strip(),
                        remarks=data["remarks"].strip(),
                    ),
                )
            except visits.BookingError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, _booked_message(booking))
                return redirect("events:class_visit", booking_id=booking.pk)
    context = {
        "event": event,
        "form": form,
        "has_schools": schools.exists(),
        "slot_problems": [] if posted else _slot_problems(event),
        "warnings": warnings,
        "rules": _rules(event),
        "add_school_url": f"{reverse('people:school_add')}?next={request.path}",
    }
    return render(request, "events/visits/book.html", context)


def _booked_message(booking):
    if booking.status == Status.CONFIRMED:
        return _(
            "Your class visit is booked and confirmed. The confirmation is on its way "
            "by e-mail."
        )
    return _(
        "Your booking request has been sent. It is not yet confirmed: the organisers "
        "will confirm it by e-mail."
    )


# The teacher's bookings


def _bookings(user):
    return GroupBooking.objects.for_user(user).select_related(
        "event__course", "event__venue", "school"
    )


def _booking_or_404(request, booking_id, *, localize=True):
    """One of this teacher's bookings; any other id is not found."""
    booking = get_object_or_404(
        _bookings(request.user).prefetch_related(
            Prefetch("event__sessions", Session.objects.order_by("starts_at"))
        ),
        pk=booking_id,
    )
    if localize:  # documents are written in the teacher's language by themselves
        _localize([booking])
    return booking


def _localize(bookings):
    events = catalogue.localize_courses(booking.event for booking in bookings)
    venues = catalogue.localized_venues(
        {event.venue.translation_key for event in events}
    )
    for event in events:
        event.venue = venues.get(event.venue.translation_key, event.venue)


def _has_ended(booking, now=None):
    ends_at = booking.event.ends_at or booking.event.starts_at
    return ends_at is not None and ends_at <= (now or timezone.now())


@never_cache
@login_required
def bookings(request):
    """Every class visit of this teacher: what is coming first, then the rest."""
    now = timezone.now()
    rows = list(_bookings(request.user).order_by("event__starts_at", "pk"))
    _localize(rows)
    coming, other = [], []
    for booking in rows:
        booking.status_title = STATUS_TITLES[booking.status]
        if booking.holds_seats and not _has_ended(booking, now):
            coming.append(booking)
        else:
            other.append(booking)
    other.reverse()
    context = {"coming": coming, "other": other}
    return render(request, "events/visits/bookings.html", context)


@never_cache
@login_required
def booking_page(request, booking_id):
    booking = _booking_or_404(request, booking_id)
    return _render_booking(request, booking)


def _render_booking(request, booking, numbers_form=None, status=200):
    can_change = visits.can_change_numbers(booking)
    if can_change and numbers_form is None:
        numbers_form = NumbersForm(
            initial={"pupils": booking.pupils, "adults": booking.adults}
        )
    ended = _has_ended(booking)
    context = {
        "booking": booking,
        "event": booking.event,
        "status_title": STATUS_TITLES[booking.status],
        "status_help": STATUS_HELP[booking.status],
        "rules": _rules(booking.event),
        "can_change_numbers": can_change,
        "numbers_form": numbers_form,
        "numbers_deadline": visits.MESSAGES["numbers_deadline"]
        % {"days": booking.event.course.final_numbers_days},
        "can_cancel": visits.can_cancel(booking),
        "cancel_deadline": visits.MESSAGES["cancel_deadline"],
        "has_ended": ended,
        "confirmation_available": booking.status == Status.CONFIRMED,
        "participation_available": booking.status == Status.CONFIRMED and ended,
    }
    return render(request, "events/visits/booking.html", context, status=status)


@never_cache
@login_required
def change_numbers(request, booking_id):
    booking = _booking_or_404(request, booking_id)
    if request.method != "POST":
        return redirect("events:class_visit", booking_id=booking.pk)
    form = NumbersForm(request.POST)
    if form.is_valid():
        try:
            changed = visits.change_numbers(
                booking_id=booking.pk,
                teacher=request.user,
                pupils=form.cleaned_data["pupils"],
                adults=form.cleaned_data["adults"],
            )
        except visits.BookingError as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request,
                _("The numbers are changed: %(numbers)s.")
                % {"numbers": visits.headcount(changed.pupils, changed.adults)},
            )
            return redirect("events:class_visit", booking_id=booking.pk)
    return _render_booking(request, booking, numbers_form=form)


@never_cache
@login_required
def cancel(request, booking_id):
    """Confirm first; then the service cancels, within the programme's deadline."""
    booking = _booking_or_404(request, booking_id)
    if request.method == "POST":
        try:
            visits.cancel(booking_id=booking.pk, teacher=request.user)
        except visits.BookingError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("The class visit is cancelled."))
        return redirect("events:class_visit", booking_id=booking.pk)
    context = {
        "booking": booking,
        "event": booking.event,
        "can_cancel": visits.can_cancel(booking),
        "holds_seats": booking.holds_seats,
        "deadline_message": visits.MESSAGES["cancel_deadline"],
    }
    return render(request, "events/visits/cancel.html", context)


@never_cache
@login_required
@require_POST
def answer_proposal(request, booking_id):
    booking = _booking_or_404(request, booking_id)
    accept = request.POST.get("answer") == "accept"
    try:
        visits.answer_proposal(
            booking_id=booking.pk, teacher=request.user, accept=accept
        )
    except visits.BookingError as error:
        messages.error(request, error.message)
    else:
        if accept:
            messages.success(
                request,
                _(
                    "You have accepted the proposed date. Your class visit is confirmed."
                ),
            )
        else:
            messages.success(
                request,
                _("You have declined the proposed date; the booking is cancelled."),
            )
    return redirect("events:class_visit", booking_id=booking.pk)


@never_cache
@login_required
@require_POST
def reminder(request, booking_id):
    """Turn the e-mail two days before the visit on (`reminder=on`) or off."""
    booking = _booking_or_404(request, booking_id, localize=False)
    wanted = request.POST.get("reminder") == "on"
    visits.set_reminder(booking_id=booking.pk, teacher=request.user, wanted=wanted)
    if wanted:
        messages.success(request, _("You will get a reminder two days before."))
    else:
        messages.success(request, _("You will get no reminder before this visit."))
    return redirect("events:class_visit", booking_id=booking.pk)


@never_cache
@login_required
def confirmation(request, booking_id):
    """The confirmation document with the arrival QR code, once confirmed."""
    booking = _booking_or_404(request, booking_id, localize=False)
    if booking.status != Status.CONFIRMED:
        raise Http404
    return _pdf(visit_documents.confirmation_pdf(booking), booking, "confirmation")


@never_cache
@login_required
def participation(request, booking_id):
    """The class participation confirmation, after a confirmed visit has ended."""
    booking = _booking_or_404(request, booking_id, localize=False)
    if booking.status != Status.CONFIRMED or not _has_ended(booking):
        raise Http404
    return _pdf(visit_documents.participation_pdf(booking), booking, "participation")


def _pdf(content, booking, name):
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="class-visit-{booking.pk}-{name}.pdf"'
    )
    response["Cache-Control"] = "no-store, private"
    return response
