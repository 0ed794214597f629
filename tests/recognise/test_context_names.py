"""Organizations no list knows, named by a list they share with known ones, an adjective of place or a cue noun."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crossreach.lexicon import load_language
from crossreach.models import Mention
from crossreach.recognise.context_names import context_names


def _known(text: str, *names: str, kind: str = "organization") -> list[Mention]:
    """Mentions of each name at its first place in ``text``, as the lexicon would give them."""
    found = []
    for name in names:
        start = text.index(name)
        found.append(Mention(start, start + len(name), name, name, kind, "brand", origin="lexicon"))
    return sorted(found, key=lambda m: m.start)


@pytest.mark.parametrize(("lang", "text", "known", "expected"), [
    # Two known organizations in the list, or three items or more with one known.
    ("fr", "ba&sh, A.P.C. et Maison Kitsuné ont ouvert leur boutique.", ("ba&sh", "A.P.C."), ["Maison Kitsuné"]),
    ("pt", "Estarão a Sandeman, a Graham's, a Taylor's e a Porto Cruz no evento.", ("Sandeman",),
     ["Graham's", "Taylor's", "Porto Cruz"]),
    # A full stop ends the last name; a cue noun alone heads an apposition, it names nothing.
    ("pt", "a Sogrape, a Symington e a Gran Cruz. Entre as marcas", ("Sogrape",), ["Symington", "Gran Cruz"]),
    ("it", "tra gli Uffizi, Weibo e l'ENIT, l'Agenzia nazionale del turismo.", ("Uffizi", "Weibo", "ENIT"), []),
    # One known name beside one other: not enough ("Gucci, Bizzarri said").
    ("en", "For Gucci, Bizzarri said it was a good year.", ("Gucci",), []),
    # A person-shaped name in the list stays out; a line of tags is no list.
    ("en", "Gucci, Prada and Marco Rossi met in Milan.", ("Gucci", "Prada"), []),
    ("en", "Tags: Tencent, Douyu, Huya, Streaming\nNext story.", ("Tencent", "Douyu", "Huya"), []),
    # A possessive joins two names in one item: the owner and what it owns ("Ornua's Kerrygold").
    ("en", "brands including Arla Foods' Lurpak, Ornua's Kerrygold and Président on the shelf.",
     ("Arla Foods", "Lurpak"), ["Ornua", "Kerrygold", "Président"]),
])
def test_names_listed_with_known_organizations_are_organizations(lang: str, text: str, known: tuple[str, ...],
                                                                 expected: list[str]) -> None:
    found = context_names(text, load_language(lang), _known(text, *known), frozenset())
    assert [m.name for m in found] == expected
    assert all(m.type == "organization" and m.category == "brand" for m in found)


def test_names_listed_with_platforms_are_platforms() -> None:
    text = "It streams on Douyin, Kuaishou and Huya every week."
    found = context_names(text, load_language("en"), _known(text, "Douyin", "Kuaishou", kind="platform"), frozenset())
    assert [(m.name, m.type) for m in found] == [("Huya", "platform")]


def test_unspaced_languages_are_left_to_the_han_rules() -> None:
    assert context_names("腾讯，一家公司。", load_language("zh"), [], frozenset()) == []


@given(st.text(alphabet="A americana Crocs, a gaúcha Bem-Te-Vi e Nike ba&sh.'\n", max_size=80))
def test_every_name_is_the_text_at_its_offsets(text: str) -> None:
    for mention in context_names(text, load_language("pt"), [], frozenset()):
        assert text[mention.start:mention.end] == mention.text == mention.name
        assert mention.text.strip() == mention.text and mention.type == "organization"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # An article and an adjective of place that stands for the company.
    ("pt", "A americana Crocs, principal rival no segmento, tem 4,5 milhões.", ["Crocs"]),
    ("pt", "Também a gaúcha Bem-Te-Vi Calçados estreou sua loja.", ["Bem-Te-Vi Calçados"]),
    ("es", "figuran el barcelonés L'Eixample Sound y otros sellos.", ["L'Eixample Sound"]),
    ("it", "Anche la torinese Caffè Vergnano ha aperto.", ["Caffè Vergnano"]),
    # A person after the adjective; an adjective with no article; a language with none listed.
    ("it", "Ha vinto la statunitense Serena Williams.", []),
    ("it", "Un marchio americana Crocs.", []),
    ("en", "The American Crocs sold more.", []),
])
def test_a_place_adjective_after_an_article_stands_for_the_company_named_next(lang: str, text: str,
                                                                             expected: list[str]) -> None:
    assert [m.name for m in context_names(text, load_language(lang), [], frozenset())] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A cue noun, or a compound that ends with one, before a name that opens with a stop word.
    ("de", "Der Vertrag mit dem chinesischen Tischtennishersteller Double Happiness (DHS) gilt.", ["Double Happiness"]),
    ("de", "Ein Vertrag mit dem Hersteller Double Happiness gilt.", ["Double Happiness"]),
    # A stop word alone after the cue, or a name the run reader reads already: nothing here.
    ("de", "Der Hersteller Double verkauft.", []),
    ("de", "Der Hersteller Tibhar verkauft.", []),
])
def test_a_cue_noun_opens_a_name_that_starts_with_a_stop_word(lang: str, text: str, expected: list[str]) -> None:
    assert [m.name for m in context_names(text, load_language(lang), [], frozenset())] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A cue noun, maybe an adjective, a genitive and the trade in lower case, then the name.
    ("pt", "Em 2016, a fabricante chinesa de ecrãs Ledman passou a dar nome.", ["Ledman"]),
    ("es", "Lo compró la empresa de moda Inditex en 2020.", ["Inditex"]),
    ("fr", "Elle a été vendue par la maison de ventes Artcurial hier.", ["Artcurial"]),
    # A place after the genitive, a person, a street: none.
    ("es", "Lo compró una empresa de Madrid en 2020.", []),
    ("es", "Lo dijo la agencia de representación Juan Pérez ayer.", []),
    ("it", "Il club di viale della Liberazione sfiora i 6 milioni di fan.", []),
    # A family after the genitive: the name is a family's, no trade's.
    ("it", "Lo controlla la holding della famiglia Garavoglia da anni.", []),
    ("fr", "Elle appartient à la holding de la famille Mulliez depuis 1990.", []),
    ("es", "Lo controla el holding de la familia Ortega desde 2001.", []),
    ("pt", "É controlada pela holding da família Amorim desde 1990.", []),
    # Where adjectives stand before nouns, the trade does too ("the fashion group X"): nothing read here.
    ("en", "It was bought by the group of fashion Acme.", []),
])
def test_a_cue_noun_and_its_trade_name_the_organization_after_them(lang: str, text: str, expected: list[str]) -> None:
    assert [m.name for m in context_names(text, load_language(lang), [], frozenset())] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A name, then a comma, an article, a few describing words and a cue noun, and a comma closing them.
    ("es", "Ecoalf, la marca de moda sostenible, abrió su tienda en abril.", ["Ecoalf"]),
    ("fr", "Quant à Typology, la jeune marque de soins, elle a ouvert sa boutique.", ["Typology"]),
    ("en", "Huel, the British nutrition brand, opened a flagship store in March.", ["Huel"]),
    ("de", "Ankerkraut, der Hamburger Gewürzhersteller, hat einen Shop eröffnet.", ["Ankerkraut"]),
    ("pt", "A Granado, a marca centenária de perfumaria, abriu uma loja.", ["Granado"]),
    ("it", "Anche Venchi, il marchio torinese del cioccolato, ha aperto un negozio.", ["Venchi"]),
    # An abbreviation of the language keeps its name whole ("Dr. Schär", "St. Regis"), as no full stop would.
    ("it", "Cresce anche Dr. Schär, il marchio altoatesino, su Tmall.", ["Dr. Schär"]),
    ("fr", "Les ventes de Dr. Schär, la marque italienne, ont crû.", ["Dr. Schär"]),
    ("pt", "As vendas da Dr. Schär, a marca italiana, cresceram.", ["Dr. Schär"]),
    ("de", "Auch Dr. Schär, der Südtiroler Hersteller, ist dabei.", ["Dr. Schär"]),
    ("en", "Shares of St. Regis, the hotel brand, rose.", ["St. Regis"]),
    ("es", "Compraba en Gran Cruz. Venchi, la marca italiana, abrió.", ["Venchi"]),
    # Without an article, as journalism often writes it: an adjective at most, then the cue noun.
    ("it", "Bardolfi, storica manifattura di Recanati fondata nel 1950, ha aperto un negozio.", ["Bardolfi"]),
    ("pt", "A Vaguear Boards, fabricante português de pranchas, assinou um acordo.", ["Vaguear Boards"]),
    ("fr", "Selon Maroquine, maison lyonnaise de gants, les ventes ont doublé.", ["Maroquine"]),
    # ... not a cue noun that introduces the name after it, nor function words before the cue noun.
    ("en", "Separately, Chinese carmaker Zeekr signed on as a partner.", []),
    ("en", "FIDE, as the federation is known, confirmed the deal.", []),
    ("en", "The Palace Museum in Beijing, China's most followed museum, has 10 million followers.", []),
    # Trade partners' nouns: dealers, franchisees, resellers, holdings.
    ("es", "Con Stepforward, el franquiciado de Pekín, rompió en mayo.", ["Stepforward"]),
    ("fr", "Elle a signé avec Linen House, le revendeur de Hangzhou, en mai.", ["Linen House"]),
    ("en", "Sunrise Yachts, the yacht dealer, sells them online.", ["Sunrise Yachts"]),
    ("pt", "O contrato com a Sintex, a concessionária de Xangai, terminou.", ["Sintex"]),
    ("it", "Il primo azionista è Lagfin, la holding della famiglia Garavoglia, che ne ha il 51%.", ["Lagfin"]),
    ("de", "Toread, der Großhändler aus Peking, hat den Vertrag beendet.", ["Toread"]),
    # An organization's apposition that runs to the sentence's end: none (its name would own the next figures).
    ("es", "El directo fue visto por miles, según datos de Tostalia, la sociedad que opera la marca.", []),
    # After a preposition that often introduces a place: the apposition says it is an organization.
    ("pt", "O museu é gerido pela Culturis, a empresa municipal de cultura, desde 2019.", ["Culturis"]),
    ("pt", "Em Lisboa, a empresa municipal, que gere o museu, abriu.", []),
    # A platform's noun in the apposition, after a name that ends a clause: a platform.
    ("fr", "Le loueur a renouvelé son accord avec Rouleo, la plateforme chinoise de location.", ["Rouleo"]),
    ("es", "El instituto trabajó con Aulaxi, la plataforma de enseñanza en línea, hasta 2023.", ["Aulaxi"]),
    # ... not after a name that opens its sentence (an estimate or a report follows as often), nor before a figure.
    ("en", "Sales rose with Rouleo, the app that sold 300 trips.", []),
    ("en", "Kunlo Sports, a Chinese sports-business site, estimated the deal.", []),
    ("it", "Rossi, il presidente del club, ha firmato.", []),
    ("en", "Smith, the head of the company, said so.", []),
    ("es", "Desde Madrid, la empresa firmó un acuerdo con la cadena.", []),
    ("en", "For Mr Smith, the company is a partner.", []),
])
def test_an_apposition_with_a_cue_noun_names_the_organization_before_it(lang: str, text: str,
                                                                        expected: list[str]) -> None:
    found = context_names(text, load_language(lang), [], frozenset())
    assert [m.name for m in found] == expected
    assert all(m.origin == "apposition" for m in found if m.name not in ("Bardolfi", "Vaguear Boards", "Maroquine"))
    assert all(m.type == "platform" for m in found if m.name in ("Rouleo", "Aulaxi"))


@pytest.mark.parametrize("lang", ["it", "fr", "es", "pt", "en", "de", "zh"])
def test_every_language_lists_its_kin_nouns(lang: str) -> None:
    assert load_language(lang).section("entities").get("kin_nouns")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A press noun right before a capitalised name: a medium, whatever words the name is made of.
    ("it", "Azimut, stando al mensile Navigare, punta su Shanghai.", ["Navigare"]),
    ("es", "Pero el diario deportivo Marcador publicó el monto.", ["Marcador"]),
    ("pt", "Segundo o semanário Correio Novo, a empresa vendeu mais.", ["Correio Novo"]),
    ("en", "The sports business newsletter Playfield put it at £4 million.", ["Playfield"]),
    ("fr", "Selon l'hebdomadaire Challenges, la marque progresse.", ["Challenges"]),
    ("de", "Das berichtet der Fachdienst Textilwoche am Montag.", ["Textilwoche"]),
    # A press noun before a lower-case word or a sentence's end: nothing.
    ("en", "The newsletter said sales rose.", []),
])
def test_a_press_noun_names_the_medium_after_it(lang: str, text: str, expected: list[str]) -> None:
    found = [m for m in context_names(text, load_language(lang), [], frozenset()) if m.category == "media"]
    assert [m.name for m in found] == expected
    assert all(text[m.start:m.end] == m.text and m.type == "organization" for m in found)
