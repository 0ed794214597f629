"""A language's partnership cues, compiled from its lexicon: every kind, status and reporting word is found."""

from __future__ import annotations

from pathlib import Path

import pytest

from crossreach.lexicon import is_spaced, load_language, supported_languages
from crossreach.models import Partnership
from crossreach.relate import partnership_cues as cue_module
from crossreach.relate.partnership_cues import KIND_ORDER, partnership_cues


@pytest.mark.parametrize("code", supported_languages())
def test_every_listed_word_is_found_by_its_pattern(code: str) -> None:
    lexicon = load_language(code)
    section = lexicon.section("partnerships")
    cues = partnership_cues(lexicon, is_spaced(lexicon))
    kinds = dict(cues.kinds)
    assert [kind for kind, _ in cues.kinds] == [k for k in KIND_ORDER if k in kinds]
    for kind, words in section["kinds"].items():
        for word in words:
            assert kinds[kind].search(f" {word} "), (code, kind, word)
            assert cues.any_cue.search(f" {word} "), (code, kind, word)
    for key, pattern in [("renewed", cues.renewed), ("ended", cues.ended), ("reporting", cues.reporting),
                         ("both_sides", cues.both_sides), ("platform_words", cues.platform_words),
                         ("including", cues.including), ("between", cues.between),
                         ("company_words", cues.company_words), ("description_openers", cues.description_openers)]:
        for word in section[key]:
            assert pattern.search(f" {word} "), (code, key, word)


@pytest.mark.parametrize(("code", "text", "kind"), [
    ("en", "a memorandum of understanding on rights", "memorandum"),  # the most specific kind first
    ("it", "un accordo di sponsorizzazione", "sponsorship"),
    ("zh", "签署战略合作协议", "alliance"),
])
def test_the_most_specific_kind_of_a_sentence(code: str, text: str, kind: str) -> None:
    lexicon = load_language(code)
    cues = partnership_cues(lexicon, is_spaced(lexicon))
    assert next(k for k, pattern in cues.kinds if pattern.search(text)) == kind


@pytest.mark.parametrize(("text", "key"), [
    ("騰訊音樂與華納音樂續簽多年期版權協議", "renewed"),   # traditional characters, as Hong Kong and Taiwan write
    ("腾讯音乐与华纳音乐续签多年期版权协议", "renewed"),
    ("消息人士向法新社透露", "reporting"),
])
def test_chinese_cues_in_either_script(text: str, key: str) -> None:
    lexicon = load_language("zh")
    assert getattr(partnership_cues(lexicon, is_spaced(lexicon)), key).search(text)


@pytest.mark.parametrize("code", supported_languages())
def test_every_related_link_rubric_opens_a_sentence_before_a_colon(code: str) -> None:
    lexicon = load_language(code)
    cues = partnership_cues(lexicon, is_spaced(lexicon))
    words = lexicon.section("partnerships")["related_links"]
    assert words
    for word in words:
        assert cues.related_link.match(f"{word}: "), (code, word)
        assert cues.related_link.match(f"\n{word.upper()} \uff1a"), (code, word)
        assert not cues.related_link.match(f"Nike {word}: "), (code, word)


@pytest.mark.parametrize(("code", "text", "found"), [
    ("de", "die Medienpartnerschaft", "partnerschaft"),   # a listed noun ends a compound
    ("de", "ein Vermarktungsvertrag", "vertrag"),
    ("de", "die Partnerschaft", "Partnerschaft"),         # and stands alone
    ("de", "Medienpartnerschaftsidee", None),             # not inside a longer word
    ("en", "the copartnership", None),                    # English writes no such compounds
])
def test_compound_nouns_end_with_a_cue(code: str, text: str, found: str | None) -> None:
    lexicon = load_language(code)
    match = partnership_cues(lexicon, is_spaced(lexicon)).partnership.search(text)
    assert (match.group().casefold() if match else None) == (found.casefold() if found else None)


@pytest.mark.parametrize(("code", "gap", "aside"), [
    ("en", ", which also owns Riot Games, signed a ", True),
    ("fr", ", qui possède aussi Riot Games, a signé un ", True),
    ("en", ", Prada and Burberry signed a ", False),  # a list, not an aside
    ("en", ", which owns Riot Games. Gucci signed a ", False),  # the aside's sentence ended
    ("zh", "，旗下拥有拳头游戏，与古驰签署", False),  # no relative pronoun to go by
])
def test_a_relative_aside_reaches_from_the_name_to_the_cue(code: str, gap: str, aside: bool) -> None:
    lexicon = load_language(code)
    assert bool(partnership_cues(lexicon, is_spaced(lexicon)).relative_aside.match(gap)) is aside
@pytest.mark.parametrize("code", supported_languages())
def test_every_form_of_a_partnership_has_words_in_every_language(code: str) -> None:
    section = load_language(code).section("partnerships")
    assert set(section["kinds"]) == set(KIND_ORDER) - {"other"}, code
    for kind, words in section["kinds"].items():
        assert words, (code, kind)
    for key in ("cues", "presence", "renewed", "ended", "both_sides"):
        assert section[key], (code, key)


@pytest.mark.parametrize(("code", "text", "kind"), [
    ("fr", "Les deux marques font équipe pour la rentrée", None),          # "teams up"
    ("es", "Las dos empresas unen fuerzas en China", None),
    ("pt", "As duas marcas unem forças na China", None),
    ("it", "I due marchi uniscono le forze in Cina", None),
    ("de", "Die beiden Firmen schließen sich zusammen", None),
    ("zh", "两家公司签订了协议", None),
    ("fr", "Le groupe entre au capital de la start-up", "stake"),          # a stake
    ("es", "La firma entró en el capital de la empresa", "stake"),
    ("pt", "O grupo entrou no capital da empresa", "stake"),
    ("it", "Il fondo entra nel capitale della società", "stake"),
    ("zh", "腾讯向该公司注资", "stake"),
    ("fr", "La marque ouvre sa boutique phare sur Tmall", "store"),        # a flagship store
    ("pt", "A marca abriu uma flagship store no Tmall", "store"),
    ("de", "Der Flagship Store auf Tmall", "store"),
    ("zh", "该品牌与平台建立战略伙伴关系", "alliance"),                      # an alliance
    ("fr", "Tencent détient une participation de 10 % dans Ubisoft", "stake"),  # the plain stake noun
    ("es", "Tencent posee una participación del 10 % en Ubisoft", "stake"),
    ("pt", "A Tencent detém uma participação de 10% na Ubisoft", "stake"),
    ("it", "Tencent detiene una partecipazione del 10% in Ubisoft", "stake"),
    ("de", "Adidas sponsert die Liga bis 2026", "sponsorship"),                 # the sponsoring verb
    ("it", "Adidas sponsorizzerà il campionato", "sponsorship"),
])
def test_the_forms_of_a_partnership_are_cues(code: str, text: str, kind: str | None) -> None:
    lexicon = load_language(code)
    cues = partnership_cues(lexicon, is_spaced(lexicon))
    assert cues.any_cue.search(text), (code, text)
    if kind:
        assert next(k for k, pattern in cues.kinds if pattern.search(text)) == kind


@pytest.mark.parametrize(("code", "text"), [
    ("zh", "两家品牌去年结束合作"),
    ("de", "Der Verein trennt sich von seinem Sponsor"),
    ("en", "The league and the platform parted ways in 2023"),
])
def test_an_ended_deal_is_read_as_ended(code: str, text: str) -> None:
    lexicon = load_language(code)
    assert partnership_cues(lexicon, is_spaced(lexicon)).ended.search(text)


@pytest.mark.parametrize(("words", "expected"), [
    (["续签", "续签", "renew"], ["续签", "續簽", "renew"]),  # a Chinese word, then its traditional form; no repeats
    (["合作", "合作"], ["合作"]),  # written alike in both scripts
    (["renew", "extend"], ["renew", "extend"]),
    (None, []),
])
def test_spellings_add_each_chinese_words_traditional_form(words: object, expected: list[str]) -> None:
    assert cue_module._spellings(words) == expected


def test_traditional_spellings_are_read_from_the_build_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CROSSREACH_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("CROSSREACH_CACHE", raising=False)
    monkeypatch.setattr(cue_module, "_TRADITIONAL", {})
    lexicon = load_language("zh")
    cue_module._read_traditional(lexicon)  # converted with OpenCC, and the entry written
    built = dict(cue_module._TRADITIONAL)
    assert built["续签"] == "續簽"
    monkeypatch.setattr(cue_module, "_TRADITIONAL", {})
    monkeypatch.setattr(cue_module, "_to_traditional", lambda: pytest.fail("OpenCC loaded again"))
    cue_module._read_traditional(lexicon)  # a fresh process: read back, no OpenCC
    assert built == cue_module._TRADITIONAL


@pytest.mark.parametrize("code", supported_languages())
def test_building_the_cues_needs_no_spelling_beyond_the_cached_ones(
        code: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every word whose traditional spelling the cues ask for is in the build-cache entry (the entities
    section's organization cues too): a process that reads it never loads OpenCC."""
    monkeypatch.setenv("CROSSREACH_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("CROSSREACH_CACHE", raising=False)
    monkeypatch.setattr(cue_module, "_TRADITIONAL", {})
    lexicon = load_language(code)
    cue_module._read_traditional(lexicon)  # the entry written (OpenCC loaded by this first process only)
    asked: list[str] = []
    monkeypatch.setattr(cue_module, "_to_traditional", lambda: asked.append("OpenCC") or pytest.fail("OpenCC"))
    cues = partnership_cues.__wrapped__(lexicon, is_spaced(lexicon))  # (uncached: built again)
    assert cues.any_word is not None and asked == []


#: (language, sentence, parties): a store or product built with a technology partner's help.
TECHNOLOGY_PARTNERS: list[tuple[str, str, set[str]]] = [
    ("en", "Burberry opened a social retail store in Shenzhen, built with technology from Tencent.",
     {"Burberry", "Tencent"}),
    ("it", "Gucci ha aperto a Shanghai un negozio realizzato con la tecnologia di Tencent.", {"Gucci", "Tencent"}),
    ("fr", "Louis Vuitton a ouvert à Pékin une boutique conçue avec Tencent.", {"Louis Vuitton", "Tencent"}),
    ("de", "Adidas hat in Shanghai einen Store eröffnet, entwickelt mit Technologie von Alibaba.",
     {"Adidas", "Alibaba"}),
    ("es", "Zara abrió en Pekín una tienda con tecnología de Alibaba.", {"Zara", "Alibaba"}),
    ("pt", "A Havaianas abriu em Xangai uma loja desenvolvida com o Alibaba.", {"Havaianas", "Alibaba"}),
    ("zh", "古驰与腾讯联合打造了上海的智慧门店。", {"Gucci", "Tencent"}),
]


@pytest.mark.parametrize(("lang", "text", "parties"), TECHNOLOGY_PARTNERS)
def test_a_technology_partner(extract_text, lang: str, text: str, parties: set[str]) -> None:
    found = [set(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)]
    assert found == [parties]


#: (language, sentence, parties): a store a partner operates for the brand or institution.
OPERATORS: list[tuple[str, str, set[str]]] = [
    ("en", "The British Museum's licensed store on Tmall, operated with Alifish, sold 95,000 items.",
     {"British Museum", "Alifish"}),
    ("it", "Gli Uffizi hanno aperto un negozio su Tmall gestito da Alifish.", {"Uffizi Galleries", "Alifish"}),
    ("fr", "Le Louvre a ouvert sur Tmall une boutique gérée par Alifish.", {"Louvre", "Alifish"}),
    ("de", "Der Louvre hat auf Tmall einen Shop eröffnet, betrieben von Alifish.", {"Louvre", "Alifish"}),
    ("es", "El Museo del Prado abrió en Tmall una tienda operada por Alifish.", {"Museo del Prado", "Alifish"}),
    ("pt", "O Louvre abriu no Tmall uma loja operada pela Alifish.", {"Louvre", "Alifish"}),
]


@pytest.mark.parametrize(("lang", "text", "parties"), OPERATORS)
def test_a_store_operator(extract_text, lang: str, text: str, parties: set[str]) -> None:
    found = [set(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)]
    assert parties in found


def test_a_platform_run_by_its_owner_is_no_partnership(extract_text) -> None:
    facts = extract_text("en", "Tmall, operated by Alibaba, hosts the Burberry store.", None).facts
    assert [f for f in facts if isinstance(f, Partnership)] == []


@pytest.mark.parametrize(("code", "text", "expected"), [
    # An arrangement is a deal; so is coming to terms with a partner ("s'entendre avec").
    ("en", "Christie's ended a two-year streaming arrangement with Weibo last spring.", {"Christie's", "Weibo"}),
    ("en", "Sotheby's has had a livestreaming arrangement with Douyin since March.", {"Sotheby's", "Douyin"}),
    ("fr", "Le Louvre s'est entendu avec Xiaohongshu pour une série de visites.", {"Louvre", "Xiaohongshu"}),
    ("fr", "Tencent Music s'était entendu dès 2021 avec la Philharmonie de Berlin.",
     {"Tencent Music Entertainment", "Berlin Philharmonic"}),
    ("fr", "Bilibili et le Festival d'Avignon se sont entendus sur une diffusion en direct.",
     {"Bilibili", "Festival d'Avignon"}),
])
def test_arrangements_and_agreements_reached_are_deals(extract_text, code: str, text: str,
                                                       expected: set[str]) -> None:
    found = [set(f.parties) for f in extract_text(code, text, None).facts if isinstance(f, Partnership)]
    assert found == [expected]


@pytest.mark.parametrize(("code", "text"), [
    # A company that gives its name to a competition or venue is its naming sponsor.
    ("en", "Betclic gives its name to the first division"),
    ("fr", "Betclic donne son nom à la première division"),
    ("it", "Serie A: Enilive dà il nome al campionato"),
    ("de", "Der Wettanbieter ist Namensgeber der Liga"),
    ("es", "La energética da nombre a la primera división"),
    ("pt", "A Betclic dá nome à primeira divisão"),
])
def test_giving_a_name_is_a_sponsorship(code: str, text: str) -> None:
    lexicon = load_language(code)
    cues = partnership_cues(lexicon, is_spaced(lexicon))
    assert cues.any_cue.search(text), (code, text)
    assert next(k for k, pattern in cues.kinds if pattern.search(text)) == "sponsorship"


@pytest.mark.parametrize(("code", "text", "expected"), [
    ("pt", "A Liga Portugal assinou com a Douyin. Em 2016, a fabricante Ledman passou a dar nome à segunda "
           "divisão, num acordo que entretanto terminou.", {"Liga Portugal", "Ledman"}),
    ("en", "Formula E signs with Douyin. Since 2019 the Swiss group ABB has given its name to the series.",
     {"Formula E", "ABB"}),
])
def test_a_naming_sponsor_partners_the_documents_subject(extract_text, code: str, text: str,
                                                         expected: set[str]) -> None:
    found = [set(f.parties) for f in extract_text(code, text, None).facts if isinstance(f, Partnership)]
    assert expected in found


@pytest.mark.parametrize(("code", "text", "expected"), [
    # What two organisations organise together is a partnership of theirs.
    ("it", "JD.com ha aperto il padiglione italiano organizzato con l'Agenzia ICE.", {"JD.com", "ICE"}),
    ("en", "The Louvre co-organised the exhibition with Tencent.", {"Louvre", "Tencent"}),
    ("fr", "Une exposition organisée avec Tencent par le Louvre.", {"Louvre", "Tencent"}),
    ("es", "El Museo del Prado presentó una muestra organizada con Tencent.", {"Museo del Prado", "Tencent"}),
    ("pt", "O Louvre abriu uma exposição organizada com a Tencent.", {"Louvre", "Tencent"}),
    ("de", "Der Louvre hat die Ausstellung gemeinsam organisiert mit Tencent.", {"Louvre", "Tencent"}),
    ("zh", "卢浮宫与腾讯联合主办了这场展览。", {"Louvre", "Tencent"}),
])
def test_organising_together_is_a_partnership(extract_text, code: str, text: str, expected: set[str]) -> None:
    found = [set(f.parties) for f in extract_text(code, text, None).facts if isinstance(f, Partnership)]
    assert expected in found


@pytest.mark.parametrize(("code", "text", "found"), [
    # A verb of working with a partner split by a "since" word and a year, or by an adverb of cue_inserts.
    ("de", "Schweiz Tourismus arbeitet seit 2022 mit Douyin zusammen", "arbeitet seit 2022 mit"),
    ("de", "Der Verein arbeitet nun auch mit Tencent", "arbeitet nun auch mit"),
    ("pt", "O Benfica, que trabalha desde 2021 com a Douyin", "trabalha desde 2021 com"),
    ("es", "El museo trabaja desde 2019 con Alibaba", "trabaja desde 2019 con"),
    ("fr", "Le musée travaille depuis 2020 avec Tencent", "travaille depuis 2020 avec"),
    ("it", "Il museo lavora dal 2020 con Tencent", "lavora dal 2020 con"),
    ("en", "The museum has worked since 2019 with Tencent", "worked since 2019 with"),
    ("en", "The museum works now with Tencent", "works now with"),
    ("en", "The museum works in China with Tencent", None),  # no insert of the closed list: no cue
    ("zh", "博物馆自2019年起与腾讯合作", "合作"),  # no spaces: the cue is one word, no split cue
    # A closing particle (split_closers) after the preposition: any few words may split verb and preposition.
    ("de", "Im Handel arbeitet die Marke seit Juli mit der Kette Sanfo zusammen", "arbeitet die Marke seit Juli mit"),
    ("de", "Seit April arbeitet der Konzern mit Trip.com zusammen", "arbeitet der Konzern mit"),
    ("de", "Im Handel arbeitet die Marke seit Juli mit der Kette Sanfo", None),  # no particle: no cue
])
def test_a_split_verb_of_working_with_a_partner_is_a_cue(code: str, text: str, found: str | None) -> None:
    lexicon = load_language(code)
    cues = partnership_cues(lexicon, is_spaced(lexicon))
    matches = [m.group() for m in cues.partnership.finditer(text)]
    assert matches == ([found] if found else [])
    assert [m.group() for m in cues.any_cue.finditer(text)] == matches


@pytest.mark.parametrize(("code", "text", "expected"), [
    ("de", "Schweiz Tourismus arbeitet seit 2022 mit Douyin zusammen.", {"Schweiz Tourismus", "Douyin"}),
    ("pt", "O Louvre trabalha desde 2021 com a Douyin.", {"Louvre", "Douyin"}),
    ("de", "Im Handel arbeitet Adidas seit Juli mit der Pekinger Kette Sanfo zusammen.", {"Adidas", "Sanfo"}),
])
def test_a_split_verb_joins_its_parties(extract_text, code: str, text: str, expected: set[str]) -> None:
    found = [set(f.parties) for f in extract_text(code, text, None).facts if isinstance(f, Partnership)]
    assert expected in found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A pilot or trial with a platform is a deal (often one that ended).
    ("en", "The National Trust ended a trial with Tuniu last year.", {"National Trust", "Tuniu"}),
    ("it", "Parallelamente Barilla ha avviato un test su Pinduoduo.", {"Barilla", "Pinduoduo"}),
    ("es", "Loewe lanzó un proyecto piloto con Tmall.", {"Loewe", "Tmall"}),
    ("pt", "A Natura &Co iniciou um projeto-piloto com a JD.com.", {"Natura", "JD.com"}),
])
def test_a_pilot_or_trial_is_a_deal(extract_text, lang: str, text: str, expected: set[str]) -> None:
    from crossreach.models import Partnership

    found = [set(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)]
    assert expected in found


@pytest.mark.parametrize("code", supported_languages())
def test_any_kind_matches_where_one_of_the_kinds_does(code: str) -> None:
    """``any_kind`` tells a text that names no kind in one scan: it finds every kind word, whole or (where the
    language writes compounds) as a compound's tail, and nothing where no kind's regex does."""
    lexicon = load_language(code)
    cues = partnership_cues(lexicon, is_spaced(lexicon))
    texts = [f"{before}{word}{after}" for words in lexicon.section("partnerships")["kinds"].values()
             for word in words for before, after in ((" ", " "), ("Medien", " "), ("x", "y"), ("", ""))]
    texts.append("Tencent and the Louvre met in Paris on Monday.")  # (no kind at all)
    for text in texts:
        assert (cues.any_kind.search(text) is None) == all(p.search(text) is None for _, p in cues.kinds), text


#: (language, sentence): a split cue's verb and preposition side by side ("travaille avec") are a cue too.
UNSPLIT: list[tuple[str, str]] = [
    ("fr", "Adidas, qui travaille avec Tmall depuis 2019, a ouvert un magasin."),
    ("fr", "Adidas travaillait avec Tmall."),
    ("en", "Adidas, which works with Tmall, opened a store."),
    ("it", "Adidas, che lavora con Tmall dal 2019, ha aperto un negozio."),
    ("es", "Adidas, que trabaja con Tmall desde 2019, abrió una tienda."),
    ("pt", "A Adidas, que trabalha com o Tmall desde 2019, abriu uma loja."),
    ("de", "Adidas arbeitet mit Tmall und eröffnete einen Laden."),
]


@pytest.mark.parametrize(("lang", "text"), UNSPLIT)
def test_an_unsplit_split_cue(extract_text, lang: str, text: str) -> None:
    found = [set(f.parties) for f in extract_text(lang, text).facts if isinstance(f, Partnership)]
    assert {"Adidas", "Tmall"} in found


#: (language, sentence): the verb of choosing a partner in its other persons and tenses ("ha elegido").
CHOSEN: list[tuple[str, str]] = [
    ("en", "Adidas has chosen Tmall for its Christmas campaign in China."),
    ("fr", "Adidas et Puma ont choisi Tmall pour leur lancement en Chine."),
    ("it", "Adidas e Puma hanno scelto Tmall per il lancio in Cina."),
    ("es", "Adidas ha elegido Tmall para su campaña de Navidad en China."),
    ("pt", "A Adidas e a Puma escolheram o Tmall para a campanha de Natal na China."),
    ("de", "Adidas wählte Tmall für die Weihnachtskampagne in China."),
]


@pytest.mark.parametrize(("lang", "text"), CHOSEN)
def test_a_partner_chosen(extract_text, lang: str, text: str) -> None:
    found = [set(f.parties) for f in extract_text(lang, text).facts if isinstance(f, Partnership)]
    assert {"Adidas", "Tmall"} in found
