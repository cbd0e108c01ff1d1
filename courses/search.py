"""Catalogue search: every word typed, as a whole word or as the start of a word.

A course matches when each word of the query is found in its title, teaser, summary,
description or topics, either

- whole, by Wagtail's full-text `search`, which on PostgreSQL stems with the index's
  text search configuration (`SEARCH_CONFIG` "german" in the settings: "Robotern" finds
  "Roboter", "Zelle" finds "Zellen"); or
- as the start of a word, by Wagtail's `autocomplete` over the `AutocompleteField`s of
  `CoursePage` ("robot" finds "Roboter", "Robotik", "roboty"; "Mikroskop" finds
  "Mikroskopieren"). This is what carries Polish and Czech, for which PostgreSQL has no
  stemmer, and English, which shares the one German-configured index.

The database backend keeps one index with one configuration for all languages, so a
configuration per page locale is not possible; German stemming of Polish, Czech or
English text is harmless because words are stemmed alike when indexed and searched,
and the prefix match does not stem at all ("simple" configuration).

Where the databases differ: SQLite's full-text search (FTS5) has no stemmer, so there
word forms are found only through their common start ("Roboter" finds "Robotern", not
the reverse); FTS5 also ignores accents ("stavime" finds "Stavíme"), which PostgreSQL
does not. Prefixes, ranking and everything else behave the same on both.

Only letters and digits count as words, so quotes, operators and other characters
that the backends' query languages would read never reach them.
"""

import re

from django.db.models import Case, Q, Value, When

from .models import CoursePage

WORD = re.compile(r"[^\W_]+")
# Each word adds four subqueries; a longer query is cut to its first words.
MAX_WORDS = 8


def search_courses(queryset, query):
    """`queryset` narrowed to the courses with every word of `query`, and the ordering
    that ranks them (title matches first) to put before the chosen order. Without a
    word to search for (only punctuation, say), `queryset` is left as it was.

    The matches are subqueries (the database backend hands back querysets), so the
    other filters and the date order stay in SQL and the query count stays constant."""
    words = WORD.findall(query)[:MAX_WORDS]
    if not words:
        return queryset, []
    in_title = Q()
    for word in words:
        queryset = queryset.filter(_matching(word))
        in_title &= _matching(word, fields=["title"])
    return queryset, [Case(When(in_title, then=Value(0)), default=Value(1))]


def _matching(word, fields=None):
    """Courses with `word` (in `fields`, else anywhere indexed), whole or as a start."""
    courses = CoursePage.objects.all()
    whole = courses.search(word, fields=fields, order_by_relevance=False)
    start = courses.autocomplete(word, fields=fields, order_by_relevance=False)
    return Q(pk__in=whole.get_queryset().values("pk")) | Q(
        pk__in=start.get_queryset().values("pk")
    )
