"""Clauses that tell a figure's date."""

from __future__ import annotations

import pytest

from crossreach.relate.date_clauses import leads_into, subset_re


@pytest.mark.parametrize(("text", "date_text", "figure", "spaced", "expected"), [
    ("兰蔻公司周二表示，今年双十一期间，兰蔻在天猫的销售额突破10亿元。", "今年双十一", "10亿元", False, True),
    ("The company said that, in 2022, sales reached 5 million.", "in 2022", "5 million", True, True),
    # a dateline's dash is no comma
    ("LISBOA, 14 de novembro - A Lancôme vendeu 1 mil milhões.", "14 de novembro", "1 mil", True, False),
    # two clauses between them
    ("Zhao won on Sunday, beat Williams, and drew 5 million.", "on Sunday", "5 million", True, False),
    # the date after the figure
    ("Sales reached 5 million, in 2022, the company said.", "in 2022", "5 million", True, False),
])
def test_a_date_that_fills_a_clause_before_the_figure_s(text, date_text, figure, spaced, expected) -> None:
    start = text.index(date_text)
    assert leads_into(text, start, start + len(date_text), text.index(figure), spaced) is expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "BMW delivered 790,000 cars, of which MINI 41,000.", True),
    ("de", "BMW lieferte 790.000 Autos aus, davon 41.000 MINI.", True),
    ("fr", "BMW a livré 790 000 voitures, dont 41 000 MINI.", True),
    ("zh", "宝马交付新车79万辆，其中MINI品牌交付约4.1万辆。", True),
    ("fr", "BMW a livré 790 000 voitures dontes.", False),
])
def test_a_clause_that_tells_a_part_of_a_whole(lang, text, expected) -> None:
    assert (subset_re(lang).search(text) is not None) is expected
