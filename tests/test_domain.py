"""The domain lexicon: its shipped entries, the user's own files, and matching names in text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crossreach import domain as domain_module
from crossreach.domain import DomainLexicon, DomainLexiconError, load_domain
from crossreach.models import ORGANIZATION_CATEGORIES, Entity


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
    ("Gucci \x00, \x00Tencent\x00", ["Gucci", "Tencent"]),  # the keys that speed spaces up find nothing
    ("途虎养车和京东养车", ["Tuhu", "JD Auto Care"]),  # service platforms by their Chinese names
    ("Bitauto, Ke.com and Lalamove", ["Yiche", "Beike", "Huolala"]),  # official Latin names of platforms
    ("AliHealth and Fanqie Novel", ["Alibaba Health", "Tomato Novel"]),  # common short and pinyin forms
    ("贝壳找房上线，海边的贝壳", ["Beike"]),  # the full name only: bare 贝壳 is a shell
    ("大众点评和美团", ["Dianping", "Meituan"]),  # an app of a group is its own platform
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


@pytest.mark.parametrize(("text", "expected"), [
    ("登上喜马拉雅山", [("Ximalaya", True)]),  # a platform named like a mountain: kept only with context
    ("在喜马拉雅FM收听", [("Ximalaya", False)]),  # its full name is no common word
    ("周末去转转", [("Zhuanzhuan", True)]),  # "take a stroll"
])
def test_shipped_platforms_named_like_common_words_are_marked(domain, text: str, expected: list) -> None:
    assert [(hit.entity.name, hit.ambiguous) for hit in domain.find(text)] == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # A name given for one language is found in its texts, and where no language is said.
    ("Il Borgo ha firmato con Tencent.", "it", ["Borgo Calcio", "Tencent"]),
    ("Il Borgo ha firmato con Tencent.", None, ["Borgo Calcio", "Tencent"]),
    # In another language's text it is left out ("Milan" is the city in English); other names are not.
    ("The fair in Borgo opened.", "en", []),
    ("Borgo Calcio signed with Tencent.", "en", ["Borgo Calcio", "Tencent"]),
    ("远方咖啡 and Borgo", "zh", ["Borgo Calcio", "Borgo Calcio"]),
])
def test_names_of_one_language_are_found_in_its_texts(tmp_path: Path, text: str, language: str | None,
                                                       expected: list[str]) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text("- {name: Borgo Calcio, type: organization, category: culture,\n"
                     "   aliases: [远方咖啡], names: {it: [Borgo], zh: [Borgo]}}\n", encoding="utf-8")
    domain = load_domain([extra])
    assert [hit.entity.name for hit in domain.find(text, (), language)] == expected
    assert domain.local_names["Borgo"] == {"it", "zh"}
    assert load_domain().local_names["Milan"] == {"it"}  # the club's name in Italian, where the city is Milano


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


def _names_one_by_one(domain: DomainLexicon, text: str, endings: tuple[str, ...]) -> list[tuple[str, int, int, bool]]:
    """What ``find`` must give, read the slow way: every name at every place, its spellings in turn."""
    lowered = text.lower() if len(text.lower()) == len(text) else text
    keys: dict[str, list[tuple[str, str]]] = {}
    for entity in domain.entities.values():
        for alias in (entity.name, *entity.aliases):
            keys.setdefault(alias.lower(), []).append((alias, entity.name))
    hits = []
    for key, spellings in keys.items():
        for start in (i for i in range(len(text)) if lowered.startswith(key, i)):
            end, surface = start + len(key), text[start:start + len(key)]
            for spelling, name in spellings:
                before = spelling[0].isalnum() and spelling[0].isascii() and start > 0 and domain_module._joins(
                    text[start - 1])
                after = spelling[-1].isalnum() and spelling[-1].isascii() and not any(
                    text.startswith(e, end) and not domain_module._joins_at(text, end + len(e)) for e in ("", *endings))
                ambiguous = spelling in domain.ambiguous
                if not before and not after and (surface == spelling if ambiguous
                                                  else domain_module._case_fits(surface, spelling)):
                    hits.append((name, start, end, ambiguous))
                    break
    hits.sort(key=lambda h: (h[1], h[1] - h[2]))
    kept, taken = [], -1
    for hit in hits:
        if hit[1] >= taken:
            kept.append(hit)
            taken = hit[2]
    return kept


@given(st.lists(st.sampled_from(["UN", "un", "On", "on", "ON", "LV", "lv", "Tmall", "TMALL", "tmall", "Next", "NEXT",
                                 "V&A", "3M", "3m", "腾讯", "fun", "long", "İ", "s", " ", ", ", "-", "x"]),
                max_size=12),
       st.sampled_from([(), ("s",)]))
def test_names_are_found_as_read_one_by_one(pieces: list[str], endings: tuple[str, ...]) -> None:
    """The two automata (names as written, and the rest in lower case) find what a plain reading does."""
    domain = DomainLexicon()
    for name, aliases in [("United Nations", ["UN"]), ("On", []), ("Louis Vuitton", ["LV"]), ("Tmall", []),
                          ("Next", []), ("Victoria and Albert Museum", ["V&A"]), ("3M", []), ("Tencent", ["腾讯"])]:
        domain.entities[name] = Entity(name=name, type="organization", aliases=aliases)
    domain.ambiguous.update({"On", "Next"})
    text = "".join(pieces)
    assert [(h.entity.name, h.start, h.end, h.ambiguous) for h in domain.find(text, endings)] \
        == _names_one_by_one(domain, text, endings)


# --- The gazetteer does not contradict itself -------------------------------------------------------

#: A company's legal form or group word: "Lenovo Group" and "Lenovo" are one company under two names.
_LEGAL_FORM = re.compile(
    r"(?:,?\s+(?:Group|Holdings?|Inc\.?|Corp\.?|Corporation|Company|Co\.|Ltd\.?|Limited|S\.p\.A\.|S\.A\.|SA|AG|SE"
    r"|plc|GmbH|International|Technology|Technologies))+$|(?:集团|集團|控股|有限公司|公司)+$", re.IGNORECASE)

#: Pairs whose names differ only by a legal form but that are two companies, with why.
_DISTINCT = {
    frozenset({"Loewe", "Loewe Technologies"}): "the Spanish fashion house; the German television maker",
    frozenset({"Husqvarna Motorcycles", "Husqvarna Group"}): "Pierer's motorcycles; the Swedish garden tools",
    frozenset({"London School of Economics", "London Stock Exchange"}): "a university; a stock exchange",
    frozenset({"Bundesliga", "Bundesliga International"}): "the league; the DFL's arm that sells it abroad",
    frozenset({"Douyin", "Douyin Group"}): "the app; ByteDance's Chinese business that runs it and more",
}


def _company_key(name: str) -> str:
    return _LEGAL_FORM.sub("", name.strip()).casefold().strip()


def gazetteer_conflicts(entries: list[tuple[dict, str]]) -> list[str]:
    """What the entries (each with its place) say against each other: one canonical name with two
    types, categories or parents (the loader keeps one); one name of two entities (it finds only one of
    them, "~" or not); a parent that names no entity; one company under two canonical names."""
    found: list[str] = []
    by_name: dict[str, list[tuple[Entity, str]]] = {}
    owners: dict[str, set[str]] = {}
    for entry, place in entries:
        entity = domain_module.check_entry(entry, place)
        by_name.setdefault(entity.name, []).append((entity, place))
        for name in (entity.name, *entity.aliases):
            owners.setdefault(name.casefold(), set()).add(entity.name)
    for name, listed in by_name.items():
        if len({(e.type, e.category, e.parent) for e, _ in listed}) > 1:
            found.append(f"{name}: listed as "
                         + "; ".join(f"{e.type}/{e.category}/{e.parent} ({p})" for e, p in listed))
        for entity, place in listed:
            if entity.parent is not None and entity.parent not in by_name:
                found.append(f"{name}: parent {entity.parent} is no entity ({place})")
    for name, shared in owners.items():
        if len(shared) > 1:
            found.append(f"{name}: a name of {', '.join(sorted(shared))}")
    keys = {name: _company_key(name) for name in by_name}
    for name, key in keys.items():
        if key == name.casefold():  # no legal form: a name the other lists too is reported above
            continue
        others = {other for other in owners.get(key, set()) if other != name}
        others |= {other for other, k in keys.items() if k == key and other != name}
        for other in sorted(others):
            parents = {e.parent for e, _ in by_name[name]} | {e.parent for e, _ in by_name[other]}
            if other in parents or name in parents or frozenset({name, other}) in _DISTINCT:
                continue
            if keys.get(other) == key != other.casefold() and other < name:
                continue  # reported once, from the other side
            found.append(f"{name} and {other}: one company under two names")
    return found


def _shipped_entries() -> list[tuple[dict, str]]:
    directory = domain_module._domain_dir()
    return [pair for path in sorted(directory.iterdir(), key=lambda p: p.name) if path.name.endswith(".yaml")
            for pair in domain_module._expanded(domain_module._entries(path.read_text("utf-8"), path.name), path.name)]


def test_the_shipped_gazetteer_does_not_contradict_itself() -> None:
    assert gazetteer_conflicts(_shipped_entries()) == []


def _org(name: str, *aliases: str, **fields: object) -> tuple[dict, str]:
    return {"name": name, "type": "organization", "category": "brand", "aliases": list(aliases), **fields}, name


@pytest.mark.parametrize(("entries", "expected"), [
    ([_org("Lenovo"), _org("Lenovo Group")], ["Lenovo Group and Lenovo: one company under two names"]),
    ([_org("Baidu", "百度"), _org("Baidu Inc.", "百度公司")], ["Baidu Inc. and Baidu: one company under two names"]),
    ([_org("Swatch", parent="Swatch Group"), _org("Swatch Group")], []),  # a brand and its owner
    ([_org("Loewe"), _org("Loewe Technologies")], []),  # two companies, listed as such
    ([_org("PPTV"), _org("PPTV", parent="Suning"), _org("Suning")],
     ["PPTV: listed as organization/brand/None (PPTV); organization/brand/Suning (PPTV)"]),
    ([_org("PPTV", parent="Suning")], ["PPTV: parent Suning is no entity (PPTV)"]),
    ([_org("Momo"), ({**_org("Momo")[0], "type": "platform"}, "Momo")],
     ["Momo: listed as organization/brand/None (Momo); platform/brand/None (Momo)"]),
    ([_org("Tencent", "QQ"), _org("Tencent QQ", "QQ")], ["qq: a name of Tencent, Tencent QQ"]),
    ([_org("Universidad de Chile"), _org("Club Universidad de Chile", "Universidad de Chile",
                                         ambiguous=["Universidad de Chile"])],
     ["universidad de chile: a name of Club Universidad de Chile, Universidad de Chile"]),  # "~" or not
])
def test_gazetteer_conflicts_are_found(entries: list[tuple[dict, str]], expected: list[str]) -> None:
    assert gazetteer_conflicts(entries) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # A German museum's name declines after an article ("das Deutsche Museum", "im Kunsthistorischen Museum").
    ("Das Kunsthistorische Museum zeigt Rubens.", "de", ["Kunsthistorisches Museum"]),
    ("Im Deutschen Museum in München", "de", ["Deutsches Museum"]),
    ("Vor dem Neuen Museum stehen Besucher.", "de", ["Neues Museum"]),
    ("The Deutsche Museum shop", "en", []),  # a German form, found in German texts only
    ("Tencent firmou um acordo com a Universal Music.", "pt", ["Tencent", "Universal Music Group"]),  # its usual name
])
def test_declined_and_usual_names_are_found(domain, text: str, language: str, expected: list[str]) -> None:
    assert [hit.entity.name for hit in domain.find(text, language=language)] == expected


@pytest.mark.parametrize(("name", "entity"), [
    # The great film festivals under the names each language's press gives them.
    ("Mostra de Venecia", "Mostra Internazionale d'Arte Cinematografica"),
    ("Filmfestspiele von Venedig", "Mostra Internazionale d'Arte Cinematografica"),
    ("Festival de Veneza", "Mostra Internazionale d'Arte Cinematografica"),
    ("Festival Internacional de Cine de San Sebastián", "Festival de Cine de San Sebastián"),
    ("Festival de Saint-Sébastien", "Festival de Cine de San Sebastián"),
    ("Festival di Cannes", "Cannes Film Festival"),
    ("Filmfestspiele von Cannes", "Cannes Film Festival"),
    ("Festival de Berlín", "Berlinale"),
    ("Festival del film Locarno", "Locarno Film Festival"),
])
def test_a_festival_under_each_languages_name(domain, name: str, entity: str) -> None:
    found = domain.by_alias(name)
    assert found is not None and found.name == entity
