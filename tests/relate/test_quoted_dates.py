"""Dates inside a quotation of speech are a speaker's; a quoted term is no quotation."""

from __future__ import annotations

import pytest

from crossreach.relate.quoted_dates import in_quotation

#: A text, the date in it, and whether the date stands inside a quotation of speech.
QUOTED = [
    ("en", "“Two years ago we started from zero,” he said. Views reached 1.8 billion.", "Two years ago", True),
    ("en", "He said two years ago they started from zero. Views reached 1.8 billion.", "two years ago", False),
    ("it", "«Un anno fa nessuno ci credeva», ha detto. Le vendite sono salite.", "Un anno fa", True),
    ("fr", "« Il y a deux ans, nous partions de zéro », a-t-il dit.", "Il y a deux ans", True),
    ("de", "„Vor zwei Jahren fingen wir bei null an“, sagte er. Die Zahl stieg.", "Vor zwei Jahren", True),
    ("de", "„Vor zwei Jahren“ heißt die Ausstellung, sie zählte 10.000 Besucher.", "Vor zwei Jahren", False),
    ("es", "\"Hace un año nadie nos conocía\", dijo. La cuenta suma 10.000 seguidores.", "Hace un año", True),
    ("es", "\"Hace un año nadie nos conocía\", dijo el lunes.", "lunes", False),
    ("pt", "“Há um ano, ninguém nos conhecia”, disse. A conta soma 10 mil seguidores.", "Há um ano", True),
    ("zh", "「三年前沒人相信小米能賣出六千元的手機，」林子豪說。", "三年前", True),
    ("zh", "“两年前，我们在抖音上几乎是从零开始。”", "两年前", True),
    ("zh", "而在天猫，品牌“双11”成交额为2.3亿元。", "双11", False),
    ("en", "The “618” festival drew 2 million buyers in June.", "618", False),
    ("en", "“We started from zero,” he said.\nTwo years ago the club opened.", "Two years ago", False),
]


@pytest.mark.parametrize(("lang", "text", "date_text", "expected"), QUOTED)
def test_a_date_in_a_quotation_of_speech_is_a_speakers(lang: str, text: str, date_text: str, expected: bool) -> None:
    assert in_quotation(text, text.index(date_text)) is expected
