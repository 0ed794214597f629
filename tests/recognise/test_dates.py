"""Dates: the forms the issue names, in each language, resolved against the publication date or left
unresolved without one. Sentence-level tables and property tests are in ``test_dates_table.py``."""

from __future__ import annotations

import pytest

from crossreach.lexicon import load_language
from crossreach.recognise.dates import recognise_dates

PUBLISHED = "2021-05-20"  # a Thursday

ABSOLUTE = [
    ("en", "on 12 March 2021", "2021-03-12", "day"),
    ("en", "on March 12, 2021", "2021-03-12", "day"),
    ("it", "il 3 novembre 2020", "2020-11-03", "day"),
    ("fr", "le 5 mars 2020", "2020-03-05", "day"),
    ("de", "am 5. März 2020", "2020-03-05", "day"),
    ("es", "el 3 de marzo de 2020", "2020-03-03", "day"),
    ("pt", "em 3 de março de 2020", "2020-03-03", "day"),
    ("zh", "2021年5月20日", "2021-05-20", "day"),
    ("en", "on 2020-03-05", "2020-03-05", "day"),
    ("fr", "en Mars 2020", "2020-03", "month"),
    ("en", "in September 2017", "2017-09", "month"),
    ("zh", "2020年3月", "2020-03", "month"),
    ("fr", "au premier trimestre 2020", "2020-Q1", "quarter"),
    ("en", "in Q1 2020", "2020-Q1", "quarter"),
    ("zh", "2020年第一季度", "2020-Q1", "quarter"),
]


@pytest.mark.parametrize(("lang", "text", "value", "precision"), ABSOLUTE)
@pytest.mark.parametrize("published", [PUBLISHED, None])
def test_absolute_dates_need_no_publication_date(lang, text, value, precision, published) -> None:
    (found,) = recognise_dates(text, load_language(lang), published)
    assert (found.value, found.precision) == (value, precision)
    assert text[found.start:found.end] == found.text


RELATIVE = [
    ("en", "yesterday", "2021-05-19"),
    ("en", "last Tuesday", "2021-05-18"),
    ("en", "last year", "2020"),
    ("it", "ieri", "2021-05-19"),
    ("it", "lo scorso 11 ottobre", "2020-10-11"),
    ("fr", "hier", "2021-05-19"),
    ("fr", "le lendemain", "2021-05-21"),
    ("de", "gestern", "2021-05-19"),
    ("de", "am Montag", "2021-05-17"),
    ("es", "ayer", "2021-05-19"),
    ("es", "el pasado 3 de marzo", "2021-03-03"),
    ("pt", "ontem", "2021-05-19"),
    ("zh", "上周五", "2021-05-14"),
    ("zh", "去年", "2020"),
    ("zh", "第一季度", "2021-Q1"),
]


@pytest.mark.parametrize(("lang", "text", "value"), RELATIVE)
def test_relative_dates_resolve_against_the_publication_date(lang, text, value) -> None:
    (found,) = recognise_dates(text, load_language(lang), PUBLISHED)
    assert found.value == value


@pytest.mark.parametrize(("lang", "text", "value"), RELATIVE)
def test_relative_dates_stay_unresolved_without_a_publication_date(lang, text, value) -> None:
    (found,) = recognise_dates(text, load_language(lang), None)
    assert found.value is None
