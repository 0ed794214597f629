"""``crossreach lexicon``: list, check, add."""

from __future__ import annotations

import json
from pathlib import Path

from crossreach.interfaces.cli import app


def test_list_filters_by_category_and_search(runner) -> None:
    result = runner.invoke(app, ["lexicon", "list", "--category", "museum", "--search", "louvre", "--json"])
    assert result.exit_code == 0, result.output
    names = {entry["name"] for entry in json.loads(result.output)}
    assert "Louvre" in names
    assert all(entry["category"] == "museum" for entry in json.loads(result.output))


def test_add_then_check_then_use_a_user_file(runner, tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    added = runner.invoke(app, ["lexicon", "add", "Museo Nuovo", "--file", str(mine), "--category", "museum",
                                "--alias", "新博物馆"])
    assert added.exit_code == 0, added.output
    assert runner.invoke(app, ["lexicon", "check", str(mine)]).exit_code == 0
    listed = runner.invoke(app, ["--lexicon", str(mine), "lexicon", "list", "--search", "新博物馆", "--json"])
    assert [entry["name"] for entry in json.loads(listed.output)] == ["Museo Nuovo"]


def test_a_bad_entry_is_refused_with_the_file_and_reason(runner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("- {name: X, type: organization, parent: Nobody}\n- {name: Y, type: organization, aliases: [X]}\n",
                   encoding="utf-8")
    result = runner.invoke(app, ["lexicon", "check", str(bad)])
    assert result.exit_code == 1
    assert "unknown parent 'Nobody'" in result.output
    assert "'X' names both X and Y" in result.output
    refused = runner.invoke(app, ["lexicon", "add", "Z", "--file", str(bad), "--type", "person"])
    assert refused.exit_code == 1 and "type must be one of" in refused.output
