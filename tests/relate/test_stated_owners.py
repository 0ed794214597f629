"""Owners stated by layout: a figure in brackets after a name, a name opening its part before an
aside, the label of a list line."""

from __future__ import annotations

import pytest

from crossreach.models import Metric


def _owners(extract_text, lang: str, text: str) -> dict[float, str | None]:
    return {f.value: f.subject for f in extract_text(lang, text).facts if isinstance(f, Metric)}


BRACKETED = [
    ("en", "Gucci has 3 million followers on Weibo, far ahead of Prada (1.2 million) and Burberry (900,000).",
     {1_200_000: "Prada", 900_000: "Burberry"}),
    ("it", "Gucci ha 3 milioni di follower su Weibo, molto davanti a Prada (1,2 milioni) e Burberry (900.000).",
     {1_200_000: "Prada", 900_000: "Burberry"}),
    ("de", "Gucci hat 3 Millionen Follower auf Weibo, weit vor Prada (1,2 Millionen) und Burberry (900.000).",
     {1_200_000: "Prada", 900_000: "Burberry"}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), BRACKETED)
def test_a_figure_in_brackets_after_a_name_is_that_names(extract_text, lang, text, expected) -> None:
    owners = _owners(extract_text, lang, text)
    assert {value: owners.get(value) for value in expected} == expected


ASIDES = [
    ("en", "Gucci has 3 million followers on Weibo, while Prada, a rival of Burberry, counts 1.2 million."),
    ("fr", "Gucci compte 3 millions d'abonnés sur Weibo, tandis que Prada, rivale de Burberry, "
           "en affiche 1,2 million."),
    ("es", "Gucci suma 3 millones de seguidores en Weibo, mientras que Prada, rival de Burberry, reúne 1,2 millones."),
    ("en", "Gucci has 3 million followers on Weibo; Prada, a rival of Burberry, counts 1.2 million."),
]


@pytest.mark.parametrize(("lang", "text"), ASIDES)
def test_the_name_opening_its_part_owns_the_figure_not_the_name_in_its_aside(extract_text, lang, text) -> None:
    owners = _owners(extract_text, lang, text)
    assert (owners.get(3_000_000), owners.get(1_200_000)) == ("Gucci", "Prada")


LISTS = [
    ("en", "Weibo followers of the league's players:\nQuillan Marravo (Peru) – 870,000\n"
           "Ottavan Derecsky (Chile) – 640,000\n", {870_000: "Quillan Marravo", 640_000: "Ottavan Derecsky"}),
    ("de", "Follower auf Weibo der Spieler der Liga:\nQuillan Marravo (Peru) – 870.000\n"
           "Ottavan Derecsky (Chile) – 640.000\n", {870_000: "Quillan Marravo", 640_000: "Ottavan Derecsky"}),
    # Ranked columns, the gap of a table between label and figure (wide spaces).
    ("zh", "按四个平台粉丝总数计算，排名前五的俱乐部依次为：\n\n4\u3000Quillan\u3000\u3000\u3000121万\n"
           "5\u3000RB Ottavan\u3000\u3000\u300086.5万", {1_210_000: "Quillan", 865_000: "RB Ottavan"}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LISTS)
def test_a_list_lines_label_names_the_owner_no_lexicon_knows(extract_text, lang, text, expected) -> None:
    owners = _owners(extract_text, lang, text)
    assert {value: owners.get(value) for value in expected} == expected


SENTENCES = [
    ("en", "Gucci opened a store on Tmall in May.\nThe store now has 540,000 followers.", 540_000),
    ("it", "Gucci ha aperto un negozio su Tmall a maggio.\nOltre 86.000 commenti su Bilibili.", 86_000),
]


@pytest.mark.parametrize(("lang", "text", "value"), SENTENCES)
def test_a_short_sentence_is_no_labelled_list_line(extract_text, lang, text, value) -> None:
    """Its opening words are no owner: the figure keeps the owner the paragraph names."""
    assert _owners(extract_text, lang, text).get(value) == "Gucci"


GENITIVES = [
    ("fr", "Prada revendique 2 millions d'abonnés sur Weibo, loin des 5 millions de Gucci.", 5_000_000, "Gucci"),
    ("pt", "A Prada tem 2 milhões de seguidores no Weibo, contra 5 milhões da rival Gucci.", 5_000_000, "Gucci"),
    ("it", "Prada conta 2 milioni di follower su Weibo, contro i 5 milioni di follower di Gucci.", 5_000_000,
     "Gucci"),
    ("en", "The platform counts 200 million monthly active users, far behind the 600 million of Douyin.",
     600_000_000, "Douyin"),
]


@pytest.mark.parametrize(("lang", "text", "value", "owner"), GENITIVES)
def test_a_name_linked_by_a_genitive_after_the_figure_owns_it(extract_text, lang, text, value, owner) -> None:
    assert _owners(extract_text, lang, text).get(value) == owner


UNNAMED = [
    ("pt", "A americana Brennick, principal rival no segmento, tem 4,5 milhões de seguidores no Tmall.",
     4_500_000, "Brennick"),
    ("pt", "A Vastorella teve receita líquida de R$ 4,1 bilhões em 2023.", 4_100_000_000, "Vastorella"),
    ("fr", "Gucci compte 184 000 abonnés sur Weibo, tandis que Maison Quillet, qui a ouvert une boutique "
           "à Shanghai en 2019, en affiche 97 500.", 97_500, "Maison Quillet"),
    ("it", "Gucci ha 3 milioni di follower su Weibo; Ardenza 1,6 milioni.", 1_600_000, "Ardenza"),
]


@pytest.mark.parametrize(("lang", "text", "value", "owner"), UNNAMED)
def test_a_capitalised_name_no_lexicon_knows_opening_the_figures_clause_owns_it(
        extract_text, lang, text, value, owner) -> None:
    assert _owners(extract_text, lang, text).get(value) == owner


LINKED = [
    # A connector of the language's names goes on with the run, a place after it too.
    ("pt", "O Instituto Ayrton Senna recebeu doações. O GP da China, disputado em Xangai em abril, recebeu "
           "200 mil espectadores nos três dias de evento.", 200_000, "GP da China"),
    ("it", "La Scala ha aperto un account. La Festa della Musica, organizzata a Milano, ha raccolto 300mila "
           "spettatori su Douyin.", 300_000, "Festa della Musica"),
    ("es", "El Prado abrió una cuenta. La Feria del Libro Valdoria, celebrada en Madrid, reunió 90.000 "
           "visitantes en junio.", 90_000, "Feria del Libro Valdoria"),
    ("fr", "Le Louvre a ouvert un compte. La Nuit des Musées, organisée en mai, a attiré 80 000 visiteurs "
           "cette année.", 80_000, "Nuit des Musées"),
    ("en", "The V&A opened an account. The Festival of Valdoria, held in June, drew 70,000 visitors.",
     70_000, "Festival of Valdoria"),
]


SINGLE_BEFORE_ASIDE = [
    # A single word opening the sentence is a name when an aside follows it right before the figure's verb
    # (every first word is capitalised, so a word alone before the verb is not read as one).
    ("en", "Twinings sold 20 million yuan on Meituan. Valdora, the market leader among tea brands, sold about "
           "210 million yuan through the same channel.", 210_000_000, "Valdora"),
    ("it", "La Biennale ha raccolto 2 milioni di letture su Weibo. Valdora, che collabora con Weibo dal 2019, "
           "aveva chiuso a maggio con 1,6 miliardi di letture.", 1_600_000_000, "Valdora"),
    ("fr", "Le Louvre a ouvert un compte sur Weibo. Valdora, le leader du marché, a vendu environ 210 millions "
           "de yuans sur la même plateforme.", 210_000_000, "Valdora"),
    ("es", "El Prado abrió una cuenta en Weibo. Valdora, el líder del mercado, vendió unos 210 millones de "
           "yuanes en la misma plataforma.", 210_000_000, "Valdora"),
    ("pt", "O Masp abriu uma conta no Weibo. Valdora, a líder do mercado, vendeu cerca de 210 milhões de "
           "yuans na mesma plataforma.", 210_000_000, "Valdora"),
]


@pytest.mark.parametrize(("lang", "text", "value", "owner"), SINGLE_BEFORE_ASIDE)
def test_a_single_word_opening_the_sentence_before_an_aside_owns_the_figure(extract_text, lang, text, value,
                                                                            owner) -> None:
    assert _owners(extract_text, lang, text).get(value) == owner


@pytest.mark.parametrize(("lang", "text", "value", "owner"), LINKED)
def test_a_connector_inside_an_unknown_name_goes_on_with_it(extract_text, lang, text, value, owner) -> None:
    assert _owners(extract_text, lang, text).get(value) == owner


HELD = [
    # The name in the genitive after a noun of what an owner holds (an account, a profile, a store)
    # owns the figure the account carries, though no lexicon knows it.
    ("pt", "A Natura chega à China com a Tmall. A conta da Natura no Douyin tem 300 mil seguidores.", 300_000,
     "Natura"),
    ("pt", "O Flamengo fechou acordo com a Kuaishou. O perfil do Flamengo no Kwai tem 5 milhões de seguidores.",
     5_000_000, "Flamengo"),
    ("es", "La tienda oficial de Valdoria en Tmall suma 300.000 seguidores.", 300_000, "Valdoria"),
    ("fr", "Le compte Weibo de Valdoria compte 200 000 abonnés.", 200_000, "Valdoria"),
    ("it", "Il canale di Valdoria su Douyin conta 400.000 follower.", 400_000, "Valdoria"),
    ("it", "L'account ufficiale di Valdoria su Weibo conta 400.000 follower.", 400_000, "Valdoria"),
    ("en", "The official account of Valdoria on Weibo has 200,000 followers.", 200_000, "Valdoria"),
]


@pytest.mark.parametrize(("lang", "text", "value", "owner"), HELD)
def test_the_holder_in_the_genitive_of_an_account_owns_its_figure(extract_text, lang, text, value, owner) -> None:
    assert _owners(extract_text, lang, text).get(value) == owner


NOT_NAMES = [
    # German capitalises its nouns: "Shop" is no name.
    ("de", "Der offizielle Shop hat 2,3 Millionen Follower auf Tmall.", 2_300_000, "Shop"),
    # After a genitive the capitalised word is another's attribute ("the giant of Valdoria").
    ("es", "El gigante de Valdoria cerró el trimestre con 593 millones de usuarios activos mensuales.",
     593_000_000, "Valdoria"),
    # A single capitalised word opening a sentence may be any word.
    ("pt", "Brennick tem 4,5 milhões de seguidores no Tmall.", 4_500_000, "Brennick"),
]


@pytest.mark.parametrize(("lang", "text", "value", "word"), NOT_NAMES)
def test_a_capital_that_marks_no_name_is_no_owner(extract_text, lang, text, value, word) -> None:
    assert _owners(extract_text, lang, text).get(value) != word


RELATIVES = [
    ("pt", "A cantora mais conhecida do selo é MC Lunara, que tem 1,8 milhão de fãs no Douyin.",
     1_800_000, "MC Lunara"),
    ("es", "El mayor éxito es «Corazón», de la banda mexicana Río Verdal, que acumula 48 millones de "
           "reproducciones en Kugou.", 48_000_000, "Río Verdal"),
    ("en", "The live stream was hosted by Gucci, which has 6.8 million followers on Douyin.", 6_800_000, "Gucci"),
    ("fr", "La vente a été animée par Prada (普拉达), qui compte 2,1 millions d'abonnés sur Weibo.",
     2_100_000, "Prada"),
    # An apposition between commas before the pronoun ("de 19 anos"); the sentence opens with another capital.
    ("pt", "Entre os artistas do selo, a mais conhecida é MC Lunara, de 19 anos, que tem 1,8 milhão de fãs "
           "no Douyin.", 1_800_000, "MC Lunara"),
    ("es", "Entre sus artistas, la más escuchada es Río Verdal, con sede en Monterrey, que acumula 48 millones "
           "de reproducciones en Kugou.", 48_000_000, "Río Verdal"),
    ("en", "Among its artists, the best known is MC Lunara, aged 19, who has 1.8 million fans on Douyin.",
     1_800_000, "MC Lunara"),
    # An apposition whose noun's genitive complement is a name: the relative clause is about the
    # apposition's noun, which is the name before it, not the complement's name.
    ("fr", "Les billets sont vendus sur Fliggy, la plateforme de voyages d'Alibaba, qui revendique 46 millions "
           "d'utilisateurs actifs mensuels.", 46_000_000, "Fliggy"),
    ("en", "The tickets are sold on Fliggy, the travel platform of Alibaba, which has 46 million monthly active "
           "users.", 46_000_000, "Fliggy"),
    ("it", "I biglietti sono venduti su Fliggy, la piattaforma di viaggi di Alibaba, che conta 46 milioni di "
           "utenti attivi mensili.", 46_000_000, "Fliggy"),
    ("es", "Los billetes se venden en Fliggy, la plataforma de viajes de Alibaba, que suma 46 millones de "
           "usuarios activos mensuales.", 46_000_000, "Fliggy"),
    ("pt", "Os bilhetes são vendidos no Fliggy, a plataforma de viagens do Alibaba, que tem 46 milhões de "
           "usuários ativos mensais.", 46_000_000, "Fliggy"),
    ("it", "La sfilata è stata trasmessa da Gucci, il marchio di punta di Kering, che ha 6,8 milioni di follower "
           "su Weibo.", 6_800_000, "Gucci"),
    ("en", "The show was streamed by Gucci, the flagship brand of Kering, which has 6.8 million followers on "
           "Weibo.", 6_800_000, "Gucci"),
    # ... and one whose participle's agent is a name: the apposition is about the name before it.
    ("pt", "A chegada ameaça o domínio do iFood, controlado pela holandesa Prosus, que processou 120 milhões de "
           "pedidos por mês no ano passado.", 120_000_000, "iFood"),
    ("en", "The launch threatens iFood, controlled by Prosus, which processed 120 million orders a month last "
           "year.", 120_000_000, "iFood"),
    ("it", "Il lancio minaccia iFood, controllata dalla holding Prosus, che ha gestito 120 milioni di ordini al "
           "mese.", 120_000_000, "iFood"),
    ("fr", "Le lancement menace iFood, contrôlé par le néerlandais Prosus, qui a traité 120 millions de "
           "commandes par mois.", 120_000_000, "iFood"),
    ("es", "La llegada amenaza a iFood, controlada por la holandesa Prosus, que procesó 120 millones de pedidos "
           "al mes.", 120_000_000, "iFood"),
    ("de", "Der Start bedroht iFood, kontrolliert durch die niederländische Prosus, die 120 Millionen "
           "Bestellungen im Monat abwickelte.", 120_000_000, "iFood"),
]


@pytest.mark.parametrize(("lang", "text", "value", "owner"), RELATIVES)
def test_the_antecedent_of_a_relative_clause_holding_the_figure_owns_it(extract_text, lang, text, value,
                                                                        owner) -> None:
    assert _owners(extract_text, lang, text).get(value) == owner


SPOKEN_ABOUT = [
    # A speech verb elsewhere in the sentence ("the company said") does not make the person a layout
    # binds to the figure (here a relative clause) a mere speaker: the person owns the audience.
    ("en", "The company said the session was hosted by the parenting influencer Lulu Mama, who has 6.8 million "
           "followers on Douyin.", 6_800_000),
    ("fr", "La société a indiqué que la vente était animée par l'influenceuse Lulu Mama, qui compte 2,1 millions "
           "d'abonnés sur Weibo.", 2_100_000),
    ("it", "L'azienda ha detto che la diretta è stata condotta dall'influencer Lulu Mama, che ha 2,1 milioni di "
           "follower su Weibo.", 2_100_000),
    ("es", "La empresa dijo que la sesión fue presentada por la influencer Lulu Mama, que tiene 2,1 millones de "
           "seguidores en Weibo.", 2_100_000),
    ("pt", "A empresa disse que a live foi apresentada pela influenciadora Lulu Mama, que tem 2,1 milhões de "
           "seguidores no Weibo.", 2_100_000),
]


@pytest.mark.parametrize(("lang", "text", "value"), SPOKEN_ABOUT)
def test_a_person_bound_to_the_figure_owns_it_in_a_reported_sentence(extract_text, lang, text, value) -> None:
    assert _owners(extract_text, lang, text).get(value) == "Lulu Mama"


OUTLET_NAMED = [
    # A name no lexicon knows after a newspaper's noun is the outlet that reports the figure, not its
    # owner ("le quotidien économique X l'estime à ...").
    ("pt", "O Sporting assinou com o Douyin. As partes não revelaram o valor, mas o jornal económico Mercadoluso "
           "calcula-o em cerca de 2 milhões de euros por ano.", "Mercadoluso"),
    ("fr", "L'OGC Nice a signé avec Douyin. Les parties n'ont pas dévoilé le montant, mais le quotidien économique "
           "Marchéclair l'estime à environ 2 millions d'euros par an.", "Marchéclair"),
    ("es", "El Valencia CF firmó con Douyin. Ninguna de las partes reveló el importe, aunque el diario económico "
           "Pulsomercado lo cifra en unos 2 millones de euros anuales.", "Pulsomercado"),
    ("it", "Il Torino ha firmato con Douyin. Le parti non hanno rivelato la cifra, ma il quotidiano economico "
           "Borsavera la stima in circa 2 milioni di euro l'anno.", "Borsavera"),
]


@pytest.mark.parametrize(("lang", "text", "outlet"), OUTLET_NAMED)
def test_an_unknown_name_after_a_newspaper_noun_is_a_source_not_an_owner(extract_text, lang, text, outlet) -> None:
    facts = extract_text(lang, text, "2024-01-01").facts
    assert all(f.subject != outlet for f in facts if isinstance(f, Metric))
