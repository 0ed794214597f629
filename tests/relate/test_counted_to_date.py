"""Figures counted up to now are as of publication, not of the last event told before them."""

from __future__ import annotations

import pytest

from crossreach.models import Metric

_PUBLISHED = "2025-11-18"
#: An event on June 5, told before each count.
_LEAD = {
    "en": "Ximalaya held a Peter Rabbit festival in Shanghai on June 5. ",
    "fr": "Ximalaya a organisé un festival Peter Rabbit à Shanghai le 5 juin. ",
    "it": "Ximalaya ha organizzato un festival di Peter Rabbit a Shanghai il 5 giugno. ",
    "de": "Ximalaya veranstaltete am 5. Juni in Shanghai ein Peter-Rabbit-Festival. ",
    "es": "Ximalaya organizó un festival de Peter Rabbit en Shanghái el 5 de junio. ",
    "pt": "A Ximalaya organizou um festival de Peter Rabbit em Xangai em 5 de junho. ",
    "zh": "喜马拉雅6月5日在上海举办了彼得兔主题活动。",
}


@pytest.mark.parametrize(("lang", "count", "value", "date"), [
    ("en", "The series has been played 38 million times on Ximalaya.", 38_000_000, "2025-11-18"),
    ("fr", "La série cumule 38 millions d'écoutes sur Ximalaya.", 38_000_000, "2025-11-18"),
    ("it", "La serie totalizza 38 milioni di ascolti su Ximalaya.", 38_000_000, "2025-11-18"),
    ("de", "Der Ximalaya-Kanal von Penguin kommt inzwischen auf 38 Millionen Aufrufe.", 38_000_000, "2025-11-18"),
    ("es", "La serie acumula 38 millones de reproducciones en Ximalaya.", 38_000_000, "2025-11-18"),
    ("pt", "A série acumula 38 milhões de reproduções na Ximalaya.", 38_000_000, "2025-11-18"),
    ("zh", "该系列在喜马拉雅已累计播放3800万次。", 38_000_000, "2025-11-18"),
    # a count told in the past tense is the event's
    ("en", "The series drew 38 million plays on Ximalaya.", 38_000_000, "2025-06-05"),
])
def test_a_running_count_is_as_of_publication(extract_text, lang, count, value, date) -> None:
    facts = [f for f in extract_text(lang, _LEAD[lang] + count, _PUBLISHED).facts
             if isinstance(f, Metric) and f.value == value]
    assert [f.date for f in facts] == [date]
