"""``crossreach report``: files written, and one clear line for what cannot be briefed."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from crossreach.interfaces.cli import app


def test_help_has_an_example(runner: CliRunner) -> None:
    result = runner.invoke(app, ["report", "--help"])
    assert result.exit_code == 0 and "Example: crossreach report" in result.output


@pytest.mark.parametrize(("arguments", "stem"), [
    (["Kuaishou"], "report-kuaishou"),
    (["--compare", "--kind", "viewers", "--category", "museum"], "report-comparison-viewers"),
    (["--since", "2022-01-01"], "report-new-since-2022-01-01"),
])
def test_a_report_is_an_html_file_and_a_pdf_beside_it(runner: CliRunner, example_db: str, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch, arguments: list[str],
                                                       stem: str) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["--db", example_db.removeprefix("sqlite:///"), "report", *arguments])
    assert result.exit_code == 0, result.output
    assert (tmp_path / f"{stem}.html").read_text(encoding="utf-8").startswith("<!doctype html>")
    assert (tmp_path / f"{stem}.pdf").read_bytes().startswith(b"%PDF")


def test_no_pdf_and_a_chosen_name(runner: CliRunner, example_db: str, tmp_path: Path) -> None:
    out = tmp_path / "briefs" / "louvre.html"
    result = runner.invoke(app, ["--db", example_db.removeprefix("sqlite:///"), "report", "Louvre", "--no-pdf",
                                 "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.is_file() and not out.with_suffix(".pdf").exists()


@pytest.mark.parametrize(("arguments", "message"), [
    (["No Such Museum", "--no-pdf"], "no entity named 'No Such Museum'"),
    (["--compare"], "--compare needs --kind"),
    ([], "name an entity"),
    (["--since", "2022-13-01"], "YYYY-MM-DD"),
    (["--compare", "--kind", "heartbeats", "--no-pdf"], "kind"),
])
def test_what_cannot_be_briefed_is_one_line_and_exit_two(runner: CliRunner, example_db: str, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch, arguments: list[str],
                                                         message: str) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["--db", example_db.removeprefix("sqlite:///"), "report", *arguments])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output
