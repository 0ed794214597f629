"""An adverb inside a presence phrase ("ha puntato invece su", "est désormais présent sur") keeps the cue."""

from __future__ import annotations

import pytest

from crossreach.models import Partnership
from crossreach.relate.cue_inserts import with_inserts


@pytest.mark.parametrize(("phrases", "inserts", "expected"), [
    (["ist auf"], ["jetzt"], ["ist auf", "ist jetzt auf"]),
    (["ha puntato su"], ["invece"], ["ha puntato su", "ha invece puntato su", "ha puntato invece su"]),
    (["joins"], ["also"], ["joins"]),  # one word: no gap
    (["入驻"], [], ["入驻"]),
    (None, ["also"], []),
    (["est sur", "est sur"], ["aussi", "nun auch"], ["est sur", "est aussi sur", "est nun auch sur"]),
])
def test_each_gap_once_per_insert(phrases: object, inserts: object, expected: list[str]) -> None:
    assert with_inserts(phrases, inserts) == expected


#: (language, sentence, parties): a brand put on a platform by a presence phrase an adverb splits.
SPLIT_CUES: list[tuple[str, str, set[str]]] = [
    ("it", "Prada ha puntato invece su Douyin per la campagna di San Valentino.", {"Prada", "Douyin"}),
    ("it", "Anche Valentino è ora presente su Tmall con un negozio di accessori.", {"Valentino", "Tmall"}),
    ("en", "Burberry has now been on Tmall for three years.", {"Burberry", "Tmall"}),
    ("fr", "Lancôme est désormais présente sur Douyin avec une boutique officielle.", {"Lancôme", "Douyin"}),
    ("fr", "Chanel fait elle aussi ses débuts sur Xiaohongshu cette semaine.", {"Chanel", "Xiaohongshu"}),
    ("de", "Adidas ist jetzt auch auf Douyin vertreten.", {"Adidas", "Douyin"}),
    ("de", "Puma startet ebenfalls auf Tmall mit einem eigenen Flagship-Store.", {"Puma", "Tmall"}),
    ("es", "Zara llega también a Tmall con su colección de invierno.", {"Zara", "Tmall"}),
    ("es", "Loewe está ya en JD.com con una tienda oficial.", {"Loewe", "JD.com"}),
    ("pt", "A Havaianas chega agora ao Tmall Global com vinte modelos.", {"Havaianas", "Tmall Global"}),
    ("pt", "O Boticário está também no Douyin desde março.", {"O Boticário", "Douyin"}),
    ("zh", "普拉达也入驻了抖音。", {"Prada", "Douyin"}),
]


@pytest.mark.parametrize(("lang", "text", "parties"), SPLIT_CUES)
def test_an_adverb_inside_a_presence_cue(extract_text, lang: str, text: str, parties: set[str]) -> None:
    found = [set(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)]
    assert found == [parties]


#: An adverb inside a phrase that is no presence cue gives no partnership.
NO_CUE: list[tuple[str, str]] = [
    ("it", "Prada ha parlato invece su Douyin dei suoi risultati, senza accordi."),
    ("de", "Adidas spricht jetzt auch auf Douyin über Nachhaltigkeit."),
    ("en", "Burberry now talks on Tmall about its heritage."),
]


@pytest.mark.parametrize(("lang", "text"), NO_CUE)
def test_no_cue_no_partnership(extract_text, lang: str, text: str) -> None:
    assert [f for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)] == []
