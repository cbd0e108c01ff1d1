"""The figures for the funder in the admin: the report with its filters (period,
provider, venue), server-drawn SVG charts each with the table of its numbers, the
downloads (XLSX, CSV, PDF) and this year's figures on the dashboard.

Only those with the figures' permission open it (`can_see_figures`); everything shown or
downloaded is aggregated, with small counts withheld by `events.figures`.
"""

import datetime
import math
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.admin.widgets.button import HeaderButton

from courses.models import Provider
from mint.people.models import Participant, School

from . import pdf
from .admin_views import FiguresForm, field_label
from .figures import (
    FEWER,
    FIGURE_LABELS,
    MAX_DAYS,
    VISIT_COLUMNS,
    WITHHELD,
    Figures,
    Filters,
    Period,
    protected_visit_rows,
)
from .models import Venue
from .viewsets import AdminListingMixin, AdminPageViewSet

FIGURES_ADMIN = "figures"

MESSAGES = {
    "note": _(
        "To protect people, a count of fewer than five people shows as “%(fewer)s”; "
        "“%(withheld)s” marks a figure withheld so that such a count cannot be "
        "worked out from the others, or one that cannot be computed yet."
    ),
    "selection": _(
        "Dates of courses and class visits that start from %(first)s to %(last)s "
        "and were not cancelled, with the sessions held so far; confirmed "
        "registrations only."
    ),
    "empty": _("Nothing starts in this period."),
    "empty_filtered": _(
        "Nothing of this provider or at this venue starts in this period. Choose "
        "another period, provider or venue."
    ),
    "invalid": _("Please correct the selection to see the figures."),
    "too_long": _("At most three years at once, please."),
    "bars": _(
        "Bar chart. The table that follows gives the numbers; “%(fewer)s” and "
        "“%(withheld)s” where they are withheld."
    ),
    "columns": _(
        "Column chart by month. The table that follows gives the numbers; "
        "“%(fewer)s” and “%(withheld)s” where they are withheld."
    ),
}


def can_see_figures(user):
    """The figures have a permission of their own (events.view_figures): a funder's
    contact or a board member may read them without seeing who registered."""
    return user.is_active and user.has_perm("events.view_figures")


# The selection


class ProviderField(forms.ModelChoiceField):
    """Providers as the German courses name them, labelled in the reader's language."""

    @cached_property
    def translated(self):
        return Provider.in_active_language()

    def label_from_instance(self, obj):
        return getattr(self.translated.get(obj.translation_key), "name", obj.name)


class ReportForm(FiguresForm):
    provider = ProviderField(
        label=_("Provider"),
        queryset=Provider.objects.filter(locale__language_code=settings.LANGUAGE_CODE),
        required=False,
        empty_label=_("All providers"),
    )
    venue = forms.ModelChoiceField(
        label=_("Venue"),
        queryset=Venue.objects.filter(locale__language_code=settings.LANGUAGE_CODE),
        required=False,
        empty_label=_("All venues"),
    )

    def clean(self):
        data = super().clean()
        first, last = data.get("first_day"), data.get("last_day")
        if first and last and (last - first).days >= MAX_DAYS:
            self.add_error("last_day", MESSAGES["too_long"])
        return data


# Charts: SVG drawn on the server, in a 480-wide box that scales with the page.

CHART_WIDTH = 480


@dataclass
class Bar:
    label: str
    title: str
    text: str
    y: int
    width: float
    text_x: float


@dataclass
class ChartColumn:
    label: str
    text: str
    x: float
    y: float
    width: float
    height: float
    centre: float
    text_y: float


@dataclass
class Chart:
    id: str
    title: str
    description: str
    kind: str
    height: int
    items: list
    width: int = CHART_WIDTH
    baseline: int = 0

    label_end: int = 0  # bars: where the labels end and the bars begin
    bar_start: int = 0

    @property
    def label_y(self):
        return self.baseline + 18

    @property
    def axis_start(self):
        return SIDE

    @property
    def axis_end(self):
        return self.width - SIDE


# Horizontal bars: the label at the left, the bar, its number after it.
LABEL_END, BAR_START, BAR_ROOM, ROW_HEIGHT = 148, 154, 280, 28
# Columns: room above for the number, below for the month.
PLOT_HEIGHT, COLUMN_TOP, SIDE, MIN_VALUE_ROOM = 150, 24, 22, 28
# Room a month's name needs: "Mär" in one year, "Mär 25" over several.
LABEL_ROOM = {False: 34, True: 54}


def chart_title(breakdown, column):
    return _("%(breakdown)s: %(figure)s") % {
        "breakdown": breakdown.title,
        "figure": column.label,
    }


def _shown_values(rows, key):
    return [row.cells[key].value for row in rows if row.cells[key].shown]


def bar_chart(breakdown, key="participants", prefix="chart"):
    """Bars of one column of a breakdown; withheld rows get no bar, only their mark.
    None when there is nothing to draw."""
    top = max(_shown_values(breakdown.rows, key), default=0)
    if not top:
        return None
    column = next(c for c in breakdown.columns if c.key == key)
    bars = []
    for number, row in enumerate(breakdown.rows):
        cell = row.cells[key]
        width = round(BAR_ROOM * cell.value / top, 1) if cell.shown else 0
        label = str(row.label)
        bars.append(
            Bar(
                label=Truncator(label).chars(21),
                title=label,
                text=str(cell),
                y=number * ROW_HEIGHT,
                width=width,
                text_x=BAR_START + width + 6,
            )
        )
    return Chart(
        id=f"{prefix}-{breakdown.name}",
        title=chart_title(breakdown, column),
        description=MESSAGES["bars"] % {"fewer": FEWER, "withheld": WITHHELD},
        kind="bars",
        height=len(bars) * ROW_HEIGHT + 4,
        items=bars,
        label_end=LABEL_END,
        bar_start=BAR_START,
    )


def column_chart(breakdown, key="participants", prefix="chart"):
    """A column per month; month names thinned out when many months share the
    width, numbers above the columns only where there is room."""
    top = max(_shown_values(breakdown.rows, key), default=0)
    if not top:
        return None
    column = next(c for c in breakdown.columns if c.key == key)
    count = len(breakdown.rows)
    slot = (CHART_WIDTH - 2 * SIDE) / count
    years = {row.key[0] for row in breakdown.rows}
    every = math.ceil(LABEL_ROOM[len(years) > 1] / slot)
    columns = []
    for number, row in enumerate(breakdown.rows):
        cell = row.cells[key]
        height = round(PLOT_HEIGHT * cell.value / top, 1) if cell.shown else 0
        x = SIDE + number * slot
        month = datetime.date(row.key[0], row.key[1], 1)
        label = date_format(month, "M y" if len(years) > 1 else "M")
        columns.append(
            ChartColumn(
                label=label if number % every == 0 else "",
                text=str(cell) if slot >= MIN_VALUE_ROOM else "",
                x=round(x + slot * 0.2, 1),
                y=round(COLUMN_TOP + PLOT_HEIGHT - height, 1),
                width=round(slot * 0.6, 1),
                height=height,
                centre=round(x + slot / 2, 1),
                text_y=round(COLUMN_TOP + PLOT_HEIGHT - height - 5, 1),
            )
        )
    return Chart(
        id=f"{prefix}-{breakdown.name}",
        title=chart_title(breakdown, column),
        description=MESSAGES["columns"] % {"fewer": FEWER, "withheld": WITHHELD},
        kind="columns",
        height=COLUMN_TOP + PLOT_HEIGHT + 26,
        items=columns,
        baseline=COLUMN_TOP + PLOT_HEIGHT,
    )


# Tables: what the page shows beside each chart, and what the downloads hold.


@dataclass
class TableRow:
    key: object
    label: str
    cells: list  # Cell, or a plain value
    total: bool = False


@dataclass
class Table:
    name: str
    title: str
    header: list  # the rows' heading, then one per column
    rows: list
    note: str = ""
    chart: Chart | None = None

    @property
    def body(self):
        return [row for row in self.rows if not row.total]

    @property
    def foot(self):
        return [row for row in self.rows if row.total]


def breakdown_table(breakdown, chart=None):
    columns = breakdown.columns
    rows = [
        TableRow(row.key, str(row.label), [row.cells[c.key] for c in columns])
        for row in breakdown.rows
    ]
    if breakdown.total:
        total = breakdown.total
        rows.append(
            TableRow("total", _("Total"), [total.cells[c.key] for c in columns], True)
        )
    return Table(
        name=breakdown.name,
        title=breakdown.title,
        header=[breakdown.title, *(column.label for column in columns)],
        rows=rows,
        note=breakdown.note,
        chart=chart,
    )


VISIT_KEYS = {
    "by_type": School.Type.values,
    "by_country": Participant.HomeCountry.values,
}


def visit_table(figures_, name, title, heading):
    visits = figures_.class_visits
    rows = [
        TableRow(row.key, str(row.label), [row.cells[c.key] for c in VISIT_COLUMNS])
        for row in protected_visit_rows(visits[name], VISIT_KEYS[name])
    ]
    (total,) = protected_visit_rows([{"label": _("Total"), **visits["total"]}])
    rows.append(
        TableRow(
            "total", str(total.label), [total.cells[c.key] for c in VISIT_COLUMNS], True
        )
    )
    return Table(
        name=f"visits_{name}",
        title=title,
        header=[heading, *(column.label for column in VISIT_COLUMNS)],
        rows=rows,
    )


class Report:
    """The tables of the report for one `Figures`, with charts where they help."""

    def __init__(self, figures_):
        self.figures = figures_

    @cached_property
    def overview(self):
        return Table(
            name="overview",
            title=_("At a glance"),
            header=[_("Figure"), _("Value")],
            rows=[
                TableRow(item.key, str(item.label), [item.cell])
                for item in self.figures.headline
            ],
        )

    @cached_property
    def months(self):
        by_month = self.figures.by_month
        return breakdown_table(by_month, column_chart(by_month))

    @cached_property
    def breakdowns(self):
        return [
            breakdown_table(breakdown, bar_chart(breakdown))
            for breakdown in self.figures.breakdowns
        ]

    @cached_property
    def class_visits(self):
        return [
            visit_table(
                self.figures,
                "by_type",
                _("Class visits by type of school"),
                capfirst(field_label(School, "school_type")),
            ),
            visit_table(
                self.figures,
                "by_country",
                _("Class visits by country of the school"),
                _("Country of the school"),
            ),
        ]

    @cached_property
    def waiting(self):
        return Table(
            name="waiting",
            title=_("Most waitlisted courses"),
            header=[_("Course"), _("Dates"), FIGURE_LABELS["unmet_demand"]],
            rows=[
                TableRow(row.course_id, row.label, [row.dates, row.waiting])
                for row in self.figures.most_waitlisted()
            ],
            note=_(
                "Registrations still on the waiting list of dates that have begun: "
                "demand the programme could not meet."
            ),
        )

    @cached_property
    def searches(self):
        return Table(
            name="searches",
            title=_("Searches in the catalogue that found nothing"),
            header=[_("Words searched"), _("Filters"), _("Searches")],
            rows=[
                TableRow(number, row["query"] or "–", [row["filters"], row["total"]])
                for number, row in enumerate(self.figures.unmet_searches())
            ],
            note=_(
                "What visitors looked for and did not find, without anything about "
                "who they are; all providers and venues."
            ),
        )

    def tables(self):
        return [
            self.overview,
            self.months,
            *self.breakdowns,
            *self.class_visits,
            self.waiting,
            self.searches,
        ]


def export_value(value):
    """A number for spreadsheets, or the mark of a withheld figure."""
    return getattr(value, "export_value", value)


def sheet_title(title, taken):
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique."""
    clean = "".join(" " if ch in "[]:*?/\\" else ch for ch in str(title)).strip()
    name, number = clean[:31].strip(), 2
    while name.lower() in taken:
        suffix = f" {number}"
        name, number = clean[: 31 - len(suffix)].strip() + suffix, number + 1
    taken.add(name.lower())
    return name


# The report


class FiguresView(SpreadsheetExportMixin, WagtailAdminTemplateMixin, TemplateView):
    """The report: the selection, the figures at a glance, a chart and a table for
    each breakdown, class visits and waiting lists; `?export=xlsx|csv|pdf` downloads
    the same. A selection in error shows the form with its errors and no figures."""

    template_name = "events/admin/figures.html"
    page_title = _("Figures")
    header_icon = "table"
    FORMAT_PDF = "pdf"
    # The CSV: one line per figure.
    list_export = ["table", "row", "figure", "value"]
    export_headings = {
        "table": _("Table"),
        "row": _("Row"),
        "figure": _("Figure"),
        "value": _("Value"),
    }
    custom_value_preprocess = AdminListingMixin.custom_value_preprocess

    @classmethod
    def user_may_open(cls, user):
        return can_see_figures(user)

    def dispatch(self, request, *args, **kwargs):
        if not can_see_figures(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        export = request.GET.get("export")
        if self.figures is not None:
            if export == self.FORMAT_PDF:
                return self.pdf_response()
            if export in self.FORMATS:
                return self.as_spreadsheet(self.export_rows(), export)
        return super().get(request, *args, **kwargs)

    @cached_property
    def form(self):
        period = Period.this_year()
        initial = {"first_day": period.first_day, "last_day": period.last_day}
        bound = any(name in self.request.GET for name in ReportForm.base_fields)
        return ReportForm(self.request.GET if bound else None, initial=initial)

    @cached_property
    def figures(self):
        """This year's figures, those of the selection, or None while it is in
        error."""
        if not self.form.is_bound:
            return Figures(Period.this_year())
        if not self.form.is_valid():
            return None
        data = self.form.cleaned_data
        return Figures(
            Period(data["first_day"], data["last_day"]),
            Filters(provider=data["provider"], venue=data["venue"]),
        )

    @cached_property
    def report(self):
        return Report(self.figures)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    @cached_property
    def show_export_buttons(self):
        return False  # the downloads are buttons of their own in the header

    @cached_property
    def header_buttons(self):
        if self.figures is None:
            return []
        return [
            HeaderButton(
                label,
                url=self.get_export_url(kind),
                icon_name="download",
                priority=priority,
            )
            for priority, (label, kind) in enumerate(
                [
                    (_("Download XLSX"), self.FORMAT_XLSX),
                    (_("Download PDF"), self.FORMAT_PDF),
                    (_("Download CSV"), self.FORMAT_CSV),
                ]
            )
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(form=self.form, quick_periods=self.quick_periods())
        if self.figures is None:
            context["invalid"] = MESSAGES["invalid"]
            return context
        figures_ = self.figures
        context.update(
            figures=figures_,
            report=self.report,
            selection=self.selection_text(),
            note=note(),
            future=not figures_.period.has_begun(figures_.now),
            empty_message=(
                MESSAGES["empty_filtered"] if figures_.filters else MESSAGES["empty"]
            ),
        )
        return context

    def selection_text(self):
        period = self.figures.period
        return MESSAGES["selection"] % {
            "first": date_format(period.first_day, "SHORT_DATE_FORMAT"),
            "last": date_format(period.last_day, "SHORT_DATE_FORMAT"),
        }

    def quick_periods(self):
        """This year and last year, keeping the provider and venue."""
        this_year = timezone.localdate().year
        links = []
        for label, year in (
            (_("This year"), this_year),
            (_("Last year"), this_year - 1),
        ):
            params = self.request.GET.copy()
            params.pop("export", None)
            params["first_day"] = datetime.date(year, 1, 1).isoformat()
            params["last_day"] = datetime.date(year, 12, 31).isoformat()
            links.append({"label": label, "url": "?" + params.urlencode()})
        return links

    # Downloads

    def selection_lines(self):
        """What a download counts, as (label, text)."""
        filters = self.figures.filters
        provider = self.form.fields["provider"]
        return [
            (_("Period"), str(self.figures.period)),
            (
                _("Provider"),
                provider.label_from_instance(filters.provider)
                if filters.provider
                else _("All providers"),
            ),
            (_("Venue"), str(filters.venue) if filters.venue else _("All venues")),
            (_("Counted"), self.selection_text()),
            (_("Note"), note()),
        ]

    def get_filename(self):
        period = self.figures.period
        return f"figures-{period.first_day}-{period.last_day}"

    def export_rows(self):
        """The CSV's lines: the selection, then each figure of each table."""
        selection = str(_("Selection"))
        rows = [
            {"table": selection, "row": str(label), "figure": "", "value": str(text)}
            for label, text in self.selection_lines()
        ]
        for table in self.report.tables():
            for row in table.rows:
                for heading, value in zip(table.header[1:], row.cells, strict=True):
                    rows.append(
                        {
                            "table": str(table.title),
                            "row": str(row.label),
                            "figure": str(heading),
                            "value": export_value(value),
                        }
                    )
        return rows

    def write_xlsx(self, queryset, output):
        """A workbook: the selection and the figures at a glance first, then a sheet
        for each table."""
        from openpyxl import Workbook
        from openpyxl.styles import Font

        workbook = Workbook()
        taken = set()
        tables = self.report.tables()
        overview = workbook.active
        overview.title = sheet_title(tables[0].title, taken)
        self._append(overview, [str(self.page_title)], font=Font(bold=True, size=14))
        for label, text in self.selection_lines():
            self._append(overview, [str(label), str(text)])
        overview.append([])
        self._write_table(overview, tables[0])
        for table in tables[1:]:
            self._write_table(
                workbook.create_sheet(sheet_title(table.title, taken)), table
            )
        for sheet in workbook.worksheets:
            sheet.column_dimensions["A"].width = 36
        workbook.save(output)

    def _write_table(self, sheet, table):
        from openpyxl.styles import Font

        self._append(sheet, table.header, font=Font(bold=True))
        for row in table.rows:
            font = Font(bold=True) if row.total else None
            self._append(sheet, [row.label, *row.cells], font=font)
        if table.note:
            sheet.append([])
            self._append(sheet, [table.note])

    def _append(self, sheet, values, font=None):
        """A row: numbers as numbers (hours with their decimal), withheld figures as
        their mark, text as text – never as a formula (as SpreadsheetExportMixin)."""
        sheet.append([_xlsx_value(value) for value in values])
        for value, cell in zip(values, sheet[sheet.max_row], strict=False):
            if cell.data_type == "f":
                cell.data_type = "s"
            if getattr(value, "shown", False) and value.decimals:
                cell.number_format = "0." + "0" * value.decimals
            if font:
                cell.font = font

    def pdf_response(self):
        content = pdf.render_figures_report(
            title=str(self.page_title),
            selection=[
                (str(label), str(text)) for label, text in self.selection_lines()
            ],
            tables=self.report.tables(),
        )
        response = HttpResponse(content, content_type="application/pdf")
        response["Content-Disposition"] = (
            f'attachment; filename="{self.get_filename()}.pdf"'
        )
        return response


def note():
    return MESSAGES["note"] % {"fewer": FEWER, "withheld": WITHHELD}


def _xlsx_value(value):
    value = export_value(value)
    return value if isinstance(value, int | float) else str(value)


class FiguresViewSet(AdminPageViewSet):
    """/admin/figures/: the report and its downloads, in the main menu for those who
    may see it."""

    name = FIGURES_ADMIN
    url_prefix = "figures"
    icon = "table"
    menu_icon = "table"
    menu_label = _("Figures")
    menu_order = 250
    add_to_admin_menu = True
    view_class = FiguresView


# The dashboard

DASHBOARD_FIGURES = ["participants", "hours", "attendance", "certificates_issued"]
DASHBOARD_FIGURES += ["unmet_demand"]


class FiguresPanel(Component):
    """This year's figures at a glance on the dashboard, with the months as a chart
    and a table, and the way to the report."""

    name = "figures"
    template_name = "events/admin/figures_panel.html"
    order = 50  # before Wagtail's own panels

    class Media:
        css = {"all": ["css/figures-admin.css"]}

    def get_context_data(self, parent_context=None):
        figures_ = Figures(Period.this_year())
        headline = {item.key: item for item in figures_.headline}
        by_month = figures_.by_month
        return {
            "figures": figures_,
            "glance": [headline[key] for key in DASHBOARD_FIGURES if key in headline],
            "months": breakdown_table(by_month, column_chart(by_month, prefix="panel")),
            "note": note(),
            "report_url": reverse(f"{FIGURES_ADMIN}:index"),
        }
