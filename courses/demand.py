"""Searches that found nothing, logged as demand without anything personal: the words
(tidied: no e-mail addresses, no long numbers) and the other filters, counted per day."""

import re

from django.db.models import F
from django.utils import timezone

from .models import UnmetSearch

NOT_LOGGED = {"q", "page", "view", "sort"}
PERSONAL = re.compile(r"\S*@\S*|\S*\d{4,}\S*")


def tidy(words: str) -> str:
    """Lower case, single spaces, without anything that may identify someone."""
    words = PERSONAL.sub(" ", (words or "").lower())
    return " ".join(words.split())[: UnmetSearch._meta.get_field("query").max_length]


def describe(cleaned: dict) -> str:
    """The other filters, in a stable order: "age=7; topic=robotik, mathe"."""
    parts = []
    for name in sorted(cleaned):
        value = cleaned[name]
        if name in NOT_LOGGED or value in (None, "", [], False):
            continue
        if isinstance(value, (list, tuple)):
            value = ", ".join(sorted(str(item) for item in value))
        parts.append(f"{name}={value}")
    return "; ".join(parts)[: UnmetSearch._meta.get_field("filters").max_length]


def record(cleaned: dict, language: str):
    """Count one search without results (nothing when nothing was asked)."""
    query, filters = tidy(cleaned.get("q", "")), describe(cleaned)
    if not (query or filters):
        return
    row, created = UnmetSearch.objects.get_or_create(
        day=timezone.localdate(), language=language, query=query, filters=filters
    )
    if not created:
        UnmetSearch.objects.filter(pk=row.pk).update(count=F("count") + 1)
