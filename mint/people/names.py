"""People's names in the order a reader of each language expects (collation).

The database sorts by code point (PostgreSQL's C collation, SQLite), which puts
"Łucja" after "Zdeněk". Lists of an account's people are sorted here instead, in
Python, so that the same order holds on every database.

Accents only break ties (German dictionaries: "Ärzte" next to "Arzt"), except the
letters that have their own place in a language's alphabet, right after the letter
they are written with: Polish Ą Ć Ę Ł Ń Ó Ś Ź Ż, Czech Č Ř Š Ž and "ch" after H.
"""

import unicodedata

# Per language: the letters with their own place, as (base letter, rank after it).
OWN_LETTERS = {
    "pl": {
        "ą": ("a", 1),
        "ć": ("c", 1),
        "ę": ("e", 1),
        "ł": ("l", 1),
        "ń": ("n", 1),
        "ó": ("o", 1),
        "ś": ("s", 1),
        "ź": ("z", 1),
        "ż": ("z", 2),
    },
    "cs": {
        "č": ("c", 1),
        "ch": ("h", 1),
        "ř": ("r", 1),
        "š": ("s", 1),
        "ž": ("z", 1),
    },
}
# Latin letters without a decomposition, read as the letters they come from.
PLAIN = {"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe"}


def name_key(text: str, language: str) -> tuple:
    """Sort key for one name: letters first, then accents, then case (lower first),
    then the text itself; spaces, hyphens and apostrophes only in the last step."""
    own = OWN_LETTERS.get((language or "")[:2], {})
    text = unicodedata.normalize("NFC", text or "")
    letters, accents, cases = [], [], []
    position = 0
    while position < len(text):
        size = 2 if text[position : position + 2].casefold() in own else 1
        unit = text[position : position + size]
        position += size
        folded = unit.casefold()
        if folded in own:
            letters.append(own[folded])
            marks = ""
        else:
            decomposed = unicodedata.normalize("NFD", folded)
            base = "".join(c for c in decomposed if not unicodedata.combining(c))
            marks = "".join(c for c in decomposed if unicodedata.combining(c))
            spelled = [(c, 0) for c in PLAIN.get(base, base) if c.isalnum()]
            if not spelled:
                continue
            letters.extend(spelled)
        accents.append(marks)
        cases.append(unit != folded)
    return (tuple(letters), tuple(accents), tuple(cases), text)


def sorted_by_name(participants, language: str) -> list:
    """Participants by first name, then last name, as readers of `language` sort."""
    return sorted(
        participants,
        key=lambda p: (
            name_key(p.first_name, language),
            name_key(p.last_name, language),
            p.pk or 0,
        ),
    )
