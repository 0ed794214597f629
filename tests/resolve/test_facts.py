"""Fact identity within a document and across documents."""

from __future__ import annotations

import pytest

from crossreach.models import Evidence, Metric, Partnership, Quote, Role
from crossreach.resolve.facts import group_key, merge_within_document, same_figure


def _ev(start: int) -> Evidence:
    return Evidence(start=start, end=start + 4, sentence_start=start, sentence_end=start + 10, sentence="s")


def test_headline_and_body_figure_become_one_fact_with_two_evidences() -> None:
    headline = Metric(subject="Louis Vuitton", kind="views", value=49_000_000, evidence=_ev(0), confidence=0.6)
    body = Metric(subject="Louis Vuitton", kind="views", value=4.9e7, platform="Kuaishou", date="2022-01",
                  evidence=_ev(100), confidence=0.8)
    [merged] = merge_within_document([headline, body])
    assert merged.platform == "Kuaishou" and merged.date == "2022-01"
    assert {merged.evidence.start, *(e.start for e in merged.more_evidence)} == {0, 100}
    assert merged.confidence == 0.8


def test_different_figures_or_kinds_stay_apart() -> None:
    facts = [
        Metric(subject="Weibo", kind="mau", value=500e6, evidence=_ev(0)),
        Metric(subject="Weibo", kind="dau", value=500e6, evidence=_ev(10)),
        Metric(subject="Weibo", kind="mau", value=510e6, evidence=_ev(20)),
    ]
    assert len(merge_within_document(facts)) == 3


def test_partnerships_roles_and_quotes_merge_by_their_parties() -> None:
    facts = [
        Partnership(parties=("Gucci", "Tencent"), evidence=_ev(0)),
        Partnership(parties=("Tencent", "Gucci"), evidence=_ev(10)),
        Role(person="Marco Bizzarri", organization="Gucci", title="CEO", evidence=_ev(20)),
        Role(person="Marco Bizzarri", organization="Gucci", title=None, evidence=_ev(30)),
        Quote(speaker="Marco Bizzarri", text="Il panorama digitale è diventato complesso", evidence=_ev(40)),
    ]
    merged = merge_within_document(facts)
    assert [f.type for f in merged] == ["partnership", "role", "quote"]
    assert merged[1].title == "CEO"


@pytest.mark.parametrize(("statuses", "merged_status"), [
    (("active", "ended"), "ended"),  # a headline without a status word, the body saying it ended
    (("ended", "active"), "ended"),
    (("renewed", "active"), "renewed"),
    (("active", "active"), "active"),
    (("renewed", "ended"), "renewed"),  # two stated statuses: the first statement's
])
def test_a_deal_said_twice_keeps_the_status_a_statement_of_it_gives(statuses: tuple[str, str],
                                                                    merged_status: str) -> None:
    facts = [Partnership(parties=("Tencent", "Ubisoft"), status=status, evidence=_ev(10 * i))
             for i, status in enumerate(statuses)]
    [merged] = merge_within_document(facts)
    assert merged.status == merged_status


def test_group_key_ignores_the_value_and_names_entities_by_identity() -> None:
    ids = {"Tencent": "#1", "腾讯": "#1", "WeChat": "#2"}.get

    def key(name: str | None) -> str:
        return ids(name or "", name or "")

    a = Metric(subject="Tencent", kind="mau", value=1.2e9, platform="WeChat", date="2020", evidence=_ev(0))
    b = Metric(subject="腾讯", kind="mau", value=1.1e9, platform="WeChat", date="2020", evidence=_ev(0))
    c = Metric(subject="腾讯", kind="mau", value=1.1e9, platform="WeChat", date="2021", evidence=_ev(0))
    assert group_key(a, key) == group_key(b, key) != group_key(c, key)


def test_same_figure_uses_the_referee_tolerance() -> None:
    assert same_figure(3_800_000, 3_810_000)
    assert not same_figure(3_800_000, 3_900_000)
    assert same_figure(None, None) and not same_figure(None, 1.0)


def test_a_change_is_never_grouped_with_the_total_it_adds_to() -> None:
    total = Metric(subject="Louvre", kind="followers", value=3.9e6, platform="Weibo", date="2020", evidence=_ev(0))
    gain = Metric(subject="Louvre", kind="followers", value=1.76e5, platform="Weibo", date="2020", evidence=_ev(9),
                  aspect="change")
    assert group_key(total, str) != group_key(gain, str)
