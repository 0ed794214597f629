"""An entity's profile and the overview of the knowledge base."""

from __future__ import annotations

from crossreach import query
from crossreach.store import KnowledgeBase
from fixed_records import DOCUMENTS


def test_tencent_profile(kb: KnowledgeBase) -> None:
    profile = query.entity_profile(kb, "Tencent")
    assert profile.entity.type == "organization" and profile.entity.category == "tech"
    assert "腾讯" in profile.entity.aliases
    assert {"WeChat"} <= {child.name for child in profile.children}
    assert "Zhao Ming" in {role.person for role in profile.people}
    assert {"NBA", "Chanel"} <= {partner.partner for partner in profile.partnerships}
    measured_on = [f for rows in profile.platform_metrics.values() for f in rows]
    assert any(f.subject == "NBA" and f.kind == "deal_value" and f.value == 1_500_000_000 for f in measured_on)
    for rows in (*profile.metrics.values(), *profile.platform_metrics.values()):
        dates = [f.date or f.published or "" for f in rows]
        assert dates == sorted(dates, reverse=True)


def test_overview(kb: KnowledgeBase) -> None:
    summary = query.overview(kb, latest=4)
    assert summary.counts["documents"] == sum(summary.languages.values()) == len(DOCUMENTS)
    assert set(summary.languages) == {"en", "fr", "zh"}
    assert len(summary.latest) == 4 and summary.latest[0].id > summary.latest[-1].id
    assert sum(summary.top_sources.values()) == len(DOCUMENTS)
