"""Runs of capitalised words: the tokens, where runs open, and how far each goes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crossreach.lexicon import load_language
from crossreach.models import Sentence
from crossreach.recognise.capital_runs import sequences, split_runs
from crossreach.recognise.entity_rules import entity_rules


@given(st.text(alphabet=st.sampled_from([*"AbÉéĄąz9 '’&.-,“”«»\n", "\u00d7", "\u00f7", "\u0130", "腾"]),
               max_size=40))
def test_tokens_say_whether_they_are_capitalised_as_the_capitals_pattern_does(text: str) -> None:
    """One scan gives the tokens and, for each, what ``CAPITALISED.fullmatch`` says of it."""
    from crossreach.recognise.capital_runs import _TOKEN, _TOKEN_CAPITALISED, CAPITALISED

    both = [(m.span(), m.lastgroup == "cap") for m in _TOKEN_CAPITALISED.finditer(text)]
    assert both == [(m.span(), bool(CAPITALISED.fullmatch(m.group()))) for m in _TOKEN.finditer(text)]


@given(st.text(alphabet=st.sampled_from([*"AbÉéĄąz9 '’&.-,“”«»\n", "\u00d7", "\u0130", "腾"]), max_size=40))
def test_capitalised_tokens_open_where_the_quick_check_finds_a_capital(text: str) -> None:
    """``CAPITALISED_OPENS`` finds the starts of the tokens ``_SPACED_TOKEN`` marks capitalised, so that a
    sentence where it finds none after the first character holds no run of names to read."""
    from crossreach.recognise.capital_runs import _SPACED_TOKEN, CAPITALISED_OPENS

    opens = [m.start("cap") for m in _SPACED_TOKEN.finditer(text) if m.group("cap")]
    assert opens == [m.start() for m in CAPITALISED_OPENS.finditer(text)]


@pytest.mark.parametrize(("lang", "text", "runs"), [
    ("en", "The museum said on Monday that visits rose.", []),  # (stop words open no run)
    ("en", "Visitors of the Victoria and Albert Museum in London rose.",
     [["Visitors"], ["Victoria", "and", "Albert", "Museum"], ["London"]]),
    ("it", "Ne ha parlato Valentina La Rocca a Milano.", [["Ne"], ["Valentina", "La", "Rocca"], ["Milano."]]),
    ("fr", "Le Musée national de Chine ouvre.", [["Musée", "national", "de", "Chine"]]),
    ("de", "Die Kreativagentur Blauwerk und Nike", [["Kreativagentur", "Blauwerk"], ["Nike"]]),
    ("en", "Shares of Tencent rose", [["Tencent"]]),
    # A country's name, a stop word elsewhere, closes a name an organization word opened, after a genitive.
    ("pt", "Ela visitou o Museu de Arte da China e o Banco do Brasil hoje.",
     [["Museu", "de", "Arte", "da", "China"], ["Banco", "do", "Brasil"]]),
    ("pt", "A Natura da China vende na China hoje.", [["Natura"]]),
    # A Chinese text glues Latin names to the Han words around them: the Han ends the word, and opens no run.
    ("zh", "游艇商Blue Harbour亚太区总监说，Blue Harbour于去年开店。", [["Blue", "Harbour"], ["Blue", "Harbour"]]),
])
def test_runs_go_as_far_as_the_name_goes(lang: str, text: str, runs: list[list[str]]) -> None:
    """Each run starts at a capitalised word and takes in the connectors, particles and adjectives a
    name holds; its offsets are the words' own."""
    rules = entity_rules(load_language(lang))
    found = list(sequences(text, Sentence(0, 0, len(text), text), rules))
    assert [words for _, _, words, _ in found] == runs
    assert all(text[start:end] == word for *_, spans in found for start, end, word in spans)


def test_runs_are_cut_at_a_possessive_inside() -> None:
    """A possessive inside a run ends a name ("Burberry's Sir John Smith": Burberry, then Sir John Smith,
    the honorific given beside the name); a one-word run passes as it is."""
    text = "Yesterday Burberry's Sir John Smith met Tencent."
    sentence, rules = Sentence(0, 0, len(text), text), entity_rules(load_language("en"))
    cut = list(split_runs(text, sequences(text, sentence, rules), sentence, rules, frozenset()))
    assert [(words, honorific) for _, _, words, honorific in cut] == [
        (["Burberry's"], None), (["John", "Smith"], "Sir"), (["Tencent."], None)]


@pytest.mark.parametrize(("text", "names"), [
    ("Yesterday the Hong Kong-based Fortune Fountain Capital met Tencent.",
     [["Fortune", "Fountain", "Capital"], ["Tencent."]]),
    ("Yesterday Xiaomi-backed Yesoul grew.", [["Yesoul"]]),
    ("Yesterday Coca-Cola Europacific grew.", [["Coca-Cola", "Europacific"]]),
])
def test_runs_are_cut_after_a_hyphened_adjective(text: str, names: list[list[str]]) -> None:
    """A word whose part after a hyphen is in lower case ("Hong Kong-based") says where a company is based or
    who backs it: the name starts after it. A hyphen between capitalised parts joins a name."""
    sentence, rules = Sentence(0, 0, len(text), text), entity_rules(load_language("en"))
    cut = list(split_runs(text, sequences(text, sentence, rules), sentence, rules, frozenset()))
    assert [words for _, _, words, _ in cut] == names
