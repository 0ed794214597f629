"""A figure with no cue of its own takes the kind of the figure of its sort before it."""

from __future__ import annotations

import pytest

from crossreach.models import Metric, Quantity
from crossreach.relate.metric_kinds import (
    ELLIPSIS_RATIO,
    deal_amounts,
    kinds_of_bare_figures,
    label_of,
    opening_cues,
)


def _count(value: float, kind: str = "count") -> Quantity:
    return Quantity(start=0, end=1, text=str(value), value=value, kind=kind)


@pytest.mark.parametrize(("figures", "kinds", "expected"), [
    # a count of the same order continues the series
    ([_count(1_180_000), _count(640_000)], ["followers", None], ["followers", "followers"]),
    # a count far smaller counts something else
    ([_count(1_900_000), _count(1_500)], ["viewers", None], ["viewers", None]),
    # a sum after a sum, whatever its size
    ([_count(15.6e9, "money"), _count(1e6, "money")], ["sales", None], ["sales", "sales"]),
    # a count does not take the kind of a sum, nor the reverse
    ([_count(2e6, "money"), _count(1e6)], ["sales", None], ["sales", None]),
    # a figure with a cue keeps it
    ([_count(2e6), _count(1e6)], ["followers", "likes"], ["followers", "likes"]),
])
def test_a_bare_figure_takes_the_kind_before_it(figures, kinds, expected) -> None:
    assert kinds_of_bare_figures(figures, kinds) == expected


@pytest.mark.parametrize(("between", "expected"), [
    # no cue between the figures, or one of the same kind: the kind carries over
    ([frozenset(), frozenset()], ["followers", "followers"]),
    ([frozenset(), frozenset({"followers"})], ["followers", "followers"]),
    # a cue of another kind between them names what the second counts: nothing carries over
    ([frozenset(), frozenset({"other"})], ["followers", None]),
    ([frozenset(), frozenset({"followers", "other"})], ["followers", None]),
])
def test_a_cue_of_another_kind_between_two_figures_stops_the_ellipsis(between, expected) -> None:
    figures = [_count(312_000), _count(45_000)]
    assert kinds_of_bare_figures(figures, ["followers", None], None, between) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Le compte de Dior rassemblait 312 000 abonnés, et les « notes » qui la mentionnent, ces publications "
           "mêlant photos et avis, ont dépassé les 45 000.", [("followers", 312_000)]),
    # a name between the figures is no cue: the ellipsis holds
    ("en", "Gucci has 1.18 million followers on Weibo, while Prada counts 640,000.",
     [("followers", 1_180_000), ("followers", 640_000)]),
])
def test_what_a_clause_counts_is_not_carried_past_its_own_cue(extract_text, lang, text, expected) -> None:
    found = [(f.kind, f.value) for f in extract_text(lang, text, "2024-01-01").facts if isinstance(f, Metric)]
    assert found == expected


def test_a_part_of_the_figure_before_takes_its_kind_however_small() -> None:
    figures = [_count(2_300_000), _count(40_000)]
    assert kinds_of_bare_figures(figures, ["visitors", None], [False, True]) == ["visitors", "visitors"]
    assert kinds_of_bare_figures(figures, ["visitors", None], [False, False]) == ["visitors", None]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Die SKD z\u00e4hlten 2,3 Millionen Besucher, darunter etwa 40.000 aus China.",
     [("visitors", 2_300_000), ("visitors", 40_000)]),
    ("en", "The Louvre counted 8.9 million visitors, among them some 120,000 from China.",
     [("visitors", 8_900_000), ("visitors", 120_000)]),
    ("it", "Gli Uffizi hanno contato 4,1 milioni di visitatori, di cui circa 90.000 cinesi.",
     [("visitors", 4_100_000), ("visitors", 90_000)]),
    ("fr", "Le Louvre a accueilli 8,9 millions de visiteurs, dont environ 120 000 Chinois.",
     [("visitors", 8_900_000), ("visitors", 120_000)]),
    ("zh", "卢浮宫去年接待游客890万人次，其中中国游客约12万人次。", [("visitors", 8_900_000), ("visitors", 120_000)]),
    # with no such word between them, a figure far smaller counts something else
    ("en", "The Louvre counted 8.9 million visitors and holds 35,000 works.", [("visitors", 8_900_000)]),
])
def test_a_part_of_a_figure_counts_what_the_whole_does(extract_text, lang, text, expected) -> None:
    found = [(f.kind, f.value) for f in extract_text(lang, text, "2024-01-01").facts if isinstance(f, Metric)]
    assert found == expected


def _kinds_are(extract_text, lang: str, text: str, expected: list[tuple]) -> None:
    facts = extract_text(lang, text, "2024-01-01").facts
    assert [(f.subject, f.kind, f.value) for f in facts if isinstance(f, Metric)] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("it", "La classifica dei club per follower su Weibo al 31 dicembre: Juventus 9,8 mln; Lazio 2,9 mln.",
     [("Juventus", "followers", 9_800_000), ("Lazio", "followers", 2_900_000)]),
    ("en", "The ranking of brands by followers on Douyin: Gucci 9.8 million; Prada 2.9 million; Fendi 1.6 million.",
     [("Gucci", "followers", 9_800_000), ("Prada", "followers", 2_900_000), ("Fendi", "followers", 1_600_000)]),
    ("fr", "Le classement des marques par abonn\u00e9s sur Douyin : Gucci 9,8 millions ; Prada 2,9 millions.",
     [("Gucci", "followers", 9_800_000), ("Prada", "followers", 2_900_000)]),
    # a profit word announces no metric
    ("en", "Gucci's profit: 9.8 million euros.", []),
])
def test_a_list_a_colon_announces_takes_the_kind_of_the_cue_before_it(extract_text, lang, text, expected) -> None:
    _kinds_are(extract_text, lang, text, expected)


def test_the_ratio_is_a_bound_not_a_cutoff_at_equal_sizes() -> None:
    assert kinds_of_bare_figures([_count(ELLIPSIS_RATIO * 1000.0), _count(1000.0)], ["views", None]) == ["views"] * 2


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Le PSG compte 4,6 millions d'abonnés sur Douyin, l'OM 1,1 million.",
     [("followers", 4_600_000), ("followers", 1_100_000)]),
    ("de", "Der FC Bayern hat auf Weibo 6,1 Millionen Follower, Borussia Dortmund rund 2,4 Millionen.",
     [("followers", 6_100_000), ("followers", 2_400_000)]),
    ("pt", "O Benfica tem 1,2 milhão de seguidores no Weibo e o FC Porto 950 mil.",
     [("followers", 1_200_000), ("followers", 950_000)]),
    ("zh", "拜仁慕尼黑在微博拥有612万粉丝，多特蒙德约为240万。", [("followers", 6_120_000), ("followers", 2_400_000)]),
    ("en", "The broadcast drew 1.9 million viewers on Douyin and generated more than 1,500 orders for Lotus.",
     [("viewers", 1_900_000), ("sales", 1_500)]),
])
def test_a_series_of_rivals_counts_the_same_thing(extract_text, lang, text, expected) -> None:
    found = [(f.kind, f.value) for f in extract_text(lang, text).facts if isinstance(f, Metric)]
    assert found == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # users who follow are followers, users who interact are interactions
    ("de", "Adidas ist seit 2019 mit einem Konto auf Xiaohongshu präsent, dem rund 380.000 Nutzer folgen.",
     [("followers", 380_000)]),
    ("fr", "Sur Douyin, 166 000 utilisateurs interagissant avec le compte de Dior ont été recensés.",
     [("interactions", 166_000)]),
    # users counted by their standing stay users, and active users are DAU
    ("en", "Weibo had 580 million users, 250 million of them daily active users.",
     [("users", 580_000_000), ("dau", 250_000_000)]),
])
def test_users_are_counted_by_what_they_did(extract_text, lang, text, expected) -> None:
    found = [(f.kind, f.value) for f in extract_text(lang, text, "2024-01-01").facts if isinstance(f, Metric)]
    assert found == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # an act of people right before the users' figure says what they did
    ("en", "The Gucci livestream on Douyin was watched by 2 million users.", [("viewers", 2_000_000)]),
    ("it", "Al concorso lanciato da Gucci su Douyin hanno partecipato oltre 40mila utenti.",
     [("participants", 40_000)]),
    ("fr", "Au concours lancé par Dior sur Douyin ont participé plus de 40 000 internautes.",
     [("participants", 40_000)]),
    ("es", "En el concurso de Loewe en Douyin participaron más de 40.000 usuarios.", [("participants", 40_000)]),
    ("de", "An dem Wettbewerb von Adidas auf Douyin beteiligten sich mehr als 40.000 Nutzer.",
     [("participants", 40_000)]),
    # taking part named after the users word, the German verb split around its clause
    ("en", "More than 40,000 users took part in the contest Gucci launched on Douyin.", [("participants", 40_000)]),
    ("de", "Mehr als 40.000 Nutzer nahmen an dem Wettbewerb teil, den Adidas auf Douyin startete.",
     [("participants", 40_000)]),
    ("zh", "超过4万名用户参加了古驰在抖音发起的挑战赛。", [("participants", 40_000)]),
    # registering users makes users of them; a cue of the figure before is not this one's act
    ("en", "During the soft launch, the Burberry mini program on WeChat registered more than 48,000 users.",
     [("users", 48_000)]),
    ("it", "Gucci conta 1 milione di follower su Weibo e 300mila utenti sulla sua app.",
     [("followers", 1_000_000), ("users", 300_000)]),
])
def test_an_act_before_the_users_figure_says_what_they_did(extract_text, lang, text, expected) -> None:
    found = [(f.kind, f.value) for f in extract_text(lang, text, "2024-01-01").facts if isinstance(f, Metric)]
    assert found == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # danmu, the bullet comments of Chinese video sites, are comments whoever posts them
    ("en", "Viewers have posted more than 420,000 danmu under Gucci's livestream on Bilibili.",
     [("comments", 420_000)]),
    ("it", "Sotto la diretta di Gucci su Bilibili sono comparsi oltre 50mila danmaku.", [("comments", 50_000)]),
])
def test_danmu_are_comments(extract_text, lang, text, expected) -> None:
    found = [(f.kind, f.value) for f in extract_text(lang, text, "2024-01-01").facts if isinstance(f, Metric)]
    assert found == expected


@pytest.mark.parametrize(("figures", "kinds", "cues", "expected"), [
    # money with no cue after a sentence naming a deal: its value
    ([_count(2_000_000, "money")], [None], [(0, 8, "deal_value")], ["deal_value"]),
    # a count is no deal's value
    ([_count(2_000_000)], [None], [(0, 8, "deal_value")], [None]),
    # after a sentence naming sales: sales, but not a sum as small as a price
    ([_count(1_288, "money")], [None], [(0, 5, "sales")], [None]),
    ([_count(2_000_000, "money")], [None], [(0, 5, "sales")], ["sales"]),
    # the last money word of that sentence decides; a profit word lends nothing
    ([_count(2_000_000, "money")], [None], [(0, 5, "sales"), (9, 14, "deal_value")], ["deal_value"]),
    ([_count(2_000_000, "money")], [None], [(0, 5, "sales"), (9, 14, "not_a_metric")], [None]),
    # a figure with a kind keeps it
    ([_count(2_000_000, "money")], ["sales"], [(0, 8, "deal_value")], ["sales"]),
])
def test_money_after_a_deal_or_sales_sentence_is_of_its_kind(figures, kinds, cues, expected) -> None:
    assert deal_amounts(figures, kinds, cues) == expected


@pytest.mark.parametrize(("own", "earlier", "expected"), [
    # a deal word opening the sum's own sentence names it, out of a cue's reach too
    ([(3, 9, "deal_value")], [], ["deal_value"]),
    # before the deal word of the sentence before
    ([(3, 9, "deal_value")], [(0, 5, "sales")], ["deal_value"]),
    # a sales word opening the sentence lends nothing: its sums have cues in reach
    ([(3, 9, "sales")], [], [None]),
    # nor a deal word after the sum
    ([(60, 66, "deal_value")], [], [None]),
])
def test_money_in_a_sentence_a_deal_word_opens_is_the_deal_s_value(own, earlier, expected) -> None:
    figure = Quantity(start=50, end=60, text="9 milioni", value=9_000_000, kind="money")
    assert deal_amounts([figure], [None], earlier, own) == expected


@pytest.mark.parametrize(("cues", "expected"), [
    ([(103, 109, "deal_value"), (160, 166, "sales")], [(103, 109, "deal_value")]),
    ([(140, 146, "deal_value")], []),
])
def test_opening_cues_are_those_of_the_sentence_s_first_words(cues, expected) -> None:
    assert opening_cues(cues, 100) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Die Tischtennis-Bundesliga hat einen Vertrag mit Kuaishou geschlossen. Nach dpa-Informationen "
           "erh\u00e4lt die Liga zwischen 1,5 und 2 Millionen Euro pro Saison.", [("deal_value", (1.5e6, 2e6))]),
    ("fr", "La Ligue nationale de basket a sign\u00e9 un contrat avec Kuaishou. Selon plusieurs sources, "
           "la Ligue nationale de basket recevrait entre 1,5 et 2 millions d'euros par saison.",
     [("deal_value", (1.5e6, 2e6))]),
    # sales named in the sentence before, the sum in a sentence with a cue of its own too
    ("de", "Der Umsatz von Adidas stieg um ein Drittel. Im ersten Halbjahr kam Adidas damit auf 1,08 Milliarden Euro.",
     [("sales", None)]),
    ("it", "Il fatturato di Zegna \u00e8 cresciuto. La Cina ha contribuito per circa 260 milioni di euro.",
     [("sales", None)]),
    # after a profit word, a sum is of no kind
    ("en", "Gucci's profit fell. In the first half Gucci reached 1.08 billion euros.", []),
    # a sentence with a cue of its own keeps its kind
    ("en", "The NBA signed a contract with Tencent. The NBA had sales of 2 million euros on Tmall.",
     [("sales", None)]),
])
def test_a_deal_s_value_may_follow_the_deal_s_sentence(extract_text, lang, text, expected) -> None:
    found = [(f.kind, f.range) for f in extract_text(lang, text, "2023-02-13").facts if isinstance(f, Metric)]
    assert found == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a selling word counts units sold, after a figure of another kind too
    ("es", "El directo de Isdin en Taobao Live reunió a 3,4 millones de espectadores y en él se vendieron "
           "160.000 unidades.", [("viewers", 3_400_000), ("sales", 160_000)]),
    ("de", "Der Livestream von Adidas auf Douyin hatte 2,1 Millionen Zuschauer und verkaufte 52.000 Paar Schuhe.",
     [("viewers", 2_100_000), ("sales", 52_000)]),
    ("pt", "A live da Havaianas no Douyin teve 1,5 milhão de espectadores e venderam 40.000 pares.",
     [("viewers", 1_500_000), ("sales", 40_000)]),
])
def test_a_selling_word_names_the_units_sold(extract_text, lang, text, expected) -> None:
    found = [(f.kind, f.value) for f in extract_text(lang, text, "2024-01-01").facts if isinstance(f, Metric)]
    assert found == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # watching a live counts viewers, in either script ("watched" in English)
    ("zh", "迪奥在抖音的直播观看约350万。", [("viewers", 3_500_000)]),
    ("zh", "迪奧在抖音的直播觀看約350萬。", [("viewers", 3_500_000)]),
    # a count of plays keeps the longer cue
    ("zh", "该视频在抖音的观看量达1200万。", [("views", 12_000_000)]),
])
def test_watching_counts_viewers(extract_text, lang, text, expected) -> None:
    found = [(f.kind, f.value) for f in extract_text(lang, text, "2024-01-01").facts if isinstance(f, Metric)]
    assert found == expected


@pytest.mark.parametrize(("text", "figure", "cues", "label"), [
    # the nearest cue of kind other gives the label, in lower case
    ("40 Fanclubs", "40", [(3, 11, "other")], "fanclubs"),
    # a cue of another kind gives none
    ("1.9 million viewers and 1,500 brands", "1,500", [(12, 19, "viewers"), (30, 36, "other")], "brands"),
    # of two, the nearer
    ("stores: 120, brands 900", "900", [(0, 6, "other"), (13, 19, "other")], "brands"),
    ("2 million followers", "2", [(10, 19, "followers")], None),
])
def test_a_count_of_kind_other_is_labelled_by_its_nearest_cue(text, figure, cues, label) -> None:
    start = text.index(figure)
    quantity = Quantity(start=start, end=start + len(figure), text=figure, value=1.0, kind="count")
    assert label_of(text, quantity, cues) == label


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # what users post is a count of kind other, labelled by its word, not a count of participants
    ("en", "Users posted 2.3 million notes about Gucci on Xiaohongshu, which were viewed 900 million times.",
     [("other", 2_300_000, "notes"), ("views", 900_000_000, None)]),
    ("de", "Unter dem Schlagwort Gucci haben Nutzer bisher mehr als 2,3 Millionen Beiträge veröffentlicht.",
     [("other", 2_300_000, "beiträge")]),
    ("es", "Los usuarios de Xiaohongshu han compartido 120.000 publicaciones sobre Loewe.",
     [("other", 120_000, "publicaciones")]),
    ("zh", "小红书上关于古驰的笔记已超过12万篇。", [("other", 120_000, "笔记")]),
    # Xiaohongshu's "notes" in each language
    ("de", "Auf Xiaohongshu haben Nutzer über Gucci mehr als 1,5 Millionen Notizen veröffentlicht.",
     [("other", 1_500_000, "notizen")]),
    ("it", "Su Xiaohongshu gli utenti hanno pubblicato circa 120mila note di viaggio su Gucci.",
     [("other", 120_000, "note")]),
    ("es", "En Xiaohongshu, Loewe aparece en más de 45.000 notas de usuarias.", [("other", 45_000, "notas")]),
    ("pt", "Os usuários do Xiaohongshu já publicaram mais de 30 mil notas sobre a Gucci.",
     [("other", 30_000, "notas")]),
])
def test_what_users_post_is_a_count_of_other(extract_text, lang, text, expected) -> None:
    found = [(f.kind, f.value, f.label) for f in extract_text(lang, text, "2024-01-01").facts if isinstance(f, Metric)]
    assert found == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # an account word before a figure holds the count: the figure counts what the figure before it does
    ("zh", "该俱乐部的微博账号拥有612万粉丝，抖音和B站账号则分别为298万和126万。",
     [("followers", 6_120_000), ("followers", 2_980_000), ("followers", 1_260_000)]),
    ("en", "The club has 6.12 million fans on Weibo, while its Douyin and Bilibili accounts have 2.98 million and "
           "1.26 million respectively.",
     [("followers", 6_120_000), ("followers", 2_980_000), ("followers", 1_260_000)]),
    # after its figure it counts users
    ("en", "Weibo had 580 million accounts at the end of 2023.", [("users", 580_000_000)]),
    ("it", "L'app di Gucci conta 5 milioni di account.", [("users", 5_000_000)]),
    ("fr", "Weibo revendique 580 millions de comptes.", [("users", 580_000_000)]),
])
def test_an_account_word_holds_the_count_before_a_figure(extract_text, lang, text, expected) -> None:
    found = [(f.kind, f.value) for f in extract_text(lang, text, "2024-01-01").facts if isinstance(f, Metric)]
    assert found == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a sponsorship, a partnership or a transaction is a deal: the sum it is told with is its value
    ("es", "Loewe renovó su patrocinio con el Real Madrid en una operación de 5 millones de euros por año.",
     [("deal_value", 5_000_000)]),
    ("it", "Gucci ha chiuso con il Napoli un'operazione da 20 milioni di euro.", [("deal_value", 20_000_000)]),
    ("en", "Nike signed a sponsorship with the Chinese Football Association for $100 million.",
     [("deal_value", 100_000_000)]),
    ("de", "Adidas zahlt für das Sponsoring des FC Bayern 60 Millionen Euro im Jahr.", [("deal_value", 60_000_000)]),
])
def test_a_sponsorship_or_transaction_sum_is_a_deal_value(extract_text, lang, text, expected) -> None:
    found = [(f.kind, f.value) for f in extract_text(lang, text, "2024-01-01").facts if isinstance(f, Metric)]
    assert found == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # fans counted as watching are viewers
    ("en", "Gucci's livestream on Douyin was watched by 3 million fans.", [("viewers", 3_000_000)]),
    ("zh", "古驰在抖音的直播吸引了300万粉丝观看。", [("viewers", 3_000_000)]),
    # a watching cue of another figure, or past a clause break, leaves fans followers
    ("en", "Gucci has 3 million fans on Weibo, and its livestream drew 500,000 viewers.",
     [("followers", 3_000_000), ("viewers", 500_000)]),
    # an audience word elsewhere in the clause is no watching: a follower count stays one
    ("en", "The audience of Gucci's account reached 3 million followers.", [("followers", 3_000_000)]),
])
def test_fans_counted_as_watching_are_viewers(extract_text, lang, text, expected) -> None:
    found = [(f.kind, f.value) for f in extract_text(lang, text, "2024-01-01").facts if isinstance(f, Metric)]
    assert found == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # fans who took part or came, the act right before their figure, are participants or visitors
    ("de", "An der Spendenaktion von Gucci beteiligten sich bis zu 15.000 Fans.", [("participants", 15_000)]),
    ("en", "Gucci's exhibition in Shanghai was visited by 20,000 fans.", [("visitors", 20_000)]),
    ("en", "Gucci's campaign on Weibo had 20,000 participants, and 3 million fans follow it.",
     [("participants", 20_000), ("followers", 3_000_000)]),
])
def test_fans_counted_as_taking_part_or_coming_are_participants_or_visitors(extract_text, lang, text,
                                                                           expected) -> None:
    found = [(f.kind, f.value) for f in extract_text(lang, text, "2024-01-01").facts if isinstance(f, Metric)]
    assert found == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # paying subscribers or members of a service are its users, a platform's own figure
    ("it", "Netflix conta 230 milioni di abbonati paganti.", [("users", 230_000_000)]),
    ("zh", "腾讯视频付费会员数达1.17亿。", [("users", 117_000_000)]),
    ("pt", "A Netflix tem cerca de 230 milhões de assinantes pagos.", [("users", 230_000_000)]),
    # subscribers of a channel follow it
    ("en", "Gucci has 3 million subscribers on its Bilibili channel.", [("followers", 3_000_000)]),
])
def test_paying_subscribers_are_users(extract_text, lang, text, expected) -> None:
    found = [(f.kind, f.value) for f in extract_text(lang, text, "2024-01-01").facts if isinstance(f, Metric)]
    assert found == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # "... Mal abgerufen": a count of times is a count of views, as "times", "volte", "fois" are
    ("de", "Der FC Augsburg startet auf Bilibili.\n\nDas Konto hat 300.000 Follower, die Clips wurden zusammen "
           "12 Millionen Mal abgerufen.", [("followers", 300_000), ("views", 12_000_000)]),
    ("de", "Der Hamburger SV ist auf Weibo aktiv. Ein Video des Klubs wurde mehr als 450.000 Mal angeklickt.",
     [("views", 450_000)]),
    # "davon ... täglich aktive": the daily actives among the monthly ones
    ("de", "Weibo zählte im Quartal 580 Millionen monatlich aktive Nutzer, davon 250 Millionen täglich aktive.",
     [("mau", 580_000_000), ("dau", 250_000_000)]),
    # "liked ... times" counts likes, not views
    ("en", "Arsenal has 2 million followers on Weibo, and one clip was liked 150,000 times.",
     [("followers", 2_000_000), ("likes", 150_000)]),
])
def test_the_verb_of_a_count_of_times_says_what_was_counted(extract_text, lang, text, expected) -> None:
    found = [(f.kind, f.value) for f in extract_text(lang, text, "2024-01-01").facts if isinstance(f, Metric)]
    assert found == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A gain opening the clause after a figure, a change word after it, counts what that figure counts.
    ("it", "Il marchio ha venduto su Tmall per 90 milioni di euro, 20 milioni in più dell'anno scorso.",
     [("sales", 90_000_000, "total"), ("sales", 20_000_000, "change")]),
    ("fr", "Le musée a accueilli 410 000 visiteurs, soit 35 000 de plus qu'en 2022.",
     [("visitors", 410_000, "total"), ("visitors", 35_000, "change")]),
    ("es", "El museo recibió 250.000 visitantes, 40.000 más que el año anterior.",
     [("visitors", 250_000, "total"), ("visitors", 40_000, "change")]),
    # Portuguese says "more" before the gain and "than" after it: "mais 40 mil do que".
    ("pt", "O museu recebeu 250 mil visitantes em 2023, mais 40 mil do que no ano anterior.",
     [("visitors", 250_000, "total"), ("visitors", 40_000, "change")]),
    # No comma, or other words between: a number of its own, no gain of the figure before.
    ("en", "The museum had 300,000 visitors and 12 galleries.", [("visitors", 300_000, "total")]),
])
def test_a_gain_after_a_comma_counts_what_the_figure_before_counts(extract_text, lang, text, expected) -> None:
    found = [(f.kind, f.value, f.aspect) for f in extract_text(lang, text).facts if isinstance(f, Metric)]
    assert found == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # The number in a festival's name ("Double 11") is no figure, so the cue's figure is the sum.
    ("it", "Durante il Double 11 la maison ha venduto su Tmall per 80 milioni di yuan.", [("sales", 80_000_000)]),
    ("en", "During Double 11 the brand sold goods worth 80 million yuan on Tmall.", [("sales", 80_000_000)]),
])
def test_the_number_of_a_festival_is_no_figure(extract_text, lang, text, expected) -> None:
    assert [(f.kind, f.value) for f in extract_text(lang, text).facts if isinstance(f, Metric)] == expected


@pytest.mark.parametrize(("lang", "text", "value"), [
    # a selling word between a sum and a count names the count after it, its object, though the sum is nearer
    ("en", "The company had sales of 4.2 million euros and sold more than 11,000 coffee machines.", 11_000),
    ("de", "Der Konzern setzte am Singles' Day rund 4,2 Mio. Euro um und verkaufte dabei mehr als 11.000 "
           "Kaffeevollautomaten.", 11_000),
    ("es", "La empresa facturó 4,2 millones de euros y vendió más de 11.000 cafeteras.", 11_000),
    ("fr", "La maison a réalisé un chiffre d'affaires de 4,2 millions d'euros et a vendu plus de 11 000 "
           "machines à café.", 11_000),
    ("it", "L'azienda ha registrato ricavi per 4,2 milioni di euro e ha venduto oltre 11.000 macchine da caffè.",
     11_000),
    ("pt", "A empresa faturou 4,2 milhões de euros e vendeu mais de 11 mil máquinas de café.", 11_000),
    ("zh", "该品牌双11成交额达4200万元，售出咖啡机1.1万台。", 11_000),
])
def test_a_selling_word_after_a_sum_names_the_count_after_it(extract_text, lang, text, value) -> None:
    found = [(f.kind, f.value) for f in extract_text(lang, text).facts if isinstance(f, Metric)]
    assert ("sales", value) in found and found[0][0] == "sales"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the cue ends the clause of the figure before it: the count after the break is not what it names
    ("de", "5,2 Millionen Zuschauer schalteten ein, 4.100 Interessenten bestellten ein Modell.",
     [("viewers", 5_200_000)]),
    ("pt", "A transmissão teve 3,1 milhões de espectadores; 85 mil pessoas clicaram no botão.",
     [("viewers", 3_100_000)]),
    # the figure before keeps its own cue word, the part after it takes the kind of its whole
    ("it", "L'account della Galleria conta oggi 1,4 milioni di follower, 200mila dei quali arrivati a maggio.",
     [("followers", 1_400_000), ("followers", 200_000)]),
    # a cue opening the figure's clause after a break still names it
    ("en", "The museum opened a Weibo account in March and, in followers, it now counts 320,000.",
     [("followers", 320_000)]),
])
def test_a_cue_in_the_clause_of_the_figure_before_names_that_one(extract_text, lang, text, expected) -> None:
    found = [(f.kind, f.value) for f in extract_text(lang, text, "2024-06-01").facts if isinstance(f, Metric)]
    assert found == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Fondata a Verona nel 1952, Ferrelli impiega 640 persone e custodisce un archivio di 2 milioni di disegni."),
    ("fr", "Fond\u00e9e \u00e0 Lyon en 1921, la maison Vardel emploie 850 salari\u00e9s et g\u00e8re un fonds de "
           "3 millions de photographies."),
    ("es", "Fundada en Sevilla en 1964, Olmeda emplea a 420 personas y distribuye m\u00e1s de 5 millones de "
           "botellas al a\u00f1o."),
    ("pt", "Fundada no Porto em 1948, a Carvalhal emprega cerca de 900 pessoas e guarda 2,5 milh\u00f5es de "
           "fotografias."),
    ("en", "Founded in Leeds in 1899, Harrowgate employs about 760 people and holds 4 million records."),
    ("de", "Das 1910 in Ulm gegr\u00fcndete Unternehmen Brenner besch\u00e4ftigt 530 Mitarbeiter und verwaltet "
           "6 Millionen Datens\u00e4tze."),
    ("zh", "\u8be5\u516c\u53f8\u6210\u7acb\u4e8e1950\u5e74\uff0c\u5168\u7403\u5458\u5de5\u7ea6720\u4eba\uff0c"
           "\u5e74\u4ea7\u91cf\u7ea6\u4e3a3\u4ebf\u74f6\u3002"),
])
def test_a_count_far_larger_than_a_staff_is_no_staff(extract_text, lang, text) -> None:
    found = [(f.kind, f.value) for f in extract_text(lang, text, "2024-01-01").facts if isinstance(f, Metric)]
    assert [kind for kind, _ in found] == ["employees"]


def test_a_staff_carries_its_kind_to_a_count_of_its_order() -> None:
    assert kinds_of_bare_figures([_count(2_200), _count(40_000_000)], ["employees", None]) == ["employees", None]
    assert kinds_of_bare_figures([_count(2_200), _count(1_800)], ["employees", None]) == ["employees"] * 2
    assert kinds_of_bare_figures([_count(2_200), _count(40_000_000)], ["users", None]) == ["users"] * 2


#: Events, competitions and stages a body stages are counted things, not a staff the clause began with.
STAGED_EVENTS = [
    ('it', 'La Lega impiega circa 240 persone e organizza ogni anno più di 160 gare.'),
    ('fr', 'La fédération emploie environ 240 salariés et organise plus de 160 épreuves par an.'),
    ('es', 'La liga emplea a unas 240 personas y organiza más de 160 pruebas al año.'),
    ('pt', 'A liga emprega cerca de 240 pessoas e organiza mais de 160 provas por ano.'),
    ('en', 'The league employs about 240 people and staged 160 events last season.'),
    ('de', 'Der Verband beschäftigt rund 240 Mitarbeiter und richtet jedes Jahr mehr als 160 Turniere aus.'),
    ('zh', '该联盟员工约240人，每年举办160场赛事。'),
]


@pytest.mark.parametrize(("lang", "text"), STAGED_EVENTS)
def test_a_count_of_events_is_no_staff(extract_text, lang, text) -> None:
    found = [(f.kind, f.value) for f in extract_text(lang, text, "2024-01-01").facts if isinstance(f, Metric)]
    assert found == [("employees", 240)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the viewers word closing the figure before is that figure's noun, not a watching verb of the next
    ("en", "The Burberry livestream on Douyin drew 640,000 viewers and 31,000 new followers.",
     [("viewers", 640_000), ("followers", 31_000)]),
    # a watching word right before fans still makes viewers of them
    ("en", "The Burberry livestream on Douyin was watched by 640,000 fans.", [("viewers", 640_000)]),
])
def test_a_viewers_noun_of_the_figure_before_watches_nothing(extract_text, lang, text, expected) -> None:
    found = [(f.kind, f.value) for f in extract_text(lang, text, "2024-01-01").facts if isinstance(f, Metric)]
    assert found == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # liking and sharing verbs name the acts a counter ("fois", "Mal", "veces") counts
    ("fr", "Sur Douyin, la vidéo de Lancôme a été vue 3 millions de fois et aimée 150 000 fois.",
     [("views", 3_000_000), ("likes", 150_000)]),
    ("de", "Das Video von Adidas auf Douyin wurde 3 Millionen Mal abgespielt und 150.000 Mal mit "
           "„Gefällt mir“ markiert.", [("views", 3_000_000), ("likes", 150_000)]),
    ("es", "El vídeo de Loewe en Douyin fue compartida 150.000 veces.", [("shares", 150_000)]),
    # an ordering participle names the units ordered
    ("de", "Bei Tchibo wurden auf Tmall 58.000 Kaffeemaschinen bestellt.", [("sales", 58_000)]),
    ("en", "Customers of Lego ordered 58,000 sets on Tmall.", [("sales", 58_000)]),
])
def test_liking_sharing_and_ordering_verbs_name_their_counts(extract_text, lang, text, expected) -> None:
    found = [(f.kind, f.value) for f in extract_text(lang, text, "2024-01-01").facts if isinstance(f, Metric)]
    assert found == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Adidas hat im vergangenen Jahr rund 7.400 Räder an Kunden in China verkauft."),
    ("en", "Adidas sold 7,400 bikes to customers in China last year."),
    ("fr", "Avec ses directs sur Kuaishou, Adidas a écoulé 8 600 parapluies auprès des clients."),
])
def test_goods_sold_to_buyers_are_sales_not_the_buyers(extract_text, lang, text) -> None:
    _kinds_are(extract_text, lang, text, [("Adidas", "sales", 7_400 if lang != "fr" else 8_600)])
