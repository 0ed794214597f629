"""The query commands over the fixed records of ``tests/fixed_records.py``: real answers, --json and
--csv for scripts, one error line."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from crossreach.interfaces.cli import app
from crossreach.interfaces.cli_query import sparkline

Ask = Callable[..., Result]
COMMANDS = ("entities", "show", "metrics", "timeline", "partners", "people", "search", "sources")


@pytest.fixture(scope="module")
def ask(fixed_kb_url: str) -> Ask:
    """Run ``crossreach --db <the example corpus> ARGS...``."""
    def run(*args: str) -> Result:
        return CliRunner().invoke(app, ["--db", fixed_kb_url, *args])
    return run


def _json(result: Result):
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _csv(result: Result) -> list[dict[str, str]]:
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


def _louvre_fact(ask: Ask) -> int:
    """The id of the Louvre's livestream viewers on Douyin."""
    page = _json(ask("metrics", "--kind", "viewers", "--subject", "Louvre", "--platform", "Douyin", "--json"))
    [fact] = page["items"]
    return int(fact["id"])


def test_viewers_top_five(ask: Ask) -> None:
    page = _json(ask("metrics", "--kind", "viewers", "--top", "5", "--json"))
    values = [item["value"] for item in page["items"]]
    assert len(values) == 5 and values == sorted(values, reverse=True) and page["total"] >= 5
    assert all(item["kind"] == "viewers" and item["sources"] >= 1 and item["evidence"] for item in page["items"])


def test_viewers_top_five_as_a_table(ask: Ask) -> None:
    result = ask("metrics", "--kind", "viewers", "--category", "museum", "--top", "3")
    assert result.exit_code == 0
    assert "viewers: 3 of" in result.stdout and "Louvre" in result.stdout and "> 12 M" in result.stdout


def test_kuaishou_timeline(ask: Ask) -> None:
    series = _json(ask("timeline", "Kuaishou", "--kind", "dau", "--json"))
    dates = [point["date"] for point in series["points"]]
    assert dates == sorted(dates)
    assert ("2021-09", 320_000_000) in [(p["date"], p["value"]) for p in series["points"]]
    shown = ask("timeline", "Kuaishou", "--kind", "dau").stdout
    assert "2021-09" in shown and any(bar in shown for bar in "▁▂▃▄▅▆▇█")


@pytest.mark.parametrize(("values", "bars"), [
    ([], ""),
    ([5.0], "▅"),
    ([1.0, 8.0], "▁█"),
    ([272.0, 295.0, 293.0, 320.0], "▁▄▄█"),
])
def test_sparkline(values: list[float], bars: str) -> None:
    assert sparkline(values) == bars


def test_show_tencent(ask: Ask) -> None:
    profile = _json(ask("show", "Tencent", "--json"))
    assert "腾讯" in profile["entity"]["aliases"]
    assert {"NBA", "Chanel"} <= {p["partner"] for p in profile["partnerships"]}
    shown = ask("show", "騰訊").stdout
    for text in ("Tencent", "腾讯", "partnerships", "NBA", "Zhao Ming", "WeChat"):
        assert text in shown


def test_sources_show_the_sentence_with_the_figure(ask: Ask) -> None:
    fact = _louvre_fact(ask)
    found = _json(ask("sources", str(fact), "--json"))
    assert all("1200万" in s["sentence"][s["highlight"][0]:s["highlight"][1]] for s in found["sources"])
    shown = ask("sources", str(fact)).stdout
    assert "直播观看人数超过1200万" in shown and "louvre-douyin" in shown


def test_search_finds_a_known_word(ask: Ask) -> None:
    page = _json(ask("search", "Livestream", "--json"))
    assert page["total"] > 0
    assert any("[livestream]" in hit["snippet"].casefold() for hit in page["items"])
    assert "Livestream" in ask("search", "Livestream", "--limit", "3").stdout


@pytest.mark.parametrize(("args", "column", "expected"), [
    (["entities", "--type", "platform"], "name", "WeChat"),
    (["show", "Tencent"], "name", "腾讯"),
    (["metrics", "--kind", "viewers", "--top", "5"], "kind", "viewers"),
    (["timeline", "Kuaishou", "--kind", "dau"], "date", "2021-09"),
    (["partners", "Tmall"], "name", "Estée Lauder"),
    (["people", "Tencent"], "person", "Zhao Ming"),
    (["search", "spectateurs"], "kind", "fact"),
])
def test_csv_parses_and_holds_the_answer(ask: Ask, args: list[str], column: str, expected: str) -> None:
    rows = _csv(ask(*args, "--csv"))
    assert expected in {row[column] for row in rows}


def test_sources_as_csv(ask: Ask) -> None:
    rows = _csv(ask("sources", str(_louvre_fact(ask)), "--csv"))
    assert rows and all(row["section"] == "source" and "1200万" in row["sentence"] for row in rows)
    for row in rows:
        assert "1200万" in row["sentence"][int(row["highlight_start"]):int(row["highlight_end"])]


def test_metrics_csv_keeps_the_leaderboard_order(ask: Ask) -> None:
    rows = _csv(ask("metrics", "--kind", "viewers", "--top", "5", "--csv"))
    values = [float(row["value"]) for row in rows]
    assert len(values) == 5 and values == sorted(values, reverse=True)


@pytest.mark.parametrize(("args", "message"), [
    (["show", "Tencnt"], "no entity named 'Tencnt'; did you mean Tencent"),
    (["timeline", "Nobody Atall", "--kind", "dau"], "no entity named 'Nobody Atall'"),
    (["people", "[red]x"], "no entity named '[red]x'"),
    (["sources", "999999999"], "no fact with id 999999999"),
    (["metrics", "--kind", "viewer"], "unknown metric kind 'viewer'"),
    (["metrics", "--since", "last year"], "is not a date like 2020"),
    (["partners", "Tencent", "--status", "over"], "unknown partnership status 'over'"),
    (["partners", "Tencent", "--kind", "friendship"], "unknown partnership kind 'friendship'"),
])
def test_unknown_names_are_one_error_line(ask: Ask, args: list[str], message: str) -> None:
    result = ask(*args)
    assert result.exit_code == 2 and result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("error: ") and message in line
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_partners_with_ended_deals(tmp_path: Path) -> None:
    """``partners Tencent --status ended`` lists the deals that ended, not those still running."""
    article = tmp_path / "deals.txt"
    article.write_text("Adidas ends its sponsorship deal with Tencent\n\n"
                       "Adidas ended its sponsorship agreement with Tencent in March 2023. "
                       "Tencent signed a new partnership with Chanel in May 2023.\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'kb.db'}"
    runner = CliRunner()
    assert runner.invoke(app, ["--db", db, "ingest", str(article), "--quiet"]).exit_code == 0
    ended = _json(runner.invoke(app, ["--db", db, "partners", "Tencent", "--status", "ended", "--json"]))
    assert [p["partner"] for p in ended] == ["Adidas"]
    assert ended[0]["facts"][0]["record"]["kind"] == "sponsorship"
    every = _json(runner.invoke(app, ["--db", db, "partners", "Tencent", "--json"]))
    assert {p["partner"] for p in every} == {"Adidas", "Chanel"}
    shown = runner.invoke(app, ["--db", db, "partners", "Tencent", "--status", "ended"]).stdout
    assert "Adidas" in shown and "Chanel" not in shown


def test_json_and_csv_together_is_a_usage_error(ask: Ask) -> None:
    assert ask("entities", "--json", "--csv").exit_code == 2


@pytest.mark.parametrize("command", COMMANDS)
def test_every_query_command_has_help_with_an_example(command: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Example: crossreach" in result.output


def test_article_text_is_never_markup(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Burberry grows on WeChat\n\nPublished 1 August 2020\n\n"
        "Burberry [bold]said[/bold] its WeChat account had 2.6 million followers [/link]in July.\n", encoding="utf-8")
    runner, db = CliRunner(), str(tmp_path / "kb.db")
    assert runner.invoke(app, ["--db", db, "ingest", str(tmp_path / "a.txt"), "--quiet"]).exit_code == 0
    [fact] = json.loads(runner.invoke(app, ["--db", db, "metrics", "--json"]).stdout)["items"]
    for args in (["sources", str(fact["id"])], ["show", "Burberry"], ["timeline", "Burberry", "--kind", "followers"]):
        result = runner.invoke(app, ["--db", db, *args])
        assert result.exit_code == 0 and "[bold]said" in result.stdout   # tables may wrap the rest


def test_gains_and_uncertain_figures_only_when_asked(ask: Ask) -> None:
    default = _json(ask("metrics", "--kind", "viewers", "--subject", "Louvre", "--json"))["items"]
    everything = _json(ask("metrics", "--kind", "viewers", "--subject", "Louvre", "--include-uncertain",
                           "--json"))["items"]
    assert {row["value"] for row in default} == {12_000_000, 8_700_000}
    assert {row["value"] for row in everything} == {12_000_000, 8_700_000, 176_000, 40_000_000}
    assert all(row["uncertain"] for row in everything if row["value"] in (176_000, 40_000_000))


def test_show_lists_every_figure_owned_and_measured_on(ask: Ask) -> None:
    profile = _json(ask("show", "Douyin", "--json"))
    measured = [row for rows in profile["platform_metrics"].values() for row in rows]
    assert {(row["subject"], row["value"]) for row in measured} >= {("Louvre", 12_000_000),
                                                                   ("British Museum", 1_500_000)}
    rows = _csv(ask("show", "Douyin", "--csv"))
    assert len([r for r in rows if r["section"] in ("metric", "measured on")]) == \
        sum(len(v) for v in (*profile["metrics"].values(), *profile["platform_metrics"].values()))


def test_at_80_columns_wide_tables_fold_into_records(fixed_db: str) -> None:
    result = CliRunner().invoke(app, ["--db", fixed_db, "show", "Tencent"], env={"COLUMNS": "80"}, terminal_width=80)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert max(len(line.rstrip()) for line in lines) <= 80
    words_alone = [line for line in lines if len(line.strip("│ ").split()) == 1 and line.startswith("│")]
    assert not words_alone, words_alone[:5]      # no cell wrapped to a word per line
    assert any(line.startswith("evidence ") for line in lines)   # a folded record
    wide = CliRunner().invoke(app, ["--db", fixed_db, "show", "Tencent"], env={"COLUMNS": "200"})
    assert not any(line.startswith("evidence ") for line in wide.stdout.splitlines())
