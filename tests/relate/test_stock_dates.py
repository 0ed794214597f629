"""Counts of followers told beside another clause's date are as of publication."""

from __future__ import annotations

import pytest

from crossreach.models import Metric

#: A Tuesday: "Sunday" is the 3rd.
_PUBLISHED = "2025-08-05"


@pytest.mark.parametrize(("lang", "text", "value", "date"), [
    # a signing told in an aside dates the signing, not the count the account has now
    ("en", "The zoo, which signed with Douyin in June, now has 1.5 million followers, 400,000 of them gained "
           "since Sunday.", 400_000, "2025-08-05"),
    ("fr", "Le zoo, qui a signé en juin un accord de diffusion avec Douyin, y compte désormais 1,5 million "
           "d'abonnés, dont 400 000 gagnés depuis dimanche.", 400_000, "2025-08-05"),
    ("es", "El zoo, que firmó en junio un acuerdo con Douyin, suma ya 1,5 millones de seguidores, de los que "
           "400.000 llegaron desde el domingo.", 400_000, "2025-08-05"),
    ("pt", "O zoo, que assinou em junho um acordo com o Douyin, tem agora 1,5 milhão de seguidores, dos quais "
           "400 mil ganhos desde domingo.", 400_000, "2025-08-05"),
    ("it", "Lo zoo, che ha firmato a giugno un accordo con Douyin, conta 1,5 milioni di follower sulla "
           "piattaforma.", 1_500_000, "2025-08-05"),
    ("de", "Der Douyin-Kanal des Zoos, gestartet im Juni, hat inzwischen 1,5 Millionen Follower.",
     1_500_000, "2025-08-05"),
    ("zh", "大英博物馆6月开通的抖音账号，粉丝已达150万。", 1_500_000, "2025-08-05"),
    # a year's revenue between the year and the count: the year is the revenue's
    ("zh", "该店铺2024年销售额达1.6亿元，店铺粉丝数约520万。", 5_200_000, "2025-08-05"),
    ("en", "In 2024 the store took 160 million yuan in sales, and its account has about 5.2 million followers.",
     5_200_000, "2025-08-05"),
    # ... but a count in the year's own clause stands at the year's end
    ("zh", "该店铺2024年粉丝数约520万。", 5_200_000, "2024-12-31"),
    ("en", "In 2024 the store's account reached 5.2 million followers.", 5_200_000, "2024-12-31"),
])
def test_a_count_of_followers_takes_no_other_clause_s_date(extract_text, lang, text, value, date) -> None:
    facts = [f for f in extract_text(lang, text, _PUBLISHED).facts if isinstance(f, Metric) and f.value == value]
    assert [f.date for f in facts] == [date]


#: A count of followers after a relative aside that tells the name's past ("que desembarcó en Xiaohongshu
#: en 2022"): the count is as of the publication, not of the aside's year.
ASIDES = [
    ("en", "British Airways, which resumed Beijing flights in 2023, reported 1.4 million followers on Fliggy."),
    ("es", "Visit Iceland, que desembarcó en Xiaohongshu en 2023, suma 1,4 millones de seguidores."),
    ("pt", "O Oceanogràfic de Valência, que se associou à Douyin em 2023, tem 1,4 milhões de seguidores."),
    ("it", "Il Museo Egizio, che è sbarcato su Weibo nel 2023, conta 1,4 milioni di follower."),
    ("fr", "Le musée du Louvre, qui a rejoint Douyin en 2023, rassemble 1,4 million d'abonnés."),
    ("de", "Der Zoo Berlin, der 2023 zu Douyin kam, hat 1,4 Millionen Follower."),
    # (Chinese has no relative pronoun: its relative clause stands before the noun, dates.start_cues_after)
    ("zh", "冰岛旅游局2023年入驻小红书，其小红书账号粉丝数为140万。"),
]


@pytest.mark.parametrize(("lang", "text"), ASIDES)
def test_a_count_after_a_relative_aside_is_as_of_publication(extract_text, lang, text) -> None:
    facts = [f for f in extract_text(lang, text, _PUBLISHED).facts if isinstance(f, Metric) and f.value == 1_400_000]
    assert [f.date for f in facts] == [_PUBLISHED]


#: A count of followers in a clause after another clause's dated counts ("last year's Grand Prix gathered 310
#: million views"): the date is those counts', and the followers are as of the publication.
COUNTS_BEFORE = [
    ("en", "Its coverage of last year's Grand Prix gathered 310 million views, the platform said, and F1's "
           "official Bilibili account has 3.8 million followers."),
    ("it", "La copertura del Gran Premio dell'anno scorso ha raccolto 310 milioni di visualizzazioni, e "
           "l'account ufficiale della F1 su Bilibili conta 3,8 milioni di follower."),
    ("fr", "La couverture du Grand Prix de l'an dernier a réuni 310 millions de vues, et le compte officiel "
           "de la F1 sur Bilibili compte 3,8 millions d'abonnés."),
    ("es", "La cobertura del Gran Premio del año pasado sumó 310 millones de reproducciones, y la cuenta "
           "oficial de la F1 en Bilibili tiene 3,8 millones de seguidores."),
    ("pt", "A cobertura do Grande Prémio do ano passado somou 310 milhões de visualizações, e a conta "
           "oficial da F1 na Bilibili tem 3,8 milhões de seguidores."),
    ("de", "Die Übertragung des Grand Prix im vergangenen Jahr kam auf 310 Millionen Aufrufe, und der "
           "offizielle Bilibili-Kanal der Formel 1 hat 3,8 Millionen Follower."),
    ("zh", "去年大奖赛的直播共获得3.1亿次播放，F1官方B站账号粉丝数为380万。"),
]


@pytest.mark.parametrize(("lang", "text"), COUNTS_BEFORE)
def test_a_count_of_followers_after_another_clause_s_dated_counts(extract_text, lang, text) -> None:
    facts = [f for f in extract_text(lang, text, _PUBLISHED).facts if isinstance(f, Metric) and f.value == 3_800_000]
    assert [f.date for f in facts] == [_PUBLISHED]
