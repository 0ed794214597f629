"""The progress bar of batch commands, in a module of its own so that other commands never load
Rich's progress and live-display machinery."""

from __future__ import annotations

import time

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

from crossreach.interfaces.console import err


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
