"""A name quoted in speech is no party of a cue outside the quotation."""

from __future__ import annotations

import pytest

from crossreach.models import Partnership


def _parties(extract_text, lang: str, text: str) -> list[set[str]]:
    return [set(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # The cue in the speaker's title, the name in the speech: no deal.
    ("it", "\"Il pubblico cinese segue la Serie A da trent'anni, ma vuole vederla in un altro modo\", ha detto "
           "Chen Lu, direttrice delle partnership sportive di Douyin.", []),
    ("en", "\"Fans in China have followed the Premier League for decades, and they want more\", said Chen Lu, "
           "head of sports partnerships at Douyin.", []),
    ("fr", "« Le public chinois suit la Ligue 1 depuis vingt ans, et il en veut davantage », a déclaré Chen Lu, "
           "responsable des partenariats sportifs de Douyin.", []),
    # The cue inside the speech with its partner: the deal stands.
    ("en", "Tencent said: \"We signed a partnership with Gucci, and more will follow.\"", [{"Gucci", "Tencent"}]),
    # A name in quotes is no speech.
    ("en", "Gucci signed a partnership with the \"Douyin\" app.", [{"Douyin", "Gucci"}]),
])
def test_quoted_names(extract_text, lang: str, text: str, expected: list[set[str]]) -> None:
    assert _parties(extract_text, lang, text) == expected
