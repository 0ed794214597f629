"""The figure screen's reading of a figure's owner: what sort of name it is and what stood against it.

``figure_screen`` reads where the owner stands against the figure; on rounds written by writers it never learned
from, most of the wrong figures it keeps are still a right figure given to the wrong name, and what tells them apart
across writers is about the name, not the sentence's wording:
``owner_headline``: the headline names the owner; a figure of the article's own subject is rarely a bystander's.
``owner_outlet``: the owner is a news outlet, agency or research firm (the gazetteer's ``media`` and ``agency``
categories): the intermediary that reports a figure more often than it owns one ("according to Reuters").
``rival_nearer``: another name of the owner's sort (a company for a company, a person for a person) stands nearer the
figure in its sentence than any mention of the owner: the ranker chose past it.
Session 37, each development round scored by trees that did not see it, the judged figures' AUC of the rounds
together went .789 -> .805 with these three; how the owner was read (the gazetteer or only a cue noun or its
position) and how often the document names it (beside its share, ``figure_screen``'s ``share``) took it to .798
with them, .785 and .791 alone: left out.
"""

from __future__ import annotations

import math

from crossreach.models import Mention, Metric
from crossreach.relate.context import DocumentView

#: The features read here, in the order ``figure_screen.FEATURES`` lists them (after its own).
OWNER_FEATURES = ("owner_headline", "owner_outlet", "rival_nearer")
_OUTLETS = ("media", "agency")
#: Sorts of name that may own the same figure: an organization and a platform are both companies.
_SORTS = {"organization": "company", "platform": "company", "person": "person", "work": "work", "event": "work"}


def owner_features(view: DocumentView, metric: Metric, mentions: list[Mention],
                   nearest: Mention | None) -> tuple[float, ...]:
    """The ``OWNER_FEATURES`` of one metric with a named owner: ``mentions`` are its sentence's, ``nearest`` the
    owner's mention there nearest the figure (None when the sentence does not name it)."""
    named = [m for m in view.extraction.mentions if m.name == metric.subject]
    headline = view.extraction.sentences[0].end if view.extraction.sentences else 0
    category = next((m.category for m in named if m.category), None)
    sort = _SORTS.get(named[0].type) if named else None
    found = metric.evidence
    reach = _gap(nearest, found.start, found.end) if nearest is not None else math.inf
    rival = sort is not None and any(m.name not in (metric.subject, metric.platform) and _SORTS.get(m.type) == sort
                                     and _gap(m, found.start, found.end) < reach for m in mentions)
    return float(any(m.end <= headline for m in named)), float(category in _OUTLETS), float(rival)


def _gap(mention: Mention, start: int, end: int) -> int:
    """Characters between a mention and a figure's span, on either side of it."""
    return max(0, start - mention.end, mention.start - end)
