"""Counts of what a platform hosts are the platform's figure; other counts keep their subject."""

from __future__ import annotations

import pytest

from crossreach.lexicon import load_language
from crossreach.models import Evidence, Metric
from crossreach.relate.platform_counts import platform_counts


def _count(label: str | None, platform: str | None, kind: str = "other") -> Metric:
    return Metric(subject="Safilo", kind=kind, value=40_000, platform=platform, label=label,
                  evidence=Evidence(start=0, end=1, sentence_start=0, sentence_end=1, sentence="x"))


@pytest.mark.parametrize(("lang", "metric", "subject"), [
    ("en", _count("brands", "Tmall Global"), "Tmall Global"),
    ("it", _count("marchi", "Tmall Global"), "Tmall Global"),
    ("pt", _count("marcas", "Tmall Global"), "Tmall Global"),
    ("zh", _count("品牌", "天猫国际"), "天猫国际"),
    ("en", _count("brands", None), "Safilo"),  # counted on no platform
    ("en", _count("stores", "Meituan"), "Safilo"),  # a chain's stores are its own
    ("en", _count(None, "Douyin", kind="followers"), "Safilo"),  # not a count of kind other
])
def test_a_count_of_what_a_platform_hosts_is_the_platform_s(lang, metric, subject) -> None:
    [result] = platform_counts(load_language(lang), [metric])
    assert result.subject == subject
