"""The commands registered by name: each summary is the first paragraph of the help of the command it names,
and the app's help page lists them as the commands themselves would be listed."""

from __future__ import annotations

import copy
import inspect

import pytest
import typer
import typer.main
from typer.testing import CliRunner

from crossreach.interfaces import cli
from crossreach.interfaces.deferred import Deferred, DeferringTyper
from crossreach.interfaces.deferred_commands import DEFERRED_COMMANDS


def _help(entry: Deferred) -> str:
    """The help the command's own page shows (a group's: its app's, else its callback's docstring)."""
    target = entry.load()
    if not entry.group:
        return inspect.getdoc(target) or ""
    assert isinstance(target, typer.Typer)
    if isinstance(target.info.help, str):
        return target.info.help
    assert target.registered_callback is not None and target.registered_callback.callback is not None
    return inspect.getdoc(target.registered_callback.callback) or ""


@pytest.mark.parametrize("entry", DEFERRED_COMMANDS, ids=[entry.name for entry in DEFERRED_COMMANDS])
def test_each_summary_is_the_first_paragraph_of_the_command_help(entry: Deferred) -> None:
    assert entry.summary == inspect.cleandoc(_help(entry)).split("\n\n")[0].strip()


@pytest.mark.parametrize("entry", DEFERRED_COMMANDS, ids=[entry.name for entry in DEFERRED_COMMANDS])
def test_each_target_is_a_command_or_a_group(entry: Deferred) -> None:
    assert isinstance(entry.load(), typer.Typer) is entry.group


def test_every_name_is_one_command() -> None:
    names = [entry.name for entry in DEFERRED_COMMANDS]
    group = typer.main.get_command(cli.app)
    assert len(set(names)) == len(names)
    assert set(names) <= set(group.commands)  # type: ignore[attr-defined]


def _fresh() -> DeferringTyper:
    """A copy of the app as its import leaves it, whether or not another test has read its commands."""
    names = {entry.name for entry in DEFERRED_COMMANDS}
    app = copy.copy(cli.app)
    app.registered_commands = [info for info in app.registered_commands if info.name not in names]
    app.registered_groups = [info for info in app.registered_groups if info.name not in names]
    app.defer(DEFERRED_COMMANDS)
    return app


@pytest.mark.parametrize("width", [80, 140])
def test_the_app_help_lists_the_deferred_commands_as_the_commands_themselves(width: int) -> None:
    listed, whole = _fresh(), _fresh()
    listed.list_deferred()
    pages = [CliRunner().invoke(app, ["--help"], terminal_width=width).output for app in (listed, whole)]
    assert "facts" in pages[0] and "Everything known about an entity" in pages[0]
    assert pages[0] == pages[1]
