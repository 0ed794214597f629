#!/usr/bin/env python3
"""The owner decisions the ranker really takes at run time, labelled with gold (never on web/check).

Usage: .venv/bin/python scripts/owner_runtime_diagnostics.py web/tune|dev A|B|all [-v]

``owner_diagnostics.py`` lists every decision the ranker is trained on, those the rules take
before it too. This script records only the calls of ``owners.choose`` (the figures no stated
owner, opening name or opening noun decided) and sorts them by outcome: ``right``/``wrong`` (the
chosen name is or is not a gold subject of the figure's gold metric), ``dropped-*`` (no owner),
``nogold-*`` (the figure matches no gold metric), and by where the owner stands: ``in`` its
sentence, ``out`` of it (paragraph, headline, the rules' fallback), ``phrase`` (a noun phrase
only). ``-v`` prints each decision that is not right with its best candidates and features.

Later stages may still change an owner (``platform_counts``, ``one_owner_a_figure``, the figure
screen), so a change that looks good here must be measured with ``score_half.sh``: session 17
found that the counts of brands on a platform fixed here were already fixed by ``platform_counts``.
"""
import os
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("CROSSREACH_SPACY", "off")
from corpus_half import half_of
from train_owner_ranker import _gold_subjects

import crossreach.relate.metrics as metric_stage
import crossreach.relate.noun_subjects as noun_subjects
from crossreach.corpus import extract_corpus
from crossreach.evaluate import load_gold, norm, stem_of
from crossreach.lexicon import load_language
from crossreach.relate.context import DocumentView
from crossreach.relate.owners import load_ranker

corpus, half = sys.argv[1], sys.argv[2]
verbose = "-v" in sys.argv[3:]
calls: list[tuple] = []
figure_of: dict = {}
_candidates, _choose = metric_stage.candidates, noun_subjects.choose


def _recording_candidates(owners, sentence, figure, mentions, kind, *rest, **named):  # type: ignore[no-untyped-def]
    figure_of.update(sentence=sentence, figure=figure, kind=kind)
    return _candidates(owners, sentence, figure, mentions, kind, *rest, **named)


def _recording_choose(ranker, found, phrase, referent=None):  # type: ignore[no-untyped-def]
    choice = _choose(ranker, found, phrase, referent)
    calls.append((dict(figure_of), found, phrase, choice))
    return choice


metric_stage.candidates, noun_subjects.choose = _recording_candidates, _recording_choose
src, texts = half_of(corpus, half)
gold = load_gold(src / "gold")
ranker = load_ranker()
stats: Counter[tuple[str, str]] = Counter()
for ex in extract_corpus(texts):
    stem = stem_of(ex.document.source)
    calls.clear()
    metric_stage._metrics(DocumentView(ex), load_language(ex.document.lang), None)
    for where, found, phrase, choice in calls:
        figure = where["figure"]
        golds = _gold_subjects(gold[stem], figure.value, figure.range, where["kind"], norm)
        name = None if choice is None else (choice.mention.name if choice.mention is not None else choice.phrase)
        if not golds:
            outcome = "nogold-" + ("dropped" if choice is None else "kept")
        elif choice is None:
            outcome = "dropped-" + ("had-gold" if any(norm(c.mention.name) in golds for c in found) else "no-gold")
        else:
            outcome = "right" if norm(name) in golds else "wrong"
        chosen = next((c for c in found if choice is not None and c.mention is choice.mention), None)
        place = "none" if choice is None else "phrase" if chosen is None else \
            "in" if chosen.features.get("in_sentence") else "out"
        stats[(outcome, place)] += 1
        if verbose and outcome != "right":
            sentence = where["sentence"]
            print(f"== {stem} {outcome}/{place} kind={where['kind']} value={figure.value} chose={name!r} "
                  f"phrase={phrase.words if phrase else None!r} gold={sorted(golds)[:4]}")
            print("   S:", ex.document.text[sentence.start:sentence.end].replace("\n", " ")[:300])
            for p, c in sorted(((ranker.probability(c), c) for c in found), key=lambda t: -t[0])[:4]:
                feats = " ".join(k if v == 1 else f"{k}={v:.2g}" for k, v in c.features.items() if v)
                mark = "*" if norm(c.mention.name) in golds else " "
                print(f"   {mark}{p:.2f} {c.mention.name} ({c.mention.type}/{c.mention.category}) {feats}")
for key, count in sorted(stats.items()):
    print(*key, count)
