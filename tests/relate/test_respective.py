"""Figures given "respectively": paired in order with a list, and never two of them the same owner's."""

from __future__ import annotations

import pytest

from crossreach.models import Evidence, Mention, Metric, Quantity
from crossreach.relate.respective import one_owner_each, respective_pairs


def _metric(subject: str, value: float, platform: str | None = None, kind: str = "followers") -> Metric:
    return Metric(subject=subject, kind=kind, value=value, platform=platform,
                  evidence=Evidence(0, 5, 0, 5, "x"), confidence=0.6)


def _platform(name: str, start: int) -> Mention:
    return Mention(start, start + len(name), name, name, "platform")


CASES = [
    # an unpaired list: two figures of one owner, kind, platform and date; the first is kept
    ([("Sommet Education", 41_000, "Zhihu"), ("Sommet Education", 33_500, "Zhihu")], ["Zhihu"],
     [41_000]),
    ([("Tmall", 520_000_000, "Tmall"), ("Tmall", 480_000_000, "Tmall")], ["Tmall"], [520_000_000]),
    # a platform for each figure: one owner may have a figure on each
    ([("Gucci", 5_000_000, "Weibo"), ("Gucci", 3_000_000, "Weibo")], ["Weibo", "Douyin"],
     [5_000_000, 3_000_000]),
    # paired owners stay
    ([("Fissler", 160_000_000, "Tmall"), ("WMF", 98_000_000, "Tmall")], ["Tmall"], [160_000_000, 98_000_000]),
    # no platform at all: the owner's second figure is left out
    ([("Gucci", 5_000_000, None), ("Gucci", 3_000_000, None)], [], [5_000_000]),
]


@pytest.mark.parametrize(("metrics", "platforms", "kept"), CASES)
def test_one_owner_is_given_one_figure_of_a_respectively_list(metrics, platforms, kept) -> None:
    facts = [_metric(subject, value, platform) for subject, value, platform in metrics]
    mentions = [_platform(name, 20 * i) for i, name in enumerate(platforms)]
    assert [f.value for f in one_owner_each(facts, mentions)] == kept


SENTENCES = [
    ("fr", "Les Roches et Glion, les deux écoles du groupe Sommet Education, revendiquent respectivement "
           "41 000 et 33 500 abonnés sur Zhihu.", 1),
    ("en", "Presale orders booked on Tmall for the two brands reached 520 million yuan and 480 million yuan "
           "respectively by midnight.", 1),
    ("en", "Gucci has 5 million and 3 million followers on Weibo and Douyin respectively.", 2),
    ("en", "On Weibo and Douyin, Dior has 4.1 million and 3.2 million followers respectively.", 2),
]


@pytest.mark.parametrize(("lang", "text", "count"), SENTENCES)
def test_an_unpaired_respectively_list_gives_its_owner_one_figure(extract_text, lang, text, count) -> None:
    metrics = [f for f in extract_text(lang, text, None).facts if isinstance(f, Metric)]
    assert len(metrics) == count


def _brand(name: str, start: int) -> Mention:
    return Mention(start, start + len(name), name, name, "organization")


def _figure(start: int) -> Quantity:
    return Quantity(start, start + 4, "1000", 1000.0)


PAIRS = [
    # (names, figures, as offsets; the name each figure is paired with, None for a figure left to the owner decision)
    # the names before the first figure pair with the figures in order
    ([("Fissler", 0), ("WMF", 10)], [40, 50], ["Fissler", "WMF"]),
    # a name after the first figure opens another clause: its figure is not the list's
    ([("Fissler", 0), ("WMF", 10), ("Le Creuset", 60)], [40, 50, 80], ["Fissler", "WMF", None]),
    # a name between the list's figures leaves too few figures to pair with the names before them
    ([("Fissler", 0), ("WMF", 10), ("Le Creuset", 45)], [40, 50], [None, None]),
    # more names than figures: no pairing
    ([("Fissler", 0), ("WMF", 10), ("Zwilling", 20)], [40, 50], [None, None]),
]


@pytest.mark.parametrize(("names", "starts", "owners"), PAIRS)
def test_respectively_pairs_the_figures_of_the_list_with_the_names_before_it(names, starts, owners) -> None:
    figures = [_figure(start) for start in starts]
    pairs = respective_pairs(figures, ["sales"] * len(figures), [_brand(n, s) for n, s in names], [])
    found = [pairs[i][0].name if i in pairs and pairs[i][0] is not None else None for i in range(len(figures))]
    assert found == owners
