"""Where a number meets a noun, the noun takes the form its number needs in all four
languages: “1 seat”, “2 seats”; Polish and Czech have three forms (1 / 2–4 / 5 and
more, Polish 22–24 again like 2–4), German and English two.

The expected forms are written here, not read from the catalogues, so a missing or
wrong plural entry in a catalogue fails."""

from types import SimpleNamespace

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from certificates.services import REASONS
from events import visits
from events.admin_views import VISIT_MESSAGES

COUNTS = (1, 2, 5, 22)
# The form each language's plural rule picks for 1, 2, 5 and 22.
FORM = {"en": (0, 1, 1, 1), "de": (0, 1, 1, 1), "pl": (0, 1, 2, 1), "cs": (0, 1, 2, 2)}


def coded(lazy, key, **fixed):
    """A message the code formats from a dict of messages, counted by `key`."""

    def params(n):
        return {key: n, **fixed}

    return (lambda n: str(lazy % params(n))), params


def catalogued(singular, plural, key, **fixed):
    """A message formatted where it is used (a view or a template)."""

    def params(n):
        return {key: n, **fixed}

    return (lambda n: translation.ngettext(singular, plural, n) % params(n)), params


def age_range(**ages):
    """The age range of a course as the shared include writes it, counted by `n`."""

    def render(n):
        course = SimpleNamespace(age_min=None, age_max=None)
        for field, value in ages.items():
            setattr(course, field, n if value == "n" else value)
        return render_to_string("includes/age_range.html", {"course": course}).strip()

    def params(n):
        return {
            "low": n if ages.get("age_min") == "n" else ages.get("age_min"),
            "high": n,
        }

    return render, params


PLURALS = {
    "%(count)s confirmation issued.": (
        catalogued(
            "%(count)s confirmation issued.", "%(count)s confirmations issued.", "count"
        ),
        {
            "en": ["%(count)s confirmation issued.", "%(count)s confirmations issued."],
            "de": [
                "%(count)s Teilnahmebestätigung ausgestellt.",
                "%(count)s Teilnahmebestätigungen ausgestellt.",
            ],
            "pl": [
                "Wystawiono %(count)s zaświadczenie o udziale klasy.",
                "Wystawiono %(count)s zaświadczenia o udziale klasy.",
                "Wystawiono %(count)s zaświadczeń o udziale klasy.",
            ],
            "cs": [
                "Vystaveno %(count)s potvrzení o účasti třídy.",
                "Vystavena %(count)s potvrzení o účasti třídy.",
                "Vystaveno %(count)s potvrzení o účasti třídy.",
            ],
        },
    ),
    "Attended %(attended)s of %(total)s session; %(needed)s%% needed.": (
        coded(REASONS["attendance"], "total", attended=0, needed=80),
        {
            "en": [
                "Attended %(attended)s of %(total)s session; %(needed)s%% needed.",
                "Attended %(attended)s of %(total)s sessions; %(needed)s%% needed.",
            ],
            "de": [
                "Bei %(attended)s von %(total)s Einzeltermin anwesend; erforderlich "
                "sind %(needed)s %%.",
                "Bei %(attended)s von %(total)s Einzelterminen anwesend; erforderlich "
                "sind %(needed)s %%.",
            ],
            "pl": [
                "Obecność na %(attended)s z %(total)s spotkania; wymagane "
                "%(needed)s%%.",
                "Obecność na %(attended)s z %(total)s spotkań; wymagane %(needed)s%%.",
                "Obecność na %(attended)s z %(total)s spotkań; wymagane %(needed)s%%.",
            ],
            "cs": [
                "Účast na %(attended)s z %(total)s lekce; požadováno %(needed)s %%.",
                "Účast na %(attended)s z %(total)s lekcí; požadováno %(needed)s %%.",
                "Účast na %(attended)s z %(total)s lekcí; požadováno %(needed)s %%.",
            ],
        },
    ),
    "That would be %(count)s slot, at most %(max)s can be created at once.": (
        coded(VISIT_MESSAGES["too_many"], "count", max=400),
        {
            "en": [
                "That would be %(count)s slot, at most %(max)s can be created at "
                "once. Choose a shorter period.",
                "That would be %(count)s slots, at most %(max)s can be created at "
                "once. Choose a shorter period.",
            ],
            "de": [
                "Das wäre %(count)s Termin, auf einmal können höchstens %(max)s "
                "angelegt werden. Bitte wählen Sie einen kürzeren Zeitraum.",
                "Das wären %(count)s Termine, auf einmal können höchstens %(max)s "
                "angelegt werden. Bitte wählen Sie einen kürzeren Zeitraum.",
            ],
            "pl": [
                "To byłby %(count)s termin, a jednorazowo można utworzyć najwyżej "
                "%(max)s. Wybierz krótszy okres.",
                "To byłyby %(count)s terminy, a jednorazowo można utworzyć najwyżej "
                "%(max)s. Wybierz krótszy okres.",
                "To byłoby %(count)s terminów, a jednorazowo można utworzyć najwyżej "
                "%(max)s. Wybierz krótszy okres.",
            ],
            "cs": [
                "To by byl %(count)s termín, najednou jich lze vytvořit nejvýše "
                "%(max)s. Zvolte kratší období.",
                "To by byly %(count)s termíny, najednou jich lze vytvořit nejvýše "
                "%(max)s. Zvolte kratší období.",
                "To by bylo %(count)s termínů, najednou jich lze vytvořit nejvýše "
                "%(max)s. Zvolte kratší období.",
            ],
        },
    ),
    "%(free)s of %(capacity)s place free": (
        catalogued(
            "%(free)s of %(capacity)s place free",
            "%(free)s of %(capacity)s places free",
            "capacity",
            free=1,
        ),
        {
            "en": [
                "%(free)s of %(capacity)s place free",
                "%(free)s of %(capacity)s places free",
            ],
            "de": [
                "%(free)s von %(capacity)s Platz frei",
                "%(free)s von %(capacity)s Plätzen frei",
            ],
            "pl": [
                "wolne: %(free)s z %(capacity)s miejsca",
                "wolne: %(free)s z %(capacity)s miejsc",
                "wolne: %(free)s z %(capacity)s miejsc",
            ],
            "cs": [
                "volno: %(free)s z %(capacity)s místa",
                "volno: %(free)s z %(capacity)s míst",
                "volno: %(free)s z %(capacity)s míst",
            ],
        },
    ),
    "This programme needs at least %(min)s pupil.": (
        coded(visits.MESSAGES["too_few"], "min"),
        {
            "en": [
                "This programme needs at least %(min)s pupil.",
                "This programme needs at least %(min)s pupils.",
            ],
            "de": [
                "Dieses Programm braucht mindestens %(min)s Schülerin oder Schüler.",
                "Dieses Programm braucht mindestens %(min)s Schülerinnen und Schüler.",
            ],
            "pl": [
                "Ten program wymaga co najmniej %(min)s ucznia.",
                "Ten program wymaga co najmniej %(min)s uczniów.",
                "Ten program wymaga co najmniej %(min)s uczniów.",
            ],
            "cs": [
                "Tento program potřebuje alespoň %(min)s žáka.",
                "Tento program potřebuje alespoň %(min)s žáky.",
                "Tento program potřebuje alespoň %(min)s žáků.",
            ],
        },
    ),
    "This programme takes at most %(max)s pupil.": (
        coded(visits.MESSAGES["too_many"], "max"),
        {
            "en": [
                "This programme takes at most %(max)s pupil.",
                "This programme takes at most %(max)s pupils.",
            ],
            "de": [
                "Dieses Programm nimmt höchstens %(max)s Schülerin oder Schüler auf.",
                "Dieses Programm nimmt höchstens %(max)s Schülerinnen und Schüler auf.",
            ],
            "pl": [
                "Ten program przyjmuje najwyżej %(max)s ucznia.",
                "Ten program przyjmuje najwyżej %(max)s uczniów.",
                "Ten program przyjmuje najwyżej %(max)s uczniów.",
            ],
            "cs": [
                "Tento program přijme nejvýše %(max)s žáka.",
                "Tento program přijme nejvýše %(max)s žáky.",
                "Tento program přijme nejvýše %(max)s žáků.",
            ],
        },
    ),
    "Please bring at least %(needed)s accompanying adult": (
        coded(visits.MESSAGES["adults"], "needed", per=10),
        {
            "en": [
                "Please bring at least %(needed)s accompanying adult "
                "(pupils per adult: at most %(per)s).",
                "Please bring at least %(needed)s accompanying adults "
                "(pupils per adult: at most %(per)s).",
            ],
            "de": [
                "Bitte kommen Sie mit mindestens %(needed)s Begleitperson "
                "(Schülerinnen und Schüler je Begleitperson: höchstens %(per)s).",
                "Bitte kommen Sie mit mindestens %(needed)s Begleitpersonen "
                "(Schülerinnen und Schüler je Begleitperson: höchstens %(per)s).",
            ],
            "pl": [
                "Prosimy o co najmniej %(needed)s opiekuna "
                "(uczniów na opiekuna: najwyżej %(per)s).",
                "Prosimy o co najmniej %(needed)s opiekunów "
                "(uczniów na opiekuna: najwyżej %(per)s).",
                "Prosimy o co najmniej %(needed)s opiekunów "
                "(uczniów na opiekuna: najwyżej %(per)s).",
            ],
            "cs": [
                "Přijďte prosím alespoň s %(needed)s dospělým "
                "(žáků na jednoho dospělého: nejvýše %(per)s).",
                "Přijďte prosím alespoň s %(needed)s dospělými "
                "(žáků na jednoho dospělého: nejvýše %(per)s).",
                "Přijďte prosím alespoň s %(needed)s dospělými "
                "(žáků na jednoho dospělého: nejvýše %(per)s).",
            ],
        },
    ),
    "This slot has room for %(free)s more person, your group has %(group)s.": (
        coded(visits.MESSAGES["no_room"], "free", group=30),
        {
            "en": [
                "This slot has room for %(free)s more person, your group has "
                "%(group)s. Please choose another slot.",
                "This slot has room for %(free)s more people, your group has "
                "%(group)s. Please choose another slot.",
            ],
            "de": [
                "Dieser Termin hat noch Platz für %(free)s Person, Ihre Gruppe hat "
                "%(group)s. Bitte wählen Sie einen anderen Termin.",
                "Dieser Termin hat noch Platz für %(free)s Personen, Ihre Gruppe hat "
                "%(group)s. Bitte wählen Sie einen anderen Termin.",
            ],
            "pl": [
                "W tym terminie jest jeszcze miejsce dla %(free)s osoby, Twoja grupa "
                "liczy %(group)s. Wybierz inny termin.",
                "W tym terminie jest jeszcze miejsce dla %(free)s osób, Twoja grupa "
                "liczy %(group)s. Wybierz inny termin.",
                "W tym terminie jest jeszcze miejsce dla %(free)s osób, Twoja grupa "
                "liczy %(group)s. Wybierz inny termin.",
            ],
            "cs": [
                "V tomto termínu je místo ještě pro %(free)s osobu, vaše skupina má "
                "%(group)s. Vyberte prosím jiný termín.",
                "V tomto termínu je místo ještě pro %(free)s osoby, vaše skupina má "
                "%(group)s. Vyberte prosím jiný termín.",
                "V tomto termínu je místo ještě pro %(free)s osob, vaše skupina má "
                "%(group)s. Vyberte prosím jiný termín.",
            ],
        },
    ),
    "The numbers can only be changed online until %(days)s day before the visit.": (
        coded(visits.MESSAGES["numbers_deadline"], "days"),
        {
            "en": [
                "The numbers can only be changed online until %(days)s day before "
                "the visit. Please contact the organisers.",
                "The numbers can only be changed online until %(days)s days before "
                "the visit. Please contact the organisers.",
            ],
            "de": [
                "Die Zahlen können nur bis %(days)s Tag vor dem Besuch online "
                "geändert werden. Bitte wenden Sie sich an das Team.",
                "Die Zahlen können nur bis %(days)s Tage vor dem Besuch online "
                "geändert werden. Bitte wenden Sie sich an das Team.",
            ],
            "pl": [
                "Liczbę osób można zmienić online tylko do %(days)s dnia przed "
                "zajęciami. Skontaktuj się z organizatorami.",
                "Liczbę osób można zmienić online tylko do %(days)s dni przed "
                "zajęciami. Skontaktuj się z organizatorami.",
                "Liczbę osób można zmienić online tylko do %(days)s dni przed "
                "zajęciami. Skontaktuj się z organizatorami.",
            ],
            "cs": [
                "Počty lze online změnit jen do %(days)s dne před programem. "
                "Obraťte se prosím na pořadatele.",
                "Počty lze online změnit jen do %(days)s dní před programem. "
                "Obraťte se prosím na pořadatele.",
                "Počty lze online změnit jen do %(days)s dní před programem. "
                "Obraťte se prosím na pořadatele.",
            ],
        },
    ),
    "%(capacity)s seat": (
        catalogued("%(capacity)s seat", "%(capacity)s seats", "capacity"),
        {
            "en": ["%(capacity)s seat", "%(capacity)s seats"],
            "de": ["%(capacity)s Platz", "%(capacity)s Plätze"],
            "pl": [
                "%(capacity)s miejsce",
                "%(capacity)s miejsca",
                "%(capacity)s miejsc",
            ],
            "cs": ["%(capacity)s místo", "%(capacity)s místa", "%(capacity)s míst"],
        },
    ),
    "%(low)s to %(high)s pupil": (
        catalogued(
            "%(low)s to %(high)s pupil", "%(low)s to %(high)s pupils", "high", low=1
        ),
        {
            "en": ["%(low)s to %(high)s pupil", "%(low)s to %(high)s pupils"],
            "de": [
                "%(low)s bis %(high)s Schüler/in",
                "%(low)s bis %(high)s Schüler/innen",
            ],
            "pl": [
                "od %(low)s do %(high)s ucznia",
                "od %(low)s do %(high)s uczniów",
                "od %(low)s do %(high)s uczniów",
            ],
            "cs": [
                "od %(low)s do %(high)s žáka",
                "od %(low)s do %(high)s žáků",
                "od %(low)s do %(high)s žáků",
            ],
        },
    ),
    "%(low)s–%(high)s year": (
        age_range(age_min=0, age_max="n"),
        {
            "en": ["%(low)s–%(high)s year", "%(low)s–%(high)s years"],
            "de": ["%(low)s–%(high)s Jahr", "%(low)s–%(high)s Jahre"],
            "pl": [
                "od %(low)s do %(high)s roku",
                "od %(low)s do %(high)s lat",
                "od %(low)s do %(high)s lat",
            ],
            "cs": [
                "od %(low)s do %(high)s roku",
                "od %(low)s do %(high)s let",
                "od %(low)s do %(high)s let",
            ],
        },
    ),
    "from %(low)s year": (
        age_range(age_min="n"),
        {
            "en": ["from %(low)s year", "from %(low)s years"],
            "de": ["ab %(low)s Jahr", "ab %(low)s Jahren"],
            "pl": ["od %(low)s roku", "od %(low)s lat", "od %(low)s lat"],
            "cs": ["od %(low)s roku", "od %(low)s let", "od %(low)s let"],
        },
    ),
    "up to %(high)s year": (
        age_range(age_max="n"),
        {
            "en": ["up to %(high)s year", "up to %(high)s years"],
            "de": ["bis %(high)s Jahr", "bis %(high)s Jahre"],
            "pl": ["do %(high)s roku", "do %(high)s lat", "do %(high)s lat"],
            "cs": ["do %(high)s roku", "do %(high)s let", "do %(high)s let"],
        },
    ),
}

# The two nouns of a class's numbers, each counted by its own number.
HEADCOUNT = {
    "en": (["%s pupil", "%s pupils"], ["%s adult", "%s adults"]),
    "de": (
        ["%s Schüler/in", "%s Schülerinnen und Schüler"],
        ["%s Begleitperson", "%s Begleitpersonen"],
    ),
    "pl": (
        ["%s uczeń", "%s uczniów", "%s uczniów"],
        ["%s opiekun", "%s opiekunów", "%s opiekunów"],
    ),
    "cs": (
        ["%s žák", "%s žáci", "%s žáků"],
        ["%s dospělý", "%s dospělí", "%s dospělých"],
    ),
}


@pytest.mark.parametrize("language", FORM)
@pytest.mark.parametrize("msgid", PLURALS)
def test_a_counted_noun_takes_the_form_of_its_number(msgid, language):
    (render, params), forms = PLURALS[msgid]
    for count, form in zip(COUNTS, FORM[language], strict=True):
        with translation.override(language):
            shown = render(count)
        assert shown == forms[language][form] % params(count), (language, count)


@pytest.mark.parametrize("language", FORM)
def test_pupils_and_adults_each_take_the_form_of_their_own_number(language):
    pupil_forms, adult_forms = HEADCOUNT[language]
    for pupils, form in zip(COUNTS, FORM[language], strict=True):
        adults = COUNTS[-1 - COUNTS.index(pupils)]
        adult_form = FORM[language][COUNTS.index(adults)]
        with translation.override(language):
            shown = visits.headcount(pupils, adults)
        expected = f"{pupil_forms[form] % pupils}, {adult_forms[adult_form] % adults}"
        assert shown == expected, (language, pupils, adults)
