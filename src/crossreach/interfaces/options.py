"""Options several commands share, declared once so that they read the same everywhere."""

from __future__ import annotations

from typing import Annotated

import typer

from crossreach.cores import available_cores, capped_workers
from crossreach.interfaces.console import err

#: One extraction process per core by default.
DEFAULT_WORKERS = available_cores()


def _cap_workers(requested: int) -> int:
    """More workers than cores only queue for the cores, each a process of its own: cap them, and say so."""
    workers = capped_workers(requested)
    if workers != requested:
        why = f"{available_cores()} cores here" if requested > workers else "at least one"
        err.print(f"note: --workers {requested}: using {workers} ({why})", highlight=False, markup=False)
    return workers


WorkersOption = Annotated[int, typer.Option("--workers", "-w", min=1, callback=_cap_workers,
                                            help="Extraction processes (default and most: one per core).")]
MaxSizeOption = Annotated[int, typer.Option("--max-size", min=1, help="Largest input in bytes.")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the result as JSON.")]
CsvOption = Annotated[bool, typer.Option("--csv", help="Print the result as CSV rows.")]
