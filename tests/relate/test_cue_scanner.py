"""``CueScanner.finditer`` gives the cue regex's own ``finditer`` matches, the regex tried only where a word occurs."""

from __future__ import annotations

import re

import pytest

from crossreach.lexicon import cue_pattern, is_spaced, load_language, supported_languages
from crossreach.relate.cue_scanner import cue_scanner
from crossreach.relate.metrics import _rules as _metric_rules
from crossreach.relate.partnership_cues import partnership_cues
from joined_words import joined_texts

WORDS = ["partner", "partnership", "deal", "signs with", "Vertrag", "kooperation"]
TEXTS = [
    "A Partnership with a partner, PARTNERSHIP; partnerships and a partner-ship.",
    "She signs with Tencent; SIGNS WITH it; signs  with (two spaces) and an ideal deal, deals.",
    "Der Ausrüstervertrag und die Kooperation; KOOPERATION, kooperationen.",
    "\u212aooperation with a \u017figns with and a partner\u0131ng \u0130DEAL deal.",  # Kelvin sign, long s, dotless i
    "no cue word in this one",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("spaced", [True, False])
def test_same_matches_as_the_regex(text: str, spaced: bool) -> None:
    pattern = cue_pattern(WORDS, spaced)
    scanner = cue_scanner(WORDS, pattern)
    assert scanner.automaton is not None
    expected = [(m.span(), m.group()) for m in pattern.finditer(text)]
    assert [(m.span(), m.group()) for m in scanner.finditer(text)] == expected
    assert expected or "no cue" in text or not text


def test_a_compound_tail_is_found_too() -> None:
    pattern = re.compile(r"(?:(?<![^\W\d_])(?:vertrag)(?![^\W\d_]))|(?<=[^\W\d_])(?:vertrag)(?![^\W\d_])",
                         re.IGNORECASE)
    scanner = cue_scanner(["Vertrag"], pattern)
    text = "Ein Vertrag, der Ausrüstervertrag, VERTRAGS."
    assert [m.span() for m in scanner.finditer(text)] == [m.span() for m in pattern.finditer(text)] != []


def test_no_words_leave_the_scan_to_the_regex() -> None:
    pattern = re.compile("deal")
    scanner = cue_scanner([], pattern)
    assert scanner.automaton is None
    assert [m.span() for m in scanner.finditer("a deal")] == [(2, 6)]


@pytest.mark.parametrize("code", supported_languages())
def test_every_language_scans_its_cue_words_as_its_regex_does(code: str) -> None:
    lexicon = load_language(code)
    cues = partnership_cues(lexicon, is_spaced(lexicon))
    assert cues.any_word_scanner is not None and cues.any_word_scanner.automaton is not None
    section = lexicon.section("partnerships")
    words = [str(w) for key in ("cues", "presence") for w in section.get(key) or []]
    words += [str(w) for kind in (section.get("kinds") or {}).values() for w in kind or []]
    text = " ".join(f"{w} x{w} {w.upper()}, {w.title()}." for w in words)
    expected = [(m.span(), m.group()) for m in cues.any_word.finditer(text)]
    assert [(m.span(), m.group()) for m in cues.any_word_scanner.finditer(text)] == expected != []


@pytest.mark.parametrize("code", supported_languages())
def test_a_sentence_is_scanned_for_partnership_and_presence_cues_as_by_their_regexes(code: str) -> None:
    """The partnership cues hold the split ones ("arbeitet seit 2022 mit"), whose matches open with the verb."""
    lexicon = load_language(code)
    cues = partnership_cues(lexicon, is_spaced(lexicon))
    section = lexicon.section("partnerships")
    inserts = [*(str(i) for i in section.get("cue_inserts") or []),
               *(f"{w} 2022" for w in section.get("since_words") or [])]
    phrases = [str(p).partition(" ") for p in section.get("split_cues") or []]
    sentences = [f"Tencent {verb} {insert} {rest} Gucci, {verb.upper()} {insert} {rest}."
                 for verb, _, rest in phrases for insert in inserts]
    sentences += [f"Gucci {word} Tmall; {word.upper()} JD." for word in section.get("presence") or []]
    for sentence in sentences or ["腾讯与故宫合作，入驻天猫。"]:
        for pattern in (cues.partnership, cues.presence):
            expected = [(m.span(), m.group()) for m in pattern.finditer(sentence)]
            assert [(m.span(), m.group()) for m in cues.matches(pattern, sentence)] == expected, sentence
    assert cues.partnership_scanner is not None and cues.presence_scanner is not None


@pytest.mark.parametrize("code", supported_languages())
def test_every_language_scans_its_metric_cue_words_as_its_regex_does(code: str) -> None:
    """The metric cue regex (whole words, and a long one as a compound's tail: "Nettoumsatz") scanned
    where its words occur: the same matches, words joined by spaces, marks, letters and digits."""
    lexicon = load_language(code)
    spaced = is_spaced(lexicon)
    scanner = _metric_rules(lexicon, spaced).cues
    assert scanner.automaton is not None
    words = sorted({str(w) for words in (lexicon.section("metrics").get("kinds") or {}).values() for w in words or []})
    texts = joined_texts(words, [" ", ", ", "-", "x", "1", "", ". "], seed=len(words), count=150,
                         start=[" ".join(words), " ".join(w.upper() for w in words), f"Netto{words[0]}"])
    found = 0
    for text in texts:
        expected = [(m.span(), m.group()) for m in scanner.pattern.finditer(text)]
        assert [(m.span(), m.group()) for m in scanner.finditer(text)] == expected, text
        found += len(expected)
    assert found


@pytest.mark.parametrize(("words", "unlowered"), [
    (["deal", "gong"], False),  # (no character with a variant that str.lower does not fold: no scan for one)
    (["signs with", "partner"], True),  # (the long s and the dotless i: beyond ASCII)
])
def test_a_text_is_scanned_for_unlowered_variants_only_where_there_are_some(words: list[str],
                                                                            unlowered: bool) -> None:
    pattern = cue_pattern(words, True)
    scanner = cue_scanner(words, pattern)
    assert bool(scanner.unlowered) == unlowered and scanner.unlowered_beyond_ascii
    for text in ("A DEAL, Signs With, gong; PARTNER.", "\u017figns with a partner\u0131ng deal", "d\u00e9al gong"):
        assert [m.span() for m in scanner.finditer(text)] == [m.span() for m in pattern.finditer(text)]
