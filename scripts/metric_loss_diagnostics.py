#!/usr/bin/env python3
"""At which stage each never-emitted gold metric is lost (never run on web/check).

Usage: .venv/bin/python scripts/metric_loss_diagnostics.py web/tune|dev|DIR A|B|all
(DIR: a folder with texts/ and gold/, such as tests/fixtures/fresh/develop)

For every required gold metric with no predicted metric of its value in its document, prints the
stage that lost it and the sentence: ``number`` (no Quantity of that value: not parsed, or text the
reader drops), ``qkind`` (read as a date, percent...), ``nocue`` (no metric cue in its sentence),
``reach`` (cues, but none gives this figure a kind), ``is_metric`` / ``not_a_figure`` (a guard of
the metric stage), ``owner/later`` (it passes the guards, but no owner is chosen or a later step of
the stage drops it), ``screen`` (the figure screen leaves it out). A summary count ends the list.
Counts of kind other and of small values are lost by design (``_is_metric``): read them apart.
"""
import collections
import os
import sys

os.environ.setdefault("CROSSREACH_SPACY", "off")
from corpus_half import half_of

from crossreach.corpus import extract_corpus
from crossreach.evaluate import load_gold, stem_of
from crossreach.lexicon import load_language
from crossreach.models import Metric
from crossreach.relate import metrics as stage
from crossreach.relate.context import DocumentView
from crossreach.relate.metric_kinds import figure_kinds

corpus, half = sys.argv[1], sys.argv[2]
src, texts = half_of(corpus, half)
gold = load_gold(src/"gold")


def close(a, b) -> bool:
    return a is not None and b is not None and abs(float(a) - float(b)) <= 0.011 * max(abs(float(b)), 1)


def matches(value, rng, g: dict) -> bool:
    if g.get("value") is not None:
        return close(value, g["value"])
    r = g.get("range")
    return bool(r and rng and close(rng[0], r[0]) and close(rng[1], r[1]))


def stage_of(view, rules, ex, q, unscreened) -> tuple[str, object]:
    sentence = next((s for s in ex.sentences if s.start <= q.start < s.end), None)
    if unscreened:
        return "screen", sentence
    if q.kind not in stage.FIGURE_KINDS:
        return f"qkind:{q.kind}", sentence
    cues = stage._cues_in(view, sentence, rules) if sentence else []
    if not cues:
        return "nocue", sentence
    figures = [x for x in view.quantities_in(sentence) if x.kind in stage.FIGURE_KINDS]
    reach = stage._CUE_REACH if view.spaced else stage._CUE_REACH_UNSPACED
    kinds = figure_kinds(view.text, figures, cues, reach, rules.counters, rules.unit_sales, rules.subsets)
    index = figures.index(q)
    kind = kinds[index]
    if kind is None:
        return "reach", sentence
    if kind == stage.NOT_A_METRIC:
        return "not_a_metric", sentence
    kind = "sales" if q.kind == "money" and kind not in stage.MONEY_KINDS else kind
    if not stage._is_metric(view.text, q, kind, rules):
        return f"is_metric:{kind}", sentence
    if stage._not_a_figure(view.text, sentence, figures, index, rules):
        return f"not_a_figure:{kind}", sentence
    return f"owner/later:{kind}", sentence


stats: collections.Counter[str] = collections.Counter()
raw = {stem_of(e.document.source): e for e in extract_corpus(texts, screen=False)}
for ex in extract_corpus(texts):
    stem = stem_of(ex.document.source)
    predicted = [f for f in ex.facts if isinstance(f, Metric)]
    unscreened = [f for f in raw[stem].facts if isinstance(f, Metric)]
    view = DocumentView(ex)
    rules = stage._rules(load_language(ex.document.lang), view.spaced)
    for g in gold[stem]["metrics"]:
        if g.get("optional") or any(matches(p.value, p.range, g) for p in predicted):
            continue
        found = [q for q in ex.quantities if matches(q.value, q.range, g)]
        if not found:
            where, sentence = "number", None
        else:
            where, sentence = stage_of(view, rules, ex, found[0],
                                       any(matches(p.value, p.range, g) for p in unscreened))
        stats[where.split(":")[0]] += 1
        value = g.get("value") if g.get("value") is not None else g.get("range")
        print(f"== {stem} [{where}] kind={g.get('kind')} value={value} subject={g.get('subject')}")
        if sentence is not None:
            print("   S:", sentence.text.replace("\n", " ")[:300])
print(dict(stats.most_common()))
