#!/usr/bin/env python3
"""Held-out precision and recall of the owner decisions at each pair of abstention thresholds.

Usage: .venv/bin/python scripts/owner_thresholds.py [--shared ../shared]

Data: the owner ranker's training decisions (``train_owner_ranker.decisions_with_labels``: the
development gold only, never web/check or fresh/held). Each candidate is scored by the ranker of
the grouped cross-validation fold that did not see its document; each decision then keeps its best
candidate as ``owners.choose`` would with no noun phrase to fall back on: a name of the figure's
sentence needs ``NO_OWNER``, one from outside it ``OUTSIDE_OWNER``, and one under ``OUTSIDE_OWNER``
less than ``UNSURE_MARGIN`` ahead of the runner-up is left out. A kept right owner is a true
positive, a kept wrong one a false positive; recall is over the decisions whose owner is among the
candidates. The table gives F1 and F0.5 (issue 15 weighs precision) for a grid of both
thresholds, so that ``owners.py``'s constants can be chosen on held-out documents, not on the
articles that measure them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fitting
import train_owner_ranker

#: The thresholds tried for a name in the figure's sentence and for one from outside it.
INSIDE = (0.2, 0.3, 0.4, 0.5, 0.6)
OUTSIDE = (0.4, 0.5, 0.6, 0.7, 0.8)


Decision = tuple[float, float, bool, bool, bool]


def held_out_decisions(shared: Path) -> list[Decision]:
    """Per decision: the best candidate's held-out probability, its lead over the runner-up, whether
    it is named in the figure's sentence, whether it is a gold subject, and whether any candidate is."""
    import numpy as np
    from sklearn.model_selection import GroupKFold

    from crossreach.relate.owners import FEATURES

    rows, labels, groups, decision_of, _ = train_owner_ranker.decisions_with_labels(shared)
    x, y, d = np.array(rows), np.array(labels), np.array(decision_of)
    p = np.zeros(len(rows))
    for train, test in GroupKFold(n_splits=fitting.FOLDS).split(x, y, np.array(groups)):
        coef, intercept = fitting.fit(x[train].tolist(), y[train].tolist())
        p[test] = 1 / (1 + np.exp(-(x[test] @ np.array(coef) + intercept)))
    inside = FEATURES.index("in_sentence")
    found = []
    for decision in np.unique(d):
        members = np.where(d == decision)[0]
        order = members[np.argsort(-p[members])]
        lead = p[order[0]] - (p[order[1]] if len(order) > 1 else 0.0)
        found.append((float(p[order[0]]), float(lead), bool(x[order[0]][inside]), bool(y[order[0]]),
                      bool(y[members].any())))
    return found


def figures(found: list[Decision], inside: float, outside: float, margin: float) -> dict[str, float]:
    """Kept, true positives, precision, recall, F1 and F0.5 at a pair of thresholds."""
    reachable = sum(1 for *_, any_right in found if any_right)
    kept = [right for p, lead, named, right, _ in found
            if p >= (inside if named else outside) and not (p < outside and lead < margin)]
    tp = sum(kept)
    precision = tp / len(kept) if kept else 0.0
    recall = tp / reachable if reachable else 0.0

    def f(beta: float) -> float:
        return (1 + beta ** 2) * precision * recall / (beta ** 2 * precision + recall) if tp else 0.0

    return {"kept": len(kept), "tp": tp, "precision": round(precision, 4), "recall": round(recall, 4),
            "f1": round(f(1.0), 4), "f05": round(f(0.5), 4)}


def main() -> int:
    from crossreach.relate.owners import NO_OWNER, OUTSIDE_OWNER, UNSURE_MARGIN

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=fitting.REPO.parent / "shared")
    args = parser.parse_args()
    found = held_out_decisions(args.shared)
    print(f"{len(found)} decisions; shipped: inside {NO_OWNER}, outside {OUTSIDE_OWNER}, margin {UNSURE_MARGIN}")
    print("inside outside  kept    tp      P      R     F1   F0.5")
    for inside in INSIDE:
        for outside in (o for o in OUTSIDE if o >= inside):
            row = figures(found, inside, outside, UNSURE_MARGIN)
            print(f"{inside:6} {outside:7} {row['kept']:5} {row['tp']:5} {row['precision']:6} {row['recall']:6} "
                  f"{row['f1']:6} {row['f05']:6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
