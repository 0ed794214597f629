"""``crossreach watch``: usage errors are one line and exit 2 (the polling itself: tests/watch)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from crossreach.interfaces.cli import app


def test_help_has_an_example(runner: CliRunner) -> None:
    result = runner.invoke(app, ["watch", "--help"])
    assert result.exit_code == 0 and "Example: crossreach watch" in result.output


@pytest.mark.parametrize(("arguments", "config", "message"), [
    (["--once"], None, "nothing to watch"),
    (["--once", "/no/such/folder"], None, "nor an existing folder"),
    (["--once", "--every", "often", "{tmp}"], None, "cannot read the interval"),
    (["--once", "--alert", "Kuaishou", "{tmp}"], None, "--alert needs --digest"),
    (["--once"], '[[watch]]\nevery = "1h"\n', "give a 'url' or a 'path'"),
    (["--once"], "watch = [", "cannot read the config file"),
])
def test_usage_errors_are_one_line(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   arguments: list[str], config: str | None, message: str) -> None:
    monkeypatch.chdir(tmp_path)
    options = []
    if config is not None:
        (tmp_path / "watch.toml").write_text(config, encoding="utf-8")
        options = ["--config", str(tmp_path / "watch.toml")]
    result = runner.invoke(app, ["--db", str(tmp_path / "kb.db"), "watch", *options,
                                 *(a.replace("{tmp}", str(tmp_path)) for a in arguments)])
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert "Traceback" not in result.output


def test_a_config_file_names_the_sources(runner: CliRunner, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text("Il video ha superato i 2 milioni di visualizzazioni su Weibo, secondo Prada.\n",
                                 encoding="utf-8")
    (tmp_path / "watch.toml").write_text(f'[[watch]]\npath = "{inbox}"\nevery = "1h"\n', encoding="utf-8")
    command = ["--db", str(tmp_path / "kb.db"), "watch", "--once", "--config", str(tmp_path / "watch.toml")]
    first = runner.invoke(app, command)
    assert first.exit_code == 0, first.output
    assert f"{inbox}: new: 1 new item; 1 ingested" in first.output
    again = runner.invoke(app, command)
    assert f"{inbox}: waiting" in again.output
