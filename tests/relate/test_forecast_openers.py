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
    # a conditional opening clause makes what follows a hypothesis, in every language
    ("en", "If the trend holds, the account would pass 3 million followers by the summer.", []),
    ("it", "Se la tendenza continuerà, l'account supererà i 3 milioni di follower entro l'estate.", []),
    ("fr", "Si la tendance se confirme, le compte dépassera les 3 millions d'abonnés cet été.", []),
    ("de", "Wenn der Trend anhält, kommt das Konto im Sommer auf 3 Millionen Follower.", []),
    ("es", "Si la tendencia se mantiene, la cuenta superará los 3 millones de seguidores en verano.", []),
    ("pt", "Se a tendência se mantiver, a conta ultrapassará os 3 milhões de seguidores no verão.", []),
    ("zh", "如果这一趋势持续，该账号将在夏季拥有300万粉丝。", []),
    # a future or conditional verb of passing a mark is a forecast too
    ("en", "Analysts say the account will pass 3 million followers by the summer.", []),
    ("it", "Secondo gli analisti il canale potrebbe attirare 5 milioni di follower in un anno.", []),
    ("de", "Das Museum rechnet nach der Eröffnung des neuen Flügels mit 2 Millionen Besuchern im Jahr.", []),
    ("zh", "分析人士认为，该账号今年有望突破300万粉丝。", []),
    # "as expected" and other openings state what happened
    ("en", "As expected, Gucci's livestream drew 2 million viewers on Douyin.", [2_000_000]),
    ("it", "Come previsto, la diretta di Gucci ha raccolto 2 milioni di spettatori su Douyin.", [2_000_000]),
    ("fr", "Prévu pour trois jours, le festival de Gucci a attiré 200 000 visiteurs.", [200_000]),
    ("zh", "正如预期，古驰的直播吸引了200万观众。", [2_000_000]),
    # a condition that is no opening clause of its own leaves the figure alone
    ("en", "Gucci's livestream drew 2 million viewers on Douyin, as if on cue.", [2_000_000]),
    ("fr", "Même si la maison ne publie pas ses ventes, son compte Douyin compte 2 millions d'abonnés.",
     [2_000_000]),
    # a clause going on with a planned or expected act is a forecast too
    ("en", "Gucci plans to double its Douyin followers within three years, reaching 5 million.", []),
    ("it", "Gucci intende raddoppiare i suoi follower su Douyin in tre anni, raggiungendo 5 milioni.", []),
    ("fr", "Gucci vise à doubler ses abonnés sur Douyin en trois ans, pour atteindre 5 millions.", []),
    ("es", "Gucci prevé duplicar sus seguidores en Douyin en tres años, hasta alcanzar 5 millones.", []),
    ("pt", "A Gucci pretende duplicar os seguidores no Douyin em três anos, chegando a 5 milhões.", []),
    ("zh", "古驰计划三年内将抖音粉丝数翻一番，达到500万。", []),
    # after a clause that tells what happened, it is a running total
    ("en", "Gucci gained 2 million followers on Weibo, reaching 10 million.", [2_000_000, 10_000_000]),
    ("zh", "古驰微博粉丝今年新增200万，达到1000万。", [2_000_000, 10_000_000]),
])
def test_a_sentence_opening_with_a_forecast_gives_no_figure(extract_text, lang, text, values) -> None:
    assert _values(extract_text, lang, text) == values


@pytest.mark.parametrize(("lang", "text", "values"), [
    # A forecast cue after a conjunction is the verb of a clause of its own: the figure before it was made.
    ("fr", "Le club a réalisé un chiffre d'affaires de 45 millions d'euros en 2024 et vise l'équilibre en 2026.",
     [45_000_000]),
    ("en", "The club's revenue was 45 million euros in 2024 and it aims to break even in 2026.", [45_000_000]),
    ("it", "Il club ha registrato ricavi per 45 milioni di euro nel 2024 e punta al pareggio nel 2026.",
     [45_000_000]),
    ("de", "Der Verein erzielte 2024 einen Umsatz von 45 Millionen Euro und will 2026 schwarze Zahlen schreiben.",
     [45_000_000]),
    ("es", "El club facturó 45 millones de euros en 2024 y prevé alcanzar el equilibrio en 2026.", [45_000_000]),
    ("pt", "O clube faturou 45 milhões de euros em 2024 e prevê atingir o equilíbrio em 2026.", [45_000_000]),
    ("zh", "该俱乐部2024年营收4500万欧元，预计2026年实现盈亏平衡。", [45_000_000]),
])
def test_a_forecast_cue_after_a_conjunction_leaves_the_figure_before_it(extract_text, lang, text, values) -> None:
    assert _values(extract_text, lang, text) == values


@pytest.mark.parametrize(("lang", "text"), [
    # With no conjunction between, a cue closing the figure's clause makes it a forecast.
    ("de", "Die Plattform meldete, wonach der Umsatz 2,25 Milliarden Euro erreichen soll."),
    ("en", "Sales of 2 billion yuan are expected by the group next year."),
])
def test_a_forecast_cue_closing_the_figures_clause_makes_it_no_figure(extract_text, lang, text) -> None:
    assert _values(extract_text, lang, text) == []
