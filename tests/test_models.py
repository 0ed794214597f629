"""The data model's derived values."""

from __future__ import annotations

import pytest

from crossreach.models import Quantity


@pytest.mark.parametrize(("value", "span", "upper"), [
    (3_800_000.0, None, 3_800_000.0),          # an exact figure
    (None, (10_000.0, 99_999.0), 99_999.0),  # a vague amount: the top of its range
    (None, None, None),                      # neither: nothing to compare
    (0.0, None, 0.0),                        # zero is a value, not its absence
])
def test_upper_is_the_value_or_the_top_of_the_range(value: float | None, span: tuple[float, float] | None,
                                                     upper: float | None) -> None:
    assert Quantity(0, 1, "x", value, range=span).upper == upper
