"""The article's subject as the reporter of a figure nothing else owns (relate/owner_reporters.py)."""

from __future__ import annotations

import pytest

from crossreach.models import Metric
from crossreach.relate.owner_reporters import REPORTER_CONFIDENCE

# (lang, text, the figure's value, its owner): the article's subject cited as the source of its own figure.
REPORTED = [
    ("de", "BMW bringt neues Elektroauto nach China. BMW stellte das Modell in Shanghai vor. "
           "Laut BMW gingen in den ersten 48 Stunden 36.000 Bestellungen ein.", 36_000, "BMW"),
    ("zh", "宝马新车在上海发布。宝马表示将扩大在华投资。据宝马方面介绍，新车开启预订后两天内订单达到5.2万台。",
     52_000, "BMW"),
]


@pytest.mark.parametrize(("lang", "text", "value", "owner"), REPORTED)
def test_the_subject_cited_as_the_source_owns_a_figure_nothing_else_owns(extract_text, lang: str, text: str,
                                                                         value: float, owner: str) -> None:
    metric = next(f for f in extract_text(lang, text).facts if isinstance(f, Metric) and f.value == value)
    assert (metric.subject, metric.confidence) == (owner, REPORTER_CONFIDENCE)


# (lang, text, the figure's value, the source that must not own it)
NOT_REPORTED = [
    # A data firm counts what others own: the figure stays unowned rather than the firm's.
    ("de", "BMW bringt neues Elektroauto nach China. BMW stellte das Modell in Shanghai vor. "
           "Laut QuestMobile gingen in den ersten 48 Stunden 36.000 Bestellungen ein.", 36_000, "QuestMobile"),
    # The most named organization that the headline does not name is no subject of the article.
    ("de", "Neues Elektroauto in China vorgestellt. BMW stellte das Modell in Shanghai vor. "
           "Laut BMW gingen in den ersten 48 Stunden 36.000 Bestellungen ein.", 36_000, "BMW"),
]


@pytest.mark.parametrize(("lang", "text", "value", "source"), NOT_REPORTED)
def test_another_source_owns_nothing(extract_text, lang: str, text: str, value: float, source: str) -> None:
    metrics = [f for f in extract_text(lang, text).facts if isinstance(f, Metric) and f.value == value]
    assert all(m.subject != source for m in metrics)

