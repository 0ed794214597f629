"""A half of a shared corpus, for the diagnostics scripts that read per-document errors.

web/tune is split by language: the odd-numbered pages of each language are half A, the even ones
half B (as ``scripts/score_half.sh`` splits it), so that a rule chosen on one half can be judged on
the other. web/check and tests/fixtures/fresh/held are scored in aggregate only: their per-document
errors are never read. A folder with ``texts/`` and ``gold/`` (such as tests/fixtures/fresh/develop)
may be named instead of a shared corpus.
"""

from __future__ import annotations

import itertools
import os
import sys
import tempfile
from pathlib import Path

#: Corpora that only measure: never read them document by document (``round13``: session 37's unseen round,
#: until it becomes development data).
HELD_OUT = ("check", "held", "round13")


def folder(corpus: str) -> Path:
    """A corpus's folder: a shared one by name, else the path given."""
    path = Path(corpus)
    return path if (path / "texts").is_dir() else Path(__file__).resolve().parents[2] / "shared" / "corpus" / corpus


def development_corpora(argv: list[str]) -> list[str] | None:
    """The corpora named on a diagnostics script's command line (its flags left out); None when there are none
    or one of them only measures."""
    corpora = [a for a in argv if not a.startswith("-")]
    if not corpora or any(part in HELD_OUT for corpus in corpora for part in Path(corpus).parts):
        return None
    return corpora


def half_of(corpus: str, half: str) -> tuple[Path, Path]:
    """The corpus's folder (under ``../shared/corpus``, or a folder given by its path) and a temporary
    folder of links to the texts of its half (``A``, ``B`` or ``all``). Exits on the held-out corpora."""
    if corpus.startswith("web/check") or Path(corpus).resolve().name in HELD_OUT:
        sys.exit(f"{corpus} is scored in aggregate only")
    source = Path(__file__).resolve().parents[2] / "shared" / "corpus" / corpus
    if (Path(corpus) / "texts").is_dir():
        source = Path(corpus).resolve()
    texts = Path(tempfile.mkdtemp()) / "texts"
    texts.mkdir()
    for _, group in itertools.groupby(sorted(os.listdir(source / "texts")), key=lambda name: name[:3]):
        for index, name in enumerate(group):
            if half == "all" or (index % 2 == 0) == (half == "A"):
                os.symlink(source / "texts" / name, texts / name)
    return source, texts
