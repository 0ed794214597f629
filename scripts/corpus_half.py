"""A half of a shared corpus, for the diagnostics scripts that read per-document errors.

web/tune is split by language: the odd-numbered pages of each language are half A, the even ones
half B (as ``scripts/score_half.sh`` splits it), so that a rule chosen on one half can be judged on
the other. web/check is scored in aggregate only: its per-document errors are never read.
"""

from __future__ import annotations

import itertools
import os
import sys
import tempfile
from pathlib import Path


def half_of(corpus: str, half: str) -> tuple[Path, Path]:
    """The corpus's folder under ``../shared/corpus`` and a temporary folder of links to the texts of
    its half (``A``, ``B`` or ``all``). Exits on web/check."""
    if corpus.startswith("web/check"):
        sys.exit("web/check is scored in aggregate only")
    source = Path(__file__).resolve().parents[2] / "shared" / "corpus" / corpus
    texts = Path(tempfile.mkdtemp()) / "texts"
    texts.mkdir()
    for _, group in itertools.groupby(sorted(os.listdir(source / "texts")), key=lambda name: name[:3]):
        for index, name in enumerate(group):
            if half == "all" or (index % 2 == 0) == (half == "A"):
                os.symlink(source / "texts" / name, texts / name)
    return source, texts
