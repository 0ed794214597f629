"""Counts that take their kind from the count of the sentence before."""

from __future__ import annotations

import pytest

from crossreach.models import Quantity
from crossreach.relate.carried_counts import carried_count_kind, carried_counts


def _count(value: float, unit: str | None = None) -> Quantity:
    return Quantity(0, 1, "x", value, unit=unit)


@pytest.mark.parametrize(("cues", "figures", "expected"), [
    ([(0, 5, "mau")], [_count(576e6)], ("mau", 576e6)),
    ([(0, 5, "followers"), (9, 12, "mau")], [_count(1e6), _count(576e6)], ("mau", 576e6)),
    ([(0, 5, "sales")], [_count(576e6)], None),  # a money word carries no count
    ([(0, 5, "mau")], [Quantity(0, 1, "x", 5e6, kind="money")], None),  # no count before
    ([], [_count(576e6)], None),
])
def test_the_kind_carried_is_that_of_the_last_count_cue_before(cues, figures, expected) -> None:
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
    assert carried_counts([figure], [kind], ("mau", 576e6), [bare]) == [expected]
