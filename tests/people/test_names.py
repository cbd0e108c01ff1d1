"""An account's people are listed as readers of each language sort names, not by code
point: Ł after L in Polish, Č after C and "Ch" after H in Czech."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils.translation import override

from mint.people.names import name_key

from ..factories import ParticipantFactory


def ordered(names, language):
    return sorted(names, key=lambda name: name_key(name, language))


@pytest.mark.parametrize(
    ("language", "names"),
    [
        ("pl", ["Lena", "Lucja", "Łucja", "Zbigniew", "Źdźisław", "Żaneta"]),
        ("pl", ["Cyryl", "Czesław", "Ćwik", "Sylwia", "Szymon", "Świętosław"]),
        ("cs", ["Cyril", "Čeněk", "Hana", "Chrudoš", "Igor"]),
        ("cs", ["Robert", "Řehoř", "Sára", "Šimon", "Zuzana", "Žofie"]),
        ("de", ["Adam", "Ádám", "Ärzte", "Łucja", "Lutz", "Zdeněk"]),
        ("de", ["Anna", "Annemarie", "Anne-Marie", "Chrudoš", "Ćwik", "Cyril"]),
    ],
)
def test_names_follow_the_readers_alphabet(language, names):
    assert ordered(reversed(names), language) == names


def test_lower_and_upper_case_sort_together():
    assert ordered(["ZOE", "anna", "Bert"], "de") == ["anna", "Bert", "ZOE"]


def test_my_people_are_listed_in_the_readers_alphabet(signed_in, user):
    for first_name in ["Zdeněk", "Łucja", "Lena", "Čeněk", "Cyril"]:
        ParticipantFactory(guardian=user, first_name=first_name)
    with override("cs"):
        response = signed_in.get(reverse("people:participants"))
    names = [
        heading.get_text(" ", strip=True).split()[0]
        for heading in BeautifulSoup(response.content, "html.parser").select(
            ".person__name"
        )
    ]
    assert names == ["Cyril", "Čeněk", "Lena", "Łucja", "Zdeněk"]
