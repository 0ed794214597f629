"""A rank, a house number, a score, a code or a phone number counts nothing; the figures beside them stay."""

from __future__ import annotations

import pytest

from crossreach.models import Metric, Quantity
from crossreach.relate.number_forms import phone_group


def _values(extract_text, lang: str, text: str) -> list[float | None]:
    return [f.value for f in extract_text(lang, text, None).facts if isinstance(f, Metric)]


@pytest.mark.parametrize(("lang", "text", "values"), [
    # a rank
    ("en", "The video was number 150 on the list of the most viewed clips on Douyin.", []),
    ("de", "Gucci belegte Platz 120 unter den Marken mit den meisten Followern auf Weibo.", []),
    ("es", "Gucci ocupó el puesto 120 entre las marcas con más seguidores en Weibo.", []),
    ("zh", "古驰在微博粉丝最多的品牌中排名第120位。", []),
    # a house number
    ("en", "The flagship at 1266 Nanjing West Road welcomed visitors on Saturday.", []),
    ("it", "La boutique di Via Monte Napoleone 800 ha accolto i visitatori del weekend.", []),
    ("zh", "位于南京西路1266号的旗舰店周六迎来大批游客。", []),
    # a score, a phone number
    ("en", "The Lakers won 112-108 as fans watched on Tencent Video.", []),
    ("it", "Gli spettatori possono chiamare il numero 400 820 8820 per ordinare.", []),
    ("fr", "Les spectateurs peuvent appeler le 400 820 8820 pour commander.", []),
    # the size of a top list, in every language
    ("en", "The Top 100 list of brands on Weibo is compiled by the platform each year.", []),
    ("it", "Gucci entra nella top 100 dei marchi più seguiti su Weibo.", []),
    ("fr", "Gucci entre dans le top 100 des marques les plus suivies sur Weibo.", []),
    ("de", "Gucci schafft es in die Top 100 der Marken mit den meisten Followern auf Weibo.", []),
    ("es", "Gucci entra en el top 100 de las marcas con más seguidores en Weibo.", []),
    ("pt", "A Gucci entra no top 100 das marcas com mais seguidores no Weibo.", []),
    ("zh", "古驰进入微博粉丝最多品牌TOP 100榜单。", []),
    # a short number one dials, in every language
    ("en", "Fans can dial 95188 to reach the club's customer service on WeChat.", []),
    ("en", "Viewers who call 12345 can order the bag seen in the livestream.", []),
    ("it", "I fan possono chiamare il 95188 per contattare il servizio clienti del club su WeChat.", []),
    ("fr", "Les fans peuvent appeler le 95188 pour joindre le service client du club sur WeChat.", []),
    ("de", "Fans erreichen den Kundendienst des Vereins auf WeChat unter der Nummer 95188.", []),
    ("de", "Zuschauer können unter 95188 anrufen, um die Tasche zu bestellen.", []),
    ("es", "Los aficionados pueden llamar al 95188 para contactar con el servicio del club en WeChat.", []),
    ("pt", "Os adeptos podem ligar para o 95188 para falar com o apoio ao cliente do clube no WeChat.", []),
    ("zh", "观众可拨打客服热线95188订购直播中的手袋。", []),
    # a hotline named before a colon, a few words between
    ("en", "Fans' hotline: 95188, open daily from 9am to 9pm.", []),
    ("it", "Numero per i fan: 95188, attivo tutti i giorni dalle 9 alle 21.", []),
    ("fr", "Ligne des fans : 95188, ouverte tous les jours de 9 h à 21 h.", []),
    ("es", "Línea para aficionados: 95188, disponible de las 9 a las 21.", []),
    ("pt", "Linha dos adeptos: 95188, disponível das 9h às 21h.", []),
    ("zh", "粉丝咨询热线：95188，服务时间为每天9点至21点。", []),
    ("pt", "Bilhetes para o concerto da Gucci na bilheteira (tel. 220 120 220) a partir de 15 euros.", []),
    # the figures beside them stay
    ("en", "The flagship on Nanjing West Road welcomed 120,000 visitors in its first week.", [120_000]),
    ("en", "The store in Nanjing Road drew 3 million viewers to its livestream on Douyin.", [3_000_000]),
    ("de", "Auf Platz 2 liegt Nike mit 3 Millionen Followern auf Weibo.", [3_000_000]),
    ("zh", "古驰在微博拥有300万粉丝，排名第2位。", [3_000_000]),
    ("en", "Followers of Juventus on Weibo now number 10 million.", [10_000_000]),
    ("en", "Gucci's livestream drew 2.5 million viewers - a record for the brand.", [2_500_000]),
    ("en", "Fans who call the club now number 95,188 on WeChat, it said.", [95_188]),
    ("en", "Gucci is in the Top 10 with 2 million followers on Weibo.", [2_000_000]),
    ("zh", "古驰在电话会议上表示，公司微博粉丝达3000万。", [30_000_000]),
    ("zh", "俱乐部热线开通后，微信粉丝已达9.5万。", [95_000]),
])
def test_a_rank_an_address_or_a_score_is_no_metric(extract_text, lang, text, values) -> None:
    assert _values(extract_text, lang, text) == values


@pytest.mark.parametrize(("lang", "text", "values"), [
    # a count of places, works or products is not the audience a cue beside it names (``counted_nouns``)
    ("en", "The Weibo post was shared by fans in 150 cities.", []),
    ("en", "The exhibition shows 250 works to visitors from the Louvre.", []),
    ("fr", "Le direct a été suivi par des fans dans 150 villes chinoises.", []),
    ("de", "Der Livestream wurde von Fans in 150 chinesischen Städten verfolgt.", []),
    ("zh", "该活动覆盖全国300个城市的用户。", []),
    # matches, bottles and classes are counted, not the audience or users a cue beside them names
    ("en", "Last season Huya streamed 1,100 matches of the tour to its users.", []),
    ("de", "Über Tmall gingen 3 Millionen Flaschen von Evian an Kunden.", []),
    ("es", "Keep emitirá 1.200 clases de Peloton a sus usuarios.", []),
    # a verb that looks like a counted noun ("folgen", not "Folgen"), units sold, and a cue after one word stay
    ("de", "Dem Konto von Ravensburger folgen rund 380.000 Nutzer.", [380_000]),
    ("en", "Havaianas sold 310,000 pairs and 2,000 products on Tmall.", [310_000]),
    ("it", "Il brand ha superato i 2 milioni di nuovi follower su Weibo.", [2_000_000]),
])
def test_a_count_of_places_works_or_products_is_no_metric(extract_text, lang, text, values) -> None:
    assert _values(extract_text, lang, text) == values


@pytest.mark.parametrize(("text", "number", "code"), [
    # a group of a telephone number: bare digit groups a space apart, three in all or one opening with 0
    ("Per ordini chiamare lo 06 4471 2290 dalle nove.", "4471", True),
    ("Per ordini chiamare lo 06 4471 2290 dalle nove.", "2290", True),
    ("Service client : +33 1 4455 6677, du lundi au vendredi.", "4455", True),
    ("\u5ba2\u670d\u70ed\u7ebf400 820 8820\u3002", "820", True),
    ("Kundendienst unter 030 2275 1188 erreichbar.", "2275", True),
    ("Llame al 0800 5522 para reservar.", "5522", True),
    # a figure beside no other bare group, or beside a year and a word, is still a figure
    ("The museum had 4471 visitors in May.", "4471", False),
    ("In 2023 4471 visitors came.", "4471", False),
])
def test_a_group_of_a_telephone_number_is_a_code(text: str, number: str, code: bool) -> None:
    start = text.index(number)
    figure = Quantity(start=start, end=start + len(number), text=number, value=float(number), kind="count")
    assert phone_group(text, figure) is code


@pytest.mark.parametrize(("lang", "text", "values"), [
    # a weight or a volume sold is sales in its unit (``metrics.sold_measures``)
    ("es", "Pescanova vende 2.400 toneladas de langostino en Kuaishou.", [2_400]),
    ("fr", "Sur Tmall Global, Président a écoulé 1 100 tonnes de beurre.", [1_100]),
    ("zh", "盒马去年共售出挪威三文鱼约1.6万吨。", [16_000]),
    # a size, a price's unit or a length is none, nor a measure beside an audience cue
    ("es", "En Tmall, un paquete de Juan Valdez de 500 gramos se vende a 128 yuanes.", []),
    ("it", "Il museo Egizio ha 2.000 metri quadrati di sale e conta 300.000 visitatori.", [300_000]),
])
def test_a_weight_sold_is_sales_a_size_is_no_figure(extract_text, lang, text, values) -> None:
    assert _values(extract_text, lang, text) == values
