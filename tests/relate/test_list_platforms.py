"""The owner of a list line that names only its platform (relate/list_platforms.py)."""

from __future__ import annotations

import pytest

from crossreach.models import Metric

# (lang, text, the figure's value, its owner, its platform): the heading's name, or the headline's focus,
# owns a list line whose only name is the platform it was made on, a colon before the figure.
LINES = [
    ("it", "Valmora apre su Tmall\n\nValmora ha aperto un negozio ufficiale su Tmall a maggio.\n\n"
           "Valmora in Cina, 2025\n- fatturato su Tmall: 1,9 miliardi di yuan\n", 1_900_000_000, "Valmora", "Tmall"),
    ("es", "Valmora abre en Tmall\n\nValmora abrió una tienda oficial en Tmall en mayo.\n\n"
           "Valmora en China (2025)\n- Facturación en Tmall: 165 millones de yuanes\n", 165_000_000, "Valmora",
     "Tmall"),
    ("de", "Puma startet auf JD.com\n\nPuma hat im Mai einen Shop auf JD.com eröffnet.\n\n"
           "Puma in China, 2025\n• Umsatz auf JD.com: 12 Millionen Yuan\n", 12_000_000, "Puma", "JD.com"),
    ("en", "Valmora opens on Vipshop\n\nValmora opened a store on Vipshop in May.\n\n"
           "The figures\n- sales on Vipshop: 186 million yuan\n", 186_000_000, "Valmora", "Vipshop"),
    ("fr", "Valmora ouvre sur Tmall\n\nValmora a ouvert une boutique sur Tmall en mai.\n\n"
           "Valmora en Chine\n- ventes sur Tmall : 83 millions de yuans\n", 83_000_000, "Valmora", "Tmall"),
    ("pt", "Valmora abre no Tmall\n\nA Valmora abriu uma loja no Tmall em maio.\n\n"
           "Valmora na China\n- vendas no Tmall: 38 milhões de yuans\n", 38_000_000, "Valmora", "Tmall"),
    ("zh", "Puma入驻京东\n\nPuma今年五月在京东开设旗舰店。\n\nPuma在中国（2025年）\n- 京东销售额：1.2亿元\n",
     120_000_000, "Puma", "JD.com"),
]


def _metric(extract_text, lang: str, text: str, value: float) -> Metric:
    facts = extract_text(lang, text, "2026-01-10").facts
    return next(f for f in facts if isinstance(f, Metric) and f.value == value)


@pytest.mark.parametrize(("lang", "text", "value", "owner", "platform"), LINES)
def test_a_list_line_naming_its_platform_is_the_headings_figure(extract_text, lang: str, text: str, value: float,
                                                                owner: str, platform: str) -> None:
    metric = _metric(extract_text, lang, text, value)
    assert (metric.subject, metric.platform) == (owner, platform)


def test_a_platforms_own_count_stays_the_platforms(extract_text) -> None:
    text = ("Valmora opens on Douyin\n\nValmora opened an account on Douyin in May.\n\n"
            "Valmora in China\n- monthly active users on Douyin: 750 million\n")
    assert _metric(extract_text, "en", text, 750_000_000).subject != "Valmora"


# (lang, text, the figure's value, its platform): the platform the line's label names, not the heading's
LABELS = [
    ("it", "Valmora vende su Tmall\n\nValmora ha comunicato le vendite su Tmall e su Douyin.\n"
           "- Tmall: 71 milioni di yuan\n- Douyin: 15 milioni di yuan\n", 71_000_000, "Tmall"),
    ("en", "Valmora sells on Tmall\n\nValmora reported its sales on Tmall and on Douyin.\n"
           "- Tmall: 71 million yuan\n- Douyin: 15 million yuan\n", 71_000_000, "Tmall"),
]


@pytest.mark.parametrize(("lang", "text", "value", "platform"), LABELS)
def test_a_list_lines_label_names_its_figures_platform(extract_text, lang: str, text: str, value: float,
                                                      platform: str) -> None:
    assert {f.platform for f in extract_text(lang, text, "2026-01-10").facts
            if isinstance(f, Metric) and f.value == value and "- " in f.evidence.sentence} == {platform}


# (lang, text, the figure's value, its owner): a heading that gives a year ("Kärcher in China (2025)") is still the
# heading of the list below it, not a line of it; and a line of the list above the figure (naming its own platform)
# is no heading that could own it.
RUNS = [
    ("de", "Puma wächst auf JD.com\n\nPuma verkauft seit Mai auf JD.com.\n\n„Die Marke hat in China einen Bonus\", "
           "sagt Jonas Brenner vom Beratungshaus Simon-Kucher.\n\nPuma in China (2025)\n"
           "Geräte via JD.com: ca. 610.000\nUmsatz via JD.com: 1,05 Mrd. Yuan\nDouyin-Follower: 1,9 Mio.\n",
     1_900_000, "Puma"),
    ("it", "Valmora cresce su Tmall\n\nValmora vende su Tmall dal 2020.\n\nPer Chen Jun, vicepresidente acquisti di "
           "Lumo, \"i clienti cercano marchi premium\".\n\nValmora in Cina, 2025\n"
           "- pneumatici venduti su Tmall: 2,4 milioni\n- follower su Douyin: 1,1 milioni\n", 1_100_000, "Valmora"),
]


@pytest.mark.parametrize(("lang", "text", "value", "owner"), RUNS)
def test_a_dated_heading_owns_the_lines_of_its_list(extract_text, lang: str, text: str, value: float,
                                                      owner: str) -> None:
    assert _metric(extract_text, lang, text, value).subject == owner
