"""The account area: only ever the signed-in account's own data."""

import secrets

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from . import privacy
from .forms import ADULT_AGE, DeleteAccountForm, ParticipantForm, ProfileForm
from .models import GUARDIAN_CONSENT_VERSION, Participant, age_on
from .signals import RemovalRefused


@never_cache
@login_required
def account(request):
    path = reverse("calendar_feed", args=[request.user.calendar_token])
    context = {
        "participant_count": Participant.objects.for_user(request.user).count(),
        "calendar_feed_url": request.build_absolute_uri(path),
    }
    return render(request, "people/account.html", context)


@never_cache
@login_required
@require_POST
def rotate_calendar_token(request):
    """A new secret feed address; the old one stops working at once."""
    request.user.calendar_token = secrets.token_urlsafe()
    request.user.save(update_fields=["calendar_token"])
    messages.success(
        request,
        _(
            "Your calendar has a new address. The old one no longer works: "
            "add the new address to your calendar app."
        ),
    )
    return redirect("people:account")


@never_cache
@login_required
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your details are saved."))
        return redirect("people:account")
    return render(request, "people/profile.html", {"form": form})


@never_cache
@login_required
def participants(request):
    today = timezone.localdate()
    people = list(Participant.objects.for_user(request.user))
    for person in people:
        person.age = age_on(person.birth_date, today)
        person.consent_missing = (
            person.age < ADULT_AGE
            and not person.is_account_holder
            and person.guardian_consent_version != GUARDIAN_CONSENT_VERSION
        )
    return render(request, "people/participants.html", {"participants": people})


@never_cache
@login_required
def participant_add(request):
    return _participant_form(request, Participant())


@never_cache
@login_required
def participant_edit(request, pk):
    participant = get_object_or_404(Participant.objects.for_user(request.user), pk=pk)
    return _participant_form(request, participant)


def _participant_form(request, participant):
    adding = participant.pk is None
    next_url = _safe_next(request)
    form = ParticipantForm(
        request.POST or None, instance=participant, user=request.user
    )
    if request.method == "POST" and form.is_valid():
        participant = form.save()
        name = {"name": participant.first_name}
        if adding:
            messages.success(request, _("%(name)s has been added.") % name)
        else:
            messages.success(request, _("The details of %(name)s are saved.") % name)
        return redirect(next_url or "people:participants")
    context = {"form": form, "participant": participant, "next": next_url}
    return render(request, "people/participant_form.html", context)


def _safe_next(request):
    """Where to go after saving (the registration form sends people here), if local."""
    next_url = request.POST.get("next") or request.GET.get("next")
    if next_url and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return next_url
    return None


@never_cache
@login_required
def participant_delete(request, pk):
    """Confirm, let listeners cancel the registrations, then delete the person."""
    participant = get_object_or_404(Participant.objects.for_user(request.user), pk=pk)
    if request.method == "POST":
        name = {"name": participant.first_name}
        try:
            privacy.remove_participant(participant)
        except RemovalRefused as refusal:
            messages.error(request, refusal.message)
            return redirect("people:participants")
        messages.success(request, _("%(name)s has been removed.") % name)
        return redirect("people:participants")
    active_registrations = (
        participant.registrations.exclude(status="cancelled")
        .select_related("event__course")
        .order_by("event__starts_at", "pk")
    )
    context = {
        "participant": participant,
        "active_registrations": active_registrations,
    }
    return render(request, "people/participant_delete.html", context)


@never_cache
@login_required
def export_data(request):
    """A copy of everything stored about this account, as a JSON download."""
    response = JsonResponse(
        privacy.personal_data(request.user),
        json_dumps_params={"indent": 2, "ensure_ascii": False},
    )
    response["Content-Disposition"] = 'attachment; filename="my-data.json"'
    response["Cache-Control"] = "no-store, private"
    return response


@never_cache
@login_required
def delete_account(request):
    """Explain, ask for the password, then cancel everything properly and delete."""
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            privacy.delete_account(request.user)
        except RemovalRefused as refusal:
            messages.error(request, refusal.message)
            return redirect("people:account")
        logout(request)
        messages.success(request, _("Your account and all its data have been deleted."))
        return redirect("/")
    active = Participant.objects.for_user(request.user).aggregate(
        n=Count("registrations", filter=~Q(registrations__status="cancelled"))
    )["n"]
    context = {"form": form, "active_registrations": active}
    return render(request, "people/delete_account.html", context)
