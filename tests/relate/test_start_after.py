"""Dates that say when something began, told by a word after them."""

from __future__ import annotations

import pytest

from crossreach.models import Metric
from crossreach.relate.start_after import signed_after, started_after


@pytest.mark.parametrize(("lang", "text", "date_text", "expected"), [
    ("de", "Der 2019 eröffnete Store hat 500.000 Follower.", "2019", True),
    ("de", "Adidas, das im März 2019 auf Tmall gestartet war, hat 500.000 Follower.", "im März 2019", True),
    ("de", "Das im Vorjahr ins Leben gerufene Konto hat 500.000 Follower.", "im Vorjahr", True),
    ("de", "Im März 2019 verkaufte Adidas 500.000 Paar Schuhe.", "Im März 2019", False),
    ("zh", "阿迪达斯2019年开通的天猫旗舰店拥有50万粉丝。", "2019年", True),
    ("zh", "阿迪达斯于今年3月在天猫开设的旗舰店已售出2万双鞋。", "今年3月", True),
    ("zh", "2019年，阿迪达斯开通的天猫旗舰店售出2万双鞋。", "2019年", False),
    # a language that lists none
    ("en", "The store opened in 2019 has 500,000 followers.", "2019", False),
])
def test_a_start_word_after_a_date(lang, text, date_text, expected) -> None:
    end = text.index(date_text) + len(date_text)
    assert started_after(lang, text, end) is expected


@pytest.mark.parametrize(("lang", "text", "value", "date"), [
    ("de", "Der 2019 eröffnete Tmall-Store von Adidas hat 500.000 Follower.", 500_000, "2023-11-15"),
    ("zh", "阿迪达斯2019年开通的天猫旗舰店拥有50万粉丝。", 500_000, "2023-11-15"),
    # the figure's own date stands
    ("de", "Im März 2019 verkaufte der Tmall-Store von Adidas 20.000 Paar Schuhe.", 20_000, "2019-03"),
    # a month past a semicolon is another clause's
    ("de", "Das Konto von Ravensburger auf Xiaohongshu hat rund 380.000 Follower; tonies verkaufte bis Ende "
           "Februar 45.000 Tonieboxen.", 380_000, "2023-11-15"),
    # another clause's signing is a deal's background, not the figure's date
    ("es", "Starbucks acumula 8,2 millones de seguidores en su tienda de Tmall, y Luckin Coffee firmó en junio "
           "un memorando con la FNC.", 8_200_000, "2023-11-15"),
    ("it", "Lavazza conta 1,2 milioni di follower sul suo negozio Tmall, e illy firmò a giugno un accordo con JD.",
     1_200_000, "2023-11-15"),
    # a date past another figure, in another clause, is that figure's
    ("it", "Il negozio Tmall conta 8,6 milioni di follower, mentre l'account Douyin ne ha guadagnati 1,2 milioni "
           "a marzo.", 8_600_000, "2023-11-15"),
])
def test_a_date_that_tells_a_start_dates_no_figure(extract_text, lang, text, value, date) -> None:
    facts = [f for f in extract_text(lang, text, "2023-11-15").facts if isinstance(f, Metric) and f.value == value]
    assert [f.date for f in facts] == [date]


#: A date, then a signing in its clause, a few words after it: the date is a deal's background.
SIGNED = [
    ("it", "A marzo il gruppo ha firmato con JD un memorandum di tre anni.", "A marzo", True),
    ("en", "In March the group signed a three-year memorandum with JD.", "In March", True),
    ("fr", "En mars, le groupe a signé un protocole avec JD.", "En mars", False),  # (a comma closes the clause)
    ("fr", "En mars le groupe a signé un protocole avec JD.", "En mars", True),
    ("de", "Im März unterzeichnete der Konzern eine Absichtserklärung mit JD.", "Im März", True),
    ("es", "En marzo el grupo firmó un memorando con JD.", "En marzo", True),
    ("pt", "Em março o grupo assinou um memorando com a JD.", "Em março", True),
    ("zh", "该集团今年3月与京东签署了三年合作备忘录。", "今年3月", True),
    ("it", "A marzo il gruppo ha venduto 20.000 passeggini su JD.", "A marzo", False),
]


@pytest.mark.parametrize(("lang", "text", "date_text", "expected"), SIGNED)
def test_a_signing_told_after_a_date(lang, text, date_text, expected) -> None:
    end = text.index(date_text) + len(date_text)
    assert signed_after(lang, text, end) is expected


#: Figures told after a signing dated by a month before it take the event before it, not the signing's month.
AFTER_SIGNING = [
    ("it", "Il 18 giugno Chicco ha chiuso il festival 618. A marzo il gruppo ha firmato con JD un memorandum. "
           "Le dirette di Chicco su Douyin hanno totalizzato 380mila commenti."),
    ("en", "On 18 June Chicco closed the 618 festival. In March the group signed a memorandum with JD. "
           "Chicco's livestreams on Douyin drew 380,000 comments."),
    ("es", "El 18 de junio Chicco cerró el festival 618. En marzo el grupo firmó un memorando con JD. "
           "Las retransmisiones de Chicco en Douyin sumaron 380.000 comentarios."),
    ("pt", "A 18 de junho a Chicco fechou o festival 618. Em março o grupo assinou um memorando com a JD. "
           "As transmissões da Chicco na Douyin somaram 380 mil comentários."),
    ("zh", "6月18日，Chicco结束了618购物节。今年3月该集团与京东签署了合作备忘录。"
           "Chicco在抖音的直播共获得38万条评论。"),
]


@pytest.mark.parametrize(("lang", "text"), AFTER_SIGNING)
def test_figures_after_a_signing_take_the_event_before_it(extract_text, lang, text) -> None:
    facts = [f for f in extract_text(lang, text, "2025-06-20").facts if isinstance(f, Metric) and f.value == 380_000]
    assert facts
    assert {f.date for f in facts} == {"2025-06-18"}
