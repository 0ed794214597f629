"""A sentence opening with "according to forecasts" tells forecasts, in every language; "as expected"
and other openings leave its figures alone."""

from __future__ import annotations

import pytest

from crossreach.models import Metric


def _values(extract_text, lang: str, text: str) -> list[float | None]:
    return [f.value for f in extract_text(lang, text, None).facts if isinstance(f, Metric)]


@pytest.mark.parametrize(("lang", "text", "values"), [
    ("en", "According to forecasts, by 2030 Douyin's users could number 900 million.", []),
    ("it", "Secondo le previsioni, nel 2030 gli utenti di Douyin saranno 900 milioni.", []),
    ("fr", "Selon les prévisions, d'ici 2030, Douyin comptera 900 millions d'utilisateurs.", []),
    ("de", "Laut Prognosen kommt Douyin 2030 auf 900 Millionen Nutzer.", []),
    ("de", "Laut Prognosen, die Bain veröffentlichte, kommt Douyin 2030 auf 900 Millionen Nutzer.", []),
    ("es", "Según las previsiones, en 2030 Douyin tendrá 900 millones de usuarios.", []),
    ("pt", "Segundo as previsões, em 2030 o Douyin terá 900 milhões de utilizadores.", []),
    ("zh", "预计到2030年，抖音用户数将达到9亿。", []),
    ("zh", "据预测，到2030年抖音用户数可达9亿。", []),
    # "as expected" and other openings state what happened
    ("en", "As expected, Gucci's livestream drew 2 million viewers on Douyin.", [2_000_000]),
    ("it", "Come previsto, la diretta di Gucci ha raccolto 2 milioni di spettatori su Douyin.", [2_000_000]),
    ("fr", "Prévu pour trois jours, le festival de Gucci a attiré 200 000 visiteurs.", [200_000]),
    ("zh", "正如预期，古驰的直播吸引了200万观众。", [2_000_000]),
])
def test_a_sentence_opening_with_a_forecast_gives_no_figure(extract_text, lang, text, values) -> None:
    assert _values(extract_text, lang, text) == values
