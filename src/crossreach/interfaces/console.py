"""Terminal output shared by the CLI commands: consoles and the error line (the progress bar of
batch commands is in ``progress.py``, loaded only by them)."""

from __future__ import annotations

from rich.console import Console

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


def error_line(message: str) -> None:
    """One clear line on stderr, never a traceback."""
    err.print(f"[bold red]error:[/] {message}", highlight=False, markup=True)


def show_progress(quiet: bool) -> bool:
    """Progress is shown on a terminal only, and never with --quiet or --json."""
    return not quiet and err.is_terminal
