"""Source nouns: a research firm, consultancy, analyst or data provider named as a figure's source."""

from __future__ import annotations

import pytest

from crossreach.lexicon import load_language
from crossreach.models import Mention, Metric
from crossreach.relate.source_nouns import source_cues

SPACED = {"en": True, "it": True, "fr": True, "de": True, "es": True, "pt": True, "zh": False}

# (lang, text up to a name, whether the name there is a source)
BEFORE_NAME = [
    ("en", "Market research firm ", True),
    ("en", "according to estimates by consultancy ", True),
    ("en", "The consultancy said ", False),
    ("it", "Secondo le stime della società di ricerca ", True),
    ("it", "La società di consulenza ", True),
    ("fr", "D'après le cabinet d'études ", True),
    ("fr", "Selon le cabinet ", True),
    ("de", "Nach Schätzungen des Pekinger Datenanbieters ", True),
    ("de", "Laut dem Beratungsunternehmen ", True),
    ("de", "Der Marktforscher hat gesagt, dass ", False),
    ("es", "La firma de investigación ", True),
    ("es", "Según la consultora ", True),
    ("pt", "A empresa de pesquisa ", True),
    ("pt", "Segundo a consultoria ", True),
    ("zh", "市场研究公司", True),
    ("zh", "咨询公司麦肯锡的报告显示，", False),
    # After a source cue, the noun's adjectives stand between it and the name.
    ("it", "Il valore; secondo il quotidiano finanziario ", True),
    ("fr", "Selon le quotidien économique chinois ", True),
    ("en", "according to the business daily ", True),
    ("es", "Según el diario económico madrileño ", True),
    ("it", "secondo il quotidiano, il gruppo ", False),
    ("it", "secondo il quotidiano finanziario della città di ", False),
    ("en", "according to the newspaper, the company ", False),
    # A news outlet's noun, in every language: a weekly, a magazine, a news agency.
    ("it", "secondo il settimanale economico ", True),
    ("en", "according to the business weekly ", True),
    ("fr", "selon l'hebdomadaire ", True),
    ("de", "Laut dem Nachrichtenmagazin ", True),
    ("es", "Según el semanario ", True),
    ("pt", "Segundo a agência de notícias ", True),
    ("zh", "据财经媒体", True),
    ("en", "The magazine said ", False),
    # A noun inside a longer word is no source noun.
    ("en", "The reanalyst ", False),
]


@pytest.mark.parametrize(("lang", "text", "sourced"), BEFORE_NAME)
def test_a_source_noun_credits_only_the_name_right_after_it(lang: str, text: str, sourced: bool) -> None:
    assert bool(source_cues(load_language(lang), SPACED[lang]).before(text, len(text), 0)) is sourced


# (lang, text, the metric's owner, or None when the sentence names no owner but its source)
OWNED = [
    ("de", "Nach Schätzungen des Marktforschers Syntun setzten alle großen E-Commerce-Plattformen am "
           "Singles' Day rund 1,14 Billionen Yuan um.", None),
    ("en", "The data provider Syntun said Tmall sold goods worth 500 billion yuan during the festival.", "Tmall"),
    ("pt", "A empresa de pesquisa Kantar estima que o Kwai tem 60 milhões de usuários no Brasil.", "Kuaishou"),
    ("en", "Market research firm QuestMobile estimates that Kuaishou has 400 million daily active users.",
     "Kuaishou"),
    ("es", "Según la consultora Bain, las ventas de Loewe en China alcanzaron 800 millones de euros.", "Loewe"),
    ("zh", "市场研究公司QuestMobile数据显示，抖音的日活跃用户达到7亿。", "Douyin"),
]


@pytest.mark.parametrize(("lang", "text", "owner"), OWNED)
def test_a_source_named_by_its_noun_owns_no_figure(extract_text, lang: str, text: str, owner: str | None) -> None:
    metrics = [f for f in extract_text(lang, text).facts if isinstance(f, Metric)]
    assert [m.subject for m in metrics] == ([owner] if owner else [])


# (lang, text, the metric's owner, or None) with the source in apposition after its name.
APPOSED = [
    ("en", "Syntun, a Beijing-based data provider, estimates that all platforms sold goods worth 1.14 trillion "
           "yuan.", None),
    ("en", "QuestMobile, a research firm, said Douyin had 700 million daily active users in June.", "Douyin"),
    ("fr", "QuestMobile, un cabinet d'études chinois, estime que Douyin compte 700 millions d'utilisateurs "
           "actifs quotidiens.", "Douyin"),
    ("de", "Syntun, ein Pekinger Datenanbieter, schätzt, dass alle Plattformen rund 1,14 Billionen Yuan "
           "umsetzten.", None),
]


@pytest.mark.parametrize(("lang", "text", "owner"), APPOSED)
def test_a_source_with_its_noun_in_apposition_owns_no_figure(extract_text, lang: str, text: str,
                                                             owner: str | None) -> None:
    metrics = [f for f in extract_text(lang, text).facts if isinstance(f, Metric)]
    assert [m.subject for m in metrics] == ([owner] if owner else [])


# (lang, text, the name asked about, whether it stands as a source): a name cited for its own report is none.
OWN_REPORTS = [
    ("zh", "据快手最新财报，平台第四季度平均日活跃用户为4.01亿。", "快手", False),
    ("en", "According to Kuaishou's latest earnings, the platform had 401 million daily active users.", "Kuaishou",
     False),
    ("fr", "Selon les résultats annuels de Kering, Gucci a vendu pour 10 milliards d'euros.", "Kering", False),
    ("it", "Secondo il bilancio di Ferrero, il gruppo ha fatturato 17 miliardi di euro.", "Ferrero", False),
    # a third party's data or a medium's report: a source
    ("en", "According to QuestMobile, Douyin had 700 million daily active users.", "QuestMobile", True),
    ("zh", "据QuestMobile数据，抖音日活跃用户达7亿。", "QuestMobile", True),
    ("en", "According to Reuters, the results of Gucci fell.", "Reuters", True),
]


@pytest.mark.parametrize(("lang", "text", "name", "sourced"), OWN_REPORTS)
def test_a_name_cited_for_its_own_report_is_no_source(lang: str, text: str, name: str, sourced: bool) -> None:
    start = text.index(name)
    mention = Mention(text=name, name=name, type="organization", start=start, end=start + len(name))
    assert source_cues(load_language(lang), SPACED[lang]).cites(text, mention, 0, len(text)) is sourced


def test_a_platform_cited_for_its_own_report_owns_its_users(extract_text) -> None:
    text = "快手与巴黎圣日耳曼达成合作。据快手最新财报，平台第四季度平均日活跃用户为4.01亿，月活跃用户达7.36亿。"
    metrics = [f for f in extract_text("zh", text).facts if isinstance(f, Metric)]
    assert {(m.subject, m.kind) for m in metrics} >= {("Kuaishou", "dau"), ("Kuaishou", "mau")}
