"""The windowed badness search gives the full search's answer, on clean text and on mojibake alike."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crossreach.ingest.encoding import _badness
from crossreach.ingest.mojibake_scan import _scan, badness_matches

CLEAN = [
    "Le musée du Louvre a ouvert « Sain » : 1,2 million de visites.",
    "Chanel wächst in China um 12 % – laut Weibo.",
    "法国旅游发展署推出“云游卢浮宫”，观看量达1.2亿。",
    "El público de Starbucks presentó el menú: 3 € por café.",
    "Price: £160 million; ratio 3×4, 20°C",
    "",
]
MOJIBAKE = [
    "mus\u00c3\u00a9e du Louvre",  # UTF-8 read as Latin-1
    "don\u00e2\u20ac\u2122t stop",  # as Windows-1252
    "a C1 control \u0085 here",
    "\u00c3 la ligne",  # at a line start
    "first line\n\u00c3 la ligne",
    "\u00d0\u00bf\u00d1\u20ac\u00d0\u00b8\u00d0\u00b2\u00d0\u00b5\u00d1\u201a",
    # needed characters close together: the match lies past the first one's window
    "\u20ac 5\u00c3 \u00c3 \u00c3\u00a0 la une",
]


@pytest.mark.parametrize("text", CLEAN + MOJIBAKE)
def test_the_windowed_search_answers_as_the_full_one(text: str) -> None:
    badness = _badness()
    assert badness_matches(badness, text) == (badness.search(text) is not None)


@pytest.mark.parametrize(("text", "bad"), [(t, False) for t in CLEAN] + [(t, True) for t in MOJIBAKE])
def test_mojibake_is_found_and_clean_text_is_not(text: str, bad: bool) -> None:
    assert badness_matches(_badness(), text) is bad


@pytest.mark.parametrize("pattern", [r"a|\w\w", r"(?i)ab|cd", r"[^a]|c"])
def test_a_pattern_with_an_unbounded_branch_is_searched_whole(pattern: str) -> None:
    assert _scan(re.compile(pattern)) is None
    assert badness_matches(re.compile(pattern), "xx cd") == (re.compile(pattern).search("xx cd") is not None)


_PIECES = st.sampled_from([*"aZ .\n", "\u00c3", "\u00a9", "\u00e9", "\u20ac", "\u2122", "\u00c2", "\u00a0", "\u00d0",
                           "\u0085", "\u00ab", "\u00bb", "\u201c", "\u4e2d", "\u00b0", "\u0153", "\u2500", "\u00e0"])


@settings(max_examples=1000, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_any_text_gets_the_full_search_answer(text: str) -> None:
    badness = _badness()
    assert badness_matches(badness, text) == (badness.search(text) is not None)


@pytest.mark.parametrize("letter", ["\u00e0", "\u00e9", "\u00e8", "\u00f3", "\u00fc", "\u00f6", "\u00f1", "\u00e7"])
def test_everyday_accented_letters_open_no_window(letter: str) -> None:
    """The rarer item of each branch is the one looked for: a French, Italian, Spanish or German text's
    lower-case accented letters are not (each would cost a search of the pattern around it)."""
    assert _scan(_badness()).needed.search(letter) is None
