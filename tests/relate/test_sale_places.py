"""A platform after a platform preposition does not own the sales of a clause whose subject is a noun phrase."""

from __future__ import annotations

import pytest

from crossreach.models import Mention, Metric, Quantity
from crossreach.relate.sale_places import phrase_is_subject, sold_on

CASES = [
    # (lang, text, value, the platform that must not own it, the phrase that does)
    ("it", "Lo scorso anno il marchio ha venduto su Tmall per 75 milioni di euro.", 75_000_000, "Tmall", "il marchio"),
    ("en", "Last year the company sold goods worth $40 million on JD.com.", 40_000_000, "JD.com", "the company"),
    ("es", "La marca facturó 9 millones de euros en Tmall durante la campaña.", 9_000_000, "Tmall", "La marca"),
    ("de", "Der Hersteller erzielte über JD.com einen Umsatz von 7 Millionen Euro.", 7_000_000, "JD.com",
     "Der Hersteller"),
    ("pt", "A empresa faturou 18 milhões de euros no Tmall em 2023.", 18_000_000, "Tmall", "A empresa"),
]


@pytest.mark.parametrize(("lang", "text", "value", "platform", "phrase"), CASES)
def test_a_noun_subjects_sales_on_a_platform_are_its_own(extract_text, lang, text, value, platform, phrase) -> None:
    metric = next(f for f in extract_text(lang, text).facts if isinstance(f, Metric) and f.value == value)
    assert metric.subject != platform
    assert metric.subject.casefold() == phrase.casefold()


@pytest.mark.parametrize(("lang", "text", "value", "owner"), [
    # A platform's own figure, or one no noun phrase claims, stays the platform's.
    ("en", "Tmall had 900 million users last year.", 900_000_000, "Tmall"),
    ("it", "Su Tmall le vendite del Double 11 hanno raggiunto 540 miliardi di yuan.", 540_000_000_000, "Tmall"),
])
def test_a_platform_keeps_what_no_noun_subject_claims(extract_text, lang, text, value, owner) -> None:
    metrics = [f for f in extract_text(lang, text).facts if isinstance(f, Metric) and f.value == value]
    assert [m.subject for m in metrics] in ([owner], [])


def _mention(start: int, type_: str = "organization", category: str | None = None) -> Mention:
    return Mention(start, start + 5, "Xxxxx", f"X{start}", type_, category)


FIGURE = Quantity(60, 70, "10 million", 10_000_000)


@pytest.mark.parametrize(("start", "category", "opening", "named", "expected"), [
    (10, "brand", 0, [], True),                         # the phrase opens the figure's clause
    (10, "brand", 0, [_mention(2)], False),              # a name before it is the subject
    (10, "brand", 0, [_mention(2, "event")], True),      # an event before it is a setting
    (10, "brand", 0, [_mention(30, "platform")], True),  # a platform after it is where
    (10, "brand", 40, [], True),                         # before the clause, first of the sentence
    (10, "brand", 40, [_mention(45)], False),            # ... but the clause names its own subject
    (65, "brand", 0, [], False),                         # after the figure
    (10, "tech", 0, [], False),                          # a platform's own noun
    (10, "work", 0, [], False),                          # a video sells nothing
])
def test_a_phrase_is_the_subject_where_no_name_stands_before_it(start, category, opening, named, expected) -> None:
    assert phrase_is_subject(start, category, FIGURE, opening, named) is expected


@pytest.mark.parametrize(("type_", "category", "kind", "features", "expected"), [
    ("platform", "tech", "sales", {"where": 1.0, "in_sentence": 1.0}, True),
    ("platform", "tech", "donations", {"where": 1.0, "in_sentence": 1.0}, True),
    ("platform", "tech", "users", {"where": 1.0, "in_sentence": 1.0}, False),   # its own users
    ("platform", "tech", "sales", {"in_sentence": 1.0}, False),                # not after "on"
    ("platform", "tech", "sales", {"where": 1.0}, False),                      # not in the sentence
    ("organization", "brand", "sales", {"where": 1.0, "in_sentence": 1.0}, False),
])
def test_only_a_platform_after_a_platform_preposition_with_a_commerce_kind_is_where(type_, category, kind, features,
                                                                                   expected) -> None:
    assert sold_on(_mention(30, type_, category), kind, features) is expected
