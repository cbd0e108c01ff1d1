"""Fuzzing the site from outside: what people (and robots) type and send, and what every
answer must still be.

Strategies: `nasty_text()` (unusual unicode, NUL bytes, very long strings, markup),
`injection()` (HTML/JS payloads inside such text), `param_value()` and `params()` (GET
parameters), `raw_query()` (query strings with broken percent-encoding: the lone
surrogates and invalid UTF-8 a client can send, which Django decodes to U+FFFD).

Checks: `answered()` (never a 500), `harmless()` (no payload comes back as markup),
`kept()` (a form that comes back with errors still shows what was typed, escaped),
`refused_without_csrf()` (a POST without the token is a 403 and changes nothing).
"""

import os
import re
from html import escape
from urllib.parse import urlencode

from django.conf import settings as django_settings
from django.test import Client
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st


def fuzz(max_examples):
    """Hypothesis settings for a fuzz test: a modest number of requests, no deadline
    (the machine is shared), the Django fixtures kept across examples. The examples
    are the same on every run, so that main stays green on what it has proven;
    MINT_FUZZ_RANDOM=1 explores new ones (and keeps what fails as an @example)."""
    return settings(
        max_examples=max_examples,
        deadline=None,
        derandomize=os.environ.get("MINT_FUZZ_RANDOM") != "1",
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.filter_too_much,
        ],
    )


# What people paste, phones insert and robots try.
UNUSUAL = [
    "\x00",  # NUL: PostgreSQL refuses it in text
    "\u200e",  # left-to-right mark
    "\u200f",  # right-to-left mark
    "\u202e",  # right-to-left override
    "\u2067\u2069",  # right-to-left isolate … pop
    "\u200d",  # zero-width joiner
    "\u200c",  # zero-width non-joiner
    "\u200b",  # zero-width space
    "\u2060",  # word joiner
    "\ufeff",  # byte order mark
    "👩\u200d👩\u200d👧\u200d👦",  # an emoji joined by ZWJs
    "🤖",
    "🇩🇪🇵🇱🇨🇿",
    "1\ufe0f\u20e3",  # keycap
    "e\u0301",  # e + combining acute
    "Z\u0351\u036b\u0343\u036a\u0302\u036b\u033d\u034f\u0334\u0319\u0324\u031e\u0349",
    "שלום",
    "مرحبا",
    "ß",
    "İ",
    "ﬃ",
    "ǅ",
    "Łódź Příliš žluťoučký kůň",
    "\r\n",
    "\t",
    "\x0b\x0c",
    "\u2028\u2029",
    "\x1b[31m",
    "\x7f\x85",
    "\ufffd",
    "\ufdd0\uffff",
    "\U0010fffd",
    "%s",
    "%(name)s",
    "{0}",
    "{{ user }}",
    "{% debug %}",
    "%00",
    "%ED%A0%80",
    "\\",
    "'",
    '"',
    "`",
    "&amp;",
    "&#60;",
    "../../etc/passwd",
    "' OR '1'='1",
    " ",
]

# Payloads that would run script if a page echoed them unescaped.
INJECTIONS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    "</textarea><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    '" autofocus onfocus="alert(1)',
    "' autofocus onfocus='alert(1)",
    "<a href=javascript:alert(1)>x</a>",
    "<iframe srcdoc=<script>alert(1)</script>>",
    "</script><script>alert(1)</script>",
    "<style>*{display:none}</style>",
]

# Lengths beyond every field's limit, and one beyond Django's 2.5 MB body limit is left
# to Django (a 400): these stay inside it.
LONG = [201, 256, 1001, 5000, 65_536]

_CHARACTERS = st.characters(codec="utf-8")  # anything but surrogates, which UTF-8 lacks


def _long_text():
    return st.builds(
        lambda piece, length: (piece * length)[:length],
        st.sampled_from(["x", "ä", "🤖", "\u200f", "e\u0301", "<b>", "\x00", "Łódź "]),
        st.sampled_from(LONG),
    )


def nasty_text(max_size=40):
    """Text as people and robots send it: unusual unicode, NUL bytes, markup,
    sometimes far longer than any field allows, sometimes empty."""
    pieces = st.one_of(
        st.sampled_from(UNUSUAL),
        st.sampled_from(INJECTIONS),
        st.text(_CHARACTERS, max_size=6),
    )
    return st.one_of(
        st.lists(pieces, max_size=max(1, max_size // 8)).map("".join),
        st.text(_CHARACTERS, max_size=max_size),
        _long_text(),
    )


def injection():
    """A script payload, alone or amid other text."""
    around = st.one_of(st.just(""), st.sampled_from(UNUSUAL), st.text(max_size=4))
    return st.builds(
        lambda before, payload, after: before + payload + after,
        around,
        st.sampled_from(INJECTIONS),
        around,
    )


def number_text():
    """What a number field may be sent: numbers of any size and sign, and not quite
    numbers."""
    return st.one_of(
        st.integers(-(10**30), 10**30).map(str),
        st.integers(-5, 40).map(str),
        st.floats(allow_nan=True, allow_infinity=True).map(str),
        st.sampled_from(
            ["", " 7 ", "0x10", "1e309", "-0", "٣", "７", "1_000", "NaN", "+1", "1,5"]
        ),
        nasty_text(max_size=12),
    )


def date_text():
    """What a date field may be sent: dates of every year, impossible ones, others."""
    return st.one_of(
        st.dates().map(str),
        st.datetimes().map(lambda d: d.isoformat()),
        st.sampled_from(
            [
                "0000-01-01",
                "2024-02-30",
                "99999-01-01",
                "2026-13-45",
                "31.12.2026",
                "9999-12-31",
                "0001-01-01",
                "-2026-01-01",
                "2026-1-1",
                "heute",
            ]
        ),
        nasty_text(max_size=12),
    )


def param_value():
    """One value of a GET parameter."""
    return st.one_of(nasty_text(), injection(), number_text(), date_text())


def params(names, values=None):
    """GET parameters: known names (some repeated) and unknown ones, as (name, value)
    pairs."""
    values = param_value() if values is None else values
    name = st.one_of(st.sampled_from(names), nasty_text(max_size=12))
    return st.lists(st.tuples(name, values), max_size=8)


def query(pairs):
    """A query string of (name, value) pairs, encoded as a browser does."""
    return urlencode(pairs)


# Byte sequences no valid UTF-8 text encodes (a lone surrogate among them) and broken
# escapes: a client can send them, Django reads U+FFFD or the characters as they are.
BROKEN = [
    "%ED%A0%80",  # U+D800, a lone surrogate, as UTF-8 would write it
    "%ED%BF%BF",
    "%FF",
    "%C0%AE",  # overlong "."
    "%F4%90%80%80",  # beyond U+10FFFF
    "%E2%82",  # cut off
    "%",
    "%%",
    "%G0",
    "%00",
    "+",
    ";",
    "&",
    "=",
    "[]",
]


def raw_query(names):
    """A query string put together by hand, with broken percent-encoding."""
    part = st.one_of(
        st.sampled_from(BROKEN),
        st.sampled_from(names),
        st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), max_size=5),
    )
    pair = st.tuples(st.lists(part, max_size=3), st.lists(part, max_size=4)).map(
        lambda kv: "".join(kv[0]) + "=" + "".join(kv[1])
    )
    return st.lists(pair, max_size=5).map("&".join)


def raw_form(fields):
    """An url-encoded form body with broken percent-encoding in some values."""
    broken = st.lists(
        st.one_of(st.sampled_from(BROKEN), st.sampled_from(["a", "Ä", "<b>"])),
        max_size=4,
    ).map("".join)
    return st.dictionaries(st.sampled_from(fields), broken).map(
        lambda data: "&".join(f"{name}={value}" for name, value in data.items())
    )


# Checks


def answered(response):
    """Never a server error, whatever came in."""
    assert response.status_code < 500, (response.status_code, response.content[:2000])
    return response


def text_of(response):
    return response.content.decode(response.charset or "utf-8", errors="replace")


_TAG = re.compile(r"<[a-zA-Z/!]")


def harmless(response, *typed):
    """Nothing typed comes back as markup: every payload in it, and any other text that
    could open a tag, appears only escaped."""
    answered(response)
    if response.get("Content-Type", "").startswith("application/json"):
        return response  # data, not a page: the script puts it in as text
    page = text_of(response)
    for text in typed:
        if not isinstance(text, str):
            continue
        for payload in INJECTIONS:
            if payload in text:
                assert payload not in page, payload
                tag = payload[payload.find("<") :] if "<" in payload else payload
                assert tag not in page, tag
        if len(text) >= 8 and _TAG.search(text):
            assert text not in page, text
    return response


def kept(response, **typed):
    """A form came back with errors: what was typed into each text field is still in
    it, escaped as the page shows it."""
    assert response.status_code == 200, response.status_code
    page = text_of(response)
    for name, value in typed.items():
        assert escape(value) in page, (name, value[:200])
    return response


def too_large(data):
    """Whether Django refuses this form body before any view sees it (a 400 for more
    than DATA_UPLOAD_MAX_MEMORY_SIZE, 2.5 MB: a paste of a whole book)."""
    body = urlencode(data, doseq=True).encode()
    return len(body) > django_settings.DATA_UPLOAD_MAX_MEMORY_SIZE


def form_post(client, url, data, **extra):
    """POST a form url-encoded, as a browser does (lists for repeated fields)."""
    return client.post(
        url,
        urlencode(data, doseq=True),
        content_type="application/x-www-form-urlencoded",
        **extra,
    )


def csrf_client(user=None):
    """A client that, like a browser on another site, sends no CSRF token."""
    client = Client(enforce_csrf_checks=True)
    if user is not None:
        client.force_login(user)
    return client


def refused_without_csrf(response, what=""):
    """The site's 403 page for a form sent without its token (mint.views.csrf_failure),
    not some other refusal."""
    assert response.status_code == 403, (what, response.status_code)
    assert "403_csrf.html" in [t.name for t in response.templates], what
    return response
