"""When the owner ranker's best candidate is not enough: the abstention cut-offs, fitted with its weights.

With no noun phrase to fall back on, the best candidate owns the figure only if it is likely enough
(``no_owner``), more likely still when it is named outside the figure's sentence (``outside_owner``),
and, while no more likely than ``outside_owner``, far enough ahead of the runner-up (``unsure_margin``);
a bystander (``owner_features.bystander``) never does. The three numbers are read on the same
probability scale as the weights, so they are chosen with them: ``scripts/train_owner_ranker.py``
picks them on the grouped cross-validation's held-out probabilities to maximise the F1 of the owner
decisions (a right owner a true positive, a wrong one a false positive and a miss, none a miss), averaged
over several assignments of the documents to folds (one assignment's best point moved with the assignment),
keeps the hand-set values below unless that gains ``MIN_GAIN`` (a few decisions are noise), and
writes them into ``owner_ranker.json`` beside the weights. Fixed constants at the edges of a
retrained scorer flipped borderline decisions at every retrain (session 27); fitted ones move with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Cutoffs:
    """The probabilities at the ranker's edges (the defaults: the hand-set values of extractor 0.25)."""

    no_owner: float = 0.2
    outside_owner: float = 0.5
    unsure_margin: float = 0.15

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Cutoffs:
        """The cut-offs a weights file records, the defaults for those it does not."""
        data = data or {}
        default = cls()
        return cls(**{name: float(data.get(name, getattr(default, name))) for name in cls.__dataclass_fields__})

    def to_json(self) -> dict[str, float]:
        return {name: round(getattr(self, name), 4) for name in self.__dataclass_fields__}


def keeps(cutoffs: Cutoffs, probability: float, runner_up: float, in_sentence: bool, bystander: bool) -> bool:
    """Whether the best candidate (``probability``; ``runner_up``: the best rival's, not its group's)
    owns a figure whose sentence gives no noun phrase to fall back on."""
    if probability < cutoffs.no_owner or bystander:
        return False
    if not in_sentence and probability < cutoffs.outside_owner:
        return False
    return probability >= cutoffs.outside_owner or probability - runner_up >= cutoffs.unsure_margin
