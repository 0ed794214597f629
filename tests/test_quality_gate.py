"""The quality gate: extraction over the bundled dev corpus (examples/) must not fall below its floors.

The floors are the F1 measured when each was last raised, less a small margin
for noise. They only go up. The targets of the facts issue are higher (metric
0.90, partnership 0.75, role 0.85, quote 0.85); a floor is raised to its target
once the extractor reaches it. The same figures come from the referee:
``scripts/score_corpus.sh dev``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crossreach.evaluate import evaluate, load_gold
from crossreach.store import open_knowledge_base

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

#: Least F1 per fact type and overall on examples/ (measured: entity 0.964, metric 0.917, partnership
#: 0.761, role 0.892, quote 0.979, overall 0.930 with `crossreach evaluate --gold examples/gold`).
#: Metric and partnership stand at their targets.
FLOORS = {
    "entity": 0.95,
    "metric": 0.90,
    "partnership": 0.75,
    "role": 0.87,
    "quote": 0.95,
    "overall": 0.91,
}


@pytest.fixture(scope="module")
def report(example_db: str):
    kb = open_knowledge_base(example_db)
    try:
        return evaluate(load_gold(EXAMPLES / "gold"), list(kb.document_records()))
    finally:
        kb.engine.dispose()


@pytest.mark.parametrize(("fact_type", "floor"), FLOORS.items())
def test_f1_stays_above_its_floor(report, fact_type: str, floor: float) -> None:
    score = report.overall if fact_type == "overall" else report.types[fact_type]
    assert score.f1 >= floor, f"{fact_type}: F1 {score.f1:.3f} fell below its floor {floor}"


def test_every_gold_document_was_read(report) -> None:
    assert report.missing_documents == [] and report.documents == len(list((EXAMPLES / "gold").glob("*.json")))


def test_every_evidence_is_verbatim_in_its_document(example_db: str) -> None:
    kb = open_knowledge_base(example_db)
    try:
        texts = {d.doc_id: d.text for d in kb.stored_documents()}
        records = list(kb.document_records())
    finally:
        kb.engine.dispose()
    for record in records:
        for fact in record["facts"]:
            start, end = fact["sentence_span"]
            assert texts[record["doc_id"]][start:end] == fact["evidence"]
