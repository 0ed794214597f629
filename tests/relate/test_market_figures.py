"""Figures of a market, an industry or a sector are no entity's figures."""

from __future__ import annotations

import pytest

from crossreach.models import Metric


def _metrics(extract_text, lang: str, text: str) -> list[tuple[str | None, str, float | None]]:
    return [(f.subject, f.kind, f.value) for f in extract_text(lang, text, "2024-01-01").facts
            if isinstance(f, Metric)]


#: The brands the articles below open with, none of which owns the market's figure.
_BRANDS = {"Gucci", "Dior", "Loewe", "Lush", "Barilla", "Sogrape", "Lavazza", "Miele", "Nestlé", "古驰", "雀巢"}


def _no_brand_s(metrics: list[tuple[str | None, str, float | None]]) -> bool:
    """Whether no figure is a deal or a brand's: left out, or kept as the sales of the market its words name
    ("Il mercato cinese del lusso vale 400 miliardi": the market's size)."""
    return all(kind == "sales" and subject not in _BRANDS for subject, kind, _ in metrics)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Gucci opened a store in Shanghai. The Chinese luxury market had sales of 400 billion yuan."),
    ("en", "Gucci opened a store in Shanghai, where the luxury market reached sales of 400 billion yuan last year."),
    ("fr", "Dior ouvre à Shanghai. La filière emploie quelque 70 000 personnes."),
    # the words after a market word that reach no verb before the figure, or end on a short word, name nothing
    ("it", "Gucci apre a Shanghai. Il mercato dei diritti tv vale 2 miliardi di euro di ricavi."),
    ("zh", "古驰在上海开店。中国奢侈品市场销售额达4000亿元。"),
])
def test_a_market_s_figure_is_no_entity_s(extract_text, lang, text) -> None:
    assert _metrics(extract_text, lang, text) == []


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a market written as a compound's last part names the market: the figure is the market's, its worth its sales
    ("de", "Adidas eröffnet in Shanghai. Der chinesische Sportartikelmarkt setzte 2023 rund 400 Milliarden Yuan um.",
     [("Sportartikelmarkt", "sales", 400_000_000_000)]),
    ("de", "Adidas eröffnete einen Laden in Shanghai. Der chinesische Sportartikelmarkt hat einen Wert von "
           "400 Milliarden Yuan.", [("Sportartikelmarkt", "sales", 400_000_000_000)]),
])
def test_a_market_named_by_a_compound_keeps_its_figure(extract_text, lang, text, expected) -> None:
    assert _metrics(extract_text, lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # where the words qualifying a market word follow it, they name the market with it, up to the verb
    ("it", "Sugar Music firma con Tencent. Il mercato discografico italiano ha superato i 440 milioni di euro "
           "di ricavi.", [("mercato discografico italiano", "sales", 440_000_000)]),
    ("fr", "Dior ouvre à Shanghai. Le marché chinois du luxe a atteint un chiffre d'affaires de 400 milliards "
           "de yuans.", [("marché chinois du luxe", "sales", 400_000_000_000)]),
    ("es", "Loewe abre en Shanghái. El mercado chino del lujo facturó 400.000 millones de yuanes.",
     [("mercado chino del lujo", "sales", 400_000_000_000)]),
    # a figure set against the market's, with no name between them, is the market's too
    ("es", "Loewe abre en Shanghái. El mercado español del vino facturó 6.500 millones de euros en 2023, "
           "frente a 5.900 millones de euros en 2022.",
     [("mercado español del vino", "sales", 6_500_000_000), ("mercado español del vino", "sales", 5_900_000_000)]),
])
def test_a_market_named_by_the_words_after_it_keeps_its_figure(extract_text, lang, text, expected) -> None:
    assert _metrics(extract_text, lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a name in the clause before the figure keeps the figure its own
    ("en", "Gucci's sales in the Chinese market reached 2 billion yuan.", [("Gucci", "sales", 2_000_000_000)]),
    ("en", "The market leader Alibaba has 900 million users.", [("Alibaba", "users", 900_000_000)]),
    # a market word after the figure, or in a clause of its own, is another matter
    ("it", "In un mercato difficile, Gucci ha registrato ricavi per 2 miliardi di euro.",
     [("Gucci", "sales", 2_000_000_000)]),
])
def test_a_named_owner_keeps_its_figure(extract_text, lang, text, expected) -> None:
    assert _metrics(extract_text, lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "value"), [
    # market words told with a deal's value are its sources
    ("en", "Gucci signed a deal with Tencent, which industry sources estimate is worth about $10 million.", 10_000_000),
    ("it", "Il valore dell'intesa tra Gucci e Tencent non è noto: fonti del settore lo stimano in 5 milioni di euro.",
     5_000_000),
])
def test_a_deal_s_value_is_kept_whatever_market_words_come_with_it(extract_text, lang, text, value) -> None:
    assert [(kind, found) for _, kind, found in _metrics(extract_text, lang, text)] == [("deal_value", value)]


@pytest.mark.parametrize(("lang", "text"), [
    # a value the market word itself tells is the market's size, not a deal of the article's brand
    ("en", "Gucci opened a store in Shanghai. China's luxury market is worth 400 billion yuan."),
    ("it", "Gucci ha aperto un negozio a Shanghai. Il mercato cinese del lusso vale 400 miliardi di yuan."),
    ("fr", "Dior a ouvert une boutique à Shanghai. Le marché chinois du luxe est estimé à 400 milliards de yuans."),
    ("es", "Loewe abrió una tienda en Shanghái. El mercado chino del lujo tiene un valor de 400.000 millones "
           "de yuanes."),
    ("zh", "古驰在上海开设门店。中国奢侈品市场价值4000亿元。"),
])
def test_a_market_s_worth_is_no_deal(extract_text, lang, text) -> None:
    assert _no_brand_s(_metrics(extract_text, lang, text))


@pytest.mark.parametrize(("lang", "text"), [
    # a segment of a market, or a country's exports, sized in money are no brand's deal or sales
    ("en", "Lush opened a shop in Chengdu. The vegan cosmetics segment in China was worth 3 billion yuan in 2023."),
    ("en", "Barilla opened an office in Shanghai. Italian pasta exports to China reached 90 million euros last year."),
    ("es", "Loewe abrió una tienda en Pekín. Las exportaciones de vino chileno a China sumaron 700 millones de "
           "dólares."),
    ("pt", "A Sogrape abriu um escritório em Xangai. As exportações de vinho português para a China valeram "
           "40 milhões de euros."),
    ("it", "Lavazza apre a Shanghai. Il segmento del caffè in capsule vale 2 miliardi di yuan."),
    ("de", "Miele eröffnet in Peking. Die Exporte deutscher Haushaltsgeräte nach China erreichten 2 Milliarden Euro."),
    ("zh", "雀巢在上海开设门店。2023年法国葡萄酒出口中国金额为5亿欧元。"),
])
def test_a_segment_or_exports_sized_in_money_are_no_entity_s(extract_text, lang, text) -> None:
    assert _no_brand_s(_metrics(extract_text, lang, text))


@pytest.mark.parametrize(("lang", "text", "value"), [
    # a market word beside a source word, or as the setting of an estimate, leaves the deal its value
    ("en", "Tencent renewed its deal with the NBA. Industry sources estimate it is worth 1.5 billion dollars.",
     1_500_000_000),
    ("de", "Kontor Records unterschrieb mit NetEase. In der Branche wird der Wert des Vertrags auf 10 Millionen "
           "Euro geschätzt.", 10_000_000),
    ("fr", "Tencent a renouvelé son accord avec la NBA ; dans le secteur, le contrat est estimé à 1,5 milliard "
           "de dollars.", 1_500_000_000),
])
def test_a_market_word_that_sources_a_deal_leaves_it_its_value(extract_text, lang, text, value) -> None:
    assert [(kind, found) for _, kind, found in _metrics(extract_text, lang, text)] == [("deal_value", value)]


@pytest.mark.parametrize(("lang", "text"), [
    # a place that is the figure's clause subject or owner: the country's figure (``place_owners``), not the brand's
    ("en", "Gucci opened a store in Shanghai. China's e-commerce sales reached 13 trillion yuan in 2022."),
    ("it", "Gucci apre a Shanghai. Le vendite online della Cina hanno raggiunto 13.000 miliardi di yuan."),
    ("fr", "Dior ouvre à Shanghai. La Chine a importé pour 60 milliards d'euros de produits de luxe."),
    ("de", "Adidas eröffnet in Shanghai. Chinas Onlinehandel setzte 2022 rund 13 Billionen Yuan um."),
    ("es", "Loewe abre en Shanghái. España exportó a China productos por 7.000 millones de euros."),
    ("zh", "古驰在上海开店。中国的线上零售额达13万亿元。"),
])
def test_a_place_s_figure_is_no_brand_s(extract_text, lang, text) -> None:
    assert {subject for subject, _, _ in _metrics(extract_text, lang, text)} <= {"China"}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a place after the verb is where the named owner's figure was made
    ("es", "Loewe vendió en China más de 3.000 bolsos.", [("Loewe", "sales", 3000)]),
    ("en", "Gucci's sales in China reached 2 billion yuan.", [("Gucci", "sales", 2_000_000_000)]),
])
def test_a_place_after_a_named_owner_leaves_it_its_figure(extract_text, lang, text, expected) -> None:
    assert _metrics(extract_text, lang, text) == expected


@pytest.mark.parametrize(("lang", "text"), [
    # the kind comes from the sentence before: the figure is that sentence's owner's
    ("it", "Il fatturato di Zegna è cresciuto. La Cina ha contribuito per circa 260 milioni di euro."),
])
def test_a_place_opening_a_sentence_with_no_cue_of_its_own_leaves_the_figure(extract_text, lang, text) -> None:
    assert [kind for _, kind, _ in _metrics(extract_text, lang, text)] == ["sales"]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a market, an industry or its exports that reached a sum, no money word with it: the market's sales
    ("es", "Juan Valdez abre en Tmall. Las exportaciones de café colombiano a China sumaron 110 millones de "
           "dólares en 2023, frente a 24 millones de dólares en 2018.",
     [("exportaciones de café colombiano a China", "sales", 110_000_000),
      ("exportaciones de café colombiano a China", "sales", 24_000_000)]),
    ("it", "Mutti apre su JD.com. L'export agroalimentare italiano ha raggiunto 1,3 miliardi di euro nel 2023.",
     [("export agroalimentare italiano", "sales", 1_300_000_000)]),
    ("pt", "A Vista Alegre abriu na Tmall Global. As exportações portuguesas de cerâmica atingiram 90 milhões "
           "de euros em 2024.", [("exportações portuguesas de cerâmica", "sales", 90_000_000)]),
    ("fr", "Tissot ouvre sur Douyin. Le marché chinois du luxe a atteint 400 milliards de yuans.",
     [("marché chinois du luxe", "sales", 400_000_000_000)]),
    ("de", "Ravensburger eröffnet auf Tmall. Der chinesische Spielwarenmarkt erreichte 2023 rund 90 Milliarden Yuan.",
     [("Spielwarenmarkt", "sales", 90_000_000_000)]),
    # where no words name the market (a phrase before its market word, or an unspaced script), nothing is read
    ("en", "Barilla opened an office in Shanghai. Italian pasta exports to China reached 90 million euros.", []),
    ("zh", "盒马上架挪威三文鱼。2023年挪威对华海产品出口额为56亿挪威克朗。", []),
])
def test_a_market_s_sum_named_by_no_money_word_is_its_sales(extract_text, lang, text, expected) -> None:
    assert _metrics(extract_text, lang, text) == expected


@pytest.mark.parametrize(("lang", "text"), [
    # a name in the sum's clause before it, or a source word beside the market word: no market's sum
    ("de", "Nach Schätzung des Marktforschers Euromonitor wuchs der chinesische Puzzle-Markt auf 1,2 Mrd. Yuan."),
    ("es", "Fuentes del sector sitúan la cifra en 70 millones de euros."),
])
def test_a_sum_that_is_no_market_s_gets_no_kind_from_a_market_word(extract_text, lang, text) -> None:
    assert _metrics(extract_text, lang, text) == []
