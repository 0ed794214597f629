"""The day (or month) a festival named in a language's ``dates.relative`` forms falls on in a year.

A form says ``{festival: 11-11}`` for a fixed day (Singles' Day, 618), ``{festival: "10"}`` for a
festival of several days dated to its month (Golden Week), or names a moving feast: the Chinese New
Year (``lunar_new_year``, its eve ``lunar_new_year_eve``) follows the lunisolar calendar, Black Friday
(``black_friday``) is the day after the fourth Thursday of November, Cyber Monday three days later.
"""

from __future__ import annotations

from datetime import date, timedelta

from crossreach.models import DatePrecision

#: The first day of the Chinese New Year, by Gregorian year (month, day): the lunisolar calendar
#: cannot be computed with plain arithmetic, and the years the corpora speak of are few.
LUNAR_NEW_YEAR: dict[int, tuple[int, int]] = {
    2005: (2, 9), 2006: (1, 29), 2007: (2, 18), 2008: (2, 7), 2009: (1, 26), 2010: (2, 14),
    2011: (2, 3), 2012: (1, 23), 2013: (2, 10), 2014: (1, 31), 2015: (2, 19), 2016: (2, 8),
    2017: (1, 28), 2018: (2, 16), 2019: (2, 5), 2020: (1, 25), 2021: (2, 12), 2022: (2, 1),
    2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17), 2027: (2, 6), 2028: (1, 26),
    2029: (2, 13), 2030: (2, 3),
}

_THURSDAY = 3


def _black_friday(year: int) -> date:
    """The day after the fourth Thursday of November."""
    first = date(year, 11, 1)
    thursday = first + timedelta(days=(_THURSDAY - first.weekday()) % 7 + 21)
    return thursday + timedelta(days=1)


def festival_day(festival: str, year: int) -> tuple[date, DatePrecision] | None:
    """The day a festival starts in ``year`` and the precision it is dated with (a festival named by
    its month alone: that month's first day, "month"), or None where the year is not known."""
    if festival in ("lunar_new_year", "lunar_new_year_eve"):
        if year not in LUNAR_NEW_YEAR:
            return None
        day = date(year, *LUNAR_NEW_YEAR[year])
        return (day - timedelta(days=1) if festival.endswith("_eve") else day), "day"
    if festival == "black_friday":
        return _black_friday(year), "day"
    if festival == "cyber_monday":
        return _black_friday(year) + timedelta(days=3), "day"
    if "-" not in festival:
        return date(year, int(festival), 1), "month"
    month, day = (int(part) for part in festival.split("-"))
    return date(year, month, day), "day"


def festival_value(festival: str, year: int) -> tuple[str, DatePrecision] | None:
    """The ISO value of a festival in ``year``: its day, or its month."""
    found = festival_day(festival, year)
    if found is None:
        return None
    day, precision = found
    return (day.isoformat() if precision == "day" else day.isoformat()[:7]), precision
