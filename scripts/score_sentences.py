#!/usr/bin/env python3
"""How many figures single sentences give, each read alone as ``crossreach analyze TEXT`` reads it.

Usage: .venv/bin/python scripts/score_sentences.py SENTENCES.jsonl [-v]

Prints, per language and in total: gold figures, figures read (value and kind), owned (subject
too), extra metrics of sentences with figures, and the sentences without figures that gave one
(``crossreach.evaluate_sentences`` says how they are counted). ``-v`` lists every figure missed,
read with another owner, or extra. The held set (``tests/fixtures/sentences/held.jsonl``) is
scored without ``-v``, like web/check. The traps sets (``traps.jsonl``, and ``traps2.jsonl``, a second
batch written in session 30 and committed before the extractor first read it) hold mostly sentences
without figures (prices, targets, years, ranks, scores, capacities, hypotheticals) beside figures in
varied constructions; they are development data, read freely with ``-v``.
"""
import os
import sys
from pathlib import Path

os.environ.setdefault("CROSSREACH_SPACY", "off")

from crossreach.domain import load_domain
from crossreach.evaluate_sentences import analysed_metrics, load_sentences, score_sentence, scores_by_language


def _brief(fact: dict) -> str:
    return f"{fact.get('subject')!s} {fact.get('kind')} {fact.get('value')}"


def main(path: Path, verbose: bool) -> None:
    if verbose and path.stem == "held":
        sys.exit("the held set is scored in aggregate only: leave out -v")
    domain = load_domain()
    outcomes = []
    for sentence in load_sentences(path):
        outcome = score_sentence(sentence, analysed_metrics(sentence, domain))
        outcomes.append((sentence, outcome))
        if verbose:
            for fig in outcome.missed:
                print(f"MISS  {sentence['id']}: {_brief(fig)} | {sentence['text']}")
            for fig, pred in outcome.misowned:
                print(f"OWNER {sentence['id']}: {_brief(pred)} for {fig.get('subject')} | {sentence['text']}")
            for pred in outcome.extra:
                print(f"EXTRA {sentence['id']}: {_brief(pred)} | {sentence['text']}")
    print(f"{'lang':5} {'figures':>7} {'read':>6} {'owned':>6} {'extra':>6}  empty giving one")
    for lang, row in sorted(scores_by_language(outcomes).items(), key=lambda item: item[0] == "all"):
        print(f"{lang:5} {row.figures:7} {row.read:6} {row.owned:6} {row.extra:6}  "
              f"{row.empty_giving_one:>4} of {row.empty_sentences:<4} read {row.read_share:.0%}, "
              f"owned {row.owned_share:.0%}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    if len(args) != 1:
        sys.exit(__doc__)
    main(Path(args[0]), "-v" in sys.argv[1:])
