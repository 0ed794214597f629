"""Digests of new facts about watched entities, written as a file or POSTed to a webhook.

After a watch round, the facts of the documents it added that involve a watched
entity (``--alert Kuaishou``) are gathered through the query layer; each comes
with its sentence and where it was read, so a digest can be trusted on its own.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from crossreach.query import EntityNotFound, FactRow, describe_fact, new_facts
from crossreach.store import KnowledgeBase


@dataclass(slots=True)
class Digest:
    created: datetime
    facts: dict[str, list[FactRow]]      # by watched entity, as the user named it; only entities with news

    def __bool__(self) -> bool:
        return any(self.facts.values())

    def as_dict(self) -> dict[str, Any]:
        return {"created": self.created.isoformat(timespec="seconds"),
                "entities": [{"entity": name, "facts": [_fact(f) for f in rows]} for name, rows in self.facts.items()]}

    def markdown(self) -> str:
        lines = [f"# crossreach digest, {self.created:%Y-%m-%d %H:%M} UTC", ""]
        for name, rows in self.facts.items():
            lines += [f"## {name}: {len(rows)} new fact{'s' * (len(rows) != 1)}", ""]
            for row in rows:
                lines.append(f"- {describe_fact(row.record)}")
                lines.append(f"  > {row.evidence}")
                lines.append(f"  ({row.source}{', ' + row.published if row.published else ''})")
            lines.append("")
        return "\n".join(lines)


def build_digest(kb: KnowledgeBase, entities: list[str], document_ids: list[str], created: datetime) -> Digest:
    """The new facts about each watched entity among the documents just added."""
    facts: dict[str, list[FactRow]] = {}
    if not document_ids:
        return Digest(created, facts)
    for name in entities:
        try:
            rows = new_facts(kb, document_ids=document_ids, about=name)
        except EntityNotFound:
            continue   # not in the knowledge base yet: nothing new about it
        if rows:
            facts[name] = rows
    return Digest(created, facts)


def write_digest(digest: Digest, path: Path) -> None:
    """Write the digest: JSON when the file name ends in .json, else Markdown."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() == ".json":
        path.write_text(json.dumps(digest.as_dict(), ensure_ascii=False, indent=2), encoding="utf-8")
    else:
        path.write_text(digest.markdown(), encoding="utf-8")


def _fact(row: FactRow) -> dict[str, Any]:
    return {"id": row.id, "summary": describe_fact(row.record), "record": row.record, "sentence": row.evidence,
            "source": row.source, "published": row.published, "document_id": row.document_id}
