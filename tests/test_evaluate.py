"""`crossreach evaluate` scores exactly as the referee does."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from crossreach.evaluate import evaluate, load_gold, norm, stem_of


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [("The Louvre", "louvre"), ("Musée d'Orsay", "musee d orsay"), ("V&A", "v&a"), ("騰訊", "騰訊")],
)
def test_names_normalise_like_the_spec(raw: str, normalised: str) -> None:
    assert norm(raw) == normalised


def test_stem_pairs_records_with_gold() -> None:
    assert stem_of("corpus/dev/texts/it_gucci_tencent.txt") == "it_gucci_tencent"


def test_gold_as_prediction_scores_one(shared_corpus: Path) -> None:
    gold = load_gold(shared_corpus / "dev" / "gold")
    records = []
    for stem, g in gold.items():
        facts = [{"type": t[:-1], **f} for t in ("metrics", "partnerships", "roles", "quotes") for f in g.get(t, [])]
        for f in facts:
            for key in ("subject", "kind", "platform"):
                if isinstance(f.get(key), list):
                    f[key] = f[key][0]
        entities = [{"name": e["name"], "type": e["type"][0]} for e in g["entities"]]
        records.append({"source": f"{stem}.txt", "entities": entities, "facts": facts})
    report = evaluate(gold, records)
    assert report.overall.f1 == 1.0


@pytest.mark.parametrize("corpus", ["dev", "seeds"])
def test_figures_equal_the_referee(shared_corpus: Path, tmp_path: Path, corpus: str) -> None:
    from crossreach.batch import ingest
    from crossreach.store import open_knowledge_base

    kb = open_knowledge_base(f"sqlite:///{tmp_path / 'kb.db'}")
    ingest([str(shared_corpus / corpus / "texts")], kb)
    records = list(kb.document_records())
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    referee_json = tmp_path / "referee.json"
    subprocess.run([sys.executable, str(shared_corpus.parent / "eval" / "score.py"),
                    "--gold", str(shared_corpus / corpus / "gold"), "--pred", str(pred),
                    "--json", str(referee_json)], check=True, capture_output=True)
    referee = json.loads(referee_json.read_text(encoding="utf-8"))
    ours = evaluate(load_gold(shared_corpus / corpus / "gold"), records).as_dict()
    assert ours["types"] == referee["types"]
    assert ours["overall"] == referee["overall"]
