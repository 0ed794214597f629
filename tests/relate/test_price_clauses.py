"""A sum its clause calls a price is no metric, with a product's name or size between them."""

from __future__ import annotations

import pytest

from crossreach.lexicon import cue_pattern, is_spaced, load_language
from crossreach.models import Metric, Quantity
from crossreach.relate.price_clauses import priced


def _metrics(extract_text, lang: str, text: str) -> list[tuple[str | None, str, float | None]]:
    return [(f.subject, f.kind, f.value) for f in extract_text(lang, text, "2024-01-01").facts
            if isinstance(f, Metric)]


def _priced(lang: str, text: str, number: str) -> bool:
    lexicon = load_language(lang)
    prices = cue_pattern(lexicon.section("metrics").get("price_cues"), is_spaced(lexicon))
    start = text.index(number)
    return priced(text, Quantity(start=start, end=start + len(number), text=number, value=1.0, kind="money"), prices)


@pytest.mark.parametrize(("lang", "text", "number", "price"), [
    # a price cue opening the sum's clause, a product's name or size between them
    ("en", "The price of the 100 ml bottle in the limited edition is 12,800 yuan.", "12,800", True),
    ("it", "Il prezzo della borsa in pelle edizione limitata è di 25.000 yuan.", "25.000", True),
    ("fr", "Le prix du coffret de la collection abeille est de 3 200 yuans.", "3 200", True),
    ("es", "El precio del bolso de la colección de primavera es de 18.000 yuanes.", "18.000", True),
    ("pt", "O preço do serviço de jantar da coleção de outono é de 9.800 yuans.", "9.800", True),
    # a price word in another clause or sentence is another matter
    ("en", "Prices were cut in March. Sales on Tmall of the spring collection reached 200 million yuan.",
     "200 million", False),
    ("it", "Nonostante i prezzi alti della nuova collezione, le vendite hanno raggiunto 200 milioni di yuan.",
     "200 milioni", False),
    # the next sentence's price word, within reach of the sum, names none of it; a price beside it still does
    ("zh", "去年戴森在台營收約新台幣38億元。吹風機在台售價為新台幣1萬6900元。", "新台幣38億元", False),
    ("en", "Dyson's revenue in Taiwan was NT$3.8 billion. Its hair dryer costs NT$16,900.", "NT$3.8 billion", False),
    ("en", "Its hair dryer costs NT$16,900. Revenue rose.", "NT$16,900", True),
    ("en", "The bag costs approx. 20,000 yuan on Tmall.", "20,000", True),
])
def test_a_price_opening_the_sum_s_clause_makes_it_a_price(lang, text, number, price) -> None:
    assert _priced(lang, text, number) is price


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a price word in another clause or sentence leaves a sales figure its own
    ("en", "Prices were cut in March. Gucci's sales on Tmall reached 2 billion yuan.", [("Gucci", "sales", 2e9)]),
    ("it", "Nonostante i prezzi alti, Gucci ha registrato vendite per 2 miliardi di yuan.", [("Gucci", "sales", 2e9)]),
])
def test_a_price_word_outside_the_clause_leaves_the_figure(extract_text, lang, text, expected) -> None:
    assert _metrics(extract_text, lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "number"), [
    # a sum an item "is (will be) sold" for is its price, in every language
    ("en", "The limited scarf will be sold for 4,800 yuan on JD.com.", "4,800"),
    ("fr", "Le coffret sera vendu sur JD.com 2 400 yuans.", "2 400"),
    ("it", "La sciarpa sarà venduta su JD.com a 4.800 yuan.", "4.800"),
    ("de", "Der Schal wird auf JD.com für 4.800 Yuan angeboten.", "4.800"),
    ("es", "La bufanda se venderá a 4.800 yuanes en JD.com.", "4.800"),
    ("pt", "O lenço será vendido no JD.com por 4.800 yuans.", "4.800"),
])
def test_a_sum_an_item_is_sold_for_is_a_price(lang, text, number) -> None:
    assert _priced(lang, text, number)


@pytest.mark.parametrize(("lang", "text", "number"), [
    # the participle of offering agrees with the product, in every form
    ("it", "La borsa più venduta è stata la mini, proposta a 1.990 yuan.", "1.990"),
    ("it", "Le borse sono proposte a 1.990 yuan.", "1.990"),
    ("fr", "La montre est proposée à 12 800 yuans sur Tmall.", "12 800"),
    ("fr", "Les coffrets, proposés à 980 yuans, sont épuisés.", "980"),
    ("es", "La botella, ofrecida a 1.280 yuanes, se agotó.", "1.280"),
    ("pt", "A mala, oferecida por 2.400 yuans, esgotou.", "2.400"),
])
def test_an_offered_product_s_sum_is_its_price(lang, text, number) -> None:
    assert _priced(lang, text, number)
