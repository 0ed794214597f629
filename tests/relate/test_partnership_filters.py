"""Partnership filters: a deal only planned, rumoured, denied or negotiated is no partnership."""

from __future__ import annotations

import pytest

from crossreach.lexicon import is_spaced, load_language
from crossreach.models import Partnership, Sentence
from crossreach.relate.partnership_cues import partnership_cues
from crossreach.relate.partnership_filters import affirmed, affirmed_each


def _parties(extract_text, lang: str, text: str) -> list[set[str]]:
    return [set(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Gucci could sign a partnership with Tencent next year."),
    ("en", "Gucci is reportedly considering a partnership with Tencent."),
    ("en", "Gucci denied reports that it had signed a partnership with Tencent."),
    ("it", "Si dice che Gucci stia negoziando un accordo con Tencent."),
    ("it", "Gucci potrebbe firmare un accordo con Tencent il prossimo anno."),
    ("it", "Secondo indiscrezioni, Gucci avrebbe firmato un accordo con Tencent."),
    ("en", "Gucci is said to have signed a partnership with Tencent."),
    ("fr", "Gucci envisage un partenariat avec Tencent."),
    ("fr", "Gucci pourrait signer un partenariat avec Tencent l'an prochain."),
    ("de", "Gucci verhandelt mit Tencent über eine mögliche Partnerschaft."),
    ("de", "Gucci könnte im nächsten Jahr eine Partnerschaft mit Tencent eingehen."),
    ("es", "Gucci negocia una posible alianza con Tencent."),
    ("es", "Gucci podría firmar un acuerdo con Tencent el próximo año."),
    ("pt", "A Gucci estaria negociando uma parceria com a Tencent."),
    ("pt", "A Gucci pode assinar uma parceria com a Tencent no próximo ano."),
    ("zh", "据悉，Gucci正在与腾讯洽谈合作。"),
    ("zh", "Gucci或将与腾讯达成合作。"),
    ("zh", "Gucci计划与腾讯合作。"),
])
def test_a_speculated_deal_is_no_partnership(extract_text, lang: str, text: str) -> None:
    assert _parties(extract_text, lang, text) == []


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # What follows the cue may speculate about a deal the sentence states.
    ("en", "Gucci signed a partnership with Tencent that could be worth $100 million.", [{"Gucci", "Tencent"}]),
    ("fr", "Gucci a signé un partenariat avec Tencent qui pourrait durer dix ans.", [{"Gucci", "Tencent"}]),
    ("zh", "Gucci与腾讯签署了战略合作协议，有望扩大其在中国的影响力。", [{"Gucci", "Tencent"}]),
    # A speculation in another clause speaks of something else.
    ("en", "After months of talks, Gucci signed a partnership with Tencent.", [{"Gucci", "Tencent"}]),
])
def test_a_stated_deal_stays(extract_text, lang: str, text: str, expected: list[set[str]]) -> None:
    assert _parties(extract_text, lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A rival word right before a name is an epithet: it says who the name is, the clause's deal stands.
    ("en", "Its rival JD.com signed a partnership with Nike.", [{"JD.com", "Nike"}]),
    ("it", "Il rivale JD.com ha firmato un accordo con Nike.", [{"JD.com", "Nike"}]),
    ("fr", "Son concurrent JD.com a signé un partenariat avec Nike.", [{"JD.com", "Nike"}]),
    ("de", "Der Konkurrent JD.com hat eine Partnerschaft mit Nike unterzeichnet.", [{"JD.com", "Nike"}]),
    ("es", "Su rival JD.com firmó un acuerdo con Nike.", [{"JD.com", "Nike"}]),
    ("pt", "O rival JD.com assinou uma parceria com a Nike.", [{"JD.com", "Nike"}]),
    ("zh", "老对手FNATIC已于去年10月在天猫开设官方旗舰店。", [{"Fnatic", "Tmall"}]),
    # An adjective or two may stand between the rival word and its name.
    ("pt", "A concorrente americana Nike assinou uma parceria com o Tmall.", [{"Nike", "Tmall"}]),
    ("fr", "Son concurrent direct JD.com a signé un partenariat avec Nike.", [{"JD.com", "Nike"}]),
    ("es", "La competidora estadounidense Nike firmó un acuerdo con Tmall.", [{"Nike", "Tmall"}]),
    ("it", "Il concorrente tedesco Adidas ha firmato un accordo con Tmall.", [{"Adidas", "Tmall"}]),
])
def test_a_rival_epithet_does_not_deny_the_deal(extract_text, lang: str, text: str,
                                                expected: list[set[str]]) -> None:
    assert _parties(extract_text, lang, text) == expected


@pytest.mark.parametrize(("lang", "text"), [
    # A rival word that is no epithet of the name after it still denies the deal of its clause.
    ("en", "Alibaba and its rival Tencent are not partners."),
    ("en", "Kuaishou is a rival of Douyin in rural China."),
    ("en", "The Louvre has no partnership with Tencent."),  # no rival noun: no adjectives before a name
    ("pt", "A Vista Alegre compete diretamente com a JD.com."),
    ("fr", "Tmall, concurrent de JD.com, domine le marché."),
    # A rival that "has no deal" with the platform, the verb negated before the deal's noun.
    ("it", "Il Milan, che non ha un accordo con Douyin, resta il primo club su Weibo."),
    ("en", "Chelsea, which does not have a deal with Douyin, leads on Weibo."),
    ("fr", "Le PSG, qui n'a pas d'accord avec Douyin, domine sur Weibo."),
    ("es", "El Barcelona, que no tiene acuerdo con Douyin, lidera en Weibo."),
    ("pt", "O Benfica, que não tem acordo com a Douyin, lidera no Weibo."),
])
def test_a_rival_stated_is_no_partner(extract_text, lang: str, text: str) -> None:
    assert _parties(extract_text, lang, text) == []


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A pair within a three-way deal the document states is that deal, read without its subject.
    ("it", "Il progetto è nato da un'intesa a tre tra gli Uffizi, Weibo e l'ENIT. Le Gallerie sbarcano su Weibo "
           "in collaborazione con Weibo e con l'ENIT.", [{"Uffizi Galleries", "Weibo", "ENIT"}]),
    ("en", "The Louvre teamed up with Douyin and Atout France to stream a tour. Douyin and Atout France "
           "signed an agreement.", [{"Louvre", "Douyin", "Atout France"}]),
])
def test_a_pair_within_a_larger_deal_is_that_deal(extract_text, lang: str, text: str,
                                                  expected: list[set[str]]) -> None:
    assert _parties(extract_text, lang, text) == expected


def test_a_pair_outside_a_larger_deal_stays() -> None:
    from crossreach.models import Evidence
    from crossreach.relate.partnership_filters import without_parts

    def deal(*parties: str) -> Partnership:
        return Partnership(parties=parties, date=None, evidence=Evidence(0, 1, 0, 1, "x"))

    facts = [deal("A", "B", "C"), deal("B", "C"), deal("A", "D")]
    assert [f.parties for f in without_parts(facts)] == [("A", "B", "C"), ("A", "D")]


@pytest.mark.parametrize(("names", "kept"), [
    (("Natuzzi", "Natuzzi China"), False),  # a company and its own unit, named from it
    (("CCTV", "CCTV-5"), False),
    (("Natuzzi", "Tmall"), True),
    (("Tmall", "Tmall Global", "Natuzzi"), False),
    (("Nat", "Natuzzi"), True),  # a name that opens another only within a word is another name
])
def test_a_name_opening_the_others_is_one_side(names: tuple[str, ...], kept: bool) -> None:
    import re

    from crossreach.relate.partnership_filters import without_nested
    from crossreach.relate.partnership_scorer import Candidate

    sentence = Sentence(0, 1, 0, "x")
    candidate = Candidate(names, [], sentence, re.compile("x").match("x"), rule=True, kind="other")
    assert (without_nested([candidate]) == [candidate]) is kept


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A venue or event that sets where the deal was made is no party of it.
    ("en", "At the Cannes Film Festival, iQiyi acquired the streaming rights to two films.", []),
    ("fr", "Lors du Festival de Cannes, iQiyi a acquis les droits de diffusion de deux films.", []),
    ("zh", "在戛纳电影节上，爱奇艺购得两部影片的网络播映权。", []),
    ("zh", "爱奇艺在同期举行的戛纳电影节（Festival de Cannes）上购得两部影片的网络播映权。", []),
    # The parties named beside a setting stay; a platform is never a setting ("在天猫上").
    ("it", "Durante la Milano Fashion Week, Gucci ha firmato un accordo con Tmall.", [{"Gucci", "Tmall"}]),
    ("zh", "Gucci在天猫上开设了官方旗舰店。", [{"Gucci", "Tmall"}]),
])
def test_a_setting_is_no_party(extract_text, lang: str, text: str, expected: list[set[str]]) -> None:
    assert _parties(extract_text, lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A cue whose partner is an unnamed group does not pair the document's subject with its one name.
    ("zh", "Mykita入驻天猫国际\n德国眼镜品牌Mykita今天入驻天猫国际。京东国际去年宣布引入超过1000个新海外品牌，"
           "并在今年与多家欧洲食品企业签约。", [{"Mykita", "Tmall Global"}]),
    ("en", "Gucci opens a store on Tmall\nGucci opened a flagship store on Tmall on Monday. JD.com, meanwhile, "
           "signed partnerships with several European brands.", [{"Gucci", "Tmall"}]),
    ("it", "Gucci sbarca su Tmall\nGucci ha aperto un negozio ufficiale su Tmall. JD.com ha firmato accordi con "
           "diversi marchi europei.", [{"Gucci", "Tmall"}]),
    # "The brand" is the document's subject, no group.
    ("en", "Gucci opens a store on Tmall\nGucci opened a flagship store on Tmall on Monday. JD.com also signed "
           "a partnership with the brand.", [{"Gucci", "Tmall"}, {"Gucci", "JD.com"}]),
    # A group after the partner the cue names is what the deal is for, not the partner.
    ("fr", "Tissot mise sur Douyin\nTissot a ouvert une boutique sur Douyin. La marque a conclu en février un "
           "accord avec Kuaishou pour une série de directs.", [{"Douyin", "Tissot"}, {"Kuaishou", "Tissot"}]),
    ("en", "Tissot bets on Douyin\nTissot opened a store on Douyin. The brand signed a deal with Kuaishou for "
           "several livestreams.", [{"Douyin", "Tissot"}, {"Kuaishou", "Tissot"}]),
    # A group word after the partner the cue names says what the deal is for: the subject's deal stands.
    ("fr", "Tissot mise sur le direct\nTissot a battu son record. La marque a conclu un accord avec Kuaishou pour "
           "une série de directs.", [{"Tissot", "Kuaishou"}]),
    ("en", "Gucci bets on live streams\nGucci broke its record. The brand signed a deal with Kuaishou for "
           "several live shows.", [{"Gucci", "Kuaishou"}]),
])
def test_a_group_partner_is_not_the_subject(extract_text, lang: str, text: str, expected: list[set[str]]) -> None:
    assert _parties(extract_text, lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A disclaimer about the page names who paid for it, no deal of the document's subject.
    ("en", "Gucci opens a store on Tmall\nGucci opened a flagship store on Tmall on Monday.\n"
           "Sponsored content in partnership with JD.com.", [{"Gucci", "Tmall"}]),
    ("en", "Gucci opens a store on Tmall\nGucci opened a flagship store on Tmall on Monday.\n"
           "This article was produced in partnership with Alibaba Cloud.", [{"Gucci", "Tmall"}]),
    ("fr", "Dior arrive sur Tmall\nDior a ouvert une boutique officielle sur Tmall.\n"
           "Contenu sponsorisé, réalisé en partenariat avec JD.com.", [{"Dior", "Tmall"}]),
])
def test_a_disclaimer_is_no_deal(extract_text, lang: str, text: str, expected: list[set[str]]) -> None:
    assert _parties(extract_text, lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A platform the gazetteer gives an owner, named after a deal with its owner: one deal (relate.deals).
    ("en", "Gucci signed a partnership with JD.com. Gucci will open a store on JD Worldwide, the group's "
           "cross-border platform.", [{"Gucci", "JD.com"}]),
    ("zh", "Gucci与京东签署战略合作协议。Gucci将入驻京东旗下的京东国际。", [{"Gucci", "JD.com"}]),
    # Two sentences, each naming its parties, no word making them one: two deals, though JD owns JD Worldwide.
    ("zh", "Gucci与京东签署战略合作协议。Gucci将入驻京东国际。", [{"Gucci", "JD.com"}, {"Gucci", "JD Worldwide"}]),
])
def test_a_platform_and_its_owner_are_one_party(extract_text, lang: str, text: str,
                                                expected: list[set[str]]) -> None:
    assert _parties(extract_text, lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A name inside a quoted title, after its first words, is part of a work's name, no party.
    ("es", "ICEX y Tmall Global abrieron el pabellón «Foods & Wines from Spain» en la plataforma.",
     [{"ICEX", "Tmall Global"}]),
    # A name that opens the title is its maker's; a quotation with a comma is speech.
    ("en", "Gucci collaborated with \u201cTencent AI Simultaneous Interpreting\u201d this year.",
     [{"Gucci", "Tencent"}]),
    ("en", 'He said "we are proud" and Gucci signed a partnership with "Tmall Global" on Monday.',
     [{"Gucci", "Tmall Global"}]),
])
def test_a_name_inside_a_title_is_no_party(extract_text, lang: str, text: str, expected: list[set[str]]) -> None:
    assert _parties(extract_text, lang, text) == expected


@pytest.mark.parametrize(("lang", "text"), [
    # A deal refused, never made or not yet signed is none (the cue's clause, wherever the word stands).
    ("en", "Gucci has never worked with Tencent."),
    ("en", "Gucci refused to partner with Tencent."),
    ("it", "Gucci non ha mai collaborato con Tencent."),
    ("fr", "Gucci a refusé un partenariat avec Tencent."),
    ("de", "Gucci hat eine Partnerschaft mit Tencent abgelehnt."),
    ("es", "Gucci aún no ha firmado un acuerdo con Tencent."),
    ("pt", "A Gucci recusou uma parceria com a Tencent."),
    ("zh", "Gucci尚未与腾讯签署合作协议。"),
    ("zh", "Gucci拒绝与腾讯合作。"),
])
def test_a_refused_deal_is_no_partnership(extract_text, lang: str, text: str) -> None:
    assert _parties(extract_text, lang, text) == []


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # Terms not yet disclosed say nothing against the deal.
    ("en", "Gucci and Tencent have not yet disclosed the value of the partnership.", [{"Gucci", "Tencent"}]),
    ("zh", "Gucci与腾讯合作的具体金额尚未披露。", [{"Gucci", "Tencent"}]),
])
def test_undisclosed_terms_keep_the_deal(extract_text, lang: str, text: str, expected: list[set[str]]) -> None:
    assert _parties(extract_text, lang, text) == expected


@pytest.mark.parametrize(("lang", "text"), [
    # A listing on a stock exchange is no deal with the exchange.
    ("en", "Alibaba listed on the New York Stock Exchange in 2014."),
    ("en", "Kuaishou's shares debuted on the Hong Kong Stock Exchange, rising 160%."),
])
def test_a_stock_listing_is_no_partnership(extract_text, lang: str, text: str) -> None:
    assert _parties(extract_text, lang, text) == []


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A cue word that is a noun after its article ("la firma": the firm) states no deal; the verb still does.
    ("es", "La firma tiene 2 millones de seguidores en Douyin, la plataforma de ByteDance.", []),
    ("es", "Esa firma catalana vende en Tmall, donde Loewe acumula seguidores.", []),
    ("es", "Puig firma un acuerdo con Tmall.", [{"Puig", "Tmall"}]),
    ("pt", "A firma portuguesa Vista Alegre assinou um acordo com a JD.com.", [{"Vista Alegre", "JD.com"}]),
])
def test_a_cue_word_used_as_a_noun_is_no_cue(extract_text, lang: str, text: str, expected: list[set[str]]) -> None:
    assert _parties(extract_text, lang, text) == expected


@pytest.mark.parametrize(("lang", "text"), [
    # A name that has no deal with a platform is no partner of it, in every language.
    ("it", "Il Milan, che non ha un accordo con Douyin, resta il primo club italiano su Weibo."),
    ("en", "AC Milan, which does not have a deal with Douyin, remains the top Italian club on Weibo."),
    ("fr", "Le Louvre, qui n'a pas d'accord avec Douyin, reste très suivi sur Weibo."),
    ("es", "El Real Madrid, que no tiene acuerdo con Douyin, sigue liderando en Weibo."),
    ("pt", "O Benfica, que não tem acordo com a Douyin, lidera no Weibo."),
    ("de", "Der FC Bayern hat keinen Vertrag mit Douyin und bleibt auf Weibo vorn."),
])
def test_having_no_deal_is_no_partnership(extract_text, lang: str, text: str) -> None:
    assert _parties(extract_text, lang, text) == []


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A platform's name that only says where an account or a post is ("its Douyin account", "l'account
    # Weibo del marchio") is no party, of the sentence's deal or of the document's subject.
    ("en", "Trip.com signs with VisitScotland\nTrip.com signed a deal with VisitScotland. The deal follows a "
           "similar arrangement between Trip.com and Tourism Ireland, which signed up in 2023 and says its Douyin "
           "account has passed 310,000 followers.", [{"Ctrip", "Tourism Ireland"}, {"Ctrip", "VisitScotland"}]),
    ("it", "Pop Mart e il Rijksmuseum\nPop Mart ha firmato una collaborazione con il Rijksmuseum. La "
           "collaborazione è stata annunciata dall'account Weibo del marchio.", [{"Pop Mart", "Rijksmuseum"}]),
    ("fr", "Pop Mart et le Rijksmuseum\nPop Mart a signé une collaboration avec le Rijksmuseum. La collaboration "
           "a été annoncée sur le compte Weibo de la marque.", [{"Pop Mart", "Rijksmuseum"}]),
    ("es", "Pop Mart y el Rijksmuseum\nPop Mart firmó una colaboración con el Rijksmuseum. La colaboración se "
           "anunció en la cuenta de Weibo de la marca.", [{"Pop Mart", "Rijksmuseum"}]),
    ("pt", "Pop Mart e o Rijksmuseum\nA Pop Mart assinou uma colaboração com o Rijksmuseum. A colaboração foi "
           "anunciada na conta do Weibo da marca.", [{"Pop Mart", "Rijksmuseum"}]),
    ("de", "Pop Mart und das Rijksmuseum\nPop Mart hat eine Kooperation mit dem Rijksmuseum unterzeichnet. Die "
           "Kooperation wurde über das Weibo-Konto der Marke angekündigt.", [{"Pop Mart", "Rijksmuseum"}]),
])
def test_a_platform_hosting_an_account_or_post_is_no_party(extract_text, lang, text, expected) -> None:
    assert sorted(_parties(extract_text, lang, text), key=sorted) == sorted(expected, key=sorted)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A negation after the cue and a conjunction negates a coordinated predicate, not the deal.
    ("en", "Fonterra said it had ended its store on Pinduoduo in 2022 and had no plans to return.",
     [{"Fonterra", "Pinduoduo"}]),
    ("it", "Barilla ha firmato un accordo con Tmall e non esclude altre piattaforme.", [{"Barilla", "Tmall"}]),
    # a negation before the cue still says there is no deal
    ("en", "Fonterra has never signed with Pinduoduo and has no plans to.", []),
])
def test_a_negation_of_a_coordinated_predicate_keeps_the_deal(extract_text, lang: str, text: str,
                                                               expected: list[set[str]]) -> None:
    assert [set(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)] == expected


@pytest.mark.parametrize(("lang", "text", "stated", "present"), [
    ("en", "Gucci signed a partnership with Tencent and opened a store on Tmall.", True, True),
    ("it", "Gucci ha firmato un accordo con Tencent e ha aperto un negozio su Tmall.", True, True),
    ("fr", "Gucci a signé un partenariat avec Tencent et a ouvert une boutique sur Tmall.", True, True),
    ("de", "Gucci hat eine Partnerschaft mit Tencent unterzeichnet.", True, False),
    ("es", "Gucci firmó un acuerdo con Tencent.", True, False),
    ("pt", "A Gucci assinou uma parceria com a Tencent.", True, False),
    ("zh", "Gucci与腾讯签署了战略合作协议。", True, False),
    ("en", "Gucci could sign a partnership with Tencent next year.", False, False),
])
def test_the_cues_of_each_pattern_are_affirmed_as_one_at_a_time(lang: str, text: str, stated: bool,
                                                                present: bool) -> None:
    """``affirmed_each`` reads the sentence's disclaimer and nouns once for both kinds of cue, and keeps
    what ``affirmed`` keeps for each."""
    lexicon = load_language(lang)
    cues = partnership_cues(lexicon, is_spaced(lexicon))
    sentence = Sentence(0, 0, len(text), text)
    patterns = (cues.partnership, cues.presence)
    each = affirmed_each(sentence, patterns, cues)
    one_by_one = [affirmed(sentence, pattern, cues) for pattern in patterns]
    assert [[m.span() for m in found] for found in each] == [[m.span() for m in found] for found in one_by_one]
    assert (bool(each[0]), bool(each[1])) == (stated, present)


#: A market's share, whose words may hold a stake cue ("Marktanteile", "participação de mercado"): no deal.
MARKET_SHARES: list[tuple[str, str]] = [
    ("en", "Gucci and Prada gained market share in China last year, according to Tmall."),
    ("de", "Gucci und Prada gewinnen in China Marktanteile, so Tmall."),
    ("it", "Gucci e Prada hanno guadagnato quota di mercato in Cina, secondo Tmall."),
    ("fr", "Gucci et Prada ont gagné des parts de marché en Chine, selon Tmall."),
    ("es", "Gucci y Prada ganaron cuota de mercado en China, según Tmall."),
    ("pt", "A Gucci e a Prada ganharam participação de mercado na China, segundo o Tmall."),
    ("zh", "据天猫数据，古驰和普拉达去年在中国的市场份额均有提升。"),
]


@pytest.mark.parametrize(("lang", "text"), MARKET_SHARES)
def test_market_share_is_no_stake(extract_text, lang: str, text: str) -> None:
    assert _parties(extract_text, lang, text) == []


#: A platform that says it has no plans (for now) for a deal with a partner named: no partnership.
NO_PLANS_FOR_NOW: list[tuple[str, str]] = [
    ("zh", "飞猪方面则表示，目前与新西兰旅游局暂无合作计划。"),
    ("zh", "腾讯表示，目前与卢浮宫暂未签署合作协议。"),
    ("en", "Fliggy said it has no plans for a partnership with Tourism New Zealand for now."),
    ("it", "Fliggy ha dichiarato che per ora non ha in programma un accordo con Tourism New Zealand."),
    ("fr", "Fliggy a indiqué n'avoir pour l'instant aucun projet de partenariat avec Tourism New Zealand."),
    ("de", "Fliggy erklärte, derzeit keine Pläne für eine Partnerschaft mit Tourism New Zealand zu haben."),
    ("es", "Fliggy afirmó que por ahora no tiene planes de una alianza con Tourism New Zealand."),
    ("pt", "A Fliggy afirmou que por enquanto não tem planos de parceria com a Tourism New Zealand."),
]


@pytest.mark.parametrize(("lang", "text"), NO_PLANS_FOR_NOW)
def test_no_plans_for_now(extract_text, lang: str, text: str) -> None:
    assert _parties(extract_text, lang, text) == []


#: (language, text): a deal its party decided not to renew, said with the language's negation or speculation
#: words ("does not plan to", "non intende", "n'envisage pas", "no prevé", "不会"): the deal was, and ended.
NOT_RENEWED: list[tuple[str, str]] = [
    ("en", "Gucci does not plan to renew its partnership with Tencent."),
    ("en", "Gucci has decided not to renew its partnership with Tencent."),
    ("it", "Gucci non intende rinnovare la partnership con Tencent."),
    ("fr", "Gucci n'envisage pas de renouveler son partenariat avec Tencent."),
    ("de", "Gucci hat beschlossen, die Partnerschaft mit Tencent nicht zu verlängern."),
    ("es", "Gucci no prevé renovar su alianza con Tencent."),
    ("pt", "A Gucci não prevê renovar a parceria com a Tencent."),
    ("zh", "Gucci不会续约与腾讯的合作。"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_RENEWED)
def test_a_deal_not_renewed_is_an_ended_deal(extract_text, lang: str, text: str) -> None:
    found = [f for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)]
    assert [(set(f.parties), f.status) for f in found] == [({"Gucci", "Tencent"}, "ended")]
