"""The progress bar of batch commands, in a module of its own so that other commands never load
Rich's progress and live-display machinery."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

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


def run_batch(verb: str, total: int | None, disabled: bool, work: Callable[[Callable[[Any, str], None]], Any]) -> Any:
    """Run a batch under a progress bar named by its verb ("ingesting", "re-extracting", "loading"):
    ``work`` is given the callback to call with the batch report and the source of each item done."""
    with batch_progress(disabled) as progress:
        task = progress.add_task(verb, total=total, current="")

        def on_item(report: Any, source: str) -> None:
            progress.update(task, advance=1, current=source[-60:])

        return work(on_item)
