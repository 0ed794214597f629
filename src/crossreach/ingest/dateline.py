"""The publication date stated near the top of an article ("Published 12 March 2021", "2021年5月20日")."""

from __future__ import annotations

import re
import warnings
from datetime import date, datetime
from functools import cache

from crossreach.lexicon import LanguageLexicon, alternation, compiled, is_spaced, script

#: How many leading non-empty lines may hold the dateline (section, headline, standfirst, byline,
#: picture credit...): news pages put it below all of these.
_LINES_SEARCHED = 8
#: An agency dateline opens the lead ("MARSEILLE, 8 fév 2024 (AFP) - ..."): its date stands in the
#: first characters of the line, before the agency's bracket or dash.
_LEAD_REACH = 48
_LEAD_END = re.compile(r"[(\uff08]|\s[-\u2013\u2014]\s")
#: Or its date's year and a full stop close it ("Berlin, 2. März 2026. Die 76. Internationalen ...").
_YEAR_STOP = re.compile(r"(?<=(?:19|20)\d\d)(?<!\d\d{4})\.\s")
#: A dateline is a short line; longer lines are article sentences.
_MAX_LINE = 80
_HAS_YEAR = re.compile(r"(?<!\d)(19|20)\d{2}(?!\d)")
#: A date has few words besides its numbers ("Friday, March 5th, 2021", "le 5 mars 2021 à 10h"); a
#: headline with a year in it has more, and is not handed to dateparser (slow on every such line).
_WORD = re.compile(r"[^\W\d_]+")
_MAX_DATE_WORDS = 5
#: Separators between a dateline's date and its desk, section or author (a wide space: "2026/02/16 07:20　經濟日報").
_PARTS = re.compile(r"\s+[-·|•–—]\s+|\s*[|·•]\s*|\u3000")
#: A date in digits, day first ("23/10/2024", "19.09.2023"), or a day, a month name or its short
#: form and a year ("8 fév 2024", "21.mai.2024", "9 de agosto de 2024").
_NUMERIC = re.compile(r"(?<![\d./])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})(?![\d./])")
#: An agency's credit in brackets opening a short line, before the date ("（中央社記者林佳蓉台北17日電）2025年1月17日").
_CREDIT = re.compile(r"^[(\uff08][^()\uff08\uff09]{1,40}[)\uff09]\s*")
#: Anything but punctuation and spaces left over once the date and time are read.
_LEFT_OVER = re.compile(r"\d")
_SETTINGS = {"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}


def find_dateline(text: str, lexicon: LanguageLexicon) -> str | None:
    """The ISO date of the first short leading line that is a full date, after an optional cue; with
    none, that of an agency dateline written without its year ("BEIJING, March 3 (Reuters) -"),
    given the year the text makes coherent (``_dated_to_year``)."""
    cues = sorted(lexicon.section("dateline").get("cues", []), key=len, reverse=True)
    lines = [line.strip() for line in text.split("\n") if line.strip()][:_LINES_SEARCHED]
    yearless: tuple[int, int, str] | None = None
    for line in lines:
        if len(line) > _MAX_LINE:
            lead = (_LEAD_END.search(line, 0, _LEAD_REACH) or _wire_end(lexicon).search(line, 0, _LEAD_REACH)
                    or _YEAR_STOP.search(line, 0, _LEAD_REACH))
            opening = line[:lead.end() if lead.group() in _wire_ends(lexicon) else lead.start()].rstrip(" ,.") \
                if lead else ""
            if _HAS_YEAR.search(opening[-4:]):
                found = _read_compact(opening, lexicon) or _read_whole(opening, lexicon)
                if found:
                    return found
            elif opening and yearless is None and not _HAS_YEAR.search(opening):
                day_month = _read_day_month(opening, lexicon)
                yearless = (*day_month, line) if day_month else None
            continue
        if not _HAS_YEAR.search(line):
            continue
        for part in _PARTS.split(_CREDIT.sub("", line)):
            part = _strip_cue(part.strip(), cues)
            if not _HAS_YEAR.search(part) or _term_cue(lexicon).search(part):
                continue
            found = _read_whole(part, lexicon) or _read_compact(part, lexicon) or (
                _parse(_time(lexicon).sub(" ", part).strip(" ,"), lexicon.code)
                if len(_WORD.findall(part)) <= _MAX_DATE_WORDS else None)
            if found:
                return found
    return _dated_to_year(*yearless, text, lexicon) if yearless else None


def _wire_ends(lexicon: LanguageLexicon) -> list[str]:
    """The words that close an agency's dateline in the language's ``dateline.wire_ends`` (Chinese
    "新华社北京3月12日电": the dispatch's "电", with no bracket or dash after it)."""
    return [str(w) for w in lexicon.section("dateline").get("wire_ends") or []]


@cache
def _wire_end(lexicon: LanguageLexicon) -> re.Pattern[str]:
    ends = _wire_ends(lexicon)
    return compiled(rf"(?<=\d{{2}}|\d[^\W\d_])(?:{alternation(ends)})") if ends else compiled("(?!x)x")


def _read_day_month(opening: str, lexicon: LanguageLexicon) -> tuple[int, int] | None:
    """The month and day of an agency dateline written without its year ("BEIJING, March 3",
    "Madrid, 12 jul", "GLASGOW, Aug 2", "北京11月12日电"): the one day and month the language's date
    forms, or a day and a month name's short form, read in the opening."""
    from crossreach.recognise.dates import recognise_dates  # the extractor's; loaded when first needed

    months = _month_names(lexicon)
    found = {(int(m.group(2)), int(m.group(1))) for m in _DAY_MONTH.finditer(opening) if int(m.group(2)) <= 12}
    for match in _short_day_month(lexicon).finditer(opening):
        month = months.get((match.group(2) or match.group(3) or "").casefold())
        if month:
            found.add((month, int(match.group(1) or match.group(4))))
    if not found:  # a month written in full ("March 3", "3 marzo", "11月12日"): the language's own forms
        found |= {(int(d.value[5:7]), int(d.value[8:10])) for d in recognise_dates(opening, lexicon, _ANY_YEAR_END)
                  if d.value and d.precision == "day" and d.relative
                  and (_TWO_NUMBERS.search(d.text) or any(name in d.text.casefold() for name in months))}
    if len(found) != 1:
        return None
    month, day = found.pop()
    return (month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


#: A year's last day, for reading a day and month whose year is not known (a leap year: 29 February is read).
_ANY_YEAR_END = "2000-12-31"
#: A day and month in digits, day first ("12.07.", "12/7") or as Chinese writes them ("11月12日").
_DAY_MONTH = re.compile(r"(?<![\d./])(\d{1,2})[./](\d{1,2})\.?(?![\d/]|\.\d)")
#: Two numbers (a month and a day in digits, "11月12日") in a date the language's forms read.
_TWO_NUMBERS = re.compile(r"\d\D+\d")


@cache
def _month_names(lexicon: LanguageLexicon) -> dict[str, int]:
    """The language's month names and their short forms (``dates.months``, ``dateline.months``)."""
    months = {str(k).casefold(): int(v) for k, v in (lexicon.section("dates").get("months") or {}).items()}
    months.update({str(k).casefold(): int(v) for k, v in (lexicon.section("dateline").get("months") or {}).items()})
    return months


@cache
def _short_day_month(lexicon: LanguageLexicon) -> re.Pattern[str]:
    """A day then a month name or its short form ("12 jul", "8 fév."), or the name then the day
    ("Nov. 10", "Aug 2"), with the language's ``dateline.joiners`` between ("12 de julio")."""
    joiners = lexicon.section("dateline").get("joiners") or []
    joined = rf"(?:(?:{alternation(joiners)})\s+)?" if joiners else ""
    return compiled(rf"(?<![\d.])(\d{{1,2}})\.?\s+{joined}([^\W\d_]{{3,10}})\.?(?![^\W\d_])"
                      rf"|(?<![^\W\d_])([^\W\d_]{{3,10}})\.?\s+(\d{{1,2}})(?!\d)")


def _dated_to_year(month: int, day: int, line: str, text: str, lexicon: LanguageLexicon) -> str | None:
    """A dateline's day and month given the year that is coherent with the text: where the lead names
    the weekday ("LaLiga said on Wednesday"), the latest year, up to the latest the text names,
    whose day falls on it (a day of the year falls on a weekday every five to eleven years); else
    the year the text names most (the later of a tie). A year after a term's end cue ("续约至2027赛季",
    "until 2027") is a future the article looks to, not one it speaks from, and is not counted; and
    the date is moved past the latest date the text's counts stand at ("截至2023年底"), which
    cannot be later than the article."""
    from crossreach.recognise.dates import weekdays_named

    cued = _term_cue_before(lexicon)
    years = [int(m.group(0)) for m in _HAS_YEAR.finditer(text) if int(m.group(0)) <= date.today().year + 1
             and not cued.search(text, max(0, m.start() - _CUE_REACH), m.start())]
    named = sorted(set(years))
    weekdays = weekdays_named(line, lexicon)
    year: int | None = None
    if named and len(weekdays) == 1:
        fitting = [y for y in range(named[0], named[-1] + 2) if _weekday_of(y, month, day) in weekdays]
        year = fitting[-1] if fitting else None
    year = year or (max(set(years), key=lambda y: (years.count(y), y)) if years else None)
    if year is None:
        return None
    floor = _latest_as_of(text, lexicon)
    if floor and f"{year}-{month:02d}-{day:02d}" < floor:  # the first such day on or after the floor
        year = int(floor[:4]) + (f"{month:02d}-{day:02d}" < floor[5:])
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


#: How far before a year (characters) its term's end cue ("续约至", "until", "fino al") is looked for.
_CUE_REACH = 24


@cache
def _term_cue(lexicon: LanguageLexicon) -> re.Pattern[str]:
    """The language's words before a date that is no publication date: when a term ends
    (``dates.end_cues``: "until 2027", "续约至2027赛季") or the date counts stand at
    (``dates.as_of_cues``: "Stand 31. Dezember 2022")."""
    section = lexicon.section("dates")
    words = [str(c) for key in ("end_cues", "as_of_cues") for c in section.get(key) or []]
    if not words:
        return compiled("(?!x)x")
    edge = r"(?<![^\W\d_])" if is_spaced(lexicon) else ""
    return compiled(rf"{edge}(?:{alternation(words)})(?![^\W\d_])" if edge else alternation(words),
                      re.IGNORECASE)


@cache
def _term_cue_before(lexicon: LanguageLexicon) -> re.Pattern[str]:
    """A term's end cue just before a year ("延长至2027", "runs until the 2027"): at most two words between."""
    words = [str(c) for c in lexicon.section("dates").get("end_cues") or []]
    if not words:
        return compiled("(?!x)x")
    between = r"(?:\s+[^\W\d_]+){0,2}\s*" if is_spaced(lexicon) else r"\s*"
    return compiled(rf"(?:{alternation(words)}){between}$", re.IGNORECASE)


@cache
def _as_of_cue(lexicon: LanguageLexicon) -> re.Pattern[str]:
    words = [str(c) for c in lexicon.section("dates").get("as_of_cues") or []]
    return compiled(rf"(?:{alternation(words)})[\s:]*", re.IGNORECASE) if words else compiled("(?!x)x")


def _latest_as_of(text: str, lexicon: LanguageLexicon) -> str | None:
    """The latest date (ISO, to the day or month) that the text's counts stand at, after the
    language's ``dates.as_of_cues`` ("截至2023年底", "as of December 31, 2023")."""
    from crossreach.recognise.dates import recognise_dates

    found: list[str] = []
    for match in _as_of_cue(lexicon).finditer(text):
        window = text[match.end():match.end() + _CUE_REACH + 8]
        dates = [d for d in recognise_dates(window, lexicon, None)
                 if d.start <= 2 and d.value and not d.relative and d.precision in ("day", "month")]
        found.extend(d.value for d in dates[:1] if d.value)
    return max(found) if found else None


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return None


def _read_compact(part: str, lexicon: LanguageLexicon) -> str | None:
    """The one date written in digits or with a short month name that the part holds ("23/10/2024",
    "8 fév 2024", "21.mai.2024"), the month names and short forms from the language's ``dates.months``
    and ``dateline.months``."""
    months = _month_names(lexicon)
    found: list[tuple[int, int, int]] = []
    for match in _NUMERIC.finditer(part):
        day, month = int(match.group(1)), int(match.group(3))
        if month > 12 >= day:
            day, month = month, day
        found.append((int(match.group(4)), month, day))
    for match in _named(lexicon).finditer(part):
        month = months.get(match.group(2).casefold())
        if month:
            found.append((int(match.group(3)), month, int(match.group(1))))
    if len(found) != 1:
        return None
    try:
        return date(*found[0]).isoformat()
    except ValueError:
        return None


def _read_whole(part: str, lexicon: LanguageLexicon) -> str | None:
    """The one full date (with its year) the language's own date patterns read in the part, no other
    figure beside it but a time of day ("Friday 12 March 2021, 08:15"): the common case, read
    without dateparser (a hundred times faster); dateparser reads the rest."""
    from crossreach.recognise.dates import recognise_dates  # the extractor's; loaded when first needed

    days = [d for d in recognise_dates(part, lexicon, None) if d.value and d.precision == "day" and not d.relative]
    if len(days) != 1:
        return None
    rest = part[:days[0].start] + " " + part[days[0].end:]
    opens = not part[:days[0].start].strip(" ,")
    return days[0].value if opens or not _LEFT_OVER.search(_time(lexicon).sub(" ", rest)) else None


@cache
def _named(lexicon: LanguageLexicon) -> re.Pattern[str]:
    """A day, a month name or its short form and a year, joined by the language's ``dateline.joiners``
    ("9 de agosto de 2024") or by nothing but spaces and dots."""
    joiners = lexicon.section("dateline").get("joiners") or []
    joined = rf"(?:(?:{alternation(joiners)})\s+)?" if joiners else ""
    return compiled(rf"(?<![\d.])(\d{{1,2}})\.?[\s.]+{joined}([^\W\d_]{{3,10}})\.?[\s.]+{joined}"
                      r"((?:19|20)\d{2})(?!\d)")


@cache
def _time(lexicon: LanguageLexicon) -> re.Pattern[str]:
    """A time of day beside a dateline's date ("08:15", "8.15 Uhr", "14h30", "9:05 CET+1"), with the
    language's time words and a time zone."""
    words = [*(lexicon.section("figures").get("time_words") or []), *script().time_zones]
    return compiled(rf"\b\d{{1,2}}[:.h]\d{{2}}(?:\s*(?:{alternation(words)})(?:[+-]\d{{1,2}})?)?(?![\d.])")


def parse_published(value: str, lang: str) -> str | None:
    """A publication date given as metadata (ISO or free text) as an ISO date."""
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return _parse(value, lang)


def _strip_cue(line: str, cues: list[str]) -> str:
    for cue in cues:
        if line.casefold().startswith(cue.casefold()):
            return line[len(cue):].lstrip(" :：-–—|")
    return line


def _parse(candidate: str, lang: str) -> str | None:
    import dateparser  # loaded only for the dates the fast paths leave; it costs a third of a second

    languages = [lang] if lang != "other" else None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            parsed = dateparser.parse(candidate, languages=languages, settings=_SETTINGS)
        except (ValueError, OverflowError):
            return None
    if parsed is None or not (1900 <= parsed.year <= date.today().year + 1):
        return None
    return parsed.date().isoformat()
