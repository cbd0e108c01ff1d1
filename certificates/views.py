"""The public verification page and the holder's own certificates."""

from allauth.core.internal import ratelimit
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache

from . import services
from .documents import certificate_pdf, file_name
from .forms import VerifyForm
from .models import Certificate, normalise_code

VERIFY_RATE = "verify_certificate"  # see ACCOUNT_RATE_LIMITS


def verify_form(request):
    """A code typed from paper: tidy it and show its page. Nothing typed, or no code,
    comes back in the form with a message, as typed."""
    form = VerifyForm(request.GET if "code" in request.GET else None)
    if form.is_valid():
        return redirect("certificates:verify", code=form.cleaned_data["code"])
    return render(request, "certificates/verify_form.html", {"form": form})


def verify(request, code):
    """Valid, revoked (with the date) or unknown, and only what confirms it."""
    # allauth's public ratelimit.consume() lets every GET through; this page is GET.
    allowed = ratelimit.consume(
        request, app="allauth.account", action=VERIFY_RATE, limit_get=True
    )
    if not allowed:
        return render(request, "certificates/verify_limited.html", status=429)
    certificate = services.find(code)
    if certificate is None:
        return render(
            request, "certificates/verify_unknown.html", {"code": code}, status=404
        )
    if certificate.code != code:
        return redirect("certificates:verify", code=certificate.code)
    return render(
        request,
        "certificates/verify.html",
        {"certificate": certificate, "printed": certificate.content},
    )


@login_required
@never_cache
def mine(request):
    """The certificates of everyone in the account, and the teacher's classes."""
    certificates = Certificate.objects.for_user(request.user).select_related(
        "replaced_by"
    )
    return render(
        request, "certificates/mine.html", {"certificates": list(certificates)}
    )


@login_required
@never_cache
def download(request, code):
    if normalise_code(code) != code:  # not a code as printed (NUL bytes included)
        raise Http404
    certificate = Certificate.objects.for_user(request.user).filter(code=code).first()
    if certificate is None:
        raise Http404
    response = HttpResponse(
        certificate_pdf(certificate), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'inline; filename="{file_name(certificate)}"'
    return response
