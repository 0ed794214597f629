"""Scoring single sentences (``crossreach.evaluate_sentences``), and the floors of the repository's sets."""

from __future__ import annotations

from pathlib import Path

import pytest

from crossreach.domain import load_domain
from crossreach.evaluate import GoldError
from crossreach.evaluate_sentences import (
    SentenceScore,
    analysed_metrics,
    load_sentences,
    score_sentence,
    scores_by_language,
)

SETS = Path(__file__).resolve().parent / "fixtures" / "sentences"

MUSEUM = {"value": 3800000, "kind": ["viewers", "views"], "subject": ["il museo", "Museo Egizio"]}


def metric(subject: str, kind: str, value: float) -> dict:
    return {"type": "metric", "subject": subject, "kind": kind, "value": value}


@pytest.mark.parametrize(
    ("figures", "predicted", "expected"),
    [
        ([MUSEUM], [metric("Il museo", "viewers", 3800000)], SentenceScore(figures=1, read=1, owned=1)),
        ([MUSEUM], [metric("Weibo", "views", 3810000)], SentenceScore(figures=1, read=1, owned=0)),
        ([MUSEUM], [metric("il museo", "likes", 3800000)], SentenceScore(figures=1, read=0, extra=1)),
        ([MUSEUM], [metric("il museo", "viewers", 3900000)], SentenceScore(figures=1, read=0, extra=1)),
        ([MUSEUM, MUSEUM], [metric("il museo", "views", 3800000)], SentenceScore(figures=2, read=1, owned=1)),
        ([{**MUSEUM, "optional": True}], [metric("il museo", "views", 3.8e6)], SentenceScore()),
        ([{**MUSEUM, "optional": True}], [], SentenceScore()),
        ([], [], SentenceScore(empty_sentences=1)),
        ([], [metric("x", "views", 2024)], SentenceScore(empty_sentences=1, empty_giving_one=1)),
    ],
)
def test_a_figure_is_read_by_value_and_kind_and_owned_by_subject(figures, predicted, expected) -> None:
    assert score_sentence({"text": "...", "figures": figures}, predicted).score == expected


def test_scores_add_up_per_language_and_in_all() -> None:
    one = ({"lang": "it"}, score_sentence({"text": ".", "figures": [MUSEUM]}, []))
    two = ({"lang": "zh"}, score_sentence({"text": ".", "figures": [MUSEUM]}, [metric("il museo", "views", 3.8e6)]))
    scores = scores_by_language([one, two])
    assert (scores["it"].read, scores["zh"].read, scores["all"].figures, scores["all"].read_share) == (0, 1, 2, 0.5)


@pytest.mark.parametrize(("line", "reason"), [("{not json", "not JSON"), ('["a list"]', "a sentence is an object")])
def test_a_bad_line_is_an_error_naming_its_line(tmp_path: Path, line: str, reason: str) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text('{"text": "fine"}\n\n' + line + "\n", encoding="utf-8")
    with pytest.raises(GoldError, match=rf"set\.jsonl:3: {reason}"):
        load_sentences(path)


#: Least share of gold figures read per set, and most sentences without figures that give one.
#: Measured with `scripts/score_sentences.py tests/fixtures/sentences/SET.jsonl`; floors are the
#: figures less a figure or two. 0.20.0: develop (writer A) 66 of 80 read (.825), held 191 of 233
#: (.820). Session 23 merge: develop, writers A, E and F, 190 of 216 (.880, owned 145), 1 of 63;
#: held 194 of 233 (.833, owned 136), 1 of 63. s23-sent5 (a lone sentence's figure is kept with the
#: phrase of its clause): develop 208 of 216 (.963, owned 159), 0 of 63; held 207 of 233 (.888,
#: owned 141), 1 of 63. Session 24 added writers G and H to develop (4 in 10 of their sentences
#: without figures): extractor 0.21.0 read 323 of 338 there (.956, owned 245), 3 of 119 giving one.
#: Extractor 0.22.0 (prec6: clock times, dial numbers, capacities, rank pools, prices per person,
#: forecasts): develop 325 of 338 (.962, owned 260), 0 of 119; held 207 of 233 (.888, owned 149),
#: 1 of 63. Issue 15 asks >= .85 and none. Session 29 added traps (writer T, 271 of its 335 sentences
#: without figures): 0.26.0 read 63 of 69 there, 22 of 271 giving one; s29-sent11 (questions, conditions,
#: open questions, capacities beside the count): 64 of 69 (.928, owned 53), 4 of 271. Session 30 added traps2
#: (writer U, 140 sentences, 70 without figures, committed before the extractor read it): unseen, 66 of 70
#: read (.943, owned 52), 0 of 70 giving one; s30-sent12 (counts of one match, sums under 10,000, German
#: "Menschen sahen"): traps 64 of 69, 1 of 271; traps2 67 of 70 (.957, owned 53), 0 of 70; held 0 of 63.
SENTENCE_FLOORS = {"develop": (0.95, 0), "held": (0.88, 0), "traps": (0.90, 1), "traps2": (0.93, 0)}


@pytest.mark.parametrize(("name", "floors"), SENTENCE_FLOORS.items())
def test_single_sentences_give_their_figures(name: str, floors: tuple[float, int]) -> None:
    domain = load_domain()
    sentences = load_sentences(SETS / f"{name}.jsonl")
    outcomes = [(s, score_sentence(s, analysed_metrics(s, domain))) for s in sentences]
    total = scores_by_language(outcomes)["all"]
    least_read, most_empty_giving = floors
    assert total.read_share >= least_read, f"{name}: {total.read} of {total.figures} figures read"
    assert total.empty_giving_one <= most_empty_giving, f"{name}: {total.empty_giving_one} empty sentences gave one"
