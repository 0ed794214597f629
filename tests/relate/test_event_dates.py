"""Figures dated by the event their sentence names."""

from __future__ import annotations

import pytest

from crossreach.models import Metric

_P = "2023-11-15"


@pytest.mark.parametrize(("lang", "text", "value", "date"), [
    # the event told with its day, another date told in between: the event's
    ("en", "On November 3, Li Jiaqi hosted a livestream for Estee Lauder on Taobao Live. On October 20 the brand "
           "had opened a store on Douyin.\n\nDuring the livestream, the brand sold 100,000 bottles on Taobao Live.",
     100_000, "2023-11-03"),
    ("it", "Il 3 novembre Li Jiaqi ha condotto una diretta per Estée Lauder su Taobao Live. Il 20 ottobre il "
           "marchio aveva aperto un negozio su Douyin.\n\nDurante la diretta il marchio ha venduto 100.000 "
           "flaconi su Taobao Live.", 100_000, "2023-11-03"),
    ("es", "El 3 de noviembre, Li Jiaqi presentó un directo para Estée Lauder en Taobao Live. El 20 de octubre la "
           "marca había abierto una tienda en Douyin.\n\nDurante el directo, la marca vendió 100.000 frascos en "
           "Taobao Live.", 100_000, "2023-11-03"),
    ("zh", "11月3日，李佳琦在淘宝直播为兰蔻带货。10月20日，该品牌在抖音开设了旗舰店。\n\n直播期间，该品牌在淘宝直播"
           "售出10万瓶。", 100_000, "2023-11-03"),
    # the event's sentence dates a deal's signing, not the event: the date before stands
    ("en", "On Monday the orchestra's concert drew 3.2 million viewers on Tencent Video.\n\nThe concert was "
           "presented under a memorandum signed in June.\n\nThe concert received over 1.5 million likes on "
           "Tencent Video.", 1_500_000, "2023-11-13"),
    # no event named: the last date before
    ("en", "On November 3, Li Jiaqi hosted a livestream for Estee Lauder on Taobao Live. On October 20 the brand "
           "had opened a store on Douyin.\n\nThe brand sold 100,000 bottles on Taobao Live.", 100_000, "2023-10-20"),
])
def test_a_figure_naming_an_event_takes_the_event_s_date(extract_text, lang, text, value, date) -> None:
    facts = [f for f in extract_text(lang, text, _P).facts if isinstance(f, Metric) and f.value == value]
    assert [f.date for f in facts] == [date]


@pytest.mark.parametrize(("lang", "text", "value", "date"), [
    # a day of reporting opening the article, the event told after it: the event's day
    ("en", "Bayern's victory in the cup final drew 30 million viewers on Douyin, Bayern said on Tuesday.\n\n"
           "Bayern beat Dortmund 4-0 in Berlin on Sunday night.", 30_000_000, "2023-11-12"),
    ("fr", "La victoire du PSG en finale a été suivie par 30 millions de spectateurs sur Douyin, selon les chiffres "
           "publiés mardi par la ligue.\n\nLe PSG a battu Lyon 4-0 dimanche soir à Paris.", 30_000_000, "2023-11-12"),
    ("de", "Den Sieg des FC Bayern im Pokalfinale verfolgten 30 Millionen Zuschauer auf Douyin, wie die Liga am "
           "Dienstag mitteilte.\n\nDer FC Bayern schlug Dortmund am Sonntagabend in Berlin mit 4:0.", 30_000_000,
     "2023-11-12"),
    ("zh", "据联赛周二公布的数据，拜仁在杯赛决赛中的胜利在抖音吸引了3000万观众。\n\n"
           "拜仁周日晚在柏林以4比0击败多特蒙德。",
     30_000_000, "2023-11-12"),
    # no event told after it: the day of reporting stands
    ("en", "Bayern's victory in the cup final drew 30 million viewers on Douyin, Bayern said on Tuesday.\n\n"
           "The club joined Douyin in 2019.", 30_000_000, "2023-11-14"),
])
def test_a_day_of_reporting_opening_an_article_gives_way_to_the_event_told_after_it(
        extract_text, lang, text, value, date) -> None:
    facts = [f for f in extract_text(lang, text, _P).facts if isinstance(f, Metric) and f.value == value]
    assert [f.date for f in facts] == [date]


@pytest.mark.parametrize(("lang", "text", "value", "date"), [
    # a day of reporting in a clause of its own, a year told in the sentence before: that year's figure
    ("de", "Chanel hat 2022 so viel umgesetzt wie nie zuvor. Wie das Pariser Modehaus am Mittwoch mitteilte, stieg "
           "der Umsatz auf 17,2 Mrd. Dollar.", 17_200_000_000, "2022"),
    ("en", "Chanel had its best year ever in 2022. As the Paris fashion house said on Monday, revenue rose to 17.2 "
           "billion dollars.", 17_200_000_000, "2022"),
    ("fr", "Chanel a connu en 2022 sa meilleure année. Comme l'a annoncé lundi la maison parisienne, son chiffre "
           "d'affaires a atteint 17,2 milliards de dollars.", 17_200_000_000, "2022"),
    ("it", "Chanel ha chiuso il 2022 con ricavi record. Come ha comunicato lunedì la maison parigina, il fatturato "
           "è salito a 17,2 miliardi di dollari.", 17_200_000_000, "2022"),
    # no period told before: the day of reporting stands
    ("en", "Chanel opened a store on Tmall. As the Paris fashion house said on Monday, the store sold 10,000 bags.",
     10_000, "2023-11-13"),
])
def test_a_day_of_reporting_gives_way_to_the_period_told_before(extract_text, lang, text, value, date) -> None:
    facts = [f for f in extract_text(lang, text, _P).facts if isinstance(f, Metric) and f.value == value]
    assert [f.date for f in facts] == [date]
