"""Every language of the site is complete: no untranslated or fuzzy messages."""

import re
import subprocess
from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE = Path(settings.BASE_DIR) / "locale"


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_catalogue_is_complete(language):
    catalogue = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    untranslated = [e.msgid for e in catalogue.untranslated_entries()]
    fuzzy = [e.msgid for e in catalogue.fuzzy_entries()]
    assert not untranslated, f"{language}: untranslated {untranslated[:10]}"
    assert not fuzzy, f"{language}: fuzzy {fuzzy[:10]}"


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_catalogue_compiles_cleanly(language):
    po = LOCALE / language / "LC_MESSAGES" / "django.po"
    result = subprocess.run(
        ["msgfmt", "--check", "-o", "/dev/null", str(po)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("language", ["pl", "cs"])
def test_translations_are_not_copies_of_the_source(language):
    """A real translation differs from the English source for most messages."""
    catalogue = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    entries = [e for e in catalogue if e.msgid and not e.obsolete]
    copies = [e for e in entries if e.msgstr == e.msgid]
    assert len(copies) < len(entries) * 0.1, [e.msgid for e in copies][:20]


# Calques and clashing terms that native readers flagged (README, "Languages and voice").
BANNED_TERMS = {
    "pl": [
        r"\bwizy[tc](?!ówk)",  # "wizyta klasowa": the offer is "zajęcia dla grup szkolnych"
        r"\blist\w* rezerwow",  # one waiting list: "lista oczekujących"
    ],
    "cs": [
        r"návštěv(?!ní[kc]|nost)",  # "návštěva třídy": the offer is "výukový program"
        r"odbav",  # airport language: a child's arrival is "zaznamenán"
        r"personál\w* termín",
    ],
}


@pytest.mark.parametrize("language", sorted(BANNED_TERMS))
def test_catalogue_uses_the_native_terms(language):
    """A teacher reads the words science centres in their country use, never a calque."""
    catalogue = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    patterns = [re.compile(term, re.IGNORECASE) for term in BANNED_TERMS[language]]
    found = [
        text
        for entry in catalogue
        if not entry.obsolete
        for text in [entry.msgstr, *entry.msgstr_plural.values()]
        if any(pattern.search(text) for pattern in patterns)
    ]
    assert not found, f"{language}: {len(found)} messages, e.g. {found[:5]}"
