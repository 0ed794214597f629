"""Parts of a year that name none ("Singles' Day", "the third quarter", "on March 3") dated in the
year a sentence speaks of: the year that opens their sentence, and the calendar of that year."""

from __future__ import annotations

import re
from datetime import date

from crossreach.lexicon import script
from crossreach.models import DateMention, DatePrecision
from crossreach.recognise.festivals import festival_value


def plain_year(found: DateMention) -> bool:
    """Whether a date is a whole year ("last year", "2022年", "im Vorjahr")."""
    return found.precision == "year" and found.value is not None and len(found.value) == len("yyyy")


#: The full stop of an abbreviated month ("Sept.", "févr."), not one that ends its sentence: a capital
#: follows that ("on 21 September. Last year it drew ...": two dates, not "21 September last year").
MONTH_DOT = r"(?:\.(?!\s+(?-i:[A-Z])))?"
#: What ends a sentence, or a line: a year that opens one dates nothing past it.
_SENTENCE_END = re.compile(rf"[{re.escape(script().sentence_ends + script().wide_sentence_ends)}]\s|\n")
#: What may stand before a date that opens its sentence: spaces, quotation marks, brackets.
_OPENERS = re.compile(rf"[\s{re.escape(script().quote_marks + script().open_brackets)}]*")


def sentence_year(text: str, found: list[DateMention], yearless: list[str | None], index: int) -> int | None:
    """The index of the whole year that opens the sentence of a part of a year naming none, with no
    other date between them ("In 2022, Lancome's Singles' Day sales were ...", "Nel 2022 ... il 31
    ottobre"): the year the sentence speaks of, which the part is in."""
    period = found[index]
    for other in range(index - 1, -1, -1):
        year = found[other]
        if _SENTENCE_END.search(text, year.end, period.start):
            return None
        if yearless[other] or not plain_year(year):
            return None
        line = max(text.rfind("\n", 0, year.start), 0)
        ends = list(_SENTENCE_END.finditer(text, line, year.start))
        opened = ends[-1].end() if ends else line
        return other if _OPENERS.fullmatch(text, opened, year.start) else None
    return None


def in_year(period: DateMention, kind: str | None, year: str) -> str | None:
    """A part of a year dated in ``year``: a moving feast ("the Chinese New Year 2023") found again in
    that year's calendar, any other part keeping its month and day."""
    if kind and kind.startswith("festival:"):
        found = festival_value(kind.split(":", 1)[1], int(year[:4]))
        return found[0] if found is not None else None
    return year[:4] + str(period.value)[4:]


def years_back(back: int, base: date | None, this_year: int | None) -> tuple[str | None, DatePrecision, bool]:
    """A date counted back in whole years from publication ("a year ago", "il y a deux ans", "两年前"):
    the publication's month that many years before (a count "up from 410,000 a year ago" is of that
    month, not of the year's end); without a publication date, the year before the one spoken of."""
    if base is not None:
        return f"{base.year - back:04d}-{base.month:02d}", "month", True
    return (f"{this_year - back:04d}" if this_year else None), "year", True
