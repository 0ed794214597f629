"""The kind of a figure with no cue of its own: that of the figure of its sort before it (ellipsis)."""

from __future__ import annotations

from crossreach.models import Quantity

#: The quantities that can be figures: counts and sums of money.
FIGURE_KINDS = ("count", "money")
#: A count with no cue takes the kind of the count before it only within this factor of it.
ELLIPSIS_RATIO = 30


def kinds_of_bare_figures(figures: list[Quantity], kinds: list[str | None]) -> list[str | None]:
    """A figure with no cue of its own is of the kind of the figure of its sort before it in the
    sentence: a sum ("revenue rose to $15.6 billion, after $10.1 billion a year earlier"), or a
    count of the same order ("Celtic have 1.18 million followers, while Rangers count 640,000"),
    unless no metric names that one. A count far smaller is of something else ("1.9 million
    viewers and more than 1,500 orders")."""
    last: dict[str, tuple[str | None, float]] = {}
    named = []
    for figure, kind in zip(figures, kinds, strict=True):
        size = figure.value if figure.value is not None else (figure.range[1] if figure.range else 0.0)
        if figure.kind in FIGURE_KINDS:
            before, before_size = last.get(figure.kind, (None, 0.0))
            if kind is None and (figure.kind == "money" or size * ELLIPSIS_RATIO >= before_size):
                kind = before
            last[figure.kind] = (kind, size)
        named.append(kind)
    return named
