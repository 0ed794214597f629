"""The names one cue joins: a clause's own subject after an aside that holds a figure."""

from __future__ import annotations

import pytest

from crossreach.models import Partnership


def _parties(extract_text, lang: str, text: str) -> list[set[str]]:
    return [set(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # The figure's thousands mark in the aside is no clause break: the aside's name is the subject.
    ("en", "Starbucks has 8 million followers on Tmall, and Luckin Coffee, with more than 20,000 outlets, signed "
           "an agreement with Tencent.", [{"Luckin Coffee", "Tencent"}]),
    ("it", "Starbucks ha 8 milioni di follower su Tmall, e Luckin Coffee, con oltre 20.000 locali, ha firmato "
           "un accordo con Tencent.", [{"Luckin Coffee", "Tencent"}]),
    ("fr", "Starbucks compte 8 millions d'abonnés sur Tmall, et Luckin Coffee, avec plus de 20 000 boutiques, "
           "a signé un accord avec Tencent.", [{"Luckin Coffee", "Tencent"}]),
    ("pt", "A Starbucks tem 8 milhões de seguidores no Tmall, e a Luckin Coffee, com mais de 20.000 lojas, "
           "assinou um acordo com a Tencent.", [{"Luckin Coffee", "Tencent"}]),
])
def test_subject_after_an_aside_with_a_figure(extract_text, lang: str, text: str,
                                              expected: list[set[str]]) -> None:
    assert _parties(extract_text, lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A space between Han characters parts a headline: the name after it is no object of the cue before.
    ("zh", "拜仁慕尼黑与虎牙签约 德甲豪门首次在华开设官方直播间", [{"Bayern Munich", "Huya"}]),
    ("zh", "皇家马德里与抖音签约 西甲豪门首次开设官方直播间", [{"Douyin", "Real Madrid"}]),
    ("zh", "古驰与天猫合作 意甲球队也跟进", [{"Gucci", "Tmall"}]),
])
def test_headline_parts(extract_text, lang: str, text: str, expected: list[set[str]]) -> None:
    assert _parties(extract_text, lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A comma and a conjunction open a clause of another subject: the name before them is no subject of its cue.
    ("es", "Nike tiene 3 millones de seguidores en su tienda de Tmall, y la marca alemana Adidas, con más de 2.000 "
           "tiendas, firmó en mayo un acuerdo con la Federación Alemana de Fútbol.",
     [{"Adidas", "Federación Alemana de Fútbol"}, {"Nike", "Tmall"}]),
    ("en", "Nike has 3 million followers on its Tmall store, and the German brand Adidas, with more than 2,000 "
           "stores, signed in May an agreement with the German Football Association.",
     [{"Adidas", "German Football Association"}]),
    ("pt", "A Nike tem 3 milhões de seguidores na sua loja do Tmall, e a marca alemã Adidas, com mais de 2.000 "
           "lojas, assinou em maio um acordo com a Federação Alemã de Futebol.",
     [{"Adidas", "Federação Alemã de Futebol"}, {"Nike", "Tmall"}]),
])
def test_coordinated_clauses(extract_text, lang: str, text: str, expected: list[set[str]]) -> None:
    assert sorted(_parties(extract_text, lang, text), key=sorted) == sorted(expected, key=sorted)


#: A name after a cue's partner and a comma, followed by a verb of its own (sells, opens, launches): the subject
#: of the next clause, no third party. (German puts such verbs at a clause's end after a platform too, and
#: Chinese lists no clause verbs.)
OWN_VERB_AFTER_COMMA: list[tuple[str, str]] = [
    ("en", "Gucci partners with Tencent, Prada opens a store on the platform"),
    ("it", "Gucci si allea con Tencent, Prada apre un negozio sulla piattaforma"),
    ("fr", "Gucci s'allie à Tencent, Prada vend 40 sacs à la plateforme chinoise"),
    ("es", "Gucci se alía con Tencent, Prada abre una tienda en la plataforma"),
    ("pt", "Gucci fecha acordo com a Tencent, Prada abre uma loja na plataforma"),
]


@pytest.mark.parametrize(("lang", "text"), OWN_VERB_AFTER_COMMA)
def test_name_with_a_verb_of_its_own(extract_text, lang: str, text: str) -> None:
    assert _parties(extract_text, lang, text) == [{"Gucci", "Tencent"}]
