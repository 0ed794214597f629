"""The days festivals fall on, and festivals read in text: fixed days, moving feasts, holidays of a month."""

from __future__ import annotations

from datetime import date

import pytest

from crossreach.lexicon import load_language
from crossreach.recognise.dates import recognise_dates
from crossreach.recognise.festivals import LUNAR_NEW_YEAR, festival_day, festival_value


@pytest.mark.parametrize(("festival", "year", "expected"), [
    ("11-11", 2023, (date(2023, 11, 11), "day")),
    ("06-18", 2021, (date(2021, 6, 18), "day")),
    ("10", 2023, (date(2023, 10, 1), "month")),
    ("lunar_new_year", 2023, (date(2023, 1, 22), "day")),
    ("lunar_new_year", 2024, (date(2024, 2, 10), "day")),
    ("lunar_new_year_eve", 2024, (date(2024, 2, 9), "day")),
    ("black_friday", 2022, (date(2022, 11, 25), "day")),
    ("black_friday", 2023, (date(2023, 11, 24), "day")),
    ("black_friday", 2024, (date(2024, 11, 29), "day")),
    ("cyber_monday", 2023, (date(2023, 11, 27), "day")),
    ("lunar_new_year", 1990, None),
])
def test_a_festival_falls_on_its_day_of_the_year(festival, year, expected) -> None:
    assert festival_day(festival, year) == expected


def test_the_lunar_new_year_falls_between_january_21_and_february_20() -> None:
    assert all(date(year, 1, 21) <= date(year, *day) <= date(year, 2, 20) for year, day in LUNAR_NEW_YEAR.items())


def test_a_festival_of_a_month_is_dated_to_its_month() -> None:
    assert festival_value("10", 2023) == ("2023-10", "month")
    assert festival_value("lunar_new_year", 2025) == ("2025-01-29", "day")


@pytest.mark.parametrize(("lang", "text", "published", "value"), [
    # the last one by publication, or one a few weeks ahead (a preview)
    ("en", "Sales during Chinese New Year rose.", "2024-02-20", "2024-02-10"),
    ("en", "Sales during Chinese New Year rose.", "2024-01-25", "2024-02-10"),
    ("en", "Sales during Chinese New Year rose.", "2023-11-15", "2023-01-22"),
    ("zh", "春节期间销售额增长。", "2024-02-20", "2024-02-10"),
    ("zh", "除夕当晚销售额增长。", "2024-02-20", "2024-02-09"),
    ("fr", "Les ventes du Nouvel An chinois ont progressé.", "2024-02-20", "2024-02-10"),
    ("de", "Zum chinesischen Neujahrsfest stiegen die Umsätze.", "2024-02-20", "2024-02-10"),
    ("es", "Las ventas del Año Nuevo chino crecieron.", "2024-02-20", "2024-02-10"),
    ("pt", "As vendas do Ano Novo Chinês cresceram.", "2024-02-20", "2024-02-10"),
    ("it", "Le vendite del Capodanno cinese sono cresciute.", "2024-02-20", "2024-02-10"),
    ("en", "Black Friday sales rose.", "2023-11-28", "2023-11-24"),
    ("zh", "黑色星期五销售额增长。", "2023-11-28", "2023-11-24"),
    ("es", "Las ventas del Black Friday crecieron.", "2023-12-05", "2023-11-24"),
    ("en", "Trips during Golden Week rose.", "2023-10-10", "2023-10"),
    ("zh", "国庆黄金周期间出游人次增长。", "2023-10-10", "2023-10"),
    ("zh", "五一假期期间出游人次增长。", "2023-05-06", "2023-05"),
    ("de", "In der Goldenen Woche stiegen die Reisen.", "2023-10-10", "2023-10"),
    # a year beside it: that year's feast, found again in its calendar
    ("en", "Sales during the 2023 Chinese New Year rose.", "2024-03-01", "2023-01-22"),
    ("en", "Sales during Chinese New Year 2023 rose.", "2024-03-01", "2023-01-22"),
    ("en", "Sales during last year's Black Friday rose.", "2023-11-28", "2022-11-25"),
    ("zh", "去年春节期间销售额增长。", "2024-03-01", "2023-01-22"),
])
def test_a_festival_is_read_in_the_seven_languages(lang, text, published, value) -> None:
    found = [d for d in recognise_dates(text, load_language(lang), published) if d.value]
    assert [d.value for d in found] == [value]
