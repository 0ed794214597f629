#!/usr/bin/env python3
"""List every missed, spurious and mistyped entity of development corpora (never web/check or fresh/held).

Usage: .venv/bin/python scripts/entity_diagnostics.py web/tune tests/fixtures/fresh/round6 [-q]

A corpus is a shared one (``web/tune``, ``dev``, ``seeds``) or a folder with ``texts/`` and ``gold/``.
For each document, scored as the referee scores entities (persons, organizations and platforms):

- ``missed`` a required gold entity no record entity names, with what the extraction made of the
  first place the text writes one of its names: the mentions overlapping it (surface, type, origin),
  or ``unwritten`` when no name of it is in the text as written (a name only the gold gives);
- ``wrong`` a record entity no gold entity names, with its type, category and origin;
- ``typed`` a matched pair whose type or category differs from the gold's.

``-q`` prints the counts only. Reading the lists says which shapes of names the recogniser misses.
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
from crossreach.record import document_record

SCORED = {"person", "organization", "platform"}


def _listed(value: object) -> list:
    return list(value) if isinstance(value, (list, tuple)) else [] if value is None else [value]


def main() -> int:
    corpora = development_corpora(sys.argv[1:])
    quiet = "-q" in sys.argv[1:]
    if corpora is None:
        print(__doc__, file=sys.stderr)
        return 2
    domain = load_domain()
    counts: Counter[str] = Counter()
    for corpus in corpora:
        gold = load_gold(folder(corpus) / "gold")
        for extraction in extract_corpus(folder(corpus) / "texts", domain):
            stem = stem_of(extraction.document.source)
            record, text = gold.get(stem), extraction.document.text
            if record is None:
                continue
            key = fitting.gold_key(record, norm)
            predicted = document_record(extraction)
            gold_types = {key(e["name"]): set(_listed(e.get("type"))) for e in record.get("entities", [])}
            pred: dict[str, dict] = {}
            for entity in predicted.get("entities", []):
                k, types = key(entity.get("name")), gold_types.get(key(entity.get("name")))
                if types is not None and not types & SCORED:
                    continue
                if entity.get("type") not in SCORED and not (types and entity.get("type") in types):
                    continue
                pred.setdefault(k, entity)
            lines = []
            for entity in record.get("entities", []):
                types = set(_listed(entity.get("type")))
                if entity.get("optional"):
                    pred.pop(key(entity["name"]), None)  # (an optional entity is neither missed nor wrong)
                if not types & SCORED or entity.get("optional"):
                    continue
                k = key(entity["name"])
                if k in pred:
                    p = pred.pop(k)
                    if p.get("type") not in types or (entity.get("category")
                                                      and p.get("category") != entity.get("category")):
                        counts["typed"] += 1
                        lines.append(f"  typed  {entity['name']!r}: gold {sorted(types)}/{entity.get('category')}"
                                     f" pred {p.get('type')}/{p.get('category')}")
                    continue
                counts["missed"] += 1
                names = sorted({n for n in [entity["name"], *(entity.get("aliases") or [])] if n}, key=len,
                               reverse=True)
                at = next(((text.find(n), n) for n in names if text.find(n) >= 0), None)
                if at is None:
                    seen = "unwritten"
                else:
                    start, end = at[0], at[0] + len(at[1])
                    over = [m for m in extraction.mentions if m.start < end and m.end > start]
                    seen = "; ".join(f"{m.text!r} {m.type}/{m.category} {m.origin}" for m in over) or "none"
                    context = text[max(0, start - 50):end + 30].replace("\n", " ")
                    seen = f"{seen} | {context}"
                lines.append(f"  missed {entity['name']!r} {sorted(types)}/{entity.get('category')}: {seen}")
            for entity in pred.values():
                counts["wrong"] += 1
                origin = next((m.origin for m in extraction.mentions if norm(m.name) == norm(entity.get("name"))), "?")
                lines.append(f"  wrong  {entity.get('name')!r} {entity.get('type')}/{entity.get('category')} {origin}")
            if lines and not quiet:
                print(f"{corpus} {stem}")
                print("\n".join(lines))
    print(dict(counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
