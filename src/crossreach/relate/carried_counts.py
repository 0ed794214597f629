"""Counts that take their kind from the sentence before: a sentence that names no metric but
gives a count of the order of the figure just before it, in the same paragraph, counts what that
one did ("Tencent Music closed the quarter with 576 million monthly active users. Its rival NetEase
Cloud Music reported 206 million at mid-year"; "ne dichiarava 206 milioni"). After a sum, such a
count is a sum in its currency, the currency said once ("ha realizzato ricavi per 906,7 milioni di
euro. La Greater China ha contribuito per circa 260 milioni"). A sum written with its currency is
carried by ``metric_kinds.deal_amounts``."""

from __future__ import annotations

from dataclasses import dataclass, replace

from crossreach.models import Quantity
from crossreach.relate.metric_kinds import ELLIPSIS_RATIO, MONEY_CUES, MONEY_KINDS

#: A carried count is at least this large: a smaller one is of something else ("in 3 cities").
CARRIED_COUNT = 10_000


@dataclass(frozen=True)
class Carried:
    """What the sentence before leaves to a count with no cue: a kind, the size of its figure,
    and the currency when that figure is a sum."""

    kind: str
    size: float
    currency: str | None = None


def carried_count_kind(earlier_cues: list[tuple[int, int, str]], earlier_figures: list[Quantity]) -> Carried | None:
    """The kind and size of the last figure of the sentence before, when a cue of its sort (a count
    cue for a count, a sales or deal word for a sum with its currency) names one."""
    figures = [q for q in earlier_figures if q.kind in ("count", "money") and q.upper]
    if not figures:
        return None
    last = figures[-1]
    if last.kind == "money":
        kinds = [kind for *_, kind in earlier_cues if kind in MONEY_CUES]
        if not kinds or kinds[-1] not in MONEY_KINDS or not last.currency:
            return None
        return Carried(kinds[-1], float(last.upper or 0.0), last.currency)
    kinds = [kind for *_, kind in earlier_cues if kind not in MONEY_CUES]
    return Carried(kinds[-1], float(last.upper or 0.0)) if kinds else None


def carried_counts(figures: list[Quantity], kinds: list[str | None], carried: Carried,
                   bare: list[bool]) -> tuple[list[Quantity], list[str | None]]:
    """Each count with no kind of a cue-less sentence, of the order of the figure before it
    (within ``ELLIPSIS_RATIO``), not small, and ``bare`` (no word after it names what it counts:
    "2.1 million inhabitants" counts something else), takes that figure's kind, and its currency."""
    figures, kinds = list(figures), list(kinds)
    for index, figure in enumerate(figures):
        size = float(figure.upper or 0.0)
        if kinds[index] is None and figure.kind == "count" and figure.unit is None and bare[index] \
                and size >= CARRIED_COUNT and max(size, carried.size) <= ELLIPSIS_RATIO * min(size, carried.size):
            kinds[index] = carried.kind
            if carried.currency:
                figures[index] = replace(figure, kind="money", currency=carried.currency)
    return figures, kinds
