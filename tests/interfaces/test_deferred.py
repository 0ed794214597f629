"""A Typer app with commands registered by name: they join its commands at the first read, in order, and
``keep`` and ``list_deferred`` import no module but the one a run needs."""

from __future__ import annotations

import copy
import sys
from types import ModuleType

import pytest
import typer
import typer.main
from typer.testing import CliRunner

from crossreach.interfaces.deferred import Deferred, DeferringTyper

#: A module no test may import: a deferred command pointing at it must stay unloaded.
ABSENT = "crossreach_tests_no_such_module"


def _hello() -> None:
    """Say hello.

    Example: app hello
    """
    typer.echo("hello")


def _bye() -> None:
    """Say goodbye."""
    typer.echo("bye")


@pytest.fixture
def commands(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """A module of commands, importable by name for the test's duration."""
    module = ModuleType("crossreach_tests_commands")
    module.hello = _hello  # type: ignore[attr-defined]
    module.bye = _bye  # type: ignore[attr-defined]
    group = typer.Typer(help="Things in a group.")
    group.command("one")(_bye)
    module.group = group  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    return module


def _app(*entries: Deferred) -> DeferringTyper:
    app = DeferringTyper(add_completion=False)

    @app.callback()
    def _main() -> None:
        """The app."""

    @app.command("first")
    def _first() -> None:
        """Registered before the deferred ones."""

    app.defer(entries)
    return app


HELLO = Deferred("hello", "crossreach_tests_commands:hello", "Say hello.")
BYE = Deferred("bye", "crossreach_tests_commands:bye", "Say goodbye.")
GROUP = Deferred("things", "crossreach_tests_commands:group", "Things in a group.", group=True)
NEVER = Deferred("never", f"{ABSENT}:command", "Never imported.")


def test_deferred_commands_join_the_app_in_order_at_the_first_read(commands: ModuleType) -> None:
    app = _app(HELLO, GROUP, BYE)
    assert [info.name for info in app.registered_commands] == ["first", "hello", "bye"]
    assert [info.callback for info in app.registered_commands[1:]] == [commands.hello, commands.bye]
    assert [(info.name, info.typer_instance) for info in app.registered_groups] == [("things", commands.group)]


def test_a_deferred_command_runs_as_a_registered_one(commands: ModuleType) -> None:
    result = CliRunner().invoke(_app(HELLO, GROUP), ["things", "one"])
    assert result.exit_code == 0 and result.output == "bye\n"


def test_keeping_a_deferred_command_imports_no_other(commands: ModuleType) -> None:
    app = _app(NEVER, HELLO)
    assert app.keep("hello")
    assert [info.name for info in app.registered_commands] == ["hello"]
    assert ABSENT not in sys.modules
    assert CliRunner().invoke(app, ["hello"]).output == "hello\n"


def test_keeping_a_registered_command_drops_every_deferred_one() -> None:
    app = _app(NEVER)
    assert app.keep("first")
    assert [info.name for info in app.registered_commands] == ["first"] and not app.registered_groups


@pytest.mark.parametrize("name", ["nosuch", "hello"])
def test_an_unknown_or_ambiguous_name_leaves_the_app_whole(commands: ModuleType, name: str) -> None:
    app = _app(HELLO, BYE, Deferred("hello", "crossreach_tests_commands:bye", "Say goodbye."))
    assert not app.keep(name)
    assert [info.name for info in app.registered_commands] == ["first", "hello", "bye", "hello"]


def test_listed_stand_ins_carry_the_summary_and_import_nothing() -> None:
    app = _app(NEVER, Deferred("more", f"{ABSENT}:group", "A group never imported.", group=True))
    app.list_deferred()
    listed = typer.main.get_command(app)
    assert ABSENT not in sys.modules
    assert {name: command.help for name, command in listed.commands.items()} == {
        "first": "Registered before the deferred ones.", "never": "Never imported.",
        "more": "A group never imported."}


def test_the_help_page_of_stand_ins_is_the_help_page_of_the_commands(commands: ModuleType) -> None:
    listed, whole = _app(HELLO, GROUP, BYE), _app(HELLO, GROUP, BYE)
    listed.list_deferred()
    pages = [CliRunner().invoke(app, ["--help"], terminal_width=100).output for app in (listed, whole)]
    assert "Say hello." in pages[0] and "Things in a group." in pages[0]
    assert pages[0] == pages[1]


def test_a_copy_keeps_and_resolves_apart_from_its_original(commands: ModuleType) -> None:
    app = _app(HELLO, BYE)
    clone = copy.copy(app)
    assert clone.keep("bye")
    assert [info.name for info in clone.registered_commands] == ["bye"]
    assert [info.name for info in app.registered_commands] == ["first", "hello", "bye"]


def test_a_deferred_target_names_a_module_and_an_attribute(commands: ModuleType) -> None:
    assert HELLO.load() is commands.hello
    with pytest.raises(ModuleNotFoundError):
        NEVER.load()
