"""Every language file has every section, so no stage meets a language it cannot read."""

from __future__ import annotations

import copy
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crossreach.lexicon import (
    SECTIONS,
    alternation,
    cue_pattern,
    every_language,
    is_spaced,
    load_language,
    opening_words,
    script,
    supported_languages,
    word_start_scanner,
    writes_unspaced,
)
from crossreach.models import METRIC_KINDS, PARTNERSHIP_KINDS


def test_the_seven_languages_are_supported() -> None:
    assert set(supported_languages()) >= {"en", "it", "fr", "de", "es", "pt", "zh"}


@pytest.mark.parametrize("code", supported_languages())
def test_every_language_has_every_section(code: str) -> None:
    lexicon = load_language(code)
    assert lexicon.code == code
    missing = [name for name in SECTIONS if name not in lexicon.sections]
    assert missing == []


def test_unknown_language_falls_back_to_english() -> None:
    assert load_language("nl").code == "en"


def _values(node: object, path: str = ""):
    """Every leaf of a lexicon section with its path."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _values(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _values(value, f"{path}[{index}]")
    else:
        yield path, node


@pytest.mark.parametrize("code", supported_languages())
def test_no_word_was_read_as_a_yes_or_no(code: str) -> None:
    """YAML 1.1 reads bare on/off/yes/no as booleans: a cue word must be quoted to stay a word."""
    lexicon = load_language(code)
    booleans = [path for path, value in _values(lexicon.sections) if isinstance(value, bool)
                # dates.relative "in {year}": {year: true} and "end of {year}": {year_end: true} are flags
                and not path.startswith(".dates.relative.")]
    assert booleans == []


@pytest.mark.parametrize("code", supported_languages())
def test_metric_cues_name_known_kinds(code: str) -> None:
    kinds = load_language(code).section("metrics")["kinds"]
    assert set(kinds) <= set(METRIC_KINDS)
    assert all(isinstance(word, str) and word.strip() for words in kinds.values() for word in words)


@pytest.mark.parametrize("code", supported_languages())
def test_partnership_cues_name_every_kind_but_other(code: str) -> None:
    kinds = load_language(code).section("partnerships")["kinds"]
    assert set(kinds) == set(PARTNERSHIP_KINDS) - {"other"}
    assert all(isinstance(word, str) and word.strip() for words in kinds.values() for word in words)


@pytest.mark.parametrize("code", supported_languages())
def test_relate_cue_lists_are_filled(code: str) -> None:
    lexicon = load_language(code)
    for section, key in [("partnerships", "cues"), ("partnerships", "presence"), ("partnerships", "negations"),
                         ("partnerships", "renewed"), ("partnerships", "ended"), ("partnerships", "reporting"),
                         ("partnerships", "both_sides"), ("partnerships", "platform_words"),
                         ("partnerships", "company_words"), ("partnerships", "description_openers"),
                         ("partnerships", "including"), ("partnerships", "related_links"),
                         ("metrics", "price_cues"), ("roles", "anaphors"), ("roles", "titles")]:
        words = lexicon.section(section).get(key)
        assert words, f"{code}: {section}.{key} is empty"
        assert all(isinstance(word, str) and "''" not in word for word in words)


@pytest.mark.parametrize("code", supported_languages())
def test_owner_and_kind_cues_are_filled(code: str) -> None:
    """The cues the owner decision and the kinds read exist in every language (zh has no word after a
    change: "净增" stands before its figure)."""
    metrics = load_language(code).section("metrics")
    for key in ("forecast_cues", "change_before", "listeners", "source_nouns"):
        assert metrics.get(key), f"{code}: metrics.{key} is empty"
    assert isinstance(metrics.get("change_after"), list)
    assert set(metrics["owner_links"]) == {"genitive_before", "possessive_after", "benefactive", "holding_nouns",
                                           "control_before", "control_after", "control_leading", "agent_before",
                                           "operator_nouns"}
    assert metrics["owner_links"]["control_before"], f"{code}: metrics.owner_links.control_before is empty"
    assert metrics["owner_links"]["control_leading"], f"{code}: metrics.owner_links.control_leading is empty"
    assert metrics["owner_links"]["holding_nouns"], f"{code}: metrics.owner_links.holding_nouns is empty"
    assert set(metrics["owner_nouns"]) >= {"organization", "brand", "museum", "culture", "tech", "work"}
    assert all(words for words in metrics["owner_nouns"].values())
    assert metrics["owner_determiners"]["articles"] and metrics["owner_determiners"]["demonstratives"]
    assert load_language(code).section("dates").get("start_cues"), f"{code}: dates.start_cues is empty"


@pytest.mark.parametrize(("simplified", "traditional"), [("观看", "觀看"), ("粉丝", "粉絲"), ("营收", "營收")])
def test_script_variants_add_the_traditional_form_of_every_word(simplified: str, traditional: str) -> None:
    words = [w for values in load_language("zh").section("metrics")["kinds"].values() for w in values]
    assert any(simplified in w for w in words) and any(traditional in w for w in words)


@pytest.mark.parametrize(("text", "found"), [
    ("dirigée par Axel Dumont", "dirigée par"),
    ("dirigée depuis 2018 par Axel Dumont", "dirigée depuis 2018 par"),
    ("dirigée depuis le mois de mars 2018 par Axel Dumont", None),  # more than a short insert
    ("redirigée par erreur", None),  # whole words only
])
def test_gapped_phrases_allow_a_short_insert(text: str, found: str | None) -> None:
    match = cue_pattern((), spaced=True, gapped=["dirigée par"]).search(text)
    assert (match.group() if match else None) == found


_LETTERS = st.text(alphabet="abAB .é万", min_size=0, max_size=6)


@given(words=st.lists(_LETTERS, max_size=8), text=st.text(alphabet="abAB .é万x", max_size=12))
def test_the_trie_alternation_matches_as_the_flat_list_longest_first_does(words: list[str], text: str) -> None:
    flat = "|".join(re.escape(w) for w in sorted(set(words) - {""}, key=len, reverse=True)) or r"(?!x)x"
    for pattern in ("{}", r"(?:{})(?![a-z])"):  # alone, and where the engine must back off to a shorter word
        trie = re.compile(pattern.format(alternation(words)), re.IGNORECASE)
        listed = re.compile(pattern.format(f"(?:{flat})"), re.IGNORECASE)
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in listed.finditer(text)]


def test_the_script_lexicon_gives_every_class_as_a_valid_regex_class() -> None:
    chars = script()
    for name in ("han", "unspaced", "capitals", "latin_extended", "spaces", "name_dots", "closers",
                 "clause_breaks", "phrase_ends", "wide_breaks", "name_breaks", "dashes", "speech_ends",
                 "question_marks"):
        body = getattr(chars, name)
        assert body, name
        re.compile(f"[{body}]")
    assert all(opening and closing for opening, closing in chars.quotations.items())


@pytest.mark.parametrize(("code", "spaced"), [("en", True), ("de", True), ("zh", False)])
def test_is_spaced_says_whether_a_language_writes_spaces(code: str, spaced: bool) -> None:
    assert is_spaced(load_language(code)) is spaced


@pytest.mark.parametrize(("text", "share", "expected"), [
    ("Tencent", 0.0, False),
    ("\u817e\u8baf", 0.0, True),                   # Han
    ("Tencent \u817e\u8baf", 0.0, True),           # any Han character
    ("\u30bd\u30cb\u30fc", 0.0, True),             # katakana: no spaces either
    ("Tencent \u817e\u8baf", 0.2, True),           # 2 of 10
    ("Tencent Music \u817e\u8baf", 0.2, False),    # 2 of 16
    ("", 0.2, False),
])
def test_writes_unspaced_reads_the_script_of_a_text(text: str, share: float, expected: bool) -> None:
    assert writes_unspaced(text, share) is expected


@pytest.mark.parametrize("code", supported_languages())
def test_the_word_lists_of_figures_and_names_are_lists(code: str) -> None:
    lexicon = load_language(code)
    for section in ("figures", "names"):
        for key, value in lexicon.section(section).items():
            assert isinstance(value, list), f"{code}.{section}.{key}"


def test_every_language_joins_one_list_of_every_file_as_written() -> None:
    assert every_language("names", "leading_articles") == ("the",)
    units = every_language("figures", "date_units")
    assert "\u6708" in units                               # 月, as zh.yaml writes it
    assert every_language("figures", "no_such_key") == ()


_LETTERS = [*"abkKsSiIéÉß0 .-'", "\u017f", "\u212a", "\u0130", "\u0131", "\u4e00"]


@given(st.lists(st.text(alphabet=st.sampled_from([*"abkKsSiI\u00e9\u00df0'", "\u017f", "\u212a", "\u0130", "\u0131"]),
                        min_size=1, max_size=4), min_size=1, max_size=6),
       st.text(alphabet=st.sampled_from(_LETTERS), max_size=40),
       st.sampled_from([r"[^\W_]", r"[^\W\d_]"]), st.sampled_from(["", r"(?![^\W\d_])", r"(?![^\W\d_])\.?"]))
def test_a_word_start_scanner_matches_what_its_plain_regex_matches(words: list[str], text: str, word_class: str,
                                                                   tail: str) -> None:
    """Same matches, spans and group as ``(?<!word_class)(?P<lead>alternation)tail`` ignoring case, or None."""
    faster = word_start_scanner(words, "lead", tail, word_class)
    plain = re.compile(rf"(?<!{word_class})(?P<lead>{alternation(words)}){tail}", re.IGNORECASE)
    if faster is None:  # first letters that match each other's case but fold apart: left to the plain regex
        firsts = {w[0] for w in words}
        assert any(a.casefold() != b.casefold() and re.fullmatch(re.escape(a), b, re.IGNORECASE)
                   for a in firsts for b in firsts)
        return
    assert [(m.span(), m.span("lead")) for m in faster.finditer(text)] \
        == [(m.span(), m.span("lead")) for m in plain.finditer(text)]
    for pos in range(len(text)):
        found, expected = faster.match(text, pos), plain.match(text, pos)
        assert (found and found.span()) == (expected and expected.span())


@given(st.lists(st.text(alphabet=st.sampled_from([*"abkKsSiI\u00e9\u00df0 '", "\u017f", "\u212a", "\u0130", "\u0131",
                                                  "\U0001d400"]), min_size=1, max_size=4), max_size=8),
       st.text(alphabet=st.sampled_from([*_LETTERS, "\U0001d400"]), max_size=40),
       st.sampled_from(["{}", r"(?:{})(?![a-z])", r"(?<![^\W\d_])(?:{})(?![^\W\d_])"]), st.booleans())
def test_an_alternation_for_where_case_is_ignored_matches_as_the_plain_one(words: list[str], text: str,
                                                                           pattern: str, apart: bool) -> None:
    """``ignore_case=True`` opens branches with classes compared with case (the outer ones with each
    character apart, or not): same matches, at every position."""
    faster = re.compile(pattern.format(alternation(words, ignore_case=True, apart=apart)), re.IGNORECASE)
    plain = re.compile(pattern.format(alternation(words)), re.IGNORECASE)
    assert [m.span() for m in faster.finditer(text)] == [m.span() for m in plain.finditer(text)]
    for pos in range(len(text)):
        found, expected = faster.match(text, pos), plain.match(text, pos)
        assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize(("words", "apart", "expected"), [
    (["likes", "views"], True, "(?:(?-i:L)ikes|(?-i:l)ikes|(?-i:V)iews|(?-i:v)iews)"),
    (["likes", "views"], False, "(?:(?-i:[Ll])ikes|(?-i:[Vv])iews)"),
    (["views", "visitors"], True, "vi(?:(?-i:[Ee])ws|(?-i:[Ss\u017f])itors)"),  # one outer branch: nothing to set apart
    (["skins"], True, "skins"),
])
def test_the_outer_branches_open_with_one_character_each_where_case_is_ignored(words: list[str], apart: bool,
                                                                              expected: str) -> None:
    """The engine tests a branch's plain first character inline, a class by a call: the outer level,
    tried at every position a scan reaches, writes each character of a class apart; inner levels keep it."""
    assert alternation(words, ignore_case=True, stored=False, apart=apart) == expected


def test_case_variants_are_what_each_character_matches_ignoring_case() -> None:
    """The one scan for many characters gives each what a scan for it alone gives (tricky ones included)."""
    from crossreach.lexicon import _basic_plane, case_variants

    chars = {*"kKsSiIéÉßµ0 -", "\u017f", "\u212a", "\u0130", "\u0131", "\u4e00"}
    for code in supported_languages():
        chars |= {str(w)[0] for w in load_language(code).section("roles").get("titles") or {}}
    variants = case_variants(chars)
    for char in chars:
        alone = sorted(set(re.compile(re.escape(char), re.IGNORECASE).findall(_basic_plane())))
        assert variants[char] == tuple(alone), char


@pytest.mark.parametrize("code", ["en", "it", "fr", "de", "es", "pt", "zh"])
def test_a_language_has_one_lexicon_which_stage_caches_key_by_identity(code: str) -> None:
    """The stages' caches are keyed by the lexicon, hashed by identity: every load gives the same one."""
    lexicon = load_language(code)
    assert load_language(code) is lexicon and hash(lexicon) == object.__hash__(lexicon)
    assert lexicon != copy.copy(lexicon)


@pytest.mark.parametrize(("words", "spaced", "text", "matched"), [
    (["which", "the"], True, "which sponsors", "which"),
    (["which", "the"], True, "whichever", None),          # whole words where the script has spaces
    (["l'", "la"], True, "l'accordo", "l'"),              # an elided word joins the next
    (["la", "l'"], True, "laquelle", None),
    (["THE"], True, "the brand", "the"),                  # case-insensitive
    (["该"], False, "该品牌", "该"),                        # unspaced: no word edge
    ([], True, "anything", None),
])
def test_opening_words_match_whole_words_or_elided_ones(words, spaced, text, matched) -> None:
    found = re.compile(opening_words(words, spaced)).match(text)
    assert (found.group(0) if found else None) == matched


def test_the_same_words_give_the_same_regex_text_in_every_process() -> None:
    """The text of a regex is its key in the regex store: words of one length in another order (the
    order of a set follows the hash seed) would miss the store in each new process."""
    import os
    import subprocess
    import sys

    words = ["ab", "Ab", "cd", "ef", "gh", "ij", "kl", "mn", "la ", "le ", "lo ", "il ", "el ", "the", "The"]
    program = ("from crossreach.lexicon import alternation, opening_words\n"
               f"words = {words!r}\n"
               "print(alternation(words, ignore_case=True, stored=False), alternation(words, stored=False),"
               " opening_words(words, True))")
    texts = {subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True,
                            env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(texts) == 1
