"""Dates as users type them: only real years, months and days pass."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crossreach.isodate import is_iso_date


@pytest.mark.parametrize(("value", "ok"), [
    ("2020", True), ("2020-08", True), ("2020-08-26", True), ("2024-02-29", True),
    ("2021-13-45", False), ("2021-02-29", False), ("2021-00", False), ("2021-8", False), ("20", False),
    ("2020/08/26", False), ("last year", False), ("", False), ("2020-08-26T10:00", False),
])
def test_dates(value: str, ok: bool) -> None:
    assert is_iso_date(value) is ok


@given(st.dates())
def test_every_real_day_month_and_year_passes(day: datetime.date) -> None:
    iso = day.isoformat()
    assert is_iso_date(iso) and is_iso_date(iso[:7]) and is_iso_date(iso[:4])


@given(st.integers(0, 9999), st.integers(0, 99), st.integers(0, 99))
def test_a_day_passes_exactly_when_it_exists(year: int, month: int, day: int) -> None:
    try:
        exists = datetime.date(year, month, day) is not None
    except ValueError:
        exists = False
    assert is_iso_date(f"{year:04d}-{month:02d}-{day:02d}") is exists
