"""The gates of the date forms: one regex where a lead opens several forms."""

from __future__ import annotations

import pytest

from crossreach.recognise.date_leads import one_opening


@pytest.mark.parametrize(("forms", "expected"), [
    # The assertion every form opens with is written once, before their alternation.
    ([r"(?<![^\W_])the\s+day", r"(?<![^\W_])the\s+year"], r"(?<![^\W_])(?:the\s+day|the\s+year)"),
    # A form without it keeps the plain alternation of the forms.
    ([r"(?<![^\W_])the\s+day", r"the\s+year"], r"(?:(?<![^\W_])the\s+day)|(?:the\s+year)"),
])
def test_a_gate_writes_its_forms_shared_opening_once(forms: list[str], expected: str) -> None:
    assert one_opening(forms, r"(?<![^\W_])") == expected
