"""The account area: only ever the signed-in account's own data."""

import secrets

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import Count
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from . import privacy, sharing, tasks
from .forms import (
    ADULT_AGE,
    AcceptInvitationForm,
    DeleteAccountForm,
    InvitationForm,
    ParticipantForm,
    ProfileForm,
    SchoolForm,
)
from .models import GUARDIAN_CONSENT_VERSION, Participant, School, User, age_on
from .names import sorted_by_name
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
    form = ProfileForm(
        request.POST if request.method == "POST" else None, instance=request.user
    )
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your details are saved."))
        return redirect("people:account")
    return render(request, "people/profile.html", {"form": form})


@never_cache
@login_required
def participants(request):
    today = timezone.localdate()
    people = sorted_by_name(
        Participant.objects.for_user(request.user)
        .select_related("guardian")
        .prefetch_related("co_guardians"),
        get_language(),
    )
    for person in people:
        person.shared_with_me = person.is_shared_by(request.user)
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
    form = ParticipantForm(
        request.POST if request.method == "POST" else None,
        instance=participant,
        user=request.user,
    )
    return _form_page(
        request,
        form,
        "people/participant_form.html",
        {"participant": participant},
        name=lambda saved: saved.first_name,
        done="people:participants",
    )


def _form_page(request, form, template, context, *, name, done):
    """Save a valid form, say so and go on (to a local `next` if given); otherwise
    show the form again with what was typed."""
    adding = form.instance.pk is None
    next_url = _safe_next(request)
    if request.method == "POST" and form.is_valid():
        saved = form.save()
        named = {"name": name(saved)}
        if adding:
            messages.success(request, _("%(name)s has been added.") % named)
        else:
            messages.success(request, _("The details of %(name)s are saved.") % named)
        return redirect(next_url or done)
    return render(request, template, {**context, "form": form, "next": next_url})


def _safe_next(request):
    """Where to go after saving (the registration form sends people here): a path on
    this site. Anything else – another site, a relative address, a word, which
    redirect() would take for a URL name – is ignored."""
    next_url = request.POST.get("next") or request.GET.get("next")
    if (
        next_url
        and next_url.startswith("/")
        and url_has_allowed_host_and_scheme(
            next_url,
            allowed_hosts={request.get_host()},
            require_https=request.is_secure(),
        )
    ):
        return next_url
    return None


@never_cache
@login_required
def participant_delete(request, pk):
    """Confirm, let listeners cancel the registrations, then delete the person."""
    participant = get_object_or_404(Participant.objects.owned_by(request.user), pk=pk)
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
        participant.registrations.filter(privacy.still_running())
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


# What the person is told remains, by whether they kept their certificates checkable.
DELETED = {
    True: gettext_lazy(
        "Your account and the personal data in it have been deleted. What remains: "
        "anonymous counts for the funder's figures, and the certificates already "
        "issued, which can still be checked with their code and show the name printed "
        "on them."
    ),
    False: gettext_lazy(
        "Your account and the personal data in it have been deleted, and the "
        "certificates issued have been withdrawn. What remains: anonymous counts for "
        "the funder's figures; a withdrawn certificate's code only says it was "
        "withdrawn."
    ),
}


@never_cache
@login_required
def delete_account(request):
    """Explain, ask for the password, then cancel everything properly and delete."""
    form = DeleteAccountForm(
        request.user, request.POST if request.method == "POST" else None
    )
    if request.method == "POST" and form.is_valid():
        keep = form.keeps_certificates
        try:
            privacy.delete_account(request.user, keep_certificates=keep)
        except RemovalRefused as refusal:
            messages.error(request, refusal.message)
            return redirect("people:account")
        logout(request)
        messages.success(request, DELETED[keep])
        return redirect("/")
    owned = Participant.objects.owned_by(request.user)
    kept = owned.filter(co_guardians__isnull=False).distinct()
    active = owned.filter(co_guardians__isnull=True).aggregate(
        n=Count("registrations", filter=privacy.still_running("registrations__"))
    )["n"]
    context = {
        "form": form,
        "active_registrations": active,
        "handed_over": list(kept.values_list("first_name", flat=True)),
    }
    return render(request, "people/delete_account.html", context)


@never_cache
@login_required
def participant_share(request, pk):
    """Invite a second parent or guardian, and see who shares the child already."""
    participant = get_object_or_404(Participant.objects.owned_by(request.user), pk=pk)
    form = InvitationForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            invitation = sharing.invite(
                participant, request.user, form.cleaned_data["email"]
            )
        except sharing.SharingRefused as refusal:
            form.add_error("email", refusal.message)
        else:
            language = get_language()
            transaction.on_commit(
                lambda: tasks.send_invitation.enqueue(invitation.pk, language)
            )
            messages.success(
                request,
                _("We have sent the invitation to %(email)s.")
                % {"email": invitation.email},
            )
            return redirect("people:participant_share", pk=participant.pk)
    context = {
        "participant": participant,
        "form": form,
        "co_guardians": participant.co_guardians.all(),
        "invitations": participant.invitations.open(),
    }
    return render(request, "people/participant_share.html", context)


@never_cache
@login_required
@require_POST
def invitation_withdraw(request, pk, invitation_pk):
    participant = get_object_or_404(Participant.objects.owned_by(request.user), pk=pk)
    invitation = get_object_or_404(participant.invitations.open(), pk=invitation_pk)
    invitation.delete()
    messages.success(
        request,
        _("The invitation to %(email)s is withdrawn; its link no longer works.")
        % {"email": invitation.email},
    )
    return redirect("people:participant_share", pk=participant.pk)


@never_cache
@login_required
@require_POST
def stop_sharing(request, pk):
    """The owner ends another guardian's access, or a second guardian steps back."""
    participant = get_object_or_404(Participant.objects.for_user(request.user), pk=pk)
    account = get_object_or_404(
        participant.co_guardians.all(), pk=_posted_id(request, "account")
    )
    try:
        sharing.stop_sharing(participant, account, by=request.user)
    except sharing.SharingRefused:
        raise Http404 from None
    name = {"name": participant.first_name, "account": str(account)}
    if account == request.user:
        messages.success(request, _("%(name)s is no longer in your account.") % name)
        return redirect("people:participants")
    messages.success(
        request, _("%(account)s no longer looks after %(name)s with you.") % name
    )
    return redirect("people:participant_share", pk=participant.pk)


def _posted_id(request, name):
    """An id sent by the page's own form; anything else is 0, which finds nobody."""
    value = request.POST.get(name, "")
    return int(value) if value.isascii() and value.isdigit() and len(value) < 20 else 0


# Unknown links are not found; used or expired ones are gone; the wrong account is not
# allowed.
INVITATION_REFUSAL_STATUS = {
    "unknown": 404,
    "accepted": 410,
    "expired": 410,
    "wrong_account": 403,
    "owner_accepts": 403,
}


@never_cache
def invitation(request, token):
    """The page behind the e-mailed link: sign in first, then confirm and accept."""
    user = request.user if request.user.is_authenticated else None
    try:
        invitation = sharing.check(token, user)
    except sharing.SharingRefused as refusal:
        status = INVITATION_REFUSAL_STATUS[refusal.code]
        context = {"refusal": refusal.message}
        return render(request, "people/invitation.html", context, status=status)
    participant = invitation.participant
    form = AcceptInvitationForm(
        request.POST if request.method == "POST" else None, participant=participant
    )
    if user and request.method == "POST" and form.is_valid():
        try:
            sharing.accept(token, user)
        except sharing.SharingRefused as refusal:
            messages.error(request, refusal.message)
        else:
            messages.success(
                request,
                _("%(name)s is now in your account.")
                % {"name": participant.first_name},
            )
        return redirect("people:participants")
    context = {
        "invitation": invitation,
        "participant": participant,
        "form": form,
        "account_exists": user is None
        and User.objects.filter(email__iexact=invitation.email).exists(),
    }
    return render(request, "people/invitation.html", context)


# Schools a teacher books class visits for: only the account's own.


@never_cache
@login_required
def schools(request):
    rows = School.objects.for_user(request.user).annotate(
        booking_count=Count("group_bookings")
    )
    return render(request, "people/school_list.html", {"schools": rows})


@never_cache
@login_required
def school_add(request):
    return _school_form(request, School())


@never_cache
@login_required
def school_edit(request, pk):
    school = get_object_or_404(School.objects.for_user(request.user), pk=pk)
    return _school_form(request, school)


def _school_form(request, school):
    form = SchoolForm(
        request.POST if request.method == "POST" else None,
        instance=school,
        user=request.user,
    )
    return _form_page(
        request,
        form,
        "people/school_form.html",
        {"school": school},
        name=lambda saved: saved.name,
        done="people:schools",
    )


@never_cache
@login_required
def school_delete(request, pk):
    """Only a school without class-visit bookings can go; the bookings keep theirs."""
    school = get_object_or_404(
        School.objects.for_user(request.user).annotate(
            booking_count=Count("group_bookings")
        ),
        pk=pk,
    )
    if school.booking_count:
        messages.error(
            request,
            _(
                "%(name)s has class-visit bookings and cannot be removed. You can "
                "still change its details."
            )
            % {"name": school.name},
        )
        return redirect("people:schools")
    if request.method == "POST":
        school.delete()
        messages.success(
            request, _("%(name)s has been removed.") % {"name": school.name}
        )
        return redirect("people:schools")
    return render(request, "people/school_delete.html", {"school": school})
