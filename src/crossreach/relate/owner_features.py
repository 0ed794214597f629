"""Owner ranker features that read a candidate against the other candidates of its figure.

``owners.candidates`` sets what one candidate's mention says (its position, links, type); these
read it against its rivals, which a logistic scorer over one candidate's features cannot see.
``headline_outside``: a headline name the sentence does not name, the likelier owner of a figure
whose sentence names no one than the paragraph's last name the rules fall back to.
``subject_far``: the sentence's subject while another name stands nearer before the figure, as
in a list ("X has 4.6m fans, far ahead of Y (412,000) and Z (298,000)") or a relative clause
("..., and Y, which has about 640,000"): the nearer name more often owns the figure.
``deal_party``: for a deal's value, a party of a partnership the document states (the partnership
stage runs first): "Financial terms were not disclosed, but a person familiar with the matter put
its value at $8 million" names no one, and the deal's value is its parties', not the headline's
other names'.
``held_focus``: the document's focus, for a figure whose clause opens with an account or store no
name holds ("The store now has 540,000 followers": ``owner_holdings``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Protocol, TypeVar

from crossreach.models import Partnership
from crossreach.relate.context import DocumentView

#: The features added here, in the order the ranker's weights file lists them (after the others).
DECISION_FEATURES = ("headline_outside", "subject_far", "deal_party", "held_focus")


class Named(Protocol):
    """A mention: its name."""

    @property
    def name(self) -> str: ...


class Featured(Protocol):
    """A candidate: its mention and its features by name (``owners.Candidate``)."""

    @property
    def mention(self) -> Named: ...

    features: dict[str, float]


C = TypeVar("C", bound=Featured)


def sentences_back(back: int | None) -> float:
    """Sentences since a name was last named, log-scaled from 0 (the sentence before) to 1 (never)."""
    return 1.0 if back is None else min(1.0, math.log1p(max(0, back - 1)) / 3)


def deal_parties(view: DocumentView) -> frozenset[str]:
    """The parties of the partnerships found in the document (read once a document, after the
    partnership stage has run)."""
    key = (deal_parties,)
    if key not in view.memo:
        view.memo[key] = frozenset(party for fact in view.extraction.facts if isinstance(fact, Partnership)
                                   for party in fact.parties)
    found: frozenset[str] = view.memo[key]
    return found


def decision_features(found: Sequence[C], parties: frozenset[str] = frozenset(), held: bool = False) -> list[C]:
    """The candidates, each with the features read against its rivals set (in place); ``parties``:
    those of the document's partnerships, for a deal's value (``deal_parties``); ``held``: the figure's
    clause opens with an account or store no name holds (``owner_holdings.holder_opens``)."""
    rival_nearer = any(c.features.get("nearest_before") and c.features.get("in_sentence") for c in found)
    for candidate in found:
        features = candidate.features
        outside = not features.get("in_sentence")
        features["headline_outside"] = float(outside and bool(features.get("headline")))
        features["subject_far"] = float(bool(features.get("sentence_subject")) and rival_nearer
                                        and not features.get("nearest_before"))
        features["deal_party"] = float(bool(parties) and candidate.mention.name in parties)
        features["held_focus"] = float(held and bool(features.get("focus")))
    return list(found)


def bystander(features: dict[str, float]) -> bool:
    """A name from outside the figure's sentence that the document names only once, not in its
    headline, and that no owner noun of the sentence points to: a bystander of the paragraph (a
    partner, a source, a rival named in passing), not whose figure it is."""
    return not features.get("in_sentence") and bool(features.get("named_once")) \
        and not features.get("headline") and not features.get("focus") and not features.get("noun_referent")


class Kin(Protocol):
    """A candidate: its mention's name and its group in the gazetteer (``owners.Candidate``)."""

    @property
    def mention(self) -> Named: ...

    @property
    def parent(self) -> str | None: ...


def kin(name: str, parent: str | None, other: Kin) -> bool:
    """Whether two candidates are one group in the gazetteer, a brand and its parent ("Tmall",
    "Alibaba"): a figure of either is no guess between rivals."""
    return other.parent == name or (parent is not None and other.mention.name == parent)
