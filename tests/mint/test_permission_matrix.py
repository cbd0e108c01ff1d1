"""Who may do what: every view of the site against every role, in one table.

MATRIX is the table; README.md's section "Who may do what" shows the same lines (see
test_the_readme_shows_the_matrix). `test_who_may_do_what` asks each view as each role
and compares what happened with the cell:

- ok: 200, or a redirect to the page the feature leads to (`done`);
- login: a redirect to the sign-in page;
- denied: 404 Not Found – whatever is not one's own, the instructors' pages for
  those who do not teach, dates of unpublished courses, an unknown calendar address:
  the site never tells whether the object exists;
- admin-denied: the Wagtail admin turns the visitor away with a message, to the sign-in
  page (no admin access) or to the admin's home (no permission for that part).

Someone else's objects are real ones (the parent's child, registration and
certificate, the teacher's school and booking, the learner's certificate); every role
tries the same address. A POST that is not allowed must leave the data as it was, and an
allowed one must have done its work.

The world is built once for the module and every test runs in a transaction inside
it that is rolled back, so a POST never leaks into the next case.
"""

import datetime
import re
import types
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale, Page, Site

from certificates import services
from courses.models import CoursePage
from events.models import INSTRUCTORS_GROUP, Attendance, GroupBooking, Registration
from mint.models import OutgoingMail
from mint.people.models import Participant, User
from tests.factories import (
    ClassVisitFactory,
    CourseIndexPageFactory,
    CoursePageFactory,
    EventFactory,
    GroupBookingFactory,
    HomePageFactory,
    ParticipantFactory,
    RegistrationFactory,
    SchoolFactory,
    UserFactory,
)

README = Path(__file__).resolve().parents[2] / "README.md"

MATRIX = """
| view | anonymous | parent | other parent | teacher | other teacher | learner | instructor | other instructor | coordinator | editor |
|---|---|---|---|---|---|---|---|---|---|---|
| **Public** | | | | | | | | | | |
| home `/de/` | ok | ok | ok | ok | ok | ok | ok | ok | ok | ok |
| catalogue `/de/kurse/` | ok | ok | ok | ok | ok | ok | ok | ok | ok | ok |
| course page | ok | ok | ok | ok | ok | ok | ok | ok | ok | ok |
| a date's calendar file `/de/veranstaltungen/<id>.ics` | ok | ok | ok | ok | ok | ok | ok | ok | ok | ok |
| class-visit finder `/de/klassenbesuche/` | ok | ok | ok | ok | ok | ok | ok | ok | ok | ok |
| certificate check `/certificates/verify/<code>/` | ok | ok | ok | ok | ok | ok | ok | ok | ok | ok |
| certificate check form | ok | ok | ok | ok | ok | ok | ok | ok | ok | ok |
| a calendar feed at its secret address `/calendar/<secret>.ics` | ok | ok | ok | ok | ok | ok | ok | ok | ok | ok |
| a calendar feed at an unknown or replaced address | denied | denied | denied | denied | denied | denied | denied | denied | denied | denied |
| API `/api/v2/pages/` | ok | ok | ok | ok | ok | ok | ok | ok | ok | ok |
| health check `/healthz` | ok | ok | ok | ok | ok | ok | ok | ok | ok | ok |
| **Registering and booking** | | | | | | | | | | |
| register for a date | login | ok | ok | ok | ok | ok | ok | ok | ok | ok |
| book a class visit | login | ok | ok | ok | ok | ok | ok | ok | ok | ok |
| register the parent's child (POST) | login | ok | denied | denied | denied | denied | denied | denied | denied | denied |
| register the parent's child for a date of an unpublished course (POST) | login | denied | denied | denied | denied | denied | denied | denied | denied | denied |
| register the parent's child for a class-visit slot (POST) | login | denied | denied | denied | denied | denied | denied | denied | denied | denied |
| book a slot of an unpublished programme | login | denied | denied | denied | denied | denied | denied | denied | denied | denied |
| **Account `/de/konto/`** | | | | | | | | | | |
| account page | login | ok | ok | ok | ok | ok | ok | ok | ok | ok |
| profile | login | ok | ok | ok | ok | ok | ok | ok | ok | ok |
| my people | login | ok | ok | ok | ok | ok | ok | ok | ok | ok |
| add a person | login | ok | ok | ok | ok | ok | ok | ok | ok | ok |
| edit the parent's child | login | ok | denied | denied | denied | denied | denied | denied | denied | denied |
| remove the parent's child (POST) | login | ok | denied | denied | denied | denied | denied | denied | denied | denied |
| share the parent's child with a second guardian | login | ok | denied | denied | denied | denied | denied | denied | denied | denied |
| my registrations | login | ok | ok | ok | ok | ok | ok | ok | ok | ok |
| cancel the parent's registration | login | ok | denied | denied | denied | denied | denied | denied | denied | denied |
| cancel the parent's registration (POST) | login | ok | denied | denied | denied | denied | denied | denied | denied | denied |
| new calendar address (POST) | login | ok | ok | ok | ok | ok | ok | ok | ok | ok |
| data export `my-data.json` | login | ok | ok | ok | ok | ok | ok | ok | ok | ok |
| delete the account | login | ok | ok | ok | ok | ok | ok | ok | ok | ok |
| my schools | login | ok | ok | ok | ok | ok | ok | ok | ok | ok |
| add a school | login | ok | ok | ok | ok | ok | ok | ok | ok | ok |
| edit the teacher's school | login | denied | denied | ok | denied | denied | denied | denied | denied | denied |
| remove the teacher's school | login | denied | denied | ok | denied | denied | denied | denied | denied | denied |
| my class visits | login | ok | ok | ok | ok | ok | ok | ok | ok | ok |
| the teacher's booking | login | denied | denied | ok | denied | denied | denied | denied | denied | denied |
| change the teacher's booking numbers (POST) | login | denied | denied | ok | denied | denied | denied | denied | denied | denied |
| cancel the teacher's booking | login | denied | denied | ok | denied | denied | denied | denied | denied | denied |
| cancel the teacher's booking (POST) | login | denied | denied | ok | denied | denied | denied | denied | denied | denied |
| the teacher's booking confirmation PDF | login | denied | denied | ok | denied | denied | denied | denied | denied | denied |
| my certificates | login | ok | ok | ok | ok | ok | ok | ok | ok | ok |
| the parent's child's certificate PDF | login | ok | denied | denied | denied | denied | denied | denied | denied | denied |
| the learner's certificate PDF | login | denied | denied | denied | denied | ok | denied | denied | denied | denied |
| **Instructors `/de/kursleitung/`** | | | | | | | | | | |
| my sessions | login | denied | denied | denied | denied | denied | ok | ok | ok | denied |
| roster of the instructor's session | login | denied | denied | denied | denied | denied | ok | denied | ok | denied |
| roster of a session nobody teaches | login | denied | denied | denied | denied | denied | denied | denied | ok | denied |
| mark on the instructor's session (POST) | login | denied | denied | denied | denied | denied | ok | denied | ok | denied |
| mark on a session nobody teaches (POST) | login | denied | denied | denied | denied | denied | denied | denied | ok | denied |
| scan page | login | denied | denied | denied | denied | denied | ok | denied | ok | denied |
| check in by ticket code (POST) | login | denied | denied | denied | denied | denied | ok | denied | ok | denied |
| walk-in form | login | denied | denied | denied | denied | denied | ok | denied | ok | denied |
| close the instructor's session | login | denied | denied | denied | denied | denied | ok | denied | ok | denied |
| **Admin `/admin/`** | | | | | | | | | | |
| dashboard | login | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | ok | ok |
| pages | login | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | ok | ok |
| edit the course page | login | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | ok | ok |
| translate the course page | login | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | ok | ok |
| images | login | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | ok | ok |
| topics (catalogue snippets) | login | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | ok | admin-denied |
| events | login | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | ok | admin-denied |
| registrations | login | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | ok | admin-denied |
| class-visit queue | login | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | ok | admin-denied |
| an event's overview with its participants | login | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | ok | admin-denied |
| an event's attendance grid | login | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | ok | admin-denied |
| figures | login | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | ok | admin-denied |
| certificates | login | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | ok | admin-denied |
| issue certificates | login | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | ok | admin-denied |
| issue certificates for a date | login | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | ok | admin-denied |
| organisation settings | login | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | ok | admin-denied |
| outgoing mails | login | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | ok | admin-denied |
| send an undelivered mail again (POST) | login | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | ok | admin-denied |
| users | login | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied | admin-denied |
"""

OUTCOMES = ("ok", "login", "denied", "admin-denied")
DENIED_STATUS = 404  # the site's answer to what is not one's own (see the docstring)


def cells(line):
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def parse(table):
    """(roles, {view: {role: outcome}}) from the markdown table; rows of bold area
    names with empty cells only group the views."""
    lines = [line for line in table.splitlines() if line.startswith("|")]
    roles = tuple(cells(lines[0])[1:])
    rows = {}
    for line in lines[2:]:
        view, *outcomes = cells(line)
        if any(outcomes):
            assert view not in rows, f"{view!r} twice in the matrix"
            rows[view] = dict(zip(roles, outcomes, strict=True))
    return roles, rows


ROLES, EXPECTED = parse(MATRIX)


# The world: each role's account and what belongs to it.


def _now_hour():
    return timezone.localtime().hour


def build_world():
    """Everything the matrix asks about, made once for the module."""
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()  # Wagtail's welcome page and its Site
    home = HomePageFactory(parent=root)
    site = Site.objects.create(
        hostname="localhost", root_page=home, is_default_site=True, site_name="MINT"
    )
    index = CourseIndexPageFactory(parent=home)
    course = CoursePageFactory(
        parent=index,
        title="Roboter bauen",
        format=CoursePage.Format.COURSE_SERIES,
        certificate_kind=CoursePage.CertificateKind.FORMAL,
        certificate_min_attendance=80,
        hours=Decimal("20"),
        hours_unit=CoursePage.HoursUnit.TEACHING,
    )
    programme = ClassVisitFactory(parent=index, title="Chemie zum Anfassen")

    users = {role: UserFactory(first_name=role.title()) for role in ROLES[1:]}
    users["anonymous"] = None
    instructors = Group.objects.get(name=INSTRUCTORS_GROUP)
    instructors.user_set.add(users["instructor"], users["other instructor"])
    # The groups come from migrations: Wagtail's "Editors", certificates' "Coordinators".
    for role, group in (("coordinator", "Coordinators"), ("editor", "Editors")):
        users[role].is_staff = True
        users[role].save(update_fields=["is_staff"])
        Group.objects.get(name=group).user_set.add(users[role])

    child = ParticipantFactory(guardian=users["parent"], first_name="Ben")
    other_child = ParticipantFactory(guardian=users["other parent"], first_name="Ida")
    learner = ParticipantFactory(
        guardian=users["learner"],
        first_name="Lena",
        birth_date=datetime.date(1961, 3, 2),
        is_account_holder=True,
    )

    # A date that has ended: the child's and the learner's certificates.
    ended = EventFactory(course=course, sessions__days=-10)
    certificates = {}
    for owner, person in (("parent", child), ("learner", learner)):
        registration = RegistrationFactory(event=ended, participant=person)
        Attendance.objects.create(
            registration=registration,
            session=ended.sessions.get(),
            status=Attendance.Status.PRESENT,
            method="tap",
        )
        certificates[owner] = services.issue(registration)

    # Sessions running now: the instructor's, and one nobody teaches.
    taught = EventFactory(
        course=course, sessions__days=0, sessions__hour=_now_hour(), capacity=30
    )
    taught.instructors.add(users["instructor"])
    untaught = EventFactory(
        course=course, sessions__days=0, sessions__hour=_now_hour(), capacity=30
    )
    # A date a month ahead: registrations can still be cancelled.
    coming = EventFactory(course=course, sessions__days=30)

    teacher_school = SchoolFactory(teacher=users["teacher"])
    SchoolFactory(teacher=users["other teacher"])
    slot = EventFactory(course=programme, sessions__days=30, capacity=30)
    # Not published (a draft, or taken offline): its dates are no one's to take.
    draft = CoursePageFactory(parent=index, title="Entwurf")
    draft.unpublish()
    draft_programme = ClassVisitFactory(parent=index, title="Entwurf Klassen")
    draft_programme.unpublish()

    return types.SimpleNamespace(
        site=site,
        course=course,
        users=users,
        child=child,
        certificates=certificates,
        ended=ended,
        taught=taught.sessions.get(),
        taught_registration=RegistrationFactory(event=taught, participant=child),
        untaught=untaught.sessions.get(),
        untaught_registration=RegistrationFactory(
            event=untaught, participant=other_child
        ),
        coming=coming,
        open_date=EventFactory(course=course, sessions__days=45),
        registration=RegistrationFactory(event=coming, participant=child),
        school=teacher_school,
        spare_school=SchoolFactory(teacher=users["teacher"]),  # without bookings
        slot=slot,
        booking=GroupBookingFactory(event=slot, school=teacher_school, pupils=20),
        draft_date=EventFactory(course=draft, sessions__days=30),
        draft_slot=EventFactory(course=draft_programme, sessions__days=30, capacity=30),
        undelivered=OutgoingMail.objects.create(
            subject="Anmeldung bestätigt",
            sender=settings.DEFAULT_FROM_EMAIL,
            recipients="anna@example.org",
            message=b"Subject: Anmeldung\nTo: anna@example.org\n\nHallo\n",
            status=OutgoingMail.Status.FAILED,
        ),
    )


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Built once and committed to nothing: the whole module runs inside one
    transaction that is rolled back at its end; each test runs in a savepoint of it."""
    with (
        django_db_blocker.unblock(),
        translation.override("de"),
        transaction.atomic(),
    ):
        built = build_world()
        yield built
        transaction.set_rollback(True)
    cache.clear()  # Wagtail's site paths of the site rolled back


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate limits (the certificate check's) count in the cache."""
    cache.clear()


# The views: where each lives and, for a POST, what it changes.


@dataclass(frozen=True)
class View:
    url: object  # (world, role) -> str
    method: str = "get"
    data: object = None  # world -> dict, for a POST
    done: object = None  # (world, role) -> where an allowed redirect leads
    state: object = None  # (world, role) -> what a POST changes, read afresh


def _registration_status(w, role):
    return Registration.objects.get(pk=w.registration.pk).status


def _booking_state(w, role):
    return GroupBooking.objects.values_list("status", "pupils", "adults").get(
        pk=w.booking.pk
    )


def _marks(session):
    return lambda w, role: list(
        Attendance.objects.filter(session=getattr(w, session)).values_list(
            "registration", "status"
        )
    )


def _token(w, role):
    if role == "anonymous":
        return None
    return User.objects.get(pk=w.users[role].pk).calendar_token


def _people(name, *args):
    return lambda w, role: reverse(f"people:{name}", args=[a(w) for a in args])


def _events(name, *args):
    return lambda w, role: reverse(f"events:{name}", args=[a(w) for a in args])


def _fixed(path):
    return lambda w, role: path


def _child(w):
    return w.child.pk


def _booking(w):
    return w.booking.pk


def _session(name):
    return lambda w: getattr(w, name).pk


def _register(event):
    """The parent registers their child Ben for `event` (others try the same)."""
    return View(
        _events("register", lambda w: getattr(w, event).pk),
        method="post",
        data=lambda w: {"participants": [w.child.pk], "remarks": ""},
        done=_events("my_registrations"),
        state=lambda w, role: Registration.objects.filter(
            event=getattr(w, event), participant=w.child
        ).count(),
    )


VIEWS = {
    # Public
    "home `/de/`": View(_fixed("/de/")),
    "catalogue `/de/kurse/`": View(_fixed("/de/kurse/")),
    "course page": View(lambda w, role: w.course.url),
    "a date's calendar file `/de/veranstaltungen/<id>.ics`": View(
        lambda w, role: reverse("event_ics", args=[w.coming.pk])
    ),
    "class-visit finder `/de/klassenbesuche/`": View(_events("class_visit_finder")),
    "certificate check `/certificates/verify/<code>/`": View(
        lambda w, role: reverse(
            "verify_certificate", args=[w.certificates["parent"].code]
        )
    ),
    "certificate check form": View(lambda w, role: reverse("certificates:verify_form")),
    "a calendar feed at its secret address `/calendar/<secret>.ics`": View(
        lambda w, role: reverse("calendar_feed", args=[_token(w, "parent")])
    ),
    "a calendar feed at an unknown or replaced address": View(
        _fixed("/calendar/no-longer-this-address.ics")
    ),
    "API `/api/v2/pages/`": View(_fixed("/api/v2/pages/")),
    "health check `/healthz`": View(_fixed("/healthz")),
    # Registering and booking
    "register for a date": View(_events("register", lambda w: w.coming.pk)),
    "book a class visit": View(_events("book_class_visit", lambda w: w.slot.pk)),
    "register the parent's child (POST)": _register("open_date"),
    "register the parent's child for a date of an unpublished course (POST)": (
        _register("draft_date")
    ),
    "register the parent's child for a class-visit slot (POST)": _register("slot"),
    "book a slot of an unpublished programme": View(
        _events("book_class_visit", lambda w: w.draft_slot.pk)
    ),
    # Account
    "account page": View(_people("account")),
    "profile": View(_people("profile")),
    "my people": View(_people("participants")),
    "add a person": View(_people("participant_add")),
    "edit the parent's child": View(_people("participant_edit", _child)),
    "remove the parent's child (POST)": View(
        _people("participant_delete", _child),
        method="post",
        done=_people("participants"),
        state=lambda w, role: Participant.objects.filter(pk=w.child.pk).exists(),
    ),
    "share the parent's child with a second guardian": View(
        _people("participant_share", _child)
    ),
    "my registrations": View(_events("my_registrations")),
    "cancel the parent's registration": View(
        _events("cancel", lambda w: w.registration.pk)
    ),
    "cancel the parent's registration (POST)": View(
        _events("cancel", lambda w: w.registration.pk),
        method="post",
        done=_events("my_registrations"),
        state=_registration_status,
    ),
    "new calendar address (POST)": View(
        _people("rotate_calendar_token"),
        method="post",
        done=_people("account"),
        state=_token,
    ),
    "data export `my-data.json`": View(_people("export_data")),
    "delete the account": View(_people("delete_account")),
    "my schools": View(_people("schools")),
    "add a school": View(_people("school_add")),
    "edit the teacher's school": View(_people("school_edit", lambda w: w.school.pk)),
    "remove the teacher's school": View(
        _people("school_delete", lambda w: w.spare_school.pk)
    ),
    "my class visits": View(_events("class_visits")),
    "the teacher's booking": View(_events("class_visit", _booking)),
    "change the teacher's booking numbers (POST)": View(
        _events("class_visit_numbers", _booking),
        method="post",
        data=lambda w: {"pupils": 25, "adults": 3},
        done=_events("class_visit", _booking),
        state=_booking_state,
    ),
    "cancel the teacher's booking": View(_events("class_visit_cancel", _booking)),
    "cancel the teacher's booking (POST)": View(
        _events("class_visit_cancel", _booking),
        method="post",
        done=_events("class_visit", _booking),
        state=_booking_state,
    ),
    "the teacher's booking confirmation PDF": View(
        _events("class_visit_confirmation", _booking)
    ),
    "my certificates": View(lambda w, role: reverse("certificates:mine")),
    "the parent's child's certificate PDF": View(
        lambda w, role: reverse(
            "certificates:download", args=[w.certificates["parent"].code]
        )
    ),
    "the learner's certificate PDF": View(
        lambda w, role: reverse(
            "certificates:download", args=[w.certificates["learner"].code]
        )
    ),
    # Instructors
    "my sessions": View(_events("my_sessions")),
    "roster of the instructor's session": View(_events("roster", _session("taught"))),
    "roster of a session nobody teaches": View(_events("roster", _session("untaught"))),
    "mark on the instructor's session (POST)": View(
        _events("mark", _session("taught")),
        method="post",
        data=lambda w: {"registration": w.taught_registration.pk, "status": "present"},
        done=lambda w, role: (
            reverse("events:roster", args=[w.taught.pk])
            + f"#r{w.taught_registration.pk}"
        ),
        state=_marks("taught"),
    ),
    "mark on a session nobody teaches (POST)": View(
        _events("mark", _session("untaught")),
        method="post",
        data=lambda w: {
            "registration": w.untaught_registration.pk,
            "status": "present",
        },
        done=lambda w, role: (
            reverse("events:roster", args=[w.untaught.pk])
            + f"#r{w.untaught_registration.pk}"
        ),
        state=_marks("untaught"),
    ),
    "scan page": View(_events("scan", _session("taught"))),
    "check in by ticket code (POST)": View(
        _events("check_in", _session("taught")),
        method="post",
        data=lambda w: {"code": str(w.taught_registration.ticket)},
        done=_events("scan", _session("taught")),
        state=_marks("taught"),
    ),
    "walk-in form": View(_events("walk_in", _session("taught"))),
    "close the instructor's session": View(
        _events("close_session", _session("taught"))
    ),
    # Admin
    "dashboard": View(_fixed("/admin/")),
    "pages": View(_fixed("/admin/pages/")),
    "edit the course page": View(
        lambda w, role: reverse("wagtailadmin_pages:edit", args=[w.course.pk])
    ),
    "translate the course page": View(
        lambda w, role: reverse(
            "wagtail_localize:submit_page_translation", args=[w.course.pk]
        )
    ),
    "images": View(_fixed("/admin/images/")),
    "topics (catalogue snippets)": View(_fixed("/admin/snippets/courses/topic/")),
    "events": View(_fixed("/admin/events/")),
    "registrations": View(_fixed("/admin/registrations/")),
    "class-visit queue": View(_fixed("/admin/class-visits/")),
    "an event's overview with its participants": View(
        lambda w, role: f"/admin/events/inspect/{w.taught.event_id}/"
    ),
    "an event's attendance grid": View(
        lambda w, role: f"/admin/events/attendance/{w.taught.event_id}/"
    ),
    "figures": View(_fixed("/admin/figures/")),
    "certificates": View(_fixed("/admin/certificates/")),
    "issue certificates": View(_fixed("/admin/certificates/issue/")),
    "issue certificates for a date": View(
        lambda w, role: f"/admin/certificates/issue/{w.ended.pk}/"
    ),
    "organisation settings": View(
        lambda w, role: reverse(
            "wagtailsettings:edit", args=["mint", "organisationsettings", w.site.pk]
        )
    ),
    "outgoing mails": View(_fixed("/admin/outgoing-mails/")),
    "send an undelivered mail again (POST)": View(
        lambda w, role: reverse("outgoing_mails:resend", args=[w.undelivered.pk]),
        method="post",
        done=lambda w, role: reverse("outgoing_mails:inspect", args=[w.undelivered.pk]),
        state=lambda w, role: OutgoingMail.objects.get(pk=w.undelivered.pk).status,
    ),
    "users": View(_fixed("/admin/users/")),
}


# Asking


def outcome(response, view, w, role):
    """What happened, in the matrix's words (anything else as it is)."""
    status = response.status_code
    if status == 200:
        return "ok"
    if status == DENIED_STATUS:
        return "denied"
    if status != 302:
        return str(status)
    location = response["Location"]
    path = location.split("?")[0]
    refused = any(
        message.level_tag == "error" for message in get_messages(response.wsgi_request)
    )
    if re.fullmatch(r"/[a-z]{2}/accounts/login/", path):
        return "admin-denied" if refused else "login"
    if path == reverse("wagtailadmin_home") and refused:
        return "admin-denied"
    if view.done is not None and location == view.done(w, role):
        return "ok"
    return f"302 to {location}"


CASES = [
    pytest.param(name, role, id=f"{name} | {role}")
    for name in EXPECTED
    for role in ROLES
]


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "role"), CASES)
def test_who_may_do_what(client, world, name, role):
    view, expected = VIEWS[name], EXPECTED[name][role]
    if world.users[role] is not None:
        client.force_login(world.users[role])
    url = view.url(world, role)
    before = view.state(world, role) if view.state else None

    if view.method == "post":
        response = client.post(url, view.data(world) if view.data else {})
    else:
        response = client.get(url)

    assert outcome(response, view, world, role) == expected, url
    if view.state:
        after = view.state(world, role)
        if expected == "ok":
            assert after != before, "an allowed POST did its work"
        else:
            assert after == before, "a refused POST changed nothing"


def test_every_view_has_a_row_and_every_cell_a_known_outcome():
    assert ROLES[0] == "anonymous"
    assert set(VIEWS) == set(EXPECTED)
    assert {cell for row in EXPECTED.values() for cell in row.values()} <= set(OUTCOMES)


def test_the_readme_shows_the_matrix():
    """README.md's "Who may do what" has the same table, line for line."""
    readme = README.read_text(encoding="utf-8")
    section = readme.split("\n## Who may do what\n", 1)[1].split("\n## ", 1)[0]
    shown = [line for line in section.splitlines() if line.startswith("|")]
    assert shown == [line for line in MATRIX.splitlines() if line.startswith("|")]
