"""Absolute and relative dates, resolved against the publication date.

The language's ``dates`` section lists month, weekday and quarter names and the forms dates take, as patterns
with placeholders ("{day} {month} {year}", "lo scorso {weekday}", "上周{weekday}"; "{month_from}" is the first
month of a span, "between {month_from} and {month}", which is dated to its last month). Each pattern becomes one
regex; the longest match wins where they overlap. Then a part of a year that names no year is joined to the year
written beside it ("the third quarter of last year", "去年上半年": ``dates.period_joiners``), and the days of a span
to its last ("between 31 October and 11 November": ``dates.span_joiners``). Resolution is plain calendar
arithmetic: faster and more predictable on these short spans than a general date parser, and every relative form
says in the lexicon what it means.

Relative dates need the publication date (or, for "le lendemain", the last date
mentioned). Without it, forms that only need the year ("this year", "May this
year", "l'an dernier") take the year the document mentions most, as a reader
does; the others are kept with value None.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from crossreach.lexicon import (
    LanguageLexicon,
    alternation,
    compiled,
    compiled_all,
    is_spaced,
    script,
)
from crossreach.models import DateMention, DatePrecision
from crossreach.recognise.date_leads import lead_gates
from crossreach.recognise.festivals import festival_day, festival_value
from crossreach.recognise.word_starts import JointScan, WordScan, joint_scan, word_scan
from crossreach.recognise.year_parts import MONTH_DOT, in_year, plain_year, sentence_year, years_back
from crossreach.rule_cache import language_rules

#: "İ" matches "i" when case is ignored but folds to "i̇": the dot is dropped before a table lookup.
_DOT_ABOVE = "\u0307"
#: A year written alone, not part of a longer number ("1,2019", "20190").
_BARE_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d{2})(?![\d%]|[.,]\d)")
#: A year written right after a part of a year that names none ("Singles' Day 2023", "fête des
#: célibataires 2022"), a space apart at most, not the start of a longer number or a figure.
_YEAR_AFTER = re.compile(r"[ \u00a0]?((?:19|20)\d{2})(?![\d%]|[.,]\d)")
#: A year written right before a part of a year that names none ("the 2023 Singles' Day", "the 2024
#: Chinese New Year"), a space apart at most, not the end of a longer number.
_YEAR_BEFORE = re.compile(r"(?<![\d.,])((?:19|20)\d{2})[ \u00a0]?$")
#: The slots a form can start with that begin with a digit: one scan finds where all of them may start.
_DIGIT_SLOTS = ("day", "monthnum", "monthnum_from", "year", "yy", "year_from", "yy_from")
#: Slots a form can start with that open where another slot does ("{month_from}-{month}": a month name).
_SAME_LEAD = {"{month_from}": "{month}"}


@dataclass(frozen=True)
class _Pattern:
    regex: re.Pattern[str]
    meaning: dict[str, Any]
    #: What the form starts with: "{digit}", "{month}", "{weekday}", "{quarter}" or its first word,
    #: casefolded ("yesterday", "去年").
    lead: str


@dataclass(frozen=True)
class _DateRules:
    patterns: tuple[_Pattern, ...]
    months: dict[str, int]
    weekdays: dict[str, int]
    quarters: dict[str, int]
    #: One scan per kind of lead; the forms are tried only where their lead stands, so a text is
    #: scanned a few times rather than once per form.
    lead_scans: dict[str, WordScan]
    #: For a lead that opens several forms, one regex of them all: where it does not match, none of them
    #: does, and the forms are not tried one by one ("the" opens 16 English forms, and most "the" no date).
    lead_gates: dict[str, re.Pattern[str]]
    #: For a first word found, the first words of forms that it starts with ("本月初": 本月, 本月初).
    word_leads: dict[str, tuple[str, ...]]
    #: The words between a part of a year and its year ("of", "dello", "'s"), casefolded.
    period_joiners: frozenset[str]
    #: The words between the first and the last day of a span ("and", "y el", "bis", "至"), casefolded.
    span_joiners: frozenset[str]
    #: The indexes of the forms each lead opens, in order: only those of the leads a text has are tried.
    lead_forms: dict[str, tuple[int, ...]]
    #: The scans of ``lead_scans`` read in one pass where words are spaced (their leads, then the joint scan).
    joint: tuple[tuple[str, ...], JointScan] | None = None


#: The month a sports season starts in, for "last season": most leagues play from late summer to spring,
#: so the season before the one running at publication ended in the year of the last July.
_SEASON_START = 7
#: How many days before a festival an article may speak of the coming one (a preview): further
#: ahead, a festival named without a year is the last one.
_FESTIVAL_AHEAD = 31


@language_rules("date_rules")
def _rules(lexicon: LanguageLexicon) -> _DateRules:
    section = lexicon.section("dates")
    months = {str(k).casefold(): int(v) for k, v in (section.get("months") or {}).items()}
    weekdays = {str(k).casefold(): int(v) for k, v in (section.get("weekdays") or {}).items()}
    quarters = {str(k).casefold(): int(v) for k, v in (section.get("quarters") or {}).items()}
    spaced = is_spaced(lexicon)
    word_edge = r"(?![^\W\d_])" if spaced else ""
    # a weekday may close with a part of the day written into it ("Montagabend": Monday evening)
    parts = [str(p) for p in section.get("weekday_parts") or []]
    weekday_tail = rf"(?:{alternation(parts)})?{word_edge}" if parts else word_edge
    slots = {
        # a day of the month, not the first digits of a figure ("el miercoles 96.000 seguidores")
        "day": r"(?P<day>3[01]|[12]\d|0?[1-9])(?!\d)(?![.,\u00a0\u202f' ]\d{3}(?!\d))",
        "monthnum": r"(?P<monthnum>\d{1,2})",
        "year": r"(?P<year>(?:19|20)\d{2})",
        # a year in two digits ("1H23", "FY24"), after the first year of a split one read, not kept
        # ("FY2023/24", "FY23/24": the year it ends in, as a season is)
        "yy": r"(?P<year>\d{2})",
        "year_from": r"(?:19|20)\d{2}",
        "yy_from": r"\d{2}",
        "month": rf"(?P<month>{alternation(list(months))}){word_edge}{MONTH_DOT}",
        # the first month of a span ("between October and {month}"): read, not kept; the span is its last
        "month_from": rf"(?:{alternation(list(months))}){word_edge}{MONTH_DOT}",
        "monthnum_from": r"\d{1,2}",
        "weekday": rf"(?P<weekday>{alternation(list(weekdays))}){weekday_tail}",
        "quarter": rf"(?P<quarter>{alternation(list(quarters))}){word_edge}",
    }

    start = r"(?<![^\W_])" if spaced else r"(?<!\d)"

    def form_source(form: str) -> tuple[str, str]:
        """The regex of a form, and the lead that its matches open with."""
        pieces = [p for p in re.split(r"(\{\w+\})", form) if p]
        body = "".join(slots[p[1:-1]] if p.startswith("{") else r"\s+".join(map(re.escape, p.split(" ")))
                       for p in pieces)
        first = pieces[0]
        lead = ("{digit}" if first[1:-1] in _DIGIT_SLOTS else _SAME_LEAD.get(first, first)) if first.startswith("{") \
            else first.split(" ")[0].casefold()
        return f"{start}{body}(?!\\d)", lead

    forms = [(f, {"absolute": True}) for f in section.get("absolute") or []]
    forms += [(f, dict(m)) for f, m in (section.get("relative") or {}).items()]
    sources = [form_source(f) for f, _meaning in forms]
    # a language has hundreds of forms: compiled together, kept on disk (a fresh process reads them)
    regexes = compiled_all("dates", ((source, re.IGNORECASE) for source, _lead in sources))
    patterns = [_Pattern(regex, meaning, lead)
                for regex, (_form, meaning), (_source, lead) in zip(regexes, forms, sources, strict=True)]
    words = sorted({p.lead for p in patterns if not p.lead.startswith("{")})

    def scanner(lead: str) -> re.Pattern[str]:
        # Without spaces between words, a lookahead, so that a lead inside another ("周" in "上周")
        # is found too; with them, a lead starts a word and a match may consume it, which is faster.
        return compiled(f"{start}(?={lead})" if not spaced else start + lead, re.IGNORECASE)

    def word_scanner(name: str, names: object, tail: str = "") -> WordScan:
        # Where words are spaced, one that skips to the words that can open a lead, when it can be written.
        faster = word_scan(names, name, tail) if spaced else None
        return faster or WordScan(scanner(f"(?P<{name}>{alternation(names)}){tail}"), name)

    scanners = {"{month}": word_scanner("month", list(months), rf"{word_edge}{MONTH_DOT}"),
                "{weekday}": word_scanner("weekday", list(weekdays), weekday_tail),
                "{quarter}": word_scanner("quarter", list(quarters), word_edge)}
    # Where words are spaced, the digit first and the check of what stands before it after, so that the
    # regex engine can skip ahead to the next digit.
    scanners["{digit}"] = WordScan(re.compile(r"\d(?<![^\W_]\d)") if spaced else scanner(r"\d"))
    if words:
        scanners["{word}"] = word_scanner("word", words)
    word_leads = {word: tuple(w for w in words if word.startswith(w)) for word in words}
    gates = lead_gates([(source, lead) for source, lead in sources], start)

    def joiners(key: str) -> frozenset[str]:
        return frozenset(" ".join(str(j).split()).casefold() for j in section.get(key) or [])

    by_lead = {lead: tuple(i for i, form in enumerate(patterns) if form.lead == lead) for lead in {*words, *scanners}}
    together = [lead for lead, scan in scanners.items() if scan.after_break is not None]
    joint = joint_scan([scanners[lead] for lead in together])
    return _DateRules(tuple(patterns), months, weekdays, quarters, scanners, gates, word_leads,
                      joiners("period_joiners") | {""}, joiners("span_joiners"), by_lead,
                      None if joint is None else (tuple(together), joint))


def _lead_positions(text: str, rules: _DateRules) -> dict[str, list[int]]:
    """Where each lead of the forms stands in ``text`` and one of its forms may match."""
    found: dict[str, list[int]] = {}
    spans: dict[str, list[tuple[int, str | None]]] = {}
    if rules.joint is not None:  # (the words of several leads, read in one pass)
        leads, joint = rules.joint
        spans = dict(zip(leads, joint.spans(text), strict=True))
    for lead, scan in rules.lead_scans.items():
        read = spans[lead] if lead in spans else scan.spans(text)
        if lead != "{word}":
            found[lead] = [start for start, _name in read]
            continue
        word_leads = rules.word_leads
        for start, name in read:
            for word in word_leads.get(str(name).casefold(), ()):
                found.setdefault(word, []).append(start)
    for lead, gate in rules.lead_gates.items():
        if positions := found.get(lead):
            found[lead] = [p for p in positions if gate.match(text, p)]
    return found


def recognise_dates(text: str, lexicon: LanguageLexicon, published: str | None) -> list[DateMention]:
    """Every date in ``text``, in order of its start offset."""
    rules = _rules(lexicon)
    candidates: list[tuple[int, int, re.Match[str], dict[str, Any]]] = []
    positions = _lead_positions(text, rules)
    for pattern in [rules.patterns[i] for i in sorted(i for lead, at in positions.items() if at
                                                      for i in rules.lead_forms[lead])]:
        for position in positions[pattern.lead]:
            if match := pattern.regex.match(text, position):
                candidates.append((match.start(), match.end(), match, pattern.meaning))
    base = _parse_iso(published)
    this_year = reference_year(text, published)
    readable = [(*c, resolved) for c in candidates
                if (resolved := _safe_resolve(c[2], c[3], rules, base, base, this_year)) is not None]
    days: list[DateMention] = []  # the days found so far, the anchors of "the same day"
    found: list[DateMention] = []
    yearless: list[str | None] = []  # by mention found: the part of a year it is, naming none (``_join_periods``)
    for start, end, match, meaning, resolved in _longest_first(readable):
        if "anchored" in meaning:  # "le lendemain": the day after the date before it, not after publication
            anchor = next((date.fromisoformat(str(d.value)) for d in reversed(days)
                           if not reported(text, d, lexicon)), base)
            resolved = _safe_resolve(match, meaning, rules, base, anchor, this_year) or resolved
        if "anchored_year" in meaning:  # "im Vorjahr": the year before the one spoken of, not before publication
            year = _year_spoken_of(text, start, [d for d in found if not reported(text, d, lexicon)]) or this_year
            resolved = (f"{year + meaning['anchored_year']:04d}" if year else None), "year", True
        value, precision, relative = resolved
        found.append(DateMention(start, end, text[start:end], value, precision, relative))
        yearless.append(_yearless_period(match, meaning))
        if value and precision == "day":
            days.append(found[-1])
    return _join_spans(text, _join_periods(text, found, yearless, rules.period_joiners), rules.span_joiners)


def _yearless_period(match: re.Match[str], meaning: dict[str, Any]) -> str | None:
    """What part of a year a form is that names no year: a ``"period"`` (a quarter, a half, a
    festival's day), a ``"day"`` of a month or a month written by name or number ("October 11",
    "11 ottobre": read as the latest by publication, unless a year stands beside it), or None. A
    month said to be past ("el pasado 23 de abril", "last October") is the latest before publication
    whatever year its sentence opens with ("El año pasado ..., y el pasado 23 de abril ...")."""
    names = match.re.groupindex
    if "year" in names and match.group("year") is not None:
        return None
    if "festival" in meaning:
        return f"festival:{meaning['festival']}"
    if "quarter" in names or "half" in meaning:
        return "period"
    told_past = meaning.get("month", "past") == "past"
    if (meaning.get("absolute") or not told_past) and ("month" in names or "monthnum" in names):
        return "day"
    return None


def _join_periods(text: str, found: list[DateMention], yearless: list[str | None],
                  joiners: frozenset[str]) -> list[DateMention]:
    """The dates, each part of a year that names no year ("the third quarter", "上半年", "Singles' Day")
    joined to the year written beside it ("the third quarter of last year", "去年上半年", "last year's
    Singles' Day": the language's ``dates.period_joiners`` or nothing but spaces between them) and
    dated in that year, the year's own mention dropped: read apart, the part would be dated in the
    latest year it fits and the figure beside it could take either. So is a day or month written
    without its year ("on October 11 last year", "去年10月11日"); a period (not a day: "on March 3
    2000 people") is also joined to a bare year right after or before it ("Singles' Day 2023", "the
    2023 Chinese New Year")."""
    def year_beside(index: int, other: int) -> bool:
        return (0 <= other < len(found) and not yearless[other] and plain_year(found[other])
                and _joined(text, found[index], found[other], joiners))

    dropped: set[int] = set()
    joined: dict[int, DateMention] = {}
    for index, period in enumerate(found):
        if not yearless[index] or not period.value or index in dropped:
            continue
        other = next((o for o in (index + 1, index - 1) if o not in dropped and o not in joined
                      and year_beside(index, o)), None)
        if other is None and (opener := sentence_year(text, found, yearless, index)) is not None:
            if (value := in_year(period, yearless[index], str(found[opener].value))) is not None \
                    and (period.precision != "day" or _parse_iso(value) is not None):
                joined[index] = DateMention(period.start, period.end, period.text, value, period.precision,
                                            found[opener].relative)
            continue
        if other is None:
            if yearless[index] == "day":
                continue
            if (written := _YEAR_AFTER.match(text, period.end)) is not None:
                start, end = period.start, written.end()
            elif (written := _YEAR_BEFORE.search(text, max(0, period.start - len(" yyyy ")), period.start)) is not None:
                start, end = written.start(1), period.end
            else:
                continue
            if (value := in_year(period, yearless[index], written.group(1))) is not None:
                joined[index] = DateMention(start, end, text[start:end], value, period.precision, False)
            continue
        year = found[other]
        value = in_year(period, yearless[index], str(year.value))
        if value is None or (period.precision == "day" and _parse_iso(value) is None):
            continue  # the 29th of February of a year that has none
        start, end = min(period.start, year.start), max(period.end, year.end)
        joined[index] = DateMention(start, end, text[start:end], value, period.precision, year.relative)
        dropped.add(other)
    return [joined.get(index, d) for index, d in enumerate(found) if index not in dropped]


def _join_spans(text: str, found: list[DateMention], joiners: frozenset[str]) -> list[DateMention]:
    """The dates, each span of days or months ("between 31 October and 11 November", "11月1日至11月11日":
    the language's ``dates.span_joiners`` between its first and last date) read as one date, its
    last: a figure counted over a span is as of its end, as a span of months is dated to its last."""
    out: list[DateMention] = []
    for found_date in found:
        first = out[-1] if out else None
        if (first is not None and first.value and found_date.value and first.precision in ("day", "month")
                and found_date.precision in ("day", "month") and first.value <= found_date.value
                and _joined(text, first, found_date, joiners)):
            out[-1] = DateMention(first.start, found_date.end, text[first.start:found_date.end],
                                  found_date.value, found_date.precision, found_date.relative)
        else:
            out.append(found_date)
    return out


def _joined(text: str, period: DateMention, year: DateMention, joiners: frozenset[str]) -> bool:
    """Whether only spaces or one of the language's joiners ("of", "dello", "'s") part two dates."""
    low, high = (period.end, year.start) if period.end <= year.start else (year.end, period.start)
    return " ".join(text[low:high].split()).casefold() in joiners


def _year_spoken_of(text: str, start: int, found: list[DateMention]) -> int | None:
    """The year that a text speaks of at ``start``: that of the last date ``found`` before it (a day of
    reporting left out by the caller), or the last year written alone in its paragraph before it
    ("Chanel hat 2021 ... umgesetzt, wie es am Mittwoch mitteilte ... nach 10,1 Mrd. im Vorjahr"),
    whichever stands nearer."""
    paragraph = text.rfind("\n", 0, start) + 1
    bare = max(_BARE_YEAR.finditer(text, paragraph, start), key=lambda m: m.start(), default=None)
    last = next((d for d in reversed(found) if d.value), None)
    if last is not None and (bare is None or last.start >= bare.start()):
        return int(str(last.value)[:4])
    return int(bare.group(1)) if bare is not None else None


@cache
def _report_res(lexicon: LanguageLexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The language's reporting words (``dates.report_cues``) just before a date (at the end of a
    text: "a annoncé le lendemain", "figures released by WST on Tuesday") and just after one (at the
    start of a text: "am Mittwoch mitteilte", "22日宣布"), a few words apart at most."""
    cues = [str(c) for c in lexicon.section("dates").get("report_cues") or []]
    if not cues:
        never = re.compile("(?!x)x")
        return never, never
    words = alternation(cues)
    if not is_spaced(lexicon):
        gap = rf"[^{re.escape(script().phrase_ends)}\n\d]{{0,6}}?"
        return compiled(rf"(?:{words}){gap}$"), compiled(rf"^{gap}(?:{words})")
    return (compiled(rf"(?<![^\W\d_])(?:{words})(?:\s+[^\W\d_]+){{0,4}}\s+$", re.IGNORECASE),
            compiled(rf"^\s+(?:[^\W\d_]+\s+)?(?:{words})(?![^\W\d_])", re.IGNORECASE))


#: How far before and after a date a word of reporting that concerns it may stand (characters).
_REPORT_BEFORE, _REPORT_AFTER = 60, 40


def reported(text: str, found: DateMention, lexicon: LanguageLexicon,
             precisions: tuple[DatePrecision, ...] = ("day",)) -> bool:
    """Whether a date says when a figure was made known ("said on Monday", "a annoncé le lendemain",
    "昨日公布"): a word of the language's ``dates.report_cues`` just before or after it. Such a date
    dates no figure and is no anchor of "the same day". Only a day is, unless ``precisions`` says
    otherwise: a month or a year beside such a word ("said that in 2023 ...") is its sentence's figure's."""
    if found.precision not in precisions:
        return False
    before, after = _report_res(lexicon)
    return (before.search(text[max(0, found.start - _REPORT_BEFORE):found.start]) is not None
            or after.search(text[found.end:found.end + _REPORT_AFTER]) is not None)


def weekdays_named(text: str, lexicon: LanguageLexicon) -> set[int]:
    """The weekdays (0 for Monday) a text names by the language's ``dates.weekdays`` ("said on
    Wednesday", "informó este miércoles"), where words are spaced: an unspaced language's weekday
    names are numerals read inside other words."""
    if not is_spaced(lexicon):
        return set()
    rules = _rules(lexicon)
    names = [str(name).casefold().replace(_DOT_ABOVE, "") for _start, name in rules.lead_scans["{weekday}"].spans(text)]
    return {rules.weekdays[name] for name in names if name in rules.weekdays}


def reference_year(text: str, published: str | None) -> int | None:
    """The year a document speaks from: that of its publication date, else the year it names most
    often ("the 2019 report", "in 2019"; the later of a tie), as a reader takes "this year" to mean."""
    base = _parse_iso(published)
    if base is not None:
        return base.year
    years = [int(year) for year in _BARE_YEAR.findall(text)]
    return max(set(years), key=lambda y: (years.count(y), y)) if years else None


def _safe_resolve(match: re.Match[str], meaning: dict[str, Any], rules: _DateRules, base: date | None,
                  anchor: date | None, this_year: int | None) -> tuple[str | None, str, bool] | None:
    """``_resolve``, with a date past year 9999 kept as a date left unresolved."""
    try:
        return _resolve(match, meaning, rules, base, anchor, this_year)
    except (KeyError, OverflowError, ValueError):
        return None, "day", True


def _longest_first(candidates: list[Any]) -> list[Any]:
    """Non-overlapping candidates, the longer winning an overlap ("Thursday, March 5, 2020" over
    "on Thursday"), back in text order so that relative dates can lean on the one before."""
    starts: list[int] = []
    taken: list[Any] = []
    for candidate in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0])):
        index = bisect_left(starts, candidate[0])
        if (index == 0 or taken[index - 1][1] <= candidate[0]) and \
                (index == len(taken) or candidate[1] <= taken[index][0]):
            starts.insert(index, candidate[0])
            taken.insert(index, candidate)
    return taken


def _parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


Resolved = tuple[str | None, DatePrecision, bool]


def _resolve(match: re.Match[str], meaning: dict[str, Any], rules: _DateRules, base: date | None,
             anchor: date | None, this_year: int | None) -> Resolved | None:
    """A candidate's value; ``this_year`` (``reference_year``) serves the forms that need only a year."""
    groups = {k: v for k, v in match.groupdict().items() if v}
    if len(groups.get("year", "")) == 2:  # "FY24": this century's
        groups["year"] = f"20{groups['year']}"
    if meaning.get("absolute"):
        return _absolute(groups, rules, base, this_year)
    if "days" in meaning:
        return _iso(base + timedelta(days=meaning["days"])) if base else None, "day", True
    if "anchored" in meaning:
        point = anchor or base
        return _iso(point + timedelta(days=meaning["anchored"])) if point else None, "day", True
    if "day_of_month" in meaning:  # "21日", "on the 21st", "terça-feira (14)": the latest such day by publication
        return _day_of_month(int(groups["day"]), base), "day", True
    if "weekday" in meaning:
        weekday = rules.weekdays[groups["weekday"].casefold().replace(_DOT_ABOVE, "")]
        return _weekday(weekday, meaning["weekday"], base), "day", True
    month = _month(groups, rules)
    if "half" in meaning:  # a half-year is dated to its year ("first half of 2023", "上半年")
        year = int(groups["year"]) if "year" in groups else (
            _latest_year(base, 1 if meaning["half"] == 1 else 7, 1) if base else this_year)
        return (f"{year:04d}" if year else None), "year", "year" not in groups
    if "festival" in meaning:  # Singles' Day, 618, Golden Week: that of the year spoken of, the nearest to publication
        festival = str(meaning["festival"])
        if "year" in groups:
            value, precision = festival_value(festival, int(groups["year"])) or (None, "day")
            return value, precision, False
        if base is not None:
            # the last one begun by publication, unless the next is only weeks away (a preview)
            days = [found for year in (base.year - 1, base.year, base.year + 1)
                    if (found := festival_day(festival, year)) is not None]
            past = max((found for found in days if found[0] <= base), default=None)
            coming = min((found for found in days if found[0] > base), default=None)
            chosen = coming if coming is not None and (
                past is None or (coming[0] - base).days <= _FESTIVAL_AHEAD) else past
            if chosen is None:
                return None, "day", True
            return (chosen[0].isoformat() if chosen[1] == "day" else chosen[0].isoformat()[:7]), chosen[1], True
        value, precision = (festival_value(festival, this_year) if this_year else None) or (None, "day")
        return value, precision, True
    if "seasons" in meaning:  # "last season": of a league's year (July to June), dated to the year it ended in
        return (f"{_latest_year(base, _SEASON_START, 1) + 1 + meaning['seasons']:04d}" if base else None), "year", True
    if "years_back" in meaning:  # "a year ago", "il y a deux ans"
        return years_back(int(meaning["years_back"]), base, this_year)
    if "years" in meaning:
        if this_year is None:
            return None, "year", True
        year = this_year + meaning["years"]
        if month is not None and "day" in groups:  # "去年10月11日", "11. Oktober vergangenen Jahres"
            return date(year, month, int(groups["day"])).isoformat(), "day", True
        if month is not None:
            return (f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None), "month", True
        return f"{year:04d}", "year", True
    if "month" in meaning:
        # "en mars dernier": the latest such month before publication; "im Februar": on or before it
        if month is None or not 1 <= month <= 12:
            return None, "month", True
        if base is None:  # no publication date: in the year the document speaks from
            if this_year is None:
                return None, ("day" if "day" in groups else "month"), True
            if "day" in groups:
                return date(this_year, month, int(groups["day"])).isoformat(), "day", True
            return f"{this_year:04d}-{month:02d}", "month", True
        if "day" in groups:  # "le 11 octobre dernier": the latest such day before publication
            day = int(groups["day"])
            same_year = (month, day) < (base.month, base.day) or (
                (month, day) == (base.month, base.day) and meaning["month"] == "recent")
            return date(base.year if same_year else base.year - 1, month, day).isoformat(), "day", True
        same_year = month < base.month or (month == base.month and meaning["month"] == "recent")
        year = base.year if same_year else base.year - 1
        return f"{year:04d}-{month:02d}", "month", True
    if meaning.get("year_end") and "year" in groups:  # "at the end of 2019"
        return f"{groups['year']}-12", "month", False
    if "anchored_year" in meaning:  # read again against the year spoken of (``recognise_dates``)
        return (f"{this_year + meaning['anchored_year']:04d}" if this_year else None), "year", True
    if "weeks" in meaning:  # "this week", "la semaine dernière": the month of that week's day before publication
        return (_iso(base + timedelta(weeks=meaning["weeks"]))[:7] if base else None), "month", True
    if "months" in meaning:
        if base is None:
            return None, "month", True
        index = base.year * 12 + base.month - 1 + meaning["months"]
        return f"{index // 12:04d}-{index % 12 + 1:02d}", "month", True
    if "quarters" in meaning:  # "the previous quarter": counted back from the quarter running at publication
        if base is None:
            return None, "quarter", True
        index = base.year * 4 + (base.month - 1) // 3 + meaning["quarters"]
        return f"{index // 4:04d}-Q{index % 4 + 1}", "quarter", True
    if meaning.get("year") and "year" in groups:
        return groups["year"], "year", False
    return None


def _month(groups: dict[str, str], rules: _DateRules) -> int | None:
    """The month a match names, by name or by number."""
    return rules.months.get(groups.get("month", "").casefold().rstrip(".").replace(_DOT_ABOVE, "")) or (
        int(groups["monthnum"]) if "monthnum" in groups else None)


def _absolute(groups: dict[str, str], rules: _DateRules, base: date | None,
              this_year: int | None = None) -> Resolved | None:
    """An absolute form's value; a day, month or quarter written without its year is the latest by
    publication, or, with no publication date, in the year the document speaks from (``this_year``)."""
    month = _month(groups, rules)
    year = int(groups["year"]) if "year" in groups else None
    if "quarter" in groups:
        quarter = rules.quarters[groups["quarter"].casefold().replace(_DOT_ABOVE, "")]
        # a quarter named without its year: the latest one begun by publication
        year = year or (_latest_year(base, 3 * quarter - 2, 1) if base else this_year)
        return (f"{year:04d}-Q{quarter}" if year else None), "quarter", year is None
    if month is None:
        return (f"{year:04d}", "year", False) if year else None
    if not 1 <= month <= 12:
        return None
    if "day" not in groups:
        return (f"{year:04d}-{month:02d}", "month", False) if year else None
    day = int(groups["day"])
    relative = year is None
    if year is None:
        if base is None:
            if this_year is None:
                return None, "day", True
            year = this_year
        else:
            year = base.year if (month, day) <= (base.month, base.day) else base.year - 1
    try:
        return date(year, month, day).isoformat(), "day", relative
    except ValueError:
        return None


def _latest_year(base: date, month: int, day: int) -> int:
    """The year of the latest ``month``/``day`` on or before ``base``."""
    return base.year if (month, day) <= (base.month, base.day) else base.year - 1


def _day_of_month(day: int, base: date | None) -> str | None:
    """The latest day numbered ``day`` on or before ``base``: of its month, else of the month before."""
    if base is None or not 1 <= day <= 31:
        return None
    year, month = (base.year, base.month) if day <= base.day else \
        ((base.year, base.month - 1) if base.month > 1 else (base.year - 1, 12))
    try:
        return date(year, month, day).isoformat()
    except ValueError:  # the 31st of a month of 30 days
        return None


def _weekday(target: int, which: str, base: date | None) -> str | None:
    if base is None:
        return None
    monday = base - timedelta(days=base.weekday())
    if which == "this_week":
        return _iso(monday + timedelta(days=target))
    if which == "last_week":
        return _iso(monday - timedelta(days=7) + timedelta(days=target))
    back = (base.weekday() - target) % 7
    if which == "past":
        back = back or 7  # "last Tuesday": the most recent such day before publication
    return _iso(base - timedelta(days=back))  # "recent", "on Tuesday": on or before publication


def _iso(day: date) -> str:
    return day.isoformat()
