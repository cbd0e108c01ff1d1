"""The "Certificates" admin menu: every certificate (search, filter, export, a page
each) and issuing, from the dates that have ended."""

import django_filters
from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup

from mint.admin_viewsets import AdminModelViewSet

from . import admin_views
from .models import Certificate


class CertificateFilterSet(WagtailFilterSet):
    revoked = django_filters.BooleanFilter(
        field_name="revoked_at", lookup_expr="isnull", exclude=True, label=_("revoked")
    )

    class Meta:
        model = Certificate
        fields = ["kind", "language"]


class CertificateIndexView(IndexView):
    """Each row leads to the certificate's page (there is no edit view)."""

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "holder",
                label=_("issued to"),
                sort_key="holder",
                get_url=self.get_inspect_url,
            ),
            Column("course_title", label=_("course"), sort_key="course_title"),
            Column("get_kind_display", label=_("kind")),
            DateColumn("issued_at", label=_("issued at"), sort_key="issued_at"),
            StatusTagColumn(
                "state", label=_("state"), primary=lambda c: not c.is_revoked
            ),
        ]


class CertificateViewSet(AdminModelViewSet):
    """Read-only list and pages; certificates change only by revoking (services)."""

    model = Certificate
    name = admin_views.CERTIFICATE_ADMIN
    url_prefix = "certificates"
    icon = "doc-full"
    menu_label = _("All certificates")
    index_view_class = CertificateIndexView
    inspect_view_class = admin_views.CertificateInspectView
    filterset_class = CertificateFilterSet
    search_fields = ["holder", "course_title", "code"]
    ordering = "-issued_at"
    list_per_page = 50
    list_export = [
        "grouped_code",
        "holder",
        "course_title",
        "get_kind_display",
        "language",
        "issued_at",
        "revoked_at",
    ]
    export_headings = {
        "grouped_code": _("code"),
        "holder": _("issued to"),
        "course_title": _("course"),
        "get_kind_display": _("kind"),
        "language": _("language"),
        "issued_at": _("issued at"),
        "revoked_at": _("revoked at"),
    }
    export_filename = "certificates"

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path(
                "change/<int:pk>/",
                self.construct_view(admin_views.ChangeCertificateView),
                name="change",
            ),
            path(
                "download/<int:pk>/",
                self.construct_view(admin_views.DownloadView),
                name="download",
            ),
        ]


class IssuingViewSet(ViewSet):
    """The dates that have ended, issuing for one date, and the progress of a run."""

    name = admin_views.ISSUE_ADMIN
    url_prefix = "certificates/issue"
    icon = "doc-full"
    menu_label = _("Issue certificates")

    def get_urlpatterns(self):
        return [
            path("", admin_views.DueView.as_view(), name="index"),
            path("<int:pk>/", admin_views.IssueEventView.as_view(), name="issue"),
            path("runs/<int:pk>/", admin_views.RunView.as_view(), name="run"),
        ]

    @cached_property
    def menu_item_class(self):
        return type(
            "IssuingMenuItem",
            (MenuItem,),
            {"is_shown": lambda item, request: admin_views.may_issue(request.user)},
        )


class CertificatesGroup(ViewSetGroup):
    menu_label = _("Certificates")
    menu_icon = "doc-full"
    menu_order = 240
    items = [IssuingViewSet, CertificateViewSet]
