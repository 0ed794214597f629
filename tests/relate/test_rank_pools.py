"""The field a ranking is drawn from ("third among 500 brands") is no audience; figures beside it stay."""

from __future__ import annotations

import pytest

from crossreach.models import Metric


def _values(extract_text, lang: str, text: str) -> list[float | None]:
    return [f.value for f in extract_text(lang, text, None).facts if isinstance(f, Metric)]


@pytest.mark.parametrize(("lang", "text", "values"), [
    ("en", "The Swiss watchmaker ranked third among 500 brands in a list of the most-followed labels on "
           "Xiaohongshu.", []),
    ("it", "Nella classifica dei marchi più seguiti su Xiaohongshu, Gucci si piazza al terzo posto su 500 brand.", []),
    ("fr", "Gucci est classée troisième parmi 500 marques sur Xiaohongshu.", []),
    ("de", "Gucci belegt unter 500 Marken auf Xiaohongshu Platz drei.", []),
    ("es", "Gucci ocupa el tercer puesto entre 500 marcas en Xiaohongshu.", []),
    ("pt", "A Gucci ocupa o terceiro lugar entre 500 marcas no Xiaohongshu.", []),
    ("zh", "在小红书按粉丝数排名的500个奢侈品牌中，该品牌位列第三。", []),
    # a partitive opening the sentence, or the rivals a ranking puts it ahead of, in every language
    ("en", "Of the 500 brands on the list, the Italian label placed fourth, ahead of 120 French rivals.", []),
    ("it", "Dei 500 marchi in classifica, la casa italiana si è piazzata quarta.", []),
    ("fr", "Des 500 marques du classement, la maison italienne s'est classée quatrième.", []),
    ("de", "Von den 500 Marken der Rangliste landete das italienische Haus auf Rang vier.", []),
    ("es", "De las 500 marcas de la clasificación, la casa italiana quedó cuarta, por delante de 120 rivales.", []),
    ("pt", "Das 500 marcas do ranking, a casa italiana ficou em quarto lugar, à frente de 120 rivais.", []),
    ("zh", "这家意大利品牌在榜单上位列第四，领先120个法国品牌。", []),
    # a partitive elsewhere in a ranked sentence leaves the figure alone ("la barre des 3 millions")
    ("fr", "Classée première sur Weibo, la maison a franchi la barre des 3 millions d'abonnés.", [3_000_000]),
    # a ranking word with no field word before the figure leaves a real audience alone
    ("en", "Gucci ranked first on Weibo with 2 million followers.", [2_000_000]),
    ("it", "Gucci è al primo posto su Weibo con 2 milioni di follower.", [2_000_000]),
    # a field word with no ranking in the sentence neither
    ("en", "Among its 2 million followers on Weibo, Gucci counts many students.", [2_000_000]),
])
def test_the_field_of_a_ranking_is_no_metric(extract_text, lang, text, values) -> None:
    assert _values(extract_text, lang, text) == values
