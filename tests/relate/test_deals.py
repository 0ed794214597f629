"""One partnership a deal: the indexed merge keeps what comparing every pair kept; a platform and its
owner are one party only where the text states one deal."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crossreach.domain import DomainLexicon, load_domain
from crossreach.lexicon import load_language
from crossreach.models import Evidence, Partnership
from crossreach.recognise.entity_rules import entity_rules
from crossreach.relate.context import DocumentView
from crossreach.relate.deals import merged, one_per_deal, stated_as_one
from crossreach.relate.partnership_cues import partnership_cues
from crossreach.relate.partnership_reader import Reader


def _deal(*parties: str, at: int = 0) -> Partnership:
    return Partnership(parties=parties, evidence=Evidence(at, at + 1, at, at + 1, "s"))


def _reader(extract_text, lang: str, text: str) -> Reader:
    view = DocumentView(extract_text(lang, text))
    lexicon = load_language(lang)
    return Reader(view, partnership_cues(lexicon, view.spaced), entity_rules(lexicon), load_domain())


def _stated_in(reader: Reader, index: int, *parties: str) -> Partnership:
    """A partnership of ``parties`` read in the sentence ``index`` of the reader's document."""
    sentence = reader.view.extraction.sentences[index]
    return Partnership(parties=parties, evidence=Evidence(sentence.start, sentence.end, sentence.start,
                                                          sentence.end, sentence.text))


#: Every owned platform beside its owner, so that the text states each platform and owner as one deal.
_OWNERS_TEXT = "Gucci works with ByteDance's Douyin, Alibaba's Tmall and Tencent's WeChat."


def _pairwise(facts: list[Partnership], domain: DomainLexicon, reader: Reader | None) -> list[Partnership]:
    """The merge as it was written first: each fact compared with every one kept before it."""
    kept: list[Partnership] = []
    for fact in facts:
        for i, other in enumerate(kept):
            if (one := merged(other, fact, domain, reader)) is not None:
                kept[i] = one
                break
        else:
            kept.append(fact)
    return kept


@pytest.mark.parametrize(("stated", "expected"), [
    ([("Gucci", "Tmall"), ("Gucci", "Tmall Luxury Pavilion")], [("Gucci", "Tmall Luxury Pavilion")]),
    ([("Gucci", "Douyin"), ("Gucci", "ByteDance")], [("Gucci", "Douyin")]),
    ([("Gucci", "ByteDance"), ("Gucci", "Douyin")], [("Gucci", "ByteDance")]),
    ([("Gucci", "Tmall"), ("Prada", "Tmall")], [("Gucci", "Tmall"), ("Prada", "Tmall")]),
    ([("Gucci", "Tmall"), ("Gucci", "Tmall", "JD.com")], [("Gucci", "Tmall"), ("Gucci", "Tmall", "JD.com")]),
    ([("Gucci", "Tmall"), ("Prada", "JD.com"), ("Gucci", "Tmall Global")],
     [("Gucci", "Tmall Global"), ("Prada", "JD.com")]),
])
def test_one_per_deal(extract_text, stated: list[tuple[str, ...]], expected: list[tuple[str, ...]]) -> None:
    reader = _reader(extract_text, "en", _OWNERS_TEXT)
    facts = [_stated_in(reader, 0, *parties) for parties in stated]
    assert [fact.parties for fact in one_per_deal(facts, load_domain(), reader)] == expected


def test_no_owner_merged_without_the_text() -> None:
    facts = [_deal("Gucci", "Douyin"), _deal("Gucci", "ByteDance", at=1)]
    assert [fact.parties for fact in one_per_deal(facts, load_domain())] == [("Gucci", "Douyin"),
                                                                            ("Gucci", "ByteDance")]


@pytest.mark.parametrize(("lang", "text", "first", "second", "one"), [
    # The owner in apposition to the platform, or its possessor: one party.
    ("en", "Serie A sold its rights to Migu, the video platform of China Mobile.",
     (0, "Serie A", "Migu"), (0, "Serie A", "China Mobile"), True),
    ("it", "La Serie A ha ceduto i diritti a Migu, la piattaforma video di China Mobile.",
     (0, "Serie A", "Migu"), (0, "Serie A", "China Mobile"), True),
    ("en", "Gucci opened a store on Alibaba's Tmall.", (0, "Gucci", "Tmall"), (0, "Gucci", "Alibaba"), True),
    ("zh", "古驰与阿里巴巴旗下的天猫合作推出旗舰店。", (0, "Gucci", "Tmall"), (0, "Gucci", "Alibaba"), True),
    # The owner pointed to by a company's word in an apposition to the platform.
    ("en", "Gucci signed with JD.com. Gucci opened a store on JD Worldwide, the group's cross-border platform.",
     (0, "Gucci", "JD.com"), (1, "Gucci", "JD Worldwide"), True),
    ("en", "Gucci signed with ByteDance. Gucci opened an account on Douyin, the short-video platform.",
     (0, "Gucci", "ByteDance"), (1, "Gucci", "Douyin"), False),
    # A sentence that restates the deal by its word or by both sides', naming none of the shared parties.
    ("en", "The NBA extended its streaming deal with Tencent. The partners also plan WeChat mini programs.",
     (0, "NBA", "Tencent"), (1, "NBA", "WeChat"), True),
    ("pt", "A NBA renovou o acordo com a Tencent. O acordo prevê ainda conteúdos no WeChat.",
     (0, "NBA", "Tencent"), (1, "NBA", "WeChat"), True),
    # Two sentences, each naming its parties: two deals, though the one platform is the other's.
    ("en", "Serie A sold its rights to Migu. Serie A also signed a sponsorship with China Mobile.",
     (0, "Serie A", "Migu"), (1, "Serie A", "China Mobile"), False),
    ("es", "LaLiga vendió sus derechos a Douyin. LaLiga firmó además un patrocinio con ByteDance.",
     (0, "LaLiga", "Douyin"), (1, "LaLiga", "ByteDance"), False),
    # The platform and its owner far apart in one sentence, no deal word restating: two deals.
    ("en", "Gucci signed with Tencent in March, and in the autumn Gucci launched its own store on WeChat.",
     (0, "Gucci", "Tencent"), (0, "Gucci", "WeChat"), False),
])
def test_platform_and_owner_are_one_party_where_the_text_says_so(
        extract_text, lang: str, text: str, first: tuple, second: tuple, one: bool) -> None:
    reader = _reader(extract_text, lang, text)
    a, b = _stated_in(reader, *first), _stated_in(reader, *second)
    owned, owner = (a.parties[1], b.parties[1]) if load_domain().entities[a.parties[1]].parent else \
        (b.parties[1], a.parties[1])
    assert stated_as_one(a, b, owned, owner, reader) is one


_NAMES = st.sampled_from(["Gucci", "Prada", "Tmall", "Tmall Global", "Tmall Luxury Pavilion", "Douyin",
                          "ByteDance", "JD.com", "Tencent", "WeChat"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_NAMES, min_size=1, max_size=3).map(tuple), max_size=12))
def test_indexed_merge_equals_pairwise(extract_text, stated: list[tuple[str, ...]]) -> None:
    reader = _reader(extract_text, "en", _OWNERS_TEXT)
    facts = [_stated_in(reader, 0, *parties) for parties in stated]
    domain = load_domain()
    assert one_per_deal(facts, domain, reader) == _pairwise(facts, domain, reader)


#: (language, text): a company's deal and its subsidiary's deal with one partner, two deals.
SUBSIDIARY_DEALS: list[tuple[str, str]] = [
    ("en", "Tencent holds a 10% stake in Universal Music Group. Tencent Music Entertainment also renewed its "
           "licensing agreement with Universal Music Group."),
    ("it", "Tencent detiene una quota del 10% di Universal Music Group. Tencent Music Entertainment ha inoltre "
           "rinnovato l'accordo di licenza con Universal Music Group."),
    ("fr", "Tencent détient une participation de 10 % dans Universal Music Group. Tencent Music Entertainment a "
           "renouvelé son accord de licence avec Universal Music Group."),
    ("de", "Tencent hält eine Beteiligung an Universal Music Group. Tencent Music Entertainment hat zudem eine "
           "Partnerschaft mit Universal Music Group geschlossen."),
    ("es", "Tencent tiene una participación en Universal Music Group. Tencent Music Entertainment renovó su "
           "acuerdo de licencia con Universal Music Group."),
    ("pt", "A Tencent detém uma participação na Universal Music Group. A Tencent Music Entertainment renovou o "
           "acordo de licenciamento com a Universal Music Group."),
    ("zh", "腾讯持有环球音乐集团约10%股权。腾讯音乐娱乐集团与环球音乐集团续签版权协议。"),
]


@pytest.mark.parametrize(("lang", "text"), SUBSIDIARY_DEALS)
def test_a_subsidiary_named_in_full_is_another_party(extract_text, lang: str, text: str) -> None:
    found = sorted(sorted(f.parties) for f in extract_text(lang, text).facts if isinstance(f, Partnership))
    assert found == [["Tencent", "Universal Music Group"], ["Tencent Music Entertainment", "Universal Music Group"]]


@pytest.mark.parametrize(("a", "b", "expected"), [
    (("Burberry", "Tmall"), ("Burberry", "Tmall Luxury Pavilion"), ("Burberry", "Tmall Luxury Pavilion")),  # a channel
    (("Tencent", "Universal Music Group"), ("Tencent Music Entertainment", "Universal Music Group"), None),  # a company
    (("Liga", "Douyin"), ("Liga Portugal", "Douyin"), ("Liga Portugal", "Douyin")),  # a short form the text gave
])
def test_a_fuller_name_is_one_party_unless_its_own_company(a: tuple[str, ...], b: tuple[str, ...],
                                                           expected: tuple[str, ...] | None) -> None:
    fact = merged(_deal(*a), _deal(*b, at=5), load_domain())
    assert (fact.parties if fact is not None else None) == expected
