"""Score the figures read from single sentences, each read alone as ``crossreach analyze TEXT`` reads it.

A sentence standing alone has no headline, dateline or sentence before it, so its figure's owner is
often only a common noun ("the museum", "il club"). Issue 15 measures such sentences apart from
articles: the share of their figures read, and no figure from a sentence that holds none. A set is
a JSON Lines file, one sentence a line with its gold figures (``tests/fixtures/sentences``):

    {"id": "A-it-01", "lang": "it", "text": "...",
     "figures": [{"value": 3800000, "kind": ["viewers"], "subject": ["Museo Egizio", "il museo"]}]}

A gold figure is **read** when a predicted metric of its sentence has its value (the referee's
tolerance) and one of its kinds, one prediction per figure; it is **owned** when that metric's
subject is also one of the gold subjects, names compared as the referee compares them. A figure
marked ``"optional": true`` is, as with the referee, neither missed when absent nor extra when read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crossreach.evaluate import GoldError, max_matching, norm, value_ok


@dataclass
class SentenceScore:
    """Counts over a set of sentences (or those of one language)."""

    figures: int = 0
    read: int = 0
    owned: int = 0
    extra: int = 0  # predicted metrics of sentences with figures that match none of them
    empty_sentences: int = 0
    empty_giving_one: int = 0  # sentences without figures that gave a metric all the same

    @property
    def read_share(self) -> float:
        return self.read / self.figures if self.figures else 0.0

    @property
    def owned_share(self) -> float:
        return self.owned / self.figures if self.figures else 0.0

    def add(self, other: SentenceScore) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def load_sentences(path: Path) -> list[dict[str, Any]]:
    """The sentences of a set; a line that is not a sentence object is an error naming its line."""
    sentences = []
    for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            sentence = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{path}:{line_no}: not JSON ({exc.msg})") from None
        if not isinstance(sentence, dict) or not isinstance(sentence.get("text"), str):
            raise GoldError(f"{path}:{line_no}: a sentence is an object with a 'text'")
        sentences.append(sentence)
    return sentences


def _read(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    return value_ok(gold, pred) and pred.get("kind") in gold.get("kind", [])


def _owned(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    return norm(pred.get("subject")) in {norm(name) for name in gold.get("subject", [])}


@dataclass
class SentenceOutcome:
    """One sentence scored: its counts, and the gold figures missed or given another owner."""

    score: SentenceScore
    missed: list[dict[str, Any]]
    misowned: list[tuple[dict[str, Any], dict[str, Any]]]  # (gold figure, the metric that read it)
    extra: list[dict[str, Any]]


def score_sentence(sentence: dict[str, Any], predicted: list[dict[str, Any]]) -> SentenceOutcome:
    """Match a sentence's gold figures with the metrics predicted for it."""
    figures = sentence.get("figures") or []
    gold = [f for f in figures if not f.get("optional")]
    matched = max_matching(len(gold), len(predicted), lambda g, p: _read(gold[g], predicted[p]))
    left = [pred for i, pred in enumerate(predicted) if i not in matched.values()]
    optional = [f for f in figures if f.get("optional")]
    absorbed = max_matching(len(optional), len(left), lambda g, p: _read(optional[g], left[p]))
    extra = [pred for i, pred in enumerate(left) if i not in absorbed.values()]
    score = SentenceScore(figures=len(gold), read=len(matched))
    misowned = [(gold[g], predicted[p]) for g, p in matched.items() if not _owned(gold[g], predicted[p])]
    score.owned = score.read - len(misowned)
    if figures:
        score.extra = len(extra)
    else:
        score.empty_sentences, score.empty_giving_one = 1, int(bool(predicted))
    return SentenceOutcome(score, [f for g, f in enumerate(gold) if g not in matched], misowned, extra)


def scores_by_language(outcomes: Iterable[tuple[dict[str, Any], SentenceOutcome]]) -> dict[str, SentenceScore]:
    """Counts per language and under ``"all"``."""
    scores: dict[str, SentenceScore] = {"all": SentenceScore()}
    for sentence, outcome in outcomes:
        scores.setdefault(str(sentence.get("lang", "?")), SentenceScore()).add(outcome.score)
        scores["all"].add(outcome.score)
    return scores


def analysed_metrics(sentence: dict[str, Any], domain: Any) -> list[dict[str, Any]]:
    """The metric facts ``crossreach analyze --lang LANG TEXT`` gives for the sentence."""
    from crossreach.ingest import Article, prepare
    from crossreach.pipeline import extract
    from crossreach.record import document_record

    article = Article(source=str(sentence.get("id", "<text>")), text=sentence["text"], lang=sentence.get("lang"))
    record = document_record(extract(prepare(article), domain))
    return [fact for fact in record["facts"] if fact.get("type") == "metric"]
