"""Stores named by their platform and owned by a list of brands: each brand is the platform's partner."""

from __future__ import annotations

import pytest

from crossreach.models import Partnership


def _parties(extract_text, lang: str, text: str) -> list[set[str]]:
    return [set(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A store noun, the platform beside it, a genitive and the brands (no presence cue in the sentence).
    ("en", "SMCP opened the Xiaohongshu stores of Maje and Sandro in 2021.",
     [{"Maje", "Xiaohongshu"}, {"Sandro", "Xiaohongshu"}]),
    ("fr", "Le groupe a ouvert dès 2021 les boutiques Tmall de Lancôme et de Chanel, ses deux marques phares.",
     [{"Lancôme", "Tmall"}, {"Chanel", "Tmall"}]),
    ("pt", "As lojas Tmall da Havaianas cresceram 30% no ano.", [{"Havaianas", "Tmall"}]),
    ("de", "Die Tmall-Stores von Adidas und Puma verzeichneten Rekordumsätze.",
     [{"Adidas", "Tmall"}, {"Puma", "Tmall"}]),
    ("it", "I negozi Tmall di Gucci e Prada hanno chiuso l'anno in crescita.",
     [{"Gucci", "Tmall"}, {"Prada", "Tmall"}]),
    ("es", "Las tiendas de Tmall de Zara y Mango crecieron un 20%.",
     [{"Zara", "Tmall"}, {"Mango", "Tmall"}]),
    # A possessive before the platform and the store noun.
    ("en", "Shoppers queued online as Nike's Tmall store sold out within hours.", [{"Nike", "Tmall"}]),
    ("zh", "Maje和Sandro的小红书店铺已经开业。", [{"Maje", "Xiaohongshu"}, {"Sandro", "Xiaohongshu"}]),
])
def test_a_store_of_listed_brands_pairs_each_with_its_platform(extract_text, lang, text, expected):
    found = _parties(extract_text, lang, text)
    assert all(pair in found for pair in expected)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La boutique Tmall de la marque a ouvert en mars."),  # no brand named
    ("en", "The App Store of Apple and Google Play compete."),  # the noun is part of a name
    ("it", "Il negozio di Gucci a Milano ha chiuso."),  # no platform beside the store
])
def test_no_pair_without_a_platform_store_and_a_named_owner(extract_text, lang, text):
    assert _parties(extract_text, lang, text) == []


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A clause coordinated after a store cue's names, with a pronoun for the brand's own store.
    ("en", "Nike has had a flagship store on Tmall since 2015 and Adidas opened its own in 2017.", {"Adidas", "Tmall"}),
    ("es", "En JD.com, Nike tiene tienda oficial desde 2016 y Adidas abrió la suya en 2018.", {"Adidas", "JD.com"}),
    ("fr", "Sur Tmall, Lancôme a une boutique officielle depuis 2014 et Chanel a ouvert la sienne en 2020.",
     {"Chanel", "Tmall"}),
    ("it", "Su Tmall, Prada ha un negozio ufficiale dal 2020 e Gucci ha aperto il proprio nel 2021.",
     {"Gucci", "Tmall"}),
])
def test_a_coordinated_brand_with_its_own_store_is_on_the_same_platform(extract_text, lang, text, expected):
    assert expected in _parties(extract_text, lang, text)


@pytest.mark.parametrize("text", [
    "Nike has had a flagship store on Tmall since 2015 and Adidas opened its own store on JD.com.",  # another platform
    "Nike has had a flagship store on Tmall since 2015 and Adidas reported its own results.",  # no store
])
def test_no_coordinated_store_on_another_platform_or_of_another_thing(extract_text, text):
    assert {"Adidas", "Tmall"} not in _parties(extract_text, "en", text)
