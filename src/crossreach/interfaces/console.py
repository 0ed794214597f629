"""Terminal output shared by the CLI commands: consoles, the error line, the progress bar."""

from __future__ import annotations

import time

from rich.console import Console
from rich.progress import BarColumn, Progress, ProgressColumn, SpinnerColumn, Task, TextColumn
from rich.text import Text

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


def error_line(message: str) -> None:
    """One clear line on stderr, never a traceback."""
    err.print(f"[bold red]error:[/] {message}", highlight=False, markup=True)


class RateColumn(ProgressColumn):
    """Documents per second since the batch started."""

    def __init__(self) -> None:
        super().__init__()
        self.started = time.perf_counter()

    def render(self, task: Task) -> Text:
        elapsed = max(time.perf_counter() - self.started, 1e-9)
        return Text(f"{task.completed / elapsed:6.1f} docs/s", style="cyan")


def batch_progress(disabled: bool) -> Progress:
    """A progress display for batches whose size is not known in advance."""
    return Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
        TextColumn("{task.completed} items"), RateColumn(),
        TextColumn("[dim]{task.fields[current]}", justify="left"),
        console=err, transient=True, disable=disabled,
    )
