"""Figures given "respectively": each belongs to another item of the list named before them.

"Fissler and WMF sold 160 million and 98 million yuan respectively": the figures pair in order with
the platforms, else the subjects, named before the first of them. When the list cannot be paired
(a name no lexicon knows, "Les Roches et Glion revendiquent respectivement 41 000 et 33 500"), the
owner decision gives each figure its own owner, and two of them with the same owner, kind, platform
and date show that pairing failed: at most one of them is that owner's, so only the first is kept.
"""

from __future__ import annotations

from collections.abc import Hashable

from crossreach.models import Mention, Metric, Quantity

#: The types of entities that can own a figure of a list.
SUBJECT_TYPES = ("organization", "person", "work", "event")


def respective_pairs(figures: list[Quantity], kinds: list[str | None], mentions: list[Mention],
                     platforms: list[Mention]) -> dict[int, tuple[Mention | None, Mention | None]]:
    """With "respectively", figures pair in order with the platforms, else the subjects, named before them."""
    counted = [i for i, k in enumerate(kinds) if k]
    first = figures[counted[0]].start if counted else 0
    # (the list's figures follow one another: a name after the first figure opens another clause,
    # "A and B sold 3 and 2 million pans respectively; C, for its part, sold 120,000": its figures
    # are not the list's)
    stop = next((m.start for m in mentions if m.start > first), None)
    counted = [i for i in counted if stop is None or figures[i].start < stop]
    named_platforms = _distinct([m for m in platforms if m.start < first])
    if len(named_platforms) == len(counted):
        return {i: (None, p) for i, p in zip(counted, named_platforms, strict=True)}
    subjects = _distinct([m for m in mentions if m.type in SUBJECT_TYPES and m.start < first])
    if len(subjects) == len(counted):
        return {i: (s, None) for i, s in zip(counted, subjects, strict=True)}
    return {}


def one_owner_each(metrics: list[Metric], platforms: list[Mention]) -> list[Metric]:
    """The metrics of a "respectively" sentence, a later one left out when an earlier one has the same
    owner, kind, platform and date (the same figure's owner twice: the list was not paired). Not when
    the sentence names a platform for each figure: the list is then of platforms, and one owner may
    have a figure on each ("5 million and 3 million followers on Weibo and Douyin respectively")."""
    if len(_distinct(platforms)) >= len(metrics):
        return metrics
    seen: set[Hashable] = set()
    kept: list[Metric] = []
    for metric in metrics:
        key = (metric.subject, metric.kind, metric.platform, metric.date)
        if key not in seen:
            seen.add(key)
            kept.append(metric)
    return kept


def _distinct(mentions: list[Mention]) -> list[Mention]:
    seen: dict[str, Mention] = {}
    for mention in mentions:
        seen.setdefault(mention.name, mention)
    return list(seen.values())
