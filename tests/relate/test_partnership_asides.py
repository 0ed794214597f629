"""An aside about a name (a relative clause, an apposition) and the cue it holds."""

from __future__ import annotations

import re

import pytest

from crossreach.lexicon import load_language
from crossreach.models import Mention, Partnership, Sentence
from crossreach.relate.partnership_asides import aside_of, aside_opening, conjunction_at_end


def _mention(text: str, name: str) -> Mention:
    at = text.index(name)
    return Mention(text=name, name=name, type="ORG", start=at, end=at + len(name), origin="lexicon")


#: (language, sentence, names, cue word, the name the aside speaks of or None)
ASIDES: list[tuple[str, str, list[str], str, str | None]] = [
    ("en", "Nike, which sponsors the team, reported higher sales on Tmall.", ["Nike", "Tmall"], "sponsors", "Nike"),
    ("en", "LVMH bought Tiffany, a partner of Tmall since 2019.", ["LVMH", "Tiffany", "Tmall"], "partner", "Tiffany"),
    ("it", "LVMH ha comprato Tiffany, un partner di Tmall.", ["LVMH", "Tiffany", "Tmall"], "partner", "Tiffany"),
    ("fr", "Nike, qui sponsorise l'equipe, vend sur Tmall.", ["Nike", "Tmall"], "sponsorise", "Nike"),
    ("de", "Tiffany, ein Partner von Tmall, wuchs.", ["Tiffany", "Tmall"], "Partner", "Tiffany"),
    ("es", "Nike, que patrocina al equipo, vende en Tmall.", ["Nike", "Tmall"], "patrocina", "Nike"),
    ("pt", "A Nike, que patrocina a equipa, vende no Tmall.", ["Nike", "Tmall"], "patrocina", "Nike"),
    # no aside: a plain clause, a closing comma, the end of a list, an article opening a name, a locative
    ("en", "Burberry signed a partnership with Tencent.", ["Burberry", "Tencent"], "partnership", None),
    ("en", "Tmall, owned by Alibaba, signed a deal with Burberry.", ["Tmall", "Alibaba", "Burberry"], "deal", None),
    ("es", "Figuran Enate y Bodegas El Coto, que se suman al canal.", ["Enate", "Bodegas El Coto"], "canal", None),
    ("fr", "L'OM passe le cap sur Douyin, la Ligue 1 signe avec Youku.", ["Douyin", "Ligue 1", "Youku"], "signe",
     None),
    ("en", "Adidas fared better on JD.com, where it expanded its partnership.", ["Adidas", "JD.com"], "partnership",
     None),
    ("zh", "古驰与腾讯签署合作协议。", ["古驰", "腾讯"], "合作", None),
]


@pytest.mark.parametrize(("lang", "text", "names", "cue", "named"), ASIDES)
def test_the_name_an_aside_speaks_of(lang: str, text: str, names: list[str], cue: str, named: str | None) -> None:
    lexicon = load_language(lang)
    sentence = Sentence(text=text, start=0, end=len(text), index=0)
    found = aside_of(sentence, re.search(re.escape(cue), text), [_mention(text, n) for n in names],
                     aside_opening(lexicon), conjunction_at_end(lexicon))
    assert (found[0].name if found else None) == named


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Le Louvre a vendu 38 000 billets à des visiteurs chinois via Trip.com, l'agence de voyages en ligne avec "
           "laquelle il a signé en mars un accord de distribution.", [{"Ctrip", "Louvre"}]),
    ("it", "Gucci ha venduto 20.000 borse attraverso Tmall, la piattaforma con cui collabora dal 2023.",
     [{"Gucci", "Tmall"}]),
    ("es", "El Prado vendió 30.000 entradas a turistas chinos a través de Trip.com, la agencia con la que firmó un "
           "acuerdo en marzo.", [{"Ctrip", "Museo del Prado"}]),
    ("pt", "O Louvre vendeu 30 mil bilhetes através da Trip.com, a agência com a qual assinou um acordo em março.",
     [{"Ctrip", "Louvre"}]),
    ("en", "The Louvre sold 38,000 tickets to Chinese visitors through Trip.com, the online travel agency with which "
           "it signed a distribution deal in March.", [{"Ctrip", "Louvre"}]),
])
def test_an_aside_with_whom_the_subject_works(extract_text, lang: str, text: str, expected: list[set[str]]) -> None:
    """An aside a partner preposition with a relative pronoun opens (``partnerships.partner_relatives``): the
    name before it is the partner of the sentence's subject; visitors sold tickets to are no audience
    measured on the platform."""
    found = [set(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)]
    assert found == expected
