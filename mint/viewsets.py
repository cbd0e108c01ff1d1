"""Outgoing mails in the admin: every mail with its state, what went wrong, and "Send
again" for one the mail server did not take (mint.outbox)."""

import django_filters
from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic import IndexView, InspectView

from . import outbox
from .admin_viewsets import AdminModelViewSet
from .models import OutgoingMail

OUTGOING_MAIL_ADMIN = "outgoing_mails"


def label(name):
    return OutgoingMail._meta.get_field(name).verbose_name


class OutgoingMailFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=label("status"),
        choices=OutgoingMail.Status.choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )

    class Meta:
        model = OutgoingMail
        fields = ["status"]


class OutgoingMailIndexView(IndexView):
    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "subject", label=label("subject"), get_url=self.get_inspect_url
            ),
            Column("recipients", label=label("recipients")),
            StatusTagColumn(
                "status",
                label=label("status"),
                accessor="get_status_display",
                primary=lambda mail: mail.status == OutgoingMail.Status.SENT,
                sort_key="status",
            ),
            Column("attempts", label=label("attempts"), sort_key="attempts"),
            DateColumn("created_at", label=label("created_at"), sort_key="created_at"),
            DateColumn("next_attempt_at", label=label("next_attempt_at")),
        ]


class OutgoingMailInspectView(InspectView):
    template_name = "mint/admin/outgoing_mail_inspect.html"
    fields = [
        "subject",
        "recipients",
        "status",
        "attempts",
        "created_at",
        "sent_at",
        "next_attempt_at",
        "last_error",
    ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            may_resend=self.object.status != OutgoingMail.Status.SENT
            and self.user_has_permission("resend"),
            **kwargs,
        )


class ResendView(OutgoingMailInspectView):
    """Send a mail that did not arrive again, now, with a fresh set of attempts."""

    permission_required = "resend"
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        mail = self.object
        if mail.status != OutgoingMail.Status.SENT:  # never twice by a double click
            outbox.resend(mail)
            if mail.status == OutgoingMail.Status.SENT:
                messages.success(request, _("The mail has been sent."))
            else:
                messages.warning(
                    request,
                    _("The mail server did not take the mail; it will be tried again."),
                )
        return redirect(f"{OUTGOING_MAIL_ADMIN}:inspect", mail.pk)


class OutgoingMailViewSet(AdminModelViewSet):
    model = OutgoingMail
    name = OUTGOING_MAIL_ADMIN
    url_prefix = "outgoing-mails"
    icon = "mail"
    menu_label = _("Outgoing mails")
    add_to_settings_menu = True
    index_view_class = OutgoingMailIndexView
    inspect_view_class = OutgoingMailInspectView
    filterset_class = OutgoingMailFilterSet
    search_fields = ["subject", "recipients"]
    ordering = "-created_at"
    list_per_page = 50

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("resend/<int:pk>/", self.construct_view(ResendView), name="resend"),
        ]
