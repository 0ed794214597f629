"""A Typer app whose commands may be registered by name, their module imported only when needed.

The query, curation, lexicon, report, serve and watch commands live in modules that load Rich's
tables, the data model and the domain lexicon at import (about a third of what ``crossreach --help``
imported, and all of it unused by ``analyze``). ``DeferringTyper.defer`` registers such a command by
its name, where it lives (``module:attribute``) and the line the app's help lists for it. Whatever
reads the app's commands (Typer building the Click group, a test, the README check) gets them all,
imported at that first read; before it, ``keep`` may leave only the command a run invokes, and
``list_deferred`` the stand-ins the app's help page lists, so that neither imports what the run
does not use.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import Any, NamedTuple

import typer
from typer.models import CommandInfo, TyperInfo


class Deferred(NamedTuple):
    """A command or command group registered by name: ``target`` is ``module:attribute`` (the command's
    function, or the group's Typer app), ``summary`` the first paragraph of its help, which the app's help
    page lists beside its name (tests/interfaces/test_deferred.py checks that they agree)."""

    name: str
    target: str
    summary: str
    group: bool = False

    def load(self) -> Any:
        """The command's function or the group's app, its module imported."""
        module, _, attribute = self.target.partition(":")
        return getattr(importlib.import_module(module), attribute)


class DeferringTyper(typer.Typer):
    """A Typer app with deferred commands: they join its registered commands and groups, in the order they
    were deferred and after those registered before, at the first read of either list."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._deferred: list[Deferred] = []
        self._commands: list[CommandInfo] = []
        self._groups: list[TyperInfo] = []
        super().__init__(*args, **kwargs)

    @property  # type: ignore[override]
    def registered_commands(self) -> list[CommandInfo]:
        self._resolve()
        return self._commands

    @registered_commands.setter
    def registered_commands(self, commands: list[CommandInfo]) -> None:
        self._commands = commands

    @property  # type: ignore[override]
    def registered_groups(self) -> list[TyperInfo]:
        self._resolve()
        return self._groups

    @registered_groups.setter
    def registered_groups(self, groups: list[TyperInfo]) -> None:
        self._groups = groups

    def defer(self, entries: Iterable[Deferred]) -> None:
        """Register these commands and groups by name."""
        self._deferred.extend(entries)

    def keep(self, name: str) -> bool:
        """Leave the app with the one command or group called ``name``, deferred or not, importing no other;
        False (the app left whole) when no command or more than one has the name."""
        commands = [info for info in self._commands if info.name == name]
        groups = [info for info in self._groups if info.name == name]
        deferred = [entry for entry in self._deferred if entry.name == name]
        if len(commands) + len(groups) + len(deferred) != 1:
            return False
        self._commands, self._groups, self._deferred = commands, groups, deferred
        return True

    def list_deferred(self) -> None:
        """Register a stand-in for each deferred command, with its name and summary and nothing else, for the
        app's help page, which lists no more of a command (``invoked.list_commands_only``): no import."""
        pending, self._deferred = self._deferred, []
        for entry in pending:
            if entry.group:
                self._groups.append(TyperInfo(typer.Typer(help=entry.summary), name=entry.name))
            else:
                self._commands.append(CommandInfo(name=entry.name, callback=_listed, help=entry.summary))

    def _resolve(self) -> None:
        pending, self._deferred = self._deferred, []
        for entry in pending:
            target = entry.load()
            if entry.group:
                self.add_typer(target, name=entry.name)
            else:
                self.command(entry.name)(target)

    def __copy__(self) -> DeferringTyper:
        """A copy with lists of its own, so that keeping or resolving commands in it leaves this app as it is."""
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__, _deferred=list(self._deferred), _commands=list(self._commands),
                              _groups=list(self._groups))
        return clone


def _listed() -> None:
    """The callback of a listed stand-in, never called."""
