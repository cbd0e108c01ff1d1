"""Fuzzing the certificates' public side beyond tests/certificates/test_views.py: any
code typed into the verification form or put into the verification and download
addresses (unusual unicode, NUL bytes, broken UTF-8, very long), and certificates of
people with any name a parent can type, on the verification page and as PDFs. Never a
500; what was typed comes back only escaped."""

from urllib.parse import quote

import pytest
from django.core.cache import cache
from django.http.response import MAX_URL_REDIRECT_LENGTH
from django.urls import reverse
from django.utils import translation
from hypothesis import example, given
from hypothesis import strategies as st

from certificates import services
from courses.models import CoursePage
from tests.factories import ParticipantFactory, RegistrationFactory
from tests.fuzz import BROKEN, answered, fuzz, harmless, injection, nasty_text

pytestmark = pytest.mark.django_db

LANGUAGES = ["de", "pl", "cs", "en"]


def typed_code():
    """What someone types from paper, and what a robot tries."""
    return st.one_of(
        nasty_text(),
        injection(),
        st.text("ABCDEFGHJKMNPQRSTVWXYZ23456789- ", min_size=20, max_size=40),
    )


def in_path(text):
    """Text as one segment of a path: percent-encoded, broken escapes as sent."""
    return quote(text, safe="%") or "x"


@pytest.fixture(autouse=True)
def _no_rate_limit():
    """The verification page counts checks per address in the cache."""
    yield
    cache.clear()


@given(code=typed_code(), language=st.sampled_from(LANGUAGES))
@fuzz(40)
@example(code="<script>alert(1)</script>", language="de")
@example(code="\x00" + "A" * 26, language="pl")
def test_any_code_typed_into_the_form(client, certificate, code, language):
    cache.clear()
    with translation.override(language):
        path = reverse("certificates:verify_form")
    response = answered(client.get(path, {"code": code}))
    if response.status_code == 302:
        response = client.get(response["Location"])
    harmless(response, code)
    assert response.status_code in (200, 404)


@given(
    code=st.one_of(
        typed_code(), st.lists(st.sampled_from(BROKEN), min_size=1).map("".join)
    ),
    prefix=st.sampled_from(["", *(f"/{language}" for language in LANGUAGES)]),
)
@fuzz(40)
@example(code="%ED%A0%80", prefix="")
@example(code="x" * 65_536, prefix="")
@example(code="\x00", prefix="/de")
def test_any_code_in_the_verification_address(client, certificate, code, prefix):
    cache.clear()
    form = "/certificates/verify/"  # the QR address, without a language
    if prefix:
        with translation.override(prefix[1:]):
            form = reverse("certificates:verify_form")
    path = f"{form}{in_path(code)}/"
    response = harmless(client.get(path), code)
    if len(path) > MAX_URL_REDIRECT_LENGTH:  # Django redirects to no such address:
        assert response.status_code in (400, 404)  # not to the language's page either
    else:
        assert response.status_code in (200, 302, 404)


@given(code=st.one_of(typed_code(), st.sampled_from(BROKEN)))
@fuzz(30)
@example(code="\x00")
@example(code="%00")
def test_any_code_in_the_download_address(client, certificate, guardian, code):
    client.force_login(guardian)
    response = client.get(reverse("certificates:mine") + f"{in_path(code)}.pdf")
    assert harmless(response, code).status_code == 404


def person_name():
    """A name as a parent can type it into the participant form: at most 100
    characters, no NUL (the form refuses it), not blank."""
    return st.one_of(nasty_text(), injection()).map(
        lambda text: text.replace("\x00", "").strip()[:100] or "A"
    )


@given(
    first_name=person_name(),
    last_name=person_name(),
    kind=st.sampled_from(
        [CoursePage.CertificateKind.FORMAL, CoursePage.CertificateKind.CHILDREN]
    ),
)
@fuzz(20)
@example(
    first_name="<script>alert(1)</script>",
    last_name='"><img src=x onerror=alert(1)>',
    kind=CoursePage.CertificateKind.FORMAL,
)
@example(
    first_name="\u202eJana\u200d👩\u200d👧e\u0301",
    last_name="Z\u0351\u036b\u0343\u036a" * 20,
    kind=CoursePage.CertificateKind.CHILDREN,
)
def test_a_certificate_for_any_name(
    client, course, event, guardian, attend, first_name, last_name, kind
):
    CoursePage.objects.filter(pk=course.pk).update(certificate_kind=kind)
    person = ParticipantFactory(
        guardian=guardian, first_name=first_name, last_name=last_name
    )
    registration = attend(
        RegistrationFactory(event=event, participant=person), *["present"] * 5
    )
    certificate = services.issue(registration)
    cache.clear()
    page = client.get(reverse("certificates:verify", args=[certificate.code]))
    assert harmless(page, first_name, last_name).status_code == 200
    client.force_login(guardian)
    harmless(client.get(reverse("certificates:mine")), first_name, last_name)
    pdf = client.get(reverse("certificates:download", args=[certificate.code]))
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
