"""Terminal output shared by the CLI commands: consoles and the error line (the progress bar of
batch commands is in ``progress.py``, loaded only by them).

The consoles are Rich's, made at their first use; JSON written to a file or a pipe needs none of
Rich's styling and is written without them (``print_json``), so that ``analyze`` never imports Rich
(a tenth of its start-up).
"""

from __future__ import annotations

import builtins
import os
import sys
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from rich.console import Console


class LazyConsole:
    """Stands for a Rich ``Console`` made with ``options`` at the first read of one of its names."""

    __slots__ = ("_console", "_options")

    def __init__(self, **options: Any) -> None:
        self._options = options
        self._console: Console | None = None

    def made(self) -> Console:
        """The console, made (and Rich's console module imported) on the first call."""
        if self._console is None:
            from rich.console import Console

            self._console = Console(**self._options)
        return self._console

    def __getattr__(self, name: str) -> Any:
        return getattr(self.made(), name)


out = cast("Console", LazyConsole(soft_wrap=True))
err = cast("Console", LazyConsole(stderr=True, soft_wrap=True))


def error_line(message: str) -> None:
    """One clear line on stderr, never a traceback."""
    err.print(f"[bold red]error:[/] {message}", highlight=False, markup=True)


def show_progress(quiet: bool) -> bool:
    """Progress is shown on a terminal only, and never with --quiet or --json."""
    return not quiet and err.is_terminal


def print_json(text: str) -> None:
    """``out.print_json(text)``: the JSON indented by two, highlighted on a terminal. Where standard output is
    surely no terminal to Rich (``plain_stdout``), Rich would write the text as ``json`` indents it (its
    ``JSON`` decodes and encodes it again so), with no style, and so it is written here, without Rich."""
    if not plain_stdout():
        out.print_json(text)
        return
    import json

    sys.stdout.write(json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def plain_stdout() -> bool:
    """Whether Rich's console, as ``out`` is made, would surely write to standard output with no style: it is
    no terminal (``Console.is_terminal``: not a tty, and neither ``TTY_COMPATIBLE=1`` nor a ``FORCE_COLOR``
    says otherwise) and no notebook's shell runs the command. Anything less sure leaves it to Rich."""
    stdout = sys.stdout
    if stdout is None or hasattr(builtins, "get_ipython"):
        return False
    if os.environ.get("TTY_COMPATIBLE") == "1" or os.environ.get("FORCE_COLOR"):
        return False
    try:
        return not stdout.isatty()
    except (AttributeError, ValueError):
        return False
