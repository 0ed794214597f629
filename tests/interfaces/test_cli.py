"""The command line: help, exit codes, one line per bad input, idempotent ingest, export, analyze."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
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


def test_ingest_leaves_the_knowledge_base_whole_in_its_file(runner: CliRunner, tmp_path: Path) -> None:
    """The command closes the knowledge base: no write-ahead log is left beside the file."""
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "kb.db"
    assert _invoke(runner, db, "ingest", str(tmp_path / "a.txt"), "--json").exit_code == 0
    assert db.is_file() and not Path(f"{db}-wal").exists()


def test_ingest_collects_garbage_again_when_it_ends(runner: CliRunner, tmp_path: Path) -> None:
    """``ingest`` pauses the collector while it loads; it ends with the collector on, stored or not."""
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    for inputs in ([str(tmp_path / "a.txt")], [str(tmp_path / "missing.txt")]):
        gc.enable()
        result = _invoke(runner, tmp_path / "kb.db", "ingest", *inputs, "--json")
        assert result.exit_code == (0 if inputs[0].endswith("a.txt") else 1)
        assert gc.isenabled()


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


#: ``main`` run as the console script runs it, with an exit handler that reports whether collections were paused.
_MAIN = ("import atexit, gc, sys\n"
         "atexit.register(lambda: print('exit handler ran, collections ' + ('on' if gc.isenabled() else 'paused')))\n"
         "from crossreach.interfaces.cli import main\n"
         "main()")


def test_analyze_run_as_a_command_ends_without_teardown_but_with_its_output(tmp_path: Path) -> None:
    """``analyze`` (a ONE_TEXT_COMMAND) runs without collections and ends at once: its exit handlers run and its
    whole record reaches a pipe, flushed."""
    env = {**os.environ, "CROSSREACH_SPACY": "off", "CROSSREACH_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", _MAIN, "analyze", "--lang", "en",
                           "Nike said its official Weibo account passed 2 million followers in March 2024."],
                          capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr
    *record, handler = done.stdout.rstrip("\n").split("\n")
    assert handler == "exit handler ran, collections paused"
    assert json.loads("\n".join(record))["facts"]
    failed = subprocess.run([sys.executable, "-c", _MAIN, "analyze", "--lang", "xx", "text"], capture_output=True,
                            text=True, env=env, check=False)
    assert failed.returncode == 2 and "choose one of" in failed.stderr  # a usage error exits as before
    assert failed.stdout == "exit handler ran, collections paused\n"


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


@pytest.mark.parametrize(("args", "message"), [
    (["metrics", "--top", "-1"], "--top"),
    (["metrics", "--top", "0"], "--top"),
    (["entities", "--type", "galaxy"], "'galaxy' is not one of"),
    (["entities", "--category", "aliens"], "'aliens' is not one of"),
    (["metrics", "--since", "2021-13-45"], "is not a date like 2020"),
    (["ingest", "--max-size", "-5", "a.txt"], "'--max-size': -5 is not in the range x>=1"),
    (["ingest", "--workers", "0", "a.txt"], "--workers"),
    (["analyze", "--published", "2021-13-45", "text"], "is not a date like 2020"),
    (["search", "x", "--limit", "0"], "--limit"),
    (["facts", "reject", "0"], "0 is not in the range x>=1"),
])
def test_bad_arguments_exit_two_with_a_clear_message(runner: CliRunner, fixed_copy: str, args: list[str],
                                                      message: str) -> None:
    result = runner.invoke(app, ["--db", fixed_copy, *args])
    assert result.exit_code == 2, result.output
    assert message in " ".join(result.stderr.split()) and "Traceback" not in result.stderr


@pytest.mark.parametrize("args", [["show", "Tencent"], ["metrics"], ["stats"], ["export"], ["reextract"],
                                  ["facts", "review"], ["entities", "merge", "A", "B"]])
def test_a_knowledge_base_that_does_not_exist_is_named_not_created(runner: CliRunner, tmp_path: Path,
                                                                   args: list[str]) -> None:
    missing = tmp_path / "typo.db"
    result = _invoke(runner, missing, *args)
    assert result.exit_code == 2
    assert f"no knowledge base at {missing}" in " ".join(result.stderr.split())
    assert not missing.exists()


def test_analyze_reads_standard_input(runner: CliRunner) -> None:
    result = runner.invoke(app, ["analyze", "-", "--lang", "en"],
                           input="Burberry said its WeChat account had 2.6 million followers in July 2020.\n")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["source"] == "<stdin>" and any(f.get("value") == 2_600_000 for f in record["facts"])


def test_analyze_reads_an_html_file_as_ingest_does(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Burberry on WeChat</title></head><body><article><h1>Burberry on WeChat</h1>"
                    "<p>Burberry said its <b>WeChat</b> account had 2.6 million followers in July 2020, a figure "
                    "that the company shared with investors in London on Monday.</p></article></body></html>",
                    encoding="utf-8")
    result = runner.invoke(app, ["analyze", "--file", str(page), "--lang", "en"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["facts"] and all("<" not in f["evidence"] for f in record["facts"])


def test_progress_is_off_without_a_terminal_and_with_quiet() -> None:
    from rich.progress import MofNCompleteColumn, TimeRemainingColumn

    from crossreach.interfaces.console import show_progress
    from crossreach.interfaces.progress import RateColumn, batch_progress

    columns = {type(c) for c in batch_progress(disabled=True).columns}
    assert {MofNCompleteColumn, TimeRemainingColumn, RateColumn} <= columns   # a total, a rate, an ETA
    assert not show_progress(quiet=True)
    assert not show_progress(quiet=False)   # stderr is no terminal under pytest


@pytest.mark.parametrize(("command", "verb"), [("ingest", "ingesting"), ("reextract", "re-extracting"),
                                               ("load", "loading"), ("evaluate", "ingesting texts to score")])
def test_each_batch_command_shows_progress_under_its_own_verb(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                              command: str, verb: str) -> None:
    from crossreach.interfaces import cli

    seen: list[tuple[str, int | None]] = []
    original = cli._run_batch

    def spy(description: str, total, quiet: bool, as_json: bool, work):
        seen.append((description, total() if callable(total) else total))  # a count, or a function that counts
        return original(description, total, quiet, as_json, work)

    monkeypatch.setattr(cli, "_run_batch", spy)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "kb.db"
    runner = CliRunner()
    assert _invoke(runner, db, "ingest", str(tmp_path / "a.txt"), "--quiet").exit_code == 0
    if command == "load":
        assert _invoke(runner, db, "extract", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"),
                       "--quiet", "--workers", "1").exit_code == 0
        assert _invoke(runner, db, "load", str(tmp_path / "out"), "--quiet").exit_code == 0
    elif command == "reextract":
        assert _invoke(runner, db, "reextract", "--all", "--quiet").exit_code == 0
    elif command == "evaluate":
        (tmp_path / "gold").mkdir()
        (tmp_path / "gold" / "a.json").write_text('{"doc": "a", "entities": []}', encoding="utf-8")
        result = _invoke(runner, tmp_path / "scored.db", "evaluate", "--gold", str(tmp_path / "gold"),
                         "--texts", str(tmp_path / "a.txt"), "--quiet")
        assert result.exit_code == 0, result.output
    assert (verb, 1) in seen


def test_a_batch_without_progress_neither_counts_its_inputs_nor_builds_a_bar(monkeypatch: pytest.MonkeyPatch,
                                                                             tmp_path: Path) -> None:
    from crossreach.ingest import readers
    from crossreach.interfaces import cli

    def no_count(inputs):
        raise AssertionError("counted without a progress bar")

    monkeypatch.setattr(readers, "count_articles", no_count)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = _invoke(CliRunner(), tmp_path / "kb.db", "ingest", str(tmp_path / "a.txt"), "--quiet")
    assert result.exit_code == 0, result.output
    assert cli._run_batch("ingesting", no_count, True, False, lambda on_item: on_item) is None


def test_more_workers_than_cores_are_capped_with_a_note(runner: CliRunner, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from crossreach import cores

    monkeypatch.setattr(cores, "available_cores", lambda: 2)
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


@pytest.mark.parametrize(("args", "keep_warm"), [([], 600.0), (["--ray-keep-warm", "0"], 0.0),
                                                 (["--ray-keep-warm", "30"], 30.0)])
def test_extract_passes_how_long_the_extractors_stay_warm(runner: CliRunner, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch, args: list[str],
                                                          keep_warm: float) -> None:
    from crossreach import distributed
    from crossreach.fact_tables import ExtractSummary

    given: dict[str, object] = {}

    def extract_to_parquet(inputs: list[str], out_dir: Path, **options: object) -> ExtractSummary:
        given.update(options)
        return ExtractSummary()

    monkeypatch.setattr(distributed, "extract_to_parquet", extract_to_parquet)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", "--engine", "ray", "--ray-address", "192.0.2.1:6379", *args,
                                 str(tmp_path / "a.txt"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    assert given["keep_warm"] == keep_warm and given["ray_address"] == "192.0.2.1:6379"
    assert distributed.KEEP_WARM_SECONDS == 600.0  # the option's default says the same


def test_an_entity_exported_as_the_page_writes_it_is_found_by_its_canonical_name(runner: CliRunner,
                                                                                  tmp_path: Path) -> None:
    # A traditional-Chinese page writes IWC Schaffhausen as 萬國錶: the record says 萬國錶 (the
    # canonical name among its aliases), the knowledge base answers to either name.
    (tmp_path / "iwc.txt").write_text(
        "萬國錶在微信開設線上精品店\n\n2021年3月1日\n\n萬國錶今日宣布在微信開設線上精品店。"
        "萬國錶表示，微信是其在中國最重要的數字渠道。\n", encoding="utf-8")
    db = tmp_path / "kb.db"
    _invoke(runner, db, "ingest", str(tmp_path / "iwc.txt"), "--quiet")
    out = tmp_path / "out.jsonl"
    assert _invoke(runner, db, "export", "--format", "jsonl", "--out", str(out)).exit_code == 0
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    entities = {e["name"]: e for e in record["entities"]}
    assert "IWC Schaffhausen" in entities["萬國錶"]["aliases"] and "IWC Schaffhausen" not in entities
    assert ["萬國錶", "微信"] in [f["parties"] for f in record["facts"] if f["type"] == "partnership"]
    for name in ("IWC Schaffhausen", "萬國錶", "IWC"):
        shown = _invoke(runner, db, "show", name, "--json")
        assert shown.exit_code == 0, shown.output
        assert json.loads(shown.stdout)["entity"]["name"] == "IWC Schaffhausen"
        assert "WeChat" in {p["partner"] for p in json.loads(shown.stdout)["partnerships"]}


@pytest.mark.parametrize(("args", "noted"), [
    ([], True),  # no cluster to join: the forked extractors, and the user is told
    (["--ray-address", "local"], False),  # a local cluster asked for
    (["--ray-address", "192.0.2.1:6379"], False),
    (["--quiet"], False),
])
def test_the_ray_engine_says_when_it_starts_no_cluster(runner: CliRunner, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch, args: list[str],
                                                       noted: bool) -> None:
    from crossreach import distributed, forked_extractors
    from crossreach.fact_tables import ExtractSummary
    from processes import ray_or_skip

    ray_or_skip()
    monkeypatch.delenv("CROSSREACH_RAY_LOCAL_CLUSTER", raising=False)
    monkeypatch.setattr(forked_extractors, "can_fork", lambda: True)  # whatever threads earlier tests left
    monkeypatch.setattr(distributed, "extract_to_parquet", lambda inputs, out_dir, **options: ExtractSummary())
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", "--engine", "ray", *args, str(tmp_path / "a.txt"),
                                 "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    assert ("note: --engine ray without --ray-address" in result.output) is noted


@pytest.mark.parametrize(("options", "counted"), [
    (("--quiet",), False),            # shows nothing: the knowledge base is not counted
    (("--quiet", "--json"), True),    # the JSON carries the counts
    ((), True),                       # the summary table shows them
])
def test_the_summary_counts_the_knowledge_base_only_to_show_it(
        runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, options: tuple[str, ...],
        counted: bool) -> None:
    from crossreach.store.repository import KnowledgeBase

    calls: list[int] = []
    original = KnowledgeBase.counts
    monkeypatch.setattr(KnowledgeBase, "counts", lambda kb: calls.append(1) or original(kb))
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = _invoke(runner, tmp_path / "kb.db", "ingest", str(tmp_path / "a.txt"), "--workers", "1", *options)
    assert result.exit_code == 0
    assert bool(calls) is counted
