"""Scores the extractor's owners on the held-out texts of ``tests/fixtures/owner_texts.yaml``:
short news items written by hand for issue 15, which no rule was written for. A gold figure is
found when a metric of one of its kinds and its value (within 0.5 %) is extracted; its owner is
right when that metric's subject is one of the accepted names. Run as a script to print the rows."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from crossreach.domain import load_domain
from crossreach.evaluate import norm
from crossreach.ingest.prepare import prepare
from crossreach.ingest.readers import Article
from crossreach.models import Metric
from crossreach.pipeline import extract

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "owner_texts.yaml"


@dataclass(frozen=True)
class Row:
    """One gold figure and what the extractor made of it (``subject`` None: not found)."""

    doc: str
    kind: str
    value: float
    accepted: tuple[str, ...]
    subject: str | None

    @property
    def found(self) -> bool:
        return self.subject is not None

    @property
    def right(self) -> bool:
        """The subject is an accepted name, or the gazetteer's name of an accepted entity (the
        extractor names "FC Bayern München" by its entry, "Bayern Munich")."""
        if self.subject is None:
            return False
        accepted = {norm(name) for name in self.accepted}
        entry = load_domain().by_alias(self.subject)
        names = [self.subject, *([entry.name, *entry.aliases] if entry is not None else [])]
        return any(norm(name) in accepted for name in names)


def _close(a: float | None, b: float) -> bool:
    return a is not None and abs(a - b) <= 0.005 * abs(b)


@cache
def owner_rows() -> tuple[Row, ...]:
    """Every gold figure of the fixture with the subject the extractor gave it."""
    domain = load_domain()
    rows: list[Row] = []
    for item in yaml.safe_load(FIXTURE.read_text(encoding="utf-8")):
        text: str = item["text"]
        article = Article(source=f"{item['id']}.txt", text=text, title=text.split("\n", 1)[0],
                          published=item["published"], lang=item["lang"])
        metrics = [f for f in extract(prepare(article), domain).facts if isinstance(f, Metric)]
        used: set[int] = set()
        for figure in item["figures"]:
            gold: dict[str, Any] = figure
            match = next((i for i, m in enumerate(metrics) if i not in used and m.kind in gold["kind"]
                          and _close(m.value, float(gold["value"]))), None)
            if match is not None:
                used.add(match)
            rows.append(Row(item["id"], gold["kind"][0], float(gold["value"]), tuple(gold["subject"]),
                            metrics[match].subject if match is not None else None))
    return tuple(rows)


if __name__ == "__main__":
    rows = owner_rows()
    found = [r for r in rows if r.found]
    for r in rows:
        mark = "ok " if r.right else ("-- " if not r.found else "XX ")
        print(f"{mark}{r.doc:26} {r.kind:12} {r.value:>14,.0f}  gold={r.accepted[0]!r:24} got={r.subject!r}")
    right = sum(r.right for r in rows)
    print(f"figures {len(rows)}, found {len(found)}, owner right {right} "
          f"({right / max(len(found), 1):.3f} of found)")
