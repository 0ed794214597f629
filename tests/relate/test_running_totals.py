"""Running totals: the total a gain brings its subject to counts what the gain counts."""

from __future__ import annotations

import pytest

from crossreach.lexicon import is_spaced, load_language
from crossreach.models import Metric
from crossreach.relate.running_totals import running_total_cue

LANGUAGES = ("en", "it", "fr", "de", "es", "pt", "zh")


def _metrics(extract_text, lang: str, text: str) -> list[tuple[str | None, str, float | None, str | None, str]]:
    facts = extract_text(lang, text, "2023-05-01").facts
    return [(f.subject, f.kind, f.value, f.platform, f.aspect) for f in facts if isinstance(f, Metric)]


@pytest.mark.parametrize(("lang", "text", "subject", "platform", "gain", "total"), [
    ("en", "The Louvre added about 224,000 followers on Weibo, taking its total audience to 8.7 million.",
     "Louvre", "Weibo", 224_000, 8_700_000),
    ("en", "Burberry's WeChat account gained 42,000 followers in two days, bringing its total to 2.7 million.",
     "Burberry", "WeChat", 42_000, 2_700_000),
    ("it", "L'account Weibo di Prada ha guadagnato 35mila follower, portando il totale a 1,2 milioni.",
     "Prada", "Weibo", 35_000, 1_200_000),
    ("fr", "Le compte de Dior sur Weibo a gagné 310 000 abonnés, portant son total à 3 millions.",
     "Dior", "Weibo", 310_000, 3_000_000),
    ("de", "Adidas hat auf Douyin 200.000 neue Follower gewonnen und kommt damit auf insgesamt 2,5 Millionen.",
     "Adidas", "Douyin", 200_000, 2_500_000),
    ("es", "El Museo del Prado ganó 50.000 seguidores en Weibo, elevando el total a 600.000.",
     "Museo del Prado", "Weibo", 50_000, 600_000),
    ("pt", "A Burberry ganhou 80 mil seguidores no WeChat, elevando o total para 2,6 milhões.",
     "Burberry", "WeChat", 80_000, 2_600_000),
    ("zh", "古驰的抖音账号去年净增粉丝约140万，总数达到305万。", "Gucci", "Douyin", 1_400_000, 3_050_000),
])
def test_a_running_total_counts_what_its_gain_counts(extract_text, lang, text, subject, platform, gain,
                                                       total) -> None:
    assert _metrics(extract_text, lang, text) == [
        (subject, "followers", gain, platform, "change"),
        (subject, "followers", total, platform, "total"),
    ]


@pytest.mark.parametrize(("lang", "text", "second"), [
    # a figure of its own after a semicolon: not the gain's total
    ("en", "Burberry added 5,000 followers on Weibo; Gucci has a total of 2 million followers.",
     ("Gucci", "followers", 2_000_000, "Weibo", "total")),
    # no running-total cue: the figure keeps the kind its own cue names
    ("en", "Burberry gained 5,000 followers on Weibo, while its livestream drew 2 million viewers.",
     ("Burberry", "viewers", 2_000_000, "Weibo", "total")),
    # a total cue after a total, not after a gain: nothing is carried
    ("en", "Burberry has 5,000 followers on Weibo and, for a total of 2 million views, ten videos.",
     ("Burberry", "views", 2_000_000, "Weibo", "total")),
])
def test_only_a_gain_carries_its_kind_to_the_total_after_it(extract_text, lang, text, second) -> None:
    assert _metrics(extract_text, lang, text)[1] == second


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_running_total_cues(lang) -> None:
    lexicon = load_language(lang)
    assert lexicon.section("metrics").get("running_total_cues")
    assert running_total_cue(lexicon, is_spaced(lexicon)).pattern != "(?!x)x"
