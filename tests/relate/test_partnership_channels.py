"""A platform an organization sells or distributes through ("vende a linha Essential também no JD.com")."""

from __future__ import annotations

import pytest

from crossreach.models import Partnership

#: (language, sentence): Adidas sells through JD.com, with no figure between the verb and the platform.
CHANNELS: list[tuple[str, str]] = [
    ("en", "Adidas also sells its running shoes through JD.com."),
    ("it", "Adidas vende le sue scarpe da corsa anche su JD.com."),
    ("fr", "Adidas vend ses chaussures de course sur JD.com."),
    ("de", "Adidas, das seit 2021 auf JD.com verkauft, meldete ein Plus."),
    ("es", "Adidas distribuye sus zapatillas de correr en JD.com."),
    ("pt", "A Adidas vende a linha de corrida também no JD.com."),
    ("zh", "阿迪达斯通过京东出售跑鞋。"),
]


@pytest.mark.parametrize(("lang", "text"), CHANNELS)
def test_a_platform_sold_through(extract_text, lang: str, text: str) -> None:
    found = [set(f.parties) for f in extract_text(lang, text).facts if isinstance(f, Partnership)]
    assert len(found) == 1 and found[0] <= {"Adidas", "阿迪达斯", "JD.com", "京东"} and len(found[0]) == 2


#: (language, sentence): a sales figure, a denial, "best-selling", "sold out", a group of sellers, a rival: no
#: channel is stated.
NO_CHANNEL: list[tuple[str, str]] = [
    ("en", "Adidas sold 2 million pairs of shoes on JD.com."),
    ("en", "Adidas does not sell its shoes on JD.com."),
    ("en", "Adidas was the best-selling brand on JD.com."),
    ("en", "Adidas shoes sell out early as presales open on JD.com."),
    ("it", "Adidas ha venduto 2 milioni di paia di scarpe su JD.com."),
    ("fr", "Adidas ne vend pas ses chaussures sur JD.com."),
    ("es", "Adidas vendió 2 millones de pares en JD.com, según la consultora Syntun."),
    ("pt", "A Adidas não vende a linha de corrida no JD.com."),
    ("de", "Adidas verkauft seine Schuhe nicht über JD.com."),
    ("en", "Adidas and Puma both sell their shoes through JD.com."),
    ("it", "La rivale Puma vende le sue scarpe anche su JD.com."),
]


@pytest.mark.parametrize(("lang", "text"), NO_CHANNEL)
def test_no_channel_stated(extract_text, lang: str, text: str) -> None:
    assert [f.parties for f in extract_text(lang, text).facts if isinstance(f, Partnership)] == []


#: (language, sentence): a source after the selling verb's clause credits the figure the sentence goes on to give,
#: not the channel: Adidas sells through JD.com.
SOURCED_LATER: list[tuple[str, str]] = [
    ("en", "Adidas, which sells its running shoes through JD.com, grew 12% in China, according to the research "
           "firm Syntun."),
    ("it", "Adidas, che vende le sue scarpe da corsa su JD.com, è cresciuta del 12% in Cina, secondo la società di "
           "ricerca Syntun."),
    ("fr", "Adidas, qui vend ses chaussures de course sur JD.com, a progressé de 12 % en Chine, selon le cabinet "
           "Syntun."),
    ("es", "Adidas, que vende sus zapatillas de correr en JD.com, creció un 12% en China, según la consultora Syntun."),
    ("pt", "A Adidas, que vende a linha de corrida no JD.com, cresceu 12% na China, segundo a consultoria Syntun."),
    ("de", "Adidas, das seine Laufschuhe über JD.com verkauft, wuchs in China um 12 Prozent, so das "
           "Marktforschungsinstitut Syntun."),
    ("zh", "阿迪达斯通过京东出售跑鞋，据市场研究机构Syntun统计，其在华销售额增长12%。"),
]


@pytest.mark.parametrize(("lang", "text"), SOURCED_LATER)
def test_a_source_after_the_channel_clause(extract_text, lang: str, text: str) -> None:
    found = [set(f.parties) for f in extract_text(lang, text).facts if isinstance(f, Partnership)]
    assert len(found) == 1 and found[0] <= {"Adidas", "阿迪达斯", "JD.com", "京东"} and len(found[0]) == 2


#: (language, sentence): the source opens the sentence: a third party says where the brand sells.
SOURCED_CHANNELS: list[tuple[str, str]] = [
    ("en", "According to Syntun, Adidas sells its running shoes through JD.com."),
    ("es", "Según la consultora Syntun, Adidas vende sus zapatillas de correr en JD.com."),
    ("it", "Secondo la società di ricerca Syntun, Adidas vende le sue scarpe da corsa su JD.com."),
]


@pytest.mark.parametrize(("lang", "text"), SOURCED_CHANNELS)
def test_a_source_before_the_channel(extract_text, lang: str, text: str) -> None:
    assert [f.parties for f in extract_text(lang, text).facts if isinstance(f, Partnership)] == []


#: (language, sentence): a verb of publishing or streaming on a platform (``partnerships.publish_verbs``) is read
#: as a selling verb is, and a year between it and the platform ("publica desde 2021 en Weibo") is no sales figure.
PUBLISHED_ON: list[tuple[str, str]] = [
    ("en", "The Louvre, which posts on Weibo, opened a new wing in March."),
    ("it", "Il Louvre, che pubblica dal 2021 su Weibo, ha aperto una nuova ala a marzo."),
    ("fr", "Le Louvre, qui publie depuis 2021 sur Weibo, a ouvert une nouvelle aile en mars."),
    ("es", "El Louvre, que publica desde 2021 en Weibo, abrió un ala nueva en marzo."),
    ("pt", "O Louvre, que publica desde 2021 no Weibo, abriu uma nova ala em março."),
    ("de", "Der Louvre, der seit 2021 auf Weibo postet, eröffnete im März einen neuen Flügel."),
    ("zh", "卢浮宫自2021年起在微博发布展览视频。"),
]


@pytest.mark.parametrize(("lang", "text"), PUBLISHED_ON)
def test_a_platform_published_on(extract_text, lang: str, text: str) -> None:
    found = [set(f.parties) for f in extract_text(lang, text).facts if isinstance(f, Partnership)]
    assert found == [{"Louvre", "Weibo"}]


@pytest.mark.parametrize(("lang", "text"), [("en", "The Louvre does not post on Weibo."),
                                            ("fr", "Le Louvre ne publie pas sur Weibo."),
                                            ("de", "Der Louvre postet nicht auf Weibo.")])
def test_no_platform_published_on_when_denied(extract_text, lang: str, text: str) -> None:
    assert [f.parties for f in extract_text(lang, text).facts if isinstance(f, Partnership)] == []
