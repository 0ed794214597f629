"""Start values: "grew from 12,000 to 265,000 followers" states two figures, not a range.

``recognise/numbers.py`` leaves such a pair as two figures (a verb of change and a "from" opener
before the first: the language's ``numbers.change_verbs`` and ``numbers.from_openers``). The second
is where the count is now; the first is where it started, and counts what the second counts even
when its noun is said only once, after the second ("pasó de 12 mil a 265 mil seguidores").
"""

from __future__ import annotations

from crossreach.models import Quantity
from crossreach.recognise.number_rules import NumberRules
from crossreach.recognise.numbers import changed_from


def start_values(text: str, figures: list[Quantity], rules: NumberRules) -> dict[int, int]:
    """Which figure (by index) is the start value of which end value (the figure right after it,
    past a range joiner, of the same sort)."""
    found: dict[int, int] = {}
    for index in range(len(figures) - 1):
        start, end = figures[index], figures[index + 1]
        joiner = rules.range_joiner_re.match(text, start.end) or rules.range_joiner_symbol_re.match(text, start.end)
        if (joiner is not None and joiner.end() >= end.start - 1 and start.kind == end.kind
                and start.value is not None and end.value is not None and changed_from(text, start.start, rules)):
            found[index] = index + 1
    return found


def start_value_kinds(text: str, figures: list[Quantity], kinds: list[str | None],
                      rules: NumberRules) -> list[str | None]:
    """The figures' kinds with a start value that names none given its end value's."""
    named = list(kinds)
    for start, end in start_values(text, figures, rules).items():
        if named[start] is None and named[end] is not None:
            named[start] = named[end]
    return named
