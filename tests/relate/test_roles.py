"""Roles: a person, a title and an organization standing together."""

from __future__ import annotations

import pytest

from crossreach.models import Role


def _roles(extract_text, lang: str, text: str) -> list[tuple[str, str, str | None]]:
    return [(f.person, f.organization, f.title_normalised) for f in extract_text(lang, text, None).facts
            if isinstance(f, Role)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Tom Ashby, Tate's head of digital, said the gallery would stay on Weibo.",
     [("Tom Ashby", "Tate", "head")]),
    ("it", "«Il digitale è il nostro primo negozio in Cina», ha spiegato Marco Bizzarri, amministratore delegato di "
           "Gucci.", [("Marco Bizzarri", "Gucci", "CEO")]),
    ("fr", "Le Louvre attire les visiteurs chinois. Sa présidente, Catherine Dupuis, dirige le musée depuis 2011.",
     [("Catherine Dupuis", "Louvre", "president")]),
    ("zh", "腾讯公司副总裁张伟表示，合作将持续三年。", [("张伟", "Tencent", "vice president")]),
    ("es", "Lucía Prieto, directora de marketing de Inditex, presentó la tienda en Tmall.",
     [("Lucía Prieto", "Inditex", "marketing director")]),
    # A word naming a platform refers to the platform named last, not to the brand the article is about.
    ("it", "Gucci cresce su Xiaohongshu. «Le vendite volano», racconta Sara Conti, responsabile dei brand "
           "partner della piattaforma.", [("Sara Conti", "Xiaohongshu", "head")]),
    ("fr", "Le château de Versailles accueille les visiteurs. « Venez », déclare Claire Roux, responsable du "
           "développement international de l'établissement public.",
     [("Claire Roux", "Château de Versailles", "head")]),
    # Headship said with a verb, before or after the name, the organization before it or referred to.
    ("de", "Hugo Boss wird seit Juni von Lena Albrecht geführt, die zuvor bei Adidas war.",
     [("Lena Albrecht", "Hugo Boss", None)]),
    ("es", "Starbucks crece en China. La compañía, dirigida por Marta Olmedo desde 2019, abrió 600 tiendas.",
     [("Marta Olmedo", "Starbucks", None)]),
    ("it", "Il gruppo Moncler, guidato dagli amministratori delegati Carla Fontana e Piero Valli, ha chiuso il 2019.",
     [("Carla Fontana", "Moncler", None), ("Piero Valli", "Moncler", None)]),
    # A family firm is run by the one whose name it carries, not by its product named beside him.
    ("it", "Ferrero apre su Tmall. La Ferrero Rocher, guidata dal presidente Marco Ferrero, cresce in Cina.",
     [("Marco Ferrero", "Ferrero", "president")]),
    ("en", "Gucci opened a store on JD.com. Gucci's chairman, Paul Rossi, visited Shanghai.",
     [("Paul Rossi", "Gucci", "chairman")]),
    # A time phrase between the verb and its agent.
    ("fr", "Les ventes de Hermès, dirigée depuis 2014 par Axel Dumont, progressent.",
     [("Axel Dumont", "Hermès", None)]),
    # A title glued by a hyphen to the organization's name.
    ("de", "Douyin-Managerin Lea Brandt sagte, die Plattform wolle mehr Museen zeigen.",
     [("Lea Brandt", "Douyin", "manager")]),
    # A word naming the organization by its noun refers to the one whose name holds it, not to an outlet.
    ("en", "The Scottish Professional Football League signed with Douyin. \"We are ready,\" said Fiona Keir, "
           "the league's head of partnerships, speaking to Reuters.",
     [("Fiona Keir", "Scottish Professional Football League", "head")]),
    ("fr", "Le Paris Saint-Germain arrive sur Douyin. « Nous sommes prêts », a déclaré à l'AFP le directeur du "
           "digital du club, Paul Morel.", [("Paul Morel", "Paris Saint-Germain", "director")]),
    # A possessive far before the title is not the title's organization.
    ("es", "Por su parte, Xu Jian, director de vinos de JD.com, dijo que la plataforma crecerá.",
     [("Xu Jian", "JD.com", "director")]),
    # A position said with a verb, in each language's order.
    ("en", "Helen Marsh, who runs content at Douyin, said so.", [("Helen Marsh", "Douyin", "head")]),
    # (the surname alone stands for the person named in full before)
    ("de", "„Wir wachsen schnell in China“, sagte Lena Albrecht. Albrecht, die bei Tmall Global das Europageschäft "
           "leitet, nannte keine Zahlen.", [("Lena Albrecht", "Tmall Global", "head")]),
    ("it", "«Cresciamo molto in Cina», ha detto Marco Bizzarri. Bizzarri, che guida la divisione asiatica di Prada, "
           "non ha dato cifre.", [("Marco Bizzarri", "Prada", "head")]),
    ("es", "Inditex, que dirige Marta Olmedo, abrió una tienda en Tmall, dijo Marta Olmedo.",
     [("Marta Olmedo", "Inditex", "director")]),
    ("pt", "“Crescemos muito na China”, disse Rui Costa. Costa, que lidera a expansão da Zara na Ásia, não deu "
           "números.", [("Rui Costa", "Zara", "head")]),
    # A title that ends a compound word; a bracketed transliteration skipped before the verb.
    ("de", "„Der Markt wächst“, sagt Sandra Keller, Asienexpertin bei Adidas.",
     [("Sandra Keller", "Adidas", None)]),
    ("it", "Il gruppo, guidato dall'amministratore delegato Gildo Zegna, impiega 7.000 persone. Zegna cresce su "
           "WeChat.", [("Gildo Zegna", "Zegna", "CEO")]),
    # The organization a sentence opens by speaking from.
    ("es", "En Inditex, la responsable de exportación para Asia, Lucía Prieto, admite que el mercado es difícil.",
     [("Lucía Prieto", "Inditex", "head")]),
    # A copula joins the person to the title; a word standing for the organization after it says too little.
    ("it", "Donatella Versace è direttrice creativa di Versace dal 1997, ha detto Marco Bizzarri.",
     [("Donatella Versace", "Versace", "creative director")]),
    ("it", "Gucci cresce. Donatella Versace è direttrice creativa della maison di famiglia, ha detto Marco Bizzarri.",
     []),
    # A possessive refers to the organization named just before it, not to the one the document is about.
    ("de", "Gucci wächst in China, und Gucci eröffnet neue Läden. Die Schauen überträgt Prada, deren "
           "Marketingchefin Lena Albrecht sagte, die Zahlen seien gut.",
     [("Lena Albrecht", "Prada", "marketing director")]),
    # A title that says what a person is in charge of; a lexicon name inside a person's full name
    # after the given name ("Prado").
    ("fr", "Pour Anne Sorin, chargée des affaires internationales au BNIC, « la filière attend ».",
     [("Anne Sorin", "Bureau National Interprofessionnel du Cognac", "head")]),
    ("pt", "“Queremos crescer”, afirmou a diretora de Negócios da Natura, Luciana Prado Monteiro.",
     [("Luciana Prado Monteiro", "Natura", "director")]),
    # Where words are not spaced: an organization nobody listed, by its suffix, before the title; a
    # name after the person is not the organization of a title before it.
    ("zh", "另据报道，富泰证券研究部经理陈柏翰分析，用户规模已经到顶。", [("陈柏翰", "富泰证券", "manager")]),
    ("zh", "戛纳影展艺术总监张伟接受新华社记者采访时说：“很好。”", []),
    # Traditional Chinese titles.
    ("zh", "騰訊副總裁張偉表示，合作將持續三年。", [("張偉", "Tencent", "vice president")]),
    # Sentences naming no person are passed over; the ones after them are still read.
    ("en", "Tate opened a Weibo account. It has 30,000 followers.\n\nTom Ashby, Tate's head of digital, said "
           "the gallery would stay on Weibo.", [("Tom Ashby", "Tate", "head")]),
])
def test_role_is_read(extract_text, lang, text, expected) -> None:
    assert _roles(extract_text, lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # The subject of the sentence before, in the same paragraph.
    ("de", "Bei Douyu ist man erleichtert. Qiming Zhao, Vizepräsident für Inhalte, kündigte Turniere an.",
     [("Qiming Zhao", "Douyu", "vice president")]),
    # Else the organization the document is about.
    ("it", "Natuzzi rinnova con JD.com. Natuzzi cresce in Cina.\n\nIl fondatore e presidente Pasquale Natuzzi punta "
           "sulla Cina.", [("Pasquale Natuzzi", "Natuzzi", "president")]),
])
def test_an_office_title_in_a_sentence_naming_no_organization_belongs_to_the_context(
        extract_text, lang, text, expected) -> None:
    assert _roles(extract_text, lang, text) == expected


@pytest.mark.parametrize(("lang", "text"), [
    # Not a title that any organization may have (an analyst), nor one in a "led by" sentence.
    ("en", "Gucci opened on Douyin. Anna Keller, an analyst, said luxury brands now open there first."),
    ("it", "Gucci cresce. Il Piermarini, guidato dal sovrintendente Dominique Meyer, ha chiuso il 2022."),
    # An acronym opening a capitalised run may open a thing's name as well as a person's.
    ("en", "Gucci grew in China. The centre will set up CMO Masters Series, with mentors."),
])
def test_a_title_the_context_cannot_place_gives_no_role(extract_text, lang, text) -> None:
    assert _roles(extract_text, lang, text) == []


def test_a_title_without_its_organization_gives_no_role(extract_text) -> None:
    text = "Anna Keller, an analyst, said luxury brands now open on Douyin first."
    assert _roles(extract_text, "en", text) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Chanel wird seit Januar von Leena Nair geführt, die zuvor Personalchefin bei Unilever war."),
    ("en", "Kering is run by Anna Berg, formerly chief executive of Burberry."),
])
def test_a_past_title_gives_no_role_at_its_old_organization(extract_text, lang, text) -> None:
    assert all(organization not in {"Unilever", "Burberry"} for _, organization, _ in _roles(extract_text, lang, text))


def test_a_place_in_the_title_phrase_holds_no_office(extract_text) -> None:
    text = "«Il cliente cinese è esigente», spiega Paolo Ferraris, presidente di Zegna per la Greater China."
    assert [person for person, _, _ in _roles(extract_text, "it", text)] == ["Paolo Ferraris"]


_FILLER = " Les visiteurs viennent nombreux et les salles restent ouvertes tard le soir." * 8


@pytest.mark.parametrize(("between", "expected"), [
    (_FILLER, "Louvre"),  # named far before: the museum the document names most
    ("", "Musée d'Orsay"),  # named just before: that one
])
def test_a_word_naming_one_of_several_organizations_refers_to_the_near_one_else_the_most_named(
        extract_text, between: str, expected: str) -> None:
    text = ("Le musée du Louvre ouvre un compte sur Douyin. Le musée du Louvre y publie chaque semaine." + _FILLER
            + " Le musée d'Orsay prête une œuvre." + between
            + " « Venez », déclare Claire Roux, responsable du numérique du musée.")
    assert _roles(extract_text, "fr", text) == [("Claire Roux", expected, "head")]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The film was narrated by Prof. Ann Lee, a palaeontologist at the University of Hong Kong.",
     [("Ann Lee", "University of Hong Kong", None)]),
    ("pt", "Para Rita Gomes, etnomusicóloga da Universidade de São Paulo, o interesse cresce.",
     [("Rita Gomes", "Universidade de São Paulo", None)]),
    ("fr", "Selon Paul Morel, un glaciologue du Louvre, les visiteurs reviennent.", [("Paul Morel", "Louvre", None)]),
    # A joining word inside the title: the employer stands after the last one.
    ("it", "Secondo Laura Neri, restauratrice di affreschi del Louvre, il lavoro continua.",
     [("Laura Neri", "Louvre", None)]),
    # A speech verb is no title; a news outlet employs no one here.
    ("en", "Ann Lee, speaking at the Louvre, praised Weibo.", []),
    ("en", "Ann Lee, a reporter of Reuters, praised Weibo.", []),
])
def test_an_apposition_gives_a_title_no_list_holds(extract_text, lang, text, expected) -> None:
    assert _roles(extract_text, lang, text) == expected
