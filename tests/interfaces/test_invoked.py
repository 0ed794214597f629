"""Only the invoked command is built: which arguments name a command for certain, and that the
global options that take a value are the ones ``keep_invoked`` is told of."""

from __future__ import annotations

import copy

import pytest
import typer.main
from typer.testing import CliRunner

from crossreach.interfaces import cli
from crossreach.interfaces.invoked import asks_app_help, invoked_name, keep_invoked, list_commands_only

VALUES = frozenset({"--db", "--lexicon"})


@pytest.mark.parametrize(("arguments", "expected"), [
    (["ingest", "a.txt"], "ingest"),
    (["--db", "x.db", "ingest", "a.txt"], "ingest"),
    (["--db=x.db", "--lexicon", "l.yaml", "stats"], "stats"),
    (["--lexicon", "a.yaml", "--lexicon=b.yaml", "entities", "merge"], "entities"),
    (["--help", "ingest"], None),
    (["--version"], None),
    (["--unknown", "ingest"], None),
    (["--db"], None),
    ([], None),
])
def test_the_invoked_name_is_read_only_when_sure(arguments: list[str], expected: str | None) -> None:
    assert invoked_name(arguments, VALUES) == expected


def _pruned(arguments: list[str]) -> typer.Typer:
    app = copy.copy(cli.app)  # with lists of its own (``DeferringTyper.__copy__``)
    keep_invoked(app, arguments, cli.GLOBAL_OPTIONS_WITH_VALUES)
    return app


@pytest.mark.parametrize(("arguments", "kept"), [
    (["--db", "x.db", "ingest", "a.txt"], ["ingest"]),
    (["entities", "merge", "A", "B"], ["entities"]),
    (["facts", "review"], ["facts"]),
])
def test_the_app_keeps_only_the_invoked_command(arguments: list[str], kept: list[str]) -> None:
    app = _pruned(arguments)
    assert [info.name for info in [*app.registered_commands, *app.registered_groups]] == kept


@pytest.mark.parametrize("arguments", [["--help"], ["nosuch"], ["--version"], []])
def test_the_app_stays_whole_when_no_command_is_sure(arguments: list[str]) -> None:
    app = _pruned(arguments)
    assert len(app.registered_commands) == len(cli.app.registered_commands) > 5
    assert len(app.registered_groups) == len(cli.app.registered_groups)


def test_the_global_options_with_values_are_the_callbacks() -> None:
    group = typer.main.get_command(cli.app)
    with_values = {name for param in group.params if not getattr(param, "is_flag", False)
                   for name in param.opts if name.startswith("--")}
    assert with_values == cli.GLOBAL_OPTIONS_WITH_VALUES


@pytest.mark.parametrize(("arguments", "expected"), [
    ([], True),
    (["--help"], True),
    (["--db", "x.db", "--help"], True),
    (["--db=x.db", "--help", "ingest"], True),
    (["ingest", "--help"], False),
    (["--version", "--help"], False),
    (["--db"], False),
    (["entities"], False),
])
def test_the_app_help_is_asked_for_before_any_command(arguments: list[str], expected: bool) -> None:
    assert asks_app_help(arguments, VALUES) is expected


def _help_page(app: typer.Typer) -> str:
    result = CliRunner().invoke(app, ["--help"], terminal_width=120)
    assert result.exit_code == 0, result.output
    return result.output


def test_the_app_help_lists_the_same_commands_without_their_parameters() -> None:
    app = copy.copy(cli.app)
    list_commands_only(app, ["--help"], cli.GLOBAL_OPTIONS_WITH_VALUES)
    listed = typer.main.get_command(app)
    assert all(not command.params for command in listed.commands.values())
    assert sorted(listed.commands) == sorted(typer.main.get_command(cli.app).commands)
    assert _help_page(app) == _help_page(cli.app)


def test_a_command_help_keeps_its_parameters() -> None:
    app = copy.copy(cli.app)
    list_commands_only(app, ["ingest", "--help"], cli.GLOBAL_OPTIONS_WITH_VALUES)
    def listing(typer_app: typer.Typer) -> list[tuple[str | None, object]]:
        return [(info.name, info.callback) for info in typer_app.registered_commands]

    assert listing(app) == listing(cli.app)
