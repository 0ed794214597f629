#!/usr/bin/env python3
"""List the owner decisions of one half of web/tune whose top-ranked candidate is not a gold subject.

Usage: .venv/bin/python scripts/diagnose_owners.py [A|B] [--shared ../shared]

For each such figure: the value and kind, the gold subjects, and every candidate with its ranker
probability and non-zero features. A decision with no gold subject among its candidates is a
missing candidate; the others are ranking or feature errors. The closing counts split the two,
which is where a fix to ``relate/owners.py`` should start. Never run it on web/check.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fitting
from train_owner_ranker import _gold_subjects


def half_stems(texts: Path, half: str) -> set[str]:
    """The document stems of one half, as scripts/score_half.sh splits them."""
    names = sorted(os.listdir(texts))
    chosen: set[str] = set()
    for _, group in itertools.groupby(names, key=lambda name: name[:3]):
        for index, name in enumerate(group):
            if (index % 2 == 0) == (half == "A"):
                chosen.add(name.rsplit(".", 1)[0])
    return chosen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("half", choices=("A", "B"), nargs="?", default="A")
    parser.add_argument("--shared", type=Path, default=fitting.REPO.parent / "shared")
    args = parser.parse_args()
    os.environ.setdefault("CROSSREACH_SPACY", "off")
    from crossreach.corpus import extract_corpus
    from crossreach.evaluate import load_gold, norm, stem_of
    from crossreach.lexicon import load_language
    from crossreach.relate.context import DocumentView
    from crossreach.relate.metrics import owner_decisions
    from crossreach.relate.owners import load_ranker

    corpus = args.shared / "corpus" / "web" / "tune"
    gold, stems, ranker = load_gold(corpus / "gold"), half_stems(corpus / "texts", args.half), load_ranker()
    missing = ranked = right = 0
    for extraction in extract_corpus(corpus / "texts"):
        stem = stem_of(extraction.document.source)
        if stem not in stems or stem not in gold:
            continue
        view = DocumentView(extraction)
        for found in owner_decisions(view, load_language(extraction.document.lang)):
            names = _gold_subjects(gold[stem], found.figure.value, found.figure.range, found.kind, norm)
            if not names:
                continue
            scored = sorted(((ranker.probability(c), c) for c in found.candidates), key=lambda p: -p[0])
            if scored and norm(scored[0][1].mention.name) in names:
                right += 1
                continue
            has_gold = any(norm(c.mention.name) in names for _, c in scored)
            missing += not has_gold
            ranked += has_gold
            print(f"{stem} {found.figure.value} {found.kind} gold={sorted(names)} "
                  f"{'RANKED' if has_gold else 'MISSING'}")
            for probability, candidate in scored:
                features = {k: round(v, 2) for k, v in candidate.features.items() if v}
                print(f"    {probability:.3f} {candidate.mention.name} ({candidate.mention.type}) {features}")
    print(f"right {right}, gold subject ranked below another {ranked}, gold subject not a candidate {missing}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
