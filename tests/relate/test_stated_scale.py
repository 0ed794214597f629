"""Scales stated once for many figures: in a list heading or a table column header."""

from __future__ import annotations

from decimal import Decimal

import pytest

from crossreach.lexicon import load_language
from crossreach.models import Metric
from crossreach.relate.stated_scale import stated_scale


@pytest.mark.parametrize(("lang", "text", "scale", "currency"), [
    ("en", "Sales (in millions of yuan)", Decimal("1e6"), "CNY"),
    ("fr", "Ventes estimées, en millions de yuans", Decimal("1e6"), "CNY"),
    ("it", "Vendite (mln di yuan)", Decimal("1e6"), "CNY"),
    ("es", "ventas en Tmall, en millones de euros", Decimal("1e6"), "EUR"),
    ("de", "Umsatz in Millionen Euro", Decimal("1e6"), "EUR"),
    ("pt", "Vendas (em milhões de reais)", Decimal("1e6"), "BRL"),
    ("en", "Followers by club", Decimal(1), None),
    # A scale word right after a number is that figure's own: it states nothing for the lines below.
    ("de", "Die Borussia kommt auf 1,2 Mio. Follower.", Decimal(1), None),
    ("en", "Views reached 3 million, in millions of views", Decimal("1e6"), None),
    # a currency code or symbol, the same in every language
    ("en", "GMV (RMB)", Decimal(1), "CNY"), ("de", "Umsatz (€)", Decimal(1), "EUR"),
    ("it", "Vendite (mln di USD)", Decimal("1e6"), "USD"),
])
def test_a_heading_states_its_scale_and_currency(lang, text, scale, currency) -> None:
    found_scale, found_currency = stated_scale(text, load_language(lang))
    assert found_scale == scale
    assert found_currency == currency


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Top des marques de beauté (ventes estimées, en millions de yuans) :\n\n"
           "1. Clarins – 96,5\n2. Sisley – 78,6\n",
     [("Clarins", 96_500_000.0, "CNY"), ("Sisley", 78_600_000.0, "CNY")]),
    # a heading's small count is the list's length, and leader dots join label and figure
    ("fr", "Top 2 des marques de beauté (ventes estimées, en millions de yuans) :\n\n"
           "1. Clarins ............ 1 020\n2. Sisley ............. 786\n",
     [("Clarins", 1_020_000_000.0, "CNY"), ("Sisley", 786_000_000.0, "CNY")]),
    ("it", "Classifica dei marchi (vendite, mln di euro)\n1. Ferrero – 12,9\n2. Lavazza – 8,3\n",
     [("Ferrero", 12_900_000.0, "EUR"), ("Lavazza", 8_300_000.0, "EUR")]),
])
def test_list_lines_under_a_stated_scale_are_figures(extract_text, lang, text, expected) -> None:
    found = [(f.subject, f.value, f.currency) for f in extract_text(lang, text, "2022-11-14").facts
             if isinstance(f, Metric)]
    assert found == expected


def test_a_line_that_names_no_one_gives_no_figure(extract_text) -> None:
    text = "Ventes estimées, en millions de yuans :\n\n1. une marque locale – 96,5\n"
    assert [f for f in extract_text("fr", text, "2022-11-14").facts if isinstance(f, Metric)] == []


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a paragraph above with figures of its own ("1,2 Mio. Follower") states no scale for the list
    ("de", "Borussia D\u00fcsseldorf kommt auf Douyin auf 1,2 Mio. Follower.\n\n"
           "Weibo-Follower (Stand: 31. Januar 2023)\n\n"
           "Timo Boll (Deutschland) \u2013 3,1 Mio.\nDang Qiu (Deutschland) \u2013 214.000\n",
     [("Borussia D\u00fcsseldorf", 1_200_000.0), ("Timo Boll", 3_100_000.0), ("Dang Qiu", 214_000.0)]),
])
def test_a_figure_line_states_no_scale_for_the_lines_under_it(extract_text, lang, text, expected) -> None:
    found = [(f.subject, f.value) for f in extract_text(lang, text, "2023-02-13").facts if isinstance(f, Metric)]
    assert found == expected
