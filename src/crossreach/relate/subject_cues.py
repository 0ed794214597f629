"""A cue that is its clause's subject names the figure its verb reaches, however far the cue stands.

"Views of the Gucci show on Douyin topped 3 million", "Le visualizzazioni del video hanno superato
quota 3 milioni", "Die Besucherzahl des Museums lag bei 5,8 Millionen": the figure names nothing
after it, and the cue word before it stands out of the usual reach because the owner sits between
them. A verb of reaching or being (``metrics.reaching_verbs`` of each language, "reached", "ha
superato", "lag bei", "chegou a") right before the figure, with at most two words between ("quota",
"more than"), links the two: the figure is of the cue's kind. A sales cue so linked names a count of
millions that no noun follows as a sum whose currency goes unsaid ("La facturación global ascendió a 215
millones y ...", "Der Umsatz erreichte 112 Millionen."): sales.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from crossreach.lexicon import LanguageLexicon, compiled, cue_pattern
from crossreach.models import Quantity
from crossreach.relate.context import CLAUSE_BREAK
from crossreach.relate.metric_kinds import MONEY_CUES

#: A count linked to a sales cue is a sum with its currency unsaid from this size ("215 millones").
_UNSAID_CURRENCY_SUM = 1_000_000

#: What may stand between the verb and the figure: at most two words ("quota", "more than").
_GAP = r"(?:\s+[^\W\d_]+){0,2}\s*$"
_GAP_UNSPACED = r"[^\d,;.\uff0c\uff1b\u3002]{0,2}$"


@cache
def reaching_verb(lexicon: LanguageLexicon, spaced: bool) -> re.Pattern[str] | None:
    """A regex for text that ends with a verb of reaching and the few words up to the figure."""
    words = lexicon.section("metrics").get("reaching_verbs")
    if not words:
        return None
    return compiled(rf"(?:{cue_pattern(words, spaced).pattern}){_GAP if spaced else _GAP_UNSPACED}",
                    re.IGNORECASE)


def subject_cue_kinds(text: str, figures: list[Quantity], kinds: list[str | None],
                      cues: list[tuple[int, int, str]], verb: re.Pattern[str] | None,
                      bare: Callable[[Quantity], bool],
                      ends_clause: Callable[[Quantity], bool] | None = None) -> list[str | None]:
    """The kinds, with each figure no cue reached, naming nothing after it (``bare``), given the
    kind of the last cue before it in its clause when a verb of reaching stands right before it.
    The figure is a count and the cue one of counts, no other figure between the two: a money cue
    already reaches twice as far, and on web/tune the sums this would add are told of an owner the
    ranker does not find. A count of millions a sales cue reaches, its clause ending after it (``ends_clause``:
    no noun of its own), is sales."""
    if verb is None or all(kinds):
        return kinds
    named = list(kinds)
    for index, (figure, kind) in enumerate(zip(figures, kinds, strict=True)):
        if kind is not None or figure.kind != "count":
            continue
        after = figures[index - 1].end if index else 0
        before = [cue for cue in cues if after <= cue[0] and cue[1] <= figure.start]
        if not before:
            continue
        _, end, cue_kind = before[-1]
        if CLAUSE_BREAK.search(text, end, figure.start) or not verb.search(text, end, figure.start):
            continue
        unsaid_sum = cue_kind == "sales" and (figure.value or 0) >= _UNSAID_CURRENCY_SUM \
            and ends_clause is not None and ends_clause(figure)
        if unsaid_sum or (cue_kind not in MONEY_CUES and bare(figure)):
            named[index] = cue_kind
    return named
