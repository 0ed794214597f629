"""Coreference: one person however the document names them, one organization with its acronym."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crossreach.lexicon import load_language, writes_unspaced
from crossreach.models import Mention
from crossreach.resolve.coreference import resolve_mentions


def _person(text: str, surface: str, occurrence: int = 0) -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, surface, "person", None, origin="pattern")


def _names(text: str, mentions: list[Mention], domain, lang: str = "en") -> list[tuple[str, str]]:
    resolved, _ = resolve_mentions(text, mentions, load_language(lang), domain)
    return [(m.text, m.name) for m in resolved if m.type == "person"]


@pytest.mark.parametrize(("lang", "text", "surfaces", "expected"), [
    # A surname alone, later, is the person named in full; so is a Chinese family name written first.
    ("en", "Fiona Keir spoke. Later Keir added more.", ["Fiona Keir"],
     [("Fiona Keir", "Fiona Keir"), ("Keir", "Fiona Keir")]),
    ("en", "Zhao Lei spoke first. Then Zhao said more.", ["Zhao Lei"],
     [("Zhao Lei", "Zhao Lei"), ("Zhao", "Zhao Lei")]),
    # A word of address opens no name, and with it the surname is still the person.
    ("en", "Dr Helen Marsh spoke. Then Ms Marsh left.", ["Dr Helen Marsh", "Ms Marsh"],
     [("Helen Marsh", "Helen Marsh"), ("Marsh", "Helen Marsh")]),
    ("de", "Dr. Holger Mertens sprach zuerst.", ["Dr. Holger Mertens"], [("Holger Mertens", "Holger Mertens")]),
    # A transliteration in brackets is the same person.
    ("en", "Wang Fang (王芳) spoke.", ["Wang Fang", "王芳"], [("Wang Fang", "Wang Fang"), ("王芳", "Wang Fang")]),
    ("zh", "杰西卡·摩尔（Jessica Moore）说，摩尔很高兴。", ["杰西卡·摩尔", "Jessica Moore"],
     [("杰西卡·摩尔", "杰西卡·摩尔"), ("Jessica Moore", "杰西卡·摩尔"), ("摩尔", "杰西卡·摩尔")]),
])
def test_a_person_has_one_name(domain, lang, text, surfaces, expected) -> None:
    mentions = [_person(text, s) for s in surfaces]
    assert _names(text, mentions, domain, lang) == expected


@pytest.mark.parametrize(("text", "surfaces"), [
    # Two persons share the part: it stands for neither.
    ("Anna Lau and Martin Lau spoke. Lau said more.", ["Anna Lau", "Martin Lau"]),
    # The part is a common word of the text ("long"): it stands for no one.
    ("Ma Long won. It was a long day for Long.", ["Ma Long"]),
])
def test_an_ambiguous_part_stands_for_no_one(domain, text, surfaces) -> None:
    mentions = [_person(text, s) for s in surfaces]
    names = _names(text, mentions, domain)
    assert [surface for surface, _ in names] == surfaces


@pytest.mark.parametrize(("lang", "text", "aliases"), [
    # One word in brackets after a person is a country or a club: no name of theirs, no mention later.
    ("de", "Timo Boll (Deutschland) – 3,1 Mio. Deutschland gewann.", ["Timo Boll"]),
    ("en", "Fan Zhendong (China) won. China cheered.", ["Fan Zhendong"]),
    # A full name in brackets is one.
    ("en", "Zhang Wei (David Zhang) spoke. David Zhang left.", ["David Zhang", "Zhang Wei"]),
])
def test_a_persons_alias_in_brackets_is_a_full_name(domain, lang, text, aliases) -> None:
    surface = text.split(" (")[0]
    _, entities = resolve_mentions(text, [_person(text, surface)], load_language(lang), domain)
    assert sorted(entities[0].aliases) == aliases


@pytest.mark.parametrize(("first", "later"), [
    # (type and category of an entity's first mention, of a later one): every mention takes its entity's type, so a
    # name typed otherwise once ("Chester Zoo" read as a person) owns what the entity owns.
    (("organization", "museum"), ("person", None)),
    (("platform", "tech"), ("organization", "other")),
])
def test_every_mention_has_its_entitys_type(domain, first, later) -> None:
    text = "Chester Zoo joins Douyin. Chester Zoo, run by a charity, drew 2.2 million visitors."
    mentions = [Mention(0, 11, "Chester Zoo", "Chester Zoo", first[0], first[1]),
                Mention(26, 37, "Chester Zoo", "Chester Zoo", later[0], later[1])]
    resolved, [entity] = resolve_mentions(text, mentions, load_language("en"), domain)
    assert [(m.type, m.category) for m in resolved] == [first, first] == [(entity.type, entity.category)] * 2


@given(st.lists(st.sampled_from(["Anna Rossi", "Rossi", "Dr Anna Rossi", "Wu Lei", "Lei", "said", "the", "."]),
                max_size=12))
def test_every_mention_keeps_a_name_found_in_the_text(domain, words: list[str]) -> None:
    text = " ".join(words)
    mentions, position = [], 0
    for word in words:
        if word[0].isupper():
            mentions.append(Mention(position, position + len(word), word, word, "person", None, origin="pattern"))
        position += len(word) + 1
    resolved, entities = resolve_mentions(text, mentions, load_language("en"), domain)
    assert all(text[m.start:m.end] == m.text for m in resolved)
    assert {m.name for m in resolved} == {e.name for e in entities}


@pytest.mark.parametrize(("text", "expected"), [
    ("Chen Yu (陈雨), who oversees books at Douyin, spoke.",
     [("Chen Yu", "Chen Yu"), ("陈雨", "Chen Yu")]),
    # A one-word name in front of a Chinese name is a company's.
    ("Tmall (天猫) grew.", []),
])
def test_a_name_with_its_chinese_name_in_brackets_is_a_person(domain, text, expected) -> None:
    assert _names(text, [], domain) == expected


@given(st.lists(st.sampled_from(["Long", "Di", "Rosa", "Wang", "Ma", "Costa", "Smart", "Lee"]), min_size=1),
       st.lists(st.sampled_from(["long", "di", "rosa", "ma", "smart", "costa", "Long", "along", "diana", "&",
                                 "-", " ", ".", "long-term", "rosa&co"]), max_size=12))
def test_lower_case_name_parts_are_found_as_the_regex_finds_them(words: list[str], pieces: list[str]) -> None:
    """The set lookup for plain words gives what the regex over the text gives."""
    import re

    from crossreach.resolve.coreference import _lower_case_words

    text = " ".join(pieces)
    lowered = {w.lower() for w in words if w.lower() != w}
    pattern = re.compile(rf"(?<![\w&])(?:{'|'.join(map(re.escape, sorted(lowered, key=len, reverse=True)))})(?![\w&])")
    assert _lower_case_words(text, words) == (set(pattern.findall(text)) if lowered else set())


def _aliases_found_plainly(text: str, aliases: list[str]) -> list[tuple[int, int]]:
    """Where a plain alternation finds the aliases: whole words (Chinese ones anywhere), longest first."""
    from crossreach.lexicon import writes_unspaced

    ordered = sorted(aliases, key=len, reverse=True)
    spaced = "|".join(re.escape(a) for a in ordered if not writes_unspaced(a))
    unspaced = "|".join(re.escape(a) for a in ordered if writes_unspaced(a))
    pattern = re.compile("|".join(p for p in (spaced and rf"(?<![\w&])(?:{spaced})(?![\w&])", unspaced) if p))
    found, taken = [], -1
    for match in pattern.finditer(text):
        if match.start() >= taken:
            found.append(match.span())
            taken = match.end()
    return found


@given(st.lists(st.text(alphabet="ab &\u4e00", min_size=1, max_size=4), min_size=1, max_size=5, unique=True),
       st.text(alphabet="ab &\u4e00x\n", max_size=30))
def test_alias_occurrences_are_found_as_a_plain_alternation_finds_them(aliases: list[str], text: str) -> None:
    """Each alias in a branch of its own that looks back past itself: the same spans as one alternation."""
    from crossreach.resolve.coreference import _alias_mentions

    target = Mention(0, 0, "", "Target", "organization", None)
    found = _alias_mentions(text, dict.fromkeys(aliases, target), [])
    assert [(m.start, m.end) for m in found] == _aliases_found_plainly(text, aliases)


@given(st.lists(st.text(alphabet="abAB&_1", min_size=1, max_size=3), max_size=4),
       st.text(alphabet="abAB&_1 .\u00e9", max_size=30))
def test_lower_case_words_are_whole_runs_of_word_characters(words: list[str], text: str) -> None:
    """A name part is a common word where the text writes it in lower case as a whole run of word characters."""
    from crossreach.resolve.coreference import _lower_case_words

    lowered = {w.lower() for w in words if w.lower() != w}
    assert _lower_case_words(text, words) == lowered & set(re.findall(r"[\w&]+", text))


def _aliases_by_regex(text: str, aliases: list[str]) -> list[tuple[int, int, str]]:
    """The aliases' occurrences as one regex finds them: each alias a branch, longest first, those
    bounded as words before those written without spaces."""
    ordered = sorted(aliases, key=len, reverse=True)
    spaced = [rf"{re.escape(a)}(?<![\w&][\s\S]{{{len(a)}}})(?![\w&])" for a in ordered if not writes_unspaced(a)]
    unspaced = [re.escape(a) for a in ordered if writes_unspaced(a)]
    return [(m.start(), m.end(), m.group()) for m in re.finditer("|".join(spaced + unspaced), text)]


@given(st.lists(st.text(alphabet="aAb_1&\u00e9 -\u4e00\u4e8c", min_size=1, max_size=4), min_size=1, max_size=6,
                unique=True),
       st.text(alphabet="aAb_1&\u00e9 -\u4e00\u4e8c\n\u00b2", max_size=40))
def test_alias_occurrences_are_those_a_regex_alternation_finds(aliases: list[str], text: str) -> None:
    """The search by ``str.find`` finds what a regex of the aliases found: the same spans and aliases,
    word characters (letters, digits, "_", "²") and "&" bounding the spaced ones."""
    from crossreach.resolve.coreference import _alias_occurrences

    assert _alias_occurrences(text, aliases) == _aliases_by_regex(text, aliases)


def _organization(text: str, surface: str, occurrence: int = 0, origin: str = "pattern") -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, surface, "organization", "other", origin=origin)


@pytest.mark.parametrize(("lang", "text", "full", "short", "one"), [
    # A short form in brackets spelled from the name's letters, its first letter the name's: one organization.
    ("pt", "A Keeta assinou com a Associação Brasileira de Bares e Restaurantes (Abrasel). A Abrasel celebra.",
     "Associação Brasileira de Bares e Restaurantes", "Abrasel", True),
    ("es", "Lo dijo la Secretaría de Turismo (Sectur). La Sectur firmó.", "Secretaría de Turismo", "Sectur", True),
    ("pt", "O Ministério da Agricultura e Pecuária (Mapa) assinou. O Mapa quer mais.",
     "Ministério da Agricultura e Pecuária", "Mapa", True),
    # Another first letter: the owner, a place, another organization.
    ("en", "The Premier League (Tencent) signed. Tencent paid.", "Premier League", "Tencent", False),
    ("pt", "A Associação Brasileira de Bares (Brastemp) assinou. A Brastemp paga.",
     "Associação Brasileira de Bares", "Brastemp", False),
])
def test_an_organizations_short_form_in_brackets(domain, lang, text, full, short, one) -> None:
    mentions = [_organization(text, full), _organization(text, short), _organization(text, short, 1)]
    resolved, _ = resolve_mentions(text, mentions, load_language(lang), domain)
    names = {m.name for m in resolved if m.text == short}
    assert (names == {full}) is one


@pytest.mark.parametrize(("lang", "text", "full", "stem", "one"), [
    # A company named with its legal form, later without it: one organization, in every language's forms.
    ("it", "Lo dice Ferretti Group. Ferretti, quotata a Milano, cresce.", "Ferretti Group", "Ferretti", True),
    ("it", "Lo dice il Gruppo Lunelli. Lunelli cresce.", "Gruppo Lunelli", "Lunelli", True),
    ("en", "Weichai Group bought shares. Weichai now holds 41%.", "Weichai Group", "Weichai", True),
    ("de", "Die Kessler AG wächst. Kessler verkauft mehr.", "Kessler AG", "Kessler", True),
    ("fr", "Le Groupe Rocher signe. Rocher vend plus.", "Groupe Rocher", "Rocher", True),
    ("es", "El Grupo Calvo firmó. Calvo vende más.", "Grupo Calvo", "Calvo", True),
    ("pt", "A Amorim Holding assinou. A Amorim vende mais.", "Amorim Holding", "Amorim", True),
    ("zh", "潍柴集团增持股份。潍柴表示满意。", "潍柴集团", "潍柴", True),
    # Several legal forms; a stem of several words, written before the full name too.
    ("de", "Die Alfred Ritter GmbH & Co. KG wächst. Alfred Ritter verkauft mehr.", "Alfred Ritter GmbH & Co. KG",
     "Alfred Ritter", True),
    ("de", "Tirol Werbung kooperiert. Die Tirol Werbung GmbH gehört dem Land.", "Tirol Werbung GmbH",
     "Tirol Werbung", True),
    # A place written only before a name that closes with it, a compound, a common word of the text: no name.
    ("de", "Premiere in Berlin. Getragen von der Kultur in Berlin GmbH.", "Berlin GmbH", "Berlin", False),
    ("de", "Die Cherry SE wächst. Dareu verbaute Cherry-Schalter.", "Cherry SE", "Cherry", False),
    ("en", "Summit Group signed. The summit was long. Summit said more.", "Summit Group", "Summit", False),
])
def test_a_companys_name_without_its_legal_form(domain, lang, text, full, stem, one) -> None:
    mentions = [_organization(text, full)]
    resolved, _ = resolve_mentions(text, mentions, load_language(lang), domain)
    named = {m.name for m in resolved if m.text == stem}  # (the stem written alone)
    assert named == ({full} if one else set())
