"""Partnerships: cue words, presence on a platform, and what cancels them."""

from __future__ import annotations

import pytest

from crossreach.models import Partnership


def _parties(extract_text, lang: str, text: str) -> list[set[str]]:
    return [set(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Prada teams up with Tmall to open a flagship store.", [{"Prada", "Tmall"}]),
    ("it", "Valentino sbarca su Tmall Luxury Pavilion.", [{"Valentino", "Tmall Luxury Pavilion"}]),
    ("fr", "Le château de Versailles fait ses débuts sur Fliggy.", [{"Château de Versailles", "Fliggy"}]),
    ("de", "Tate und National Gallery starten auf Bilibili.", [{"Tate", "Bilibili"}, {"National Gallery", "Bilibili"}]),
    ("es", "El Museo del Prado firma un acuerdo de colaboración con Fliggy.", [{"Museo del Prado", "Fliggy"}]),
    ("pt", "A Burberry assinou uma parceria com a Tencent.", [{"Burberry", "Tencent"}]),
    ("zh", "卢浮宫联手抖音推出云游直播。", [{"Louvre", "Douyin"}]),
    # Parties listed together after the cue are one partnership of three.
    ("en", "Starbucks teams up with Alibaba and Ele.me to deliver coffee.", [{"Starbucks", "Alibaba", "Ele.me"}]),
    ("it", "Il progetto nasce da un'intesa tra gli Uffizi, Weibo e l'ENIT per attirare turisti.",
     [{"Uffizi Galleries", "Weibo", "ENIT"}]),
    # Two cues in one sentence, each with its own parties; an owner in apposition is no party.
    ("it", "Prada ha siglato un accordo con Tmall, la piattaforma di Alibaba; Salvatore Ferragamo ha invece "
           "annunciato una partnership con JD.com.", [{"Prada", "Tmall"}, {"Salvatore Ferragamo", "JD.com"}]),
    # A sentence that opens with an anaphor works with what the sentence before was about.
    ("es", "El Museo del Prado cumple doscientos años. El museo también colabora con Turespaña.",
     [{"Museo del Prado", "Turespaña"}]),
    # A name in an aside before the cue is not the party: the sentence's subject is.
    ("en", "Valentino Beauty, made under licence by L'Oréal, started a collaboration with Xiaohongshu.",
     [{"Valentino", "Xiaohongshu"}]),
    ("en", "Burberry and Tencent extend their retail pact.", [{"Burberry", "Tencent"}]),
    # An event can be a party.
    ("en", "The Harbour Lights International Festival of Film has partnered with Tencent to stream its screenings.",
     [{"Harbour Lights International Festival of Film", "Tencent"}]),
])
def test_partnership_is_read(extract_text, lang, text, expected) -> None:
    assert _parties(extract_text, lang, text) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kuaishou overtook Douyin in rural China."),  # rivals
    ("en", "Tom Ashby said the Tate had no plans to open a store on Tmall."),  # said not to
    ("it", "Tmall e JD.com sono in concorrenza per i marchi del lusso."),  # platforms only
    ("en", "Gucci and Prada reported higher sales in China."),  # no cue
])
def test_no_partnership_without_working_together(extract_text, lang, text) -> None:
    assert _parties(extract_text, lang, text) == []
