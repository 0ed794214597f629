"""Where a platform stands as the place a figure was measured (relate/owner_places.py)."""

from __future__ import annotations

import pytest

from crossreach.lexicon import load_language
from crossreach.models import Metric
from crossreach.relate.owner_places import ending, measured_on, where_pattern

SPACED = {"en": True, "it": True, "fr": True, "de": True, "es": True, "pt": True, "zh": False}

# (lang, text up to a platform's name, whether the platform stands where the figure was measured)
BEFORE_PLATFORM = [
    ("en", "Sales at the museum's licensed store on ", True),
    ("it", "le vendite della marca su ", True),
    ("it", "hanno generato sulla piattaforma ", True),  # (one lowercase word: an article or a noun)
    ("fr", "Le compte de l'horloger sur ", True),
    ("de", "Allein auf ", True),
    ("es", "facturó 412 millones de yuanes en las ", True),
    ("pt", "vende 1,3 milhões de garrafas na China através da ", True),
    ("zh", "双11期间在", True),
    # A name opens the sentence, or follows a verb: it is a subject or an object, not a place.
    ("en", "", False),
    ("en", "The group signed a deal with ", False),
    ("it", "Parallelamente il gruppo ha avviato un test con ", False),
    # Too many words between: the preposition is another phrase's ("in the sales of the ...").
    ("en", "in the sales of the ", False),
    # A preposition inside a longer word is none ("button ").
    ("en", "button ", False),
]


@pytest.mark.parametrize(("lang", "text", "where"), BEFORE_PLATFORM)
def test_a_platform_after_a_platform_preposition_is_where_a_figure_was_measured(lang: str, text: str,
                                                                                 where: bool) -> None:
    pattern = where_pattern(load_language(lang).section("metrics").get("platform_prepositions"), SPACED[lang])
    assert measured_on(text, len(text), 0, pattern) is where


@pytest.mark.parametrize(("words", "text", "ends"), [
    (["for", "per"], "a campaign for ", True),
    (["for"], "a campaign before ", False),  # (a word boundary before the word)
    (["为"], "这场活动为", True),
    ([], "anything ", False),
])
def test_ending_finds_a_word_at_the_end_of_the_text(words: list[str], text: str, ends: bool) -> None:
    assert bool(ending(words).search(text)) is ends


# (lang, text, the sales' owner): the brand selling on the platform, not the platform it sells on.
SOLD_ON = [
    ("it", "Barilla punta sulla Cina. Secondo l'azienda, le vendite della marca su JD.com hanno raggiunto nel "
           "2023 1,2 miliardi di yuan.", "Barilla"),
    ("en", "Mutti opened a flagship store in May. Sales of tomato sauce at the brand's store on Tmall reached "
           "7.2 million yuan in the first month.", "Mutti"),
    ("fr", "Longchamp mise sur la Chine. Les ventes de la maison sur Tmall ont atteint 41,5 millions de yuans "
           "lors du 11.11.", "Longchamp"),
]


@pytest.mark.parametrize(("lang", "text", "owner"), SOLD_ON)
def test_a_platform_where_a_brand_sells_does_not_own_its_sales(extract_text, lang: str, text: str,
                                                               owner: str) -> None:
    metrics = [f for f in extract_text(lang, text).facts if isinstance(f, Metric)]
    assert [m.subject for m in metrics] == [owner]
