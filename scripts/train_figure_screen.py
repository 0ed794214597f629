#!/usr/bin/env python3
"""Fit the figure screen (src/crossreach/relate/figure_screen.json) on tuning gold.

Usage: .venv/bin/python scripts/train_figure_screen.py [--shared ../shared] [--check]

Data: gold of ``corpus/web/tune``, ``corpus/dev`` and ``tests/fixtures/fresh/{develop,round5}`` only (never web/check
nor fresh/held, which only measure). Every metric the extractor makes with the screen off and gives
a named owner is a row: positive when the
referee's one-to-one matching pairs it with a required gold metric, negative when it pairs with
none, left out when an optional gold metric absorbs it (it counts neither way). A logistic
regression (scikit-learn, the ``dev`` extra) is fitted on all rows; the runtime reads its
coefficients from JSON with plain Python. The threshold is chosen by cross-validation grouped by
document: each fold's model scores the documents it did not see, and the threshold is the one
whose held-out metric F1 (against every required gold metric, found or not) is highest, ties
going to the higher precision, when it gains at least ``MIN_GAIN`` over screening nothing.
``--check`` retrains and compares with the shipped file instead.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fitting

WEIGHTS = fitting.REPO / "src" / "crossreach" / "relate" / "figure_screen.json"
#: The thresholds tried, in steps of 0.01.
GRID = [round(0.01 * i, 2) for i in range(0, 91)]
#: The held-out F1 a threshold must gain over keeping every figure to be chosen: a gain of a figure
#: or two in eight hundred is noise, and a screen chosen on it comes and goes as a rule change adds
#: a figure or two to the training rows (and leaves out right figures on unseen articles).
MIN_GAIN = 0.005


def labelled_rows(shared: Path) -> tuple[list[list[float]], list[int], list[str], int]:
    """Feature rows, labels, each row's document, and the number of required gold metrics (less those
    matched by a figure the screen does not judge)."""
    os.environ.setdefault("CROSSREACH_SPACY", "off")
    from crossreach.corpus import extract_corpus
    from crossreach.evaluate import _DocumentScorer, load_gold, max_matching, stem_of
    from crossreach.models import Metric
    from crossreach.record import document_record
    from crossreach.relate.context import DocumentView
    from crossreach.relate.figure_screen import metric_vectors

    rows: list[list[float]] = []
    labels: list[int] = []
    groups: list[str] = []
    required_total = 0
    for corpus in fitting.TRAINING:
        gold = load_gold(fitting.corpus_dir(shared, corpus) / "gold")
        for extraction in extract_corpus(fitting.corpus_dir(shared, corpus) / "texts", screen=False):
            stem = stem_of(extraction.document.source)
            if stem not in gold:
                continue
            scorer = _DocumentScorer(gold[stem], document_record(extraction))
            required = [g for g in gold[stem].get("metrics", []) if not g.get("optional")]
            optional = [g for g in gold[stem].get("metrics", []) if g.get("optional")]
            required_total += len(required)
            predicted = scorer.pred_items("metric")
            metrics = [f for f in extraction.facts if isinstance(f, Metric)]
            if len(metrics) != len(predicted):
                raise SystemExit(f"{stem}: {len(metrics)} metrics but {len(predicted)} records")
            matched = set(max_matching(len(required), len(predicted),
                                        lambda g, p, s=scorer, r=required, q=predicted: s.ok("metric", r[g], q[p]))
                          .values())
            vectors = metric_vectors(DocumentView(extraction), metrics)
            for index, (record, vector) in enumerate(zip(predicted, vectors, strict=True)):
                if vector is None:  # owned by a noun phrase: kept whatever the screen says
                    required_total -= int(index in matched)
                    continue
                if index not in matched and any(scorer.ok("metric", g, record) for g in optional):
                    continue
                rows.append(vector)
                labels.append(int(index in matched))
                groups.append(f"{corpus}/{stem}")
    return rows, labels, groups, required_total


def held_out(rows: list[list[float]], labels: list[int], groups: list[str]) -> list[float]:
    """Each row's probability from the model of the fold that did not see its document."""
    import numpy as np
    from sklearn.model_selection import GroupKFold

    x, y = np.array(rows), np.array(labels)
    scores = np.zeros(len(rows))
    for train, test in GroupKFold(n_splits=fitting.FOLDS).split(x, y, np.array(groups)):
        coef, intercept = fitting.fit(x[train].tolist(), y[train].tolist())
        scores[test] = 1 / (1 + np.exp(-(x[test] @ np.array(coef) + intercept)))
    return scores.tolist()


def figures_at(scores: list[float], labels: list[int], required: int, threshold: float) -> dict[str, float]:
    """Precision, recall and F1 of the metrics kept at a threshold."""
    kept = [label for score, label in zip(scores, labels, strict=True) if score >= threshold]
    tp = sum(kept)
    precision = tp / len(kept) if kept else 0.0
    recall = tp / required if required else 0.0
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    return {"threshold": threshold, "precision": round(precision, 4), "recall": round(recall, 4),
            "f1": round(f1, 4), "kept": len(kept)}


def chosen_threshold(curve: list[dict[str, float]]) -> dict[str, float]:
    """The point of the curve (``figures_at`` over ``GRID``, its first at threshold 0) with the best
    held-out F1, ties going to the higher precision; no screen unless it gains ``MIN_GAIN``."""
    best = max(curve, key=lambda row: (row["f1"], row["precision"]))
    return best if best["f1"] - curve[0]["f1"] >= MIN_GAIN else curve[0]


def train(shared: Path) -> dict[str, Any]:
    from crossreach.relate.figure_screen import FEATURES

    rows, labels, groups, required = labelled_rows(shared)
    scores = held_out(rows, labels, groups)
    curve = [figures_at(scores, labels, required, t) for t in GRID]
    best = chosen_threshold(curve)
    coef, intercept = fitting.fit(rows, labels)
    return {
        "about": "Figure screen weights: logistic regression over metric features, and the threshold "
                 "under which a metric is left out; made by scripts/train_figure_screen.py, do not edit by hand.",
        "trained_on": list(fitting.TRAINING), "C": fitting.C,
        "documents": len(set(groups)), "metrics": len(rows), "positives": sum(labels),
        "required_gold": required,
        "cross_validation": {"folds": fitting.FOLDS, "unscreened": curve[0], "screened": best},
        "threshold": best["threshold"],
        "features": list(FEATURES), "coef": [round(w, 6) for w in coef], "intercept": round(intercept, 6),
    }


def main() -> int:
    return fitting.run(__doc__ or "", WEIGHTS, train, fitting.TRAINING[0])


if __name__ == "__main__":
    sys.exit(main())
