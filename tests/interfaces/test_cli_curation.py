"""``crossreach entities merge|split``: corrections made from the command line, kept after re-extraction."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crossreach.interfaces.cli import app

ARTICLES = {
    "a.txt": "The study came from Harbour Lane Consulting, the fund said.",
    "b.txt": "The fund Orme Capital invested in the study, a report said.",
}


@pytest.fixture
def crossreach(tmp_path: Path):
    articles = tmp_path / "articles"
    articles.mkdir()
    for name, text in ARTICLES.items():
        (articles / name).write_text(text, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'kb.db'}"

    def run(*args: str):
        return CliRunner().invoke(app, ["--db", db, *args])

    assert run("ingest", "--quiet", "--workers", "1", str(articles)).exit_code == 0
    return run


def _names(crossreach, search: str) -> list[str]:
    result = crossreach("entities", "--search", search, "--json")
    assert result.exit_code == 0, result.output
    return [e["name"] for e in json.loads(result.stdout)["items"]]


def test_merge_then_split_from_the_command_line(crossreach) -> None:
    merged = crossreach("entities", "merge", "Harbour Lane Consulting", "Orme Capital", "--json")
    assert merged.exit_code == 0, merged.output
    assert json.loads(merged.stdout) | {"kept_id": 0, "other_id": 0} == {
        "action": "merge", "kept_id": 0, "kept_name": "Harbour Lane Consulting", "other_id": 0,
        "other_name": "Orme Capital", "aliases_moved": ["Orme Capital"], "documents_outdated": 1,
        "documents_reextracted": 1, "dry_run": False}
    assert _names(crossreach, "Orme") == ["Harbour Lane Consulting"]
    assert crossreach("reextract", "--all", "--quiet").exit_code == 0
    assert _names(crossreach, "Orme") == ["Harbour Lane Consulting"]

    split = crossreach("entities", "split", "Harbour Lane Consulting", "Orme Capital")
    assert split.exit_code == 0, split.output
    assert "split 'Orme Capital'" in split.stdout
    assert crossreach("reextract", "--all", "--quiet").exit_code == 0
    assert _names(crossreach, "Orme") == ["Orme Capital"]


@pytest.mark.parametrize(("args", "message"), [
    (("merge", "Harbour Lane Consulting", "Nowhere Ltd"), "no entity named 'Nowhere Ltd'"),
    (("merge", "Orme Capital", "Orme Capital"), "cannot be merged with itself"),
    (("split", "Orme Capital", "Orme Capital"), "is the name of entity"),
    (("split", "Orme Capital", "Harbour"), "has no alias 'Harbour'"),
])
def test_impossible_corrections_are_one_error_line(crossreach, args, message) -> None:
    result = crossreach("entities", *args)
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.stderr
