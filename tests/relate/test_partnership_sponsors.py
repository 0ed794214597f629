"""Title sponsors carried by a competition's name, paired with the organiser the document is about."""

from __future__ import annotations

import re

import pytest

from crossreach.lexicon import alternation
from crossreach.models import Partnership
from crossreach.relate.partnership_sponsors import _competition_re


def _deals(extract_text, lang: str, text: str) -> list[tuple[frozenset[str], str]]:
    return [(frozenset(f.parties), f.kind) for f in extract_text(lang, text, "2024-05-01").facts
            if isinstance(f, Partnership)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # The sponsor's word follows the organiser's own name ("Liga Portugal Zentra") and stands alone elsewhere.
    ("pt", "Liga Portugal chega ao Douyin. A Liga Portugal vendeu os direitos da Liga Portugal Zentra para a "
           "China. A Zentra, marca de energia, paga pelo nome desde 2023.",
     (frozenset({"Liga Portugal", "Zentra"}), "sponsorship")),
    # The competition word is in the organiser's name ("Liga ACB", "Liga Norvia").
    ("es", "La ACB firma con Kuaishou. Los partidos de la liga, rebautizada Liga Norvia en 2021, se verán "
           "gratis en China. El patrocinio de Norvia seguirá hasta 2027.",
     (frozenset({"Liga ACB", "Norvia"}), "sponsorship")),
])
def test_a_title_sponsor_is_a_sponsorship_of_the_organiser(extract_text, lang, text, expected) -> None:
    assert expected in _deals(extract_text, lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    # The words of a competition's own name are no sponsor: they never stand alone.
    ("en", "The Premier League signed with iQiyi. The Premier League is watched in China."),
    # A competition the document's subject does not run gives it no sponsor.
    ("en", "Gucci opened a store on Tmall. Fans of the Zentra Open bought its bags. Zentra, an energy firm, "
           "grew too."),
])
def test_no_title_sponsor_without_an_organiser_and_a_sponsor_named_alone(extract_text, lang, text) -> None:
    assert all(kind != "sponsorship" for _, kind in _deals(extract_text, lang, text))


@pytest.mark.parametrize(("words", "text"), [
    (("League", "Cup", "Open", "Grand Prix"), "The Premier League and the FA Cup; Leagues, TheCup, Open. Grand Prix!"),
    (("C", "Cup", "Copa"), "C Cup Copa Cups CCup xC C."),  # a word that is another's first letter
    (("Élite", "Elite", "Liga"), "Ligue Élite, Elite-Liga, ÉliteLiga, Élites"),
    (("Cup",), "Cup"),
])
def test_the_competition_regex_matches_what_the_plain_whole_word_regex_matches(words: tuple[str, ...],
                                                                                  text: str) -> None:
    plain = re.compile(rf"(?<![^\W\d_])(?:{alternation(words)})(?![^\W\d_])")
    faster = _competition_re(words)
    assert faster is not None
    assert [m.span() for m in faster.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_no_competition_words_no_regex() -> None:
    assert _competition_re(()) is None
