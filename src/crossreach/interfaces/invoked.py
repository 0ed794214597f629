"""Only the invoked command is turned into a Click command.

Typer builds the Click command of every registered command at each run, reading each function's
signature and evaluating its annotations: about 22 ms of CPU for the thirty commands, a fifteenth
of a one-article ``ingest``, spent on commands the run never calls. ``keep_invoked`` leaves the
app with the one command (or command group) the arguments name, before the app runs. Whatever it
cannot read for certain (an option it does not know, ``--help`` or ``--version`` before the command,
a name that is no command) leaves the app whole, so that help, usage errors and "no such command"
read as they always did; the command's own help and errors are the same either way.
"""

from __future__ import annotations

from collections.abc import Sequence

import typer


def keep_invoked(app: typer.Typer, arguments: Sequence[str], with_values: frozenset[str]) -> None:
    """Remove from ``app`` every command and group but the one ``arguments`` invoke, when that is sure;
    ``with_values``: the app's own options that take a value (its flags end the search)."""
    name = invoked_name(arguments, with_values)
    if name is None:
        return
    commands = [info for info in app.registered_commands if info.name == name]
    groups = [info for info in app.registered_groups if info.name == name]
    if len(commands) + len(groups) != 1:
        return
    app.registered_commands = commands
    app.registered_groups = groups


def invoked_name(arguments: Sequence[str], with_values: frozenset[str]) -> str | None:
    """The first argument that is not a global option or an option's value; None when an argument
    before it is an option not in ``with_values`` (``--help``, ``--version``, one not known)."""
    skip = False
    for argument in arguments:
        if skip:
            skip = False
            continue
        if not argument.startswith("-"):
            return argument
        option, equals, _value = argument.partition("=")
        if option not in with_values:
            return None
        skip = not equals
    return None
