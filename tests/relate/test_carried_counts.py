"""Counts that take their kind (and, after a sum, its currency) from the figure of the sentence before."""

from __future__ import annotations

import pytest

from crossreach.models import Quantity
from crossreach.relate.carried_counts import Carried, carried_count_kind, carried_counts


def _count(value: float, unit: str | None = None) -> Quantity:
    return Quantity(0, 1, "x", value, unit=unit)


def _sum(value: float, currency: str | None = "EUR") -> Quantity:
    return Quantity(0, 1, "x", value, kind="money", currency=currency)


@pytest.mark.parametrize(("cues", "figures", "expected"), [
    ([(0, 5, "mau")], [_count(576e6)], Carried("mau", 576e6)),
    ([(0, 5, "followers"), (9, 12, "mau")], [_count(1e6), _count(576e6)], Carried("mau", 576e6)),
    ([(0, 5, "sales")], [_count(576e6)], None),  # a money word names no count
    ([(0, 5, "mau")], [_count(5e6), _sum(5e6)], None),  # the last figure is a sum no money word names
    ([(0, 5, "sales")], [_sum(906.7e6)], Carried("sales", 906.7e6, "EUR")),
    ([(0, 5, "sales"), (9, 12, "not_a_metric")], [_sum(906.7e6)], None),  # a profit
    ([(0, 5, "sales")], [_sum(906.7e6, None)], None),  # no currency to carry
    ([], [_count(576e6)], None),
])
def test_what_is_carried_is_the_last_figure_before_and_the_cue_of_its_sort(cues, figures, expected) -> None:
    assert carried_count_kind(cues, figures) == expected


@pytest.mark.parametrize(("figure", "kind", "bare", "expected"), [
    (_count(206e6), None, True, "mau"),
    (_count(206e6), "followers", True, "followers"),  # a cue of its own wins
    (_count(206e6), None, False, None),  # a word after it names what it counts
    (_count(5_000), None, True, None),  # too small to be carried
    (_count(20e9), None, True, None),  # not of the same order
    (_count(206e6, unit="bottles"), None, True, None),  # counts units of something else
])
def test_a_count_with_no_kind_of_its_own_carries_the_kind_before(figure, kind, bare, expected) -> None:
    figures, kinds = carried_counts([figure], [kind], Carried("mau", 576e6), [bare])
    assert kinds == [expected] and figures == [figure]


def test_a_count_after_a_sum_is_a_sum_in_its_currency() -> None:
    figures, kinds = carried_counts([_count(260e6)], [None], Carried("sales", 906.7e6, "EUR"), [True])
    assert kinds == ["sales"] and (figures[0].kind, figures[0].currency, figures[0].value) == ("money", "EUR", 260e6)
