"""The held-out table of owner abstention thresholds (``scripts/owner_thresholds.py``) and where the
training scripts find their corpora (``scripts/fitting.py``)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]


def _script(name: str) -> ModuleType:
    sys.path.insert(0, str(REPO / "scripts"))
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# (best probability, lead over the runner-up, named in the sentence, right, any candidate right)
DECISIONS = [
    (0.9, 0.8, True, True, True),     # sure and right: kept at every threshold here
    (0.35, 0.3, True, False, True),   # a weak name of the sentence, wrong
    (0.55, 0.4, False, True, True),   # a name from outside the sentence, right
    (0.45, 0.05, True, True, True),   # right but barely ahead of a rival: a guess, left out
    (0.8, 0.7, True, False, False),   # the owner is no candidate: wrong whatever is kept
]


@pytest.mark.parametrize(("inside", "outside", "kept", "tp"), [
    (0.2, 0.5, 4, 2),   # everything but the guess
    (0.4, 0.5, 3, 2),   # the weak wrong name left out
    (0.4, 0.6, 2, 1),   # and the outside name too
])
def test_figures_keep_what_choose_would(inside: float, outside: float, kept: int, tp: int) -> None:
    row = _script("owner_thresholds").figures(DECISIONS, inside, outside, 0.15)
    assert (row["kept"], row["tp"]) == (kept, tp)
    assert row["recall"] == round(tp / 4, 4)  # over the decisions whose owner is a candidate
    assert row["precision"] == round(tp / kept, 4)


def test_training_corpora_never_include_the_measure_only_sets(tmp_path: Path) -> None:
    fitting = _script("fitting")
    assert not any("check" in c or "held" in c for c in fitting.TRAINING)
    assert fitting.corpus_dir(tmp_path, "corpus/dev") == tmp_path / "corpus" / "dev"
    fresh = fitting.corpus_dir(tmp_path, "tests/fixtures/fresh/develop")
    assert fresh == REPO / "tests" / "fixtures" / "fresh" / "develop"
    assert (fresh / "gold").is_dir() and (fresh / "texts").is_dir()
