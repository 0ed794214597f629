"""Owner ranker features that read a candidate against the other candidates of its figure.

``owners.candidates`` sets what one candidate's mention says (its position, links, type); these
read it against its rivals, which a logistic scorer over one candidate's features cannot see.
``headline_outside``: a headline name the sentence does not name, the likelier owner of a figure
whose sentence names no one than the paragraph's last name the rules fall back to.
``subject_far``: the sentence's subject while another name stands nearer before the figure, as
in a list ("X has 4.6m fans, far ahead of Y (412,000) and Z (298,000)") or a relative clause
("..., and Y, which has about 640,000"): the nearer name more often owns the figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

#: The features added here, in the order the ranker's weights file lists them (after the others).
DECISION_FEATURES = ("headline_outside", "subject_far")


class Featured(Protocol):
    """A candidate: its features by name (``owners.Candidate``)."""

    features: dict[str, float]


C = TypeVar("C", bound=Featured)


def decision_features(found: Sequence[C]) -> list[C]:
    """The candidates, each with the features read against its rivals set (in place)."""
    rival_nearer = any(c.features.get("nearest_before") and c.features.get("in_sentence") for c in found)
    for candidate in found:
        features = candidate.features
        outside = not features.get("in_sentence")
        features["headline_outside"] = float(outside and bool(features.get("headline")))
        features["subject_far"] = float(bool(features.get("sentence_subject")) and rival_nearer
                                        and not features.get("nearest_before"))
    return list(found)
