"""Agency datelines written without their year: the year the text makes coherent."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crossreach.ingest.dateline import find_dateline
from crossreach.lexicon import load_language

#: Each lead names one weekday: the dateline's day falls on it in one year of the span the text names.
YEARLESS = [
    ("en", "BEIJING, March 3 (Reuters) - The group said on Friday its revenue rose to 10 billion yuan "
           "in 2022, up from 2021 and far ahead of 2017.", "2023-03-03"),
    ("es", "Madrid, 12 jul (EFE).- La liga ha cerrado un acuerdo con la plataforma, informó este "
           "miércoles la patronal, tras la temporada 2022-23 y con un objetivo para 2026.", "2023-07-12"),
    ("fr", "PARIS, 8 fév (AFP) - Le club a franchi le cap du million d'abonnés, a annoncé mardi le club, "
           "qui comptait 400 000 abonnés en 2021.", "2022-02-08"),
    ("it", "MILANO, 14 mar (ANSA) - Il gruppo ha annunciato martedì di aver chiuso il 2022 con ricavi "
           "in crescita sulla piattaforma cinese.", "2023-03-14"),
    ("de", "Düsseldorf, 5. Okt. (dpa) - Der Verein teilte am Donnerstag mit, dass sein Konto seit "
           "2022 mehr als eine Million Follower gewonnen habe.", "2023-10-05"),
    ("pt", "Porto, 14 mar (Lusa) - A associação anunciou esta terça-feira que as vendas de 2022 na "
           "plataforma chinesa duplicaram face ao ano anterior.", "2023-03-14"),
    # no weekday (nor one that an unspaced script names apart): the year the text names most
    ("zh", "新华社北京11月12日电（记者 张三）2022年天猫双11购物节落下帷幕，记者12日从天猫方面获悉，"
           "今年双11期间成交额同比增长，其中进口品牌的成交额增长最快，多个欧洲品牌成交额创下新高。", "2022-11-12"),
    ("en", "GLASGOW, Aug 2 (Reuters) - The league's highlights drew millions of viewers in the "
           "2023-24 season, and the 2024 rights deal runs for three seasons.", "2024-08-02"),


    # a dispatch closed by its own word, with no bracket or dash after it
    ("zh", "新华社北京3月12日电 该品牌在天猫旗舰店的销售额在2023年翻了一番，达到五亿元人民币，"
           "其中超过一半来自直播带货，公司表示今年将继续加大在社交平台上的投入，扩大直播规模。", "2023-03-12"),
]


#: Datelines with their year, in the forms wires and pages write them.
DATED = [
    ("en", "LONDON, March 12, 2024 (Reuters) - The group said its revenue rose to 10 billion yuan on the "
           "platform, ahead of its rivals.", "2024-03-12"),
    ("en", "Last updated on March 12th, 2024", "2024-03-12"),
    # an agency's credit in brackets, then the date, on a short line of its own
    ("zh", "（中央社記者林佳蓉台北17日電）2025年1月17日", "2025-01-17"),
    ("en", "(Reuters) 12 March 2024", "2024-03-12"),
    # a place and its date, closed by a full stop, opening the lead
    ("de", "Berlin, 2. März 2026. Die 76. Internationalen Filmfestspiele Berlin sind am Sonntagabend mit "
           "einem Besucherrekord zu Ende gegangen.", "2026-03-02"),
    ("en", "London, 2 March 2026. The festival closed on Sunday evening with a record number of visitors "
           "and tickets.", "2026-03-02"),
    ("it", "Milano, 2 marzo 2026. Il festival si è chiuso domenica sera con un record di visitatori e di "
           "biglietti.", "2026-03-02"),
    ("fr", "Paris, 2 mars 2026. Le festival s'est achevé dimanche soir sur un record de fréquentation et "
           "de billets.", "2026-03-02"),
    ("es", "Madrid, 2 de marzo de 2026. El festival cerró el domingo por la noche con un récord de "
           "visitantes y entradas.", "2026-03-02"),
    ("pt", "Lisboa, 2 de março de 2026. O festival encerrou no domingo à noite com um recorde de "
           "visitantes e de bilhetes.", "2026-03-02"),
    # a date and a time, then the paper and the reporter after a wide space
    ("zh", "2026/02/16 07:20\u3000經濟日報\u3000記者 林品妤／台北報導", "2026-02-16"),
]


@pytest.mark.parametrize(("lang", "line", "expected"), DATED)
def test_a_dateline_with_its_year(lang: str, line: str, expected: str) -> None:
    assert find_dateline(f"Headline\n\n{line}\n\nBody.", load_language(lang)) == expected


@pytest.mark.parametrize(("lang", "lead", "expected"), YEARLESS)
def test_a_yearless_agency_dateline_takes_the_year_the_text_makes_coherent(
        lang: str, lead: str, expected: str) -> None:
    assert find_dateline(f"Headline\n\n{lead}", load_language(lang)) == expected


def test_a_dated_line_wins_over_a_yearless_dateline_below_it() -> None:
    text = ("Headline\n\nPublished 4 March 2023\n\nBEIJING, March 3 (Reuters) - The group said on Friday "
            "its revenue rose to 10 billion yuan in 2022, up from 2021.")
    assert find_dateline(text, load_language("en")) == "2023-03-04"


def test_a_yearless_dateline_in_a_text_naming_no_year_gives_no_date() -> None:
    text = "Headline\n\nBEIJING, March 3 (Reuters) - The group said on Friday its revenue rose to 10 billion yuan."
    assert find_dateline(text, load_language("en")) is None


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200), st.sampled_from(["en", "es", "de", "zh"]))
def test_a_dateline_found_in_any_text_is_an_iso_day(text: str, lang: str) -> None:
    found = find_dateline(text, load_language(lang))
    assert found is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", found)


#: A year after a term's end cue is a future the article looks to, and a count's as-of date cannot be
#: later than the article: neither gives the year of a yearless dateline.
TERM_AND_AS_OF = [
    ("zh", "新华社上海4月22日电 F1官方22日宣布与腾讯体育续约，合作期限延长至2027赛季结束，"
           "此前双方已将合作延续至2027年。截至2023年底，腾讯视频付费会员数为1.17亿。", "2024-04-22"),
    ("en", "BEIJING, March 3 (Reuters) - The league's deal with the platform now runs until 2027 and "
           "was renewed to 2027; the club had 2 million followers in 2024.", "2024-03-03"),
    ("de", "Berlin, 12.07. (dpa) - Der Vertrag läuft bis 2028, verlängert bis 2028; Stand 31. Dezember "
           "2023 hatte der Verein eine Million Follower, 2022 waren es weniger.", "2024-07-12"),
]


@pytest.mark.parametrize(("lang", "lead", "expected"), TERM_AND_AS_OF)
def test_a_yearless_dateline_takes_no_term_end_and_follows_the_counts_as_of_date(
        lang: str, lead: str, expected: str) -> None:
    assert find_dateline(f"Headline\n\n{lead}", load_language(lang)) == expected


#: Short lines whose date is a term's end or a count's as-of date, not the publication's.
NOT_PUBLISHED = [
    ("de", "Follower der offiziellen Konten in Millionen, Stand 31. Dezember 2022:"),
    ("en", "Figures as of December 31, 2023"),
    ("en", "The deal runs until 30 June 2027"),
    ("zh", "合作期限延长至2027年6月30日"),
]


@pytest.mark.parametrize(("lang", "line"), NOT_PUBLISHED)
def test_a_line_dating_a_term_or_a_count_is_no_dateline(lang: str, line: str) -> None:
    assert find_dateline(f"Headline\n\n{line}\n\nBody.", load_language(lang)) is None
