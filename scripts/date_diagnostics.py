#!/usr/bin/env python3
"""Matched metrics whose date is wrong, with their sentence (never run on web/check or fresh/held).

Usage: .venv/bin/python scripts/date_diagnostics.py web/tune|dev|seeds|DIR A|B|all
(DIR: a folder with texts/ and gold/, such as tests/fixtures/fresh/develop)

The referee's ``-v`` lists missed and wrong facts, not the attributes of matched ones: this pairs gold
and predicted metrics as the referee does (``score.py``'s matching, read from ``../shared/eval``) and
prints every pair whose date the referee counts wrong (the predicted date must start with the gold
one), with the publication date, the gold and predicted dates, the value and the evidence sentence,
then the date accuracy. The date a figure takes is worked out by ``relate/context.py``
(``sentence_date``, ``date_before``) and ``relate/metric_dates.py``.
"""
import importlib.util
import os
import sys
from pathlib import Path

os.environ.setdefault("CROSSREACH_SPACY", "off")
from corpus_half import half_of

from crossreach.corpus import corpus_records, extract_corpus

corpus, half = sys.argv[1], sys.argv[2]
src, texts = half_of(corpus, half)
referee = importlib.util.spec_from_file_location(
    "score", Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py")
score = importlib.util.module_from_spec(referee)
referee.loader.exec_module(score)
gold = score.load_gold(src / "gold")
pred = {score.stem_of(r.get("source")): r for r in corpus_records(extract_corpus(texts))}
right = total = 0
for stem in sorted(pred):
    if stem not in gold:
        continue
    record = pred[stem]
    for expected, found in score.DocScorer(gold[stem], record).score("metric")["pairs"]:
        if not expected.get("date"):
            continue
        total += 1
        if score.date_ok(expected["date"], found.get("date")):
            right += 1
            continue
        print(f"{stem} published={record.get('published')} gold={expected['date']} "
              f"predicted={found.get('date')} value={found.get('value')} kind={found.get('kind')}")
        print(f"    {' '.join(str(found.get('evidence') or '').split())[:300]}")
print(f"date right {right}/{total} = {right / max(total, 1):.3f}")
