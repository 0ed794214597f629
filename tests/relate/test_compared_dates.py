"""A date a figure is compared with names no event and dates no other figure of its sentence."""

from __future__ import annotations

import pytest

from crossreach.lexicon import load_language
from crossreach.models import Metric
from crossreach.recognise.dates import recognise_dates
from crossreach.relate.compared_dates import compared

PUBLISHED = "2025-06-20"

#: A sentence, the date in it, and whether a word of comparison stands before that date with no figure
#: between them.
COMPARED = [
    ("en", "The store sold 41,000 seats, more than it sold through all other channels in January.", "in January",
     True),
    ("en", "Sales more than doubled last year to 13 billion yuan.", "last year", False),
    ("en", "The store sold more than 41,000 seats in January.", "in January", False),
    ("it", "L'account è salito a 530mila follower, 90mila in più rispetto a maggio.", "a maggio", True),
    ("fr", "Le compte a gagné 90 000 abonnés par rapport à avril 2025.", "avril", True),
    ("de", "Der Kanal hat 90.000 Follower mehr als im Mai.", "im Mai", True),
    ("es", "La cuenta ganó 90.000 seguidores con respecto a abril de 2025.", "abril", True),
    ("pt", "A conta soma 347 mil seguidores, mais 190 mil do que na sexta-feira.", "sexta-feira", True),
    ("zh", "今屆展會共錄得約9.1萬入場人次，較去年的8.6萬人次增加近6%。", "去年", True),
    ("zh", "该账号去年新增粉丝90万。", "去年", False),
]


@pytest.mark.parametrize(("lang", "text", "date", "expected"), COMPARED)
def test_a_word_of_comparison_before_a_date(lang: str, text: str, date: str, expected: bool) -> None:
    found = [d for d in recognise_dates(text, load_language(lang), PUBLISHED) if date in d.text]
    assert found, date
    assert compared(lang, text, 0, found[0].start) is expected


@pytest.mark.parametrize("lang", ["en", "it", "fr", "de", "es", "pt", "zh"])
def test_every_language_lists_words_of_comparison(lang: str) -> None:
    assert load_language(lang).section("dates")["comparison_cues"]


#: A gain told against a month: the gain is as of the publication, not of the month compared with.
GAINS = [
    ("en", "Chicco's Douyin account gained 90,000 followers, more than in May."),
    ("it", "L'account Douyin di Chicco ha guadagnato 90.000 follower, più che rispetto a maggio."),
    ("fr", "Le compte Douyin de Chicco a gagné 90 000 abonnés par rapport à avril 2025."),
    ("de", "Der Douyin-Kanal von Chicco gewann 90.000 Follower, mehr als im Mai."),
    ("es", "La cuenta de Chicco en Douyin ganó 90.000 seguidores con respecto a abril de 2025."),
    ("pt", "A conta da Chicco na Douyin ganhou 90 mil seguidores, mais do que em maio."),
    ("zh", "Chicco抖音账号粉丝增加9万，比5月多。"),
]


@pytest.mark.parametrize(("lang", "text"), GAINS)
def test_a_figure_takes_no_date_it_is_compared_with(extract_text, lang: str, text: str) -> None:
    facts = [f for f in extract_text(lang, text, PUBLISHED).facts if isinstance(f, Metric) and f.value == 90_000]
    assert facts
    assert {f.date for f in facts} == {PUBLISHED}
