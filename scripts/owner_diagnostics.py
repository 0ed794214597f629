#!/usr/bin/env python3
"""List the owner decisions whose top-ranked candidate is not a gold subject (never run on web/check).

Usage: .venv/bin/python scripts/owner_diagnostics.py web/tune A|B|all

For every figure of the metric stage that matches a gold metric, prints the sentence, the gold
subjects and the five best candidates with their probability and features; RANK marks a decision
where a gold subject was a candidate but ranked lower, ABSENT one where no candidate names it.
Decisions the rules took before the ranker (stated owners, opening nouns) are listed too, so
compare with ``score_half.sh -v`` to see which reached the output.
"""
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("CROSSREACH_SPACY", "off")
from corpus_half import half_of
from train_owner_ranker import _gold_subjects

from crossreach.corpus import extract_corpus
from crossreach.evaluate import load_gold, norm, stem_of
from crossreach.lexicon import load_language
from crossreach.relate.context import DocumentView
from crossreach.relate.metrics import owner_decisions
from crossreach.relate.owners import load_ranker

corpus, half = sys.argv[1], sys.argv[2]
src, texts = half_of(corpus, half)
gold = load_gold(src/"gold")
ranker = load_ranker()
stats = {"ok": 0, "wrong": 0, "absent": 0}
for ex in extract_corpus(texts):
    stem = stem_of(ex.document.source)
    view = DocumentView(ex)
    for d in owner_decisions(view, load_language(ex.document.lang)):
        golds = _gold_subjects(gold[stem], d.figure.value, d.figure.range, d.kind, norm)
        if not golds or not d.candidates:
            continue
        scored = sorted(((ranker.probability(c), c) for c in d.candidates), key=lambda t: -t[0])
        top = scored[0][1]
        if norm(top.mention.name) in golds:
            stats["ok"] += 1
            continue
        has = any(norm(c.mention.name) in golds for c in d.candidates)
        stats["wrong" if has else "absent"] += 1
        print(f"== {stem} [{'RANK' if has else 'ABSENT'}] kind={d.kind} value={d.figure.value} gold={sorted(golds)}")
        print("   S:", ex.document.text[d.sentence.start:d.sentence.end].replace("\n", " ")[:300])
        for p, c in scored[:5]:
            feats = " ".join(f"{k}={v:.2g}" if v != 1 else k for k, v in c.features.items() if v)
            mark = "*" if norm(c.mention.name) in golds else " "
            print(f"   {mark}{p:.2f} {c.mention.name} ({c.mention.type}/{c.mention.category}) {feats}")
print(stats)
