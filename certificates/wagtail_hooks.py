from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets.button import Button

from courses.models import CoursePage
from events.admin_views import EVENT_OVERVIEW_BUTTONS_HOOK
from events.figures import FIGURES_HOOK

from . import admin_views, figures
from .viewsets import CertificatesGroup


@hooks.register("register_admin_viewset")
def register_certificate_admin():
    """/admin/certificates/ (every certificate) and /admin/certificates/issue/."""
    return CertificatesGroup()


@hooks.register(EVENT_OVERVIEW_BUTTONS_HOOK)
def certificate_button(user, event):
    """The event overview links to issuing certificates for the date."""
    if event.course.certificate_kind == CoursePage.CertificateKind.NONE:
        return []
    if not admin_views.may_issue(user):
        return []
    return [
        Button(
            _("Certificates"),
            url=reverse(f"{admin_views.ISSUE_ADMIN}:issue", args=[event.pk]),
            icon_name="doc-full",
            priority=27,
        )
    ]


@hooks.register(FIGURES_HOOK)
def certificates_in_figures(period, filters):
    """Certificates issued, in the funder's figures."""
    return figures.certificate_figures(period, filters)
