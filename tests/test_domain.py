"""The domain lexicon: its shipped entries, the user's own files, and matching names in text."""

from __future__ import annotations

from pathlib import Path

import pytest

from crossreach.domain import DomainLexiconError, load_domain
from crossreach.models import ORGANIZATION_CATEGORIES


def test_several_thousand_typed_entries(domain) -> None:
    assert len(domain.entities) >= 5000
    for entity in domain.entities.values():
        assert entity.type in ("organization", "platform", "event", "place")
        assert entity.category in ORGANIZATION_CATEGORIES or entity.type in ("event", "place")
        assert entity.parent is None or entity.parent in domain.entities, entity.name


def test_no_name_belongs_to_two_entities(domain) -> None:
    owners: dict[str, set[str]] = {}
    for entity in domain.entities.values():
        for name in (entity.name, *entity.aliases):
            owners.setdefault(name.casefold(), set()).add(entity.name)
    assert {name: names for name, names in owners.items() if len(names) > 1} == {}


@pytest.mark.parametrize(("text", "expected"), [
    ("Gucci teamed up with Tencent.", ["Gucci", "Tencent"]),
    ("古驰与腾讯合作。", ["Gucci", "Tencent"]),
    ("古馳與騰訊合作。", ["Gucci", "Tencent"]),  # traditional characters, through OpenCC
    ("其母公司LVMH集团", ["LVMH"]),  # a Latin name between Han characters
    ("Les visites du musée d'Orsay", ["Musée d'Orsay"]),  # lower-case initial, capital later
    ("the V&A and the Louvre Museum", ["Victoria and Albert Museum", "Louvre"]),
    ("iQIYI, IQiyi and iQiyi", ["iQiyi", "iQiyi", "iQiyi"]),
])
def test_names_are_found_in_text(domain, text: str, expected: list[str]) -> None:
    assert [hit.entity.name for hit in domain.find(text)] == expected


@pytest.mark.parametrize("text", [
    "a green prado in spring",  # a common word spelt like a name, in lower case
    "the lv of the sea",  # short names match their exact case only
    "VANSION and Gucciones",  # names inside longer words
])
def test_common_words_are_not_names(domain, text: str) -> None:
    assert list(domain.find(text)) == []


def test_a_user_file_adds_entries_and_aliases(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text("- {name: Museo Nuovo, type: organization, category: museum, aliases: [新博物馆]}\n"
                     "- {name: Gucci, type: organization, category: brand, aliases: [Gucci Garden]}\n",
                     encoding="utf-8")
    domain = load_domain([extra])
    assert domain.by_alias("新博物馆").name == "Museo Nuovo"
    assert domain.by_alias("gucci garden").name == "Gucci"
    assert "古驰" in domain.entities["Gucci"].aliases


@pytest.mark.parametrize(("content", "reason"), [
    ("- {type: organization}\n", "needs a 'name'"),
    ("- {name: X, type: person}\n", "type must be one of"),
    ("- {name: X, type: organization, category: shop}\n", "unknown category"),
    ("- {name: X, type: organization, aliases: Y}\n", "aliases must be a list"),
    ("name: [unclosed\n", "not valid YAML"),
])
def test_a_bad_user_file_is_named_with_its_reason(tmp_path: Path, content: str, reason: str) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(DomainLexiconError, match=reason) as error:
        load_domain([bad])
    assert str(bad) in str(error.value)
