"""A gazetteer name that opens a longer name: the longer name is the mention, when what follows continues it."""

from __future__ import annotations

import pytest


def _names(extract_text, lang: str, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_text(lang, text, None).mentions if m.type != "place"]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A cue noun introduces the longer name; the document writes its words in lower case too.
    ("fr", "Le musée a levé des fonds via la plateforme Tencent Charity, une charity locale.",
     [("Tencent Charity", "organization")]),
    # Words the document never writes in lower case continue the name.
    ("it", "Il marchio ha aperto un negozio su JD Home, la sezione arredamento.", [("JD Home", "platform")]),
    ("en", "The railway firm Hornby was bought by Tencent Fintech Partners in 2017.",
     [("Hornby", "organization"), ("Tencent Fintech Partners", "organization")]),
    # An organization's head word closes the longer name, in a language that capitalises every noun.
    ("de", "Der Verkauf an die Tencent Musikgruppe wurde gemeldet.", [("Tencent Musikgruppe", "organization")]),
])
def test_a_known_name_opening_a_longer_name_gives_the_longer_name(extract_text, lang: str, text: str,
                                                                   expected: list) -> None:
    assert _names(extract_text, lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Sales on Tmall GMV rose.", [("Tmall", "platform")]),  # an acronym: a figure's name
    ("en", "The airline flies the Airbus A330neo to Rome.", [("Airbus", "organization")]),  # a model's number
    ("en", "Tencent Champions Tech for Good in Cannes", [("Tencent", "organization")]),  # a title-case headline
    ("en", "Tencent Results beat the forecasts; its results were strong.", [("Tencent", "organization")]),
    ("de", "Bei Tmall Schalter kaufen viele Kunden.", [("Tmall", "platform")]),  # German nouns are capitalised
])
def test_what_does_not_continue_a_name_leaves_the_known_name(extract_text, lang: str, text: str,
                                                            expected: list) -> None:
    assert _names(extract_text, lang, text) == expected
