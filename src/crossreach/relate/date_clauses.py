"""Clauses that tell a figure's date: a date that fills a clause of its own before the figure's, a
clause that tells a part of a whole ("of which"), a semicolon that parts two clauses that stand alone."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from crossreach.lexicon import alternation, compiled, cue_pattern, is_spaced, load_language, script
from crossreach.models import Quantity
from crossreach.relate.restatements import restated_sum

#: What ends a clause between a figure and a date, where the figure's own decimal or thousands mark
#: ("faturou 129,6 M€ em 2023": a mark between two digits) is no break.
NUMBER_CLAUSE_BREAK = re.compile(rf"(?!(?<=\d)[.,](?=\d))[{re.escape(script().clause_breaks)}]| - ")
#: Parts two clauses that each stand alone.
SEMICOLON = re.compile("[;\uff1b]")

#: A clause that is a date and little else, right before a figure's clause ("..., 今年双十一期间，兰蔻 ...
#: 突破10亿元", "said that in 2022, sales reached"): the characters it may hold besides its date, before
#: and after it, where words are spaced and where they are not.
_LEAD_IN_SPACED, _LEAD_IN_UNSPACED = (12, 0), (2, 3)
#: The comma that parts such a clause from those around it (not a dateline's dash: "LISBOA, 14 de
#: novembro - A Lancôme vendeu"), or the semicolon that opens it ("...增加约900万；今年一季度，...平均为1150万").
_COMMA = re.compile(f"[{re.escape(script().commas)};\uff1b]")


#: A bracket opened right after a date, and the few words before a figure inside it ("2019年（约620万人次）",
#: "in 2019 (about 6.2 million visitors)").
_OPEN, _CLOSE = re.escape(script().open_brackets), re.escape(script().close_brackets)
_OPENS_ONTO = re.compile(rf"\s?[{_OPEN}][^{_OPEN}{_CLOSE}{re.escape(script().clause_breaks)}\n]{{0,12}}$")


def leads_into(text: str, start: int, end: int, offset: int, spaced: bool) -> bool:
    """Whether a date at ``start:end`` fills a clause of its own, opened by a comma, that opens the
    clause of a figure at ``offset`` (one clause break between them, a comma), as a sentence's
    opening date does (``_own_date``); or opens a bracket the figure stands in, which gives that
    date's figure ("较疫情前的2019年（约620万人次）", "down from 2019 (6.2 million)")."""
    if end > offset:
        return False
    if _OPENS_ONTO.match(text, end, offset) is not None:
        return True
    breaks = list(NUMBER_CLAUSE_BREAK.finditer(text, end, offset))
    before, after = _LEAD_IN_SPACED if spaced else _LEAD_IN_UNSPACED
    return (len(breaks) == 1 and breaks[0].group() in script().commas and breaks[0].start() - end <= after
            and _COMMA.search(text, max(0, start - before - 1), start) is not None)


@cache
def subset_re(lang: str) -> re.Pattern[str]:
    """The language's ``dates.subset_cues`` ("of which", "davon", "其中"): a figure after one is a part
    of a whole told before it in its sentence, and of the whole's date ("2020年在华共交付新车777,379辆，
    其中MINI品牌交付约4.1万辆")."""
    lexicon = load_language(lang)
    cues = [str(c) for c in lexicon.section("dates").get("subset_cues") or []]
    if not cues:
        return re.compile("(?!x)x")
    if not is_spaced(lexicon):
        return compiled(alternation(cues))
    return compiled(rf"(?<![^\W\d_])(?:{alternation(cues)})(?![^\W\d_])", re.IGNORECASE)


@cache
def _start_word_re(lang: str) -> re.Pattern[str]:
    """The language's ``dates.start_cues`` anywhere in a clause ("che ha aperto il proprio negozio
    ufficiale su JD.com nel 2019", "depuis la signature d'un accord en 2018")."""
    lexicon = load_language(lang)
    cues = [str(c) for c in lexicon.section("dates").get("start_cues") or []]
    if not cues:
        return re.compile("(?!x)x")
    if not is_spaced(lexicon):
        return compiled(alternation(cues))
    return compiled(rf"(?<![^\W\d_])(?:{alternation(cues)})(?![^\W\d_])", re.IGNORECASE)


def year_of_clause_before(lang: str, text: str, sentence_start: int, start: int, end: int, offset: int) -> bool:
    """Whether a year at ``start:end`` in an earlier clause of a figure's sentence dates the figure at
    ``offset``: the clauses of a sentence tell one time ("该平台2023年共售出挪威三文鱼约1.6万吨，销售额超过
    20亿元", "registrou receita de 341,2 bilhões em 2024, e sua base de usuários chegou a 790 milhões"),
    unless a semicolon parts them or the year's clause tells a start ("Barilla, che ha aperto il proprio
    negozio su JD.com nel 2019, ha venduto ...": the language's ``dates.start_cues``)."""
    if end > offset or SEMICOLON.search(text, end, offset):
        return False
    opened = max((m.end() for m in NUMBER_CLAUSE_BREAK.finditer(text, sentence_start, start)), default=sentence_start)
    return _start_word_re(lang).search(text, opened, start) is None


#: A bracketed aside with no bracket inside it ("($191.6 million)", "（约合4.1亿元）").
_BRACKETED = re.compile(rf"[{_OPEN}][^{_OPEN}{_CLOSE}\n]*[{_CLOSE}]")


@lru_cache(maxsize=1024)  # (asked again for a date and figure by each rule that reads them: 60 % repeats)
def clause_break_between(text: str, low: int, high: int) -> bool:
    """Whether a clause break stands in ``text[low:high]`` other than a whole bracketed aside: "revenue of
    151 million pounds ($191.6 million) for its 2024 financial year" is one clause, its conversion aside."""
    if NUMBER_CLAUSE_BREAK.search(text, low, high) is None:
        return False
    span = _BRACKETED.sub(lambda m: " " * len(m.group()), text[low:high])
    return NUMBER_CLAUSE_BREAK.search(span) is not None



@cache
def _restatement_re(lang: str) -> re.Pattern[str]:
    """The language's ``metrics.restatement_cues`` ("the equivalent of", "o equivalente a", "约合")."""
    lexicon = load_language(lang)
    return cue_pattern(lexicon.section("metrics").get("restatement_cues"), is_spaced(lexicon))


def figure_between(lang: str, text: str, quantities: list[Quantity], offset: int, start: int) -> bool:
    """Whether another figure stands between a figure at ``offset`` and a date at ``start`` after it:
    the date is that figure's ("has 1.3 million followers, up from 410,000 a year ago"). A sum that
    restates the one before it in another currency is the same figure ("vendeu 23 milhões de yuans, o
    equivalente a cerca de R$ 18 milhões, ... durante o Dia dos Solteiros")."""
    before = next((q for q in quantities if q.start == offset), None)
    for quantity in quantities:
        if offset < quantity.start and quantity.end <= start and quantity.kind in ("count", "money"):
            if not restated_sum(text, before, quantity, _restatement_re(lang)):
                return True
            before = quantity
    return False
