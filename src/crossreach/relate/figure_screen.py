"""Calibrated abstention: a figure is kept only when the evidence that it is a real, rightly owned
figure is strong enough.

On articles nobody tuned the rules to, most wrong metrics are real figures given to the wrong
owner (a rival named after the figure, a bystander of the paragraph), not invented numbers. The
owner ranker's probability alone does not tell them apart, so a second small model (boosted trees of
two splits, ``boosted_trees``: a logistic one ranked worse on unseen rounds than the confidence alone) scores
each metric the relate stages made from language-independent features of the fact and its
sentence (``FEATURES``): how sure the owner is, where the owner stands against the figure, how
crowded the sentence is with figures and other names, the sort of kind, whether the figure is
repeated in the document, how far back an owner from outside the sentence was named and over how
many other names, and what sort of name the owner is and what stood nearer (``figure_owners``).
Only figures owned by a named entity, in a document as long as those it learned
from (``MIN_SENTENCES``), are judged: one whose owner is a noun phrase already carries a low
confidence and is kept, and so is the figure of a lone sentence. Its weights and the threshold under
which a figure is left out are fitted by ``scripts/train_figure_screen.py`` on the gold of web/tune,
dev, fresh/develop and fresh/round5 to round12 (never web/check, fresh/held or round13), the
threshold chosen on the development rounds, each scored by the model that did not see it, and ship as
``figure_screen.json``.
Nothing is downloaded and the runtime reads the weights with plain Python.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

from crossreach.models import Fact, Mention, Metric
from crossreach.relate.boosted_trees import Tree, ensemble_score
from crossreach.relate.context import CLAUSE_BREAK, DocumentView
from crossreach.relate.figure_owners import OWNER_FEATURES, owner_features
from crossreach.relate.metric_kinds import MONEY_KINDS, PEOPLE_KINDS

#: The screen's inputs, by name (the weights file lists them in this order).
FEATURES = (
    "confidence", "subject_in_sentence", "subject_before", "subject_same_clause",
    "other_name_after", "other_names", "figures", "person", "platform", "work", "focus", "share",
    "money", "people", "other_kind", "qualified", "change", "has_platform", "has_date", "repeated",
    "position", "short_line", "magnitude", "subject_distance", "name_between", "subject_first",
    "figures_between", "named_back", "names_since",
    *OWNER_FEATURES,
)
#: How far (characters) after a figure another name reads as the figure's owner ("400 millions of
#: the rival X", "loin des 576 millions de X").
_AFTER_REACH = 30
_OWNER_TYPES = ("organization", "person", "platform", "work", "event")
#: The fewest sentences a document must have for its figures to be judged. Every document the screen is fitted on
#: has twelve or more; a lone sentence (``analyze``) or a note of a few lines reads unlike any of them (its one name
#: is the whole document's share and focus, its figure stands in the first sentence, on a short line), and session
#: 34's screen left out 14 figures of the develop sentence set for it. Outside what it learned from, it keeps all.
MIN_SENTENCES = 8
_WEIGHTS = "figure_screen.json"


@dataclass(frozen=True)
class Screen:
    """A model over ``FEATURES`` and the probability under which a figure is left out: boosted trees
    (``boosted_trees``) when it has any, their base score in ``intercept``, else a logistic model."""

    features: tuple[str, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float
    trees: tuple[Tree, ...] = ()

    def probability(self, vector: list[float]) -> float:
        if self.trees:
            score = ensemble_score(self.trees, self.intercept, vector)
        else:
            score = self.intercept + sum(w * x for w, x in zip(self.coef, vector, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def leaves_all(self) -> bool:
        """Whether the screen keeps every figure: a probability is never under a threshold of 0 or
        less (the fitted one is 0.0 today: no threshold gained enough), so no figure's features need working out."""
        return self.threshold <= 0.0


@cache
def load_screen() -> Screen | None:
    """The shipped weights; None when the file is missing (every figure is then kept)."""
    source = resources.files("crossreach.relate").joinpath(_WEIGHTS)
    if not source.is_file():
        return None
    data = json.loads(source.read_text("utf-8"))
    if tuple(data["features"]) != FEATURES:
        return None  # weights of another feature set: retrain rather than misread them
    return Screen(FEATURES, tuple(data["coef"]), float(data["intercept"]), float(data["threshold"]),
                  tuple(Tree.from_json(tree) for tree in data.get("trees", ())))


class _Document:
    """What the features need of a whole document, worked out once."""

    def __init__(self, view: DocumentView) -> None:
        self.view = view
        owners = [m for m in view.extraction.mentions if m.type in _OWNER_TYPES]
        self.counts = Counter(m.name for m in owners)
        self.total = max(1, len(owners))
        self.names = set(self.counts) | {e.name for e in view.extraction.entities}
        focus = view.focus
        self.focus = focus.name if focus is not None else None
        self.sentences = max(1, len(view.extraction.sentences))


def figure_features(document: _Document, metric: Metric) -> list[float]:
    """The screen's feature vector of one metric, in ``FEATURES`` order."""
    view, found = document.view, metric.evidence
    text = view.text
    sentence = view.sentence_of(found.start)
    mentions: list[Mention] = view.mentions_in(sentence) if sentence is not None else []
    own = [m for m in mentions if m.name == metric.subject]
    others = {m.name for m in mentions if m.type in _OWNER_TYPES and m.name not in (metric.subject, metric.platform)}
    after = any(m.type in _OWNER_TYPES and m.name not in (metric.subject, metric.platform)
                and 0 <= m.start - found.end <= _AFTER_REACH for m in mentions)
    before = [m for m in own if m.end <= found.start]
    same_clause = any(not CLAUSE_BREAK.search(text, min(m.end, found.end), max(m.start, found.start)) for m in own)
    subject_type = next((m.type for m in own), None) or _type_of(view, metric.subject)
    figures = len([q for q in view.quantities_in(sentence) if q.kind in ("count", "money")]) if sentence else 1
    size = metric.value if metric.value is not None else (metric.range[1] if metric.range else 1.0)
    index = sentence.index if sentence is not None else 0
    nearest = min(own, key=lambda m: abs(m.start - found.start), default=None)
    low, high = (min(nearest.end, found.start), max(nearest.start, found.end)) if nearest is not None else (0, 0)
    between = nearest is not None and any(m.type in _OWNER_TYPES and m.name != metric.subject
                                          and low <= m.start < high for m in mentions)
    owner_names = [m for m in mentions if m.type in _OWNER_TYPES]
    figures_between = nearest is not None and any(low <= q.start < high and q.start != found.start
                                                  for q in view.quantities_in(sentence) if q.kind in ("count", "money"))
    return [
        metric.confidence,
        float(bool(own)),
        float(bool(before)),
        float(same_clause),
        float(after),
        math.log1p(len(others)),
        math.log1p(figures),
        float(subject_type == "person"),
        float(subject_type == "platform"),
        float(subject_type in ("work", "event")),
        float(metric.subject is not None and metric.subject == document.focus),
        document.counts.get(metric.subject or "", 0) / document.total,
        float(metric.kind in MONEY_KINDS),
        float(metric.kind in PEOPLE_KINDS),
        float(metric.kind == "other"),
        float(metric.qualifier != "exact"),
        float(metric.aspect == "change"),
        float(metric.platform is not None),
        float(metric.date is not None),
        float(bool(metric.more_evidence)),
        index / document.sentences,
        float(len(found.sentence) <= 60),
        math.log10(max(1.0, abs(size))) / 10,
        math.log1p((high - low) / 10) if nearest is not None else 3.0,
        float(between),
        float(bool(owner_names) and owner_names[0].name == metric.subject),
        float(figures_between),
        *_carried(view, metric, sentence.start if sentence is not None else found.start,
                  sentence.index if sentence is not None else 0),
        *owner_features(view, metric, mentions, nearest),
    ]


def _carried(view: DocumentView, metric: Metric, start: int, index: int) -> tuple[float, float]:
    """How many sentences back the owner was last named before the figure's sentence, and how many other names
    came since (both log1p; -1 when it was not named before): an owner carried from the sentence before with no
    other name between ("l'account ufficiale ha raggiunto 1,1 milioni") is the text going on about it, one carried
    over other names a guess between them."""
    before = view.mentions_between(0, start)
    last = next((m for m in reversed(before) if m.name == metric.subject), None)
    if last is None:
        return -1.0, -1.0
    named = view.sentence_of(last.start)
    since = {m.name for m in view.mentions_between(last.end, start)
             if m.type in _OWNER_TYPES and m.name not in (metric.subject, metric.platform)}
    return math.log1p(index - named.index if named is not None else 5), math.log1p(len(since))


def _type_of(view: DocumentView, name: str | None) -> str | None:
    return next((e.type for e in view.extraction.entities if e.name == name), None)


def screen_metrics(view: DocumentView, facts: list[Fact], screen: Screen | None = None) -> list[Fact]:
    """The facts with the metrics the screen finds too unlikely left out (other facts untouched)."""
    screen = screen if screen is not None else load_screen()
    if screen is None or screen.leaves_all() or not any(isinstance(f, Metric) for f in facts):
        return facts
    document = _Document(view)
    return [f for f in facts if not isinstance(f, Metric) or not screened(document, f)
            or screen.probability(figure_features(document, f)) >= screen.threshold]


def screened(document: _Document, metric: Metric) -> bool:
    """Whether the screen judges a metric: only one owned by a named entity, in a document of at least
    ``MIN_SENTENCES`` sentences. A figure whose owner is a noun phrase already has a low confidence, and is
    never dropped for want of a name."""
    return document.sentences >= MIN_SENTENCES and metric.subject in document.names


def metric_vectors(view: DocumentView, metrics: list[Metric]) -> list[list[float] | None]:
    """The feature vectors of a document's metrics (what the training script fits on); None for a
    metric the screen does not judge."""
    document = _Document(view)
    return [figure_features(document, m) if screened(document, m) else None for m in metrics]
