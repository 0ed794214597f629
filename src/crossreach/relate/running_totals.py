"""Running totals: the total a gain brings its subject to, stated in the gain's clause.

"The museum added about 224,000 followers, taking its total audience to 8.7 million": the second
figure counts what the gain counts (followers, not the "audience" a cue nearer to it would name),
for the same subject and platform, and it is a total. The cue words ("taking its total to",
"portando il totale a", "总数达到") are the language's ``metrics.running_total_cues``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from crossreach.lexicon import LanguageLexicon, compiled, cue_pattern
from crossreach.models import Metric, Quantity, Sentence
from crossreach.relate.context import evidence

#: How far (characters) a running total may stand after its gain: the rest of the gain's clause.
_REACH = 90
#: What may stand between the cue and the figure: a few words ("audience to", "粉丝数"), not a clause.
_GAP = r"(?:\s+[^\W\d_]+){0,3}\s*$"
_GAP_UNSPACED = r"[^\d,;.\uff0c\uff1b\u3002]{0,4}$"
#: A gain and a total are in one sentence; a semicolon ends the gain's statement.
_STOP = re.compile("[;\uff1b]")


@cache
def running_total_cue(lexicon: LanguageLexicon, spaced: bool) -> re.Pattern[str]:
    """A regex for text that ends with a running-total cue and the few words up to the figure."""
    words = lexicon.section("metrics").get("running_total_cues")
    if not words:
        return re.compile("(?!x)x")
    return compiled(rf"(?:{cue_pattern(words, spaced).pattern}){_GAP if spaced else _GAP_UNSPACED}",
                      re.IGNORECASE)


def running_totals(text: str, figures: list[Quantity], kinds: list[str | None], cue: re.Pattern[str],
                   is_change: Callable[[Quantity], bool]) -> tuple[dict[int, int], list[str | None]]:
    """Which figure (by index) is the running total of which gain, and the figures' kinds with each
    total's set to its gain's: a figure of the same sort (count or money) right after a gain with a
    kind, a running-total cue just before it."""
    found: dict[int, int] = {}
    for index in range(1, len(figures)):
        gain, total = figures[index - 1], figures[index]
        if kinds[index - 1] is None or gain.kind != total.kind:
            continue
        between = text[gain.end:total.start]
        if len(between) <= _REACH and not _STOP.search(between) and cue.search(between) and is_change(gain):
            found[index] = index - 1
    return found, [kinds[found[index]] if index in found else kind for index, kind in enumerate(kinds)]


def carried_total(gain: Metric, figure: Quantity, sentence: Sentence, date: str | None) -> Metric:
    """The running total as a fact: the gain's kind, subject and platform, with its own value and date."""
    return replace(gain, value=figure.value, range=figure.range, qualifier=figure.qualifier,
                   currency=figure.currency, date=date, aspect="total",
                   evidence=evidence(sentence, figure.start, figure.end))
