"""Only the invoked command is turned into a Click command.

Typer builds the Click command of every registered command at each run, reading each function's
signature and evaluating its annotations: about 22 ms of CPU for the thirty commands, a fifteenth
of a one-article ``ingest``, spent on commands the run never calls. ``keep_invoked`` leaves the
app with the one command (or command group) the arguments name, before the app runs. Whatever it
cannot read for certain (an option it does not know, ``--help`` or ``--version`` before the command,
a name that is no command) leaves the app whole, so that help, usage errors and "no such command"
read as they always did; the command's own help and errors are the same either way. For the app's
own help (``--help`` before any command, or no argument), ``list_commands_only`` leaves every command
its name and help and nothing else, which is all that page shows. Neither imports the module of a
command registered by name (``deferred.DeferringTyper``) that the run does not invoke.
"""

from __future__ import annotations

import copy
import inspect
from collections.abc import Sequence

from typer.main import get_command_name
from typer.models import CommandInfo, TyperInfo

from crossreach.interfaces.deferred import DeferringTyper


def keep_invoked(app: DeferringTyper, arguments: Sequence[str], with_values: frozenset[str]) -> None:
    """Remove from ``app`` every command and group but the one ``arguments`` invoke, when that is sure;
    ``with_values``: the app's own options that take a value (its flags end the search)."""
    name = invoked_name(arguments, with_values)
    if name is not None:
        app.keep(name)


def invoked_name(arguments: Sequence[str], with_values: frozenset[str]) -> str | None:
    """The first argument that is not a global option or an option's value; None when an argument
    before it is an option not in ``with_values`` (``--help``, ``--version``, one not known)."""
    first = _leading(arguments, with_values)
    return first if first is not None and not first.startswith("-") else None


def _leading(arguments: Sequence[str], with_values: frozenset[str]) -> str | None:
    """The first argument that is neither one of the app's options in ``with_values`` nor its value: a
    command's name, or another option; None when there is none."""
    skip = False
    for argument in arguments:
        if skip:
            skip = False
            continue
        option, equals, _value = argument.partition("=")
        if option not in with_values:
            return argument
        skip = not equals
    return None


def asks_app_help(arguments: Sequence[str], with_values: frozenset[str]) -> bool:
    """Whether the arguments show the app's own help: none at all, or ``--help`` before any command
    (global options with their values may come first)."""
    first = _leading(arguments, with_values)
    return first == "--help" if first is not None else not arguments


def list_commands_only(app: DeferringTyper, arguments: Sequence[str], with_values: frozenset[str]) -> None:
    """For the app's own help, which lists each command and group by its name and help alone, leave the
    app with stand-ins that have no parameters: Typer then reads no command's signature (about 40 ms for
    the thirty commands, a sixth of ``--help``), and no deferred command's module is imported. The help
    page is the same."""
    if not asks_app_help(arguments, with_values):
        return
    app.list_deferred()
    app.registered_commands = [_listed_command(info) for info in app.registered_commands]
    app.registered_groups = [_listed_group(info) for info in app.registered_groups]


def _listed_command(info: CommandInfo) -> CommandInfo:
    """The command with a callback that takes nothing, under the same name and help."""
    callback = info.callback
    if callback is None:
        return info
    listed = copy.copy(info)
    listed.name = info.name or get_command_name(callback.__name__)
    listed.help = info.help if info.help is not None else inspect.getdoc(callback)
    listed.callback = _nothing
    return listed


def _listed_group(info: TyperInfo) -> TyperInfo:
    """The group with none of its commands, and a callback (``crossreach entities`` lists entities) that
    takes nothing: the app's help lists only the group's own name and help."""
    if info.typer_instance is None:
        return info
    listed, group = copy.copy(info), copy.copy(info.typer_instance)
    group.registered_commands, group.registered_groups = [], []
    own = group.registered_callback
    if own is not None and own.callback is not None:
        group.registered_callback = copy.copy(own)
        group.registered_callback.help = own.help if isinstance(own.help, str) else inspect.getdoc(own.callback)
        group.registered_callback.callback = _nothing
    listed.typer_instance = group
    return listed


def _nothing() -> None:
    """The callback of a listed command, never called."""
