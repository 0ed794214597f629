"""The compiled entity rules: the quick checks that spare a regex search must never hide a match."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crossreach.lexicon import load_language, supported_languages
from crossreach.recognise.entity_rules import cue_apposes, department_may_close, employer_phrase_ends, entity_rules

_SPACED = [code for code in supported_languages() if entity_rules(load_language(code)).employer_re is not None]


def _words(code: str) -> list[str]:
    """Words the employer pattern is made of, and others, for texts that come near to matching it."""
    lexicon = load_language(code)
    roles = lexicon.section("roles")
    return [*list(roles.get("titles") or {})[:40], *(roles.get("employer_of") or []),
            *(lexicon.section("entities").get("articles") or []), "Shanghai-based", "importer", "Nike", "said",
            "Analyst", ",", "the"]


@pytest.mark.parametrize("code", _SPACED)
@settings(max_examples=150, deadline=None)
@given(picks=st.lists(st.integers(min_value=0, max_value=10_000), max_size=9),
       gaps=st.lists(st.sampled_from([" ", "  ", "-", ", ", "\n"]), min_size=9, max_size=9))
def test_employer_phrase_ends_whenever_the_employer_regex_finds_a_phrase(code: str, picks: list[int],
                                                                         gaps: list[str]) -> None:
    rules = entity_rules(load_language(code))
    assert rules.employer_re is not None
    words = _words(code)
    text = "".join(words[p % len(words)] + gap for p, gap in zip(picks, gaps, strict=False)) + "Qingyun Data"
    start = len(text) - len("Qingyun Data")
    found = rules.employer_re.search(text, max(0, start - 90), start) is not None
    assert employer_phrase_ends(text, start, 90, rules) or not found


@pytest.mark.parametrize(("code", "text", "expected"), [
    ("en", "an analyst at Qingyun Data", True),
    ("en", "said Qingyun Data", False),
    ("fr", "consultante au sein de Lanbo Insights", True),
    ("en", "an analyst at the Shanghai-based importer Qingyun Data", True),
])
def test_employer_phrase_ends_reads_the_last_words(code: str, text: str, expected: bool) -> None:
    rules = entity_rules(load_language(code))
    start = len(text) - len(" ".join(text.split()[-2:]))
    assert employer_phrase_ends(text, start, 90, rules) is expected
    assert (rules.employer_re.search(text, 0, start) is not None) is expected


def _department_words(code: str) -> list[str]:
    """Words a title's department is written with, and others."""
    lexicon = load_language(code)
    roles, entities = lexicon.section("roles"), lexicon.section("entities")
    return [*list(roles.get("titles") or {})[:30], *(roles.get("of") or []), *(entities.get("connectors") or []),
            "Group", "Marketing", "said", "the", "Of", "X,"]


@pytest.mark.parametrize("code", _SPACED)
@settings(max_examples=150, deadline=None)
@given(picks=st.lists(st.integers(min_value=0, max_value=10_000), max_size=8),
       gaps=st.lists(st.sampled_from([" ", "  ", "\n", ""]), min_size=8, max_size=8))
def test_department_may_close_whenever_the_department_regex_finds_one(code: str, picks: list[int],
                                                                     gaps: list[str]) -> None:
    rules = entity_rules(load_language(code))
    words = _department_words(code)
    before = "".join(words[p % len(words)] + gap for p, gap in zip(picks, gaps, strict=False))
    found = rules.title_department_re.search(before) is not None
    assert department_may_close(before, rules) or not found


@pytest.mark.parametrize(("text", "expected"), [
    ("said the Chairman of Group Marketing and ", True),
    ("said the Chairman of ", True),
    ("said the company ", False),
    ("the Chairman of Group Marketing", False),  # no space before the name
])
def test_department_may_close_reads_back_to_the_joining_word(text: str, expected: bool) -> None:
    rules = entity_rules(load_language("en"))
    assert department_may_close(text, rules) is expected


@pytest.mark.parametrize("code", _SPACED)
@settings(max_examples=100, deadline=None)
@given(picks=st.lists(st.integers(min_value=0, max_value=10_000), max_size=6),
       gaps=st.lists(st.sampled_from([" ", "  ", "\n", "", "(", "'"]), min_size=6, max_size=6))
def test_an_article_before_a_name_is_found_from_as_far_back_as_the_longest_one(code: str, picks: list[int],
                                                                               gaps: list[str]) -> None:
    rules = entity_rules(load_language(code))
    assert rules.article_reach is not None
    words = [*(load_language(code).section("entities").get("articles") or []), "The", "Nike", "x", "said"]
    before = "".join(words[p % len(words)] + gap for p, gap in zip(picks, gaps, strict=False))
    bounded = rules.article_re.search(before, max(0, len(before.rstrip()) - rules.article_reach))
    assert (bounded and bounded.span()) == ((found := rules.article_re.search(before)) and found.span())


@pytest.mark.parametrize(("section", "key"), [
    ("roles", "titles"), ("quotes", "verbs"), ("entities", "person_after"), ("entities", "surnames"),
    ("entities", "org_suffixes"),
])
def test_the_chinese_cue_words_hold_their_traditional_forms(section: str, key: str) -> None:
    """The Han-script rules read these words as the loader gives them: every traditional-script form
    must be there already (说 and 說), for texts in either script."""
    from crossreach.domain import traditional_forms

    words = {str(word) for word in load_language("zh").section(section).get(key) or []}
    assert words
    assert {form for word in words for form in traditional_forms(word)} <= words


@pytest.mark.parametrize(("lang", "word", "expected"), [
    ("de", "Agentur", True), ("de", "Sportmarketing-Agentur", True), ("de", "Kreativagentur", True),
    ("de", "Blauwerk", False), ("de", "Agenturen", False), ("en", "Agency", False),
])
def test_one_check_says_whether_a_word_may_hold_a_capitalised_cue_noun(lang: str, word: str, expected: bool) -> None:
    """``capitalised_cue_endings`` answers as trying each capitalised cue noun in turn would."""
    rules = entity_rules(load_language(lang))
    each = any(word == c or word.endswith(("-" + c, c.lower())) for c in rules.capitalised_org_cues)
    assert each == expected
    assert (word in rules.capitalised_org_cues or word.endswith(rules.capitalised_cue_endings)) == expected


@pytest.mark.parametrize(("code", "before", "cue", "name", "expected"), [
    ("en", "the Swiss engineering group ", "group", "ABB", True),
    ("en", "the creative agency, ", "agency", "Loong", True),
    ("fr", "avec le groupe ", "groupe", "Nordal", True),
    ("fr", "dans la maison l'", "maison", "Orme", True),  # an elided article between them
    ("it", "Il gruppo di ", "gruppo", "Trivero", False),  # a preposition: a place, not the group
    ("en", "from the studio by ", "studio", "Grace Lin", False),
    ("en", "from the company's ", "company", "Wuhan", False),  # a possessive
    ("it", "si muovono gli altri club. Il ", "club", "Milan", False),  # the cue closed the sentence
    ("fr", "le directeur du digital du club, ", "club", "Marie Dupont", False),  # a person closes a title
    # One adjective after the cue noun, where adjectives follow nouns; not in English, not a letter alone.
    ("fr", "le groupe chinois ", "groupe", "Nordal", True),
    ("es", "por el grupo farmacéutico ", "grupo", "Lorvena", True),
    ("pt", "a gravadora faturou ", "gravadora", "R", False),
    ("en", "the group invested ", "group", "Nordal", False),
])
def test_a_cue_noun_names_only_the_name_right_after_it(code: str, before: str, cue: str, name: str,
                                                        expected: bool) -> None:
    assert cue_apposes(before, cue, name, entity_rules(load_language(code))) is expected
