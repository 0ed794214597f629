"""Owner nouns bound to the name written right after them ("Le groupe Rémy Cointreau") point back to it."""

from __future__ import annotations

import pytest

from crossreach.models import Metric
from crossreach.relate.bound_nouns import noun_head


@pytest.mark.parametrize(("words", "determiners", "head"), [
    ("Le groupe", ["le ", "la "], "groupe"),
    ("ce groupe", ["le ", "ce "], "groupe"),
    ("the charity livestream", ["the "], "livestream"),
    ("l'entreprise", ["l'"], "entreprise"),
    ("该集团", ["该"], "集团"),
    ("Der Konzern", ["der ", "die "], "konzern"),
])
def test_a_noun_phrase_is_keyed_by_its_head(words: str, determiners: list[str], head: str) -> None:
    assert noun_head(words, determiners) == head


BOUND = [
    # (lang, text, the subject of its one metric): the noun opening the last sentence is the
    # group named right after the same noun before, not the brand named last.
    ("it", "Il gruppo Ferrero ha aperto un negozio su Tmall. Nutella ha venduto molto. "
           "Il gruppo ha chiuso il 2023 con un fatturato di 17 miliardi di euro.", "Ferrero"),
    ("en", "The group LVMH opened a store on Tmall in 2021. Dior launched a campaign there. "
           "The group reported revenue of 86 billion euros in 2023.", "LVMH"),
    ("de", "Der Konzern Henkel eröffnete 2022 einen Shop auf Tmall. Schwarzkopf verkaufte dort viel. "
           "Der Konzern setzte 2023 rund 21,5 Milliarden Euro um.", "Henkel"),
    ("es", "El grupo Inditex abrió una tienda en Tmall en 2020. Zara lanzó una colección allí. "
           "El grupo facturó 35.900 millones de euros en 2023.", "Inditex"),
    ("pt", "O grupo Alpargatas abriu uma loja no Tmall. A Havaianas vendeu bem. "
           "O grupo teve receita de 4,1 bilhões de reais em 2023.", "Alpargatas"),
    ("zh", "该集团阿里巴巴去年在天猫开设了旗舰店。淘宝也推出了新功能。该集团2023年营收达到8686亿元。", "Alibaba"),
    # A noun with its own name right after it, opening the sentence before an aside, is that name.
    ("fr", "L'Oréal a publié ses résultats mardi. La marque Lancôme, propriété du groupe, a attiré "
           "3 millions de visiteurs sur sa boutique en ligne.", "Lancôme"),
]


@pytest.mark.parametrize(("lang", "text", "subject"), BOUND)
def test_an_opening_noun_names_the_name_it_was_bound_to(extract_text, lang: str, text: str, subject: str) -> None:
    metrics = [f for f in extract_text(lang, text).facts if isinstance(f, Metric)]
    assert [m.subject for m in metrics] == [subject]


def test_a_work_noun_is_bound_to_no_name(extract_text) -> None:
    # "the video" is no "Tencent Video": the video's views stay with whoever the ranker picks.
    text = ("The brand posted the video Tencent Video promoted. "
            "The video drew 3 million views on Weibo.")
    metrics = [f for f in extract_text("en", text).facts if isinstance(f, Metric)]
    assert all(m.subject != "Tencent Video" for m in metrics)
