"""A boosted ensemble of small regression trees, read from JSON and walked with plain Python.

The figure screen's logistic model ranked doubtful figures worse on unseen rounds than the owner's
confidence alone (its other features pulled the wrong way on text nobody tuned to), while a few
dozen trees of two splits each, which read a feature differently on either side of another, ranked
them better on every round left out (``scripts/train_figure_screen.py``). A tree is stored as
scikit-learn's arrays: per node the feature it splits on (-1 at a leaf), the threshold (a value at
or under it goes left), the left and right children, and the value a leaf adds to the score, already
scaled by the learning rate. The runtime needs no scikit-learn and no NumPy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

#: A node's feature at a leaf.
LEAF = -1


@dataclass(frozen=True, slots=True)
class Tree:
    """One regression tree, its nodes as parallel tuples (node 0 the root)."""

    feature: tuple[int, ...]
    threshold: tuple[float, ...]
    left: tuple[int, ...]
    right: tuple[int, ...]
    value: tuple[float, ...]

    def score(self, vector: Sequence[float]) -> float:
        """The value of the leaf a feature vector falls into."""
        node = 0
        while self.feature[node] != LEAF:
            node = self.left[node] if vector[self.feature[node]] <= self.threshold[node] else self.right[node]
        return self.value[node]

    def to_json(self) -> dict[str, list[Any]]:
        return {"feature": list(self.feature), "threshold": list(self.threshold), "left": list(self.left),
                "right": list(self.right), "value": list(self.value)}

    @classmethod
    def from_json(cls, data: dict[str, list[Any]]) -> Tree:
        return cls(tuple(int(f) for f in data["feature"]), tuple(float(t) for t in data["threshold"]),
                   tuple(int(n) for n in data["left"]), tuple(int(n) for n in data["right"]),
                   tuple(float(v) for v in data["value"]))


def ensemble_score(trees: Sequence[Tree], base: float, vector: Sequence[float]) -> float:
    """The ensemble's raw score (log-odds) of a feature vector: the base plus every tree's leaf."""
    return base + sum(tree.score(vector) for tree in trees)
