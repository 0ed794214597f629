"""Parties a partnership sentence refers to without naming them: a subject pronoun after an aside,
"the app" a store opened on, "the brand" whose store it is."""

from __future__ import annotations

import pytest

from crossreach.models import Partnership


def _parties(extract_text, lang: str, text: str) -> list[set[str]]:
    return [set(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)]


#: A first paragraph about another brand, so that what the document is about is not the party meant.
_GUCCI = {
    "en": "Gucci says Chinese shoppers are back. Gucci sales rose 8%.\n\n",
    "it": "Gucci registra il ritorno dei clienti cinesi. Le vendite di Gucci sono salite.\n\n",
    "fr": "Gucci voit revenir les clients chinois. Les ventes de Gucci progressent.\n\n",
    "de": "Gucci meldet die Rückkehr chinesischer Kunden. Der Umsatz von Gucci stieg.\n\n",
    "es": "Gucci ve volver a los clientes chinos. Las ventas de Gucci subieron.\n\n",
    "pt": "A Gucci vê o regresso dos clientes chineses. As vendas da Gucci subiram.\n\n",
    "zh": "古驰表示中国顾客回来了。古驰销售额增长8%。\n\n",
}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A subject pronoun opening the cue's clause after an aside: the subject the sentence before opened with.
    ("en", "Prada has been building a portfolio of brands. Besides Gucci, it holds a stake in Versace.",
     {"Prada", "Versace"}),
    ("fr", "Prada multiplie les acquisitions. Outre Gucci, il détient une participation dans Versace.",
     {"Prada", "Versace"}),
    # "The app" a store opened on: the platform the document names most among those named just before.
    ("pt", "A Havaianas abriu sua loja oficial no Douyin, a versão chinesa do TikTok, e no Tmall. O Douyin cresce."
           "\n\nTambém na terça-feira, a Dior estreou sua loja oficial no aplicativo.", {"Dior", "Douyin"}),
    ("en", "Nivea opened a flagship store on Douyin, the Chinese TikTok.\n\nDouyin and Tmall compete.\n\n"
           "Dior also opened an official store on the app.", {"Dior", "Douyin"}),
    # A store an anaphor beside its cue gives to the brand: what the document is about.
    ("de", "Adidas setzt in China auf Social Commerce.\n\nDer Flagship-Store der Marke auf Tmall, den Adidas 2020 "
           "eröffnet hatte, zählt 1,3 Mio. Follower.", {"Adidas", "Tmall"}),
    ("en", "Burberry is betting on China.\n\nThe brand's flagship store on Tmall, which opened in 2020, has 1.3 "
           "million followers.", {"Burberry", "Tmall"}),
    ("fr", "Dior mise sur la Chine.\n\nLa boutique officielle de la maison sur Tmall compte 1,3 million d'abonnés.",
     {"Dior", "Tmall"}),
    ("it", "Prada punta sulla Cina.\n\nIl negozio ufficiale del marchio su Tmall ha 1,3 milioni di follower.",
     {"Prada", "Tmall"}),
    # A cue sentence naming no party but one unread name after the cue: a deal of it and the subject.
    ("en", "Formula E returns to Shanghai. Formula E drew 3.4 million viewers.\n\nThe Shanghai race is part of a "
           "multi-year hosting deal with Juss Event, the promoter.", {"Formula E", "Juss Event"}),
    # A cue sentence naming one platform only, after a sentence naming one brand or institution and an
    # unnamed platform: that brand (not what the document is about); the words of a date are no unread name.
    ("en", _GUCCI["en"] + "The Louvre is teaming up with China's largest travel platform. On Tuesday, officials in "
           "Paris signed a letter of intent with Trip.com Group.", {"Louvre", "Ctrip"}),
    ("it", _GUCCI["it"] + "Il Teatro alla Scala si allea con la più grande piattaforma di viaggi cinese. Martedì a "
           "Milano è stato firmato un accordo con Trip.com Group.", {"Teatro alla Scala", "Ctrip"}),
    ("fr", _GUCCI["fr"] + "Le Château de Versailles s'associe à la première plateforme de voyage chinoise. Mardi, "
           "un protocole d'accord a été signé à Paris avec Trip.com Group.", {"Château de Versailles", "Ctrip"}),
    ("de", _GUCCI["de"] + "Der FC Bayern München spannt mit der größten chinesischen Videoplattform zusammen. Am "
           "Montag unterzeichnete die Marketingabteilung einen Vertrag mit Bilibili.", {"Bayern Munich", "Bilibili"}),
    ("es", _GUCCI["es"] + "El Museo del Prado se une a la mayor plataforma de vídeo de China. El martes, sus "
           "responsables firmaron un acuerdo con Bilibili.", {"Museo del Prado", "Bilibili"}),
    ("pt", _GUCCI["pt"] + "O Benfica aproxima-se da maior plataforma de vídeo da China. Na terça-feira, os "
           "responsáveis assinaram um acordo com a Bilibili.", {"SL Benfica", "Bilibili"}),
    ("zh", _GUCCI["zh"] + "卢浮宫牵手中国最大的旅游平台。周二，双方代表与携程集团签署了合作备忘录。",
     {"Louvre", "Ctrip"}),
])
def test_a_party_referred_to_in_another_sentence(extract_text, lang, text, expected) -> None:
    assert expected in _parties(extract_text, lang, text)


@pytest.mark.parametrize(("lang", "text", "unexpected"), [
    # A pronoun after a clause that names the subject itself: no reference back.
    ("en", "Prada is growing. Gucci, after years of talks, it holds a stake in Versace.", {"Prada", "Versace"}),
    # A platform word followed by a name the recogniser did not read: that name, not a platform before.
    ("en", "Nivea opened a flagship store on Douyin.\n\nDior opened an official store on the platform Zorbo.",
     {"Dior", "Douyin"}),
    # Only a store cue reads "the app" back; "present on the app" says less.
    ("en", "Nivea opened a flagship store on Douyin, the Chinese TikTok.\n\nDouyin and Tmall compete.\n\n"
           "Dior is also present on the app.", {"Dior", "Douyin"}),
    # A store no anaphor gives to anyone: not the document's subject's.
    ("en", "Burberry is betting on China.\n\nA flagship store on Tmall opened in 2020 and has 1.3 million followers.",
     {"Burberry", "Tmall"}),
    # An unread name before the cue is no object of it; one right after a figure is the figure's unit.
    ("en", "Formula E returns to Shanghai. Formula E drew 3.4 million viewers.\n\nSingapore's Marina Bay "
           "deal extended to 2028", {"Formula E", "Marina Bay"}),
    # The sentence before names a platform (even as a source) or no unnamed one: no reference back to its brand.
    ("en", _GUCCI["en"] + "The Louvre had 8.7 million visitors last year. On Tuesday, officials in Paris signed a "
           "letter of intent with Trip.com Group.", {"Louvre", "Ctrip"}),
    ("en", _GUCCI["en"] + "The Louvre left Douyin for another platform. On Tuesday, officials in Paris signed a "
           "letter of intent with Trip.com Group.", {"Louvre", "Ctrip"}),
    ("fr", _GUCCI["fr"] + "Le Château de Versailles, selon la plateforme Weibo, attire les jeunes. Mardi, un "
           "protocole d'accord a été signé à Paris avec Trip.com Group.", {"Château de Versailles", "Ctrip"}),
])
def test_no_reference_back_where_the_sentence_says_otherwise(extract_text, lang, text, unexpected) -> None:
    assert unexpected not in _parties(extract_text, lang, text)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A cue's clause naming its other party by a description of a company: the company of the other side
    # named last before the sentence, as object or as subject of the cue.
    ("en", "Alibaba reported strong results this week. The British Museum announced a partnership with the "
           "Chinese e-commerce giant on Tuesday.", {"British Museum", "Alibaba"}),
    ("en", "The British Museum opened a new wing. Alibaba reported results. The Hangzhou-based group signed a "
           "partnership with the British Museum in May.", {"British Museum", "Alibaba"}),
    ("it", "Alibaba ha presentato i risultati. Il Teatro alla Scala ha firmato un accordo con il colosso di "
           "Hangzhou.", {"Teatro alla Scala", "Alibaba"}),
    ("fr", "Le Louvre a ouvert une aile. Alibaba a publié ses résultats. Le géant chinois du e-commerce a signé "
           "un partenariat avec le Louvre.", {"Louvre", "Alibaba"}),
    ("es", "Alibaba anunció sus resultados. El Museo del Prado firmó un acuerdo con el gigante chino del comercio "
           "electrónico.", {"Museo del Prado", "Alibaba"}),
    ("de", "Alibaba meldete Zahlen. Das Museum Ludwig kooperiert mit dem chinesischen Internetriesen.",
     {"Museum Ludwig", "Alibaba"}),
    ("pt", "O Museu do Louvre abriu uma ala. A Alibaba divulgou os resultados. A gigante chinesa do comércio "
           "eletrônico assinou uma parceria com o Museu do Louvre.", {"Louvre", "Alibaba"}),
    ("zh", "阿里巴巴发布了财报。大英博物馆与这家杭州巨头签署了合作协议。", {"British Museum", "Alibaba"}),
    # A sentence naming neither party: the anaphor's and the company described.
    ("en", "Gucci is expanding in China. Alibaba reported strong results. The brand has signed a partnership "
           "with the Hangzhou-based e-commerce giant.", {"Gucci", "Alibaba"}),
    ("fr", "Le Louvre a ouvert une aile. Alibaba a publié ses résultats. Le musée a signé un partenariat avec le "
           "géant chinois du e-commerce.", {"Louvre", "Alibaba"}),
])
def test_a_party_named_by_a_description(extract_text, lang, text, expected) -> None:
    assert expected in _parties(extract_text, lang, text)


@pytest.mark.parametrize(("lang", "text", "unexpected"), [
    # An indefinite description names no one said before.
    ("en", "Alibaba reported results. The British Museum signed a deal with a Japanese record company.",
     {"British Museum", "Alibaba"}),
    ("zh", "腾讯音乐发布财报。KKBOX携手日本唱片公司扩大亚洲曲库。", {"KKBOX", "Tencent Music Entertainment"}),
    # A description followed by a name names that one.
    ("en", "Alibaba reported results. The British Museum signed a deal with the group Zorbo Holdings.",
     {"British Museum", "Alibaba"}),
])
def test_no_description_resolved_where_it_names_no_one_before(extract_text, lang, text, unexpected) -> None:
    assert unexpected not in _parties(extract_text, lang, text)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # The one name of a cue sentence, read by its apposition after the cue: the partner of the document's subject.
    ("en", "Formula E returns to Shanghai. Formula E has raced in China since 2014.\n\n"
           "The race is part of a hosting deal with Juss Event, the promoter that also stages the Grand Prix, "
           "which is worth US$10 million.", {"Formula E", "Juss Event"}),
    ("es", "La Liga vuelve a China. La Liga juega en China desde 2019.\n\n"
           "El torneo firmó un acuerdo con Mediapro, la productora audiovisual, para los derechos.",
     {"LaLiga", "Mediapro"}),
])
def test_a_name_its_apposition_reads_pairs_with_the_subject(extract_text, lang, text, expected) -> None:
    assert expected in _parties(extract_text, lang, text)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # An owner noun of a kind as the cue's subject: the entity of that kind named before, not the
    # federation the document is about.
    ("fr", "La Fédération française de tennis a signé avec Douyin pour Roland-Garros. La FFT est satisfaite."
           "\n\nPar ailleurs, le tournoi a reconduit son partenariat avec Kuaishou.", {"Roland-Garros", "Kuaishou"}),
    ("en", "The Fédération Française de Tennis signed with Douyin for Roland-Garros. The FFT is pleased."
           "\n\nMeanwhile, the tournament renewed its partnership with Kuaishou.", {"Roland-Garros", "Kuaishou"}),
])
def test_an_owner_noun_of_a_kind_names_the_entity_of_that_kind(extract_text, lang: str, text: str,
                                                               expected: set[str]) -> None:
    assert expected in _parties(extract_text, lang, text)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # The platforms' deals are those of the entity an anaphor of a kind right after the cue names (the
    # tournament named before), not of what the document is about (its federation).
    ("fr", "La Fédération française de tennis signe avec Douyin. Roland-Garros sera diffusé en Chine. Jusqu'en "
           "2023, les droits numériques du tournoi appartenaient à Kuaishou, le concurrent de Douyin.",
     {"Roland-Garros", "Kuaishou"}),
    ("it", "La Lega Serie A firma con Migu. La Juventus vince. Fino al 2020 i diritti del campionato erano di PPTV, "
           "la piattaforma di Suning.", {"Serie A", "PPTV"}),
])
def test_an_anaphor_of_a_kind_after_the_cue_owns_the_deal(extract_text, lang, text, expected) -> None:
    found = [set(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)]
    assert expected in found


@pytest.mark.parametrize(("lang", "text", "expected", "unexpected"), [
    # An anaphor of a kind right before the cue ("del campionato sono trasmesse ... da") owns the platforms' deals.
    ("it", "L'Inter vola su Weibo. La Lega Serie A vende i diritti all'estero. Le partite del campionato sono "
           "trasmesse in Cina da Migu, che ne detiene i diritti fino al 2024.", {"Serie A", "Migu"},
     {"Inter Milan", "Migu"}),
])
def test_an_anaphor_of_a_kind_before_the_cue_owns_the_deal(extract_text, lang, text, expected, unexpected) -> None:
    found = [set(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)]
    assert expected in found and unexpected not in found


#: An anaphor that is the subject of a cue's clause after an opening phrase that holds a cue of its own: what
#: the document is about. (Chinese writes no such phrase before an anaphor the recogniser reads as one.)
ANAPHOR_AFTER_OPENING: list[tuple[str, str]] = [
    ("en", "The Louvre opened an account on Douyin. In a separate agreement, the museum has signed a "
           "memorandum with the British Museum."),
    ("it", "Il Louvre ha aperto un account su Douyin. Con un accordo separato, il museo ha firmato un "
           "memorandum con il British Museum."),
    ("fr", "Le Louvre a ouvert un compte sur Douyin. Dans un accord distinct, le musée a signé un protocole "
           "d'accord avec le British Museum."),
    ("de", "Der Louvre hat ein Konto auf Douyin eröffnet. In einer separaten Vereinbarung hat das Museum "
           "eine Absichtserklärung mit dem British Museum unterzeichnet."),
    ("es", "El Louvre abrió una cuenta en Douyin. En un acuerdo aparte, el museo firmó un memorando con el "
           "British Museum."),
    ("pt", "O Louvre abriu uma conta no Douyin. Num acordo separado, o museu assinou um memorando com o "
           "British Museum."),
]


@pytest.mark.parametrize(("lang", "text"), ANAPHOR_AFTER_OPENING)
def test_anaphor_after_opening(extract_text, lang: str, text: str) -> None:
    parties = [set(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)]
    assert parties == [{"Louvre", "British Museum"}]
