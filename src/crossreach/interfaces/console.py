"""Terminal output shared by the CLI commands: consoles, the error line, the progress bar."""

from __future__ import annotations

import time

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


def error_line(message: str) -> None:
    """One clear line on stderr, never a traceback."""
    err.print(f"[bold red]error:[/] {message}", highlight=False, markup=True)


class RateColumn(ProgressColumn):
    """Items (documents, files) per second since the batch started."""

    def __init__(self) -> None:
        super().__init__()
        self.started = time.perf_counter()

    def render(self, task: Task) -> Text:
        elapsed = max(time.perf_counter() - self.started, 1e-9)
        return Text(f"{task.completed / elapsed:6.1f}/s", style="cyan")


def batch_progress(disabled: bool) -> Progress:
    """A progress display for batches: done out of the total (when known), a rate and the time left."""
    return Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), RateColumn(),
        TimeRemainingColumn(), TextColumn("[dim]{task.fields[current]}", justify="left"),
        console=err, transient=True, disable=disabled,
    )


def show_progress(quiet: bool) -> bool:
    """Progress is shown on a terminal only, and never with --quiet or --json."""
    return not quiet and err.is_terminal
