"""Dates of figures stated more than once: a repeat without a date of its own takes the dated one's."""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from collections.abc import Hashable
from functools import cache

from crossreach.lexicon import alternation, cue_pattern, is_spaced, load_language, script
from crossreach.models import Metric, Sentence
from crossreach.relate.context import DATES_LOOKED_BACK, START_CUE_REACH, DocumentView, _start_cue_re
from crossreach.relate.counted_to_date import counted_to_date
from crossreach.relate.event_dates import dated_by_event
from crossreach.relate.quoted_dates import in_quotation
from crossreach.relate.stock_dates import gain_sentences, stocks_told_elsewhere


def _figure_key(fact: Metric) -> Hashable:
    """A figure as its repeats share it: kind, currency and value to three significant digits (a
    headline's "3.2 mln" and the body's "3,2 millions" agree; 2,000 million yuan and 2,003 million
    euros do not), or its range."""
    value = float(f"{fact.value:.3g}") if fact.value is not None else fact.range
    return fact.kind, fact.currency, value


#: Kinds that count what an account or company has at a moment (its followers, users, staff): a total
#: of these given with no date of its own is as of publication, not of the last event the text told.
STOCK_KINDS = frozenset({"followers", "users", "mau", "dau", "employees"})
#: Of those, the counts a writer reads off an account the day they write (its followers), where a
#: platform's users or a company's staff are taken from a report for a period, and dated by it
#: ("斯沃琪集團2024年淨銷售額為67.4億瑞士法郎，全球員工約3.2萬人").
LIVE_KINDS = frozenset({"followers"})


#: A sentence of prose ends with a full stop (a closing quote or bracket may follow); a line of a
#: list ("- Weibo: 1.05 million followers") does not, and its figures are as of its heading's date.
_PROSE_END = re.compile(
    rf"[{re.escape(script().sentence_ends + script().wide_sentence_ends)}][{re.escape(script().closers)}]*\s*$")


def _prose(text: str, sentence: Sentence) -> bool:
    """Whether a sentence is prose: it ends with a full stop and is not an item of a list, a line
    that a single line break parts from the line before or after it."""
    before, after = text[max(0, sentence.start - 2):sentence.start], text[sentence.end:sentence.end + 2]
    item = (before.endswith("\n") and not before.startswith("\n")) or (after.startswith("\n") and after != "\n\n")
    return _PROSE_END.search(sentence.text) is not None and not item


@cache
def _period_re(lang: str) -> re.Pattern[str]:
    """A unit of time of the language's ``non_counts.duration`` ("in the first seven days", "nas
    primeiras 72 horas", "七天内"), its short or one-letter words left out (Italian "ora" is also
    "now", Chinese "天" is in "今天")."""
    lexicon = load_language(lang)
    shortest = 4 if is_spaced(lexicon) else 2
    units = [str(u) for u in lexicon.section("non_counts").get("duration") or [] if len(str(u)) >= shortest]
    if not units:
        return re.compile("(?!x)x")
    if not is_spaced(lexicon):
        return re.compile(alternation(units))
    return re.compile(rf"(?<![^\W\d_])(?:{alternation(units)})(?![^\W\d_])", re.IGNORECASE)


@cache
def _elapsed_res(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The language's words that make a unit of time an elapsed time, not the window a count was
    reached in: before it (``dates.elapsed_before``: "seit drei Jahren", "since", "depuis") and
    right after it (``dates.elapsed_after``: "Dezasseis meses depois", "three months later", "三个月后")."""
    lexicon = load_language(lang)
    section = lexicon.section("dates")
    before = [str(c) for c in section.get("elapsed_before") or []]
    after = [str(c) for c in section.get("elapsed_after") or []]
    never = re.compile("(?!x)x")
    if not is_spaced(lexicon):
        return (re.compile(rf"(?:{alternation(before)})\S{{0,4}}$") if before else never,
                re.compile(alternation(after)) if after else never)
    return (re.compile(rf"(?<![^\W\d_])(?:{alternation(before)})(?:\s+\S+){{0,2}}\s+$", re.IGNORECASE)
            if before else never,
            re.compile(rf"\s*,?\s*(?:{alternation(after)})(?![^\W\d_])", re.IGNORECASE) if after else never)


#: How far before a unit of time a word that makes it an elapsed time may stand (characters).
_ELAPSED_REACH = 30


def _window_named(lang: str, text: str) -> bool:
    """Whether a sentence names a window of time a count was reached in ("in the first seven days"):
    a unit of time (``_period_re``) that no word makes an elapsed time ("seit drei Jahren", "sixteen
    months later": what follows is counted now, or as of the last event)."""
    before, after = _elapsed_res(lang)
    return any(before.search(text, max(0, m.start() - _ELAPSED_REACH), m.start()) is None
               and after.match(text, m.end()) is None
               for m in _period_re(lang).finditer(text))


def stocks_as_published(view: DocumentView, facts: list[Metric]) -> list[Metric]:
    """The facts, each total of a stock kind whose sentence gives no date dated as the publication
    ("the official account has 460,000 followers", two paragraphs after a launch in June, or in
    the paragraph of a "so far" or "today", which dates nothing but the publication; or "its rival
    has 870,000 followers", a sentence after one dated to June: a count stated in the present).
    A count reached within a period its sentence names ("in the first seven days the store gathered
    150,000 followers") is as of that period, dated as the event told before it in the paragraph."""
    published = view.extraction.document.published
    if not published:
        return facts
    gains = gain_sentences(facts)
    out = []
    for fact in facts:
        if fact.kind in STOCK_KINDS and fact.aspect == "total" and fact.evidence.sentence_start not in gains:
            sentence = view.sentence_of(fact.evidence.start)
            last = view.last_date_before(sentence.start) if sentence is not None else None
            if (sentence is not None and _prose(view.text, sentence)
                    and view.sentence_date(sentence, fact.evidence.start) is None
                    and (last is None or "\n" in view.text[last.end:sentence.start]
                         or (last.relative and last.value == published)
                         or not _window_named(view.extraction.document.lang, sentence.text))):
                fact = dataclasses.replace(fact, date=_as_of(view, sentence.start) or published)
        out.append(fact)
    return stocks_told_elsewhere(view, counted_to_date(view, out), LIVE_KINDS, _as_of)


def _as_of(view: DocumentView, offset: int) -> str | None:
    """The last day or month before ``offset`` that the text gives as the date its counts stand at
    (the language's ``dates.as_of_cues``: "数据统计截至2022年12月31日", "Stand 31. Dezember 2022", "as
    of December 31"), none after publication: a report's counts told with no date are as of then."""
    key = ("as of dates",)
    if key not in view.memo:
        began = _start_cue_re(view.extraction.document.lang, ("as_of_cues",))
        published = view.extraction.document.published
        view.memo[key] = [(found.start, found.value) for found in view.extraction.dates
                          if found.value and len(found.value) >= len("yyyy-mm") and "Q" not in found.value
                          and (published is None or found.value < published)
                          and began.search(view.text, max(0, found.start - START_CUE_REACH), found.start)]
    before = [value for start, value in view.memo[key] if start < offset]
    return before[-1] if before else None


#: A season or fiscal year spanning two years ("2022-23", "2021/22", "2022/2023").
_SEASON = re.compile(r"(?<!\d)((?:19|20)\d{2})\s?[-/\u2013]\s?(\d{2}|(?:19|20)\d{2})(?!\d)")


def season_ends(facts: list[Metric]) -> list[Metric]:
    """The facts, each figure dated to the first year of a season or fiscal year its sentence names
    ("the 2022-23 season reached 344 million", "2021/22 revenue") dated to the year it ends in, when
    such figures are known; a deal stays dated to the season it starts ("for 2020-21 ... worth")."""
    out = []
    for fact in facts:
        if fact.date is not None and len(fact.date) == len("yyyy") and fact.kind != "deal_value":
            for found in _SEASON.finditer(fact.evidence.sentence):
                start, end = found.group(1), found.group(2)
                end = start[:2] + end if len(end) == 2 else end
                if start == fact.date and int(end) - int(start) == 1:
                    fact = dataclasses.replace(fact, date=end)
                    break
        out.append(fact)
    return out


def stocks_at_year_end(published: str | None, facts: list[Metric]) -> list[Metric]:
    """The facts, each total of a stock kind dated by a whole year that ended before the publication
    ("last year the account added 1.4 million followers, reaching 3.05 million", "had 38.9 million
    paying users in 2022") dated to that year's last day: a count over a year is stated as it
    stands at the year's end. A year still running at publication is left as it is."""
    if not published:
        return facts
    return [dataclasses.replace(fact, date=f"{fact.date}-12-31")
            if (fact.kind in STOCK_KINDS and fact.aspect == "total" and fact.date is not None
                and len(fact.date) == len("yyyy") and fact.date.isdigit() and fact.date < published[:4])
            else fact
            for fact in facts]


def headings_dated_by_lead(view: DocumentView, facts: list[Metric]) -> list[Metric]:
    """The facts, each figure of a heading that nothing before it dates (so dated as published, or
    not at all) dated as the event its lead tells (``DocumentView.lead_event``): "watched by 210
    million" in the headline, "the final on Monday night" in the lead."""
    published = view.extraction.document.published
    out = []
    for fact in facts:
        sentence = view.sentence_of(fact.evidence.start)
        if (sentence is not None and fact.date == published
                and view.sentence_date(sentence, fact.evidence.start) is None
                and (event := view.lead_event(sentence)) is not None):
            fact = dataclasses.replace(fact, date=event)
        out.append(fact)
    return out


def background_dates_deals(view: DocumentView, facts: list[Metric]) -> list[Metric]:
    """The facts, each figure but a deal's value whose sentence gives no date and that took the date
    of an agreement's signing or announcement told before it ("under a memorandum signed in June",
    the language's ``dates.signing_cues``; "the partnership announced last November") dated as the
    event before that, or the publication: the background of a deal dates the deal ("the agreement,
    signed on Friday, is worth A$6 million"), not the figures of what it began."""
    out = []
    for fact in facts:
        sentence = view.sentence_of(fact.evidence.start)
        if (fact.kind != "deal_value" and sentence is not None
                and view.sentence_date(sentence, fact.evidence.start) is None
                and fact.date == view.date_before(sentence)
                and (background := view.date_before(sentence, background=True)) != fact.date):
            fact = dataclasses.replace(fact, date=background)  # (a copy only when the date changes)
        out.append(fact)
    return out


def _deal_told(view: DocumentView, sentence: Sentence) -> str | None:
    """The last day or month before ``sentence`` that tells when a deal was made known or signed: a
    day of reporting ("announced on Monday a two-year agreement", ``DocumentView.reported``) or a
    deal's background (``DocumentView.tells_background``: "signed in June"), none after publication."""
    published = view.extraction.document.published
    position = bisect_left(view.date_starts, sentence.start)
    for found in reversed(view.extraction.dates[max(0, position - DATES_LOOKED_BACK):position]):
        if (found.value and found.end <= sentence.start and len(found.value) > len("yyyy")
                and "Q" not in found.value and (published is None or found.value[:len(published)] <= published)
                and not in_quotation(view.text, found.start)
                and (view.reported(found) or view.tells_background(found))):
            return found.value
    return None


def deals_as_told(view: DocumentView, facts: list[Metric]) -> list[Metric]:
    """The facts, each deal's value whose sentence gives no date dated as the day or month the deal
    was made known or signed (``_deal_told``): a value reported with no date of its own ("the deal
    would be worth about 2 million euros a season, according to analysts") is the deal's, not the
    last event's told before it (a peak in February, a contract that ended in December)."""
    out = []
    for fact in facts:
        sentence = view.sentence_of(fact.evidence.start)
        if (fact.kind == "deal_value" and sentence is not None
                and view.sentence_date(sentence, fact.evidence.start) is None
                and (told := _deal_told(view, sentence)) is not None and told != fact.date):
            fact = dataclasses.replace(fact, date=told)
        out.append(fact)
    return out


def _more_precise(fact: Metric, dates: list[str]) -> Metric:
    """A figure dated by its own sentence, dated as the most precise date another statement of it
    gives that agrees with its own ("a peak of 1.9 million viewers in February" in the lead, "on 23
    February ... a peak of 1.9 million" in the body): one figure, one event."""
    finer = [date for date in dates if fact.date is not None and len(date) > len(fact.date)
             and date.startswith(fact.date)]
    return dataclasses.replace(fact, date=max(finer, key=len)) if finer else fact


def dated_repeats(view: DocumentView, facts: list[Metric]) -> list[Metric]:
    """The facts, each repeat of a figure whose sentence gives no date (a headline's "draws 3.2
    million viewers") dated as the statement of the same figure whose sentence does (the lead's
    "on Wednesday ... drew 3.2 million viewers"): the figure belongs to that event; first, a figure
    is not dated by an agreement's signing or announcement (``background_dates_deals``), one that
    names an event takes the date of the sentence that told it (``event_dates``) and a
    heading's figure that no date reaches takes its lead's event (``headings_dated_by_lead``). Last
    (seasons read, repeats dated), a stock total dated by a past year is dated to its end
    (``stocks_at_year_end``)."""
    facts = headings_dated_by_lead(view, dated_by_event(view, background_dates_deals(view, deals_as_told(view, facts)),
                                                        STOCK_KINDS))
    own: dict[Hashable, str] = {}
    stated: list[str | None] = []
    told: dict[Hashable, list[str]] = {}
    for fact in facts:
        sentence = view.sentence_of(fact.evidence.start)
        date = view.sentence_date(sentence, fact.evidence.start) if sentence is not None else None
        stated.append(date)
        if date is not None:
            own.setdefault(_figure_key(fact), date)
            told.setdefault(_figure_key(fact), []).append(date)
    dated = [_more_precise(fact, told.get(_figure_key(fact), [])) if date is not None
             else fact if _figure_key(fact) not in own
             else dataclasses.replace(fact, date=own[_figure_key(fact)])
             for fact, date in zip(facts, stated, strict=True)]
    return stocks_at_year_end(view.extraction.document.published, dated)


@cache
def _annual_sales_res(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The language's words for a firm's turnover over a year (``metrics.annual_sales``) and for a
    part of a year (``metrics.annual_sales_parts``: quarter, half-year), as regexes."""
    lexicon = load_language(lang)
    section = lexicon.section("metrics")
    words, parts = section.get("annual_sales") or [], section.get("annual_sales_parts") or []
    if not words:
        return None
    spaced = is_spaced(lexicon)
    return cue_pattern(words, spaced), cue_pattern(parts, spaced) if parts else re.compile("(?!x)x")


def turnover_of_last_year(view: DocumentView, facts: list[Metric]) -> list[Metric]:
    """The facts, each firm's turnover told in prose with no date of its own ("La facturación total del
    grupo alcanzó los 760 millones de euros", "Der Umsatz in China stieg auf 118 Mio. Franken") dated to
    the last full year before publication: a firm reports its turnover for a year once the year is over,
    and the day or month of the event told before it dates a launch, not the year's accounts. A sentence
    that names a window or a part of a year ("im Halbjahr", "in the quarter", "sur la période", "in its first
    week") keeps its date, and so do sales on a platform (a campaign's, more often than a year's) and a
    turnover after a sentence that named a year ("In 2025 the group ...")."""
    published = view.extraction.document.published
    lang = view.extraction.document.lang
    found = _annual_sales_res(lang) if published and lang else None
    if found is None or published is None or lang is None:
        return facts
    words, parts = found
    last_year = str(int(published[:4]) - 1)
    out = []
    for fact in facts:
        sentence = view.sentence_of(fact.evidence.start)
        if (fact.kind == "sales" and fact.aspect == "total" and fact.platform is None and sentence is not None
                and (fact.currency is not None or (fact.value or 0) >= 1_000_000)
                and (fact.date is None or len(fact.date) > len("yyyy")) and _prose(view.text, sentence)
                and words.search(sentence.text) and not parts.search(sentence.text)
                and not _window_named(lang, sentence.text)
                and view.sentence_date(sentence, fact.evidence.start) is None):
            fact = dataclasses.replace(fact, date=last_year)
        out.append(fact)
    return out
