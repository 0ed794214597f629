"""Entity mentions: lexicon names, discovered names typed by cues, persons, lists, coreference."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st


def _mentions(extract_text, lang: str, text: str) -> list[tuple[str, str]]:
    return [(m.name, m.type) for m in extract_text(lang, text, None).mentions]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # Lexicon names, in any script, resolved to their canonical name.
    ("zh", "路易威登中国区总裁吴晨表示，与快手的合作非常成功。",
     [("Louis Vuitton", "organization"), ("China", "place"), ("吴晨", "person"), ("Kuaishou", "platform")]),
    # Organizations discovered by their suffix; a conjunction ends a name that has its suffix.
    ("en", "Shenghe Research and Kuan Consulting published a report, said analyst Maria Rossi.",
     [("Shenghe Research", "organization"), ("Kuan Consulting", "organization"), ("Maria Rossi", "person")]),
    # A list of names with one person in it gives each person.
    ("it", "Alla presentazione c'erano Chris Lee, Valentina La Rocca, Wu Lei e Fiammetta Terlizzi, ha detto "
           "l'organizzatore.",
     [("Chris Lee", "person"), ("Valentina La Rocca", "person"), ("Wu Lei", "person"),
      ("Fiammetta Terlizzi", "person")]),
    # A person beside a title and a speech verb.
    ("de", "Hannah Cole, Leiterin der digitalen Angebote der Tate, sagte: „Das ist neu.“",
     [("Hannah Cole", "person"), ("Tate", "organization")]),
    # A lexicon name with a case ending of the language (the German genitive), not one glued to another word.
    ("de", "Tencents Umsatz stieg, das Tencentsystem nicht.", [("Tencent", "organization")]),
    ("en", "Tencents grew.", []),
    # A platform discovered by its cue word.
    ("fr", "La plateforme Zaoshang a séduit les musées européens.", [("Zaoshang", "platform")]),
    # Events, by an event noun inside or opening a name of two or more words.
    ("en", "This year the Harbour Lights International Festival of Film received 9,000 entries.",
     [("Harbour Lights International Festival of Film", "event")]),
    ("en", "The brand opened Shanghai Fashion Week.", [("Shanghai Fashion Week", "event")]),
    ("fr", "Le Festival de Montclair a accueilli la marque.", [("Festival de Montclair", "event")]),
    # A marathon is an event, in every spaced language (its organizers are no person, whatever a speech verb says).
    ("en", "The Harbourton Marathon drew 40,000 runners, organisers Harbourton Marathon Events said.",
     [("Harbourton Marathon", "event"), ("Harbourton Marathon Events", "event")]),
    ("fr", "Le Marathon de Montclair a réuni 40 000 coureurs.", [("Marathon de Montclair", "event")]),
    ("it", "La Maratona di Montclair ha riunito 40.000 corridori.", [("Maratona di Montclair", "event")]),
    ("de", "Der Montclair Marathon hatte 40.000 Läufer.", [("Montclair Marathon", "event")]),
    ("es", "El Maratón de Montclair reunió a 40.000 corredores.", [("Maratón de Montclair", "event")]),
    ("pt", "A Maratona de Montclair reuniu 40 mil corredores.", [("Maratona de Montclair", "event")]),
    # A holiday is no event name, nor is a festival named after a lexicon entity.
    ("en", "Sales rose during the Spring Festival and the Tmall Shopping Festival.", [("Tmall", "platform")]),
    # A name right after a noun that says what kind of company it is (a distributor, a maker, an importer).
    ("en", "The deal was signed with the distributor Harvona last week.", [("Harvona", "organization")]),
    ("it", "Il contratto con il distributore Varenta scade nel 2026.", [("Varenta", "organization")]),
    ("fr", "Le contrat avec le distributeur Varenta court jusqu'en 2026.", [("Varenta", "organization")]),
    ("de", "Der Vertrag mit dem Hersteller Varenta läuft bis 2026.", [("Varenta", "organization")]),
    ("es", "El contrato con la importadora Varenta vence en 2026.", [("Varenta", "organization")]),
    ("pt", "O contrato com a distribuidora Varenta termina em 2026.", [("Varenta", "organization")]),
    ("zh", "该品牌与经销商Varenta签订了合同。", [("Varenta", "organization")]),
    # A Han name with a suffix and its Latin name in brackets, the short form after a comma: the
    # name ends before the comma.
    ("zh", "天猫国际与丹麦工业联合会（Dansk Industri，DI）签署备忘录。",
     [("Tmall Global", "platform"), ("Dansk Industri", "organization")]),
    ("zh", "双方与丹麦工业联合会（Dansk Industri, DI）签约。", [("Dansk Industri", "organization")]),
    # A legal form of any country closes a company's name in every language, its closing dot or not.
    ("en", "The deal was signed with Blue Ocean Co. and Red Hill LLC on Monday.",
     [("Blue Ocean Co", "organization"), ("Red Hill LLC", "organization")]),
    ("es", "El acuerdo lo firmaron Vinos Rojos S.L. y Harvona GmbH en Madrid.",
     [("Vinos Rojos S.L", "organization"), ("Harvona GmbH", "organization")]),
    ("it", "Il contratto con Varenta Foods Ltd. scade nel 2026.", [("Varenta Foods Ltd", "organization")]),
    ("de", "Den Vertrag hat die Varenta S.p.A. mit Harvona Inc. geschlossen.",
     [("Varenta S.p.A", "organization"), ("Harvona Inc", "organization")]),
    # A tourism board by its shape: "Visit X", "X Tourismus", "Turismo de X".
    ("it", "Gli Uffizi sono su Weibo, mentre Visit Piemonte ha aperto un negozio su Fliggy.",
     [("Uffizi Galleries", "organization"), ("Weibo", "platform"), ("Visit Piemonte", "organization"),
      ("Fliggy", "platform")]),
    ("de", "Die Pakete wollen sie vermarkten, wie Zermatt Tourismus am Mittwoch mitteilte.",
     [("Zermatt Tourismus", "organization")]),
    ("pt", "O acordo foi assinado pelo Turismo de Lagoa Verde ontem.", [("Turismo de Lagoa Verde", "organization")]),
    # A city after a cue noun and its genitive says where the company named next is from, no part of its name.
    ("it", "L'account è gestito dall'agenzia di Shanghai Blue Harbor Media, ha detto.",
     [("Blue Harbor Media", "organization")]),
    ("pt", "A conta é gerida com a agência de Xangai Blue Harbor Media, disse.",
     [("Blue Harbor Media", "organization")]),
    ("pt", "A conta é gerida com a agência de São Paulo Blue Harbor Media, disse.",
     [("São Paulo", "place"), ("Blue Harbor Media", "organization")]),
])
def test_mentions_are_found_and_typed(extract_text, lang, text, expected) -> None:
    assert _mentions(extract_text, lang, text) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Luxury Brands Flock To Chinese Apps As Spending Returns"),  # a title-case headline
    ("en", "Yesterday the museum said nothing about Smart City plans, or smart city budgets."),
    ("it", "Secondo gli analisti, il Digitale cresce."),  # one capitalised word
])
def test_headlines_and_capitalised_words_are_not_entities(extract_text, lang, text) -> None:
    assert _mentions(extract_text, lang, text) == []


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # An occupation is a person cue.
    ("en", "Last week the pianist Mei Dongfang played for two million viewers.", [("Mei Dongfang", "person")]),
    ("fr", "Le 3 mai, la chanteuse Clara Vautrin a chanté en direct.", [("Clara Vautrin", "person")]),
    ("es", "El futbolista Diego Arrieta visitó la tienda.", [("Diego Arrieta", "person")]),
    # A title inside a capitalised run: the words after it are the person.
    ("en", "Yesterday Gucci Global Brand Officer Lena Markov spoke about value.",
     [("Gucci", "organization"), ("Lena Markov", "person")]),
    # An organization cue noun before a single name.
    ("en", "It was made with the creative agency, Brightloom, and two museums.", [("Brightloom", "organization")]),
    ("it", "Il progetto è firmato dall'agenzia Ventodoro e piace ai giovani.", [("Ventodoro", "organization")]),
    ("de", "Die Kampagne stammt von der Kreativagentur Blauwerk aus Berlin.", [("Blauwerk", "organization")]),
    # A lexicon name with a legal form is the same company; with another suffix, another organization.
    ("en", "Yesterday Alibaba Group and the Tencent Foundation signed.",
     [("Alibaba", "organization"), ("Tencent Foundation", "organization")]),
    # A stop word that opens an organization's name is taken back in.
    ("en", "It was backed by the China Rural Heritage Center, officials said.",
     [("China Rural Heritage Center", "organization")]),
    ("en", "Scientists of the Chinese Academy of Forestry took part.",
     [("Chinese Academy of Forestry", "organization")]),
    ("fr", "Ses investisseurs sont Nordlys Ventures et Orme Capital.",
     [("Nordlys Ventures", "organization"), ("Orme Capital", "organization")]),
    # A place word goes on a name an organization word opened.
    ("es", "Ayer Ana Ruiz, presidenta de la Federación China de Ajedrez, habló.",
     [("Ana Ruiz", "person"), ("Federación China de Ajedrez", "organization")]),
    # A lower-case adjective inside a name an organization word opened.
    ("it", "Il Museo nazionale di Capodimonte apre su Weibo.",
     [("Museo nazionale di Capodimonte", "organization"), ("Weibo", "platform")]),
    # A platform cue names the platform right beside it, not a person after a comma.
    ("it", "Dalla piattaforma, Li Wenjie, responsabile moda di Douyin, ha parlato.",
     [("Li Wenjie", "person"), ("Douyin", "platform")]),
    # Cue nouns a linguist lists for companies, groups, studios and foundations, in every language.
    ("en", "Its title sponsor is the Swiss engineering group Norvald, the organisers said.",
     [("Norvald", "organization")]),
    ("es", "La firma es propiedad del grupo farmacéutico Lorvena desde 2010.", [("Lorvena", "organization")]),
    ("pt", "O acordo foi assinado com a empresa Tessaro em maio.", [("Tessaro", "organization")]),
    ("fr", "Le contrat lie la plateforme à la société Varnelle.", [("Varnelle", "organization")]),
    ("fr", "Selon le cabinet shanghaïen Orlen Retail, la demande reste forte.", [("Orlen Retail", "organization")]),
    ("de", "Der Vertrag mit der Firma Holmgart läuft bis 2026.", [("Holmgart", "organization")]),
    # A capitalised cue noun that is a stop word, so no run holds it ("die Marke", "das Unternehmen").
    ("de", "Die Marke Wolkenstein wächst seit Jahren.", [("Wolkenstein", "organization")]),
    ("de", "Seit Mai gehört das Unternehmen Feldrich zur Gruppe.", [("Feldrich", "organization")]),
    ("de", "Die Marke wächst, sagt Anna Berger.", [("Anna Berger", "person")]),
    # A cue noun says what the name after it is, whatever words of events it holds ("sommet": summit).
    ("fr", "Les deux écoles du groupe Sommet Education revendiquent 41'000 abonnés.",
     [("Sommet Education", "organization")]),
    ("pt", "A Liga tem outro patrocinador: a casa de apostas Vantabet renovou.", [("Vantabet", "organization")]),
    # A hotel or foundation by the word that opens its name.
    ("de", "Der Wirt, der in Schwangau das Hotel Seeblick führt, ist zufrieden.", [("Hotel Seeblick", "organization")]),
    # Aggregators, portals, trading houses, associations, tour operators and store chains, in every language.
    ("en", "The deal leaves the rental aggregator Karvolo without a partner.", [("Karvolo", "organization")]),
    ("en", "Its content went to the science portal Quenlar until 2024.", [("Quenlar", "organization")]),
    ("fr", "Le loueur travaille avec le voyagiste Oltravia depuis 2022.", [("Oltravia", "organization")]),
    ("fr", "Les billets passent par l'agr\u00e9gateur Mivelo et par le portail Sorvane.",
     [("Mivelo", "organization"), ("Sorvane", "organization")]),
    ("it", "L'accordo con la catena di supermercati Velmora \u00e8 stato rinnovato.", [("Velmora", "organization")]),
    ("it", "I biglietti sono venduti dall'aggregatore Trevinto.", [("Trevinto", "organization")]),
    ("es", "La marca vend\u00eda a trav\u00e9s de la comercializadora Almendral.", [("Almendral", "organization")]),
    ("es", "El acuerdo con el turoperador Solvena sigue vigente.", [("Solvena", "organization")]),
    ("pt", "A empresa vendia por meio da trading Marivel.", [("Marivel", "organization")]),
    ("pt", "Os dados foram divulgados pela associa\u00e7\u00e3o Frutavale.", [("Frutavale", "organization")]),
    ("de", "Vertrieben wird die Marke vom Handelshaus Kellberg.", [("Kellberg", "organization")]),
    ("zh", "\u8be5\u54c1\u724c\u4e0e\u8fde\u9501\u8d85\u5e02Norvik\u5408\u4f5c\u3002", [("Norvik", "organization")]),
    # Not a name after a preposition or a possessive of the cue noun.
    ("en", "The show aired from the company's Wuhan studio.", []),
])
def test_cues_type_names_the_lexicon_does_not_know(extract_text, lang, text, expected) -> None:
    assert _mentions(extract_text, lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A club's short name in the language whose press writes it so: in Italian "Milan" is the club.
    ("it", "Il Milan ha firmato con Trip.com.", [("AC Milan", "organization"), ("Ctrip", "platform")]),
    ("it", "L'Inter resta in testa.", [("Inter Milan", "organization")]),
    # In English the same word is the city; in Italian the city is Milano.
    ("en", "The store in Milan opened on Monday.", []),
    ("it", "La sfilata si tiene a Milano.", []),
])
def test_names_of_one_language_are_read_in_its_texts(extract_text, lang, text, expected) -> None:
    assert [m for m in _mentions(extract_text, lang, text) if m[1] != "place"] == expected


@pytest.mark.parametrize(("lang", "text"), [
    # Names in quotation marks are names of things, not of people.
    ("en", "The city launched “Green Harbour”, he said, and “Bright Lane” too."),
    ("fr", "Le musée lance « Nuit Blanche », a déclaré le directeur."),
    # A name after a definite article is not a person's.
    ("en", "The report of the General Office was published, the director said."),
    ("de", "Der Bericht kommt von der Digitalen Akademie, sagte der Direktor."),
    # The department of a title is not a person.
    ("en", "Wang is Chairman of Group Sales and Global Branding, the company said."),
    # Title-case topics listed with something that is not a name are not people.
    ("it", "Le aree sono Internet of Things, Data Science, Smart Retail e Digital Leadership."),
    # A line that is only a name, above an article, is a masthead.
    ("en", "Harbour Trade News\n\nSales rose in May."),
])
def test_names_written_unlike_persons_are_not_persons(extract_text, lang, text) -> None:
    assert [name for name, kind in _mentions(extract_text, lang, text) if kind == "person"] == []
    if "\n" in text:
        assert _mentions(extract_text, lang, text) == []


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Prices will rise, said Tom Reed, an analyst at Harbin Peak Research.", "Harbin Peak Research"),
    ("en", "Dr Ann Wu, head of auto research at Pacific Gull Securities, was cautious.", "Pacific Gull Securities"),
    ("fr", "Selon Li Wen, consultante chez Lanbo Insights, rien ne change.", "Lanbo Insights"),
    ("it", "Secondo Wang Lei, partner di SportsBridge Asia, il divario resta.", "SportsBridge Asia"),
    ("de", "Das sagt Sandra Berg, Analystin bei Nordhafen Kapital.", "Nordhafen Kapital"),
    ("es", "Lo dijo Ana Ruiz, fundadora de Cielo Azul, en Madrid.", "Cielo Azul"),
    ("pt", "Para Rui Costa, analista de varejo do Banco Horizonte Sul, faz sentido.", "Banco Horizonte Sul"),
    # German capitalises the title, so it opens the run with the employer ...
    ("de", "Das sagt Sandra Berg, Konsumgüteranalystin der Nordhafener Sparkasse.", "Nordhafener Sparkasse"),
    # ... and a cue noun may end a compound inside the run.
    ("de", "Die Zahlen stammen von der Kölner Sportmarketing-Agentur Mediaflug Sports.", "Mediaflug Sports"),
    # An acronym title inside the run; a place made an adjective between the link and the name.
    ("pt", "A fundadora e CEO da QBRADA, Priscila Andrade, resume a mudança.", "QBRADA"),
    ("en", "So said Dong Wei, founder of the Shanghai-based importer Malt Road.", "Malt Road"),
    # The name of the person who holds the title between it and the employer.
    ("pt", "A prova foi conduzida pelo enólogo Rui Matos, da Quinta Serra Alta, no Porto.", "Quinta Serra Alta"),
    ("en", "The tasting was led by winemaker Ann Lee, of Harbour Cellars, in Shanghai.", "Harbour Cellars"),
])
def test_the_employer_after_a_title_is_an_organization(extract_text, lang, text, expected) -> None:
    assert (expected, "organization") in _mentions(extract_text, lang, text)


@pytest.mark.parametrize(("lang", "text", "name"), [
    # A place qualifying the employer named after it ("the Beijing consultancy X").
    ("en", "So says Rachel Ho, founder of the Beijing consultancy Artwell Digital, today.", "Beijing"),
    # A department of the title, written in lower case elsewhere in the document.
    ("en", "Joe Lam is head of Digital Sales at the firm; digital sales grew.", "Digital Sales"),
    # A capitalised title before its department, as English writes titles.
    ("en", "SY Lau, Chairman of Group Marketing, said so.", "Group Marketing"),
    ("en", "So said Dong Wei, founder of the Shanghai-based importer Malt Road.", "Shanghai-based"),
])
def test_places_and_departments_after_a_title_are_not_employers(extract_text, lang, text, name) -> None:
    assert name not in [found for found, _ in _mentions(extract_text, lang, text)]


def test_names_and_acronyms_corefer_within_a_document(extract_text) -> None:
    text = ("The Victoria and Albert Museum (V&A) opened a channel on Kuaishou. "
            "“It was a success,” said SY Lau, a senior executive. Lau said the V&A was pleased.")
    mentions = extract_text("en", text, None).mentions
    assert [(m.text, m.name) for m in mentions if m.type != "platform"] == [
        ("Victoria and Albert Museum", "Victoria and Albert Museum"), ("V&A", "Victoria and Albert Museum"),
        ("SY Lau", "SY Lau"), ("Lau", "SY Lau"), ("V&A", "Victoria and Albert Museum")]


def test_mentions_keep_their_offsets(extract_text) -> None:
    text = "Gucci, Burberry e il Louvre collaborano con Tencent e 腾讯视频."
    for mention in extract_text("it", text, None).mentions:
        assert text[mention.start:mention.end] == mention.text


def _persons(extract_text, lang: str, text: str) -> list[tuple[str, str | None]]:
    return [(m.name, m.title) for m in extract_text(lang, text, None).mentions if m.type == "person"]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A common given name and a family name need no cue; nor does a pinyin name, in either order.
    ("en", "The final drew Mark Trelawney and Ding Junhui to Sheffield.",
     [("Mark Trelawney", None), ("Ding Junhui", None)]),
    ("de", "Im Finale standen Ma Long und Fan Zhendong.", [("Ma Long", None), ("Fan Zhendong", None)]),
    ("fr", "La directrice Xiaoling Chen a présenté le bilan.", [("Xiaoling Chen", "directrice")]),
    # A capitalised word before a given name is the person's title, split off the name.
    ("de", "Pressesprecher Hans Meier sagte, die Zahlen seien gut.", [("Hans Meier", "Pressesprecher")]),
    ("de", "Die Kuratorin Wang Yue führte durch die Ausstellung.", [("Wang Yue", "Kuratorin")]),
    # Not where the word before opens the same name: a place's ("São"), or a family name's particle ("Van").
    ("pt", "O grupo de São José dos Pinhais cresceu, disse o diretor Paulo Lima.", [("Paulo Lima", "diretor")]),
    ("en", "The brand of Perfetti Van Melle grew, said spokesman John Carter.", [("John Carter", "spokesman")]),
    # Nor a number's unit and the noun after it ("Yuan" is a given name too).
    ("de", "Die Marke kommt laut Sprecher Jan Vogt auf 2,1 Milliarden Yuan Jahresumsatz.", [("Jan Vogt", "Sprecher")]),
    ("en", "Its owner, spokesman Jan Vogt said, had 300 Yuan Credits to spend.", [("Jan Vogt", "spokesman")]),
    # Nor a name that ends with an organization's suffix.
    ("en", "It is run by the Monterey Bay Aquarium, said spokesman John Carter.", [("John Carter", "spokesman")]),
    # Honorifics are split off and kept as the title; a possessive ends the name before them.
    ("en", "Burberry's Sir Oliver Pemberton said the store would open.", [("Oliver Pemberton", "Sir")]),
    ("pt", "Para a Prof.ª Dra. Helena Quintela, o funk mudou.", [("Helena Quintela", "Prof.ª Dra.")]),
    # A common word opening the sentence is not part of the name.
    ("de", "Wenn Timo Brandt spielt, schauen viele zu. Wenn es regnet, nicht.", [("Timo Brandt", None)]),
    # Chinese names: a family name and one or two characters before a speech verb, in either script.
    ("zh", "“我们很满意。”孙琦说。", [("孙琦", None)]),
    ("zh", "腾讯总裁刘炽平表示，合作将继续。", [("刘炽平", "总裁")]),
    ("zh", "「台灣作品要走進國際市場。」，周思妤說。", [("周思妤", None)]),
])
def test_persons_are_found_with_their_titles(extract_text, lang, text, expected) -> None:
    assert _persons(extract_text, lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("pt", "A fadista Inês Valadares ganhou seguidores.\nSeguidores de Inês Valadares no Weibo: 210 mil",
     "Inês Valadares"),
    ("es", "La cantante Lucía Ferrán ganó seguidores.\nSeguidores de Lucía Ferrán en Weibo: 210.000", "Lucía Ferrán"),
])
def test_a_genitive_after_a_common_opening_word_is_no_part_of_the_name(extract_text, lang, text, name) -> None:
    """"Seguidores de Inês Valadares": the common word opening the line goes, and the genitive after it too."""
    assert {m.text for m in extract_text(lang, text, None).mentions if m.type == "person" and " " in m.text} == {name}


@pytest.mark.parametrize(("lang", "text"), [
    # Adjective and noun, a genitive and a noun, place names, a work and a rare given name: no persons.
    ("de", "Chinesische Kundinnen lieben das, sagte der Händler."),
    ("de", "Bolls Popularität wächst, sagte der Verband."),
    ("es", "Las ventas de San Valentín crecieron, dijo la empresa."),
    ("en", "The Mona Lisa drew crowds in Asia Pacific markets."),
    ("en", "Visitors from Hong Kong rose, the board said."),
    # A pinyin product name in quotation marks is no person.
    ("en", "The provinces run “Yue Sheng Shi” on WeChat."),
    # An article opens a title's or a company's name, never a person's ("The" is a given name somewhere).
    ("zh", "“客人很多。”The Harbourline亚太区总监说。"),
    ("it", "«Cresciamo», ha detto The Harbourline ieri."),
    # A Chinese name with no name dot in brackets after it: a company's or an event's, not a person's.
    ("zh", "“观众很多。”Mark Harbour Cup（马克港湾杯）组委会说。"),
])
def test_capitalised_phrases_are_not_persons(extract_text, lang, text) -> None:
    assert _persons(extract_text, lang, text) == []


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A title phrase before an employer run into its employee's name: both names.
    ("it", "Ma l'analista di Equita Stefano Rinaldi ritiene che il canale resti marginale.",
     [("Equita", "organization"), ("Stefano Rinaldi", "person")]),
    # An organization word and a genitive opened the name: a conjunction inside joins its nouns.
    ("pt", "A Keeta assinou com a Associação Brasileira de Bares e Restaurantes um memorando.",
     [("Associação Brasileira de Bares e Restaurantes", "organization")]),
])
def test_run_bounds_in_sentences(extract_text, lang, text, expected) -> None:
    found = [(m.text, m.type) for m in extract_text(lang, text, None).mentions if m.type in ("organization", "person")]
    assert all(item in found for item in expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A name that is also a common word needs context: not opening a sentence, and another name of
    # the same entity in the document, or a list of known names, or a cue noun before it.
    ("en", "On Monday the shop opened.", []),
    ("en", "On Running opened a store. Fans of On queued.", ["On", "On"]),
    ("de", "Die Marken Nike, On und Adidas wuchsen.", ["Nike", "On", "Adidas"]),
    ("en", "Sales of Mango fell in spring.", []),
    ("en", "Fans of Celtic and Rangers watch on Douyin.", ["Celtic", "Rangers"]),  # two such names listed
    # Confirmed once, such a name is the brand throughout the document; opening a sentence too
    # when the document never writes the word in lower case, not otherwise ("On Monday ...").
    ("en", "Fans of Celtic and Rangers watch on Douyin. Celtic, the champions, lead while rivals Rangers follow.",
     ["Celtic", "Rangers", "Celtic", "Rangers"]),
    ("en", "The brand On opened a store on Nanjing Road. On Monday fans queued.", ["On"]),
    # A cue noun past one adjective, or a press noun, confirms one too ("el diario economico Expansion").
    ("es", "Lo cifra el diario económico Expansión en un millón.", ["Expansión"]),
    ("es", "Lo cifra el diario Expansión en un millón.", ["Expansión"]),
    ("es", "La expansión del grupo sigue. Expansión de la marca.", []),
    # Chinese names of brands that are also a title or a transliterated person's name ("doctor", "Taylor").
    ("zh", "王博士表示，店铺将在天猫开业。", []),
    ("zh", "泰勒在抖音发布了新视频。", []),
    ("zh", "贝克在微博上很受欢迎。", []),
])
def test_names_that_are_common_words_need_context(extract_text, lang, text, expected) -> None:
    assert [m.name for m in extract_text(lang, text, None).mentions if m.type == "organization"] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The museum said on Monday that visits rose.", []),  # only the opening word is capitalised
    ("en", "the museum and Tate Modern said visits rose.", [("Tate Modern", "organization")]),
    ("en", "(Tate Modern) said visits rose.", [("Tate Modern", "organization")]),
    ("zh", "故宫博物院的观众人数增长。", [("Palace Museum", "organization")]),
])
def test_sentences_with_no_capital_after_their_first_word_are_read_quickly_and_alike(
        extract_text, lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _mentions(extract_text, lang, text) == expected


@given(st.text(alphabet="Ns'\u2019. \n", max_size=8))
def test_a_possessive_ending_is_removed_as_the_regex_removes_it(word: str) -> None:
    """The quick ``str.endswith`` check leaves a word as the possessive regex would."""
    from crossreach.lexicon import load_language
    from crossreach.recognise.entity_rules import entity_rules, without_possessive

    rules = entity_rules(load_language("en"))
    assert without_possessive(word, rules) == rules.possessive_re.sub("", word)


@pytest.mark.parametrize(("lang", "text", "noun"), [
    # Where every noun is capitalised, an owner noun after a title's link points back to the entity
    # named before ("die Geschäftsführerin des Museums"): no organization of that name.
    ("de", "Das Städel Museum eröffnet eine Schau. „Wir freuen uns“, sagte die kaufmännische "
           "Geschäftsführerin des Museums, Dr. Anna Berger, am Montag.", "Museums"),
    ("de", "Der 1. FC Köln wächst in China. „Das ist ein großer Schritt“, sagte der Geschäftsführer des "
           "Vereins, Markus Weber.", "Vereins"),
    ("de", "Die Allianz legt Zahlen vor. „Wir sind zufrieden“, sagte Petra Richter, Vorstandsvorsitzende "
           "der Gruppe.", "Gruppe"),
])
def test_a_lone_owner_noun_after_a_title_is_no_name(extract_text, lang, text, noun) -> None:
    names = [name for name, _ in _mentions(extract_text, lang, text)]
    assert not any(noun in name for name in names)


@pytest.mark.parametrize("lang", ["en", "it", "fr", "de", "es", "pt"])
@pytest.mark.parametrize("head", ["Trading", "Marketing", "Services", "Studios", "Airlines", "Aquarium"])
def test_an_english_head_closes_a_company_name_in_every_spaced_language(extract_text, lang: str, head: str) -> None:
    # Company names keep their English head in texts of every language ("Shanghai Lanfeng Trading").
    text = f"2024: Shanghai Lanfeng {head} 12."
    assert (f"Shanghai Lanfeng {head}", "organization") in _mentions(extract_text, lang, text)


@pytest.mark.parametrize(("lang", "text", "person"), [
    # The outlet a person speaks to, from the gazetteer, then the person's name and title.
    ("pt", "\u201cÉ um mercado novo\u201d, afirmou à Lusa Marta Quintela Reis, diretora do museu.",
     "Marta Quintela Reis"),
    ("es", "\u201cEs un mercado nuevo\u201d, ha explicado a EFE Nayra Olmedo Cruz, directora de mercados.",
     "Nayra Olmedo Cruz"),
])
def test_a_person_after_a_known_outlet_is_a_person(extract_text, lang: str, text: str, person: str) -> None:
    assert (person, "person") in _mentions(extract_text, lang, text)


def test_a_known_name_after_words_of_a_run_stays_the_known_name(extract_text) -> None:
    # "Tochter" qualifies the known name that closes with the suffix; it is no part of it.
    mentions = _mentions(extract_text, "de", "Die Tochter JD Logistics liefert die Ware aus.")
    assert [n for n, _ in mentions if "Logistics" in n] == ["JD Logistics"]


def test_a_title_department_is_no_company(extract_text) -> None:
    mentions = _mentions(extract_text, "en", "Lin Qiao, Chairman of Group Marketing at Tencent, said \u201cyes\u201d.")
    assert not [n for n, _ in mentions if "Marketing" in n]


def test_a_compound_title_before_a_name_makes_it_a_person(extract_text) -> None:
    # The title glued into a compound ("Festival" + "sprecherin") is no part of the name after it.
    mentions = _mentions(extract_text, "de", "\u201eDas ist neu\u201c, sagte Festivalsprecherin Jorinde Albrecht.")
    assert ("Jorinde Albrecht", "person") in mentions


@pytest.mark.parametrize("text", ["品牌中国区总经理周明远受访时表示，市场向好。", "平台负责人周明远则指，用户增长。"])
def test_a_chinese_person_between_a_title_and_an_interview_phrase(extract_text, text: str) -> None:
    assert ("周明远", "person") in _mentions(extract_text, "zh", text)


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "The stake went to the fund Qorvane Capitale.", "Qorvane Capitale"),
    ("fr", "Le fonds Qorvane a pris 20 % du capital.", "Qorvane"),
    ("it", "La maison è controllata dal fondo Qorvane.", "Qorvane"),
    ("es", "La marca es propiedad del fondo Qorvane.", "Qorvane"),
    ("pt", "A marca assinou com o operador chinês Qorvane.", "Qorvane"),
    ("de", "Die Marke gehört dem Finanzinvestor Qorvane.", "Qorvane"),
])
def test_a_fund_operator_or_insurer_cue_names_the_company_after_it(extract_text, lang: str, text: str,
                                                                    name: str) -> None:
    assert (name, "organization") in _mentions(extract_text, lang, text)


@pytest.mark.parametrize(("lang", "text", "name"), [
    # A provider of services, a tour operator, a consortium, an association, a bank or a licensee.
    ("en", "The store is run by the e-commerce service provider Vantrel.", "Vantrel"),
    ("en", "It signed with the tour operator Qorvane Travel last year.", "Qorvane Travel"),
    ("it", "Il consorzio Valmora Ski ha firmato un accordo.", "Valmora Ski"),
    ("it", "Le vendite passano dal fornitore Qorvane.", "Qorvane"),
    ("fr", "Le prestataire Vantrel gère la boutique.", "Vantrel"),
    ("fr", "Il a signé avec le consortium Qorvane Énergie.", "Qorvane Énergie"),
    ("de", "Der Store wird von dem Dienstleister Vantrel betrieben.", "Vantrel"),
    ("de", "Er kooperiert mit dem Pekinger Bildungsanbieter Qorvane Learning.", "Qorvane Learning"),
    ("de", "Der frühere Lizenznehmer Qorvane Games hatte die Reihe verkauft.", "Qorvane Games"),
    ("zh", "品牌还与连锁宠物医院瓦特鹏集团达成合作。", "瓦特鹏集团"),
    ("zh", "门店由服务商Vantrel运营。", "Vantrel"),
])
def test_a_provider_operator_consortium_or_bank_cue_names_the_organization_after_it(
        extract_text, lang: str, text: str, name: str) -> None:
    assert (name, "organization") in _mentions(extract_text, lang, text)


@pytest.mark.parametrize(("lang", "text", "name"), [
    # An adjective of place that stands for the company, for Taiwan, Hong Kong and Singapore too.
    ("it", "La taiwanese Qorvane ha venduto tre milioni di bici.", "Qorvane"),
    ("fr", "La taïwanaise Qorvane a vendu trois millions de vélos.", "Qorvane"),
])
def test_an_adjective_of_place_before_a_name_makes_it_a_company(extract_text, lang: str, text: str,
                                                                name: str) -> None:
    assert (name, "organization") in _mentions(extract_text, lang, text)


@pytest.mark.parametrize(("lang", "text", "name"), [
    # Government and public bodies named by their head noun: after the name where words are spaced
    # and heads close names, before it where heads open them; by its suffix in Chinese.
    ("en", "The zoo is run by the Valmora Zoological Society, a charity.", "Valmora Zoological Society"),
    ("en", "The fund was set up by the Valmora Heritage Trust in 2019.", "Valmora Heritage Trust"),
    ("it", "Lo ha detto il Consorzio Valmora nel 2024.", "Consorzio Valmora"),
    ("fr", "Le texte a été signé par le Gouvernement de Valmora.", "Gouvernement de Valmora"),
    ("pt", "Tem como acionista o Estado, através da Direção-Geral do Tesouro de Valmora.",
     "Direção-Geral do Tesouro de Valmora"),
    ("de", "Die Zahlen stammen von der Bundesanstalt Valmora.", "Bundesanstalt Valmora"),
    ("zh", "活动由瓦特市体育局主办。", "瓦特市体育局"),
])
def test_a_public_body_is_named_by_its_head_noun(extract_text, lang: str, text: str, name: str) -> None:
    assert (name, "organization") in _mentions(extract_text, lang, text)


def test_a_cue_noun_that_a_connector_follows_heads_the_name() -> None:
    """"Verband der Spielwarenindustrie": the cue is the name's first word, not a cue before one."""
    from crossreach.lexicon import load_language
    from crossreach.recognise.entities import _capitalised_cue
    from crossreach.recognise.entity_rules import entity_rules
    rules = entity_rules(load_language("de"))
    text = "Verband der Valmorer Industrie"
    assert _capitalised_cue(text, 0, text.split(), rules) is None
    text = "Dienstleister Vantrel Logistik"
    assert _capitalised_cue(text, 0, text.split(), rules) == (len("Dienstleister "), "agency")
