"""Organizations named in full with their acronym in brackets after them."""

from __future__ import annotations

import pytest

from crossreach.lexicon import load_language
from crossreach.recognise.defined_acronyms import defined_acronyms


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # The initials spell the acronym, joining words and elided articles aside, capitalised or not.
    ("fr", "selon la Fédération Internationale de l'Automobile (FIA) et", "Fédération Internationale de l'Automobile"),
    ("fr", "Selon le Bureau national interprofessionnel du cognac (BNIC), les",
     "Bureau national interprofessionnel du cognac"),
    ("de", "Die Agence France-Presse (AFP) meldet", "Agence France-Presse"),
    ("en", "said the Hong Kong Trade Development Council (HKTDC) on Monday", "Hong Kong Trade Development Council"),
    # A quoted title, a figure's name in lower case, a place and its state: none.
    ("en", "with “Tencent AI Simultaneous Interpreting” (TASI)", None),
    ("fr", "nombre d’utilisateurs quotidiens (DAU)", None),
    ("pt", "com sede em Guaxupé (MG)", None),
])
def test_an_acronym_in_brackets_defines_the_name_before_it(lang: str, text: str, expected: str | None) -> None:
    found = defined_acronyms(text, load_language(lang), bytearray(len(text) + 1))
    if expected is None:
        assert found == []
        return
    name, acronym = found
    assert (name.text, name.type) == (expected, "organization")
    assert acronym.name == expected and acronym.text == text[acronym.start:acronym.end]


def test_a_name_a_mention_covers_is_left_alone() -> None:
    text = "the Hong Kong Trade Development Council (HKTDC) said"
    taken = bytearray(len(text) + 1)
    taken[4:8] = b"\x01" * 4
    assert defined_acronyms(text, load_language("en"), taken) == []


def test_unspaced_languages_have_none() -> None:
    assert defined_acronyms("香港贸易发展局 (HKTDC)", load_language("zh"), bytearray(20)) == []


def test_the_acronym_of_a_name_read_already_is_still_read() -> None:
    """"Comissão do ... (CMVM)": a head noun's rule read the name; its acronym is another name of it."""
    text = "Enviado à Comissão do Mercado de Valores (CMV), a empresa disse."
    name = "Comissão do Mercado de Valores"
    taken = bytearray(len(text))
    start = text.index(name)
    taken[start:start + len(name)] = b"\x01" * len(name)
    found = defined_acronyms(text, load_language("pt"), taken)
    assert [(m.text, m.name) for m in found] == [("CMV", name)]
