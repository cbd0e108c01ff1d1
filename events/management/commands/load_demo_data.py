"""Load the demo data: pages in four languages, taxonomies, venues, courses with
dates, demo accounts and registrations. Idempotent: existing rows are left alone."""

import datetime
import io
import logging
import math
import random
import re
from collections import Counter
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone
from django.utils.text import slugify
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images.models import Image as WagtailImage
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from courses.models import AudienceLevel, CourseIndexPage, CoursePage, Provider, Topic
from events import demo_content as content
from events.demo_courses_adult import COURSES as ADULT_COURSES
from events.demo_courses_young import COURSES as YOUNG_COURSES
from events.models import (
    COORDINATORS_GROUP,
    INSTRUCTORS_GROUP,
    Attendance,
    Event,
    GroupBooking,
    Registration,
    Session,
    Venue,
)
from mint.models import ContentPage, HomePage, OrganisationSettings
from mint.people.models import (
    GUARDIAN_CONSENT_VERSION,
    Consent,
    Participant,
    School,
    User,
)

COURSES = YOUNG_COURSES + ADULT_COURSES
SOURCE = "de"
TRANSLATIONS = [code for code in content.LANGUAGES if code != SOURCE]
COUNTRY_LANGUAGE = {"DE": "de", "PL": "pl", "CZ": "cs"}
FULL_EVENTS = 10
NEARLY_FULL_EVENTS = 10
BLOCK_START = re.compile(r"\s*<(p|ul|ol|h[1-6])[\s>]")
# What the demo accounts' roles may do, as README "Who may do what" describes them:
# role -> (is_staff, is_superuser, groups). The superuser is for setting up only
# (users and groups), so the coordinator shows what the Coordinators group may do.
ROLES = {
    None: (False, False, []),
    "instructor": (False, False, [INSTRUCTORS_GROUP]),
    "coordinator": (True, False, [COORDINATORS_GROUP]),
    "superuser": (True, True, []),
}


def as_paragraph(html):
    """Wrap text in <p> unless it already starts with a block element."""
    return html if BLOCK_START.match(html) else f"<p>{html}</p>"


def stream(blocks):
    """Compact body blocks ("h" / "p" / "ul" / "fact") → StreamField (type, value) pairs."""
    result = []
    for kind, *args in blocks:
        if kind == "h":
            result.append(("heading", args[0]))
        elif kind == "p":
            result.append(("paragraph", RichText(as_paragraph(args[0]))))
        elif kind == "ul":
            items = "".join(f"<li>{item}</li>" for item in args[0])
            result.append(("paragraph", RichText(f"<ul>{items}</ul>")))
        elif kind == "fact":
            title, text = args
            result.append(
                ("fact", {"title": title, "text": RichText(as_paragraph(text))})
            )
        else:
            raise CommandError(f"Unknown body block {kind!r}.")
    return result


def local_datetime(day, time):
    """An aware datetime at local (Europe/Berlin) wall-clock time."""
    return timezone.make_aware(datetime.datetime.combine(day, time))


def next_weekday(day, weekdays):
    """The first day on or after `day` whose weekday (Mon=0) is in `weekdays`."""
    while day.weekday() not in weekdays:
        day += datetime.timedelta(days=1)
    return day


def birth_date_for(age, name, today):
    """A deterministic birth date (seeded by `name`) for someone `age` years old today."""
    latest = today.replace(year=today.year - age, day=min(today.day, 28))
    return latest - datetime.timedelta(days=random.Random(name).randint(1, 360))


def is_adult_course(course):
    return (course["ages"][0] or 0) >= 16


def session_plan(course, rng):
    """(first day weekdays, start time, hours per session, number of sessions, step days)."""
    fmt, adult = course["format"], is_adult_course(course)
    if fmt == "series":
        hours = Decimal(course["hours"]) if course["hours"] else None
        count = min(8, max(4, math.ceil(hours / 3))) if hours else rng.randint(4, 8)
        length = float(hours) / count if hours else rng.choice([1.5, 2, 2.5])
        length = min(3.0, max(1.5, round(length * 4) / 4))
        start = (
            datetime.time(17, 30)
            if adult
            else rng.choice([datetime.time(14, 30), datetime.time(16, 0)])
        )
        return range(0, 5), start, length, count, 7
    if fmt == "holiday":
        return (0,), datetime.time(9, 0), 4.0, rng.randint(3, 5), 1
    if fmt == "class_visit":
        start = rng.choice([datetime.time(9, 0), datetime.time(11, 0)])
        return range(1, 4), start, rng.choice([1.5, 2.0]), 1, 0
    if fmt == "open_event":
        start = rng.choice([datetime.time(10, 0), datetime.time(14, 30)])
        return (5,), start, rng.choice([2.0, 3.0, 4.0]), 1, 0
    # workshop: Saturdays for families, weekday evenings or Saturdays for adults
    if adult and rng.random() < 0.6:
        return range(0, 5), datetime.time(17, 30), rng.choice([2.0, 2.5, 3.0]), 1, 0
    start = rng.choice(
        [datetime.time(9, 0), datetime.time(10, 0), datetime.time(14, 30)]
    )
    return (5,), start, rng.choice([2.0, 2.5, 3.0]), 1, 0


def class_visit_texts(course, code):
    """A programme's teacher-facing texts in one language: the curriculum link is the
    "for teachers" fact of its description."""
    if course["format"] != "class_visit":
        return {}
    facts = [block[2] for block in course["text"][code]["body"] if block[0] == "fact"]
    return {
        "curriculum_link": facts[0] if facts else "",
        "preparation": content.CLASS_VISIT_PREPARATION[code],
    }


def class_visit_rules(course, code):
    """Group limits of a class-visit programme: the course capacity in pupils, with
    one adult per 10 pupils (per 5 in a Kita group)."""
    if course["format"] != "class_visit":
        return {}
    kita = "kita" in course["levels"]
    return {
        "group_min": 6 if kita else 10,
        "group_max": course["capacity"],
        "pupils_per_adult": 5 if kita else 10,
        "final_numbers_days": 3,
        "cancellation_days": 7,
        **class_visit_texts(course, code),
    }


def demo_image(title, draw):
    """A Wagtail image drawn here (the logo and signature on certificates)."""
    picture = draw()
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return WagtailImage.objects.create(
        title=title, file=ImageFile(buffer, name=f"{slugify(title)}.png")
    )


def draw_logo():
    """The site's mark (static/img/favicon.svg) with the wordmark beside it."""
    picture = PILImage.new("RGBA", (1000, 240), (255, 255, 255, 0))
    pen = ImageDraw.Draw(picture)
    pen.ellipse((10, 10, 230, 230), fill="#0b5d6b")
    pen.line(
        [(60, 164), (93, 76), (120, 131), (148, 76), (180, 164)],
        fill="white",
        width=18,
        joint="curve",
    )
    pen.ellipse((107, 157, 133, 183), fill="#f2a541")
    font = ImageFont.truetype("DejaVuSans-Bold.ttf", 86)
    pen.text((270, 28), "MINT", font=font, fill="#1d2327")
    pen.text((270, 122), "Dreiländereck", font=font, fill="#0b5d6b")
    return picture


def draw_signature():
    """A hand-written looking stroke: a few loops in ink blue."""
    picture = PILImage.new("RGBA", (600, 180), (255, 255, 255, 0))
    points = [
        (20 + x * 5.6, 100 - 45 * math.sin(x / 6) * math.exp(-x / 90) - x * 0.3)
        for x in range(100)
    ]
    ImageDraw.Draw(picture).line(points, fill="#1a3a8a", width=6, joint="curve")
    return picture


def certificate_rules(course, code):
    """What a course certifies (as CoursePage suggests for its format and ages); the
    courses the demo accounts finished, and class visits, issue automatically."""
    kind = CoursePage.suggested_certificate_kind(course["format"], course["ages"][1])
    finished = course["slug"] in content.FINISHED_COURSES
    return {
        "certificate_kind": kind,
        "certificates_automatic": finished or kind == CoursePage.CertificateKind.CLASS,
        **certificate_texts(course, code),
    }


def certificate_texts(course, code):
    finished = content.FINISHED_COURSES.get(course["slug"])
    return {"learning_outcomes": "\n".join(finished[code])} if finished else {}


def slot_capacity(page):
    """Room for the largest class with the adults it needs."""
    return page.group_max + math.ceil(page.group_max / page.pupils_per_adult)


def create_sessions(event, course, first_day, rng):
    """The sessions of one event, starting on the first suitable day from `first_day`."""
    weekdays, start, length, count, step = session_plan(course, rng)
    day = next_weekday(first_day, weekdays)
    sessions = []
    for number in range(count):
        starts_at = local_datetime(day + datetime.timedelta(days=number * step), start)
        sessions.append(
            Session.objects.create(
                event=event,
                sort_order=number,
                starts_at=starts_at,
                ends_at=starts_at + datetime.timedelta(hours=length),
            )
        )
    return sessions


def event_language(course, venue, rng):
    """Mostly the course's first language; otherwise the venue country's, if offered."""
    first, *others = course["languages"]
    if not others or rng.random() < 0.6:
        return first
    local = COUNTRY_LANGUAGE[venue.country]
    return local if local in others else rng.choice(others)


class Command(BaseCommand):
    help = (
        "Load idempotent demo data in all four languages (DEBUG only unless --force)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="Run even when DEBUG is off."
        )

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "DEBUG is off: this looks like production. Demo data adds public pages "
                "and accounts with a known password; use --force if you really mean it."
            )
        started = timezone.now()
        if options["verbosity"] < 2:
            logging.disable(logging.INFO)  # one log line per page, revision and task
        try:
            # Translations get their slug after copying: no redirects from the copy's slug.
            with override_settings(WAGTAILREDIRECTS_AUTO_CREATE=False):
                self.load()
        finally:
            logging.disable(logging.NOTSET)
        self.report(timezone.now() - started)

    def load(self):
        """Everything, in one transaction."""
        self.today = timezone.localdate()
        self.created, self.existing = Counter(), Counter()
        self.locales = {
            code: Locale.objects.get(language_code=code) for code in content.LANGUAGES
        }
        with transaction.atomic():
            homes = self.ensure_home()
            self.ensure_site(homes[SOURCE])
            indexes = self.ensure_translated_pages(
                homes, CourseIndexPage, content.COURSE_INDEX
            )
            for texts in content.CONTENT_PAGES:
                self.ensure_translated_pages(homes, ContentPage, texts)
            self.taxonomy = self.ensure_taxonomies()
            self.venues = self.ensure_venues()
            new_events = []
            for number, course in enumerate(COURSES):
                new_events += self.ensure_course(course, number, indexes)
            self.ensure_accounts()
            self.ensure_account_registrations()
            self.ensure_class_visits()
            self.ensure_instructor()
            self.ensure_finished_runs()
            self.fill_events(new_events)

    # Counting -------------------------------------------------------------------

    def tally(self, kind, created):
        (self.created if created else self.existing)[kind] += 1

    # Pages ----------------------------------------------------------------------

    def ensure_page(self, parent, model, slug, **fields):
        """The child of `parent` with `slug`; created and published if missing."""
        page = parent.get_children().filter(slug=slug).first()
        self.tally("pages", page is None)
        if page is not None:
            return page.specific
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    def translate_page(self, page, code, **fields):
        """The translation of `page` into `code`; copied, filled in and published if missing."""
        locale = self.locales[code]
        translation = page.get_translation_or_none(locale)
        self.tally("pages", translation is None)
        if translation is not None:
            return translation.specific
        translation = page.copy_for_translation(locale).specific
        for name, value in fields.items():
            setattr(translation, name, value)
        translation.save_revision().publish()
        return translation

    def ensure_home(self):
        """The German home page under the root (replacing Wagtail's welcome page) and its translations."""
        root = Page.get_first_root_node()
        for page in root.get_children().not_type(HomePage):
            self.stdout.write(f"Deleting the default page “{page.title}”.")
            page.delete()
        homes = {
            SOURCE: self.ensure_page(root, HomePage, "home", **content.HOME[SOURCE])
        }
        for code in TRANSLATIONS:
            homes[code] = self.translate_page(
                homes[SOURCE], code, slug=f"home-{code}", **content.HOME[code]
            )
        return homes

    def ensure_site(self, home):
        """The default site points at the German home page and knows the organisation."""
        site, created = Site.objects.update_or_create(
            hostname="localhost",
            port=80,
            defaults={
                "root_page": home,
                "is_default_site": True,
                "site_name": content.SITE_NAME,
            },
        )
        self.tally("sites", created)
        organisation = OrganisationSettings.for_site(site)
        for name, value in content.ORGANISATION.items():
            setattr(organisation, name, value)
        organisation.logo = organisation.logo or demo_image("MINT logo", draw_logo)
        organisation.signature = organisation.signature or demo_image(
            "Signature", draw_signature
        )
        organisation.save()

    def ensure_translated_pages(self, parents, model, texts):
        """One page per language under the home page of that language (texts per language)."""
        fields = {
            code: {
                name: stream(value) if name == "body" else value
                for name, value in texts[code].items()
            }
            for code in content.LANGUAGES
        }
        source = fields[SOURCE]
        pages = {SOURCE: self.ensure_page(parents[SOURCE], model, **source)}
        for code in TRANSLATIONS:
            pages[code] = self.translate_page(pages[SOURCE], code, **fields[code])
        return pages

    # Snippets -------------------------------------------------------------------

    def ensure_translated(self, model, kind, lookup, texts, **fields):
        """The German row found by `lookup` (created if missing) and its translations."""
        row = model.objects.filter(locale=self.locales[SOURCE], **lookup).first()
        self.tally(kind, row is None)
        if row is None:
            row = model.objects.create(
                locale=self.locales[SOURCE], **lookup, **fields, **texts[SOURCE]
            )
        for code in TRANSLATIONS:
            if row.get_translation_or_none(self.locales[code]) is not None:
                continue
            translation = row.copy_for_translation(self.locales[code])
            for name, value in texts[code].items():
                setattr(translation, name, value)
            translation.save()
        return row

    @staticmethod
    def per_language(**texts):
        """{field: {code: text}} → {code: {field: text}}."""
        return {
            code: {name: values[code] for name, values in texts.items()}
            for code in content.LANGUAGES
        }

    def ensure_taxonomies(self):
        """Topics, audience levels and providers; returns German rows by (model, slug)."""
        rows = {}
        for order, topic in enumerate(content.TOPICS):
            rows[Topic, topic["slug"]] = self.ensure_translated(
                Topic,
                "topics",
                {"slug": topic["slug"]},
                self.per_language(name=topic["name"]),
                icon=topic["icon"],
                sort_order=order,
            )
        for order, level in enumerate(content.AUDIENCE_LEVELS):
            rows[AudienceLevel, level["slug"]] = self.ensure_translated(
                AudienceLevel,
                "audience levels",
                {"slug": level["slug"]},
                self.per_language(name=level["name"]),
                sort_order=order,
                age_min=level["ages"][0],
                age_max=level["ages"][1],
            )
        for provider in content.PROVIDERS:
            rows[Provider, provider["slug"]] = self.ensure_translated(
                Provider,
                "providers",
                {"slug": provider["slug"]},
                self.per_language(
                    name=provider["name"], description=provider["description"]
                ),
                town=provider["town"],
                website=provider["website"],
            )
        return rows

    def ensure_venues(self):
        """All venues with translated accessibility notes; returns German rows by key."""
        venues = {}
        for key, venue in content.VENUES.items():
            latitude, longitude = venue["coordinates"]
            venues[key] = self.ensure_translated(
                Venue,
                "venues",
                {"name": venue["name"]},
                self.per_language(
                    accessibility_notes=venue["accessibility_notes"],
                    transport_hint=venue["transport_hint"],
                ),
                street=venue["street"],
                postcode=venue["postcode"],
                town=venue["town"],
                country=venue["country"],
                latitude=Decimal(latitude),
                longitude=Decimal(longitude),
                step_free=venue["step_free"],
                hearing_loop=venue["hearing_loop"],
            )
        return venues

    # Courses and events ---------------------------------------------------------

    def ensure_course(self, course, number, indexes):
        """A German course page with its translations and events; [] if it already exists."""
        index = indexes[SOURCE]
        if index.get_children().filter(slug=course["slug"]).exists():
            self.existing["courses"] += 1
            return []
        self.created["courses"] += 1
        text = course["text"][SOURCE]
        ages, grades = course["ages"], course["grades"] or (None, None)
        page = CoursePage(
            slug=course["slug"],
            title=text["title"],
            teaser=text["teaser"],
            plain_language_summary=text.get("summary", ""),
            body=stream(text["body"]),
            format=course["format"],
            age_min=ages[0],
            age_max=ages[1],
            age_rule=course["age_rule"],
            grade_min=grades[0],
            grade_max=grades[1],
            min_participants=course["min_participants"],
            hours=Decimal(course["hours"]) if course["hours"] else None,
            provider=self.taxonomy[Provider, course["provider"]],
            **class_visit_rules(course, SOURCE),
            **certificate_rules(course, SOURCE),
        )
        page.topics.set([self.taxonomy[Topic, slug] for slug in course["topics"]])
        page.audience_levels.set(
            [self.taxonomy[AudienceLevel, slug] for slug in course["levels"]]
        )
        index.add_child(instance=page)
        page.save_revision().publish()
        self.tally("pages", True)
        for code in TRANSLATIONS:
            text = course["text"][code]
            self.translate_page(
                page,
                code,
                slug=text["slug"],
                title=text["title"],
                teaser=text["teaser"],
                plain_language_summary=text.get("summary", ""),
                body=stream(text["body"]),
                **class_visit_texts(course, code),
                **certificate_texts(course, code),
            )
        return self.create_events(page, course, number)

    def create_events(self, page, course, number):
        """2–4 events (4–6 slots for class visits) over the next five months, seeded by the slug."""
        rng = random.Random(course["slug"])
        count = (
            rng.randint(4, 6)
            if course["format"] == "class_visit"
            else rng.randint(2, 4)
        )
        offsets = sorted(rng.sample(range(4, 150), count))
        if rng.random() < 0.3:  # one run has already started
            offsets[0] = -rng.randint(14, 42)
        venue_keys = (
            course["venues"][rng.randrange(len(course["venues"])) :] + course["venues"]
        )
        events = []
        for position, offset in enumerate(offsets):
            venue = self.venues[venue_keys[position % len(course["venues"])]]
            event = Event.objects.create(
                course=page,
                venue=venue,
                capacity=slot_capacity(page)
                if course["format"] == "class_visit"
                else max(4, course["capacity"] + rng.choice([-2, 0, 0, 2])),
                waiting_list=True,
                language=event_language(course, venue, rng),
                price=Decimal(course["price"]),
                status=Event.Status.SCHEDULED,
            )
            sessions = create_sessions(
                event, course, self.today + datetime.timedelta(days=offset), rng
            )
            if offset > 0 and rng.random() < 0.3:
                days_before = 7 if course["format"] == "holiday" else 2
                event.registration_closes_at = sessions[
                    0
                ].starts_at - datetime.timedelta(days=days_before)
            if offset > 0 and position == 1 and number % 11 == 5:
                event.status = Event.Status.CANCELLED
            event.save()
            events.append(event)
        self.created["events"] += len(events)
        return events

    # People ---------------------------------------------------------------------

    def ensure_user(self, email, first_name, last_name, language, password=None):
        """An account by e-mail with a verified primary address; no usable password without one."""
        user = User.objects.filter(email=email).first()
        self.tally("accounts", user is None)
        if user is None:
            user = User.objects.create_user(
                email=email,
                password=password,
                first_name=first_name,
                last_name=last_name,
                preferred_language=language,
            )
            if password is None:
                user.set_unusable_password()
                user.save(update_fields=["password"])
        EmailAddress.objects.get_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        return user

    @staticmethod
    def ensure_role(user, role):
        """Give the account exactly its role's rights, every time: a demo database
        loaded before the roles changed (the coordinator was a superuser) is put right."""
        staff, superuser, groups = ROLES[role]
        if (user.is_staff, user.is_superuser) != (staff, superuser):
            user.is_staff, user.is_superuser = staff, superuser
            user.save(update_fields=["is_staff", "is_superuser"])
        user.groups.set([Group.objects.get(name=name) for name in groups])

    def ensure_participant(self, guardian, first_name, last_name, age, *, me=False):
        """A participant of `guardian` by name, born `age` years ago: the account
        holder (`me`), or someone in their care, with the guardian's consent for a
        child recorded."""
        participant = guardian.participants.filter(
            first_name=first_name, last_name=last_name
        ).first()
        self.tally("participants", participant is None)
        if participant is None:
            child = not me and age < 18
            participant = Participant.objects.create(
                guardian=guardian,
                first_name=first_name,
                last_name=last_name,
                birth_date=birth_date_for(age, f"{first_name} {last_name}", self.today),
                is_account_holder=me,
                guardian_consent_at=timezone.now() if child else None,
                guardian_consent_version=GUARDIAN_CONSENT_VERSION if child else "",
            )
            if child:
                Consent.record(
                    participant, Consent.Kind.GUARDIAN, given=True, by=guardian
                )
        return participant

    def ensure_accounts(self):
        """The role accounts and the demo families (who cannot sign in)."""
        for account in content.ACCOUNTS:
            user = self.ensure_user(
                account["email"],
                account["first_name"],
                account["last_name"],
                account["language"],
                password=content.DEMO_PASSWORD,
            )
            self.ensure_role(user, account.get("role"))
            for first_name, last_name, age in account.get("children", []):
                self.ensure_participant(user, first_name, last_name, age)
            if "self_age" in account:
                self.ensure_participant(
                    user,
                    account["first_name"],
                    account["last_name"],
                    account["self_age"],
                    me=True,
                )
        self.demo_participants = []
        for number, (first_name, last_name, language, age, children) in enumerate(
            content.DEMO_FAMILIES, start=1
        ):
            user = self.ensure_user(
                f"demo-family-{number}@example.org", first_name, last_name, language
            )
            self.demo_participants.append(
                self.ensure_participant(user, first_name, last_name, age, me=True)
            )
            for child_first, child_last, child_age in children:
                self.demo_participants.append(
                    self.ensure_participant(user, child_first, child_last, child_age)
                )

    # Registrations --------------------------------------------------------------

    def ensure_account_registrations(self):
        """The role accounts' participants on the next upcoming event of a course."""
        for email, first_name, slug in content.ACCOUNT_REGISTRATIONS:
            participant = Participant.objects.get(
                guardian__email=email, first_name=first_name
            )
            if participant.registrations.filter(event__course__slug=slug).exists():
                self.existing["registrations"] += 1
                continue
            events = (
                Event.objects.upcoming()
                .filter(course__slug=slug, course__locale=self.locales[SOURCE])
                .select_related("course")
                .order_by("starts_at")
            )
            event = next(
                (
                    event
                    for event in events
                    if event.course.accepts(
                        participant.birth_date, timezone.localdate(event.starts_at)
                    )
                ),
                None,
            )
            if event is None:
                self.stderr.write(f"No upcoming event of “{slug}” for {email}.")
                continue
            self.register(event, participant, Registration.Status.CONFIRMED)

    def ensure_instructor(self):
        """The demo instructor teaches the runs that have begun (so "my sessions" has
        rosters this week, with the demo families on them) and a few upcoming ones."""
        instructor = User.objects.get(email=content.INSTRUCTOR_EMAIL)
        if instructor.taught_events.exists():
            return
        now = timezone.now()
        events = (
            Event.objects.filter(
                course__locale=self.locales[SOURCE], status=Event.Status.SCHEDULED
            )
            .exclude(course__format=CoursePage.Format.CLASS_VISIT)
            .select_related("course")
            .order_by("starts_at")
        )
        begun = [e for e in events if e.starts_at < now < e.ends_at]
        upcoming = [e for e in events if e.starts_at >= now][:4]
        for event in begun + upcoming:
            event.instructors.add(instructor)
        for event in begun:  # their participants registered before the start
            if event.registrations.exists():
                continue
            day = timezone.localdate(event.starts_at)
            fitting = [
                p
                for p in self.demo_participants
                if event.course.accepts(p.birth_date, day)
            ]
            for participant in fitting[: min(event.capacity, 6)]:
                self.register(event, participant, Registration.Status.CONFIRMED)
        self.created["instructor's events"] += len(begun + upcoming)

    def ensure_class_visits(self):
        """The demo teacher's schools and class visits: one confirmed and one requested
        ahead, one confirmed in the past with the numbers present."""
        teacher = User.objects.get(email=content.TEACHER_EMAIL)
        schools = []
        for school in content.TEACHER_SCHOOLS:
            found, created = School.objects.get_or_create(
                teacher=teacher, name=school["name"], defaults=school
            )
            self.tally("schools", created)
            schools.append(found)
        if GroupBooking.objects.filter(teacher=teacher).exists():
            self.existing["class visits"] += 1
            return
        slots = (
            Event.objects.filter(
                course__format=CoursePage.Format.CLASS_VISIT,
                course__locale=self.locales[SOURCE],
                status=Event.Status.SCHEDULED,
                course__grade_max__gte=6,
            )
            .select_related("course")
            .order_by("starts_at")
        )
        now = timezone.now()
        past = [slot for slot in slots if slot.starts_at < now]
        ahead = [slot for slot in slots if slot.starts_at >= now]
        plan = [
            (ahead[:1], schools[0], "7b", GroupBooking.Status.CONFIRMED, None),
            (ahead[3:4], schools[1], "6a", GroupBooking.Status.REQUESTED, None),
            (past[-1:], schools[0], "6c", GroupBooking.Status.CONFIRMED, (22, 2)),
        ]
        for slots_, school, class_name, status, present in plan:
            for slot in slots_:
                course = slot.course
                grade = max(course.grade_min or 6, min(course.grade_max, 6))
                pupils = min(course.group_max, 22)
                GroupBooking.objects.create(
                    event=slot,
                    teacher=teacher,
                    school=school,
                    class_name=class_name,
                    grade=grade,
                    pupils=pupils,
                    adults=math.ceil(pupils / course.pupils_per_adult),
                    language=slot.language,
                    phone="+49 3583 512345",
                    status=status,
                    pupils_present=present and present[0],
                    adults_present=present and present[1],
                )
                self.tally("class visits", True)

    def ensure_finished_runs(self):
        """A run of each finished course that ended two days ago, with the demo
        account's participant (present every time) and demo families (one missed half),
        so that `issue_due_certificates` has certificates to issue."""
        instructor = User.objects.get(email=content.INSTRUCTOR_EMAIL)
        ended = timezone.now() - datetime.timedelta(days=2)
        for email, first_name, slug in content.FINISHED_RUNS:
            participant = Participant.objects.get(
                guardian__email=email, first_name=first_name
            )
            if participant.registrations.filter(
                event__course__slug=slug, event__ends_at__lt=timezone.now()
            ).exists():
                self.existing["finished runs"] += 1
                continue
            model = Event.objects.filter(
                course__slug=slug, course__locale=self.locales[SOURCE]
            ).first()
            event = Event.objects.create(
                course=model.course,
                venue=model.venue,
                capacity=model.capacity,
                language=model.language,
                price=model.price,
                status=Event.Status.SCHEDULED,
            )
            event.instructors.add(instructor)
            start = timezone.localtime(model.starts_at).time()
            last_day = timezone.localdate(ended)
            sessions = []
            for number in range(4):
                starts_at = local_datetime(
                    last_day - datetime.timedelta(weeks=3 - number), start
                )
                sessions.append(
                    Session.objects.create(
                        event=event,
                        sort_order=number,
                        starts_at=starts_at,
                        ends_at=starts_at + datetime.timedelta(hours=2),
                    )
                )
            day = timezone.localdate(sessions[0].starts_at)
            others = [
                p
                for p in self.demo_participants
                if p != participant and model.course.accepts(p.birth_date, day)
            ][:4]
            for position, person in enumerate([participant, *others]):
                self.register(event, person, Registration.Status.CONFIRMED)
                registration = person.registrations.get(event=event)
                for number, session in enumerate(sessions):
                    missed = position == len(others) and number % 2
                    Attendance.objects.create(
                        registration=registration,
                        session=session,
                        status=Attendance.Status.ABSENT
                        if missed
                        else Attendance.Status.PRESENT,
                        method=Attendance.Method.TAP,
                        marked_by=instructor,
                    )
            self.created["finished runs"] += 1

    def register(self, event, participant, status):
        Registration.objects.create(
            event=event, participant=participant, seats=1, status=status
        )
        self.created["registrations"] += 1

    def fill_events(self, events):
        """Make some new upcoming events fully booked (with a waiting list), some nearly full."""
        rng = random.Random("demo registrations")
        candidates = list(
            Event.objects.upcoming()
            .filter(pk__in=[event.pk for event in events], registrations__isnull=True)
            .exclude(course__format=CoursePage.Format.CLASS_VISIT)
            .select_related("course")
            .order_by("pk")
        )
        rng.shuffle(candidates)
        full = nearly_full = 0
        for event in candidates:
            if full >= FULL_EVENTS and nearly_full >= NEARLY_FULL_EVENTS:
                break
            fitting = [
                participant
                for participant in self.demo_participants
                if event.course.accepts(
                    participant.birth_date, timezone.localdate(event.starts_at)
                )
            ]
            rng.shuffle(fitting)
            capacity = rng.randint(6, 10)
            if full < FULL_EVENTS and len(fitting) > capacity:
                confirmed, waitlisted = (
                    capacity,
                    min(rng.randint(1, 3), len(fitting) - capacity),
                )
                full += 1
            elif nearly_full < NEARLY_FULL_EVENTS and len(fitting) >= capacity - 1:
                confirmed, waitlisted = capacity - rng.randint(1, 2), 0
                nearly_full += 1
            else:
                continue
            event.capacity = capacity
            event.save(update_fields=["capacity"])
            for participant in fitting[:confirmed]:
                self.register(event, participant, Registration.Status.CONFIRMED)
            for participant in fitting[confirmed : confirmed + waitlisted]:
                self.register(event, participant, Registration.Status.WAITLISTED)

    # Report ---------------------------------------------------------------------

    def report(self, duration):
        """What was created, what was already there, and what the site now holds."""
        kinds = sorted(set(self.created) | set(self.existing))
        self.stdout.write("Created: " + self.counts(self.created, kinds))
        self.stdout.write("Already there: " + self.counts(self.existing, kinds))
        courses = ", ".join(
            f"{code} {CoursePage.objects.live().filter(locale=locale).count()}"
            for code, locale in self.locales.items()
        )
        events = Event.objects.all()
        now = timezone.now()
        self.stdout.write(f"Courses per language: {courses}")
        self.stdout.write(
            f"Events: {events.filter(status=Event.Status.SCHEDULED, starts_at__gte=now).count()} "
            f"upcoming, {events.filter(starts_at__lt=now).count()} past, "
            f"{events.filter(status=Event.Status.CANCELLED).count()} cancelled; "
            f"{Session.objects.count()} sessions; "
            f"{Registration.objects.filter(status='confirmed').count()} confirmed and "
            f"{Registration.objects.filter(status='waitlisted').count()} waitlisted registrations"
        )
        self.stdout.write(
            f"Venues: {Venue.objects.filter(locale=self.locales[SOURCE]).count()}; "
            f"accounts: {User.objects.count()}; participants: {Participant.objects.count()}"
        )
        emails = ", ".join(account["email"] for account in content.ACCOUNTS)
        self.stdout.write(
            f"Demo accounts (password “{content.DEMO_PASSWORD}”): {emails}"
        )
        self.stdout.write(
            self.style.SUCCESS(f"Done in {duration.total_seconds():.1f} s.")
        )

    @staticmethod
    def counts(counter, kinds):
        return ", ".join(f"{kind} {counter[kind]}" for kind in kinds) or "nothing"
