"""Numbers that read as figures but state none, judged from the number, its date and the marks
around it (no language words): a number quoted on its own is a name, a vague range too wide is no
figure, nor is a sum under ten thousand, and a figure dated in a year after its article's is a forecast.
A long run of digits with no group mark ("1121114" closing a wire story) is a code, not a figure
(a telephone number written in groups is ``number_forms``').

A shopping festival or a product may be named by a number ("«618»", "the “1664”"): a number with
a quotation mark right before and its closing mark right after is that name, whatever cue stands
near it. A bare scale word reads as a range ("millions of" is 1 to 1,000 million; "en millones de
RMB", a table's unit, too): a range over more than two orders of magnitude says no figure.
"""

from __future__ import annotations

import re
from functools import cache

from crossreach.lexicon import script
from crossreach.models import Metric, Quantity

#: The day a page's date falls on when read from a bare year (a guess that dates nothing).
_GUESSED_DAY = "-01-01"
#: A season or fiscal year written with its two years ("2025-26", "2025/2026").
_SEASON = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-/\u2013]\s*(\d\d(?:\d\d)?)(?!\d)")
#: The smallest sum of money that is a metric: under it, a price, a dividend or an average per user
#: ("0.70 euros per share", "ARPU of 10 yuan", "le sac, vendu 2 400 euros", "六千元的手机"), as a count
#: under a hundred is no audience. No gold sum of the corpora is under 20,000; the prices of single
#: items (a bag, a phone, a bottle, a ticket) are.
SMALLEST_SUM = 10_000
#: The widest span (upper bound over lower bound) a range may have and still state a figure.
WIDEST_RANGE = 100
#: The fewest digits of a code: a figure of millions is written with group marks or a scale word
#: ("1,121,114", "1.1 million", "112万"); seven bare digits are a story number, a phone or an id.
CODE_DIGITS = 7


@cache
def _quote_pairs() -> tuple[frozenset[str], frozenset[str]]:
    """Opening marks and every mark that closes one."""
    marks = script().quotations
    return frozenset(marks), frozenset("".join(marks.values()))


def quoted_alone(text: str, figure: Quantity) -> bool:
    """Whether a number stands alone between quotation marks (a name, not a figure)."""
    opening, closing = _quote_pairs()
    before = text[max(0, figure.start - 3):figure.start].rstrip()
    after = text[figure.end:figure.end + 3].lstrip()
    return bool(before) and bool(after) and before[-1] in opening and after[0] in closing


def bare_code(figure: Quantity) -> bool:
    """Whether a number is a run of bare digits too long to be written as a figure (an id, a code)."""
    return len(figure.text) >= CODE_DIGITS and figure.text.isascii() and figure.text.isdigit()


def too_small_a_sum(figure: Quantity) -> bool:
    """Whether a sum of money is too small to be sales, a deal or a donation."""
    size = figure.upper
    return figure.kind == "money" and size is not None and size < SMALLEST_SUM


def too_vague(figure: Quantity) -> bool:
    """Whether a figure is a range too wide to state a value ("millions of", a unit in a caption)."""
    if figure.range is None:
        return False
    low, high = figure.range
    return high > WIDEST_RANGE * max(low, 1.0)


def after_publication(metric: Metric, published: str | None) -> bool:
    """Whether a figure is dated in a year after the one its article was published in: a forecast or a target
    ("sales of 2 billion yuan in 2027"), not a figure. A deal's value is kept: a contract is dated by
    the term it runs to as often as by its signing."""
    if not published or not metric.date or metric.kind == "deal_value" or published.endswith(_GUESSED_DAY):
        return False
    if metric.date[:4] <= published[:4]:  # by year: a page's date may be a guess ("2020-01-01" for "2020")
        return False
    # a season or fiscal year under way ("the 2025-26 season", dated to the year it ends in)
    return not any(_season_end(found) == metric.date[:4] for found in _SEASON.finditer(metric.evidence.sentence))


def _season_end(found: re.Match[str]) -> str:
    start, end = found.group(1), found.group(2)
    return start[:2] + end if len(end) == 2 else end
