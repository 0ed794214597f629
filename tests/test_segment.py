"""Segment: sentences with their offsets, whatever the text."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crossreach.lexicon import load_language
from crossreach.models import Mention
from crossreach.segment import LONGEST_SENTENCE, join_split_names, sentence_at, split_sentences


def _texts(lang: str, text: str) -> list[str]:
    return [s.text for s in split_sentences(text, load_language(lang))]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Gucci grew. Prada did not.", ["Gucci grew.", "Prada did not."]),
    # A line break always ends a sentence: headlines and list lines are units of their own.
    ("en", "Headline without stop\nBody text here.", ["Headline without stop", "Body text here."]),
    # Decimal numbers, initials and the lexicon's abbreviations do not end one.
    ("en", "Views rose to 3.8 million. J. Smith agreed.", ["Views rose to 3.8 million.", "J. Smith agreed."]),
    ("de", "Der Umsatz stieg auf 15,6 Mrd. Dollar im Jahr.", ["Der Umsatz stieg auf 15,6 Mrd. Dollar im Jahr."]),
    # A day written as an ordinal before its month does not end one; a number before another word does.
    ("de", "Follower (Stand: 31. Januar 2023)", ["Follower (Stand: 31. Januar 2023)"]),
    ("de", "Er wurde 31. Danach ging er.", ["Er wurde 31.", "Danach ging er."]),
    # A list item's number and the leader dots of a list line end none: the line is one unit.
    ("fr", "1. Clarins ............ 1 020", ["1. Clarins ............ 1 020"]),
    # An abbreviation before a capitalised name ends no sentence, in every Latin-script language.
    ("it", "Cresce anche Dr. Schär su Tmall.", ["Cresce anche Dr. Schär su Tmall."]),
    ("de", "Der FC St. Pauli wirbt in China.", ["Der FC St. Pauli wirbt in China."]),
    ("es", "Las ventas de Mr. Porter crecieron.", ["Las ventas de Mr. Porter crecieron."]),
    ("pt", "O St. Regis abriu em Macau.", ["O St. Regis abriu em Macau."]),
    ("fr", "Les ventes de Mr. Porter ont crû.", ["Les ventes de Mr. Porter ont crû."]),
    ("en", "Visitors .... 1.2m", ["Visitors .... 1.2m"]),
    ("en", "He paused... Then he spoke.", ["He paused...", "Then he spoke."]),
    # A closing quote stays with the sentence it ends.
    ("fr", "« Nous sommes ravis. » Le musée ouvre.", ["« Nous sommes ravis. »", "Le musée ouvre."]),
    # CJK full stops end a sentence with no space after them.
    ("zh", "卢浮宫开通抖音。观看人数超过100万！", ["卢浮宫开通抖音。", "观看人数超过100万！"]),
])
def test_sentences_are_split(lang: str, text: str, expected: list[str]) -> None:
    assert _texts(lang, text) == expected


def test_a_line_with_no_sentence_end_is_cut_at_spaces() -> None:
    text = "Tencent Weibo 3,8 millions de vues " * 300
    sentences = split_sentences(text, load_language("fr"))
    assert len(sentences) > 1
    assert all(len(s.text) <= LONGEST_SENTENCE for s in sentences)
    assert all(not s.text.startswith(" ") and not s.text.endswith(" ") for s in sentences)
    assert "".join(s.text for s in sentences).replace(" ", "") == text.replace(" ", "")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .。!?\n«»”3,")), max_size=5000))
def test_sentences_keep_their_offsets_in_order(text: str) -> None:
    sentences = split_sentences(text, load_language("en"))
    for index, sentence in enumerate(sentences):
        assert sentence.index == index
        assert text[sentence.start:sentence.end] == sentence.text
        assert sentence.text.strip() == sentence.text and sentence.text
        assert len(sentence.text) <= LONGEST_SENTENCE
        assert sentence_at(sentences, sentence.start) == sentence
    assert all(a.end <= b.start for a, b in pairwise(sentences))


def _name(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, name, "organization")


@pytest.mark.parametrize(("text", "names", "expected"), [
    # A stop inside a recognised name ends no sentence: the list runs on.
    ("Brands like Acme, Zed. Brandt and Oxo opened stores. Sales rose.", ["Zed. Brandt"],
     ["Brands like Acme, Zed. Brandt and Oxo opened stores.", "Sales rose."]),
    # A name wholly inside one sentence joins nothing.
    ("Acme grew. Oxo fell.", ["Acme", "Oxo"], ["Acme grew.", "Oxo fell."]),
    # A line end stays a break: a headline is its own sentence.
    ("Acme Zed.\nBrandt rose.", ["Zed.\nBrandt"], ["Acme Zed.", "Brandt rose."]),
])
def test_a_name_split_by_a_stop_joins_its_sentences(text: str, names: list[str], expected: list[str]) -> None:
    sentences = join_split_names(text, split_sentences(text, load_language("en")), [_name(text, n) for n in names])
    assert [s.text for s in sentences] == expected
    assert [s.index for s in sentences] == list(range(len(expected)))
    assert all(text[s.start:s.end] == s.text for s in sentences)


@given(st.text(alphabet=st.sampled_from([*"aB.é_ 9\t-'", "\u00a0", "\u00b2", "\u4e00"]), max_size=30),
       st.sampled_from([frozenset(), frozenset({"mr", "st.", "e.g"})]))
def test_false_stops_are_read_as_the_regexes_read_them(line: str, abbreviations: frozenset[str]) -> None:
    """The backward read of the word before a stop gives what ``([\\w.]+)$`` gave."""
    import re

    from crossreach.segment import _is_false_stop

    def by_regex(stop: int) -> bool:
        word = re.search(r"([\w.]+)$", line[:stop])
        if line[stop] != "." or not word:
            return False
        token = word.group(1)
        if token.casefold() in abbreviations or (len(token) == 1 and token.isupper()):
            return True
        if len(token) <= 2 and token.isdigit() and not line[:stop - len(token)].strip():
            return True  # a list item's number
        nxt = re.match(r"\s+(\S)", line[stop + 1:])
        return bool(nxt and nxt.group(1).islower())

    for stop in range(len(line)):
        assert _is_false_stop(line, stop, abbreviations, frozenset()) == by_regex(stop)


@given(st.text(alphabet=st.sampled_from([*"a .!?…。！？\"'”»)\n", "\u00a0", "\u202f"]), max_size=40))
def test_the_boundary_regex_finds_what_its_two_branches_find(line: str) -> None:
    """``_BOUNDARY`` opens with the class of every stop and tells its branch by a lookbehind: the
    same stops as the plain alternation of a Latin stop (closers after it, then a space) and a wide one."""
    import re

    from crossreach.lexicon import script
    from crossreach.segment import _BOUNDARY

    chars = script()
    plain = re.compile(
        rf"(?:[{re.escape(chars.sentence_ends)}]+(?:[{re.escape(chars.closers)}]"
        rf"|[{chars.spaces}][{re.escape(chars.spaced_closers)}])*(?=\s)"
        rf"|[{re.escape(chars.wide_sentence_ends)}]+[{re.escape(chars.closers)}]*)")
    assert [m.span() for m in _BOUNDARY.finditer(line)] == [m.span() for m in plain.finditer(line)]


@pytest.mark.parametrize(("text", "names", "kept"), [
    # No name runs across a stop: the sentences are handed back as they are, not built again.
    ("Acme grew. Oxo fell.", ["Acme", "Oxo"], True),
    ("Acme grew. Oxo fell.", [], True),
    # One does: the list is built anew, the joined sentence in it.
    ("Brands like Acme, Zed. Brandt and Oxo opened stores. Sales rose.", ["Zed. Brandt"], False),
])
def test_sentences_no_name_runs_across_are_the_ones_given(text: str, names: list[str], kept: bool) -> None:
    sentences = split_sentences(text, load_language("en"))
    assert (join_split_names(text, sentences, [_name(text, n) for n in names]) is sentences) is kept
