"""What ``crossreach serve`` was started with, kept on ``app.state`` for the routes to read."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Settings:
    """What ``crossreach serve`` was started with; the routes read it from ``app.state``."""

    read_only: bool
    max_upload_bytes: int
    allow_private_urls: bool
    ingest_root: Path | None
    lexicon_files: tuple[Path, ...]
