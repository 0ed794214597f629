"""Presence cues: a list of brands joining a store or pavilion the sentence before put on a platform."""

from __future__ import annotations

import pytest

from crossreach.models import Partnership


def _parties(extract_text, lang: str, text: str) -> list[set[str]]:
    return sorted((set(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)),
                  key=sorted)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("pt", "A AICEP inaugurou em novembro um pavilhão de Portugal no JD.com. Juntaram-se ao pavilhão, logo na "
           "abertura, a Sogrape, a Natura, a Granado e a Renova.",
     [{"AICEP", "JD.com"}, {"Granado", "JD.com"}, {"JD.com", "Natura"}, {"JD.com", "Renova"},
      {"JD.com", "Sogrape"}]),
    ("fr", "Tmall Global a ouvert un pavillon français. Ont rejoint le pavillon dès son ouverture L'Occitane, "
           "Clarins, Sisley et Caudalie.",
     [{"Caudalie", "Tmall Global"}, {"Clarins", "Tmall Global"}, {"L'Occitane", "Tmall Global"},
      {"Sisley", "Tmall Global"}]),
    ("es", "JD.com abrió un pabellón español en marzo. Se sumaron al pabellón, desde el primer día, Loewe, "
           "Mango y Desigual.", [{"Desigual", "JD.com"}, {"JD.com", "Loewe"}, {"JD.com", "Mango"}]),
    ("de", "JD.com eröffnete im März einen deutschen Pavillon. Dem Pavillon schlossen sich zum Start Haribo, "
           "Nivea und Adidas an.", [{"Adidas", "JD.com"}, {"Haribo", "JD.com"}, {"JD.com", "Nivea"}]),
    ("it", "Tmall ha aperto un padiglione italiano. Al padiglione si sono unite, fin dall'apertura, Barilla, "
           "Lavazza e Ferrero.", [{"Barilla", "Tmall"}, {"Ferrero", "Tmall"}, {"Lavazza", "Tmall"}]),
    # A headline's gerund: the brands listed before it join the platform the headline names.
    ("en", "Pinduoduo courts European dairy: Lurpak, Lavazza and Barilla among brands joining platform",
     [{"Barilla", "Pinduoduo"}, {"Lavazza", "Pinduoduo"}, {"Lurpak", "Pinduoduo"}]),
    ("en", "Gucci launching on Tmall as luxury sales slow", [{"Gucci", "Tmall"}]),
    # The platform its owner names with a possessive ("Alibaba's Tmall") is where the brand sells; "the
    # cooperative" points back to the brand the sentence before opened with.
    ("en", "Arla bets on China\nArla's sales rose last year. The cooperative has been selling on Alibaba's Tmall "
           "since 2016.", [{"Arla Foods", "Tmall"}]),
    # A presence verb whose object is a name that is no platform ("rejoint le Tour"): what the brand joins,
    # not the platform of the paragraph.
    ("fr", "Le Tour de France sur Douyin\nLe Tour de France a signé avec Douyin. Le constructeur Yadea, qui rejoint "
           "le Tour comme partenaire, financera des contenus.", [{"Douyin", "Tour de France"}]),
    ("en", "The Tour de France on Douyin\nThe Tour de France signed with Douyin. Yadea, which joins the Tour as a "
           "sponsor, will fund videos.", [{"Douyin", "Tour de France"}, {"Tour de France", "Yadea"}]),
    # The owner a descriptor names in the genitive ("marchio del gruppo X") is no brand of the list.
    ("it", "Il concorrente più vicino è Cirio, marchio del gruppo Conserve Italia, presente su Tmall Global dal 2020.",
     [{"Cirio", "Tmall Global"}]),
    # The presence cue's own clause names its subject: not the first name of the sentence's other clause.
    ("de", "Die RWTH Aachen betreibt seit 2022 einen Kanal mit 41.000 Abonnenten, die Universität Heidelberg ist "
           "auf Weibo aktiv.", [{"Universität Heidelberg", "Weibo"}]),
    # "still not" denies the store of its clause.
    ("zh", "卡地亚早已入驻天猫，劳力士则仍未在任何中国电商平台开设官方店。", [{"Cartier", "Tmall"}]),
    # Rivals' stores the sentence only compares: no platform's group of brands joined.
    ("en", "Douyin grew fast in 2024. The stores on the platform that sold most were those of rivals such as "
           "Nike, Adidas and Puma.", []),
])
def test_listed_brands_join_a_store(extract_text, lang: str, text: str, expected: list[set[str]]) -> None:
    assert _parties(extract_text, lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("it", "Gli Uffizi sono su Weibo dal 2019, mentre Visit Flanders ha aperto lo scorso anno un negozio su Fliggy.",
     [{"Fliggy", "Visit Flanders"}]),
    ("en", "The Uffizi has been on Weibo since 2019, while Visit Flanders opened a store on Fliggy last year.",
     [{"Fliggy", "Visit Flanders"}, {"Uffizi Galleries", "Weibo"}]),
    ("fr", "Les Offices sont sur Weibo depuis 2019, tandis que Visit Flanders a ouvert une boutique sur Fliggy.",
     [{"Fliggy", "Visit Flanders"}]),
    ("es", "Los Uffizi están en Weibo desde 2019, mientras que Visit Flanders abrió una tienda en Fliggy.",
     [{"Fliggy", "Visit Flanders"}, {"Uffizi Galleries", "Weibo"}]),
    ("pt", "Os Uffizi estão no Weibo desde 2019, enquanto Visit Flanders abriu uma loja no Fliggy.",
     [{"Fliggy", "Visit Flanders"}, {"Uffizi Galleries", "Weibo"}]),
])
def test_unread_subject_of_a_contrast_part(extract_text, lang: str, text: str, expected: list[set[str]]) -> None:
    """The name the recogniser did not read, right after the contrast word, has the store, not the document's
    subject."""
    assert _parties(extract_text, lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # Several brands entering a platform together: a plural presence cue pairs each with it.
    ("pt", "A Delta Cafés e a Castelbel entram no Tmall Global em junho.",
     [{"Delta Cafés", "Tmall Global"}, {"Castelbel", "Tmall Global"}]),
    ("pt", "A Delta Cafés e a Castelbel entram juntas na JD.com em junho.",
     [{"Delta Cafés", "JD.com"}, {"Castelbel", "JD.com"}]),
    ("it", "Kartell e Alessi sbarcano su Tmall a giugno.", [{"Kartell", "Tmall"}, {"Alessi", "Tmall"}]),
    ("fr", "Sézane et Maje débarquent sur Tmall en juin.", [{"Sézane", "Tmall"}, {"Maje", "Tmall"}]),
])
def test_a_plural_presence_cue_pairs_each_brand(extract_text, lang: str, text: str,
                                                expected: list[set[str]]) -> None:
    found = [set(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)]
    assert sorted(found, key=sorted) == sorted(expected, key=sorted)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A brand or institution that broadcasts on a platform (a finite verb: not "live on", nor "a match
    # broadcast on Douyin", see test_partnerships and test_partnership_negatives) is present there; an
    # owner named in a descriptor ("marchio del gruppo LVMH") is no second party.
    ("it", "Martedì Acqua di Parma, marchio del gruppo LVMH, ha trasmesso su Taobao Live una diretta di tre ore.",
     [{"Acqua di Parma", "Taobao Live"}]),
    ("en", "Every week Burberry broadcasts on Douyin a live show.", [{"Burberry", "Douyin"}]),
    ("fr", "Le Louvre a diffusé sur Bilibili son concert de samedi.", [{"Bilibili", "Louvre"}]),
    ("es", "Loewe transmitió en Douyin su desfile del sábado.", [{"Douyin", "Loewe"}]),
    ("pt", "A Havaianas transmitiu no Douyin o seu desfile de sábado.", [{"Douyin", "Havaianas"}]),
    ("de", "Adidas überträgt auf Douyin seine Modenschau.", [{"Adidas", "Douyin"}]),
])
def test_broadcasting_on_a_platform_is_a_presence(extract_text, lang: str, text: str,
                                                  expected: list[set[str]]) -> None:
    assert _parties(extract_text, lang, text) == expected


@pytest.mark.parametrize(("lang", "text"), [
    # A presence cue that opens an account, not a store, puts no one on the platform as its partner.
    ("zh", "拜仁此前已在微博、抖音和哔哩哔哩开设官方账号，其中微博粉丝数约760万。"),
    ("zh", "巴黎圣日耳曼还在微博开设官方账号，粉丝数达800万。"),
])
def test_an_account_opened_is_no_store(extract_text, lang: str, text: str) -> None:
    assert [f for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)] == []


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("zh", "拜仁此前已在天猫开设旗舰店。", {"Bayern Munich", "Tmall"}),
])
def test_a_store_opened_is_still_a_store(extract_text, lang: str, text: str, expected: set[str]) -> None:
    found = [set(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)]
    assert found == [expected]
