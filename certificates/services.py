"""Who may have a certificate, and issuing, revoking and re-issuing one. The admin,
the background tasks and the tests all come through here.

The rule comes from the course: a kind (none, children, formal, class) and the share
of sessions a participant must have attended (present or late), checked once the
event has ended. Issuing is idempotent: a registration has at most one valid
certificate, and asking again returns it.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal
from functools import partial

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from courses.models import CoursePage
from events.emails import course_in
from events.models import Attendance, Event, GroupBooking, Registration
from mint.mail import absolute_url, language_of, organisation

from .models import Certificate, IssueRun, normalise_code

Kind = CoursePage.CertificateKind

REASONS = {
    "eligible": _("Meets the rule."),
    "issued": _("Already has a valid certificate."),
    "no_certificate": _("This course has no certificates."),
    "not_confirmed": _("The registration is not confirmed."),
    "not_ended": _("The date has not ended yet."),
    "no_sessions": _("The date has no sessions."),
    "attendance": ngettext_lazy(
        "Attended %(attended)s of %(total)s session; %(needed)s%% needed.",
        "Attended %(attended)s of %(total)s sessions; %(needed)s%% needed.",
        "total",
    ),
    "not_confirmed_class": _("The class visit was not confirmed."),
    "no_presence": _("The numbers present have not been recorded."),
}

BILINGUAL = ("pl", "cs")  # German plus one neighbour's language on one page


class NotEligible(Exception):
    def __init__(self, eligibility):
        super().__init__(str(eligibility.reason))
        self.eligibility = eligibility


class RevocationRefused(Exception):
    pass


@dataclass(frozen=True)
class Eligibility:
    code: str
    attended: int = 0
    total: int = 0
    needed: int = 0

    @property
    def ok(self):
        return self.code == "eligible"

    @property
    def reason(self):
        return REASONS[self.code] % {
            "attended": self.attended,
            "total": self.total,
            "needed": self.needed,
        }


def judge(event, registration_status, attended, total, has_certificate, now=None):
    """The rule itself, on plain numbers, so bulk lists and single checks agree."""
    course = event.course
    needed = course.certificate_min_attendance
    numbers = {"attended": attended, "total": total, "needed": needed}
    if course.certificate_kind in (Kind.NONE, Kind.CLASS):
        return Eligibility("no_certificate", **numbers)
    if has_certificate:
        return Eligibility("issued", **numbers)
    if registration_status != Registration.Status.CONFIRMED:
        return Eligibility("not_confirmed", **numbers)
    if not total:
        return Eligibility("no_sessions", **numbers)
    if not event.ends_at or event.ends_at > (now or timezone.now()):
        return Eligibility("not_ended", **numbers)
    if attended * 100 < needed * total:
        return Eligibility("attendance", **numbers)
    return Eligibility("eligible", **numbers)


def with_attendance(registrations):
    """Annotate `sessions_total`, `sessions_attended` and `has_certificate`."""
    return registrations.annotate(
        sessions_total=Count("event__sessions", distinct=True),
        sessions_attended=Count(
            "attendances",
            filter=Q(attendances__status__in=Attendance.ATTENDED),
            distinct=True,
        ),
        has_certificate=Exists(
            Certificate.objects.valid().filter(registration=OuterRef("pk"))
        ),
    )


def eligibility(registration, now=None) -> Eligibility:
    row = with_attendance(Registration.objects.filter(pk=registration.pk)).get()
    return _judge_row(registration.event, row, now)


def candidates(event, now=None) -> list[tuple[Registration, Eligibility]]:
    """Every confirmed registration of `event` with its verdict, in two queries."""
    rows = with_attendance(
        event.registrations.confirmed().select_related("participant__guardian")
    ).order_by("participant__last_name", "participant__first_name")
    return [(row, _judge_row(event, row, now)) for row in rows]


def _judge_row(event, row, now):
    return judge(
        event,
        row.status,
        row.sessions_attended,
        row.sessions_total,
        row.has_certificate,
        now,
    )


def class_eligibility(booking, now=None) -> Eligibility:
    course = booking.event.course
    if course.certificate_kind != Kind.CLASS:
        return Eligibility("no_certificate")
    if booking.certificates.valid().exists():
        return Eligibility("issued")
    if booking.status != GroupBooking.Status.CONFIRMED:
        return Eligibility("not_confirmed_class")
    event = booking.event
    if not event.ends_at or event.ends_at > (now or timezone.now()):
        return Eligibility("not_ended")
    if not booking.pupils_present:
        return Eligibility("no_presence")
    return Eligibility("eligible")


def issue(registration, *, by=None, languages=None, now=None, memo=None) -> Certificate:
    """The registration's valid certificate, issued now if it meets the rule.

    `languages`: the languages printed, main first; by default the language of the
    person who registered. `memo`: a dict a bulk run shares, so that what the date
    prints is read once (see `printed_date`). Raises NotEligible with the reason."""
    verdict = eligibility(registration, now)
    if verdict.code == "issued":
        return registration.certificates.valid().get()
    if not verdict.ok:
        raise NotEligible(verdict)
    participant = registration.participant
    languages = languages or [language_of(participant.guardian)]
    content = freeze(
        registration.event,
        languages,
        holder=f"{participant.first_name} {participant.last_name}",
        kind=registration.event.course.certificate_kind,
        attendance=(verdict.attended, verdict.total),
        memo=memo,
    )
    return _create(content, by=by, registration=registration)


def issue_for_class(
    booking, *, by=None, languages=None, now=None, memo=None
) -> Certificate:
    """The class confirmation of a visit that took place and whose numbers were
    recorded; idempotent like `issue`."""
    verdict = class_eligibility(booking, now)
    if verdict.code == "issued":
        return booking.certificates.valid().get()
    if not verdict.ok:
        raise NotEligible(verdict)
    content = freeze(
        booking.event,
        languages or [booking.language or language_of(booking.teacher)],
        holder=booking.class_name,
        kind=Kind.CLASS,
        school=booking.school.name if booking.school_id else "",
        pupils=booking.pupils_present,
        adults=booking.adults_present or 0,
        memo=memo,
    )
    return _create(content, by=by, group_booking=booking)


def _create(content, *, by, **owner):
    event = (owner.get("registration") or owner.get("group_booking")).event
    try:
        with transaction.atomic():
            certificate = Certificate.objects.create(
                kind=content["kind"],
                event=event,
                holder=content["holder"],
                course_title=content["texts"][content["languages"][0]]["course"],
                language=content["languages"][0],
                second_language=(content["languages"][1:] or [""])[0],
                content=content,
                issued_by=by,
                **owner,
            )
    except IntegrityError:
        # Issued by someone else a moment ago (bulk run and a click at once).
        [(field, value)] = owner.items()
        return Certificate.objects.valid().get(**{field: value})
    transaction.on_commit(partial(_mail, certificate.pk))
    return certificate


def _mail(certificate_id):
    from . import tasks

    tasks.send_certificate_mail.enqueue(certificate_id)


def freeze(event, languages, *, holder, kind, attendance=None, memo=None, **extra):
    """Everything printed, in every language printed, as it is today."""
    return {
        **printed_date(event, languages, memo),
        "kind": str(kind),
        "holder": holder,
        "school": extra.get("school", ""),
        "pupils": extra.get("pupils"),
        "adults": extra.get("adults"),
        "sessions_attended": attendance[0] if attendance else None,
        "sessions_held": attendance[1] if attendance else None,
    }


def printed_date(event, languages, memo=None) -> dict:
    """What every certificate of `event` prints alike: course texts, dates, venue,
    provider, hours and issuer. A bulk run passes a dict as `memo` and reads it once
    per set of languages instead of once per person."""
    key = (event.pk, tuple(languages))
    if memo is not None and key in memo:
        return memo[key]
    course = event.course
    sessions = list(event.sessions.all())
    issuer = organisation()
    hours, unit = _hours(course, sessions)
    first = timezone.localtime(sessions[0].starts_at).date() if sessions else None
    last = timezone.localtime(sessions[-1].starts_at).date() if sessions else None
    printed = {
        "languages": list(languages),
        "texts": {language: _texts(course, language) for language in languages},
        "first_date": first and first.isoformat(),
        "last_date": last and last.isoformat(),
        "venue": ", ".join(filter(None, [event.venue.name, event.venue.town])),
        "provider": course.provider.name if course.provider_id else "",
        "hours": hours,
        "hours_unit": unit,
        "issuer": {
            "name": issuer.name_in(languages[0]),
            "address": issuer.address,
            "signatory": issuer.signatory,
            "signatory_role": issuer.signatory_role_in(languages[0]),
        },
        "issued_on": timezone.localdate().isoformat(),
    }
    if memo is not None:
        memo[key] = printed
    return printed


def _texts(course, language):
    """Title and outcomes from the course's published translation into `language`,
    or the original where there is none."""
    page = course_in(language, course)
    outcomes = [line.strip() for line in page.learning_outcomes.splitlines()]
    return {"course": page.title, "outcomes": [line for line in outcomes if line]}


def _hours(course, sessions):
    """The course's stated hours, or else the clock hours of the sessions."""
    if course.hours is not None:
        return str(course.hours), str(course.hours_unit)
    total = sum(session.duration_hours for session in sessions)
    return (f"{total:.1f}" if sessions else None), str(CoursePage.HoursUnit.CLOCK)


def revoke(certificate, *, by, reason, replaced_by=None):
    """Withdraw a certificate for good; the reason is kept and shown to verifiers as
    the date only."""
    reason = (reason or "").strip()
    if not reason:
        raise RevocationRefused(_("Please give a reason for the revocation."))
    if certificate.is_revoked:
        raise RevocationRefused(_("This certificate has already been revoked."))
    certificate.revoked_at = timezone.now()
    certificate.revoked_by = by
    certificate.revocation_reason = reason
    certificate.replaced_by = replaced_by
    certificate.save(
        update_fields=["revoked_at", "revoked_by", "revocation_reason", "replaced_by"]
    )
    return certificate


@transaction.atomic
def reissue(certificate, *, by, reason, languages=None):
    """A new certificate from today's data (e.g. a corrected name); the old one is
    revoked and points to the new one."""
    old = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if old.is_revoked:
        raise RevocationRefused(_("This certificate has already been revoked."))
    if not (old.registration_id or old.group_booking_id):
        raise RevocationRefused(
            _("The registration behind this certificate no longer exists.")
        )
    revoke(old, by=by, reason=reason)
    languages = languages or old.content["languages"]
    if old.registration_id:
        new = issue(old.registration, by=by, languages=languages)
    else:
        new = issue_for_class(old.group_booking, by=by, languages=languages)
    old.replaced_by = new
    old.save(update_fields=["replaced_by"])
    return new


WITHDRAWN_ON_DELETION = _(
    "Withdrawn at the holder's request when their personal data were deleted."
)


@transaction.atomic
def holder_leaves(certificates, *, keep):
    """The person (or teacher) behind `certificates` has their data deleted. If
    `keep`, valid certificates stay as they are, name included, so that the paper can
    still be checked; else they are withdrawn. A withdrawn certificate confirms
    nothing, so it no longer keeps the name (nor a class's school) either."""
    for certificate in certificates.select_for_update():
        if not keep and not certificate.is_revoked:
            certificate.withdrawn_by_holder = True
            revoke(certificate, by=None, reason=str(WITHDRAWN_ON_DELETION))
        if certificate.is_revoked:
            certificate.holder = ""
            certificate.content = {**certificate.content, "holder": "", "school": ""}
            certificate.save(update_fields=["holder", "content", "withdrawn_by_holder"])


def languages_for(choice):
    """The printed languages for an admin's choice: German with a neighbour's language
    (for recognition across the border), or None for each holder's own."""
    return [settings.LANGUAGE_CODE, choice] if choice in BILINGUAL else None


def start_run(event, *, by, bilingual="") -> IssueRun:
    """Queue bulk issuing for everyone eligible on `event`; progress is in the run."""
    run = IssueRun.objects.create(
        event=event, started_by=by, total=event.registrations.confirmed().count()
    )
    from . import tasks

    transaction.on_commit(
        partial(tasks.issue_for_event.enqueue, run.pk, bilingual=bilingual)
    )
    return run


PROGRESS_EVERY = 25


def run_issue(run_id, *, bilingual="", now=None):
    """The work of a bulk run: issue to every eligible registration, noting progress
    every few so that the admin page can show it."""
    run = IssueRun.objects.select_related("event__course").get(pk=run_id)
    run.status = IssueRun.Status.RUNNING
    run.save(update_fields=["status"])
    try:
        rows = candidates(run.event, now)
        run.total = len(rows)
        memo = {}
        for number, (registration, verdict) in enumerate(rows, start=1):
            if verdict.ok:
                issue(
                    registration,
                    by=run.started_by,
                    languages=languages_for(bilingual),
                    now=now,
                    memo=memo,
                )
                run.issued += 1
            run.done = number
            if number % PROGRESS_EVERY == 0:
                run.save(update_fields=["total", "done", "issued"])
    except Exception:
        run.status = IssueRun.Status.FAILED
        run.finished_at = timezone.now()
        run.save(update_fields=["status", "total", "done", "issued", "finished_at"])
        raise
    run.status = IssueRun.Status.DONE
    run.finished_at = timezone.now()
    run.save(update_fields=["status", "total", "done", "issued", "finished_at"])
    return run


def due_events(now=None, within=datetime.timedelta(days=7)):
    """Ended dates of courses that issue automatically, ended within `within`."""
    now = now or timezone.now()
    return Event.objects.filter(
        status=Event.Status.SCHEDULED,
        course__certificates_automatic=True,
        ends_at__lte=now,
        ends_at__gte=now - within,
    ).exclude(course__certificate_kind=Kind.NONE)


def issue_due(now=None) -> int:
    """Automatic issuing (run hourly): certificates for everyone who met the rule on
    a recently ended date, and class confirmations; returns how many were issued."""
    issued = 0
    for event in due_events(now).select_related("course"):
        if event.course.certificate_kind == Kind.CLASS:
            bookings = event.group_bookings.select_related("event__course", "school")
            verdicts = [(b, class_eligibility(b, now)) for b in bookings]
            issuing = issue_for_class
        else:
            verdicts = candidates(event, now)
            issuing = issue
        memo = {}
        for row, verdict in verdicts:
            if verdict.ok:
                issuing(row, now=now, memo=memo)
                issued += 1
    return issued


def find(code):
    """The certificate with this code as typed (any case, dashes), or None."""
    code = normalise_code(code)
    if len(code) != 26:
        return None
    return Certificate.objects.filter(code=code).first()


def verify_url(certificate) -> str:
    """The short, language-neutral address printed in the QR code."""
    return absolute_url(f"/certificates/verify/{certificate.code}/")


def facts(certificate) -> dict:
    """What a certificate confirms, as printed, for pages: the verification page, the
    holder's list and the admin."""
    printed = certificate.content
    hours = printed.get("hours")
    return {
        "holder": printed["holder"],
        "school": printed.get("school", ""),
        "courses": _titles(printed),
        "first_date": _date(printed.get("first_date")),
        "last_date": _date(printed.get("last_date")),
        "hours": hours and Decimal(hours).normalize(),
        "hours_unit": CoursePage.HoursUnit(printed["hours_unit"]).label,
        "issuer": printed["issuer"]["name"],
        "issued_on": _date(printed["issued_on"]),
    }


def _titles(printed):
    """(language, course title) as printed, a title the same in both languages once."""
    titles = {}
    for language in printed["languages"]:
        titles.setdefault(printed["texts"][language]["course"], language)
    return [(language, title) for title, language in titles.items()]


def _date(text):
    return text and datetime.date.fromisoformat(text)
