"""Places yield to the longer organization names that hold them, and block persons' names as before."""

from __future__ import annotations

import pytest

from crossreach.models import Mention
from crossreach.recognise.place_mentions import placed, split_places


def _place(start: int, end: int, name: str) -> Mention:
    return Mention(start, end, name, name, "place", origin="lexicon")


@pytest.mark.parametrize(("found", "kept"), [
    # an organization's name holding the place and more keeps it inside
    ([Mention(0, 17, "SportsBridge Asia", "SportsBridge Asia", "organization", "agency", origin="pattern")],
     ["SportsBridge Asia"]),
    # a person's name found over a place is left out, as when the place blocked it
    ([Mention(13, 23, "Asia Wang", "Asia Wang", "person", origin="pattern")], []),
    # an organization's name no longer than the place, or only overlapping it, is left out
    ([Mention(13, 17, "Asia", "Asia", "organization", origin="pattern")], []),
    ([Mention(15, 25, "ia Capital", "ia Capital", "organization", origin="pattern")], []),
    # a name away from the place is kept
    ([Mention(30, 35, "Gucci", "Gucci", "organization", "brand", origin="lexicon")], ["Gucci"]),
])
def test_found_names_and_places(found: list[Mention], kept: list[str]) -> None:
    place = _place(13, 17, "Asia")
    assert [m.text for m in placed(found, [place]) if m.type != "place"] == kept
    assert place in placed(found, [place])


def test_split_places_parts_places_from_the_rest() -> None:
    gucci = Mention(0, 5, "Gucci", "Gucci", "organization", "brand", origin="lexicon")
    china = _place(9, 14, "China")
    assert split_places([gucci, china]) == ([gucci], [china])


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("it", "Secondo il rapporto della società di consulenza SportsBridge Asia, Inter guida.", "SportsBridge Asia"),
    ("zh", "本周二，德国足球职业联盟（DFL）发布报告。", "DFL"),
])
def test_an_unlisted_name_holding_a_place_is_still_found(extract_text, lang: str, text: str, name: str) -> None:
    entities = extract_text(lang, text, "2024-01-01").entities
    assert any(name in (e.name, *e.aliases) for e in entities), [e.name for e in entities]
