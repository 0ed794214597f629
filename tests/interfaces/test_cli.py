"""The command line: help, exit codes, one line per bad input, idempotent ingest, export, analyze."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crossreach.interfaces.cli import app

ARTICLE = "Burberry opens a store with Tencent\n\nPublished 1 August 2020\n\nBurberry opened a store in Shenzhen.\n"


def _invoke(runner: CliRunner, db: Path, *args: str):
    return runner.invoke(app, ["--db", str(db), *args])


def test_help_lists_every_command(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("ingest", "reextract", "export", "analyze", "evaluate", "stats"):
        assert command in result.output


@pytest.mark.parametrize("command", ["ingest", "reextract", "export", "analyze", "evaluate", "stats"])
def test_every_command_has_help_with_an_example(runner: CliRunner, command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example: crossreach" in result.output


def test_ingest_twice_changes_no_counts(runner: CliRunner, tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "kb.db"
    first = _invoke(runner, db, "ingest", str(articles / "a.txt"), "--json")
    second = _invoke(runner, db, "ingest", str(articles), "--json")
    assert first.exit_code == 0 and second.exit_code == 0
    one, two = json.loads(first.stdout), json.loads(second.stdout)
    assert one["added"] == 1 and two["added"] == 0 and two["duplicates"] == 1
    assert one["knowledge_base"]["documents"] == two["knowledge_base"]["documents"] == 1


def test_bad_inputs_exit_one_with_one_line_each_and_the_rest_is_ingested(runner: CliRunner, tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (articles / "empty.txt").write_bytes(b"")
    (articles / "bad.jsonl").write_text('{"text": "Weibo has 500 million users."}\n{oops\n', encoding="utf-8")
    result = _invoke(runner, tmp_path / "kb.db", "ingest", str(articles), str(tmp_path / "missing.txt"), "--json")
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if "skipped" in line]
    assert len(lines) == 3
    assert any("bad.jsonl:2: skipped: not valid JSON" in line for line in lines)
    assert "Traceback" not in result.output
    assert json.loads(result.stdout)["knowledge_base"]["documents"] == 2


def test_export_jsonl_gives_one_record_per_document(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "kb.db"
    _invoke(runner, db, "ingest", str(tmp_path / "a.txt"), "--quiet")
    out = tmp_path / "out.jsonl"
    result = _invoke(runner, db, "export", "--format", "jsonl", "--out", str(out))
    assert result.exit_code == 0
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["lang"] == "en" and record["published"] == "2020-08-01"
    assert record["title"] == "Burberry opens a store with Tencent"


def test_unknown_export_format_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    assert _invoke(runner, tmp_path / "kb.db", "export", "--format", "xml").exit_code == 2


def test_analyze_prints_a_record_without_storing(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    result = _invoke(runner, db, "analyze", "--lang", "it", "--published", "2019-11-19",
                     "Il video ha superato i due milioni di visualizzazioni su Weibo.")
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["lang"] == "it" and record["published"] == "2019-11-19"
    assert {"quantities", "dates", "mentions"} <= set(record["recognised"])
    assert not db.exists()


def test_analyze_needs_text_or_file(runner: CliRunner, tmp_path: Path) -> None:
    assert _invoke(runner, tmp_path / "kb.db", "analyze").exit_code == 2


def test_evaluate_with_missing_gold_folder_is_one_line(runner: CliRunner, tmp_path: Path) -> None:
    result = _invoke(runner, tmp_path / "kb.db", "evaluate", "--gold", str(tmp_path / "nope"))
    assert result.exit_code == 2
    assert "not a folder of gold files" in result.stderr


def test_reextract_rebuilds_stored_documents(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "kb.db"
    _invoke(runner, db, "ingest", str(tmp_path / "a.txt"), "--quiet")
    result = _invoke(runner, db, "reextract", "--all", "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["reextracted"] == 1


def test_more_workers_than_cores_are_capped_with_a_note(runner: CliRunner, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from crossreach import batch

    monkeypatch.setattr(batch, "available_cores", lambda: 2)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = _invoke(runner, tmp_path / "kb.db", "ingest", str(tmp_path / "a.txt"), "--workers", "64", "--quiet")
    assert result.exit_code == 0, result.output
    assert "note: --workers 64: using 2 (2 cores here)" in result.output


def test_the_ray_engine_without_ray_is_one_line_and_exit_2(runner: CliRunner, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "ray", None)  # as if Ray were not installed
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", "--engine", "ray", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "error: the ray engine needs Ray: pip install 'crossreach[ray]' (or use --engine local)"]
