"""The domain lexicon: its shipped entries, the user's own files, and matching names in text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

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
    ("NUXE et CAUDALIE", ["Nuxe", "Caudalie"]),  # names of four letters or more, in capitals
])
def test_names_are_found_in_text(domain, text: str, expected: list[str]) -> None:
    assert [hit.entity.name for hit in domain.find(text)] == expected


@pytest.mark.parametrize(("text", "endings", "expected"), [
    ("Tencents Aktie", ("s",), [("Tencent", 0, 7)]),  # a case ending is no part of the name
    ("Tencents Aktie", (), []),  # without the ending, a longer word
    ("Tencentsx Aktie", ("s",), []),  # an ending must close the word
    ("腾讯Tmall店", (), [("Tencent", 0, 2), ("Tmall", 2, 7)]),  # Han characters are a boundary
    ("xTmall or Tmall2", (), []),  # Latin letters and digits are not
])
def test_latin_names_need_a_boundary_or_an_ending(domain, text: str, endings: tuple[str, ...],
                                                  expected: list[tuple[str, int, int]]) -> None:
    assert [(hit.entity.name, hit.start, hit.end) for hit in domain.find(text, endings)] == expected


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


def test_every_chinese_name_is_listed_in_traditional_script_too(domain) -> None:
    """The shipped files carry the traditional forms (``scripts/traditional_names.py`` writes them),
    so loading never starts OpenCC."""
    from crossreach.domain import traditional_forms

    missing = {}
    for entity in domain.entities.values():
        names = (entity.name, *entity.aliases)
        derived = {form for name in names for form in traditional_forms(name)}
        missing |= {name: form for name in names if name not in derived  # the simplified ones
                    for form in traditional_forms(name) if form not in names}
    assert missing == {}


def test_sector_files_cover_every_sector(domain) -> None:
    categories = {entity.category for entity in domain.entities.values()}
    assert {"brand", "tech", "museum", "culture", "media", "government", "education"} <= categories
    countries = set(domain.countries.values())
    assert {"it", "fr", "de", "es", "pt", "gb", "us", "cn"} <= countries


def test_a_group_gives_its_entries_their_type_category_and_country(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "- group: {type: organization, category: brand, country: it}\n"
        "  entries:\n"
        "    - Pasticceria Nuova | Nuova Pasticceria | 新糕点\n"
        "    - ~Aurora Dolci | Aurora Dolci S.r.l.\n"
        "    - {name: Caffè Lontano, aliases: [Lontano], ambiguous: [Lontano], names: {zh: [远方咖啡]}}\n",
        encoding="utf-8")
    domain = load_domain([extra])
    entity = domain.by_alias("新糕點")  # a user's Chinese name is found in traditional script too
    assert (entity.name, entity.type, entity.category) == ("Pasticceria Nuova", "organization", "brand")
    assert domain.countries["Pasticceria Nuova"] == "it"
    assert domain.by_alias("远方咖啡").name == "Caffè Lontano"
    assert {"Aurora Dolci", "Lontano"} <= domain.ambiguous


@pytest.mark.parametrize(("text", "expected"), [
    ("Pasticceria Nuova e Lontano", [("Pasticceria Nuova", False), ("Caffè Lontano", True)]),
    ("lontano", []),  # an ambiguous name matches its exact case only
])
def test_ambiguous_names_are_marked_on_their_hits(tmp_path: Path, text: str, expected: list) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text("- group: {type: organization, category: brand}\n  entries:\n"
                     "    - Pasticceria Nuova\n    - Caffè Lontano | ~Lontano\n", encoding="utf-8")
    assert [(hit.entity.name, hit.ambiguous) for hit in load_domain([extra]).find(text)] == expected


@pytest.mark.parametrize(("content", "reason"), [
    ("- group: {type: organization}\n  entries: Gucci\n", "needs a 'group' mapping"),
    ("- group: {type: organization}\n  entries: [[Gucci]]\n", "a name or a mapping was expected"),
    ("- {name: X, type: organization, ambiguous: [Y]}\n", "ambiguous must list"),
    ("- {name: X, type: organization, names: {it: Y}}\n", "names must map"),
])
def test_a_bad_group_is_named_with_its_reason(tmp_path: Path, content: str, reason: str) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(DomainLexiconError, match=reason):
        load_domain([bad])


_NAME = st.text(st.characters(categories=("L", "N"), include_characters=" &'.-"), min_size=1, max_size=20) \
    .map(str.strip).filter(lambda name: name and not name.startswith("~"))


@given(names=st.lists(_NAME, min_size=1, max_size=5, unique=True), marked=st.sets(st.integers(0, 4)))
def test_a_line_gives_back_its_names_and_marks(names: list[str], marked: set[int]) -> None:
    from crossreach.domain import _from_line

    line = " | ".join(("~" if i in marked else "") + name for i, name in enumerate(names))
    entry = _from_line(line)
    assert [entry["name"], *entry["aliases"]] == names
    assert entry.get("ambiguous", []) == [name for i, name in enumerate(names) if i in marked]
