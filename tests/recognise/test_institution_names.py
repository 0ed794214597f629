"""Institutions named by a head noun: parks, gardens, zoos, clubs, city and tourism offices, in every language."""

from __future__ import annotations

import pytest

from crossreach.lexicon import load_language
from crossreach.models import Mention
from crossreach.recognise.institution_names import institution_names, institution_rules

LANGUAGES = ("en", "it", "fr", "de", "es", "pt", "zh")


def _found(lang: str, text: str, known: list[Mention] | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.category) for m in institution_names(text, load_language(lang), known or [])]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A head that holds lower-case words, then the proper name after a connector.
    ("fr", "Le Parc national des Glaciers Bleus a ouvert un compte.", [("Parc national des Glaciers Bleus", "museum")]),
    ("fr", "Selon l'Office de tourisme de Montclair, la saison est bonne.",
     [("Office de tourisme de Montclair", "government")]),
    ("fr", "La Ville de Montclair finance le projet.", [("Ville de Montclair", "government")]),
    ("it", "Il Parco nazionale delle Cime Rosse conta nuovi visitatori.",
     [("Parco nazionale delle Cime Rosse", "museum")]),
    ("it", "Il Comune di Valfonda ha firmato.", [("Comune di Valfonda", "government")]),
    ("es", "El Parque Nacional de Sierra Alta recibió más turistas.", [("Parque Nacional de Sierra Alta", "museum")]),
    ("es", "El Ayuntamiento de Villaverde firmó el acuerdo.", [("Ayuntamiento de Villaverde", "government")]),
    ("pt", "O Parque Nacional da Serra Azul recebeu turistas.", [("Parque Nacional da Serra Azul", "museum")]),
    ("pt", "A Prefeitura de Campo Alto assinou o acordo.", [("Prefeitura de Campo Alto", "government")]),
    ("de", "Der Nationalpark Hohe Berge meldet mehr Besucher.", [("Nationalpark Hohe Berge", "museum")]),
    ("de", "Der Tierpark Lindental hat ein Konto eröffnet.", [("Tierpark Lindental", "museum")]),
    # A head written in another case after its first word.
    ("fr", "L'Office de Tourisme de Montclair a signé.", [("Office de Tourisme de Montclair", "government")]),
    # A tail after the proper name.
    ("en", "The Riverside Zoo has 40,000 followers.", [("Riverside Zoo", "museum")]),
    ("en", "Greenhill National Park drew visitors.", [("Greenhill National Park", "museum")]),
    ("en", "In Greenhill National Park the trails reopened.", [("Greenhill National Park", "museum")]),
    ("it", "La Virtus Valfonda Volley ha vinto.", [("Virtus Valfonda Volley", "culture")]),
    ("es", "El Villaverde Club de Fútbol ganó.", [("Villaverde Club de Fútbol", "culture")]),
    ("pt", "O Campo Alto Futebol Clube venceu.", [("Campo Alto Futebol Clube", "culture")]),
    ("de", "Der Lindentaler Zoo wächst.", [("Lindentaler Zoo", "museum")]),
    # A stop word closing the name is dropped; one opening it leaves no name.
    ("fr", "Le Zoo de Montclair Mais il pleut.", [("Zoo de Montclair", "museum")]),
    ("fr", "Il aime le jardin. Jardin Le matin.", []),
    # A head written in lower case is a common noun, not a name.
    ("fr", "Le parc national des Glaciers Bleus a ouvert un compte.", []),
    ("es", "El parque de Sierra Alta cerró.", []),
    # No line break, run of spaces (a table's columns) or sentence end inside a name.
    ("de", "Der Nationalpark\nHohe Berge", []),
    ("pt", "Clube      Weibo      Douyin", []),
    ("de", "Er buchte über Lindenreisen. Seeburg Tourismus wirbt.", [("Seeburg Tourismus", "government")]),
    # A possessive ends the name after a head, and a tail's name starts after one.
    ("en", "Tourism Northland's campaign drew visitors.", [("Tourism Northland", "government")]),
    ("en", "The Smithford's Riverside Zoo reopened.", [("Riverside Zoo", "museum")]),
])
def test_an_institution_is_named_by_its_head_noun(lang: str, text: str, expected: list) -> None:
    assert _found(lang, text) == expected


def test_a_name_the_gazetteer_knows_is_left_to_it_but_a_place_yields() -> None:
    text = "Le Festival de Montclair et la Ville de Lyon."
    festival = Mention(3, 24, "Festival de Montclair", "Montclair Film Festival", "organization", "culture")
    lyon = Mention(text.index("Lyon"), len(text) - 1, "Lyon", "Lyon", "place")
    assert _found("fr", text, [festival, lyon]) == [("Ville de Lyon", "government")]


@pytest.mark.parametrize(("text", "place", "expected"), [
    ("北京动物园新增粉丝。", "北京", [("北京动物园", "museum")]),
    ("成都大熊猫基地和成都植物园合作。", "成都", [("成都植物园", "museum")]),
])
def test_a_chinese_tail_follows_a_place_the_gazetteer_knows(text: str, place: str, expected: list) -> None:
    places = [Mention(i, i + len(place), place, place, "place") for i in range(len(text)) if text.startswith(place, i)]
    assert _found("zh", text, places) == expected


def test_a_chinese_tail_alone_names_nothing() -> None:
    assert _found("zh", "动物园新增粉丝。") == []


@pytest.mark.parametrize("text", ["北京足球俱乐部青峰队签约。", "它是北京最受欢迎的北京俱乐部之一。"])
def test_a_chinese_tail_before_a_known_name_or_a_class_word_says_what_kind_it_is(text: str) -> None:
    known = [Mention(i, i + 2, "北京", "Beijing", "place") for i in range(len(text)) if text.startswith("北京", i)]
    if "青峰队" in text:
        known.append(Mention(text.index("青峰队"), text.index("青峰队") + 3, "青峰队", "Qingfeng", "organization"))
    assert _found("zh", text, known) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_lists_institution_heads_or_tails(lang: str) -> None:
    rules = institution_rules(load_language(lang))
    assert rules.tail_re is not None
    assert rules.categories and set(rules.categories.values()) <= {"museum", "culture", "government", "education"}


def test_an_institution_becomes_an_owner_candidate(extract_text) -> None:
    extraction = extract_text("fr", "Le Parc national des Glaciers Bleus compte 120 000 abonnés sur Weibo.")
    names = [(m.name, m.type) for m in extraction.mentions]
    assert ("Parc national des Glaciers Bleus", "organization") in names
