"""The twin of a word-start scanner finds what the scanner's own ``finditer`` finds."""

from __future__ import annotations

import re

import pytest

from crossreach.lexicon import load_language, supported_languages
from crossreach.recognise.dates import _rules
from crossreach.recognise.word_starts import WordScan, joint_scan, word_scan
from joined_words import joined_texts


def _finditer_spans(scan: WordScan, text: str) -> list[tuple[int, str | None]]:
    return [(m.start(), m.group(scan.group) if scan.group else None) for m in scan.scanner.finditer(text)]


def _texts(words: list[str], seed: int) -> list[str]:
    """Words of the scanner run together in every way a text joins them: spaces, marks, elisions,
    digits, inside longer words, at the start and the end."""
    joins = ["", " ", "  ", "'", "\u2019", ".", ",", "-", "1", "x", "\n", "_", "\u00e9"]
    start = ["", " ", "'", *words, *(w.upper() for w in words), *(w.title() for w in words)]
    return joined_texts(words, joins, seed, 300, start)


@pytest.mark.parametrize("code", supported_languages())
def test_date_lead_scans_find_what_their_scanners_find(code: str) -> None:
    rules = _rules(load_language(code))
    words = sorted({p.lead for p in rules.patterns if not p.lead.startswith("{")} | set(rules.months)
                   | set(rules.weekdays) | set(rules.quarters))
    for lead, scan in rules.lead_scans.items():
        for text in _texts(words, seed=len(lead)):
            assert scan.spans(text) == _finditer_spans(scan, text), (lead, text)


@pytest.mark.parametrize(
    ("words", "tail", "text", "expected"),
    [
        (["de", "d'"], "", "de mai, d'avril", [(0, "de"), (8, "d'")]),
        (["d'", "avril"], "", "d'avril", [(0, "d'"), (2, "avril")]),  # a word right after an elision
        (["the"], "", "There, the THE", [(0, "The"), (7, "the"), (11, "THE")]),  # no word end: as the scanner
        (["the"], "", "bathe_the", [(6, "the")]),  # an underscore parts words
        (["jan"], r"(?![^\W\d_])\.?", "Jan.jan. Janus", [(0, "Jan"), (4, "jan")]),
        (["iv"], "", "\u0130v \u0131v iv", [(0, "\u0130v"), (3, "\u0131v"), (6, "iv")]),  # "i" ignoring case
    ],
)
def test_twin_reads_word_starts_as_the_scanner_does(words: list[str], tail: str, text: str,
                                                    expected: list[tuple[int, str]]) -> None:
    scan = word_scan(words, "w", tail)
    assert scan is not None and scan.after_break is not None
    assert scan.spans(text) == expected == _finditer_spans(scan, text)


def test_without_a_twin_the_scanner_is_read_as_it_is() -> None:
    scan = WordScan(re.compile(r"\d(?<![^\W_]\d)"))
    assert scan.spans("a1 2b 33") == [(3, None), (6, None)]


@pytest.mark.parametrize("code", supported_languages())
def test_a_joint_scan_finds_what_each_of_its_scanners_finds(code: str) -> None:
    rules = _rules(load_language(code))
    if rules.joint is None:
        pytest.skip("no twins where words are not spaced: the scans run one by one")
    leads, joint = rules.joint
    words = sorted({p.lead for p in rules.patterns if not p.lead.startswith("{")} | set(rules.months)
                   | set(rules.weekdays) | set(rules.quarters))
    for text in _texts(words, seed=7):
        assert joint.spans(text) == [_finditer_spans(rules.lead_scans[lead], text) for lead in leads], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Both scans read the same word, each as its own finditer does.
        ("de mai", [[(0, "de")], [(0, "de m")]]),
        # A word inside the last match of one scan is read by the other only.
        ("de mai de", [[(0, "de"), (7, "de")], [(0, "de m")]]),
        ("x d'de", [[(2, "d'"), (4, "de")], []]),  # after an elision, where reading resumes
        ("", [[], []]),
    ],
)
def test_a_joint_scan_keeps_each_scans_own_reading(text: str, expected: list[list[tuple[int, str]]]) -> None:
    first, second = word_scan(["de", "d'"], "a"), word_scan(["de m"], "b")
    assert first is not None and second is not None
    joint = joint_scan([first, second])
    assert joint is not None
    assert joint.spans(text) == expected == [_finditer_spans(first, text), _finditer_spans(second, text)]


def test_scans_without_a_twin_are_not_joined() -> None:
    scan = word_scan(["de"], "a")
    assert scan is not None
    assert joint_scan([scan, WordScan(re.compile(r"\d"))]) is None
    assert joint_scan([scan]) is None
