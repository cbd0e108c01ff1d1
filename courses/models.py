"""The catalogue: what is offered (CoursePage) and the taxonomies that describe it."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from mint.blocks import BaseStreamBlock

from . import ages
from .forms import CoursePageForm
from .grades import GRADES
from .panels import DatesPanel


class Taxonomy(TranslatableMixin, index.Indexed, models.Model):
    """A translatable lookup; the slug is the same in every language (used in URLs)."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"), max_length=80, help_text=_("Same in every language; used in links.")
    )

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name

    @classmethod
    def in_active_language(cls):
        """All rows in the current language, by translation key (one query)."""
        rows = cls.objects.filter(locale__language_code=get_language())
        return {row.translation_key: row for row in rows}


class Topic(Taxonomy):
    ICONS = [
        ("math", _("Mathematics")),
        ("computer", _("Computer science")),
        ("flask", _("Natural sciences")),
        ("gear", _("Engineering")),
        ("printer", _("3D printing")),
        ("battery", _("Energy")),
        ("robot", _("Robotics")),
        ("leaf", _("Environment")),
        ("star", _("Astronomy")),
    ]
    icon = models.CharField(_("icon"), max_length=20, choices=ICONS, default="gear")
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = ["name", "slug", "icon", "sort_order"]

    class Meta(Taxonomy.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["sort_order", "name"]


class AudienceLevel(Taxonomy):
    """A stage of life and learning, from Kita to seniors, with its typical ages."""

    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    age_min = models.PositiveSmallIntegerField(
        _("typical age from"), null=True, blank=True
    )
    age_max = models.PositiveSmallIntegerField(
        _("typical age to"), null=True, blank=True
    )

    panels = ["name", "slug", "sort_order", FieldRowPanel(["age_min", "age_max"])]

    class Meta(Taxonomy.Meta):
        verbose_name = _("audience level")
        verbose_name_plural = _("audience levels")
        ordering = ["sort_order", "name"]


class Provider(Taxonomy):
    """A partner institution that runs courses."""

    town = models.CharField(_("town"), max_length=120, blank=True)
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True)

    panels = ["name", "slug", "town", "website", "description"]

    class Meta(Taxonomy.Meta):
        verbose_name = _("provider")
        verbose_name_plural = _("providers")
        ordering = ["name"]


class CourseIndexPage(Page):
    """The catalogue: every course of its language, filtered by plain GET parameters."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + ["intro"]
    parent_page_types = ["mint.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        from .catalogue import catalogue_context  # the catalogue reads events lazily

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_context(self, request))
        return context


class CoursePage(Page):
    """What is offered: a course, workshop, holiday programme, class visit or open event."""

    class Format(models.TextChoices):
        COURSE_SERIES = "series", _("Course series")
        WORKSHOP = "workshop", _("Workshop")
        HOLIDAY = "holiday", _("Holiday programme")
        CLASS_VISIT = "class_visit", _("Class visit")
        OPEN_EVENT = "open_event", _("Open event")

    class GradeRule(models.TextChoices):
        WARN = "warn", _("accept with a note")
        REFUSE = "refuse", _("refuse")

    class CertificateKind(models.TextChoices):
        NONE = "none", _("no certificate")
        CHILDREN = "children", _("certificate for children (Urkunde)")
        FORMAL = "formal", _("certificate of participation with hours and contents")
        CLASS = "class", _("confirmation of a class's participation")

    class HoursUnit(models.TextChoices):
        TEACHING = "teaching", _("teaching units of 45 minutes")
        CLOCK = "clock", _("clock hours")

    class AgeRule(models.TextChoices):
        EXACT = ages.EXACT, _("Age on the first day")
        BIRTH_YEAR = ages.BIRTH_YEAR, _("Age reached in the course year (birth year)")

    teaser = models.CharField(_("teaser"), max_length=300)
    plain_language_summary = models.TextField(
        _("in plain language"),
        blank=True,
        help_text=_("Optional: a few short, simple sentences about the course."),
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("description"))
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
    )
    format = models.CharField(
        _("format"), max_length=20, choices=Format, default=Format.WORKSHOP
    )
    topics = ParentalManyToManyField(Topic, blank=True, verbose_name=_("topics"))
    audience_levels = ParentalManyToManyField(
        AudienceLevel, blank=True, verbose_name=_("audience levels")
    )
    provider = models.ForeignKey(
        Provider,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("provider"),
    )
    age_min = models.PositiveSmallIntegerField(
        _("minimum age"), null=True, blank=True, validators=[MaxValueValidator(120)]
    )
    age_max = models.PositiveSmallIntegerField(
        _("maximum age"), null=True, blank=True, validators=[MaxValueValidator(120)]
    )
    age_rule = models.CharField(
        _("age rule"), max_length=12, choices=AgeRule, default=AgeRule.EXACT
    )
    grade_min = models.PositiveSmallIntegerField(
        _("from grade"), null=True, blank=True, choices=GRADES
    )
    grade_max = models.PositiveSmallIntegerField(
        _("to grade"), null=True, blank=True, choices=GRADES
    )
    min_participants = models.PositiveSmallIntegerField(
        _("minimum participants"),
        default=0,
        help_text=_("Below this number the course may be cancelled."),
    )
    cancellation_days = models.PositiveSmallIntegerField(
        _("free cancellation until (days before)"),
        default=2,
        help_text=_(
            "Participants can cancel online until this many days before the start."
        ),
    )
    hours = models.DecimalField(
        _("hours"),
        max_digits=6,
        decimal_places=1,
        null=True,
        blank=True,
        help_text=_("Hours in total, printed on certificates."),
    )
    hours_unit = models.CharField(
        _("hours are"), max_length=8, choices=HoursUnit, default=HoursUnit.TEACHING
    )

    # Certificates: who met the rule gets one (issued by the certificates app).
    certificate_kind = models.CharField(
        _("certificate"),
        max_length=8,
        choices=CertificateKind,
        default=CertificateKind.FORMAL,
    )
    certificate_min_attendance = models.PositiveSmallIntegerField(
        _("attendance needed for a certificate (%)"),
        default=80,
        validators=[MaxValueValidator(100)],
        help_text=_("Share of the sessions a participant must attend, e.g. 80."),
    )
    learning_outcomes = models.TextField(
        _("learning outcomes"),
        blank=True,
        help_text=_("One per line; printed on certificates of participation."),
    )
    certificates_automatic = models.BooleanField(
        _("issue certificates automatically"),
        default=False,
        help_text=_("When a date has ended, everyone who met the rule gets one."),
    )

    # Class visits: a school class books a slot (an Event) as one group.
    curriculum_link = models.TextField(
        _("curriculum link"),
        blank=True,
        help_text=_("Which parts of the curriculum this programme covers."),
    )
    preparation = models.TextField(
        _("what to prepare"),
        blank=True,
        help_text=_(
            "What the class should know or bring; printed on the confirmation."
        ),
    )
    group_min = models.PositiveSmallIntegerField(
        _("fewest pupils"), null=True, blank=True
    )
    group_max = models.PositiveSmallIntegerField(
        _("most pupils"), null=True, blank=True
    )
    pupils_per_adult = models.PositiveSmallIntegerField(
        _("pupils per accompanying adult"),
        default=10,
        help_text=_("At least one adult for this many pupils; 0 for no rule."),
    )
    grade_rule = models.CharField(
        _("classes outside the grades"),
        max_length=8,
        choices=GradeRule,
        default=GradeRule.WARN,
    )
    bookings_need_confirmation = models.BooleanField(
        _("bookings need confirmation by staff"),
        default=True,
        help_text=_("Otherwise a booking is confirmed at once when a slot is free."),
    )
    final_numbers_days = models.PositiveSmallIntegerField(
        _("final numbers until (days before)"),
        default=3,
        help_text=_("Teachers can change the number of pupils until then."),
    )

    content_panels = Page.content_panels + [
        "teaser",
        "plain_language_summary",
        "body",
        "image",
        MultiFieldPanel(
            [
                "format",
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel(
                    "audience_levels",
                    widget=forms.CheckboxSelectMultiple,
                ),
                # A list of the page's language's providers (CoursePageForm), not
                # the chooser of all four languages' at once.
                FieldPanel("provider", widget=forms.Select),
            ],
            heading=_("Classification"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(["age_min", "age_max"]),
                "age_rule",
                FieldRowPanel(["grade_min", "grade_max"]),
                "min_participants",
                "cancellation_days",
            ],
            heading=_("Who it is for"),
        ),
        MultiFieldPanel(
            [
                "curriculum_link",
                "preparation",
                FieldRowPanel(["group_min", "group_max", "pupils_per_adult"]),
                FieldRowPanel(["grade_rule", "final_numbers_days"]),
                "bookings_need_confirmation",
            ],
            heading=_("Class visits"),
            classname="collapsed",
        ),
        MultiFieldPanel(
            [
                "certificate_kind",
                FieldRowPanel(["hours", "hours_unit", "certificate_min_attendance"]),
                "learning_outcomes",
                "certificates_automatic",
            ],
            heading=_("Certificates"),
        ),
        DatesPanel(heading=_("Dates")),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("teaser"),
        index.SearchField("plain_language_summary"),
        index.SearchField("body"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        # The starts of words, for every language (courses.search); Page has the title.
        index.AutocompleteField("teaser"),
        index.AutocompleteField("plain_language_summary"),
        index.AutocompleteField("body"),
        index.RelatedFields("topics", [index.AutocompleteField("name")]),
        index.FilterField("locale"),
        index.FilterField("format"),
    ]

    api_fields = [
        APIField("teaser"),
        APIField("format"),
        APIField("age_min"),
        APIField("age_max"),
        APIField("age_rule"),
        APIField("grade_min"),
        APIField("grade_max"),
        APIField("hours"),
        APIField("topic_slugs"),
        APIField("audience_level_slugs"),
        APIField("upcoming_events"),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("teaser"),
        TranslatableField("plain_language_summary"),
        TranslatableField("body"),
        SynchronizedField("image"),
        SynchronizedField("format"),
        SynchronizedField("provider"),
        SynchronizedField("age_min"),
        SynchronizedField("age_max"),
        SynchronizedField("age_rule"),
        SynchronizedField("grade_min"),
        SynchronizedField("grade_max"),
        SynchronizedField("min_participants"),
        SynchronizedField("hours"),
        SynchronizedField("hours_unit"),
        SynchronizedField("certificate_kind"),
        SynchronizedField("certificate_min_attendance"),
        TranslatableField("learning_outcomes"),
        SynchronizedField("certificates_automatic"),
        SynchronizedField("cancellation_days"),
        TranslatableField("curriculum_link"),
        TranslatableField("preparation"),
        SynchronizedField("group_min"),
        SynchronizedField("group_max"),
        SynchronizedField("pupils_per_adult"),
        SynchronizedField("grade_rule"),
        SynchronizedField("bookings_need_confirmation"),
        SynchronizedField("final_numbers_days"),
    ]

    base_form_class = CoursePageForm
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def clean(self):
        super().clean()
        if self.age_min is not None and self.age_max is not None:
            if self.age_min > self.age_max:
                raise ValidationError(
                    {"age_max": _("The maximum age must not be below the minimum age.")}
                )
        if self.grade_min is not None and self.grade_max is not None:
            if self.grade_min > self.grade_max:
                raise ValidationError(
                    {
                        "grade_max": _(
                            "The last grade must not be below the first grade."
                        )
                    }
                )
        self._check_certificate_kind()

    @classmethod
    def suggested_certificate_kind(cls, format, age_max):
        """The certificate a course of this format and ages would give: class
        confirmations for class visits, none for open events, an Urkunde for children
        up to 14, else the certificate with hours (the 0004 migration chose so too)."""
        if format == cls.Format.CLASS_VISIT:
            return cls.CertificateKind.CLASS
        if format == cls.Format.OPEN_EVENT:
            return cls.CertificateKind.NONE
        if age_max is not None and age_max <= 14:
            return cls.CertificateKind.CHILDREN
        return cls.CertificateKind.FORMAL

    def _check_certificate_kind(self):
        """Classes get class confirmations, people certificates: a class visit left at
        a certificate for people (the default) takes the class's confirmation."""
        Kind = self.CertificateKind
        if self.format == self.Format.CLASS_VISIT:
            if self.certificate_kind in (Kind.CHILDREN, Kind.FORMAL):
                self.certificate_kind = Kind.CLASS
        elif self.certificate_kind == Kind.CLASS:
            raise ValidationError(
                {
                    "certificate_kind": _(
                        "A class's confirmation is only for class visits; choose a "
                        "certificate for people."
                    )
                }
            )

    def accepts(self, birth_date, on_date) -> bool:
        """Whether someone born on `birth_date` fits the age range for a course on `on_date`."""
        age = ages.course_age(birth_date, on_date, self.age_rule)
        return ages.fits_age_range(age, self.age_min, self.age_max)

    @property
    def topic_slugs(self):
        return [topic.slug for topic in self.topics.all()]

    @property
    def audience_level_slugs(self):
        return [level.slug for level in self.audience_levels.all()]

    @property
    def upcoming_events(self):
        from events.catalogue import events_for_api

        return events_for_api(self.translation_key)

    def get_context(self, request, *args, **kwargs):
        from events.catalogue import course_events

        context = super().get_context(request, *args, **kwargs)
        topics = Topic.in_active_language()
        levels = AudienceLevel.in_active_language()
        context["events"] = course_events(self.translation_key)
        context["topics"] = [
            topics.get(t.translation_key, t) for t in self.topics.all()
        ]
        context["levels"] = [
            levels.get(a.translation_key, a) for a in self.audience_levels.all()
        ]
        if self.provider:
            providers = Provider.in_active_language()
            context["provider"] = providers.get(
                self.provider.translation_key, self.provider
            )
        return context


class UnmetSearch(models.Model):
    """A catalogue search that found nothing: what was asked, never who asked. One
    row per day, language, words and filters, with how often; demand for new offers
    (shown in the funder's figures)."""

    day = models.DateField(_("day"))
    language = models.CharField(_("language"), max_length=5)
    query = models.CharField(_("words searched"), max_length=80, blank=True)
    filters = models.CharField(_("filters"), max_length=300, blank=True)
    count = models.PositiveIntegerField(_("searches"), default=1)

    class Meta:
        verbose_name = _("search without results")
        verbose_name_plural = _("searches without results")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "language", "query", "filters"],
                name="one_row_per_unmet_search_and_day",
            )
        ]
