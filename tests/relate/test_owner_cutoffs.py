"""The owner ranker's abstention cut-offs (``relate/owner_cutoffs.py``), how the training script fits them
(``scripts/train_owner_ranker.py``) and where the training scripts find their corpora (``scripts/fitting.py``)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from crossreach.relate.owner_cutoffs import Cutoffs, keeps

REPO = Path(__file__).resolve().parents[2]


def _script(name: str) -> ModuleType:
    sys.path.insert(0, str(REPO / "scripts"))
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("probability", "runner_up", "in_sentence", "bystander", "kept"), [
    (0.9, 0.8, True, False, True),      # likely: kept whatever the rival
    (0.1, 0.0, True, False, False),     # under no_owner
    (0.3, 0.0, True, False, True),      # unlikely but alone in the sentence: kept
    (0.3, 0.2, True, False, False),     # unlikely and barely ahead of a rival: a guess
    (0.45, 0.0, False, False, False),   # named outside the sentence and not more likely than not
    (0.55, 0.5, False, False, True),    # ... more likely than not: kept, however close the rival
    (0.9, 0.0, False, True, False),     # a bystander never
])
def test_keeps_applies_the_three_cut_offs(probability, runner_up, in_sentence, bystander, kept) -> None:
    assert keeps(Cutoffs(0.2, 0.5, 0.15), probability, runner_up, in_sentence, bystander) is kept


def test_cut_offs_round_trip_through_json_and_default_to_the_hand_set_values() -> None:
    fitted = Cutoffs(0.25, 0.45, 0.2)
    assert Cutoffs.from_json(fitted.to_json()) == fitted
    assert Cutoffs.from_json(None) == Cutoffs() == Cutoffs.from_json({"unused": 1.0})
    assert Cutoffs.from_json({"outside_owner": 0.6}) == Cutoffs(outside_owner=0.6)


# (best held-out probability, runner-up's, named in the sentence, bystander, right, a gold metric's figure)
OUTCOMES = [
    (0.9, 0.1, True, False, True, True),      # sure and right: kept at every cut-off of the grid
    (0.35, 0.05, True, False, False, True),   # a weak name of the sentence, wrong
    (0.55, 0.4, False, False, True, True),    # a name from outside the sentence, right
    (0.45, 0.4, True, False, True, True),     # right but barely ahead of a rival
    (0.8, 0.1, True, False, False, True),     # the owner is no candidate: wrong whatever is kept
    (0.3, 0.0, True, False, False, False),    # a figure no gold metric has: a false positive if kept, no miss
]


@pytest.mark.parametrize(("cutoffs", "kept", "tp"), [
    (Cutoffs(0.2, 0.5, 0.15), 5, 2),   # everything but the guess
    (Cutoffs(0.4, 0.5, 0.15), 3, 2),   # the weak names left out
    (Cutoffs(0.4, 0.6, 0.15), 2, 1),   # and the outside name too
])
def test_owner_f1_counts_a_wrong_owner_as_a_false_positive_and_a_miss(cutoffs, kept, tp) -> None:
    row = _script("train_owner_ranker").owner_f1(OUTCOMES, cutoffs)
    assert (row["kept"], row["tp"]) == (kept, tp)
    wrong, missed = kept - tp, len(OUTCOMES) - 1 - tp
    assert row["f1"] == round(2 * tp / (2 * tp + wrong + missed), 4)


def test_fitted_cut_offs_are_the_best_of_the_grid() -> None:
    training = _script("train_owner_ranker")
    fitted = training.fit_cutoffs(OUTCOMES)
    assert (fitted.no_owner, fitted.outside_owner, fitted.unsure_margin) in [
        (a, b, c) for a in training.GRID[0] for b in training.GRID[1] for c in training.GRID[2]]
    best = training.owner_f1(OUTCOMES, fitted)["f1"]
    assert best >= training.owner_f1(OUTCOMES, Cutoffs())["f1"] + training.MIN_GAIN
    assert all(training.owner_f1(OUTCOMES, Cutoffs(a, b, c))["f1"] <= best
               for a in training.GRID[0] for b in training.GRID[1] for c in training.GRID[2])


@pytest.mark.parametrize(("outside_right", "moved"), [
    (1, False),   # one right owner from outside the sentence at p .47 in 301 decisions: noise, the hand-set stay
    (5, True),    # five in 305: a gain beyond MIN_GAIN, the outside cut-off goes down
])
def test_cut_offs_move_off_the_hand_set_values_only_beyond_noise(outside_right: int, moved: bool) -> None:
    training = _script("train_owner_ranker")
    outcomes = [(0.9, 0.1, True, False, True, True)] * 300 + [(0.47, 0.0, False, False, True, True)] * outside_right
    fitted = training.fit_cutoffs(outcomes)
    assert (fitted != Cutoffs()) is moved
    assert fitted.outside_owner < 0.47 if moved else fitted.outside_owner == Cutoffs().outside_owner


def test_training_corpora_never_include_the_measure_only_sets(tmp_path: Path) -> None:
    fitting = _script("fitting")
    assert not any("check" in c or "held" in c for c in fitting.TRAINING)
    assert fitting.corpus_dir(tmp_path, "corpus/dev") == tmp_path / "corpus" / "dev"
    fresh = fitting.corpus_dir(tmp_path, "tests/fixtures/fresh/develop")
    assert fresh == REPO / "tests" / "fixtures" / "fresh" / "develop"
    assert (fresh / "gold").is_dir() and (fresh / "texts").is_dir()


def test_fold_assignments_keep_documents_whole_and_repeat_alike() -> None:
    fitting = _script("fitting")
    groups = ["a", "a", "b", "c", "c", "c", "d"]
    assert fitting.fold_groups(groups, 0) == groups
    dealt = fitting.fold_groups(groups, 1)
    assert dealt == fitting.fold_groups(groups, 1)  # seeded: every run deals alike
    assert sorted(set(dealt)) == sorted(set(groups))
    pairs = [(i, j) for i in range(len(groups)) for j in range(len(groups))]
    assert all((dealt[i] == dealt[j]) is (groups[i] == groups[j]) for i, j in pairs)
    assert any(fitting.fold_groups(groups, r) != groups for r in range(1, 5))


@pytest.mark.parametrize(("repeats_moving", "moved"), [
    (1, False),   # one assignment of five gains five decisions: its folds' noise, the hand-set stay
    (5, True),    # every assignment gains them: the outside cut-off goes down
])
def test_cut_offs_move_on_the_mean_of_the_fold_assignments(repeats_moving: int, moved: bool) -> None:
    training = _script("train_owner_ranker")
    sure = [(0.9, 0.1, True, False, True, True)] * 300
    gaining = sure + [(0.47, 0.0, False, False, True, True)] * 5
    steady = sure + [(0.47, 0.0, False, False, False, True)] * 5
    fitted = training.fit_cutoffs(*([gaining] * repeats_moving + [steady] * (5 - repeats_moving)))
    assert (fitted != Cutoffs()) is moved
