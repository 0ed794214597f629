#!/usr/bin/env python3
"""Fit the owner ranker's weights (src/crossreach/relate/owner_ranker.json) on tuning gold.

Usage: .venv/bin/python scripts/train_owner_ranker.py [--shared ../shared] [--check]

Data: the gold of ``corpus/web/tune``, ``corpus/dev`` and ``tests/fixtures/fresh/develop`` only (never web/check
nor fresh/held, which only measure). Every owner decision of the metric stage whose figure matches a gold metric (value,
and kind when one fits) is a training group: the candidates that name a gold subject are
positives, the others negatives (a group with no positive teaches that none of its candidates is
likely: the runtime leaves a figure out when its best candidate is below ``NO_OWNER``). A
logistic regression (scikit-learn, the ``dev`` extra) is fitted on all candidates; the runtime
reads its coefficients from JSON with plain Python. Cross-validation is grouped by document: a
fold holds whole documents out, and the held-out score is how often the top-ranked candidate of
a group that has a positive is a gold subject, against the rules' pick alone. ``--check``
retrains and compares with the shipped file instead of writing it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fitting

WEIGHTS = fitting.REPO / "src" / "crossreach" / "relate" / "owner_ranker.json"


def decisions_with_labels(shared: Path) -> tuple[list[list[float]], list[int], list[str], list[int], list[int]]:
    """Rows (candidate features), labels, document of each row, decision index of each row, and
    each decision's rule-pick label (for the rules-only baseline)."""
    os.environ.setdefault("CROSSREACH_SPACY", "off")
    from crossreach.corpus import extract_corpus
    from crossreach.evaluate import load_gold, norm, stem_of
    from crossreach.lexicon import load_language
    from crossreach.relate.context import DocumentView
    from crossreach.relate.metrics import owner_decisions

    rows: list[list[float]] = []
    labels: list[int] = []
    groups: list[str] = []
    decision_of: list[int] = []
    decision = 0
    for corpus in fitting.TRAINING:
        gold = load_gold(fitting.corpus_dir(shared, corpus) / "gold")
        for extraction in extract_corpus(fitting.corpus_dir(shared, corpus) / "texts"):
            stem = stem_of(extraction.document.source)
            if stem not in gold:
                continue
            record = gold[stem]
            view = DocumentView(extraction)
            for found in owner_decisions(view, load_language(extraction.document.lang)):
                names = _gold_subjects(record, found.figure.value, found.figure.range, found.kind, norm)
                if not names or not found.candidates:
                    continue
                marks = [int(norm(c.mention.name) in names) for c in found.candidates]
                for candidate, mark in zip(found.candidates, marks, strict=True):
                    rows.append(candidate.vector())
                    labels.append(mark)
                    groups.append(f"{corpus}/{stem}")
                    decision_of.append(decision)
                decision += 1
    return rows, labels, groups, decision_of, []


def _gold_subjects(record: dict[str, Any], value: float | None, span: tuple[float, float] | None, kind: str,
                   norm: Any) -> set[str]:
    """The normalised names (aliases included) of the gold subjects of the metrics a figure matches."""
    aliases: dict[str, set[str]] = {}
    for entity in record.get("entities", []):
        names = {norm(entity["name"]), *(norm(a) for a in entity.get("aliases", []))}
        for name in names:
            aliases.setdefault(name, set()).update(names)
    number = value if value is not None else (span[0] if span else None)
    if number is None:
        return set()
    matched = [m for m in record.get("metrics", []) if _value_fits(m, number)]
    by_kind = [m for m in matched if kind in m.get("kind", [])]
    found: set[str] = set()
    for metric in by_kind or matched:
        subjects = metric.get("subject") or []
        for subject in subjects if isinstance(subjects, list) else [subjects]:
            found |= aliases.get(norm(subject), {norm(subject)})
    return found


def _value_fits(metric: dict[str, Any], number: float) -> bool:
    if metric.get("value") is not None:
        return abs(number - metric["value"]) <= 0.005 * abs(metric["value"])
    span = metric.get("range")
    return bool(span) and span[0] <= number <= span[1]



def cross_validate(rows: list[list[float]], labels: list[int], groups: list[str], decision_of: list[int],
                   rule_column: int, folds: int = fitting.FOLDS) -> dict[str, float]:
    """Top-1 accuracy of the ranker on held-out documents, and of the rules' pick alone."""
    import numpy as np
    from sklearn.model_selection import GroupKFold

    x, y, g, d = np.array(rows), np.array(labels), np.array(groups), np.array(decision_of)
    right = rule_right = total = 0
    for train, test in GroupKFold(n_splits=folds).split(x, y, g):
        coef, intercept = fitting.fit(x[train].tolist(), y[train].tolist())
        scores = x[test] @ np.array(coef) + intercept
        for decision in np.unique(d[test]):
            members = np.where(d[test] == decision)[0]
            if not y[test][members].any():
                continue  # the owner is none of the candidates: no ranking can be right
            best = members[np.argmax(scores[members])]
            right += int(y[test][best])
            picked = [i for i in members if x[test][i][rule_column] == 1.0]
            rule_right += int(bool(picked) and y[test][picked[0]] == 1)
            total += 1
    return {"folds": folds, "decisions": total, "ranker_top1": round(right / total, 4),
            "rules_top1": round(rule_right / total, 4)}


def train(shared: Path) -> dict[str, Any]:
    from crossreach.relate.owners import FEATURES

    rows, labels, groups, decision_of, _ = decisions_with_labels(shared)
    coef, intercept = fitting.fit(rows, labels)
    cv = cross_validate(rows, labels, groups, decision_of, FEATURES.index("rule"))
    return {
        "about": "Owner ranker weights: logistic regression over candidate features; "
                 "made by scripts/train_owner_ranker.py, do not edit by hand.",
        "trained_on": list(fitting.TRAINING), "C": fitting.C,
        "documents": len(set(groups)), "decisions": len(set(decision_of)), "candidates": len(rows),
        "cross_validation": cv,
        "features": list(FEATURES), "coef": [round(w, 6) for w in coef], "intercept": round(intercept, 6),
    }


def main() -> int:
    return fitting.run(__doc__ or "", WEIGHTS, train, fitting.TRAINING[0])


if __name__ == "__main__":
    sys.exit(main())
