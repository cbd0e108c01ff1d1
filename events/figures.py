"""Figures for the funder: how the programme reaches people over a period – by month,
audience level, age band, topic, format, venue, town, country, provider and gender –,
the demand left on waiting lists, and the class visits. Aggregated and anonymous only.

What counts: confirmed registrations of scheduled events that start in the period
(their first session), with every session held so far; an event belongs to the month
it starts in. A course counts by its German original (`Event.course`), labelled in the
reader's language. Nobody is ever named; counts of people under five are withheld
(`Cell`), and so is the row that would give them away by subtraction.

Other apps add figures through the `FIGURES_HOOK` (certificates issued, for one), so
that `events` never imports them. Reads a fixed number of queries, however many
registrations; the breakdowns are tallied in Python from one row per registration.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import (
    Count,
    DurationField,
    Exists,
    F,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from courses.models import AudienceLevel, CoursePage, Provider, Topic, UnmetSearch
from mint.people.models import Participant, School

from .attendance import held_and_attended
from .models import (
    Attendance,
    Country,
    Event,
    GroupBooking,
    Registration,
    Session,
    WalkIn,
)

# Hook name: fn(period, filters) -> {name: ExtraFigure | number}: figures other apps
# add to the report. An ExtraFigure with `registrations` is broken down like them.
FIGURES_HOOK = "register_figures"

# Counts of people below this are withheld.
SMALL = 5
FEWER = "<5"  # a count of one to four people
WITHHELD = "–"  # withheld so that a small count cannot be worked out, or nothing yet

# At most this long a period at once (the monthly chart stays readable).
MAX_DAYS = 3 * 366

FIGURE_LABELS = {
    "registrations": _("Registrations"),
    "participants": _("Participants"),
    "first_time": _("First time with us"),
    "returning": _("Returning"),
    "hours": _("Participation hours"),
    "attendance": _("Attendance rate (%)"),
    "unmet_demand": _("Left on a waiting list"),
    "events": _("Dates of courses"),
    "below_minimum": _("Dates below their minimum"),
    "classes": _("Class visits"),
    "pupils": _("Pupils"),
    "pupil_hours": _("Pupil hours on class visits"),
    "walk_ins": _("Walk-ins"),
    "walk_in_hours": _("Walk-in hours"),
    "all_hours": _("Participation hours, all"),
}

AGE_BANDS = [
    (0, 5, _("under 6")),
    (6, 9, "6–9"),
    (10, 13, "10–13"),
    (14, 17, "14–17"),
    (18, 25, "18–25"),
    (26, 49, "26–49"),
    (50, 64, "50–64"),
    (65, None, _("65 and over")),
]
NOT_STATED = _("not stated")


@dataclass(frozen=True)
class Period:
    """From `first_day` to `last_day`, both included, in the site's time zone."""

    first_day: datetime.date
    last_day: datetime.date

    @classmethod
    def year(cls, year):
        return cls(datetime.date(year, 1, 1), datetime.date(year, 12, 31))

    @classmethod
    def this_year(cls):
        return cls.year(timezone.localdate().year)

    @property
    def start(self):
        return _midnight(self.first_day)

    @property
    def end(self):
        """The first moment after the period."""
        return _midnight(self.last_day + datetime.timedelta(days=1))

    def months(self):
        """(year, month) of every month the period touches, in order."""
        year, month = self.first_day.year, self.first_day.month
        while (year, month) <= (self.last_day.year, self.last_day.month):
            yield year, month
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)

    def has_begun(self, now=None):
        return self.start <= (now or timezone.now())

    def __str__(self):
        first = date_format(self.first_day, "SHORT_DATE_FORMAT")
        return f"{first}–{date_format(self.last_day, 'SHORT_DATE_FORMAT')}"


def _midnight(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


@dataclass(frozen=True)
class Filters:
    """Narrow the figures to one provider's courses and/or one venue."""

    provider: Provider | None = None
    venue: object = None  # events.Venue

    def __bool__(self):
        return bool(self.provider or self.venue)


NO_FILTERS = Filters()


def events_in(period, filters=NO_FILTERS):
    """Scheduled events of any format that start in the period, narrowed by the
    filters: what every figure counts from (other apps' hooks too)."""
    events = Event.objects.filter(
        status=Event.Status.SCHEDULED,
        starts_at__gte=period.start,
        starts_at__lt=period.end,
    )
    if filters.provider:
        events = events.filter(course__provider=filters.provider)
    if filters.venue:
        events = events.filter(venue=filters.venue)
    return events


def registrations():
    """The registrations the figures count from: with what deleted people leave behind
    (anonymous rows, see Registration.participant), so that past periods stay right."""
    return Registration.records.all()


def person_fields(before):
    """What the figures read about the person behind a registration, as annotations:
    a key to count people once (their pseudonym), the age at the event's start, gender,
    country of residence, and whether they had a confirmed place on a date that
    started before `before`. All from what the registration keeps (its snapshot), so a
    deleted person still counts as they did."""
    earlier = (
        registrations()
        .confirmed()
        .filter(
            pseudonym=OuterRef("pseudonym"),
            event__status=Event.Status.SCHEDULED,
            event__starts_at__lt=before,
        )
    )
    return {
        "person_key": F("pseudonym"),
        "person_age": F("age"),
        "person_gender": F("gender"),
        "person_country": F("home_country"),
        "person_returning": Exists(earlier),
    }


def hours_attended(now=None):
    """Annotation for registrations: the length of the sessions held so far that the
    person attended (present or late), as a duration."""
    now = now or timezone.now()
    attended = (
        Attendance.objects.filter(
            registration=OuterRef("pk"),
            status__in=Attendance.ATTENDED,
            session__starts_at__lte=now,
        )
        .order_by()
        .values("registration")
        .annotate(total=Sum(F("session__ends_at") - F("session__starts_at")))
        .values("total")
    )
    return Coalesce(
        Subquery(attended, output_field=DurationField()),
        Value(datetime.timedelta(0)),
        output_field=DurationField(),
    )


def length_of_sessions(event_ref):
    """Subquery: how long the sessions of the event at `event_ref` last together."""
    return Subquery(
        Session.objects.filter(event=event_ref)
        .order_by()
        .values("event")
        .annotate(total=Sum(F("ends_at") - F("starts_at")))
        .values("total"),
        output_field=DurationField(),
    )


FACT_FIELDS = [
    "pk",
    "event_id",
    "event__starts_at",
    "event__course_id",
    "event__course__format",
    "event__course__provider_id",
    "event__course__provider__name",
    "event__course__provider__translation_key",
    "event__venue_id",
    "event__venue__name",
    "event__venue__town",
    "event__venue__country",
    "person_key",
    "person_age",
    "person_gender",
    "person_country",
    "person_returning",
    "sessions_held",
    "sessions_attended",
    "hours",
]


def registration_facts(period, filters=NO_FILTERS, now=None):
    """One row per confirmed registration counted: where, when, what, who (as far as
    the figures need) and how much was attended. One query."""
    now = now or timezone.now()
    return list(
        registrations()
        .confirmed()
        .filter(event__in=events_in(period, filters))
        .annotate(
            **person_fields(period.start),
            **held_and_attended(now),
            hours=hours_attended(now),
        )
        .order_by()
        .values(*FACT_FIELDS)
    )


# Withholding small numbers


@dataclass(frozen=True)
class Cell:
    """A figure as shown: the number, or a mark where it is withheld."""

    value: int | float | None
    mark: str = ""
    decimals: int = 0

    def __str__(self):
        if self.mark:
            return self.mark
        if self.value is None:
            return WITHHELD
        return number_format(self.value, self.decimals, force_grouping=True)

    @property
    def shown(self):
        return not self.mark and self.value is not None

    @property
    def export_value(self):
        """A number for spreadsheets, or the mark."""
        return self.value if self.shown else str(self)


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    people: bool = False  # a count of people: withheld from one to four
    decimals: int = 0

    def cell(self, value, *, small=False):
        """`small`: the row counts fewer than five people, so nothing in it shows."""
        few = self.people and value is not None and 0 < value < SMALL
        if small:
            return Cell(None, FEWER if few else WITHHELD)
        if few:
            return Cell(None, FEWER)
        return Cell(value, decimals=self.decimals)


HOURS = Column("hours", FIGURE_LABELS["hours"], decimals=1)
ACTIVITY_COLUMNS = [
    Column("registrations", FIGURE_LABELS["registrations"], people=True),
    Column("participants", FIGURE_LABELS["participants"], people=True),
    HOURS,
    Column("attendance", FIGURE_LABELS["attendance"]),
]


@dataclass
class Row:
    key: object
    label: str
    cells: dict
    raw: dict = field(repr=False)
    small: bool = False
    complement: bool = False  # withheld only so that a small row stays hidden

    @property
    def base(self):
        return self.raw.get("participants", 0)

    def withhold(self, columns):
        self.complement = True
        self.cells = {column.key: Cell(None, WITHHELD) for column in columns}


def protected_row(key, label, raw, columns, base_key="participants"):
    base = raw.get(base_key) or 0
    small = 0 < base < SMALL
    cells = {
        column.key: column.cell(raw.get(column.key), small=small) for column in columns
    }
    return Row(key=key, label=label, cells=cells, raw=raw, small=small)


def protect_partition(rows, columns):
    """Rows that share out a total: if exactly one is small, the total would give it
    away, so the next smallest row is withheld as well."""
    if sum(row.small for row in rows) != 1:
        return rows
    others = [row for row in rows if not row.small and row.base > 0]
    if others:
        min(others, key=lambda row: row.base).withhold(columns)
    return rows


# Tallies of registrations


def percent(part, whole):
    """Whole per cent, halves up; None without a whole."""
    if not whole:
        return None
    return int((Decimal(100) * part / whole).quantize(Decimal(1), ROUND_HALF_UP))


def hours(duration):
    """Hours to one decimal, halves up."""
    seconds = Decimal(duration.total_seconds())
    return float((seconds / 3600).quantize(Decimal("0.1"), ROUND_HALF_UP))


class Tally:
    def __init__(self):
        self.registrations = 0
        self.people = set()
        self.ids = set()
        self.held = self.attended = 0
        self.duration = datetime.timedelta(0)

    def add(self, fact):
        self.registrations += 1
        self.people.add(fact["person_key"])
        self.ids.add(fact["pk"])
        self.held += fact["sessions_held"]
        self.attended += fact["sessions_attended"]
        self.duration += fact["hours"] or datetime.timedelta(0)

    def values(self, extras):
        values = {
            "registrations": self.registrations,
            "participants": len(self.people),
            "hours": hours(self.duration),
            "attendance": percent(self.attended, self.held),
        }
        for name, extra in extras.items():
            values[name] = len(extra.registrations & self.ids)
        return values


@dataclass(frozen=True)
class ExtraFigure:
    """A figure another app adds (see FIGURES_HOOK): a count, or the registrations it
    counts so that it is broken down like them."""

    label: str
    count: int = 0
    registrations: frozenset | None = None
    people: bool = True

    @property
    def total(self):
        if self.registrations is None:
            return self.count
        return len(self.registrations)


@dataclass
class Breakdown:
    name: str
    title: str
    columns: list
    rows: list
    total: Row | None = None  # rows that share out the total show it
    chart: str = "bars"  # or "columns" (months)
    note: str = ""

    @property
    def has_data(self):
        return any(row.raw.get("registrations") for row in self.rows)


@dataclass
class Headline:
    key: str
    label: str
    cell: Cell


@dataclass
class DemandRow:
    course_id: int
    label: str
    dates: int
    waiting: Cell


def _local_start(fact):
    return timezone.localtime(fact["event__starts_at"])


def age_band(age):
    if age is None:
        return None
    for low, high, _name in AGE_BANDS:
        if age >= low and (high is None or age <= high):
            return low
    return None


class Figures:
    """The report for a period and filters; each part is read when first asked for."""

    def __init__(self, period, filters=NO_FILTERS, *, now=None):
        self.period = period
        self.filters = filters or NO_FILTERS
        self.now = now or timezone.now()

    # What is read

    @cached_property
    def facts(self):
        return registration_facts(self.period, self.filters, self.now)

    @cached_property
    def extras(self):
        """Figures of other apps by name, from the hook."""
        found = {}
        for fn in hooks.get_hooks(FIGURES_HOOK):
            for name, value in (fn(self.period, self.filters) or {}).items():
                if not isinstance(value, ExtraFigure):
                    value = ExtraFigure(
                        label=FIGURE_LABELS.get(name, name), count=value
                    )
                found[name] = value
        return found

    @cached_property
    def broken_down_extras(self):
        return {
            name: extra
            for name, extra in self.extras.items()
            if extra.registrations is not None
        }

    @cached_property
    def columns(self):
        return ACTIVITY_COLUMNS + [
            Column(name, extra.label, people=extra.people)
            for name, extra in self.broken_down_extras.items()
        ]

    @cached_property
    def events(self):
        """Dates of courses (class visits aside) and how many are below their
        course's minimum of confirmed seats. One query."""
        return (
            events_in(self.period, self.filters)
            .exclude(course__format=CoursePage.Format.CLASS_VISIT)
            .with_seats()
            .aggregate(
                events=Count("pk"),
                below_minimum=Count(
                    "pk", filter=Q(seats_taken__lt=F("course__min_participants"))
                ),
            )
        )

    @cached_property
    def class_visits(self):
        return visit_figures(self.period.first_day, self.period.last_day, self.filters)

    @cached_property
    def walk_ins(self):
        """People who came to a session held so far without a registration, and the
        hours they spent there (the session's length each). One query."""
        return WalkIn.objects.filter(
            session__event__in=events_in(self.period, self.filters),
            session__starts_at__lte=self.now,
        ).aggregate(
            count=Count("pk"),
            duration=Coalesce(
                Sum(F("session__ends_at") - F("session__starts_at")),
                Value(datetime.timedelta(0)),
                output_field=DurationField(),
            ),
        )

    # The report

    @cached_property
    def total(self):
        tally = Tally()
        for fact in self.facts:
            tally.add(fact)
        return tally

    @cached_property
    def total_row(self):
        raw = self.total.values(self.broken_down_extras)
        return protected_row("total", _("Total"), raw, self.columns)

    @cached_property
    def people(self):
        """First-time and returning people, each counted once."""
        returning = {f["person_key"] for f in self.facts if f["person_returning"]}
        return {
            "first_time": len(self.total.people - returning),
            "returning": len(returning),
        }

    @cached_property
    def headline(self):
        """The figures at a glance, withheld like a row of a table."""
        total = self.total_row
        people = Column("", "", people=True)
        first, back = (
            people.cell(self.people[key], small=total.small)
            for key in (
                "first_time",
                "returning",
            )
        )
        # Both add up to the participants: one withheld hides the other too.
        if first.shown != back.shown and total.cells["participants"].shown:
            first, back = (
                cell if not cell.shown else Cell(None, WITHHELD)
                for cell in (first, back)
            )
        cells = {
            "registrations": total.cells["registrations"],
            "participants": total.cells["participants"],
            "first_time": first,
            "returning": back,
            "hours": total.cells["hours"],
            "attendance": total.cells["attendance"],
        }
        for name, extra in self.extras.items():
            column = Column(name, extra.label, people=extra.people)
            cells[name] = (
                total.cells[name]
                if name in total.cells
                else column.cell(extra.total, small=total.small and extra.people)
            )
        cells["unmet_demand"] = people.cell(self.unmet_demand)
        events = Column("", "")
        cells["events"] = events.cell(self.events["events"])
        cells["below_minimum"] = events.cell(self.events["below_minimum"])
        visits = self.class_visits["total"]
        cells["classes"] = events.cell(visits["visits"])
        cells["pupils"] = people.cell(visits["pupils"])
        cells["pupil_hours"] = protected_visit_rows([visits])[0].cells["pupil_hours"]
        walk_ins = self.walk_ins["count"]
        cells["walk_ins"] = people.cell(walk_ins)
        cells["walk_in_hours"] = HOURS.cell(
            hours(self.walk_ins["duration"]), small=0 < walk_ins < SMALL
        )
        parts = [cells[key] for key in ("hours", "pupil_hours", "walk_in_hours")]
        cells["all_hours"] = (
            HOURS.cell(round(sum(cell.value for cell in parts), 1))
            if all(cell.shown for cell in parts)
            else Cell(None, WITHHELD)  # the others would give a withheld part away
        )
        labels = {**FIGURE_LABELS, **{n: x.label for n, x in self.extras.items()}}
        return [Headline(key, labels[key], cell) for key, cell in cells.items()]

    def headline_cell(self, key):
        return next((h.cell for h in self.headline if h.key == key), None)

    @cached_property
    def is_empty(self):
        """Nothing in the period for this selection: no registration, no date of a
        course, no class visit."""
        return not (
            self.facts or self.events["events"] or self.class_visits["total"]["visits"]
        )

    # Breakdowns

    def breakdown(self, name, title, key_of, rows, *, partition=True, **kwargs):
        """Tally the facts by `key_of(fact)` (a key, or a list of keys for courses
        with several topics) into `rows`: [(key, label)], or a function of the keys
        found that returns them."""
        tallies = defaultdict(Tally)
        for fact in self.facts:
            keys = key_of(fact)
            for key in keys if isinstance(keys, list) else [keys]:
                tallies[key].add(fact)
        if callable(rows):
            rows = rows(tallies)
        extras = self.broken_down_extras
        result = [
            protected_row(
                key, label, tallies.get(key, Tally()).values(extras), self.columns
            )
            for key, label in rows
        ]
        if partition:
            protect_partition(result, self.columns)
        return Breakdown(
            name=name,
            title=title,
            columns=self.columns,
            rows=result,
            total=self.total_row if partition else None,
            **kwargs,
        )

    @cached_property
    def by_month(self):
        months = [
            ((year, month), date_format(datetime.date(year, month, 1), "F Y"))
            for year, month in self.period.months()
        ]
        return self.breakdown(
            "month",
            _("By month"),
            lambda f: (_local_start(f).year, _local_start(f).month),
            months,
            chart="columns",
        )

    @cached_property
    def breakdowns(self):
        """Every breakdown but the months, in the order of the report."""
        return [
            self.by_audience_level,
            self.by_age,
            self.by_topic,
            self.by_format,
            self.by_venue,
            self.by_town,
            self.by_venue_country,
            self.by_home_country,
            self.by_provider,
            self.by_gender,
        ]

    @cached_property
    def course_taxonomies(self):
        """Topics and audience levels of the courses counted, labelled in the active
        language: {course id: [(sort key, label)]} for each. Four queries."""
        courses = {fact["event__course_id"] for fact in self.facts}
        result = {}
        for name, model in (("topics", Topic), ("audience_levels", AudienceLevel)):
            through = getattr(CoursePage, name).through
            column = through._meta.get_field(model._meta.model_name).attname
            translated = model.in_active_language()
            items = defaultdict(list)
            for link in (
                through.objects.filter(coursepage_id__in=courses)
                .select_related(model._meta.model_name)
                .order_by()
            ):
                item = getattr(link, model._meta.model_name)
                label = translated.get(item.translation_key, item).name
                items[link.coursepage_id].append(
                    ((item.sort_order, label, getattr(link, column)), label)
                )
            result[name] = items
        return result

    def _by_taxonomy(self, name, title, note):
        items = self.course_taxonomies[name]

        def keys(fact):
            return [key for key, _label in items.get(fact["event__course_id"], [])]

        def rows(tallies):
            labels = {key: label for found in items.values() for key, label in found}
            return [(key, labels[key]) for key in sorted(tallies)]

        return self.breakdown(name, title, keys, rows, partition=False, note=note)

    @cached_property
    def by_topic(self):
        return self._by_taxonomy(
            "topics",
            _("By topic"),
            _("A course may have several topics: it counts under each of them."),
        )

    @cached_property
    def by_audience_level(self):
        return self._by_taxonomy(
            "audience_levels",
            _("By audience level"),
            _("A course may be for several levels: it counts under each of them."),
        )

    @cached_property
    def by_age(self):
        rows = [(low, label) for low, _high, label in AGE_BANDS]
        if any(f["person_age"] is None for f in self.facts):
            rows.append((None, NOT_STATED))
        return self.breakdown(
            "age", _("By age at the start"), lambda f: age_band(f["person_age"]), rows
        )

    @cached_property
    def by_format(self):
        formats = [
            (value, label)
            for value, label in CoursePage.Format.choices
            if value != CoursePage.Format.CLASS_VISIT
        ]
        return self.breakdown(
            "format", _("By format"), lambda f: f["event__course__format"], formats
        )

    def _most_first(self, labels):
        """Rows of the keys found, most participants first."""

        def rows(tallies):
            order = sorted(
                tallies, key=lambda key: (-len(tallies[key].people), str(labels[key]))
            )
            return [(key, labels[key]) for key in order]

        return rows

    @cached_property
    def by_venue(self):
        labels = {
            f[
                "event__venue_id"
            ]: f"{f['event__venue__name']}, {f['event__venue__town']}"
            for f in self.facts
        }
        return self.breakdown(
            "venue",
            _("By venue"),
            lambda f: f["event__venue_id"],
            self._most_first(labels),
        )

    @cached_property
    def by_town(self):
        labels = {f["event__venue__town"]: f["event__venue__town"] for f in self.facts}
        return self.breakdown(
            "town",
            _("By town"),
            lambda f: f["event__venue__town"],
            self._most_first(labels),
        )

    @cached_property
    def by_venue_country(self):
        return self.breakdown(
            "venue_country",
            _("By country of the venue"),
            lambda f: f["event__venue__country"],
            Country.choices,
        )

    @cached_property
    def by_home_country(self):
        return self.breakdown(
            "home_country",
            _("By country of residence"),
            lambda f: f["person_country"] or "",
            [*Participant.HomeCountry.choices, ("", NOT_STATED)],
        )

    @cached_property
    def by_provider(self):
        translated = Provider.in_active_language() if self.facts else {}
        labels = {None: _("No provider")}
        for f in self.facts:
            key = f["event__course__provider__translation_key"]
            if key is not None:
                labels[key] = getattr(
                    translated.get(key), "name", f["event__course__provider__name"]
                )
        return self.breakdown(
            "provider",
            _("By provider"),
            lambda f: f["event__course__provider__translation_key"],
            self._most_first(labels),
        )

    @cached_property
    def by_gender(self):
        Gender = Participant.Gender
        return self.breakdown(
            "gender",
            _("By gender (self-declared)"),
            lambda f: f["person_gender"] or Gender.NOT_STATED,
            Gender.choices,
            note=_("“Prefer not to say” includes everyone who did not answer."),
        )

    # Demand

    @cached_property
    def waiting(self):
        """Per course, waitlisted registrations never promoted for dates that have
        begun, most first. One query, and one for the titles."""
        rows = list(
            registrations()
            .waitlisted()
            .filter(
                event__in=events_in(self.period, self.filters),
                event__starts_at__lte=self.now,
            )
            .order_by()
            .values(
                "event__course_id",
                "event__course__title",
                "event__course__translation_key",
            )
            .annotate(waiting=Count("pk"), dates=Count("event", distinct=True))
        )
        rows.sort(key=lambda row: (-row["waiting"], row["event__course__title"]))
        return rows

    @cached_property
    def unmet_demand(self):
        return sum(row["waiting"] for row in self.waiting)

    def unmet_searches(self, limit=15):
        """The catalogue's searches that found nothing in the period, most often asked
        first (words and filters only; see courses.demand). One query."""
        return list(
            UnmetSearch.objects.filter(
                day__gte=self.period.first_day, day__lte=self.period.last_day
            )
            .values("query", "filters")
            .annotate(total=Sum("count"))
            .order_by("-total", "query", "filters")[:limit]
        )

    def most_waitlisted(self, limit=10):
        rows = self.waiting[:limit]
        titles = course_titles([row["event__course__translation_key"] for row in rows])
        people = Column("waiting", "", people=True)
        return [
            DemandRow(
                course_id=row["event__course_id"],
                label=titles.get(
                    row["event__course__translation_key"], row["event__course__title"]
                ),
                dates=row["dates"],
                waiting=people.cell(row["waiting"]),
            )
            for row in rows
        ]


def course_titles(translation_keys):
    """Titles of courses in the active language, by translation key (one query)."""
    if not translation_keys:
        return {}
    return dict(
        CoursePage.objects.filter(
            translation_key__in=translation_keys,
            locale__language_code=get_language(),
        ).values_list("translation_key", "title")
    )


# Class visits: schools, classes, pupils and adults by school type and country


VISIT_FIGURES = {
    "visits": Count("pk"),
    "schools": Count("school_pseudonym", distinct=True),
    "pupils": Coalesce(Sum("pupils"), 0),
    "adults": Coalesce(Sum("adults"), 0),
    "recorded": Count("pupils_present"),
    "pupils_present": Coalesce(Sum("pupils_present"), 0),
    "adults_present": Coalesce(Sum("adults_present"), 0),
}


def visit_figures(first_day, last_day, filters=NO_FILTERS):
    """Confirmed class visits with a slot from `first_day` to `last_day`: visits,
    schools, pupils and adults booked and present and the pupils' hours, by type of
    school and by country of the school, and in total; four queries, however many
    visits. Bookings of deleted accounts count too, by what they keep of the school
    (see GroupBooking.take_snapshot), so that past periods stay right."""
    period = Period(first_day, last_day)
    visits = GroupBooking.records.filter(
        status=GroupBooking.Status.CONFIRMED,
        event__in=events_in(period, filters or NO_FILTERS),
    ).order_by()
    spent = _pupil_hours(visits)
    total = visits.aggregate(**VISIT_FIGURES)
    by_type = spent["school_type"].values()
    total["pupil_hours"] = hours(sum(by_type, datetime.timedelta(0)))
    return {
        "by_type": _visit_rows(visits, "school_type", School.Type.choices, spent),
        "by_country": _visit_rows(
            visits, "school_country", Participant.HomeCountry.choices, spent
        ),
        "total": total,
    }


def _pupil_hours(visits):
    """Pupils present × the length of their slot's sessions, for the visits whose
    numbers were recorded, by school type and by country: {key: {value: duration}}.
    One query (a product of a count and a duration is not portable SQL)."""
    keys = ["school_type", "school_country"]
    spent = {key: defaultdict(datetime.timedelta) for key in keys}
    rows = (
        visits.filter(pupils_present__isnull=False)
        .annotate(length=length_of_sessions(OuterRef("event")))
        .values_list(*keys, "pupils_present", "length")
    )
    for *values, pupils, length in rows:
        for key, value in zip(keys, values, strict=True):
            spent[key][value] += pupils * (length or datetime.timedelta(0))
    return spent


def _visit_rows(queryset, key, choices, spent):
    """One row per choice, in the choices' order, zeros where there was no visit."""
    found = {
        row.pop(key): row for row in queryset.values(key).annotate(**VISIT_FIGURES)
    }
    empty = dict.fromkeys(VISIT_FIGURES, 0)
    return [
        {
            "label": label,
            **found.get(value, empty),
            "pupil_hours": hours(spent[key].get(value, datetime.timedelta(0))),
        }
        for value, label in choices
    ]


VISIT_COLUMNS = [
    Column("visits", _("Classes")),
    Column("schools", _("Schools")),
    Column("pupils", _("Pupils booked"), people=True),
    Column("pupils_present", _("Pupils present"), people=True),
    Column("adults_present", _("Adults present"), people=True),
    Column("pupil_hours", _("Pupil hours"), decimals=1),
]


def protected_visit_rows(rows, keys=None):
    """Class-visit rows with pupils and adults under five withheld; `keys`, one per
    row, default to the labels."""
    keys = keys or [str(row.get("label")) for row in rows]
    result = []
    for key, row in zip(keys, rows, strict=True):
        cells = {column.key: column.cell(row[column.key]) for column in VISIT_COLUMNS}
        if not cells["pupils_present"].shown:  # hours ÷ length would tell the count
            cells["pupil_hours"] = Cell(None, WITHHELD)
        result.append(Row(key=key, label=row.get("label"), cells=cells, raw=row))
    return result
