"""Parts of a year that name none, dated in the year their sentence speaks of."""

from __future__ import annotations

import pytest

from crossreach.lexicon import load_language
from crossreach.models import DateMention
from crossreach.recognise.dates import recognise_dates
from crossreach.recognise.year_parts import in_year

_P = "2023-11-15"


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("en", "In 2022, Lancome's Singles' Day sales were 800 million yuan.", "2022-11-11"),
    ("it", "Nel 2022 le vendite di Lancôme per il Singles' Day erano state di 800 milioni.", "2022-11-11"),
    ("de", "Im Jahr 2022 hatte Lancôme am Singles' Day 800 Millionen Yuan umgesetzt.", "2022-11-11"),
    ("es", "En 2022, las ventas de Lancôme el 11 de noviembre fueron de 800 millones.", "2022-11-11"),
    ("en", "In 2022, in the third quarter, sales grew.", "2022-Q3"),
    # a year that does not open the sentence: the latest by publication
    ("en", "Founded in 2019, the brand sold 800 million yuan on Singles' Day.", "2023-11-11"),
    # another sentence
    ("en", "In 2022 the brand grew. On Singles' Day it sold 800 million yuan.", "2023-11-11"),
])
def test_a_part_of_a_year_is_in_the_year_that_opens_its_sentence(lang, text, value) -> None:
    found = [d for d in recognise_dates(text, load_language(lang), _P) if d.value]
    assert found[-1].value == value


@pytest.mark.parametrize(("value", "kind", "year", "expected"), [
    ("2023-11-11", "festival:11-11", "2022", "2022-11-11"),
    ("2024-02-10", "festival:lunar_new_year", "2023", "2023-01-22"),
    ("2023-Q3", "period", "2022", "2022-Q3"),
    ("2023-03-05", "day", "2021", "2021-03-05"),
])
def test_a_part_of_a_year_in_another_year(value, kind, year, expected) -> None:
    period = DateMention(0, 1, "x", value, "day", True)
    assert in_year(period, kind, year) == expected
