"""The partnership scorer: which candidate pairs of a cue sentence to keep.

The rules of ``relate.partnerships`` propose partnerships, and every other pair of names a cue
sentence holds is a candidate too. Each candidate is described by language-independent features
(did a rule pick it, how far its parties stand from the cue, whether they share the cue's clause,
whether a list or a contrast word stands between them, whether a name was discovered rather than
listed in the gazetteer ...), and a logistic model turns them into a probability. Whether a party is
a platform is no feature: any two organizations may partner, and the tuning corpora's share of
brand-platform deals is no rule for unseen articles. Nor is what a handful of tuning documents show
(an owner and what it owns, a news outlet, an event, three parties: each fired in two documents of 92
at most, and leaving them out kept every figure). A candidate below ``threshold`` is left out: the
scorer abstains where the rules' pick looks like a bystander, and keeps a pair the rules missed when
its features say deal.

Nor does the scorer get pairs from a wider net (a cue sentence's name with the headline's names, the
document's subject or the sentence before's subject, with features of how far apart and how often they
are named): on web/tune and dev the rules already give all but three of the gold pairs the candidates
hold, and of the pairs the net added that no rule read, grouped cross-validation kept 9, none right
(fresh/develop: 2 of 12). Splitting the "rule" feature by where the rule read its pair (in the
sentence, across sentences, a presence cue) changed no decision; leaving it out lost a fifth of F1.

The weights and the threshold (``partnership_scorer.json`` beside this module) are fitted by
``scripts/train_partnership_scorer.py`` on the gold of web/tune, dev, fresh/develop and fresh/round5
only, with cross-validation grouped by document; web/check, fresh/held and round10 only measure.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Any

from crossreach.models import Mention, Partnership, Sentence
from crossreach.relate.context import is_tech
from crossreach.relate.partnership_reader import Reader, audience_measured, clause_bounds, joins

_WEIGHTS = "partnership_scorer.json"
#: Characters per unit of the distance feature, and the most units it counts.
_DISTANCE_UNIT, _DISTANCE_CAP = 100.0, 3.0
#: How many names a sentence holds beyond a pair, per unit of the crowd feature, and its cap.
_CROWD_UNIT, _CROWD_CAP = 3.0, 2.0

FEATURES = (
    "rule",          # a rule of relate.partnerships proposed it
    "presence",      # read from a presence cue ("opens a store on"), not a partnership cue
    "outside",       # share of its parties not named in the sentence (the document's subject, an anaphor)
    "in_clause",     # every party named in the sentence stands in the cue's clause
    "distance",      # mean distance (characters / 100, capped) of its named parties to the cue
    "discovered",    # a party the gazetteer does not list (read from a pattern, or unread)
    "contrast",      # a contrast word ("while", "mentre") between its parties
    "listed",        # its parties are listed together ("A and B", "A, B")
    "straddle",      # the cue stands between its parties ("A signed with B"), not beside them both
    "peers",         # its parties are listed together and of one side and one category (two clubs, two
                     # museums, two platforms; not a brand and a club, its sponsor's side of the deal)
    "crowd",         # how many more names the sentence holds
    "focus",         # the document's subject is a party
    "measured",      # the sentence gives an audience measured on a platform
    "specific",      # the deal's kind is named (sponsorship, rights, stake, store ...)
    "object_list",   # its parties are listed together after the cue with no "between" before them: the
                     # cue's object ("signs a deal as A and B court fans"), no two partners of each other
)


@dataclass(slots=True)
class Candidate:
    """A partnership one sentence may state, with the names and cue it was read from."""

    names: tuple[str, ...]
    parties: list[Mention]
    sentence: Sentence
    cue: re.Match[str]
    rule: bool
    kind: str
    presence: bool = False
    #: The partnership a rule read; for another pair, built only once the scorer keeps it.
    fact: Partnership | None = None

    def vector(self, reader: Reader) -> list[float]:
        """The candidate's features, in the order of ``FEATURES``."""
        found = features(reader, self)
        return [found.get(name, 0.0) for name in FEATURES]


def features(reader: Reader, candidate: Candidate, memo: dict[tuple[int, int], Any] | None = None) -> dict[str, float]:
    """What the scorer reads of a candidate (see ``FEATURES``); ``memo`` keeps what the candidates of
    a sentence share (its number of names, whether it measures an audience, a cue's clause)."""
    sentence, cue = candidate.sentence, candidate.cue
    names = list({m.name: m for m in candidate.parties}.values())
    inside = [m for m in names if sentence.start <= m.start < sentence.end]
    memo = {} if memo is None else memo
    if (sentence.index, -1) not in memo:
        memo[sentence.index, -1] = (len({m.name for m in reader.parties(sentence)}),
                                    audience_measured(reader, sentence))
    named, measured = memo[sentence.index, -1]
    if (sentence.index, cue.start()) not in memo:
        memo[sentence.index, cue.start()] = clause_bounds(sentence.text, cue.start(), cue.end())
    left, right = memo[sentence.index, cue.start()]
    cue_at = sentence.start + (cue.start() + cue.end()) // 2
    distances = [min(abs(m.start - cue_at), abs(m.end - cue_at)) for m in inside]
    ordered = sorted(inside, key=lambda m: m.start)
    gaps = [reader.view.text[a.end:b.start] for a, b in pairwise(ordered)]
    listed = bool(gaps) and all(joins(gap, reader.rules, reader.cues) for gap in gaps)
    focus = reader.focus
    after = bool(inside) and len(inside) == len(names) and ordered[0].start >= sentence.start + cue.end()
    return {
        "rule": float(candidate.rule),
        "presence": float(candidate.presence),
        "outside": 1.0 - len(inside) / len(names) if names else 1.0,
        "in_clause": float(bool(inside) and all(
            sentence.start + left <= m.start < sentence.start + right for m in inside)),
        "distance": min(_DISTANCE_CAP, sum(distances) / len(distances) / _DISTANCE_UNIT) if distances else 0.0,
        "discovered": float(any(m.origin != "lexicon" for m in names)),
        "contrast": float(any(reader.cues.contrast.search(gap) for gap in gaps)),
        "listed": float(listed),
        "straddle": float(len(ordered) >= 2 and ordered[0].end <= sentence.start + cue.start()
                          and sentence.start + cue.end() <= ordered[-1].start),
        "peers": float(listed and len({is_tech(m) for m in names}) == 1 and len({m.category for m in names}) == 1),
        "crowd": min(_CROWD_CAP, max(0, named - len(inside)) / _CROWD_UNIT),
        "focus": float(focus is not None and focus.name in {m.name for m in names}),
        "measured": float(measured),
        "specific": float(candidate.kind != "other"),
        "object_list": float(listed and after and not reader.cues.between.search(
            reader.view.text[sentence.start + cue.end():ordered[0].start])),
    }


def one_side_object(reader: Reader, candidate: Candidate) -> bool:
    """Whether a pair is two names of one side (two clubs, two brands) listed after the cue with no
    "between" before them ("the league signs a deal as Celtic and Rangers court fans"): the cue's object
    or another clause's subject, not two partners, whichever rule read them."""
    # (the features "object_list" and "peers" of ``features``, the cheap conditions first: asked of every
    # pair a rule reads, where most fail on the first; "peers" also asks for one category, which this
    # leaves out: a brand and a club listed after the cue are still one side of it)
    sentence, cue = candidate.sentence, candidate.cue
    names = list({m.name: m for m in candidate.parties}.values())
    inside = [m for m in names if sentence.start <= m.start < sentence.end]
    if not inside or len(inside) != len(names) or len({is_tech(m) for m in names}) != 1:
        return False
    ordered = sorted(inside, key=lambda m: m.start)
    if ordered[0].start < sentence.start + cue.end():
        return False
    gaps = [reader.view.text[a.end:b.start] for a, b in pairwise(ordered)]
    if not gaps or not all(joins(gap, reader.rules, reader.cues) for gap in gaps):
        return False
    return not reader.cues.between.search(reader.view.text[sentence.start + cue.end():ordered[0].start])


@dataclass(frozen=True)
class Scorer:
    """The fitted weights and the probability below which a candidate is left out."""

    weights: tuple[tuple[str, float], ...]
    intercept: float
    threshold: float

    def probability(self, found: dict[str, float]) -> float:
        z = self.intercept + sum(weight * found.get(name, 0.0) for name, weight in self.weights)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def load_scorer() -> Scorer:
    """The shipped weights (``partnership_scorer.json`` beside this module); a feature it does not
    name weighs 0."""
    data: dict[str, Any] = json.loads(resources.files("crossreach.relate").joinpath(_WEIGHTS).read_text("utf-8"))
    weights = dict(zip(data["features"], data["coef"], strict=True))
    return Scorer(weights=tuple((name, float(weights.get(name, 0.0))) for name in FEATURES),
                  intercept=float(data["intercept"]), threshold=float(data["threshold"]))


def kept(reader: Reader, candidates: list[Candidate],
         build: Callable[[Reader, Candidate], Partnership]) -> list[Partnership]:
    """The partnerships of the candidates the scorer keeps (``build`` makes a pair's partnership when
    no rule did), each with its probability as confidence."""
    scorer = load_scorer()
    found = []
    memo: dict[tuple[int, int], Any] = {}
    for candidate in candidates:
        probability = scorer.probability(features(reader, candidate, memo))
        if probability >= scorer.threshold:
            fact = build(reader, candidate)
            fact.confidence = round(probability, 3)
            found.append(fact)
    return found
