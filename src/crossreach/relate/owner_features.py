"""Owner ranker features that read a candidate against the other candidates of its figure.

``owners.candidates`` sets what one candidate's mention says (its position, links, type); these
say what the whole decision says about it. A figure whose sentence names no candidate is owned by
what the article is about more often than by the last name of the paragraph the rules fall back
to, and a name of the headline is the likelier such owner: a logistic scorer over one candidate's
features cannot see that no rival stands in the sentence, so it is a feature of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

#: The features added here, in the order the ranker's weights file lists them (after the others).
DECISION_FEATURES = ("headline_outside",)


class Featured(Protocol):
    """A candidate: its features by name (``owners.Candidate``)."""

    features: dict[str, float]


C = TypeVar("C", bound=Featured)


def decision_features(found: Sequence[C]) -> list[C]:
    """The candidates, each with the features read against its rivals set (in place)."""
    for candidate in found:
        features = candidate.features
        outside = not features.get("in_sentence")
        features["headline_outside"] = float(outside and bool(features.get("headline")))
    return list(found)
