"""Dates as users type them into filters and options: ``2020``, ``2020-08`` or ``2020-08-26``, real ones only."""

from __future__ import annotations

import re
from datetime import date

_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def is_iso_date(value: str) -> bool:
    """Whether ``value`` is a year, a month or a day that exists (2021-13-45 and 2021-02-30 are not)."""
    match = _ISO_DATE.fullmatch(value)
    if match is None:
        return False
    year, month, day = (int(part) if part else 1 for part in match.groups())
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True
