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


def test_merge_and_split_take_a_dry_run(crossreach) -> None:
    dry = crossreach("entities", "merge", "Harbour Lane Consulting", "Orme Capital", "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert "would have merged 'Orme Capital'" in dry.stdout and "nothing changed" in dry.stdout
    assert _names(crossreach, "Orme") == ["Orme Capital"]
    assert crossreach("entities", "merge", "Harbour Lane Consulting", "Orme Capital").exit_code == 0
    dry_split = crossreach("entities", "split", "Harbour Lane Consulting", "Orme Capital", "--dry-run", "--json")
    assert json.loads(dry_split.stdout)["dry_run"] is True
    assert _names(crossreach, "Orme") == ["Harbour Lane Consulting"]


def test_facts_reject_fix_confirm_and_review(runner, fixed_copy: str) -> None:
    from crossreach.interfaces.cli import app as cli_app

    def run(*args: str):
        return runner.invoke(cli_app, ["--db", fixed_copy, *args])

    queue = json.loads(run("facts", "review", "--json").stdout)["items"]
    assert [f["confidence"] for f in queue] == sorted(f["confidence"] for f in queue)
    lowest = queue[0]["id"]
    rejected = run("facts", "reject", str(lowest), "--reason", "a guess", "--by", "ana")
    assert rejected.exit_code == 0 and f"fact {lowest} rejected" in rejected.stdout and "ana" in rejected.stdout
    assert run("sources", str(lowest), "--json").exit_code == 0   # its sources still open
    assert lowest not in {f["id"] for f in json.loads(run("metrics", "--include-uncertain", "--json").stdout)["items"]}

    louvre = json.loads(run("metrics", "--subject", "Louvre", "--platform", "Weibo", "--kind", "viewers",
                            "--json").stdout)["items"][0]["id"]
    fixed = run("facts", "fix", str(louvre), "--kind", "followers", "--owner", "卢浮宫", "--json")
    assert fixed.exit_code == 0, fixed.output
    assert json.loads(fixed.stdout)["changes"] == {"kind": "followers", "subject": "Louvre"}
    assert louvre not in {f["id"] for f in json.loads(run("metrics", "--kind", "viewers", "--json").stdout)["items"]}
    assert run("facts", "confirm", str(louvre)).exit_code == 0
    queue = json.loads(run("facts", "review", "--limit", "500", "--json").stdout)["items"]
    assert louvre not in {f["id"] for f in queue}
    for args, message in ((["facts", "fix", str(louvre)], "needs at least one"),
                          (["facts", "fix", str(louvre), "--kind", "sharks"], "unknown metric kind"),
                          (["facts", "fix", str(louvre), "--owner", "Nobody Atall"], "no entity named"),
                          (["facts", "reject", "999999"], "no fact with id 999999")):
        result = run(*args)
        assert result.exit_code == 2 and message in result.stderr, (args, result.output)


def test_the_reextraction_after_a_correction_shows_progress_under_its_own_verb(
        crossreach, monkeypatch: pytest.MonkeyPatch) -> None:
    from crossreach.interfaces import progress

    seen: list[tuple[str, int | None, bool]] = []
    original = progress.run_batch

    def spy(label: str, total: int | None, disabled: bool, work):
        seen.append((label, total, disabled))
        return original(label, total, disabled, work)

    monkeypatch.setattr(progress, "run_batch", spy)
    for args in (("merge", "Harbour Lane Consulting", "Orme Capital", "--dry-run"),   # nothing to re-extract
                 ("merge", "Harbour Lane Consulting", "Orme Capital"),
                 ("split", "Harbour Lane Consulting", "Orme Capital"),
                 ("split", "Orme Capital", "Harbour"),                                 # refused
                 ):
        crossreach("entities", *args, "--quiet")
    # no bar: --quiet (and stderr is no terminal under pytest); a total, the documents to read again
    assert [(label, disabled) for label, _, disabled in seen] == [
        ("re-extracting after the merge", True), ("re-extracting after the split", True)]
    assert all(total and total >= 1 for _, total, _ in seen)


def test_a_rejected_fact_stays_rejected_after_reextract_all(runner, tmp_path: Path) -> None:
    from crossreach.interfaces.cli import app as cli_app

    article = tmp_path / "a.txt"
    article.write_text("Burberry on WeChat\n\nLONDON, 3 August 2020\n\n"
                       "Burberry said its WeChat account had 2.6 million followers in July 2020.\n", encoding="utf-8")
    db = str(tmp_path / "kb.db")

    def run(*args: str):
        result = runner.invoke(cli_app, ["--db", db, *args])
        assert result.exit_code == 0, result.output
        return result

    run("ingest", str(article), "--quiet", "--workers", "1")
    [fact] = json.loads(run("metrics", "--json").stdout)["items"]
    run("facts", "reject", str(fact["id"]), "--reason", "test")
    run("reextract", "--all", "--quiet")
    assert json.loads(run("metrics", "--include-uncertain", "--json").stdout)["items"] == []
    exported = [f for line in run("export").stdout.splitlines() for f in json.loads(line)["facts"]]
    assert all(f["type"] != "metric" for f in exported)
