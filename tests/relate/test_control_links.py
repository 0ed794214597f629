"""Names tied to the sentence's subject by control or ownership (relate/control_links.py)."""

from __future__ import annotations

import pytest

from crossreach.lexicon import load_language
from crossreach.models import Mention
from crossreach.relate.control_links import control_cues

SPACED = {"en": True, "it": True, "fr": True, "de": True, "es": True, "pt": True, "zh": False}


def _mention(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention(text=name, name=name, type="organization", start=start, end=start + len(name))


# (lang, sentence, the names in it, the name asked about, whether a control cue ties it)
TIES = [
    # a parent named after "controlled by", an article or an adjective between
    ("es", "El gigante de Shenzhen, controlado por Tencent, cerró el trimestre con 593 millones de usuarios.",
     ["Tencent"], "Tencent", True),
    ("pt", "O domínio do iFood, controlado pela holandesa Prosus, que processou 120 milhões de pedidos.",
     ["iFood", "Prosus"], "Prosus", True),
    # the units a parent controls, listed after the cue
    ("it", "Il gruppo di Shenzhen, che controlla QQ Music, Kugou e Kuwo, ha chiuso il trimestre con 576 milioni "
           "di utenti.", ["QQ Music", "Kugou", "Kuwo"], "Kuwo", True),
    ("en", "Ornua, the owner of Kerrygold, said its store attracted 2.5 million visitors.",
     ["Ornua", "Kerrygold"], "Kerrygold", True),
    ("fr", "Le groupe, détenu par LVMH, revendique 2 millions d'abonnés.", ["LVMH"], "LVMH", True),
    ("de", "Die Marke, eine Tochtergesellschaft von Adidas, zählt 1,2 Millionen Follower.", ["Adidas"], "Adidas",
     True),
    # a unit named before "'s parent", "的母公司"
    ("en", "Art Basel's parent company, MCH Group, had revenue of 450 million francs.", ["Art Basel", "MCH Group"],
     "Art Basel", True),
    ("zh", "巴塞尔艺术展的母公司MCH集团去年营业额为4.5亿瑞士法郎。", ["巴塞尔艺术展", "MCH集团"], "巴塞尔艺术展", True),
    # the subject itself, and a name after the cue's clause has closed
    ("en", "Ornua, the owner of Kerrygold, said its store attracted 2.5 million visitors.",
     ["Ornua", "Kerrygold"], "Ornua", False),
    ("zh", "巴塞尔艺术展的母公司MCH集团去年营业额为4.5亿瑞士法郎。", ["巴塞尔艺术展", "MCH集团"], "MCH集团", False),
    ("en", "Tmall, owned by Alibaba. JD.com has 500 million users.", ["Tmall", "Alibaba", "JD.com"], "JD.com", False),
    # a parent in a leading participle phrase, up to its comma: the subject after it owns the figures
    ("fr", "Détenu à 86,5 % par la Fondation Pierre Fabre, reconnue d'utilité publique, le groupe a réalisé "
           "2,7 milliards d'euros.", ["Fondation Pierre Fabre"], "Fondation Pierre Fabre", True),
    ("fr", "Propriété depuis 1993 du groupe Holder, la maison compte 1 500 salariés.", ["Holder"], "Holder", True),
    ("en", "Controlled by Kering since 2004, the brand sold 2 million bags.", ["Kering"], "Kering", True),
    ("it", "Acquisita nel 2019 da Tencent, la società ha 300 milioni di utenti.", ["Tencent"], "Tencent", True),
    ("es", "Propiedad del grupo Puig, la marca vendió 3 millones.", ["Puig"], "Puig", True),
    ("pt", "Controlada pela família Amorim através da Amorim Investimentos, a Corticeira faturou 985 milhões.",
     ["Amorim Investimentos"], "Amorim Investimentos", True),
    ("de", "Von Tencent im Jahr 2019 übernommen, zählt die Marke 2 Millionen Follower.", ["Tencent"], "Tencent", True),
    ("zh", "由腾讯控股，该公司去年营收为30亿元。", ["腾讯"], "腾讯", True),
    # the subject after the phrase's comma, and a phrase no participle opens or closes
    ("en", "Owned since 2004 by Kering, Gucci sold 2 million bags, up 10%.", ["Kering", "Gucci"], "Gucci", False),
    ("fr", "Fondé en 1980, le ZooParc de Beauval a accueilli 2,1 millions de visiteurs.", ["ZooParc de Beauval"],
     "ZooParc de Beauval", False),
    ("en", "In 2024 Kering, which sold 2 million bags, grew.", ["Kering"], "Kering", False),
    # too many words between the cue and the name: another clause's
    ("es", "Controlado por el grupo desde hace muchos años, Tencent Music tiene 593 millones de usuarios.",
     ["Tencent Music"], "Tencent Music", False),
]


@pytest.mark.parametrize(("lang", "text", "names", "asked", "tied"), TIES)
def test_a_control_cue_ties_a_parent_or_a_unit_to_the_subject(lang: str, text: str, names: list[str], asked: str,
                                                              tied: bool) -> None:
    mentions = [_mention(text, name) for name in names]
    mention = next(m for m in mentions if m.name == asked)
    assert control_cues(load_language(lang), SPACED[lang]).ties(text, mention, mentions, 0) is tied


def test_a_language_without_control_cues_ties_nothing() -> None:
    text = "Tencent has 1.3 billion users."
    mention = _mention(text, "Tencent")
    assert not control_cues(load_language("en"), True).ties(text, mention, [mention], 0)
