"""One owner a figure: a document that states the same figure twice (the headline and the body, the
lead and a later recap) states one fact, so both statements name one owner.

Each statement's owner is decided from its own sentence, and a headline or a recap often names the
figure's owner less plainly than the sentence that reports it ("Inter regina dei social, 11,4
milioni di fan" against the body's "i nerazzurri contavano 11,4 milioni di follower"): two owners of
one figure are at least one wrong fact. The statement whose owner the extractor was surest of
gives the owner of all of them; the store then merges them as one fact with every evidence.

A sum restated in another currency right after it is the same figure, not a second one: in brackets
("41 milhões de yuan (cerca de 5,2 milhões de euros)"), after a comma and a word ("75亿美元，约合530亿元"),
or, when the second sum is approximate as a conversion is, after a comma and a few words
("$7.5 billion, or about 53 billion yuan", "10 millions d'euros, soit environ 78 millions de yuans"),
or after a restatement word of the language a little farther ("500 millones de yuanes en Tmall,
equivalentes a unos 64 millones de euros", "o equivalente a cerca de R$ 350 milhões").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Hashable

from crossreach.lexicon import script
from crossreach.models import Metric, Quantity

#: How far (characters) a sum restating the one before in another currency may stand from it.
RESTATED_REACH = 25
#: How far (characters) a sum a restatement word introduces may stand from the sum it restates.
RESTATED_CUE_REACH = 45
#: Between a sum and its restatement: a bracket, or a comma and at most one word.
_RESTATED = re.compile(rf"[{re.escape(script().open_brackets)}]|[{re.escape(script().commas)}]\s*\S*\s*$")
#: Between a sum and its approximate restatement: a comma and at most three words ("or about").
_RESTATED_ABOUT = re.compile(rf"[{re.escape(script().commas)}](?:\s*[^\W\d_]+){{0,3}}\s*$")


def restated_sum(text: str, before: Quantity | None, figure: Quantity, cues: re.Pattern[str] | None = None) -> bool:
    """Whether a sum restates the sum right before it in another currency (the same figure); ``cues``
    finds the language's restatement words ("the equivalent of", "umgerechnet", "约合")."""
    if before is None or figure.kind != "money" or before.kind != "money" or before.currency == figure.currency:
        return False
    between = text[before.end:figure.start]
    if len(between) > RESTATED_REACH:
        return len(between) <= RESTATED_CUE_REACH and cues is not None and bool(cues.search(between))
    return bool(_RESTATED.search(between)) or (figure.qualifier == "about" and bool(_RESTATED_ABOUT.search(between))) \
        or (cues is not None and bool(cues.search(between)))


def _figure(fact: Metric) -> Hashable:
    """What makes two statements one figure: kind, value to three significant digits (or range),
    aspect and currency."""
    value = float(f"{fact.value:.3g}") if fact.value is not None else fact.range
    return fact.kind, value, fact.aspect, fact.currency


def one_owner_a_figure(facts: list[Metric]) -> list[Metric]:
    """The facts, each statement of a figure stated more than once given the owner of its most
    confident statement (its order and evidence kept). Two statements in one sentence are two
    figures ("Gucci and Prada each count 1 million followers"), whatever their values."""
    surest: dict[Hashable, Metric] = {}
    for fact in facts:
        key = _figure(fact)
        if fact.subject is not None and (key not in surest or fact.confidence > surest[key].confidence):
            surest[key] = fact
    return [fact if (best := surest.get(_figure(fact))) is None or best.subject == fact.subject
            or best.evidence.sentence_start == fact.evidence.sentence_start
            else dataclasses.replace(fact, subject=best.subject, confidence=min(fact.confidence, best.confidence))
            for fact in facts]
