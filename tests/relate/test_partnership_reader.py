"""What the partnership rules share: which names of a sentence may be parties."""

from __future__ import annotations

import pytest

from crossreach.models import Partnership


def _parties(extract_text, lang: str, text: str) -> list[frozenset[str]]:
    return [frozenset(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)]


@pytest.mark.parametrize(("lang", "text", "bystander"), [
    # A name in an aside a bystander word opens is no party of the sentence's deal.
    ("en", "Besides Prada, Gucci signed a partnership with Tmall.", "Prada"),
    ("it", "A differenza di Prada, Gucci ha firmato un accordo con Tmall.", "Prada"),
    ("fr", "Contrairement à Prada, Gucci a signé un partenariat avec Tmall.", "Prada"),
    ("de", "Anders als Prada hat Gucci eine Partnerschaft mit Tmall unterzeichnet.", "Prada"),
    ("en", "Unlike the Milan house Prada, Gucci signed a partnership with Tmall.", "Prada"),
    ("es", "Al igual que Prada, Gucci firmó un acuerdo con Tmall.", "Prada"),
    ("pt", "Assim como a Prada, a Gucci assinou uma parceria com a Tmall.", "Prada"),
    ("zh", "除了普拉达，古驰也与天猫签署了合作协议。", "Prada"),
    # A name in a relative clause that follows the bystander is the bystander's partner.
    ("en", "Unlike Real Madrid, which works with Kuaishou, Juventus signed with Douyin.", "Kuaishou"),
    ("it", "A differenza del Real Madrid, che collabora con Kuaishou, la Juventus ha firmato con Douyin.", "Kuaishou"),
    # A name right after a source word is where the news comes from, whatever its kind.
    ("en", "According to data from Prada, Gucci signed a partnership with Tmall.", "Prada"),
    # An owner glued to the word after it describes the name that follows.
    ("en", "Gucci signed a partnership with the Alibaba-owned Tmall.", "Alibaba"),
    # The agencies a dateline credits in one bracket, joined with slashes, are the reporters.
    ("de", "Ravensburg (dpa/lsw) - Der Spielwarenhersteller Ravensburger hat auf der Plattform Tmall Global "
           "einen eigenen Flagship-Store eröffnet.", "Deutsche Presse-Agentur"),
    ("de", "Wien (APA/dpa) - Das Kunsthistorische Museum hat einen Shop auf Tmall eröffnet.",
     "Deutsche Presse-Agentur"),
    ("fr", "Paris (AFP/Reuters) - Le Louvre a signé un partenariat avec Tencent.", "Agence France-Presse"),
])
def test_a_bystander_source_or_describing_owner_is_no_party(extract_text, lang, text, bystander) -> None:
    found = _parties(extract_text, lang, text)
    assert found, "the deal itself is still read"
    assert all(bystander not in parties for parties in found)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A company and the platform it owns, the cue's clause naming the company only: one party, whose
    # partner is the document's subject.
    ("de", "Gucci eröffnet Laden auf Douyin\nGucci eröffnet einen Laden auf Douyin. Gucci wächst. Bereits 2019 "
           "hatten sie mit dem Internetkonzern Tencent eine Vereinbarung geschlossen, die seither über ein "
           "WeChat-Miniprogramm zugänglich ist.", {"Gucci", "Tencent"}),
    ("en", "Gucci opens a store on Douyin\nGucci opened a store on Douyin. Gucci grows. In 2019 it signed an "
           "agreement with the internet group Tencent, which has since run a WeChat mini program.",
     {"Gucci", "Tencent"}),
])
def test_an_owner_and_what_it_owns_are_one_party(extract_text, lang, text, expected) -> None:
    assert frozenset(expected) in _parties(extract_text, lang, text)


@pytest.mark.parametrize(("lang", "text", "party", "expected"), [
    # Capitalised words no rule read, listed with brands the gazetteer knows: a brand of the list.
    ("fr", "ba&sh, A.P.C. et Galeries Rivoli ont ouvert leur boutique officielle sur Xiaohongshu.",
     "Galeries Rivoli", True),
    ("en", "Gucci, Prada and Casa Verde opened official stores on Tmall.", "Casa Verde", True),
    ("es", "Puig, Natura y Casa Verde abrieron tiendas oficiales en Tmall.", "Casa Verde", True),
    # Not listed with them: no party.
    ("en", "Gucci opened an official store on Tmall before Casa Verde Studios did.", "Casa Verde", False),
])
def test_an_unread_name_listed_with_brands_is_a_party(extract_text, lang, text, party, expected) -> None:
    found = _parties(extract_text, lang, text)
    assert any(party in name for parties in found for name in parties) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A platform named as the adjunct of an account whose audience its clause counts is where it was
    # measured, no party of the deal the sentence names.
    ("en", "VisitScotland signs with Trip.com\nThe deal follows a similar arrangement between Trip.com and Tourism "
           "Ireland, which signed up in 2023 and says its Douyin account has passed 310,000 followers.",
     [{"Ctrip", "Tourism Ireland"}, {"Ctrip", "VisitScotland"}]),
    ("en", "Pop Mart teams up with the Rijksmuseum\nPop Mart signed a collaboration with the Rijksmuseum; a Weibo "
           "hashtag about the collaboration has 210,000 views.", [{"Pop Mart", "Rijksmuseum"}]),
    # An account opened, no audience counted: the platform stays a party.
    ("en", "Louvre opens on Weibo\nThe Louvre opened its Weibo account on 1 May 2015.", [{"Louvre", "Weibo"}]),
])
def test_a_platform_hosting_a_counted_account_is_no_party(extract_text, lang, text, expected) -> None:
    assert set(_parties(extract_text, lang, text)) == set(map(frozenset, expected))


@pytest.mark.parametrize(("gap", "joined"), [
    (", German eyewear brand ", True),
    (" y por el grupo farmacéutico ", True),   # one adjective after the kind of organization
    (" et le groupe français ", True),
    (" y por el grupo farmacéutico catalán ", False),  # two words after it: no short descriptor
    (" y el grupo, ", False),
    (", a brand of the group ", False),  # a genitive before the kind: the next name owns the one before
    (" signed with the group ", False),
])
def test_a_short_descriptor_joins_a_listed_name(gap, joined) -> None:
    from crossreach.lexicon import load_language
    from crossreach.recognise.entity_rules import entity_rules
    from crossreach.relate.partnership_cues import partnership_cues
    from crossreach.relate.partnership_reader import joins

    lang = "es" if " y " in gap else "fr" if " et " in gap else "en"
    lexicon = load_language(lang)
    assert joins(gap, entity_rules(lexicon), partnership_cues(lexicon, True)) is joined


@pytest.mark.parametrize(("lang", "gap", "joined"), [
    # A descriptor with a genitive names the owner of the name before it, not a second item of a list.
    ("it", ", marchio del gruppo ", False),
    ("fr", ", marque du groupe ", False),
    ("es", ", marca del grupo ", False),
    ("pt", ", marca do grupo ", False),
    ("it", ", il gruppo ", True),
    ("es", " y el grupo ", True),
])
def test_a_descriptor_naming_an_owner_joins_no_list(lang, gap, joined) -> None:
    from crossreach.lexicon import load_language
    from crossreach.recognise.entity_rules import entity_rules
    from crossreach.relate.partnership_cues import partnership_cues
    from crossreach.relate.partnership_reader import joins

    lexicon = load_language(lang)
    assert joins(gap, entity_rules(lexicon), partnership_cues(lexicon, True)) is joined


@pytest.mark.parametrize(("gap", "joined"), [
    # A German descriptor whose last part is a kind of organization ("-hersteller", "-konzern").
    (" und der Schreibgerätehersteller ", True),
    (" und der Modekonzern ", True),
    (" und der Hersteller ", True),
    (" und die Schreibgeräte ", False),
])
def test_a_compound_descriptor_joins_a_listed_name(gap, joined) -> None:
    from crossreach.lexicon import load_language
    from crossreach.recognise.entity_rules import entity_rules
    from crossreach.relate.partnership_cues import partnership_cues
    from crossreach.relate.partnership_reader import joins

    lexicon = load_language("de")
    assert joins(gap, entity_rules(lexicon), partnership_cues(lexicon, True)) is joined


def test_a_name_read_from_its_places_is_no_headlines_subject(extract_text) -> None:
    """A name recognised only from where it stands (``recognise.positioned_names``) does not make the
    headline's subject: the institution the body names first is the partner of "a confederacao"'s deal."""
    text = ("Superliga chega à China com a Tencent Sports\n\nA Confederação Brasileira de Voleibol vendeu os "
            "direitos à Tencent Sports. A Superliga teve 9 milhões de espectadores. Até 2025, a confederação "
            "tinha um acordo com a Migu, que não foi renovado.")
    found = _parties(extract_text, "pt", text)
    assert frozenset({"Confederação Brasileira de Voleibol", "Migu"}) in found
    assert frozenset({"Superliga", "Migu"}) not in found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A capitalised noun of a partner's kind is no part of the unread name after it, which it marks as a
    # name although that is one word.
    ("de", "Deuter wächst in China. Die Zusammenarbeit mit dem früheren Vertriebspartner Toread endete Ende 2025.",
     {"Deuter", "Toread"}),
])
def test_a_kind_noun_before_an_unread_name_is_no_part_of_it(extract_text, lang, text, expected) -> None:
    found = _parties(extract_text, lang, text)
    assert frozenset(expected) in found
    assert not any("Vertriebspartner" in name for parties in found for name in parties)


_FIRST_WORD = ("Estrella vende 2 millones de botellas con Meituan\nLa cervecera ya trabajaba con Tmall. Disneyland "
               "Paris y Heineken, los rivales a batir\n\nLos clientes chinos de Estrella Galicia pidieron 2 millones "
               "de botellas por Meituan")


@pytest.mark.parametrize(("text", "read"), [
    # the headline writes the first word of the subject's name only; the line after it names rivals
    (_FIRST_WORD + ".", True),
    # a word the body writes without the rest of the name is a name of its own (a city): no subject from it
    (_FIRST_WORD + " en Estrella.", False),
])
def test_a_headline_may_name_the_subject_by_its_first_word(extract_text, text: str, read: bool) -> None:
    assert (frozenset({"Estrella Galicia", "Tmall"}) in _parties(extract_text, "es", text)) is read
