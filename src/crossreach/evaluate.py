"""Score document records against gold files by the rules of FACTS.md.

The same rules as the project's referee scorer, so users can measure crossreach
on articles they annotate themselves: facts are matched one-to-one per document
(maximum bipartite matching, required gold first, then optional gold absorbs
what is left), and precision, recall and F1 are micro-averaged over documents.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crossreach.resolve.entity_matching import fold_name

SCORED_ENTITY_TYPES = frozenset({"person", "organization", "platform"})
FACT_TYPES = ("entity", "metric", "partnership", "role", "quote")
_GOLD_LISTS = {"metric": "metrics", "partnership": "partnerships", "role": "roles", "quote": "quotes"}
VALUE_TOLERANCE = 0.005


class GoldError(ValueError):
    """A gold folder or file that cannot be read."""


def norm(text: object) -> str:
    """Names and quotes as the referee (``../shared/eval/score.py``) compares them, which this must
    mirror exactly: folded as the knowledge base folds names (``fold_name``), then the referee's
    own rule, a leading "the " dropped whatever the language (the knowledge base drops the
    articles its lexicons list: ``normalise_name``)."""
    if text is None:
        return ""
    s = fold_name(str(text))
    return s[4:] if s.startswith("the ") else s


def _listed(value: object) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


class _GoldNames:
    """Name -> gold entity key, through the gold entities' aliases."""

    def __init__(self, entities: list[dict[str, Any]]) -> None:
        self.keys: dict[str, str] = {}
        for i, ent in enumerate(entities):
            for name in [ent.get("name"), *_listed(ent.get("aliases"))]:
                if norm(name):
                    self.keys.setdefault(norm(name), f"#{i}")

    def key(self, name: object) -> str:
        return self.keys.get(norm(name), norm(name))

    def accepted(self, names: object) -> set[str]:
        return {self.key(n) for n in _listed(names)}


def _number(fact: dict[str, Any]) -> float | None:
    value = fact.get("value")
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    rng = fact.get("range")
    if isinstance(rng, list | tuple) and len(rng) == 2 and all(isinstance(x, int | float) for x in rng):
        lo, hi = float(rng[0]), float(rng[1])
        return math.sqrt(lo * hi) if lo > 0 and hi > 0 else (lo + hi) / 2
    return None


def value_ok(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    p = _number(pred)
    if p is None:
        return False
    g = gold.get("value")
    if isinstance(g, int | float):
        return abs(p - g) <= VALUE_TOLERANCE * abs(g) if g else p == 0
    rng = gold.get("range")
    if rng:
        return rng[0] * (1 - VALUE_TOLERANCE) <= p <= rng[1] * (1 + VALUE_TOLERANCE)
    return False


def _quote_ok(gold_text: str, pred_text: str) -> bool:
    g, p = norm(gold_text), norm(pred_text)
    if not g or not p:
        return False
    if g[:40] in p or p[:40] in g:
        return True
    gt, pt = set(g.split()), set(p.split())
    return len(gt & pt) / len(gt | pt) >= 0.5


def max_matching(n_gold: int, n_pred: int, ok: Callable[[int, int], bool]) -> dict[int, int]:
    """Maximum bipartite matching gold -> pred by augmenting paths."""
    adjacent = [[p for p in range(n_pred) if ok(g, p)] for g in range(n_gold)]
    gold_of: dict[int, int] = {}

    def augment(g: int, seen: set[int]) -> bool:
        for p in adjacent[g]:
            if p not in seen:
                seen.add(p)
                if p not in gold_of or augment(gold_of[p], seen):
                    gold_of[p] = g
                    return True
        return False

    for g in range(n_gold):
        augment(g, set())
    return {g: p for p, g in gold_of.items()}


@dataclass
class TypeScore:
    tp: int = 0
    gold: int = 0
    pred: int = 0
    attributes: dict[str, list[bool]] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """Figures per fact type, overall, and the missed and wrong facts per document."""

    types: dict[str, TypeScore]
    documents: int
    missing_documents: list[str]
    details: dict[str, list[str]]

    @property
    def overall(self) -> TypeScore:
        total = TypeScore()
        for score in self.types.values():
            total.tp, total.gold, total.pred = total.tp + score.tp, total.gold + score.gold, total.pred + score.pred
        return total

    def table(self) -> str:
        """The table the referee prints."""
        lines = [f"{'type':<12}{'gold':>6}{'pred':>6}{'tp':>6}{'P':>8}{'R':>8}{'F1':>8}"]
        for name, s in [*self.types.items(), ("overall", self.overall)]:
            acc = {k: sum(v) / len(v) for k, v in s.attributes.items() if v}
            extra = "  " + " ".join(f"{k}={v:.2f}" for k, v in acc.items()) if acc else ""
            lines.append(f"{name:<12}{s.gold:>6}{s.pred:>6}{s.tp:>6}{s.precision:>8.3f}{s.recall:>8.3f}"
                         f"{s.f1:>8.3f}{extra}")
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents, "missing_documents": self.missing_documents,
            "types": {k: {"tp": s.tp, "gold": s.gold, "pred": s.pred, "precision": round(s.precision, 3),
                          "recall": round(s.recall, 3), "f1": round(s.f1, 3),
                          "attribute_accuracy": {a: round(sum(v) / len(v), 3)
                                                 for a, v in s.attributes.items() if v}}
                      for k, s in self.types.items()},
            "overall": {"precision": round(self.overall.precision, 3), "recall": round(self.overall.recall, 3),
                        "f1": round(self.overall.f1, 3)},
        }


class _DocumentScorer:
    def __init__(self, gold: dict[str, Any], record: dict[str, Any] | None) -> None:
        self.gold = gold
        self.record = record or {}
        self.names = _GoldNames(gold.get("entities", []))

    def ok(self, fact_type: str, g: dict[str, Any], p: dict[str, Any]) -> bool:
        key = self.names.key
        if fact_type == "entity":
            return key(p.get("name")) == key(g.get("name"))
        if fact_type == "metric":
            if p.get("kind") not in _listed(g.get("kind")) or not value_ok(g, p):
                return False
            subjects = self.names.accepted(g.get("subject"))
            return not subjects or key(p.get("subject")) in subjects
        if fact_type == "partnership":
            gold_parties = {key(x) for x in _listed(g.get("parties"))}
            return bool(gold_parties) and gold_parties == {key(x) for x in _listed(p.get("parties"))}
        if fact_type == "role":
            return key(p.get("person")) == key(g.get("person")) and \
                key(p.get("organization")) == key(g.get("organization"))
        return key(p.get("speaker")) == key(g.get("speaker")) and _quote_ok(g.get("text", ""), p.get("text", ""))

    def gold_items(self, fact_type: str) -> list[dict[str, Any]]:
        if fact_type == "entity":
            return [e for e in self.gold.get("entities", []) if set(_listed(e.get("type"))) & SCORED_ENTITY_TYPES]
        return list(self.gold.get(_GOLD_LISTS[fact_type], []))

    def pred_items(self, fact_type: str) -> list[dict[str, Any]]:
        if fact_type != "entity":
            return [f for f in self.record.get("facts") or [] if f.get("type") == fact_type]
        gold_types = {self.names.key(e.get("name")): set(_listed(e.get("type")))
                      for e in self.gold.get("entities", [])}
        seen: set[str] = set()
        out = []
        for e in self.record.get("entities") or []:
            k = self.names.key(e.get("name"))
            types = gold_types.get(k)
            if types is not None and not types & SCORED_ENTITY_TYPES:
                continue
            if e.get("type") not in SCORED_ENTITY_TYPES and not (types and e.get("type") in types):
                continue
            if k and k not in seen:
                seen.add(k)
                out.append(e)
        return out

    def score(self, fact_type: str, into: TypeScore, details: list[str]) -> None:
        gold, pred = self.gold_items(fact_type), self.pred_items(fact_type)
        required = [g for g in gold if not g.get("optional")]
        optional = [g for g in gold if g.get("optional")]
        m1 = max_matching(len(required), len(pred), lambda gi, pi: self.ok(fact_type, required[gi], pred[pi]))
        used = set(m1.values())
        rest = [i for i in range(len(pred)) if i not in used]
        m2 = max_matching(len(optional), len(rest), lambda gi, ri: self.ok(fact_type, optional[gi], pred[rest[ri]]))
        absorbed = {rest[ri] for ri in m2.values()}
        wrong = [p for i, p in enumerate(pred) if i not in used and i not in absorbed]
        into.tp += len(m1)
        into.gold += len(required)
        into.pred += len(m1) + len(wrong)
        for g, p in ((required[g], pred[p]) for g, p in m1.items()):
            for name, good in self._attributes(fact_type, g, p):
                into.attributes.setdefault(name, []).append(good)
        details += [f"missed {fact_type}: {_brief(g)}" for i, g in enumerate(required) if i not in m1]
        details += [f"wrong  {fact_type}: {_brief(p)}" for p in wrong]

    def _attributes(self, fact_type: str, g: dict[str, Any], p: dict[str, Any]) -> Iterable[tuple[str, bool]]:
        if fact_type == "entity":
            yield "type", p.get("type") in _listed(g.get("type"))
            if g.get("category"):
                yield "category", p.get("category") == g.get("category")
        elif fact_type == "metric":
            if g.get("platform"):
                yield "platform", self.names.key(p.get("platform")) in self.names.accepted(g.get("platform"))
            yield "qualifier", (p.get("qualifier") or "exact") == (g.get("qualifier") or "exact")
            if g.get("date"):
                yield "date", bool(p.get("date")) and str(p.get("date"))[: len(g["date"])] == g["date"]
            if g.get("currency"):
                yield "currency", p.get("currency") == g.get("currency")


def _brief(item: dict[str, Any]) -> str:
    keep = {k: v for k, v in item.items() if k not in ("evidence", "aliases", "optional", "span",
                                                        "sentence_span", "confidence")}
    return json.dumps(keep, ensure_ascii=False)[:220]


def stem_of(source: object) -> str:
    """The file stem of a record's source, by which it pairs with a gold file."""
    name = re.split(r"[/\\]", str(source or "").rstrip("/"))[-1]
    return name.rsplit(".", 1)[0] if "." in name else name


def load_gold(directory: Path) -> dict[str, dict[str, Any]]:
    """Gold files of a folder by document stem."""
    if not directory.is_dir():
        raise GoldError(f"{directory}: not a folder of gold files")
    gold = {}
    for path in sorted(directory.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise GoldError(f"{path}: not a readable gold file: {exc}") from exc
        gold[data.get("doc") or path.stem] = data
    if not gold:
        raise GoldError(f"{directory}: no gold files (*.json)")
    return gold


def evaluate(gold: dict[str, dict[str, Any]], records: Iterable[dict[str, Any]]) -> Report:
    """Score records against gold files, pairing them by the stem of the record's source."""
    by_stem = {stem_of(r.get("source") or r.get("doc_id")): r for r in records}
    types = {name: TypeScore() for name in FACT_TYPES}
    details: dict[str, list[str]] = {}
    missing = []
    for stem, g in sorted(gold.items()):
        record = by_stem.get(stem)
        if record is None:
            missing.append(stem)
        scorer = _DocumentScorer(g, record)
        lines: list[str] = []
        for fact_type in FACT_TYPES:
            scorer.score(fact_type, types[fact_type], lines)
        if lines:
            details[stem] = lines
    return Report(types=types, documents=len(gold), missing_documents=missing, details=details)
