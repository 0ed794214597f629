"""A headline that restates a figure of the body takes the body's kind."""

from __future__ import annotations

import pytest

from crossreach.models import Evidence, Metric
from crossreach.relate.headline_kinds import body_kinds

HEADLINE_END = 40


def _metric(kind: str, value: float, sentence_start: int, currency: str | None = "CNY",
            aspect: str = "total") -> Metric:
    evidence = Evidence(start=sentence_start + 5, end=sentence_start + 10, sentence_start=sentence_start,
                        sentence_end=sentence_start + HEADLINE_END, sentence="...")
    return Metric(subject="Brand", kind=kind, value=value, currency=currency, aspect=aspect, evidence=evidence)


@pytest.mark.parametrize(("headline", "body", "expected"), [
    # the same sum in the body, of another kind: the body's kind
    (_metric("deal_value", 86e6, 0), _metric("sales", 86e6, 100), "sales"),
    (_metric("sales", 45e6, 0, "EUR"), _metric("deal_value", 45e6, 200, "EUR"), "deal_value"),
    (_metric("visitors", 215_000, 0, None), _metric("viewers", 215_000, 100, None), "viewers"),
    # 4.9 million and 4,900,000 are one figure
    (_metric("deal_value", 4.9e6, 0), _metric("sales", 4_900_000.0, 100), "sales"),
    # another value, another currency, a gain against a total: another figure, the headline's kind kept
    (_metric("deal_value", 86e6, 0), _metric("sales", 71e6, 100), "deal_value"),
    (_metric("deal_value", 86e6, 0), _metric("sales", 86e6, 100, "EUR"), "deal_value"),
    (_metric("followers", 30_000, 0, None), _metric("views", 30_000, 100, None, "change"), "followers"),
])
def test_a_headline_figure_takes_the_kind_the_body_gives_it(headline, body, expected) -> None:
    assert [m.kind for m in body_kinds([headline, body], HEADLINE_END)] == [expected, body.kind]


def test_two_figures_of_the_body_keep_their_kinds() -> None:
    """Only the headline defers: two statements of the body with one value are two figures."""
    first, second = _metric("comments", 1.1e6, 100, None), _metric("visitors", 1.1e6, 200, None)
    assert body_kinds([first, second], HEADLINE_END) == [first, second]


def test_a_headline_restating_the_body_is_one_fact(extract_text) -> None:
    text = ("Harbour Aquarium, its Singles' Day is worth 52 million yuan.\n\n"
            "Harbour Aquarium closed Singles' Day with sales of 52 million yuan on Tmall, its shop said.")
    metrics = [f for f in extract_text("en", text, "2024-11-12").facts if isinstance(f, Metric)]
    assert [(m.kind, m.value, len(m.more_evidence)) for m in metrics] == [("sales", 52_000_000, 1)]
