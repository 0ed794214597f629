"""Money raised in a funding round is an investment (deal_value), in every language; a donation
raised for a cause stays one."""

from __future__ import annotations

import pytest

from crossreach.lexicon import is_spaced, load_language
from crossreach.models import Metric
from crossreach.relate.funding_rounds import funded_cues, funding_words


def _kinds(extract_text, lang: str, text: str) -> list[tuple[str, float | None]]:
    return [(f.kind, f.value) for f in extract_text(lang, text, None).facts if isinstance(f, Metric)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Gucci raised $50 million in a funding round led by Tencent.", [("deal_value", 50_000_000)]),
    ("it", "Gucci ha raccolto 50 milioni di dollari in un round di finanziamento guidato da Tencent.",
     [("deal_value", 50_000_000)]),
    ("es", "Gucci recaudó 50 millones de dólares en una ronda de financiación liderada por Tencent.",
     [("deal_value", 50_000_000)]),
    ("pt", "A Gucci arrecadou 50 milhões de dólares numa ronda de investimento liderada pela Tencent.",
     [("deal_value", 50_000_000)]),
    # no funding word: a sum raised for a cause is a donation
    ("en", "The Gucci Foundation raised 5 million yuan for flood victims on Weibo.", [("donations", 5_000_000)]),
    ("es", "La Fundación Gucci recaudó 5 millones de yuanes para las víctimas en Weibo.",
     [("donations", 5_000_000)]),
])
def test_money_raised_in_a_funding_round_is_an_investment(extract_text, lang, text, expected) -> None:
    assert _kinds(extract_text, lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "funded"), [
    ("fr", "La start-up a levé des fonds lors d'un tour de table.", True),
    ("de", "Die Finanzierungsrunde wurde von Tencent angeführt.", True),
    ("zh", "该公司完成了新一轮融资。", True),
    ("fr", "La fondation a collecté des dons.", False),
])
def test_every_language_names_its_funding_rounds(lang: str, text: str, funded: bool) -> None:
    cues = [(0, 1, "donations")]
    lexicon = load_language(lang)
    kinds = [kind for _, _, kind in funded_cues(cues, text, 0, funding_words(lexicon, is_spaced(lexicon)))]
    assert kinds == (["deal_value"] if funded else ["donations"])


@pytest.mark.parametrize(("lang", "text", "funded"), [
    # a round's letter after a round word is a funding round
    ("it", "La start-up ha chiuso un round di serie A guidato da Tencent.", True),
    ("es", "La empresa cerró una ronda de serie A con Tencent.", True),
    ("pt", "A empresa fechou uma rodada série A com a Tencent.", True),
    ("fr", "La jeune pousse a bouclé un tour de série A avec Tencent.", True),
    ("en", "The start-up closed a Series A led by Tencent.", True),
    # a bare "Serie A" is a football league, and "la série a" an article and a verb
    ("it", "I tifosi della Serie A hanno raccolto fondi per l'ospedale.", False),
    ("es", "Los clubes de la Serie A recaudaron fondos para el hospital.", False),
    ("pt", "Os clubes da Série A arrecadaram fundos para o hospital.", False),
    ("fr", "La série a servi de vitrine à une collecte de dons.", False),
])
def test_a_league_named_series_is_no_funding_round(lang: str, text: str, funded: bool) -> None:
    cues = [(0, 1, "donations")]
    lexicon = load_language(lang)
    kinds = [kind for _, _, kind in funded_cues(cues, text, 0, funding_words(lexicon, is_spaced(lexicon)))]
    assert kinds == (["deal_value"] if funded else ["donations"])


#: A collecting verb in a sentence of sales collects sales; with no sales word, donations.
COLLECTED_SALES = [
    ('it', 'Gucci ha incassato 40 milioni di yuan su JD.com e ha raccolto altri 12 milioni di yuan su Douyin.'),
    ('fr', 'Chanel a réalisé des ventes de 40 millions de yuans sur JD.com et a récolté 12 millions de yuans '
           'sur Douyin.'),
    ('es', 'Loewe facturó 40 millones de yuanes en JD.com y recaudó otros 12 millones de yuanes en Douyin.'),
    ('pt', 'A Natura faturou 40 milhões de yuans no JD.com e arrecadou outros 12 milhões de yuans no Douyin.'),
    ('en', "Burberry's sales reached 40 million yuan on JD.com, above the 12 million yuan raised a year earlier."),
    ('de', 'Adidas erzielte einen Umsatz von 40 Millionen Yuan auf JD.com und sammelte weitere 12 Millionen Yuan '
           'auf Douyin.'),
    ('zh', '该品牌在京东的销售额为4000万元，在抖音筹得1200万元。'),
]


@pytest.mark.parametrize(("lang", "text"), COLLECTED_SALES)
def test_a_sum_collected_in_a_sentence_of_sales_is_sales(extract_text, lang, text) -> None:
    assert ("sales", 12_000_000) in _kinds(extract_text, lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ('it', "La fondazione di Gucci ha raccolto 12 milioni di yuan per l'ospedale su Douyin."),
    ('en', 'The Burberry charity raised 12 million yuan for flood victims on Weibo.'),
])
def test_a_sum_collected_with_no_sales_word_is_a_donation(extract_text, lang, text) -> None:
    assert _kinds(extract_text, lang, text) == [("donations", 12_000_000)]
