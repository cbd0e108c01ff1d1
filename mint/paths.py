"""The site's own addresses in the visitor's language, and the way from the old ones.

Routes are written in English and translated segment by segment from SEGMENTS, a
table in code rather than in the translation catalogues: an address is part of the
site's structure, must stay plain ASCII with its slashes, and the redirects from the
old English addresses, the private-pages rule and the log redaction read the same
words. English keeps the English route; a segment missing for a language stays English.
"""

from django.conf import settings
from django.http import HttpResponsePermanentRedirect
from django.urls import Resolver404, resolve, reverse
from django.urls.exceptions import NoReverseMatch
from django.utils import translation
from django.utils.encoding import escape_uri_path
from django.utils.functional import lazy

# Wagtail's catch-all view: its pages have their own slugs in each language.
WAGTAIL_PAGES = "wagtail_serve"
# The languages whose addresses differ from the English ones.
TRANSLATED = ("de", "pl", "cs")
# English segment: its German, Polish and Czech address words (ASCII, no slashes).
SEGMENTS = {
    "account": {"de": "konto", "pl": "konto", "cs": "ucet"},
    "answer": {"de": "antwort", "pl": "odpowiedz", "cs": "odpoved"},
    "add": {"de": "neu", "pl": "dodaj", "cs": "pridat"},
    "book": {"de": "buchen", "pl": "rezerwuj", "cs": "rezervovat"},
    "calendar": {"de": "kalender", "pl": "kalendarz", "cs": "kalendar"},
    "cancel": {"de": "stornieren", "pl": "anuluj", "cs": "zrusit"},
    "certificates": {"de": "zertifikate", "pl": "certyfikaty", "cs": "certifikaty"},
    "check-in": {"de": "einchecken", "pl": "obecnosc", "cs": "prezence"},
    "class": {"de": "klasse", "pl": "klasa", "cs": "trida"},
    "class-visits": {
        "de": "klassenbesuche",
        "pl": "zajecia-dla-szkol",
        "cs": "vyukove-programy",
    },
    "close": {"de": "abschliessen", "pl": "zamknij", "cs": "uzavrit"},
    "confirmation.pdf": {
        "de": "bestaetigung.pdf",
        "pl": "potwierdzenie.pdf",
        "cs": "potvrzeni.pdf",
    },
    "delete": {"de": "loeschen", "pl": "usun", "cs": "smazat"},
    "events": {"de": "veranstaltungen", "pl": "wydarzenia", "cs": "akce"},
    "invitations": {"de": "einladungen", "pl": "zaproszenia", "cs": "pozvanky"},
    "mark": {"de": "eintragen", "pl": "zaznacz", "cs": "zapsat"},
    "my-data.json": {
        "de": "meine-daten.json",
        "pl": "moje-dane.json",
        "cs": "moje-udaje.json",
    },
    "new-address": {"de": "neue-adresse", "pl": "nowy-adres", "cs": "nova-adresa"},
    "numbers": {"de": "anzahl", "pl": "liczba-osob", "cs": "pocty"},
    "participation.pdf": {
        "de": "teilnahme.pdf",
        "pl": "uczestnictwo.pdf",
        "cs": "ucast.pdf",
    },
    "people": {"de": "personen", "pl": "osoby", "cs": "osoby"},
    "profile": {"de": "profil", "pl": "profil", "cs": "profil"},
    "register": {"de": "anmelden", "pl": "zapisz", "cs": "prihlasit"},
    "registrations": {"de": "anmeldungen", "pl": "zapisy", "cs": "prihlasky"},
    "reminder": {"de": "erinnerung", "pl": "przypomnienie", "cs": "pripominka"},
    "scan": {"de": "scannen", "pl": "skanuj", "cs": "skenovat"},
    "schools": {"de": "schulen", "pl": "szkoly", "cs": "skoly"},
    "sessions": {"de": "termine", "pl": "spotkania", "cs": "lekce"},
    "share": {"de": "teilen", "pl": "udostepnij", "cs": "sdilet"},
    "stop-sharing": {
        "de": "nicht-mehr-teilen",
        "pl": "przestan-udostepniac",
        "cs": "prestat-sdilet",
    },
    "teach": {"de": "kursleitung", "pl": "prowadzenie", "cs": "lektor"},
    "verify": {"de": "pruefen", "pl": "weryfikacja", "cs": "overeni"},
    "walk-in": {"de": "ohne-anmeldung", "pl": "bez-zapisu", "cs": "bez-prihlasky"},
    "withdraw": {"de": "zurueckziehen", "pl": "wycofaj", "cs": "stahnout"},
}


def translated(english_route, language):
    """The route with each literal segment in the language; converters stay."""
    return "/".join(
        SEGMENTS.get(part, {}).get(language, part) for part in english_route.split("/")
    )


def every_language(english_route):
    """The route in every language, each once: for the rules that recognise an address
    whatever its language (also read by gunicorn's logger, before Django's settings)."""
    words = []
    for language in ("en", *TRANSLATED):
        word = translated(english_route, language)
        if word not in words:
            words.append(word)
    return words


def _in_active_language(english_route):
    return translated(english_route, translation.get_language() or "en")


def route(english_route):
    """A route for path() inside i18n_patterns that follows the active language."""
    return lazy(_in_active_language, str)(english_route)


def redirect_from_english(request):
    """A permanent redirect for an old English address under another language's prefix
    (/pl/account/ → /pl/konto/), or None when the path is no such address. Pages whose
    address never changed (allauth's) reverse to the same path: None."""
    language, _slash, rest = request.path_info.lstrip("/").partition("/")
    languages = {code for code, _name in settings.LANGUAGES}
    if language == "en" or language not in languages:
        return None
    with translation.override("en"):
        try:
            match = resolve(f"/en/{rest}")
        except Resolver404:
            return None
    if match.url_name == WAGTAIL_PAGES:
        return None
    with translation.override(language):
        try:
            new = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
        except NoReverseMatch:
            return None
    if new == escape_uri_path(request.path):
        return None
    query = request.META.get("QUERY_STRING")
    return HttpResponsePermanentRedirect(new + (f"?{query}" if query else ""))
