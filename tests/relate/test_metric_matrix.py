"""A negative matrix of metrics: in the seven languages, numbers next to a metric-like cue that FACTS.md
does not count (prices, shares, ranks, years, ages, durations, capacities, counts of products or works,
survey samples, forecasts, exchange rates, phone numbers, dates, scores, model numbers, addresses),
and the audience and commerce figures, stated in the same varied ways, that must stay.

One row a sentence: the sentence gives no metric (``None``), only changes (``CHANGE``: a gain is
kept apart from totals by its aspect), or exactly the metrics listed as (kind, value)."""

from __future__ import annotations

import pytest

from crossreach.models import Metric

CHANGE = "change"

NEGATIVES = [
    # prices and tickets
    ("en", "Tickets for the Louvre exhibition in Shanghai cost 1,200 yuan."),
    ("en", "A front-row ticket to the Gucci show was priced at 3,800 yuan."),
    ("it", "I biglietti per la mostra di Gucci a Shanghai costano 1.200 yuan."),
    ("it", "Un biglietto per la sfilata costa 3.800 yuan."),
    ("fr", "Les billets pour l'exposition du Louvre à Shanghai coûtent 1 200 yuans."),
    ("fr", "Une place au premier rang du défilé Chanel se vend 3 800 yuans."),
    ("de", "Die Eintrittskarten für die Louvre-Ausstellung in Shanghai kosten 1.200 Yuan."),
    ("de", "Ein Ticket für die Modenschau von Gucci kostet 3.800 Yuan."),
    ("es", "Las entradas para la exposición del Louvre en Shanghái cuestan 1.200 yuanes."),
    ("es", "Una entrada para el desfile de Gucci cuesta 3.800 yuanes."),
    ("pt", "Os ingressos para a exposição do Louvre em Xangai custam 1.200 yuans."),
    ("pt", "Um bilhete para o desfile da Gucci custa 3.800 yuans."),
    ("zh", "卢浮宫上海展览的门票售价为1200元。"),
    ("zh", "古驰大秀的门票价格为3800元。"),
    # percentages and shares
    ("en", "Gucci's share of the Chinese luxury market on Tmall reached 15 per cent."),
    ("en", "Nike's followers on Weibo grew by 35% in a year."),
    ("it", "La quota di mercato di Gucci su Tmall ha raggiunto il 15%."),
    ("it", "I follower di Nike su Weibo sono cresciuti del 35% in un anno."),
    ("fr", "La part de marché de Gucci sur Tmall a atteint 15 %."),
    ("fr", "Les abonnés de Nike sur Weibo ont augmenté de 35 % en un an."),
    ("de", "Der Marktanteil von Gucci auf Tmall erreichte 15 Prozent."),
    ("de", "Die Follower von Nike auf Weibo wuchsen binnen eines Jahres um 35 Prozent."),
    ("es", "La cuota de mercado de Gucci en Tmall alcanzó el 15%."),
    ("es", "Los seguidores de Nike en Weibo crecieron un 35% en un año."),
    ("pt", "A participação de mercado da Gucci no Tmall chegou a 15%."),
    ("pt", "Os seguidores da Nike no Weibo cresceram 35% em um ano."),
    ("zh", "古驰在天猫的市场份额达到15%。"),
    ("zh", "耐克微博粉丝一年内增长了35%。"),
    # rankings and positions
    ("en", "Gucci ranked 120th among the most followed brands on Weibo."),
    ("en", "The video was number 150 on the list of the most viewed clips on Douyin."),
    ("it", "Gucci si è classificata al 120° posto tra i marchi più seguiti su Weibo."),
    ("fr", "Gucci s'est classée 120e parmi les marques les plus suivies sur Weibo."),
    ("de", "Gucci belegte Platz 120 unter den Marken mit den meisten Followern auf Weibo."),
    ("es", "Gucci ocupó el puesto 120 entre las marcas con más seguidores en Weibo."),
    ("pt", "A Gucci ficou na 120ª posição entre as marcas mais seguidas no Weibo."),
    ("zh", "古驰在微博粉丝最多的品牌中排名第120位。"),
    # years and ages
    ("en", "Founded in 1921, Gucci now courts viewers born after 1995 on Douyin."),
    ("en", "The 102-year-old grandmother became a favourite of viewers on Kuaishou."),
    ("it", "Fondata nel 1921, Gucci punta sugli spettatori nati dopo il 1995 su Douyin."),
    ("fr", "Fondée en 1921, Gucci séduit sur Douyin les spectateurs nés après 1995."),
    ("de", "Gucci wurde 1921 gegründet und wirbt auf Douyin um Zuschauer, die nach 1995 geboren sind."),
    ("es", "Fundada en 1921, Gucci busca en Douyin a los espectadores nacidos después de 1995."),
    ("pt", "Fundada em 1921, a Gucci busca no Douyin os espectadores nascidos depois de 1995."),
    ("zh", "古驰创立于1921年，如今在抖音上吸引1995年后出生的观众。"),
    # durations and distances
    ("en", "The livestream lasted 300 minutes and viewers stayed until the end."),
    ("en", "Fans travelled 1,500 kilometres to see the show."),
    ("it", "La diretta è durata 300 minuti e gli spettatori sono rimasti fino alla fine."),
    ("fr", "Le direct a duré 300 minutes et les spectateurs sont restés jusqu'au bout."),
    ("de", "Der Livestream dauerte 300 Minuten, und die Zuschauer blieben bis zum Schluss."),
    ("es", "La transmisión duró 300 minutos y los espectadores se quedaron hasta el final."),
    ("pt", "A transmissão durou 300 minutos e os espectadores ficaram até o fim."),
    ("zh", "这场直播持续了300分钟，观众一直看到最后。"),
    # capacities of venues
    ("en", "The stadium has a capacity of 60,000 spectators."),
    ("en", "The arena can accommodate 20,000 fans."),
    ("it", "Lo stadio ha una capienza di 60.000 spettatori."),
    ("fr", "Le stade a une capacité de 60 000 spectateurs."),
    ("de", "Das Stadion hat ein Fassungsvermögen von 60.000 Zuschauern."),
    ("es", "El estadio tiene un aforo de 60.000 espectadores."),
    ("pt", "O estádio tem capacidade para 60.000 espectadores."),
    ("zh", "该体育场可容纳6万名观众。"),
    # counts of products, episodes and works in a collection
    # known gap: a part of what was counted before ("35,000 of them") takes the cue of its own clause
    pytest.param("en", "The Louvre's collection holds 380,000 works, and its visitors can see 35,000 of them.",
                 marks=pytest.mark.xfail(reason="a partitive count takes the nearest cue", strict=True)),
    ("en", "The drama series runs to 120 episodes on iQiyi."),
    ("it", "La collezione del Louvre conta 380.000 opere."),
    ("fr", "Les collections du Louvre comptent 380 000 œuvres."),
    ("de", "Die Sammlung des Louvre umfasst 380.000 Werke."),
    ("es", "La colección del Louvre reúne 380.000 obras."),
    ("pt", "O acervo do Louvre reúne 380.000 obras."),
    ("zh", "卢浮宫的藏品多达38万件。"),
    # a count of places, works or products beside an audience cue (``counted_nouns``)
    ("en", "The Weibo post was shared by fans in 150 cities."),
    ("en", "The show was watched in 200 countries by viewers around the world."),
    ("it", "La diretta è stata seguita dai fan in 150 città cinesi."),
    ("fr", "Le direct a été suivi par des fans dans 150 villes chinoises."),
    ("de", "Der Livestream wurde von Fans in 150 chinesischen Städten verfolgt."),
    ("es", "La transmisión fue seguida por aficionados en 150 ciudades chinas."),
    ("pt", "A transmissão foi acompanhada por fãs em 150 cidades chinesas."),
    ("zh", "该活动覆盖全国300个城市的用户。"),
    # shares of stock sold are equity, not sales; a share price is a price
    ("en", "Kuaishou sold 365 million shares in its Hong Kong IPO."),
    ("en", "Tencent's shares rose 3% to 350 Hong Kong dollars on Tuesday."),
    ("it", "Kuaishou ha venduto 365 milioni di azioni nella sua IPO a Hong Kong."),
    ("it", "Le azioni di Tencent sono salite del 3% a 350 dollari di Hong Kong."),
    ("fr", "Kuaishou a vendu 365 millions d'actions lors de son introduction en Bourse."),
    ("fr", "L'action Tencent a progressé de 3 % à 350 dollars de Hong Kong."),
    ("de", "Kuaishou verkaufte bei seinem Börsengang 365 Millionen Aktien."),
    ("de", "Die Tencent-Aktie stieg um 3 Prozent auf 350 Hongkong-Dollar."),
    ("es", "Kuaishou vendió 365 millones de acciones en su salida a bolsa en Hong Kong."),
    ("es", "Las acciones de Tencent subieron un 3% hasta 350 dólares de Hong Kong."),
    ("pt", "A Kuaishou vendeu 365 milhões de ações na sua oferta pública em Hong Kong."),
    ("pt", "As ações da Tencent subiram 3% para 350 dólares de Hong Kong."),
    ("zh", "快手在香港上市时发售3.65亿股。"),
    ("zh", "腾讯股价上涨3%，至350港元。"),
    # survey samples
    ("en", "A survey of 2,000 consumers found that most follow brands on Weibo."),
    ("en", "Of the 1,500 users surveyed, most watch livestreams on Douyin."),
    ("it", "Un sondaggio condotto su 2.000 consumatori mostra che molti seguono i marchi su Weibo."),
    ("fr", "Un sondage réalisé auprès de 2 000 consommateurs montre qu'ils suivent les marques sur Weibo."),
    ("de", "Eine Umfrage unter 2.000 Verbrauchern zeigt, dass viele Marken auf Weibo folgen."),
    ("es", "Una encuesta realizada a 2.000 consumidores muestra que siguen a las marcas en Weibo."),
    ("pt", "Uma pesquisa feita com 2.000 consumidores mostra que eles seguem as marcas no Weibo."),
    ("zh", "一项针对2000名消费者的调查显示，多数人在微博关注品牌。"),
    # forecasts, targets, plans and expectations
    ("en", "Gucci aims for 10 million viewers for its next livestream."),
    ("en", "Sales on Tmall are expected to reach 5 billion yuan."),
    ("it", "Gucci punta a 10 milioni di spettatori per la prossima diretta."),
    ("it", "Si prevede che le vendite su Tmall raggiungano 5 miliardi di yuan."),
    ("fr", "Gucci vise 10 millions de spectateurs pour son prochain direct."),
    ("fr", "Les ventes sur Tmall devraient atteindre 5 milliards de yuans."),
    ("de", "Gucci peilt für den nächsten Livestream 10 Millionen Zuschauer an."),
    ("de", "Der Umsatz auf Tmall soll 5 Milliarden Yuan erreichen."),
    ("es", "Gucci aspira a 10 millones de espectadores en su próxima transmisión."),
    ("es", "Se espera que las ventas en Tmall alcancen los 5.000 millones de yuanes."),
    ("pt", "A Gucci mira 10 milhões de espectadores na próxima transmissão."),
    ("pt", "As vendas no Tmall devem chegar a 5 bilhões de yuans."),
    ("zh", "古驰的目标是下一场直播吸引1000万观众。"),
    ("zh", "天猫销售额预计将达到50亿元。"),
    # exchange rates
    ("en", "At the current rate, 1 euro is worth 7.8 yuan, so sales abroad look smaller."),
    ("it", "Al cambio attuale 1 euro vale 7,8 yuan, quindi le vendite all'estero sembrano minori."),
    ("fr", "Au taux actuel, 1 euro vaut 7,8 yuans, si bien que les ventes à l'étranger paraissent moindres."),
    ("de", "Zum aktuellen Kurs ist 1 Euro 7,8 Yuan wert, die Umsätze im Ausland wirken kleiner."),
    ("es", "Al cambio actual, 1 euro equivale a 7,8 yuanes, así que las ventas en el exterior parecen menores."),
    ("pt", "Ao câmbio atual, 1 euro vale 7,8 yuans, e as vendas no exterior parecem menores."),
    ("zh", "按当前汇率，1欧元约合7.8元人民币，海外销售额看起来更小。"),
    # phone numbers, dates in digits, scores, model numbers, addresses
    ("en", "Viewers can call the hotline on 400 820 8820 to order."),
    ("en", "On 11/11/2019 viewers flocked to Tmall."),
    ("en", "The Lakers won 112-108 as fans watched on Tencent Video."),
    ("en", "The iPhone 15 was the best-selling phone on Tmall."),
    ("en", "The flagship at 1266 Nanjing West Road welcomed visitors on Saturday."),
    ("it", "Gli spettatori possono chiamare il numero 400 820 8820 per ordinare."),
    ("it", "Il 20/05/2019 gli spettatori hanno invaso Tmall."),
    ("it", "L'iPhone 15 è stato il telefono più venduto su Tmall."),
    ("fr", "Les spectateurs peuvent appeler le 400 820 8820 pour commander."),
    ("fr", "Le 20/05/2019, les spectateurs se sont rués sur Tmall."),
    ("fr", "L'iPhone 15 a été le téléphone le plus vendu sur Tmall."),
    ("de", "Zuschauer können unter 400 820 8820 bestellen."),
    ("de", "Am 20.05.2019 strömten die Zuschauer zu Tmall."),
    ("de", "Das iPhone 15 war das meistverkaufte Telefon auf Tmall."),
    ("es", "Los espectadores pueden llamar al 400 820 8820 para hacer pedidos."),
    ("es", "El 20/05/2019 los espectadores acudieron en masa a Tmall."),
    ("es", "El iPhone 15 fue el teléfono más vendido en Tmall."),
    ("pt", "Os espectadores podem ligar para 400 820 8820 para fazer pedidos."),
    ("pt", "Em 20/05/2019 os espectadores lotaram o Tmall."),
    ("pt", "O iPhone 15 foi o celular mais vendido no Tmall."),
    ("zh", "观众可拨打热线400 820 8820订购。"),
    ("zh", "iPhone 15是天猫上最畅销的手机。"),
    ("zh", "位于南京西路1266号的旗舰店周六迎来大批游客。"),
    # the same forms, in the other languages: ranks, ages, distances, capacities, episodes, samples, plans,
    # scores, dates, house numbers, prices, model numbers
    ("it", "Il video di Gucci è al numero 150 della classifica dei più visti su Douyin."),
    ("fr", "La vidéo de Gucci figure au numéro 150 du classement des plus vues sur Douyin."),
    ("de", "Das Video von Gucci steht auf Platz 150 der meistgesehenen Clips auf Douyin."),
    ("es", "El vídeo de Gucci ocupa el número 150 de la lista de los más vistos en Douyin."),
    ("pt", "O vídeo da Gucci está na posição 150 da lista dos mais vistos no Douyin."),
    ("zh", "古驰的视频位列抖音最热视频榜第150名。"),
    ("it", "La nonna di 102 anni è diventata una beniamina degli spettatori su Kuaishou."),
    ("fr", "La grand-mère de 102 ans est devenue la coqueluche des spectateurs sur Kuaishou."),
    ("de", "Die 102-jährige Großmutter wurde zum Liebling der Zuschauer auf Kuaishou."),
    ("es", "La abuela de 102 años se convirtió en la favorita de los espectadores en Kuaishou."),
    ("pt", "A avó de 102 anos virou a queridinha dos espectadores no Kuaishou."),
    ("zh", "这位102岁的老奶奶成了快手观众的最爱。"),
    ("it", "I fan hanno percorso 1.500 chilometri per vedere la sfilata."),
    ("fr", "Des fans ont parcouru 1 500 kilomètres pour voir le défilé."),
    ("de", "Fans reisten 1.500 Kilometer weit, um die Show zu sehen."),
    ("es", "Los aficionados recorrieron 1.500 kilómetros para ver el desfile."),
    ("pt", "Os fãs percorreram 1.500 quilômetros para ver o desfile."),
    ("zh", "粉丝们跋涉1500公里前来观看这场秀。"),
    ("it", "L'arena può ospitare 20.000 fan."),
    ("fr", "L'aréna peut accueillir 20 000 fans."),
    ("de", "Die Arena bietet Platz für 20.000 Fans."),
    ("es", "El pabellón tiene capacidad para 20.000 aficionados."),
    ("pt", "A arena tem capacidade para 20.000 fãs."),
    ("zh", "这座体育馆可容纳2万名粉丝。"),
    ("it", "La serie conta 120 episodi su iQiyi, molto amati dagli spettatori."),
    ("fr", "La série compte 120 épisodes sur iQiyi, très appréciés des spectateurs."),
    ("de", "Die Serie umfasst 120 Episoden auf iQiyi, beliebt bei den Zuschauern."),
    ("es", "La serie suma 120 episodios en iQiyi, muy queridos por los espectadores."),
    ("pt", "A série tem 120 episódios no iQiyi, muito queridos pelos espectadores."),
    ("zh", "这部剧在爱奇艺上共有120集，深受观众喜爱。"),
    ("it", "Dei 1.500 utenti intervistati, la maggior parte guarda le dirette su Douyin."),
    ("de", "Von den 1.500 befragten Nutzern schauen die meisten Livestreams auf Douyin."),
    ("zh", "在接受调查的1500名用户中，多数人在抖音观看直播。"),
    ("it", "Tmall prevede di raggiungere 100 milioni di utenti entro il 2025."),
    ("fr", "Tmall prévoit d'atteindre 100 millions d'utilisateurs d'ici 2025."),
    ("de", "Tmall will bis 2025 100 Millionen Nutzer erreichen."),
    ("es", "Tmall planea alcanzar 100 millones de usuarios para 2025."),
    ("pt", "O Tmall planeja chegar a 100 milhões de usuários até 2025."),
    ("zh", "天猫计划到2025年用户数达到1亿。"),
    ("en", "The platform plans to reach 100 million users by 2025."),
    ("it", "I Lakers hanno vinto 112-108 mentre i tifosi guardavano su Tencent Video."),
    ("fr", "Les Lakers ont gagné 112-108 sous les yeux des fans sur Tencent Video."),
    ("de", "Die Lakers gewannen 112:108, während die Fans auf Tencent Video zusahen."),
    ("es", "Los Lakers ganaron 112-108 mientras los aficionados lo veían en Tencent Video."),
    # known gap: a score written with a word between ("112 a 108") reads as two figures
    pytest.param("pt", "Os Lakers venceram por 112 a 108 enquanto os fãs assistiam no Tencent Video.",
                 marks=pytest.mark.xfail(reason="a score joined by a word", strict=True)),
    ("zh", "湖人以112比108获胜，球迷在腾讯视频上观看。"),
    ("zh", "2019年11月11日，观众涌入天猫。"),
    ("it", "Lo store al numero 1266 di Nanjing West Road ha accolto i visitatori."),
    ("de", "Der Laden in der Nanjing West Road 1266 empfing am Samstag Besucher."),
    ("fr", "La boutique du 1266 Nanjing West Road a accueilli des visiteurs samedi."),
    ("es", "La tienda de la calle Nanjing West Road 1266 recibió visitantes el sábado."),
    ("pt", "A loja na Rua Nanjing West Road 1266 recebeu visitantes no sábado."),
    ("en", "A ticket to see the pandas now costs 150 yuan for visitors."),
    ("it", "Il Samsung Galaxy S24 è stato il telefono più visto dagli spettatori del live."),
    ("zh", "华为Mate 60在直播间吸引了大量观众。"),
]

#: Gains and changes: kept, if at all, as a change, never as a total.
CHANGES = [
    ("en", "Nike's account gained 176,000 followers in a week."),
    ("it", "L'account di Nike ha guadagnato 176.000 follower in una settimana."),
    ("fr", "Le compte de Nike a gagné 176 000 abonnés en une semaine."),
    # known gap: a separable verb's particle at the clause's end ("gewann ... hinzu") is no change cue yet
    pytest.param("de", "Das Konto von Nike gewann in einer Woche 176.000 Follower hinzu.",
                 marks=pytest.mark.xfail(reason="separable change verbs", strict=True)),
    ("es", "La cuenta de Nike ganó 176.000 seguidores en una semana."),
    ("pt", "A conta da Nike ganhou 176.000 seguidores em uma semana."),
    ("zh", "耐克账号一周内净增粉丝17.6万。"),
]

POSITIVES = [
    ("en", "Gucci's sales in China reached 2.5 billion euros in 2019.", [("sales", 2_500_000_000)]),
    ("en", "The Louvre's livestream drew 3 million viewers on Douyin.", [("viewers", 3_000_000)]),
    ("en", "The video has been viewed 64 million times on Weibo.", [("views", 64_000_000)]),
    ("en", "Kuaishou reported 300 million daily active users.", [("dau", 300_000_000)]),
    ("en", "The Red Cross collected donations of 20 million yuan on Weibo.", [("donations", 20_000_000)]),
    ("en", "Sales on Tmall reached 41 million yuan (about 5.2 million euros).", [("sales", 41_000_000)]),
    ("it", "Il fatturato di Gucci in Cina ha raggiunto 2,5 miliardi di euro.", [("sales", 2_500_000_000)]),
    ("it", "La diretta del Louvre ha raccolto 3 milioni di spettatori su Douyin.", [("viewers", 3_000_000)]),
    ("it", "Il video di Gucci ha ottenuto 500.000 mi piace su Weibo.", [("likes", 500_000)]),
    ("fr", "Le chiffre d'affaires de Gucci en Chine a atteint 2,5 milliards d'euros.", [("sales", 2_500_000_000)]),
    ("fr", "Le compte de Dior compte 1,2 million d'abonnés sur Weibo.", [("followers", 1_200_000)]),
    ("de", "Der Umsatz von Gucci in China erreichte 2,5 Milliarden Euro.", [("sales", 2_500_000_000)]),
    ("de", "Der Livestream des Louvre erreichte 3 Millionen Zuschauer auf Douyin.", [("viewers", 3_000_000)]),
    ("es", "Las ventas de Gucci en China alcanzaron 2.500 millones de euros.", [("sales", 2_500_000_000)]),
    ("es", "El vídeo de Gucci superó los 64 millones de reproducciones en Weibo.", [("views", 64_000_000)]),
    ("pt", "As vendas da Gucci na China chegaram a 2,5 bilhões de euros.", [("sales", 2_500_000_000)]),
    ("pt", "A Burberry tem 2,6 milhões de seguidores no WeChat.", [("followers", 2_600_000)]),
    ("zh", "古驰在中国的销售额达到25亿欧元。", [("sales", 2_500_000_000)]),
    ("zh", "卢浮宫的直播在抖音吸引了300万观众。", [("viewers", 3_000_000)]),
    ("zh", "快手的日活跃用户达到3亿。", [("dau", 300_000_000)]),
    # units sold and reposts keep their noun
    ("en", "Havaianas sold 310,000 pairs on Tmall during Singles' Day.", [("sales", 310_000)]),
    ("en", "Gucci's post on Weibo drew 3 million shares in a day.", [("shares", 3_000_000)]),
]


def _metrics(extract_text, lang: str, text: str) -> list[Metric]:
    return [f for f in extract_text(lang, text, None).facts if isinstance(f, Metric)]


@pytest.mark.parametrize(("lang", "text"), NEGATIVES)
def test_a_number_that_is_no_metric_gives_none(extract_text, lang, text) -> None:
    assert _metrics(extract_text, lang, text) == []


@pytest.mark.parametrize(("lang", "text"), CHANGES)
def test_a_gain_is_never_a_total(extract_text, lang, text) -> None:
    assert all(m.aspect == CHANGE for m in _metrics(extract_text, lang, text))


@pytest.mark.parametrize(("lang", "text", "expected"), POSITIVES)
def test_an_audience_or_commerce_figure_stays(extract_text, lang, text, expected) -> None:
    assert sorted((m.kind, m.value) for m in _metrics(extract_text, lang, text)) == sorted(expected)


@pytest.mark.parametrize(("lang", "text"), [
    # a survey's sample or a venue's capacity and limit (``sample_counts``)
    ("en", "The museum is limited to 5,000 visitors a day."),
    ("en", "Some 2,000 respondents said they follow Gucci on Weibo."),
    ("it", "La mostra ha una capienza massima di 3.000 visitatori al giorno."),
    ("fr", "La jauge de l'exposition est limitée à 5 000 visiteurs par jour."),
    ("fr", "Sur les 1 500 utilisateurs interrogés, la plupart suivent Gucci sur Weibo."),
    ("de", "Die Ausstellung ist auf 5.000 Besucher pro Tag begrenzt."),
    ("es", "El museo limita el aforo a 8.000 visitantes diarios."),
    ("es", "De los 1.500 usuarios encuestados, la mayoría sigue a Gucci en Weibo."),
    ("pt", "O museu tem lotação de 5.000 visitantes por dia."),
    ("pt", "Dos 1.500 usuários entrevistados, a maioria segue a Gucci no Weibo."),
    ("zh", "故宫每日限流3万名游客。"),
    ("zh", "在接受调查的2000名微博用户中，多数人关注古驰。"),
])
def test_a_sample_or_a_capacity_gives_no_metric(extract_text, lang, text) -> None:
    assert _metrics(extract_text, lang, text) == []
