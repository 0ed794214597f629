"""A headline that opens with the document's subject and names the platform it sells or works through
(``relate.partnership_headlines``)."""

from __future__ import annotations

import pytest

from crossreach.models import Partnership


def _parties(extract_text, lang: str, text: str) -> list[set[str]]:
    return sorted((set(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)),
                  key=sorted)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "Deoleo vende 2,3 millones de botellas de aceite en Pinduoduo\n\nDeoleo celebra el resultado del "
           "festival.", [{"Deoleo", "Pinduoduo"}]),
    ("it", "Pirelli vende 2,4 milioni di pneumatici su Tmall\n\nPirelli festeggia il risultato.",
     [{"Pirelli", "Tmall"}]),
    ("fr", "Lancôme vend deux millions de flacons sur JD.com\n\nLancôme se félicite du résultat.",
     [{"JD.com", "Lancôme"}]),
    ("de", "Adidas verkauft Schuhe für 180 Millionen Yuan über JD.com\n\nAdidas meldet ein Plus von einem Drittel.",
     [{"Adidas", "JD.com"}]),
    ("pt", "Minerva Foods vende 8,5 mil toneladas de carne no JD.com\n\nA Minerva Foods comemora o resultado.",
     [{"JD.com", "Minerva Foods"}]),
    # A cue right after the platform's name: an ended deal is a deal too.
    ("en", "World Snooker Tour moves streaming rights to Huya after Youku deal ends\n\nWorld Snooker Tour said on "
           "Tuesday it was pleased.", [{"Huya", "World Snooker Tour"}, {"World Snooker Tour", "Youku"}]),
    # The platform is the subject of a clause of its own: no partner.
    ("en", "Usborne sells 1.1 million books in China as Douyin livestreams drive demand\n\nUsborne said sales "
           "tripled.", []),
    # A denial in the headline; a text of one sentence, which has no headline.
    ("de", "Adidas verkauft seine Schuhe nicht über JD.com\n\nAdidas meldet ein Plus von einem Drittel.", []),
    ("es", "Deoleo vende 2,3 millones de botellas de aceite en Pinduoduo.", []),
    # No cue word: the platform preposition before the platform says where the subject works.
    ("en", "Wedgwood finds a young audience of collectors on Vipshop\n\nWedgwood said orders doubled.",
     [{"Vipshop", "Wedgwood"}]),
    ("it", "Alessi fa il pieno di ordini su Tmall Global\n\nAlessi festeggia il risultato.",
     [{"Alessi", "Tmall Global"}]),
    # ... unless the subject is one of a list of peers, the head of a compound, or an audience is measured.
    ("fr", "Clarins, Sisley et Caudalie en tête des marques de soin sur Tmall\n\nLe classement est publié.", []),
    ("de", "Neuschwanstein-Hype auf Xiaohongshu\n\nNeuschwanstein zieht mehr Gäste an.", []),
    ("it", "Moncler, 1,8 milioni di spettatori su Douyin\n\nMoncler festeggia il risultato.", []),
])
def test_headline_subject_and_its_platform(extract_text, lang: str, text: str, expected: list[set[str]]) -> None:
    assert _parties(extract_text, lang, text) == expected
