"""Options several commands share, declared once so that they read the same everywhere."""

from __future__ import annotations

import os
from typing import Annotated

import typer

#: One extraction process per core by default.
DEFAULT_WORKERS = os.cpu_count() or 1

WorkersOption = Annotated[int, typer.Option("--workers", "-w", min=1,
                                            help="Extraction processes (default: one per core).")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the result as JSON.")]
CsvOption = Annotated[bool, typer.Option("--csv", help="Print the result as CSV rows.")]
