"""Certificates in the Wagtail admin: which dates are due, who on a date may have one
and why not, issuing (one or all, in the background), the run's progress, and a
certificate's page with revoke, re-issue and download. Rules live in services."""

import datetime

from django import forms
from django.contrib import messages
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView
from wagtail.admin.views.generic import InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets.button import Button
from wagtail.permissions import ModelPermissionPolicy

from courses.models import CoursePage
from events.models import Event, GroupBooking

from . import services
from .documents import certificate_pdf, file_name
from .models import Certificate, IssueRun

CERTIFICATE_ADMIN = (
    "certificates_admin"  # the list, a certificate's page and its actions
)
ISSUE_ADMIN = "certificate_issuing"  # due dates, issuing for a date, runs
DUE_DAYS = 90  # dates that ended this long ago still show as due
Kind = CoursePage.CertificateKind

policy = ModelPermissionPolicy(Certificate)


def may_issue(user):
    return policy.user_has_permission(user, "add")


class LanguageForm(forms.Form):
    """Which languages the certificates are printed in."""

    bilingual = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=[
            ("", _("each participant's own language")),
            ("pl", _("German and Polish on one page")),
            ("cs", _("German and Czech on one page")),
        ],
    )


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        help_text=_("Kept with the certificate; verifiers see only the date."),
    )


class CertificatesPage(PermissionCheckedMixin, WagtailAdminTemplateMixin):
    """An admin page about issuing: open to those who may add certificates."""

    permission_policy = policy
    permission_required = "add"

    @classmethod
    def user_may_open(cls, user):
        return may_issue(user)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]


def ended_events(now=None):
    """Dates that ended lately, of courses with certificates, with how many are
    confirmed and how many have a valid certificate: one query."""
    now = now or timezone.now()
    return (
        Event.objects.filter(
            ends_at__lte=now,
            ends_at__gte=now - datetime.timedelta(days=DUE_DAYS),
            status=Event.Status.SCHEDULED,
        )
        .exclude(course__certificate_kind=Kind.NONE)
        .select_related("course", "venue")
        .annotate(
            confirmed=Count(
                "registrations",
                filter=Q(registrations__status="confirmed"),
                distinct=True,
            )
            + Count(
                "group_bookings",
                filter=Q(group_bookings__status=GroupBooking.Status.CONFIRMED),
                distinct=True,
            ),
            issued=Count(
                "certificates",
                filter=Q(certificates__revoked_at__isnull=True),
                distinct=True,
            ),
        )
        .order_by("-ends_at")
    )


class DueView(CertificatesPage, TemplateView):
    """Where a coordinator starts: the dates that have ended, and how far issuing is."""

    template_name = "certificates/admin/due.html"
    page_title = _("Issue certificates")
    header_icon = "doc-full"

    def get_context_data(self, **kwargs):
        return super().get_context_data(events=list(ended_events()), **kwargs)


class IssueEventView(CertificatesPage, TemplateView):
    """Everyone on one date with the verdict; issue to one, or to all who qualify."""

    template_name = "certificates/admin/issue_event.html"
    header_icon = "doc-full"

    @cached_property
    def event(self):
        return get_object_or_404(
            Event.objects.select_related("course", "venue"), pk=self.kwargs["pk"]
        )

    @property
    def page_title(self):
        return _("Certificates for %(event)s") % {"event": self.event}

    @cached_property
    def for_classes(self):
        return self.event.course.certificate_kind == Kind.CLASS

    def rows(self):
        if self.for_classes:
            bookings = self.event.group_bookings.filter(
                status=GroupBooking.Status.CONFIRMED
            ).select_related("school", "event__course")
            return [(b, services.class_eligibility(b)) for b in bookings]
        return services.candidates(self.event)

    def get_context_data(self, **kwargs):
        rows = self.rows()
        return super().get_context_data(
            event=self.event,
            rows=rows,
            for_classes=self.for_classes,
            eligible=sum(verdict.ok for _row, verdict in rows),
            form=kwargs.pop("form", None) or LanguageForm(),
            runs=self.event.certificate_runs.all()[:5],
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        form = LanguageForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        bilingual = form.cleaned_data["bilingual"]
        if "one" in request.POST:
            return self.issue_one(request.POST["one"], bilingual)
        if self.for_classes:
            return self.issue_classes(bilingual)
        run = services.start_run(self.event, by=request.user, bilingual=bilingual)
        return redirect(f"{ISSUE_ADMIN}:run", pk=run.pk)

    def issue_one(self, pk, bilingual):
        try:
            if self.for_classes:
                booking = get_object_or_404(self.event.group_bookings, pk=pk)
                certificate = services.issue_for_class(
                    booking,
                    by=self.request.user,
                    languages=services.languages_for(bilingual),
                )
            else:
                registration = get_object_or_404(self.event.registrations, pk=pk)
                certificate = services.issue(
                    registration,
                    by=self.request.user,
                    languages=services.languages_for(bilingual),
                )
        except (ValueError, services.NotEligible) as error:
            messages.error(self.request, str(error))
        else:
            messages.success(
                self.request,
                _("Certificate issued to %(holder)s.") % {"holder": certificate.holder},
            )
        return redirect(f"{ISSUE_ADMIN}:issue", pk=self.event.pk)

    def issue_classes(self, bilingual):
        issued, memo = 0, {}
        for booking, verdict in self.rows():
            if verdict.ok:
                services.issue_for_class(
                    booking,
                    by=self.request.user,
                    languages=services.languages_for(bilingual),
                    memo=memo,
                )
                issued += 1
        messages.success(
            self.request,
            ngettext(
                "%(count)s confirmation issued.",
                "%(count)s confirmations issued.",
                issued,
            )
            % {"count": issued},
        )
        return redirect(f"{ISSUE_ADMIN}:issue", pk=self.event.pk)


class RunView(CertificatesPage, TemplateView):
    """The progress of a bulk run; the page reloads itself until it is done."""

    template_name = "certificates/admin/run.html"
    page_title = _("Issuing certificates")
    header_icon = "doc-full"

    def get_context_data(self, **kwargs):
        run = get_object_or_404(
            IssueRun.objects.select_related("event__course"), pk=self.kwargs["pk"]
        )
        return super().get_context_data(
            run=run,
            running=run.status in (IssueRun.Status.QUEUED, IssueRun.Status.RUNNING),
            **kwargs,
        )


class CertificateInspectView(InspectView):
    """A certificate as printed, its state and history, revoke and re-issue."""

    template_name = "certificates/admin/inspect.html"

    def get_context_data(self, **kwargs):
        certificate = self.object
        may_change = self.user_has_permission("change")
        return super().get_context_data(
            certificate=certificate,
            facts=services.facts(certificate),
            may_change=may_change and not certificate.is_revoked,
            revoke_form=kwargs.pop("revoke_form", None) or RevokeForm(),
            download_url=reverse(
                f"{CERTIFICATE_ADMIN}:download", args=[certificate.pk]
            ),
            verify_url=services.verify_url(certificate),
            **kwargs,
        )

    def get_header_more_buttons(self):
        buttons = super().get_header_more_buttons()
        event = self.object.event_id
        buttons.append(
            Button(
                _("Certificates of this date"),
                url=reverse(f"{ISSUE_ADMIN}:issue", args=[event]),
                icon_name="list-ul",
                priority=20,
            )
        )
        return buttons

    def get_fields(self):
        return []


class ChangeCertificateView(CertificateInspectView):
    """Revoke (`revoke`) or re-issue from today's data (`reissue`), with a reason."""

    permission_required = "change"
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        self.object = self.get_object()
        form = RevokeForm(request.POST)
        if form.is_valid():
            try:
                return self.change(form.cleaned_data["reason"])
            except (services.RevocationRefused, services.NotEligible) as error:
                form.add_error(None, str(error))
        context = self.get_context_data(revoke_form=form)
        return self.render_to_response(context)

    def change(self, reason):
        certificate = self.object
        if "reissue" in self.request.POST:
            new = services.reissue(certificate, by=self.request.user, reason=reason)
            messages.success(self.request, _("A new certificate replaces the old one."))
            return redirect(self.get_inspect_url(new))
        services.revoke(certificate, by=self.request.user, reason=reason)
        messages.success(self.request, _("The certificate has been revoked."))
        return redirect(self.get_inspect_url(certificate))

    def get_inspect_url(self, certificate):
        return reverse(f"{CERTIFICATE_ADMIN}:inspect", args=[certificate.pk])


class DownloadView(CertificateInspectView):
    def get(self, request, *args, **kwargs):
        certificate = self.get_object()
        response = HttpResponse(
            certificate_pdf(certificate), content_type="application/pdf"
        )
        response["Content-Disposition"] = f'inline; filename="{file_name(certificate)}"'
        return response
