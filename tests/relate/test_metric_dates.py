"""Dates of repeated figures: a headline's figure is dated as its article's statement of it."""

from __future__ import annotations

import pytest

from crossreach.lexicon import load_language
from crossreach.models import Metric
from crossreach.relate.context import DocumentView
from crossreach.relate.metrics import relate_metrics


@pytest.mark.parametrize(("lang", "text", "published", "dates"), [
    ("en", "Philadelphia Orchestra draws 3.2 million viewers on Tencent Video\n\nOn November 8 the Philadelphia "
           "Orchestra's concert drew 3.2 million viewers on Tencent Video.", "2023-11-10",
     ["2023-11-08", "2023-11-08"]),
    ("it", "La Scala supera i 2 milioni di spettatori su Tencent Video\n\nIl 7 dicembre la diretta della Scala "
           "ha raccolto 2 milioni di spettatori su Tencent Video.", "2023-12-11", ["2023-12-07", "2023-12-07"]),
    # a different figure in the headline is no repeat, but it belongs to the event its lead tells
    ("en", "Philadelphia Orchestra draws 3.2 million viewers on Tencent Video\n\nOn November 8 the Philadelphia "
           "Orchestra's concert drew 2.1 million viewers on Tencent Video.", "2023-11-10",
     ["2023-11-08", "2023-11-08"]),
    # ... and with no event dated in its lead, it is as of publication
    ("en", "Philadelphia Orchestra draws 3.2 million viewers on Tencent Video\n\nThe Philadelphia Orchestra's "
           "concert drew 2.1 million viewers on Tencent Video, the platform said in a statement.", "2023-11-10",
     ["2023-11-10", "2023-11-10"]),
    # the same number in another currency is another figure, not a repeat
    ("es", "Puig facturó 2.003 millones de euros en 2022.\n\nProya vendió 2.000 millones de yuanes en Tmall.",
     "2023-11-13", ["2022", "2023-11-13"]),
])
def test_a_repeat_without_a_date_takes_the_dated_statement_s(extract_text, domain, lang, text, published,
                                                              dates) -> None:
    extraction = extract_text(lang, text, published)
    facts = relate_metrics(DocumentView(extraction), load_language(lang), domain)
    assert [f.date for f in facts if isinstance(f, Metric)] == dates


@pytest.mark.parametrize(("lang", "text", "published", "value", "date"), [
    # a season's audience and a fiscal year's revenue are known at its end
    ("en", "Formula E said its 2022-23 season reached a cumulative audience of 344 million viewers.",
     "2023-08-01", 344_000_000, "2023"),
    ("it", "Il gruppo Ferrero ha chiuso l'esercizio 2022/2023 con un fatturato di 17 miliardi di euro.",
     "2023-11-15", 17_000_000_000, "2023"),
    # a deal is dated to the season it starts
    ("en", "For 2020-21 the Premier League signed a deal with Tencent worth less than $10 million.",
     "2021-08-01", 10_000_000, "2020"),
])
def test_a_season_s_figure_is_dated_to_its_end(extract_text, lang, text, published, value, date) -> None:
    facts = [f for f in extract_text(lang, text, published).facts if isinstance(f, Metric) and f.value == value]
    assert [f.date for f in facts] == [date]


_LAUNCH = "In June 2024 On opened its flagship store on Tmall and sold 10,000 pairs on the first day.\n\n"


@pytest.mark.parametrize(("text", "value", "date"), [
    # a count an account has, told paragraphs after the last event: as of publication
    (_LAUNCH + "Meanwhile the brand's official account on Xiaohongshu has 460,000 followers.", 460_000, "2024-08-20"),
    # in the event's own paragraph: the event's
    ("In June 2024 On opened its flagship store on Tmall; the store's account on Tmall had 460,000 followers "
     "by the end of the day.", 460_000, "2024-06"),
    # in the event's paragraph, after a "so far", which dates nothing but the publication
    ("In June 2024 On opened its flagship store on Tmall. So far users have posted 20,000 notes. "
     "The brand's account on Xiaohongshu has 460,000 followers.", 460_000, "2024-08-20"),
    # a flow (sales) keeps the event's date
    (_LAUNCH + "Since then the brand has sold 90,000 pairs on Tmall, the company said.", 90_000, "2024-06"),
    # a count stated in the event's paragraph, a sentence after it: as of publication
    ("In June 2024 On opened its flagship store on Tmall. By comparison, its rival Hoka has about "
     "870,000 followers on Tmall.", 870_000, "2024-08-20"),
    # a count reached within a period of the event: the event's
    ("In June 2024 On opened its flagship store on Tmall. In its first seven days the store's account on "
     "Tmall gathered more than 150,000 followers.", 150_000, "2024-06"),
])
def test_a_stock_count_without_a_date_is_as_of_publication(extract_text, text, value, date) -> None:
    facts = [f for f in extract_text("en", text, "2024-08-20").facts if isinstance(f, Metric) and f.value == value]
    assert [f.date for f in facts] == [date]


@pytest.mark.parametrize(("lang", "text", "published", "value", "date"), [
    # a count reached over a past year stands as at the year's end
    ("en", "Last year the club's Douyin account added 1.4 million followers, reaching 3.05 million.",
     "2023-03-09", 3_050_000, "2022-12-31"),
    ("it", "Nel 2022 l'account ufficiale della Juventus su Weibo contava 2,1 milioni di follower.",
     "2023-05-02", 2_100_000, "2022-12-31"),
    # a year still running at publication is left as the text gives it
    ("en", "In 2023 the club's Douyin account reached 3.05 million followers.", "2023-03-09", 3_050_000, "2023"),
    # a flow (sales) over a year keeps the year
    ("en", "Gucci sold products worth 90 million dollars on Tmall in 2022.", "2023-03-09", 90_000_000, "2022"),
])
def test_a_stock_count_of_a_past_year_is_dated_to_its_end(extract_text, lang, text, published, value,
                                                           date) -> None:
    facts = [f for f in extract_text(lang, text, published).facts if isinstance(f, Metric) and f.value == value]
    assert [f.date for f in facts] == [date]


@pytest.mark.parametrize(("lang", "text", "value", "date"), [
    ("it", "A giugno 2024 On ha aperto il suo negozio su Tmall. Nei primi sette giorni l'account del negozio "
           "su Tmall ha raccolto oltre 150.000 follower.", 150_000, "2024-06"),
    ("de", "Im Juni 2024 eröffnete On seinen Flagship-Store auf Tmall. Zum Vergleich: Rivale Hoka kommt auf "
           "Tmall auf rund 870'000 Follower.", 870_000, "2024-08-20"),
    ("pt", "Em junho de 2024 a On abriu a sua loja no Tmall. Nas primeiras 72 horas, a conta da loja no Tmall "
           "reuniu 150 mil seguidores.", 150_000, "2024-06"),
    # a time elapsed since the event is no window the count was reached in: as of publication
    ("pt", "Em junho de 2023 a On abriu a sua loja no Tmall. Catorze meses depois, a conta da loja no Tmall "
           "tem 312 mil seguidores.", 312_000, "2024-08-20"),
    ("en", "In June 2023 On opened its flagship store on Tmall. Fourteen months later, the store's account on "
           "Tmall has 312,000 followers.", 312_000, "2024-08-20"),
])
def test_a_count_within_a_period_is_the_event_s_and_one_in_the_present_as_of_publication(
        extract_text, lang, text, value, date) -> None:
    facts = [f for f in extract_text(lang, text, "2024-08-20").facts if isinstance(f, Metric) and f.value == value]
    assert [f.date for f in facts] == [date]


@pytest.mark.parametrize(("lang", "text", "value", "date"), [
    # a report's counts told with no date are as of the date the text gives its counts at
    ("zh", "该报告追踪了18家俱乐部的官方账号，数据统计截至2022年12月31日。\n\n拜仁慕尼黑位居榜首。该俱乐部的微博账号"
           "拥有612万粉丝。", 6_120_000, "2022-12-31"),
    ("en", "The report tracks the clubs' official accounts, with figures as of December 31, 2022.\n\n"
           "Bayern Munich tops the ranking. The club's Weibo account has 6.1 million followers.", 6_100_000,
     "2022-12-31"),
    ("de", "Der Bericht erfasst die offiziellen Konten der Klubs, Stand 31. Dezember 2022.\n\n"
           "Bayern München führt die Rangliste an. Das Weibo-Konto des Klubs hat 6,1 Millionen Follower.", 6_100_000,
     "2022-12-31"),
    # with no such date, as of publication
    ("en", "The report tracks the clubs' official accounts.\n\nBayern Munich tops the ranking. The club's Weibo "
           "account has 6.1 million followers.", 6_100_000, "2023-03-09"),
])
def test_a_report_s_stock_count_is_as_of_the_date_its_counts_stand_at(extract_text, lang, text, value, date) -> None:
    facts = [f for f in extract_text(lang, text, "2023-03-09").facts if isinstance(f, Metric) and f.value == value]
    assert [f.date for f in facts] == [date]


@pytest.mark.parametrize(("lang", "text", "published", "value", "date"), [
    # an agreement signed months before dates no figure told after it: the event before it does
    ("en", "On Wednesday the orchestra's concert in Beijing drew 3.2 million viewers on Tencent Video.\n\n"
           "The concert was presented under a memorandum signed in Philadelphia in June.\n\n"
           "The broadcast received over 1.5 million likes on Tencent Video.", "2023-11-10", 1_500_000, "2023-11-08"),
    ("pt", "Seis marcas portuguesas abriram esta semana as suas lojas no Tmall Global.\n\n"
           "O acordo com o Tmall Global foi assinado em julho, em Hangzhou. Nas primeiras 72 horas, "
           "o pavilhão registou 4.870 encomendas no Tmall Global.", "2024-09-26", 4_870, "2024-09"),
    # ... and so does the month a partnership was announced in
    ("en", "Gucci yesterday opened its first social store in Shanghai with Tencent. The store is the first result "
           "of the partnership the two groups announced last October.\n\n"
           "During a two-week soft launch, the store sold more than 3,000 handbags on Tmall.",
     "2021-06-10", 3_000, "2021-06-09"),
    # ... but it dates the deal's value
    ("en", "Tourism Australia has signed a memorandum of understanding with Fliggy.\n\n"
           "The agreement, signed in Sydney on Friday, covers joint campaigns. The three-year deal with Fliggy "
           "is worth an estimated A$6 million.", "2024-02-26", 6_000_000, "2024-02-23"),
])
def test_a_signing_or_announcement_dates_the_deal_not_the_figures_after_it(extract_text, lang, text, published,
                                                                            value, date) -> None:
    facts = [f for f in extract_text(lang, text, published).facts if isinstance(f, Metric) and f.value == value]
    assert [f.date for f in facts] == [date]
