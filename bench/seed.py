"""Seed a realistic catalogue quickly: bulk inserts instead of one save per object.

Course pages are Wagtail pages in a treebeard tree. Adding 5,000 of them with
`add_child` costs several queries each, so their tree paths are computed here
(`MP_Node`: the parent's path plus one 4-character base-36 step, depth + 1), the
`wagtailcore_page` rows go in with `Page.objects.bulk_create`, and the
`courses_coursepage` rows (multi-table inheritance, which `bulk_create` does not
support) with one `executemany` of plain INSERTs. The search index gets the
courses through the search backend's bulk add, as publishing would add them one by one.

Random choices come from a seeded generator, so two runs with the same numbers build
the same data (apart from dates, which are relative to today).
"""

import datetime
import random
import time
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page, Site
from wagtail.search.backends import get_search_backend

from courses.models import AudienceLevel, CourseIndexPage, CoursePage, Provider, Topic
from events.models import Event, Registration, Session, Venue
from mint.models import HomePage
from mint.people.models import Participant, User

# Every 20th course has this word in its title: a search that finds about 5 %.
SEARCH_WORD = "Roboter"
TOWN = "Görlitz"
TOPIC = "robotik"

TOPICS = [
    ("Mathematik", "mathematik", "math"),
    ("Informatik", "informatik", "computer"),
    ("Physik", "physik", "flask"),
    ("Chemie", "chemie", "flask"),
    ("Biologie", "biologie", "leaf"),
    ("Technik", "technik", "gear"),
    ("3D-Druck", "3d-druck", "printer"),
    ("Energie", "energie", "battery"),
    ("Robotik", TOPIC, "robot"),
    ("Astronomie", "astronomie", "star"),
]
LEVELS = [
    ("Kita", "kita", 3, 6),
    ("Grundschule", "grundschule", 6, 10),
    ("Sekundarstufe I", "sek1", 10, 16),
    ("Sekundarstufe II", "sek2", 16, 19),
    ("Ausbildung und Studium", "ausbildung", 16, 25),
    ("Erwachsene", "erwachsene", 18, None),
    ("Seniorinnen und Senioren", "senioren", 60, None),
]
PROVIDERS = [
    ("Science-Center Oberlausitz", "Zittau"),
    ("Hochschule Zittau/Görlitz", "Görlitz"),
    ("Stadtbibliothek Löbau", "Löbau"),
    ("Dom Kultury Zgorzelec", "Zgorzelec"),
    ("iQLANDIA", "Liberec"),
    ("Technischer Verein Bautzen", "Bautzen"),
]
TOWNS = [  # (town, country, postcode, venues there)
    ("Zittau", "DE", "02763", 4),
    (TOWN, "DE", "02826", 3),
    ("Löbau", "DE", "02708", 2),
    ("Bautzen", "DE", "02625", 2),
    ("Herrnhut", "DE", "02747", 1),
    ("Großschönau", "DE", "02779", 1),
    ("Ebersbach-Neugersdorf", "DE", "02730", 1),
    ("Oybin", "DE", "02797", 1),
    ("Zgorzelec", "PL", "59-900", 2),
    ("Bogatynia", "PL", "59-920", 2),
    ("Lubań", "PL", "59-800", 1),
    ("Jelenia Góra", "PL", "58-500", 2),
    ("Bolesławiec", "PL", "59-700", 1),
    ("Liberec", "CZ", "460 01", 3),
    ("Jablonec nad Nisou", "CZ", "466 01", 1),
    ("Hrádek nad Nisou", "CZ", "463 34", 1),
    ("Frýdlant", "CZ", "464 01", 1),
    ("Varnsdorf", "CZ", "407 47", 1),
]
SUBJECTS = [
    "Experimente mit Wasser",
    "Programmieren mit Scratch",
    "Löten für Einsteiger",
    "Sternenhimmel beobachten",
    "Werkstatt für 3D-Druck",
    "Solarenergie verstehen",
    "Knobeleien und Zahlenrätsel",
    "Chemie in der Küche",
    "Elektronik zum Anfassen",
    "Bienen, Blüten, Bestäubung",
    "Mikroskopieren im Labor",
    "Brücken bauen und belasten",
    "Eine Wetterstation bauen",
    "Apps entwickeln",
    "Batterien und Akkus",
    "Geometrie im Alltag",
    "Strom aus Wind",
    "Spurensuche im Wald",
    "Licht, Linsen, Laser",
]
SEARCH_SUBJECT = f"{SEARCH_WORD} bauen und programmieren"
TEASERS = [
    "Ausprobieren, bauen, verstehen.",
    "Forschen in kleinen Gruppen mit erfahrenen Fachleuten.",
    "Vom ersten Versuch bis zum eigenen Projekt.",
    "Mit Material zum Mitnehmen und vielen Fragen.",
]
AGE_RANGES = [(4, 6), (6, 10), (8, 12), (10, 14), (12, 16), (14, 18), (16, None)]
AGE_RANGES += [(None, None), (18, None), (60, None)]
HOURS_OF_DAY = [9, 10, 14, 15, 16, 17, 18]
LANGUAGES = ["de"] * 20 + ["pl"] * 2 + ["cs"] * 2 + ["en"]


@dataclass
class Seeded:
    """What the seed produced, and what the requests need from it."""

    courses: int = 0
    events: int = 0
    sessions: int = 0
    registrations: int = 0
    full_events: int = 0
    course_slug: str = ""
    timings: dict = field(default_factory=dict)


def seed(courses, events, seed_value=20250601):
    """Build the whole catalogue; returns a `Seeded` summary with timings per step."""
    rng = random.Random(seed_value)
    result = Seeded()
    with _timed(result, "site"), transaction.atomic():
        index = build_site()
        topics, levels, providers = create_taxonomies()
        venues = create_venues()
    with _timed(result, "courses"), transaction.atomic():
        course_ids = create_courses(index, courses, providers, rng)
        link_taxonomies(course_ids, topics, levels, rng)
    with _timed(result, "events"), transaction.atomic():
        event_rows = create_events(course_ids, events, venues, rng)
        result.sessions = create_sessions(event_rows, rng)
    with _timed(result, "registrations"), transaction.atomic():
        result.registrations, result.full_events = create_registrations(event_rows, rng)
    with _timed(result, "search index"):
        index_courses(course_ids)
    if connection.vendor == "postgresql":
        with _timed(result, "analyze"):
            analyze()
    result.courses, result.events = len(course_ids), len(event_rows)
    result.course_slug = CoursePage.objects.get(
        pk=course_ids[len(course_ids) // 2]
    ).slug
    return result


class _timed:
    def __init__(self, result, name):
        self.result, self.name = result, name

    def __enter__(self):
        self.started = time.perf_counter()

    def __exit__(self, *exc):
        self.result.timings[self.name] = time.perf_counter() - self.started


def build_site():
    """A German home page as the default site's root, with the catalogue under it."""
    Page.objects.filter(depth=2).delete()  # Wagtail's welcome page, and its Site
    home = Page.get_first_root_node().add_child(
        instance=HomePage(title="MINT Dreiländereck", slug="home", hero_title="MINT")
    )
    Site.objects.create(
        hostname="localhost", root_page=home, is_default_site=True, site_name="MINT"
    )
    return home.add_child(instance=CourseIndexPage(title="Kurse", slug="kurse"))


def create_taxonomies():
    german = HomePage.objects.get().locale
    topics = Topic.objects.bulk_create(
        Topic(name=name, slug=slug, icon=icon, sort_order=n, locale=german)
        for n, (name, slug, icon) in enumerate(TOPICS)
    )
    levels = AudienceLevel.objects.bulk_create(
        AudienceLevel(
            name=name, slug=slug, age_min=low, age_max=high, sort_order=n, locale=german
        )
        for n, (name, slug, low, high) in enumerate(LEVELS)
    )
    providers = Provider.objects.bulk_create(
        Provider(name=name, slug=slugify(name), town=town, locale=german)
        for name, town in PROVIDERS
    )
    return topics, levels, providers


def create_venues():
    german = HomePage.objects.get().locale
    venues = []
    for town, country, postcode, count in TOWNS:
        for n in range(1, count + 1):
            venues.append(
                Venue(
                    name=f"Lernort {town} {n}",
                    street=f"Marktstraße {n}",
                    postcode=postcode,
                    town=town,
                    country=country,
                    step_free=n % 2 == 1,
                    locale=german,
                )
            )
    return Venue.objects.bulk_create(venues)


def create_courses(index, count, providers, rng):
    """`count` live German course pages under `index`; returns their ids in order."""
    content_type = ContentType.objects.get_for_model(CoursePage)
    now = timezone.now()
    courses = [
        _course(index, number, content_type, now, providers, rng)
        for number in range(1, count + 1)
    ]
    page_fields = [f.attname for f in Page._meta.concrete_fields]
    pages = Page.objects.bulk_create(
        [Page(**{name: getattr(c, name) for name in page_fields}) for c in courses],
        batch_size=1000,
    )
    for course, page in zip(courses, pages, strict=True):
        course.id = course.page_ptr_id = page.pk
    _insert_own_rows(CoursePage, courses)
    Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + count)
    return [course.pk for course in courses]


def _course(index, number, content_type, now, providers, rng):
    subject = SEARCH_SUBJECT if number % 20 == 7 else rng.choice(SUBJECTS)
    title = f"{subject} ({number})"
    slug = slugify(title)
    course_format = rng.choice(CoursePage.Format.values)
    age_min, age_max = rng.choice(AGE_RANGES)
    grades = (3, 6) if course_format == CoursePage.Format.CLASS_VISIT else (None, None)
    return CoursePage(
        title=title,
        draft_title=title,
        slug=slug,
        path=Page._get_path(index.path, index.depth + 1, number),
        depth=index.depth + 1,
        numchild=0,
        url_path=f"{index.url_path}{slug}/",
        live=True,
        has_unpublished_changes=False,
        first_published_at=now,
        last_published_at=now,
        content_type=content_type,
        locale_id=index.locale_id,
        teaser=rng.choice(TEASERS),
        format=course_format,
        age_min=age_min,
        age_max=age_max,
        age_rule=(
            CoursePage.AgeRule.BIRTH_YEAR
            if rng.random() < 0.2
            else CoursePage.AgeRule.EXACT
        ),
        grade_min=grades[0],
        grade_max=grades[1],
        min_participants=rng.choice([0, 0, 3, 5]),
        hours=rng.choice([None, 2, 4, 8, 16, 24]),
        provider=rng.choice(providers),
    )


def _insert_own_rows(model, objs):
    """INSERT the rows of `model`'s own table for objects whose parent rows exist."""
    fields = model._meta.local_concrete_fields
    quote = connection.ops.quote_name
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        quote(model._meta.db_table),
        ", ".join(quote(f.column) for f in fields),
        ", ".join(["%s"] * len(fields)),
    )
    rows = [
        [f.get_db_prep_save(getattr(obj, f.attname), connection) for f in fields]
        for obj in objs
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def link_taxonomies(course_ids, topics, levels, rng):
    """One or two topics and one to three audience levels per course."""
    topic_rows = CoursePage.topics.through
    level_rows = CoursePage.audience_levels.through
    topic_links, level_links = [], []
    for course_id in course_ids:
        for topic in rng.sample(topics, rng.choice([1, 1, 2])):
            topic_links.append(topic_rows(coursepage_id=course_id, topic_id=topic.pk))
        for level in rng.sample(levels, rng.choice([1, 2, 3])):
            level_links.append(
                level_rows(coursepage_id=course_id, audiencelevel_id=level.pk)
            )
    topic_rows.objects.bulk_create(topic_links, batch_size=2000)
    level_rows.objects.bulk_create(level_links, batch_size=2000)


def create_events(course_ids, count, venues, rng):
    """`count` events spread evenly over the courses: about 90 % start within the next
    six months, the rest started in the past; 2 % are cancelled.

    Returns (event, first start) pairs for the sessions and registrations."""
    today = timezone.localdate()
    rows = []
    for number in range(count):
        past = rng.random() < 0.1
        days = -rng.randint(7, 120) if past else rng.randint(1, 182)
        first = timezone.make_aware(
            datetime.datetime.combine(
                today + datetime.timedelta(days=days),
                datetime.time(rng.choice(HOURS_OF_DAY)),
            )
        )
        event = Event(
            course_id=course_ids[number % len(course_ids)],
            label=f"Gruppe {number // len(course_ids) + 1}",
            venue=rng.choice(venues),
            capacity=rng.choice([8, 10, 12, 12, 15, 16, 20, 24]),
            waiting_list=rng.random() < 0.7,
            language=rng.choice(LANGUAGES),
            price=rng.choice([0, 0, 0, 5, 10, 15, 25, 60]),
            status=(
                Event.Status.CANCELLED
                if rng.random() < 0.02
                else Event.Status.SCHEDULED
            ),
        )
        rows.append((event, first))
    Event.objects.bulk_create([event for event, _ in rows], batch_size=2000)
    return rows


def create_sessions(event_rows, rng):
    """One to four sessions per event: weekly, or on consecutive days for a quarter."""
    sessions = []
    for event, first in event_rows:
        step = datetime.timedelta(days=1 if rng.random() < 0.25 else 7)
        length = datetime.timedelta(hours=rng.choice([1.5, 2, 3]))
        for n in range(rng.randint(1, 4)):
            start = first + n * step
            sessions.append(
                Session(
                    event=event, starts_at=start, ends_at=start + length, sort_order=n
                )
            )
    Session.objects.bulk_create(sessions, batch_size=5000)
    Event.objects.refresh_schedule()  # bulk_create sends no signals
    return len(sessions)


def create_registrations(event_rows, rng):
    """Confirmed registrations by a pool of participants: 15 % of the events are
    full (some with people waiting), 45 % partly booked, the rest empty.

    Returns (registrations, full events)."""
    pool = _participants(rng, guardians=40, children_each=10)
    registrations, full = [], 0
    for event, _first in event_rows:
        draw = rng.random()
        if draw < 0.15:
            taken, waiting = event.capacity, rng.choice([0, 0, 1, 3])
            full += 1
        elif draw < 0.60:
            taken, waiting = rng.randint(1, event.capacity - 1), 0
        else:
            continue
        people = rng.sample(pool, taken + waiting)
        for n, participant in enumerate(people):
            status = (
                Registration.Status.CONFIRMED
                if n < taken
                else Registration.Status.WAITLISTED
            )
            registrations.append(
                Registration(event=event, participant=participant, status=status)
            )
    Registration.objects.bulk_create(registrations, batch_size=5000)
    return len(registrations), full


def _participants(rng, guardians, children_each):
    users = User.objects.bulk_create(
        User(email=f"bench{n}@example.org", password="!") for n in range(guardians)
    )
    return Participant.objects.bulk_create(
        Participant(
            guardian=user,
            first_name=f"Kind{n}",
            last_name=f"Familie{user.pk}",
            birth_date=datetime.date(rng.randint(1950, 2021), rng.randint(1, 12), 1),
        )
        for user in users
        for n in range(children_each)
    )


def analyze():
    """PostgreSQL planner statistics, as autovacuum would gather them on a live server.

    Right after a bulk load they are missing, and the seat filter's plans then degrade
    by an order of magnitude. (SQLite keeps no statistics unless asked, like a default
    deployment, so it is not analysed.)"""
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def index_courses(course_ids, chunk=500):
    """Put the courses into the search index, as publishing them would."""
    backend = get_search_backend()
    for start in range(0, len(course_ids), chunk):
        pages = CoursePage.objects.filter(
            pk__in=course_ids[start : start + chunk]
        ).prefetch_related("topics")
        backend.add_bulk(CoursePage, list(pages))


def one_session_each(events, hour):
    """A two-hour session for each of `events`, on consecutive days a month ahead at
    `hour`, and their schedules updated; their ids, in order."""
    today = timezone.localdate()
    sessions = []
    for n, event in enumerate(events):
        start = timezone.make_aware(
            datetime.datetime.combine(
                today + datetime.timedelta(days=30 + n), datetime.time(hour)
            )
        )
        sessions.append(
            Session(
                event=event,
                starts_at=start,
                ends_at=start + datetime.timedelta(hours=2),
                sort_order=0,
            )
        )
    Session.objects.bulk_create(sessions)
    ids = [event.pk for event in events]
    Event.objects.filter(pk__in=ids).refresh_schedule()
    return ids
