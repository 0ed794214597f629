#!/usr/bin/env python3
"""Classify every missed gold partnership by its cause (never run on web/check or fresh/held).

Usage: .venv/bin/python scripts/partnership_diagnostics.py web/tune dev tests/fixtures/fresh/develop [-q]

A corpus is a shared one (``web/tune``, ``dev``, ``seeds``) or a folder with ``texts/`` and ``gold/``.
Each required gold partnership the extraction does not give is put in one class:

- ``a`` a party is never recognised (or only under a name the gold entity does not list);
- ``b`` its parties are named together, but no sentence naming them holds a cue;
- ``c`` no sentence names all its parties (the other one is the previous sentence's subject, the
  document's subject, "the two sides" ...): the sentences naming one party with a cue are shown;
- ``d`` it was a candidate and the scorer left it out: its features and probability are shown;
- ``e`` its parties are named together in a cue sentence, and no rule made it a candidate.

``-q`` prints the counts only. Which class is largest says where recall is lost: recognition (a),
cues (b), reading across sentences (c), the scorer (d) or the rules (e).
"""
import os
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("CROSSREACH_SPACY", "off")
import fitting
from corpus_half import development_corpora, folder

from crossreach.corpus import extract_corpus
from crossreach.domain import load_domain
from crossreach.evaluate import load_gold, norm, stem_of
from crossreach.lexicon import load_language
from crossreach.models import Partnership
from crossreach.relate.context import DocumentView
from crossreach.relate.partnership_scorer import features, load_scorer
from crossreach.relate.partnerships import partnership_candidates


def main() -> int:
    corpora = development_corpora(sys.argv[1:])
    quiet = "-q" in sys.argv[1:]
    if corpora is None:
        print(__doc__, file=sys.stderr)
        return 2
    domain, scorer = load_domain(), load_scorer()
    counts: Counter[str] = Counter()
    for corpus in corpora:
        gold = load_gold(folder(corpus) / "gold")
        for extraction in extract_corpus(folder(corpus) / "texts", domain):
            record = gold.get(stem_of(extraction.document.source))
            if record is None:
                continue
            key = fitting.gold_key(record, norm)

            found = {frozenset(key(p) for p in f.parties) for f in extraction.facts if isinstance(f, Partnership)}
            view = DocumentView(extraction)
            reader, candidates = partnership_candidates(view, load_language(extraction.document.lang), domain)
            named = {key(m.name) for m in extraction.mentions}
            for fact in record.get("partnerships", []):
                parties = frozenset(key(p) for p in fact["parties"])
                if fact.get("optional") or parties in found:
                    continue
                lines = []
                pairs = [c for c in candidates if frozenset(key(n) for n in c.names) == parties]
                together = [s for s in extraction.sentences
                            if parties <= {key(m.name) for m in view.mentions_in(s)}]
                if not parties <= named:
                    cause = "a"
                    lines = [f"unread: {p}" for p in fact["parties"] if key(p) not in named]
                elif pairs:
                    cause = "d"
                    for c in pairs:
                        read = features(reader, c)
                        shown = {n: round(v, 2) for n, v in read.items() if v}
                        lines.append(f"p={scorer.probability(read):.2f} {shown} | {c.sentence.text[:160]}")
                elif together:
                    cue = [s for s in together if reader.cues.any_cue.search(s.text)]
                    cause = "e" if cue else "b"
                    lines = [s.text[:200] for s in (cue or together)[:2]]
                else:
                    cause = "c"
                    lines = [s.text[:200] for s in extraction.sentences
                             if reader.cues.any_cue.search(s.text)
                             and parties & {key(m.name) for m in view.mentions_in(s)}][:3]
                counts[cause] += 1
                if not quiet:
                    print(f"({cause}) {corpus}/{stem_of(extraction.document.source)}: {fact['parties']}")
                    for line in lines:
                        print(f"      {line}")
    print(" ".join(f"{cause}={counts[cause]}" for cause in "abcde"), f"missed={sum(counts.values())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
