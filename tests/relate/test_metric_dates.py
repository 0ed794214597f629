"""Dates of repeated figures: a headline's figure is dated as its article's statement of it."""

from __future__ import annotations

import dataclasses

import pytest

from crossreach.lexicon import load_language
from crossreach.models import Metric
from crossreach.relate.context import DocumentView
from crossreach.relate.metric_dates import _more_precise
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
    (_LAUNCH + "The brand sold 90,000 pairs on Tmall, the company said.", 90_000, "2024-06"),
    # ... but one counted "since then" is a count up to now
    (_LAUNCH + "Since then the brand has sold 90,000 pairs on Tmall, the company said.", 90_000, "2024-08-20"),
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


#: A Wednesday: "on Sunday" is the 12th, "yesterday" the 14th, "last year" 2022.
P = "2023-11-15"


def _row(lang: str, published: str, text: str, value: int, date: str, xfail: str | None = None) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=f"dated {xfail}")] if xfail else []
    return pytest.param(lang, published, text, value, date, marks=marks, id=f"{lang}: {text[:60]}")


#: Figures of the seven languages, each with the date it is of: relative dates against the publication
#: (years, months, weekdays, days), quarters (their last month), half-years and fiscal years (their
#: year), festivals (fixed, moving, of a month), the event a figure belongs to, "so far" and "since
#: launch" (the publication), a total over a period (the period).
FIGURE_DATES = [
    _row('en', P, 'Last year Lancome sold goods worth 2 billion yuan on Tmall.', 2_000_000_000, '2022'),
    _row('it', P, 'Lo scorso anno Lancome ha venduto prodotti per 2 miliardi di yuan su Tmall.',
         2_000_000_000, '2022'),
    _row('fr', P, "L'an dernier, Lancôme a vendu pour 2 milliards de yuans sur Tmall.", 2_000_000_000, '2022'),
    _row('de', P, 'Im vergangenen Jahr verkaufte Lancôme auf Tmall Waren im Wert von 2 Milliarden Yuan.',
         2_000_000_000, '2022'),
    _row('es', P, 'El año pasado Lancôme vendió productos por valor de 2.000 millones de yuanes en Tmall.',
         2_000_000_000, '2022'),
    _row('pt', P, 'No ano passado, a Lancôme vendeu 2 mil milhões de yuans no Tmall.', 2_000_000_000, '2022'),
    _row('zh', P, '去年，兰蔻在天猫的销售额达到20亿元。', 2_000_000_000, '2022'),
    _row('en', P, 'Yesterday the livestream on Douyin drew 3 million viewers.', 3_000_000, '2023-11-14'),
    _row('en', P, 'On Sunday the livestream on Douyin drew 3 million viewers.', 3_000_000, '2023-11-12'),
    _row('it', P, 'Domenica la diretta su Douyin ha raccolto 3 milioni di spettatori.', 3_000_000, '2023-11-12'),
    _row('fr', P, 'Dimanche, le direct sur Douyin a attiré 3 millions de spectateurs.', 3_000_000, '2023-11-12'),
    _row('de', P, 'Am Sonntag verfolgten 3 Millionen Zuschauer den Livestream auf Douyin.', 3_000_000, '2023-11-12'),
    _row('es', P, 'El domingo, la retransmisión en Douyin atrajo a 3 millones de espectadores.',
         3_000_000, '2023-11-12'),
    _row('pt', P, 'No domingo, a transmissão no Douyin atraiu 3 milhões de espectadores.', 3_000_000, '2023-11-12'),
    _row('zh', P, '周日，该直播在抖音吸引了300万观众。', 3_000_000, '2023-11-12'),
    _row('zh', P, '昨天，该直播在抖音吸引了300万观众。', 3_000_000, '2023-11-14'),
    _row('en', P, "This month the brand's Tmall store sold 40,000 bottles.", 40_000, '2023-11'),
    _row('fr', P, 'Ce mois-ci, la boutique Tmall de la marque a vendu 40 000 flacons.', 40_000, '2023-11'),
    _row('en', P, "During Singles' Day, L'Oreal sold goods worth 1 billion yuan on Tmall.",
         1_000_000_000, '2023-11-11'),
    _row('zh', P, '双十一期间，欧莱雅在天猫的销售额突破10亿元。', 1_000_000_000, '2023-11-11'),
    _row('it', P, "Durante il Singles' Day, L'Oréal ha venduto prodotti per 1 miliardo di yuan su Tmall.",
         1_000_000_000, '2023-11-11'),
    _row('de', P, "Am Singles' Day verkaufte L'Oréal auf Tmall Waren für 1 Milliarde Yuan.",
         1_000_000_000, '2023-11-11'),
    _row('es', P, "Durante el 11.11, L'Oréal vendió productos por 1.000 millones de yuanes en Tmall.",
         1_000_000_000, '2023-11-11'),
    _row('pt', '2023-06-20', 'Durante o festival 618, a Nike vendeu 1 mil milhões de yuans no JD.com.',
         1_000_000_000, '2023-06-18'),
    _row('zh', '2023-06-20', '今年618期间，耐克在京东的销售额突破10亿元。', 1_000_000_000, '2023-06-18'),
    _row('en', '2023-11-28', 'On Black Friday, Zalando sold 2 million items.', 2_000_000, '2023-11-24'),
    _row('en', '2024-02-20', 'During Chinese New Year, Douyin users sent 3 billion red envelopes.',
         3_000_000_000, '2024-02-10'),
    _row('zh', '2024-02-20', '春节期间，抖音用户发送了30亿个红包。', 3_000_000_000, '2024-02-10'),
    _row('en', '2023-10-10', 'During Golden Week, Ctrip sold 5 million tickets.', 5_000_000, '2023-10'),
    _row('fr', P, "Lors de la fête des célibataires, L'Oréal a vendu pour 1 milliard de yuans sur Tmall.",
         1_000_000_000, '2023-11-11'),
    _row('en', P, 'In the third quarter, Tencent Music had 576 million monthly active users.',
         576_000_000, '2023-09'),
    _row('it', P, 'Nel terzo trimestre, Tencent Music ha registrato 576 milioni di utenti attivi mensili.',
         576_000_000, '2023-09'),
    _row('de', P, 'Im dritten Quartal zählte Tencent Music 576 Millionen monatlich aktive Nutzer.',
         576_000_000, '2023-09'),
    _row('en', P, "In the first half of the year, Moncler's revenue on Tmall reached 300 million euros.",
         300_000_000, '2023'),
    _row('fr', P, "Au premier semestre, le chiffre d'affaires de Moncler sur Tmall a atteint 300 millions d'euros.",
         300_000_000, '2023'),
    _row('es', P, 'En el primer semestre, las ventas de Inditex en Tmall alcanzaron 300 millones de euros.',
         300_000_000, '2023'),
    _row('pt', P, 'No primeiro semestre, as vendas da Natura no Tmall atingiram 300 milhões de euros.',
         300_000_000, '2023'),
    _row('zh', P, '上半年，蒙克莱在天猫的销售额达到3亿欧元。', 300_000_000, '2023'),
    _row('en', P, "In fiscal year 2023, Burberry's revenue reached 3 billion pounds.", 3_000_000_000, '2023'),
    _row('en', P, "In FY2022/23, Burberry's revenue reached 3 billion pounds.", 3_000_000_000, '2023'),
    _row('en', P, 'On November 3, Li Jiaqi hosted a livestream for Estee Lauder on Taobao Live.\n\nThe livestream '
         'drew 5 million viewers.', 5_000_000, '2023-11-03'),
    _row('it', P, 'Il 3 novembre Li Jiaqi ha condotto una diretta per Estée Lauder su Taobao Live. La diretta ha '
         'raccolto 5 milioni di spettatori.', 5_000_000, '2023-11-03'),
    _row('en', P, 'The account, launched in March 2021, has gained 2 million followers on Douyin so far.',
         2_000_000, '2023-11-15'),
    _row('en', P, 'Since its launch in 2020, the Tmall store has sold 500,000 bags.', 500_000, '2023-11-15'),
    _row('it', P, 'Dal lancio nel 2020, il negozio su Tmall ha venduto finora 500.000 borse.', 500_000, '2023-11-15'),
    _row('fr', P, 'Depuis son lancement en 2020, la boutique Tmall a vendu 500 000 sacs à ce jour.',
         500_000, '2023-11-15'),
    _row('en', P, 'In 2022 the Tmall store sold 500,000 bags.', 500_000, '2022'),
    _row('de', P, 'Im Vorjahr verkaufte der Tmall-Store 500.000 Taschen.', 500_000, '2022'),
    _row('es', P, 'En 2022 la tienda de Tmall vendió 500.000 bolsos.', 500_000, '2022'),
    _row('fr', P, 'Le 3 novembre, Li Jiaqi a animé un direct pour Lancôme sur Taobao Live. Le direct a attiré 5 '
         'millions de spectateurs.', 5_000_000, '2023-11-03'),
    _row('de', P, 'Am 3. November moderierte Li Jiaqi einen Livestream für Lancôme auf Taobao Live. Der Livestream '
         'erreichte 5 Millionen Zuschauer.', 5_000_000, '2023-11-03'),
    _row('es', P, 'El 3 de noviembre, Li Jiaqi presentó una retransmisión en directo para Lancôme en Taobao Live. '
         'La retransmisión atrajo a 5 millones de espectadores.', 5_000_000, '2023-11-03'),
    _row('pt', P, 'No dia 3 de novembro, Li Jiaqi apresentou uma transmissão ao vivo para a Lancôme no Taobao '
         'Live. A transmissão atraiu 5 milhões de espectadores.', 5_000_000, '2023-11-03'),
    _row('zh', P, '11月3日，李佳琦在淘宝直播为兰蔻带货。这场直播吸引了500万观众。', 5_000_000, '2023-11-03'),
    _row('en', P, 'Bayern beat Dortmund 4-0 on Saturday. The match was streamed on Douyin, where it drew 12 '
         'million viewers.', 12_000_000, '2023-11-11'),
    _row('it', P, "Sabato la Juventus ha battuto l'Inter. La partita, trasmessa su Douyin, ha raccolto 12 milioni "
         'di spettatori.', 12_000_000, '2023-11-11'),
    _row('en', P, 'The exhibition ran in Shanghai from June to August 2023 and attracted 200,000 visitors.',
         200_000, '2023-08'),
    _row('en', P, "Last month the brand's Tmall store sold 40,000 bottles.", 40_000, '2023-10'),
    _row('it', P, 'Il mese scorso il negozio Tmall del marchio ha venduto 40.000 bottiglie.', 40_000, '2023-10'),
    _row('de', P, 'Im vergangenen Monat verkaufte der Tmall-Shop der Marke 40.000 Flaschen.', 40_000, '2023-10'),
    _row('es', P, 'El mes pasado la tienda de Tmall de la marca vendió 40.000 botellas.', 40_000, '2023-10'),
    _row('pt', P, 'No mês passado, a loja da marca no Tmall vendeu 40 mil garrafas.', 40_000, '2023-10'),
    _row('zh', P, '上个月，该品牌天猫旗舰店售出4万瓶。', 40_000, '2023-10'),
    _row('zh', P, '本月，该品牌天猫旗舰店售出4万瓶。', 40_000, '2023-11'),
    _row('it', P, 'Ieri la diretta su Douyin ha raccolto 3 milioni di spettatori.', 3_000_000, '2023-11-14'),
    _row('fr', P, 'Hier, le direct sur Douyin a attiré 3 millions de spectateurs.', 3_000_000, '2023-11-14'),
    _row('de', P, 'Gestern verfolgten 3 Millionen Zuschauer den Livestream auf Douyin.', 3_000_000, '2023-11-14'),
    _row('es', P, 'Ayer la retransmisión en Douyin atrajo a 3 millones de espectadores.', 3_000_000, '2023-11-14'),
    _row('pt', P, 'Ontem a transmissão no Douyin atraiu 3 milhões de espectadores.', 3_000_000, '2023-11-14'),
    _row('en', P, "During last year's Singles' Day, L'Oreal sold goods worth 1 billion yuan on Tmall.",
         1_000_000_000, '2022-11-11'),
    _row('zh', P, '去年双十一期间，欧莱雅在天猫的销售额突破10亿元。', 1_000_000_000, '2022-11-11'),
    _row('en', '2024-03-01', 'During the 2023 Chinese New Year, Douyin users sent 3 billion red envelopes.',
         3_000_000_000, '2023-01-22'),
    _row('de', '2024-02-20', 'Zum chinesischen Neujahrsfest verschickten Douyin-Nutzer 3 Milliarden rote Umschläge.',
         3_000_000_000, '2024-02-10'),
    _row('it', '2024-02-20', 'Durante il Capodanno cinese gli utenti di Douyin hanno inviato 3 miliardi di buste '
         'rosse.', 3_000_000_000, '2024-02-10'),
    _row('fr', '2023-11-28', "Pendant le Black Friday, Zalando a vendu 2 millions d'articles.",
         2_000_000, '2023-11-24'),
    _row('es', '2023-11-28', 'Durante el Black Friday, Zalando vendió 2 millones de artículos.',
         2_000_000, '2023-11-24'),
    _row('it', P, 'Nel 2022 il fatturato di Moncler su Tmall è stato di 300 milioni di euro, contro i 250 milioni '
         "dell'anno precedente.", 300_000_000, '2022'),
    _row('en', P, 'Revenue on Tmall rose to 300 million euros in 2022, from 250 million the year before.',
         300_000_000, '2022'),
    _row('fr', P, "Le chiffre d'affaires sur Tmall a atteint 300 millions d'euros en 2022, contre 250 millions "
         "l'année précédente.", 300_000_000, '2022'),
    _row('es', P, 'Las ventas en Tmall alcanzaron 300 millones de euros en 2022, frente a 250 millones del año '
         'anterior.', 300_000_000, '2022'),
    _row('pt', P, 'As vendas no Tmall atingiram 300 milhões de euros em 2022, contra 250 milhões no ano anterior.',
         300_000_000, '2022'),
    _row('zh', P, '2022年，蒙克莱在天猫的销售额达到3亿欧元，上一年为2.5亿欧元。', 300_000_000, '2022'),
    _row('zh', P, '2022年，蒙克莱在天猫的销售额达到3亿欧元，上一年为2.5亿欧元。', 250_000_000, '2021'),
    _row('de', P, 'Seit dem Start 2020 hat der Tmall-Store bisher 500.000 Taschen verkauft.', 500_000, '2023-11-15'),
    _row('es', P, 'Desde su lanzamiento en 2020, la tienda de Tmall ha vendido hasta ahora 500.000 bolsos.',
         500_000, '2023-11-15'),
    _row('pt', P, 'Desde o lançamento em 2020, a loja no Tmall já vendeu 500 mil bolsas até agora.',
         500_000, '2023-11-15'),
    _row('zh', P, '自2020年上线以来，该天猫店已累计售出50万个包。', 500_000, '2023-11-15'),
    _row('en', P, 'Since launching in 2020, the Tmall store has sold 500,000 bags.', 500_000, '2023-11-15'),
    _row('it', P, 'Da quando è stato lanciato nel 2020, il negozio su Tmall ha venduto 500.000 borse.',
         500_000, '2023-11-15'),
    _row('en', P, 'In the first nine months of 2023, the Tmall store sold 500,000 bags.', 500_000, '2023'),
    _row('zh', P, '今年前三季度，该天猫店累计售出50万个包。', 500_000, '2023-09'),
    _row('fr', P, 'Au troisième trimestre 2023, la boutique Tmall a vendu 500 000 sacs.', 500_000, '2023-09'),
    _row('en', P, "L'Oreal took part in Singles' Day, which ran from October 31 to November 11.\n\nLocal rival "
         'Proya sold goods worth 2 billion yuan on Tmall during the campaign.', 2_000_000_000, '2023-11-11'),
    _row('en', P, 'On November 3, Li Jiaqi hosted a livestream for Estee Lauder on Taobao Live. On October 20 the '
         'brand had opened a store on Douyin.\n\nDuring the livestream, the brand sold 100,000 bottles on Taobao '
         'Live.', 100_000, '2023-11-03'),
    _row('en', P, 'Last Sunday the livestream on Douyin drew 3 million viewers.', 3_000_000, '2023-11-12'),
    _row('it', P, 'Domenica scorsa la diretta su Douyin ha raccolto 3 milioni di spettatori.',
         3_000_000, '2023-11-12'),
    _row('fr', P, 'Dimanche dernier, le direct sur Douyin a attiré 3 millions de spectateurs.',
         3_000_000, '2023-11-12'),
    _row('de', P, 'Am vergangenen Sonntag verfolgten 3 Millionen Zuschauer den Livestream auf Douyin.',
         3_000_000, '2023-11-12'),
    _row('es', P, 'El pasado domingo, la retransmisión en Douyin atrajo a 3 millones de espectadores.',
         3_000_000, '2023-11-12'),
    _row('pt', P, 'No domingo passado, a transmissão no Douyin atraiu 3 milhões de espectadores.',
         3_000_000, '2023-11-12'),
    _row('zh', P, '上周日，该直播在抖音吸引了300万观众。', 3_000_000, '2023-11-12'),
    _row('en', P, "In October the brand's Tmall store sold 40,000 bottles.", 40_000, '2023-10'),
    _row('en', P, "In December the brand's Tmall store sold 40,000 bottles.", 40_000, '2022-12'),
    _row('it', P, 'A ottobre il negozio Tmall del marchio ha venduto 40.000 bottiglie.', 40_000, '2023-10'),
    _row('fr', P, 'En octobre, la boutique Tmall de la marque a vendu 40 000 flacons.', 40_000, '2023-10'),
    _row('de', P, 'Im Oktober verkaufte der Tmall-Shop der Marke 40.000 Flaschen.', 40_000, '2023-10'),
    _row('es', P, 'En octubre, la tienda de Tmall de la marca vendió 40.000 botellas.', 40_000, '2023-10'),
    _row('pt', P, 'Em outubro, a loja da marca no Tmall vendeu 40 mil garrafas.', 40_000, '2023-10'),
    _row('zh', P, '10月，该品牌天猫旗舰店售出4万瓶。', 40_000, '2023-10'),
    _row('it', P, "Quest'anno il negozio Tmall del marchio ha venduto 40.000 bottiglie.", 40_000, '2023'),
    _row('fr', P, 'Cette année, la boutique Tmall de la marque a vendu 40 000 flacons.', 40_000, '2023'),
    _row('de', P, 'In diesem Jahr verkaufte der Tmall-Shop der Marke 40.000 Flaschen.', 40_000, '2023'),
    _row('es', P, 'Este año, la tienda de Tmall de la marca ha vendido 40.000 botellas.', 40_000, '2023'),
    _row('pt', P, 'Este ano, a loja da marca no Tmall vendeu 40 mil garrafas.', 40_000, '2023'),
    _row('zh', P, '今年，该品牌天猫旗舰店售出4万瓶。', 40_000, '2023'),
    _row('en', P, "At the end of last year, the club's Douyin account had 2 million followers.",
         2_000_000, '2022-12-31'),
    _row('it', P, "Alla fine dell'anno scorso l'account Douyin del club contava 2 milioni di follower.",
         2_000_000, '2022-12-31'),
    _row('fr', P, "Fin 2022, le compte Douyin du club comptait 2 millions d'abonnés.", 2_000_000, '2022-12'),
    _row('zh', P, '截至去年年底，该俱乐部抖音账号拥有200万粉丝。', 2_000_000, '2022-12-31'),
    _row('it', P, "Oggi l'account Douyin del club conta 2 milioni di follower.", 2_000_000, '2023-11-15'),
    _row('en', P, 'Last week the livestream on Douyin drew 3 million viewers.', 3_000_000, '2023-11'),
    _row('es', P, 'La semana pasada, la retransmisión en Douyin atrajo a 3 millones de espectadores.',
         3_000_000, '2023-11'),
    _row('en', P, 'Over the weekend the livestream on Douyin drew 3 million viewers.',
         3_000_000, '2023-11-12', xfail='2023-11-15'),
    _row('it', P, 'Nel fine settimana la diretta su Douyin ha raccolto 3 milioni di spettatori.',
         3_000_000, '2023-11-12', xfail='2023-11-15'),
    _row('en', P, 'Two days ago the livestream on Douyin drew 3 million viewers.', 3_000_000, '2023-11-13'),
    _row('zh', P, '前天，该直播在抖音吸引了300万观众。', 3_000_000, '2023-11-13'),
    _row('en', P, 'Li Jiaqi livestream draws 5 million viewers\n\nOn Sunday, Li Jiaqi hosted a livestream for '
         'Estee Lauder on Taobao Live that drew 5 million viewers.', 5_000_000, '2023-11-12'),
    _row('en', P, "In the second half of last year, Moncler's revenue on Tmall reached 300 million euros.",
         300_000_000, '2022'),
    _row('en', P, 'In the fourth quarter of last year, Tencent Music had 576 million monthly active users.',
         576_000_000, '2022-12'),
    _row('de', P, 'Im zweiten Halbjahr 2022 lag der Umsatz von Moncler auf Tmall bei 300 Millionen Euro.',
         300_000_000, '2022'),
    _row('es', P, 'En el último trimestre de 2022, Tencent Music tuvo 576 millones de usuarios activos mensuales.',
         576_000_000, '2022-12-31'),
    _row('pt', P, 'No segundo trimestre, a Tencent Music teve 576 milhões de utilizadores ativos mensais.',
         576_000_000, '2023-06'),
    _row('zh', P, '去年第四季度，腾讯音乐月活跃用户达5.76亿。', 576_000_000, '2022-12'),
    _row('zh', P, '2022财年，宝马在华销售额达到300亿元。', 30_000_000_000, '2022'),
    _row('it', P, "Nell'esercizio 2022 il fatturato di Ferrero è stato di 17 miliardi di euro.",
         17_000_000_000, '2022'),
    _row('fr', P, "Sur l'exercice 2022, le chiffre d'affaires de Ferrero a atteint 17 milliards d'euros.",
         17_000_000_000, '2022'),
    # a year or two counted back from publication: its month then
    _row('en', P, "Aston Villa's Douyin account has 1.3 million followers, up from 410,000 a year ago.",
         410_000, '2022-11'),
    _row('fr', P, "Rossignol emploie 38 personnes à Pékin, contre 12 il y a deux ans.", 12, '2021-11'),
    _row('es', P, 'La cuenta de Loewe en Weibo tenía 300.000 seguidores hace un año.', 300_000, '2022-11'),
    # "since then": a count up to now, not the event's told before it
    _row('pt', P, 'A Juventus abriu a conta no Kuaishou em outubro. Os vídeos da Juventus publicados desde então '
         'somam 96 milhões de visualizações no Kuaishou.', 96_000_000, '2023-11-15'),
    _row('en', P, "Sporting opened its Kuaishou account in October. Since then Sporting's videos have drawn 96 "
         "million views on Kuaishou.", 96_000_000, '2023-11-15'),
    # a bracketed conversion between a figure and its year parts no clause
    _row('en', P, "The R&A reported revenue of 151 million pounds ($191.6 million) for its 2022 financial year.",
         151_000_000, '2022'),
    # a year in a clause before the figure's dates it
    _row('zh', P, '盒马方面透露，该平台2022年共售出挪威三文鱼约1.6万吨，销售额超过20亿元。', 2_000_000_000, '2022'),
    _row('es', P, 'El Museo Larco lanzó en 2022 una serie en Bilibili, que reunió 1,9 millones de reproducciones.',
         1_900_000, '2022'),
    # a date in a quotation before a figure is a speaker's, not the figure's
    _row('en', P, '"Last March we started from zero on Douyin, with no followers at all," the club said. '
         "The club's videos drew 1.8 billion views on Douyin.", 1_800_000_000, '2023-11-15'),
    _row('zh', P, '“今年3月，我们在抖音上几乎是从零开始。”他说。多特蒙德的视频在抖音累计播放量超过18亿次。',
         1_800_000_000, '2023-11-15'),
]


@pytest.mark.parametrize(("lang", "published", "text", "value", "date"), FIGURE_DATES)
def test_each_figure_is_dated_as_its_text_says(extract_text, lang, published, text, value, date) -> None:
    facts = [f for f in extract_text(lang, text, published).facts if isinstance(f, Metric) and f.value == value]
    assert [f.date for f in facts] == [date]


@pytest.mark.parametrize(("lang", "text", "value"), [
    # "already": a count as it stands when the article is written, not as of a date told in the same
    # sentence about something else (the store's opening, a festival it was timed for)
    ("en", "The store, opened on 28 January in time for the Lunar New Year, already has 54,000 followers.", 54_000),
    ("it", "Il negozio, aperto il 28 gennaio in tempo per il Capodanno lunare, conta già 54.000 follower.", 54_000),
    ("fr", "La boutique, ouverte le 28 janvier à temps pour le Nouvel An chinois, compte déjà 54 000 abonnés.",
     54_000),
    ("es", "La tienda, abierta el 28 de enero a tiempo para el Año Nuevo chino, ya tiene 54.000 seguidores.", 54_000),
    ("pt", "A loja, inaugurada a 28 de janeiro, a tempo do Ano Novo Lunar, conta já com 54 mil seguidores.", 54_000),
    ("de", "Rimowas am 28. Januar zum chinesischen Neujahrsfest eröffneter Store hat bereits 54.000 Follower.",
     54_000),
    ("zh", "日默瓦天猫旗舰店于1月28日春节前开业，目前已经拥有5.4万名粉丝。", 54_000),
    # a date after publication is a target's: a later figure without a date of its own is as of publication
    ("en", "Aston Villa aims for 3 million followers by the end of 2026, a goal it calls ambitious.\n\n"
           "According to an analyst, the deal between Aston Villa and Douyin is worth about 2 million euros a "
           "season.", 2_000_000),
    ("it", "Il club punta ad arrivare a 3 milioni entro la fine del 2026, un obiettivo ambizioso.\n\n"
           "Secondo un analista, l'accordo tra Atalanta e Douyin varrebbe circa 2 milioni di euro a stagione.",
     2_000_000),
    ("fr", "Le club vise 3 millions d'abonnés d'ici fin 2026, un objectif ambitieux.\n\n"
           "Selon un analyste, l'accord entre l'Olympique de Marseille et Douyin vaudrait environ 2 millions "
           "d'euros par saison.", 2_000_000),
    ("es", "El club aspira a 3 millones de seguidores para finales de 2026, un objetivo ambicioso.\n\n"
           "Según un analista, el acuerdo entre el Betis y Douyin valdría unos 2 millones de euros por "
           "temporada.", 2_000_000),
])
def test_a_figure_dated_by_no_event_is_as_of_publication(extract_text, lang, text, value) -> None:
    facts = [f for f in extract_text(lang, text, "2025-02-12").facts if isinstance(f, Metric) and f.value == value]
    assert [f.date for f in facts] == ["2025-02-12"]



#: A Tuesday: "on Monday" is the 17th; the final was on 23 February.
_DEAL_PUBLISHED = "2025-03-18"


@pytest.mark.parametrize(("lang", "text", "value", "date"), [
    ("en", "On 23 February the final drew 1.9 million viewers on Huya. Vitality announced on Monday a two-year "
           "deal with Huya. The deal would be worth about 4 million euros, according to Dot Esports.",
     4_000_000, "2025-03-17"),
    ("fr", "Le 23 février, la finale a attiré 1,9 million de spectateurs sur Huya. Vitality a annoncé lundi un "
           "accord de deux ans avec Huya. Le contrat serait d'une valeur d'environ 4 millions d'euros, selon Dot "
           "Esports.", 4_000_000, "2025-03-17"),
    ("it", "Il 23 febbraio la finale ha raccolto 1,9 milioni di spettatori su Huya. Vitality ha annunciato lunedì "
           "un accordo biennale con Huya. L'accordo varrebbe circa 4 milioni di euro, secondo Dot Esports.",
     4_000_000, "2025-03-17"),
    ("de", "Am 23. Februar verfolgten 1,9 Millionen Zuschauer das Finale auf Huya. Vitality gab am Montag einen "
           "Zweijahresvertrag mit Huya bekannt. Nach Angaben von Dot Esports hat der Vertrag einen "
           "Wert von rund 4 Millionen Euro.", 4_000_000, "2025-03-17"),
    ("es", "El 23 de febrero la final reunió a 1,9 millones de espectadores en Huya. Vitality anunció el lunes un "
           "acuerdo de dos años con Huya. El acuerdo estaría valorado en unos 4 millones de euros, según Dot "
           "Esports.", 4_000_000, "2025-03-17"),
    ("pt", "Em 23 de fevereiro, a final reuniu 1,9 milhão de espectadores na Huya. A Vitality anunciou na "
           "segunda-feira um acordo de dois anos com a Huya. O acordo valeria cerca de 4 milhões de euros, segundo "
           "a Dot Esports.", 4_000_000, "2025-03-17"),
    ("zh", "2月23日，巴黎圣日耳曼的比赛直播在快手吸引了190万观众。巴黎圣日耳曼周一宣布与快手续约两年。"
           "据业内人士透露，本次续约金额约为400万欧元。",
     4_000_000, "2025-03-17"),
])
def test_a_deal_s_value_is_dated_as_the_deal_was_made_known(extract_text, lang, text, value, date) -> None:
    facts = [f for f in extract_text(lang, text, _DEAL_PUBLISHED).facts if isinstance(f, Metric) and f.value == value]
    assert [f.date for f in facts] == [date]


@pytest.mark.parametrize(("own", "told", "date"), [
    # the lead's "in February" and the body's "on 23 February": the day
    ("2025-02", ["2025-02", "2025-02-23"], "2025-02-23"),
    ("2025", ["2025", "2025-02", "2025-02-23"], "2025-02-23"),
    # a date that does not agree with the figure's own is another event's
    ("2025-02", ["2025-02", "2025-03-01"], "2025-02"),
    ("2025-02-23", ["2025-02-23", "2025-02"], "2025-02-23"),
])
def test_a_figure_stated_twice_takes_the_more_precise_of_its_agreeing_dates(extract_text, own, told, date) -> None:
    fact = next(f for f in extract_text("en", "The final drew 1.9 million viewers on Huya.", "2025-03-18").facts
                if isinstance(f, Metric))
    assert _more_precise(dataclasses.replace(fact, date=own), told).date == date


#: A Wednesday, two days after Singles' Day.
_SAME_PUBLISHED = "2024-11-13"


@pytest.mark.parametrize(("lang", "text", "value", "date"), [
    ("en", "On Singles' Day Natura sold 23 million yuan on Tmall Global. Boticário, which came to Douyin "
           'last year, took 5 million yuan on the same date.',
     5_000_000, "2024-11-11"),
    ("fr", 'Lors de la fête des célibataires, Natura a vendu pour 23 millions de yuans sur Tmall Global. '
           "Boticário, arrivé sur Douyin l'an dernier, a réalisé 5 millions de yuans de ventes à la même "
           'date.',
     5_000_000, "2024-11-11"),
    ("it", "Durante il Singles' Day Natura ha venduto 23 milioni di yuan su Tmall Global. Boticário, "
           "arrivato su Douyin l'anno scorso, ha fatturato 5 milioni di yuan nella stessa data.",
     5_000_000, "2024-11-11"),
    ("de", "Am Singles' Day verkaufte Natura auf Tmall Global für 23 Millionen Yuan. Boticário, seit dem "
           'vergangenen Jahr auf Douyin, setzte am selben Datum 5 Millionen Yuan um.',
     5_000_000, "2024-11-11"),
    ("es", 'Durante el Día del Soltero, Natura vendió 23 millones de yuanes en Tmall Global. Boticário, '
           'que llegó a Douyin el año pasado, facturó 5 millones de yuanes en la misma fecha.',
     5_000_000, "2024-11-11"),
    ("pt", 'A Natura vendeu 23 milhões de yuans na Tmall Global durante o Dia dos Solteiros. O Boticário, '
           'que chegou à Douyin no ano passado, faturou 5 milhões de yuans na mesma data.',
     5_000_000, "2024-11-11"),
    ("zh", '双十一期间，Natura在天猫国际的销售额达2300万元。Boticário去年进入抖音，同日在抖音的销售额为500万元。',
     5_000_000, "2024-11-11"),
])
def test_the_same_date_is_the_date_told_before(extract_text, lang, text, value, date) -> None:
    """"On the same date" ("na mesma data", "同日") is the date told last, not a year told beside it."""
    facts = [f for f in extract_text(lang, text, _SAME_PUBLISHED).facts if isinstance(f, Metric) and f.value == value]
    assert [f.date for f in facts] == [date]



@pytest.mark.parametrize(("lang", "text", "date"), [
    # a firm's turnover told with no date is its last full year's
    ("es", "Prada abrió su tienda en Tmall en mayo. La facturación total del grupo alcanzó los 760 millones de "
           "euros.", "2025"),
    ("de", "Adidas eröffnete im Mai einen Laden auf Tmall. Der Umsatz in China stieg auf 118 Millionen Euro.",
     "2025"),
    # a part of a year, or a period told before, is no year
    ("de", "Adidas eröffnete im Mai einen Laden auf Tmall. Der Umsatz lag im Quartal bei 118 Millionen Euro.",
     "2026-05"),
    ("fr", "Adidas a ouvert une boutique sur Tmall en mai. Elle a réalisé un chiffre d'affaires de 118 millions "
           "d'euros sur la période.", "2026-06-05"),
])
def test_a_turnover_without_a_date_is_the_last_year_s(extract_text, lang, text, date) -> None:
    facts = [f for f in extract_text(lang, text, "2026-06-05").facts
             if isinstance(f, Metric) and f.value in (118_000_000, 760_000_000)]
    assert [f.date for f in facts] == [date]
