#!/usr/bin/env python3
"""List the figures a document states in several sentences with different owners (never on web/check).

Usage: .venv/bin/python scripts/repeat_diagnostics.py web/tune A|B|all

``relate/restatements.one_owner_a_figure`` gives every statement of one figure the owner of its
surest statement. This prints, for each figure whose statements disagree on the owner before that
step, every statement with its owner, confidence and whether that owner is a gold subject of the
figure (OK: of the gold metrics of its value, those of its kind if any), and counts how often the
surest owner is right, wrong while another statement's is right (a choice to fix), or wrong with no
right statement (no choice helps).
"""
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("CROSSREACH_SPACY", "off")
from corpus_half import half_of
from train_owner_ranker import _gold_subjects

import crossreach.relate.metrics as metric_stage
from crossreach.corpus import extract_corpus
from crossreach.evaluate import load_gold, norm, stem_of
from crossreach.models import Metric
from crossreach.relate.restatements import _figure, one_owner_a_figure

corpus, half = sys.argv[1], sys.argv[2]
src, texts = half_of(corpus, half)
gold = load_gold(src / "gold")
seen: list[list[Metric]] = []


def _recording(facts: list[Metric]) -> list[Metric]:
    seen.append(list(facts))
    return one_owner_a_figure(facts)


metric_stage.one_owner_a_figure = _recording  # the statements as the metric stage made them
extractions = extract_corpus(texts, screen=False)
stats: Counter[str] = Counter()
for extraction, facts in zip(extractions, seen, strict=True):
    stem = stem_of(extraction.document.source)
    groups: dict[object, list[Metric]] = defaultdict(list)
    for fact in facts:
        groups[_figure(fact)].append(fact)
    for key, statements in groups.items():
        if len({s.evidence.sentence_start for s in statements}) < 2:
            continue
        stats["stated again"] += 1
        if len({s.subject for s in statements}) < 2:
            continue
        golds = _gold_subjects(gold[stem], statements[0].value, statements[0].range, statements[0].kind, norm)
        right = [norm(s.subject or "") in golds for s in statements]
        surest = max(range(len(statements)), key=lambda i: (statements[i].subject is not None,
                                                             statements[i].confidence))
        stats["owners disagree"] += 1
        stats["surest right" if right[surest] else "another right" if any(right) else "none right"] += 1
        print(f"== {stem} {key}")
        for index, statement in enumerate(statements):
            mark = ("OK " if right[index] else "   ") + ("SUREST " if index == surest else "       ")
            said = statement.evidence.sentence[:100]
            print(f"   {mark}{statement.subject!r:40} {statement.confidence:.2f}  {said!r}")
print(dict(stats))
