"""The names a knowledge base's records give their metrics' subjects, for tests of lexicons that
name an entity the text writes otherwise: a record names it as the text writes it and keeps the
lexicon's canonical name among that entity's aliases."""

from __future__ import annotations

from crossreach.store import KnowledgeBase


def metric_subject_names(kb: KnowledgeBase) -> set[str]:
    """The metrics' subjects as the text writes them, with their record entity's aliases."""
    names: set[str] = set()
    for record in kb.document_records():
        aliases = {e["name"]: set(e["aliases"]) for e in record["entities"]}
        names |= {name for f in record["facts"] if f["type"] == "metric"
                  for name in aliases.get(f["subject"], {f["subject"]})}
    return names
