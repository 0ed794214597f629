"""Counts that take their kind from the sentence before: a sentence that names no metric but
gives a count of the order of the one just before it, in the same paragraph, counts what that one
did ("Tencent Music closed the quarter with 576 million monthly active users. Its rival NetEase
Cloud Music reported 206 million at mid-year"; "ne dichiarava 206 milioni"). Money is carried by
``metric_kinds.deal_amounts``; this is its counterpart for counts."""

from __future__ import annotations

from crossreach.models import Quantity
from crossreach.relate.metric_kinds import ELLIPSIS_RATIO, MONEY_CUES

#: A carried count is at least this large: a smaller one is of something else ("in 3 cities").
CARRIED_COUNT = 10_000


def carried_count_kind(earlier_cues: list[tuple[int, int, str]], earlier_figures: list[Quantity]) -> \
        tuple[str, float] | None:
    """The kind and size of the last count of the sentence before, when a count cue of it names one:
    what a count in a sentence with no cue of its own may carry over."""
    counts = [q for q in earlier_figures if q.kind == "count" and q.upper]
    kinds = [kind for *_, kind in earlier_cues if kind not in MONEY_CUES]
    if not counts or not kinds:
        return None
    return kinds[-1], float(counts[-1].upper or 0.0)


def carried_counts(figures: list[Quantity], kinds: list[str | None], carried: tuple[str, float],
                   bare: list[bool]) -> list[str | None]:
    """Each count with no kind of a cue-less sentence, of the order of the count before it
    (within ``ELLIPSIS_RATIO``), not small, and ``bare`` (no word after it names what it counts:
    "2.1 million inhabitants" counts something else), takes that count's kind."""
    kind, before = carried
    out = list(kinds)
    for index, figure in enumerate(figures):
        size = float(figure.upper or 0.0)
        if out[index] is None and figure.kind == "count" and figure.unit is None and bare[index] \
                and size >= CARRIED_COUNT \
                and max(size, before) <= ELLIPSIS_RATIO * min(size, before):
            out[index] = kind
    return out
