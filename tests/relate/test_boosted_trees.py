"""Boosted trees walked with plain Python: a vector falls to one leaf of each tree, the leaves add up."""

from __future__ import annotations

import pytest

from crossreach.relate.boosted_trees import LEAF, Tree, ensemble_score

#: Splits on feature 0 at .5, then (on the right) on feature 1 at 2.0.
STUMPS = Tree(feature=(0, LEAF, 1, LEAF, LEAF), threshold=(0.5, 0.0, 2.0, 0.0, 0.0), left=(1, -1, 3, -1, -1),
              right=(2, -1, 4, -1, -1), value=(0.0, -1.0, 0.0, 0.25, 2.0))
LEAF_ONLY = Tree(feature=(LEAF,), threshold=(0.0,), left=(-1,), right=(-1,), value=(0.5,))


@pytest.mark.parametrize(("vector", "value"), [
    ([0.0, 9.0], -1.0),  # left of the root
    ([0.5, 9.0], -1.0),  # at the threshold: left
    ([0.7, 2.0], 0.25),  # right, then left
    ([0.7, 2.5], 2.0),  # right, then right
])
def test_a_vector_falls_to_one_leaf(vector: list[float], value: float) -> None:
    assert STUMPS.score(vector) == value


def test_the_ensemble_adds_every_leaf_to_the_base() -> None:
    assert ensemble_score((STUMPS, LEAF_ONLY), -0.5, [0.7, 2.5]) == pytest.approx(2.0)
    assert ensemble_score((), 1.5, [0.0, 0.0]) == 1.5


def test_a_tree_reads_back_what_it_writes() -> None:
    assert Tree.from_json(STUMPS.to_json()) == STUMPS
