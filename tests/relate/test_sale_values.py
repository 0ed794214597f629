"""The worth of what was sold is sales; a deal's worth stays a deal's value."""

from __future__ import annotations

import pytest

from crossreach.lexicon import load_language
from crossreach.models import Metric
from crossreach.relate.metrics import cue_kinds


@pytest.mark.parametrize(("lang", "text", "kinds"), [
    ("en", "Penfolds sold wine worth 120 million yuan on JD.com during the festival.", ["sales"]),
    ("fr", "Neuhaus a vendu sur Tmall des pralines d'une valeur de 12 millions de yuans.", ["sales"]),
    ("de", "Die Brauerei verkaufte auf JD.com Bier im Wert von 20 Millionen Yuan.", ["sales"]),
    ("pt", "A Havaianas vendeu no Tmall chinelos no valor de 50 milhões de yuans.", ["sales"]),
    ("zh", "该品牌在天猫售出价值1.2亿元的商品。", ["sales"]),
    # another deal word in the sentence: the worth is the deal's
    ("en", "Tencent bought a stake worth $300 million, and its sales rose to $2 billion.", ["deal_value", "sales"]),
    ("en", "The brand's sales rose 20%, and its deal with Tmall is worth $50 million.", ["deal_value"]),
    # a word of worth with no selling word before it
    ("en", "The partnership between Adidas and Tmall is worth 40 million dollars.", ["deal_value"]),
])
def test_the_worth_of_what_was_sold_is_sales(extract_text, lang, text, kinds) -> None:
    assert [f.kind for f in extract_text(lang, text, None).facts if isinstance(f, Metric)] == kinds


@pytest.mark.parametrize(("lang", "text"), [
    # an amount word after a selling word tells the amount of what was sold
    ("en", "The brand sold 4,300 handbags on Tmall for a total amount of 2.6 million yuan."),
    ("fr", "La maison a vendu 4 300 sacs sur Tmall pour un montant de 2,6 millions de yuans."),
    ("de", "Die Marke verkaufte auf Tmall 4.300 Taschen für einen Betrag von 2,6 Mio. Yuan."),
    ("es", "La marca vendió 4.300 bolsos en Tmall por un importe de 2,6 millones de yuanes."),
    ("it", "Il marchio ha venduto su Tmall 4.300 borse per un importo di 2,6 milioni di yuan."),
    ("pt", "A marca vendeu 4.300 bolsas no Tmall, no montante de 2,6 milhões de yuans."),
    ("zh", "该品牌在天猫售出4300只手袋，金额达260万元。"),
])
def test_the_amount_of_what_was_sold_is_sales(extract_text, lang, text) -> None:
    found = [(f.kind, f.value) for f in extract_text(lang, text, None).facts if isinstance(f, Metric)]
    assert ("sales", 2_600_000) in found and all(kind == "sales" for kind, _ in found)


@pytest.mark.parametrize(("lang", "text"), [
    # an amount word with no selling word names a deal's sum ("El importe no se ha hecho publico")
    ("en", "The amount was not disclosed"),
    ("fr", "Le montant n'a pas été dévoilé"),
    ("de", "Der Betrag wurde nicht genannt"),
    ("es", "El importe no se ha hecho público"),
    ("it", "L'importo non è stato reso noto"),
    ("pt", "O montante não foi divulgado"),
    ("zh", "金额未披露"),
])
def test_an_amount_word_names_a_deal_s_value(lang, text) -> None:
    assert cue_kinds(text, load_language(lang)) == ["deal_value"]


def test_an_amount_told_after_a_deal_is_its_value(extract_text) -> None:
    text = ("Loewe firmó un acuerdo con Tencent. El importe no se ha hecho público, aunque fuentes cercanas lo "
            "sitúan en 5 millones de euros.")
    assert [(f.kind, f.value) for f in extract_text("es", text, None).facts if isinstance(f, Metric)] \
        == [("deal_value", 5_000_000)]


@pytest.mark.parametrize(("lang", "text"), [
    # the worth of what was given away is a donation, in each language's words of giving
    ("en", "LEGO donated toys worth 5 million yuan to rural schools."),
    ("fr", "LEGO a donné des jouets d'une valeur de 5 millions de yuans à des écoles rurales."),
    ("de", "LEGO spendete Spielzeug im Wert von 5 Millionen Yuan an Dorfschulen."),
    ("it", "LEGO ha donato giocattoli per un valore di 5 milioni di yuan a scuole rurali."),
    ("es", "LEGO donó juguetes por valor de 5 millones de yuanes a escuelas rurales."),
    ("pt", "A LEGO doou brinquedos no valor de 5 milhões de yuans a escolas rurais."),
    ("zh", "乐高向乡村学校捐赠价值500万元的积木教具。"),
])
def test_the_worth_of_what_was_given_is_a_donation(extract_text, lang, text) -> None:
    found = [(f.kind, f.value) for f in extract_text(lang, text, None).facts if isinstance(f, Metric)]
    assert found == [("donations", 5_000_000)]
