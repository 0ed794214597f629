"""A survey's sample and a venue's capacity are no audience; the figures around them stay."""

from __future__ import annotations

import pytest

from crossreach.models import Metric


def _values(extract_text, lang: str, text: str) -> list[float | None]:
    return [f.value for f in extract_text(lang, text, None).facts if isinstance(f, Metric)]


@pytest.mark.parametrize(("lang", "text", "values"), [
    ("en", "A survey of 2,000 consumers found that Penfolds was the best-known brand.", []),
    ("en", "Of the 3,000 users surveyed by the firm, 40% said they bought wine online.", []),
    ("es", "Una encuesta realizada a 2.000 consumidores chinos reveló que Tous es la marca más conocida.", []),
    ("it", "Un sondaggio condotto su 1.500 utenti cinesi mostra che Kiko è il marchio più amato.", []),
    ("de", "Eine Umfrage unter 1.000 chinesischen Nutzern ergab, dass Porsche die beliebteste Marke ist.", []),
    ("fr", "Selon un sondage auprès de 2 000 internautes, Neuhaus est la marque de chocolat préférée.", []),
    ("pt", "Uma pesquisa com 1.200 consumidores mostrou que a FURIA é a equipe mais popular.", []),
    ("zh", "一项针对2000名消费者的调查显示，Penfolds是最受欢迎的葡萄酒品牌。", []),
    # a capacity or a daily limit, beside a real attendance
    ("es", "La Alhambra limita el aforo a 8.000 visitantes diarios y recibió 2,7 millones de visitantes en 2023.",
     [2_700_000]),
    ("de", "Die Veranstaltung ist auf 5.000 Besucher begrenzt.", []),
    ("zh", "每天限流8000名游客。", []),
    # a venue that holds or seats so many, in every language
    ("en", "The stadium, which holds 60,000 spectators, will host the final streamed on Migu.", []),
    ("it", "Lo stadio, che può contenere 60.000 spettatori, ospiterà la finale trasmessa su Migu.", []),
    ("fr", "Le stade, qui peut accueillir 60 000 spectateurs, recevra la finale diffusée sur Migu.", []),
    ("de", "Das Stadion fasst 60.000 Zuschauer und ist Schauplatz des Finales, das Migu überträgt.", []),
    ("es", "El estadio, que puede albergar 60.000 espectadores, acogerá la final que emite Migu.", []),
    ("pt", "O estádio, que comporta 60 mil espectadores, recebe a final transmitida pela Migu.", []),
    ("zh", "这座能容纳6万名观众的体育场将举办决赛，咪咕进行直播。", []),
    ("en", "The club plays at a 20,000-capacity arena and streams its games to fans on Huya.", []),
    # a capacity told after the count (a German verb-final clause) or by what the venue can host
    ("de", "In der Arena, die 15.000 Zuschauern Platz bietet, findet das Turnier statt, das Migu überträgt.", []),
    ("de", "Das Stadion, das 60.000 Zuschauer fasst, richtet das Finale aus, das Migu überträgt.", []),
    ("de", "Die Halle bietet bis zu 8.000 Besuchern Platz.", []),
    ("en", "The venue can host up to 8,000 visitors a day under the new rules.", []),
    # tickets or places on offer are a supply, not an audience, in every language
    ("en", "Only 2,000 tickets will be available to Chinese visitors on Trip.com.", []),
    ("it", "Solo 2.000 biglietti saranno disponibili per gli acquirenti cinesi su Trip.com.", []),
    ("fr", "Seuls 2 000 billets seront disponibles pour les visiteurs chinois sur Trip.com.", []),
    ("de", "Auf Trip.com sind für chinesische Besucher nur 2.000 Karten verfügbar.", []),
    ("es", "Solo habrá 2.000 entradas disponibles para compradores chinos en Trip.com.", []),
    ("pt", "Apenas 2 mil bilhetes estarão disponíveis para visitantes chineses no Trip.com.", []),
    ("zh", "携程上仅有2000张门票可供中国游客购买。", []),
    ("zh", "该场馆最多可容纳8000名观众。", []),
    # a survey word farther off, in another clause, leaves the figure alone
    ("en", "According to a survey by Kantar, Penfolds has 3 million followers on Weibo.", [3_000_000]),
])
def test_a_sample_or_a_capacity_is_no_metric(extract_text, lang, text, values) -> None:
    assert _values(extract_text, lang, text) == values
