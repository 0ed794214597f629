"""A place owns a figure a place can own only as the subject of the figure's clause (``place_owners``)."""

from __future__ import annotations

import pytest

from crossreach.lexicon import load_language, supported_languages
from crossreach.models import Metric
from crossreach.relate.place_owners import place_prepositions


def _metrics(extract_text, lang: str, text: str) -> list[tuple[str | None, str, float | None]]:
    return [(f.subject, f.kind, f.value) for f in extract_text(lang, text, "2024-01-01").facts
            if isinstance(f, Metric)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the place opens the figure's clause (an article before it at most): its visitors (named as the gazetteer does)
    ("en", "Gucci opened a store in Shanghai. France received 90,000 visitors from China last year.",
     [("France", "visitors", 90_000)]),
    ("it", "Gucci apre a Shanghai. L'Italia ha accolto 90.000 visitatori cinesi l'anno scorso.",
     [("Italy", "visitors", 90_000)]),
    ("fr", "Dior ouvre à Shanghai. La France a accueilli 90 000 visiteurs chinois l'an dernier.",
     [("France", "visitors", 90_000)]),
    ("de", "Adidas eröffnet in Shanghai. Österreich verzeichnete 2024 rund 90.000 Besucher aus China.",
     [("Austria", "visitors", 90_000)]),
    ("es", "Loewe abre en Shanghái. España recibió 90.000 visitantes chinos el año pasado.",
     [("Spain", "visitors", 90_000)]),
    ("pt", "A Sogrape abriu em Xangai. O Brasil recebeu 78.300 turistas da China no ano passado.",
     [("Brazil", "visitors", 78_300)]),
    ("zh", "古驰在上海开店。法国去年接待中国游客9万人次。", [("France", "visitors", 90_000)]),
])
def test_a_place_opening_the_clause_owns_its_visitors(extract_text, lang, text, expected) -> None:
    assert _metrics(extract_text, lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "place"), [
    # a preposition before the place makes it where the figure was counted, not whose it is
    ("en", "Gucci opened a store in Shanghai. In France 90,000 visitors came from China last year.", "France"),
    ("it", "Gucci apre a Shanghai. In Italia sono arrivati 90.000 visitatori cinesi.", "Italy"),
    ("fr", "Dior ouvre à Shanghai. En France sont venus 90 000 visiteurs chinois.", "France"),
    ("de", "Adidas eröffnet in Shanghai. In Österreich wurden 2024 rund 90.000 Besucher aus China gezählt.",
     "Austria"),
    ("es", "Loewe abre en Shanghái. En España se registraron 90.000 visitantes chinos.", "Spain"),
    ("pt", "A Sogrape abriu em Xangai. No Brasil entraram 78.300 turistas da China.", "Brazil"),
    # a kind's cue word right after the place says where the visitors come from
    ("zh", "古驰在上海开店。在法国，中国游客达9万人次。", "China"),
    ("zh", "古驰在上海开店。在法国，中国游客达9万人次。", "France"),
])
def test_a_place_after_a_preposition_owns_nothing(extract_text, lang, text, place) -> None:
    assert place not in {subject for subject, _, _ in _metrics(extract_text, lang, text)}


@pytest.mark.parametrize(("lang", "text"), [
    # a count a country sold is a volume, not its sales; a name before the figure is the sentence's subject
    ("es", "Loewe abre en Shanghái. España vendió a China 36,9 millones de litros de vino."),
    ("en", "Gucci opened a store in Shanghai. FrieslandCampina, which sells on Tmall, reported China revenue of "
           "1.1 billion euros in 2023."),
])
def test_a_place_owns_no_volume_nor_a_named_subject_s_figure(extract_text, lang, text) -> None:
    assert not {"Spain", "China"} & {subject for subject, _, _ in _metrics(extract_text, lang, text)}


@pytest.mark.parametrize("code", supported_languages())
def test_every_language_lists_prepositions_of_place(code: str) -> None:
    assert load_language(code).section("metrics").get("place_prepositions"), f"{code}: no place_prepositions"


@pytest.mark.parametrize(("lang", "before"), [
    ("en", "visitors in "), ("it", "arrivati in "), ("fr", "venus en "), ("de", "Besucher aus "),
    ("es", "turistas de "), ("pt", "turistas no "), ("zh", "游客来自"),
])
def test_a_preposition_of_place_is_read_before_a_name(lang: str, before: str) -> None:
    assert place_prepositions(load_language(lang)).search(before) is not None
