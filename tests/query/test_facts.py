"""Figures one row per fact group, with their sources and conflicts; leaderboards, timelines, a fact's sources,
new facts."""

from __future__ import annotations

import pytest

from crossreach import query
from crossreach.store import KnowledgeBase

# --- figures --------------------------------------------------------------------------------------------------


def test_viewers_leaderboard(kb: KnowledgeBase) -> None:
    page = query.metrics(kb, kind="viewers", top=5)
    assert len(page.items) == 5 and page.total >= 5
    values = [f.value for f in page.items]
    assert values == sorted(values, reverse=True)
    assert all(f.kind == "viewers" and f.sources >= 1 and f.evidence for f in page.items)
    assert len({f.group_key for f in page.items}) == 5


def test_museum_livestreams_with_the_most_viewers(kb: KnowledgeBase) -> None:
    [first, *_] = query.metrics(kb, kind="viewers", category="museum", top=3).items
    assert (first.subject, first.value, first.qualifier, first.platform) == ("Louvre", 12_000_000, "more_than",
                                                                            "Douyin")
    assert "1200万" in first.evidence


@pytest.mark.parametrize(("filters", "holds"), [
    ({"kind": "followers"}, lambda f: f.kind == "followers"),
    ({"since": "2021"}, lambda f: f.date >= "2021"),
    ({"since": "2020-06", "until": "2020-12"}, lambda f: "2020-06" <= f.date[:7] <= "2020-12"),
    ({"until": "2019"}, lambda f: f.date[:4] <= "2019"),
    ({"platform": "Tencent"}, lambda f: f.platform in {"Tencent", "Tencent Sports", "Tencent Video", "WeChat", "QQ",
                                                       "Tencent News"}),
    ({"subject": "Louvre"}, lambda f: f.subject == "Louvre"),
])
def test_metric_filters(kb: KnowledgeBase, filters: dict, holds) -> None:
    page = query.metrics(kb, **filters)
    assert page.items and all(f.type == "metric" and holds(f) for f in page.items)


def test_a_category_keeps_only_its_subjects(kb: KnowledgeBase) -> None:
    page = query.metrics(kb, category="museum")
    assert page.items
    assert all(query.find_entity(kb, f.subject).category == "museum" for f in page.items)


@pytest.mark.parametrize("filters", [{"kind": "viewer"}, {"since": "last year"}, {"until": "2020/08"}])
def test_malformed_questions_are_bad_queries(kb: KnowledgeBase, filters: dict) -> None:
    with pytest.raises(query.BadQuery):
        query.metrics(kb, **filters)


def test_kuaishou_daily_active_users_over_time(kb: KnowledgeBase) -> None:
    series = query.timeline(kb, "快手", "dau")
    assert series.entity.name == "Kuaishou" and series.kind == "dau"
    assert [p.date for p in series.points] == sorted(p.date for p in series.points)
    quarterly = [(p.date, p.value) for p in series.points if p.date >= "2020-12"]
    assert quarterly == [("2020-12", 272_000_000), ("2021-03", 295_000_000), ("2021-06", 293_000_000),
                         ("2021-09", 320_000_000)]


def test_every_leaderboard_fact_has_its_sentence_with_the_figure(kb: KnowledgeBase) -> None:
    for fact in query.metrics(kb, kind="viewers").items:
        found = query.fact_sources(kb, fact.id)
        assert found.fact.id == fact.id and found.sources
        assert fact.document_id in {s.document_id for s in found.sources}
        for source in found.sources:
            start, end = source.highlight
            assert 0 <= start < end <= len(source.sentence)


def test_the_louvre_figure_is_highlighted_in_its_sentence(kb: KnowledgeBase) -> None:
    [fact] = query.metrics(kb, kind="viewers", subject="卢浮宫", platform="抖音").items
    sources = query.fact_sources(kb, fact.id).sources   # the headline and the sentence in the body
    assert sources and all(s.lang == "zh" for s in sources)
    assert all("1200万" in s.sentence[s.highlight[0]:s.highlight[1]] for s in sources)


def test_an_unknown_fact_is_not_found(kb: KnowledgeBase) -> None:
    with pytest.raises(query.FactNotFound):
        query.fact_sources(kb, 10**9)


# --- sources and conflicts, on a hand-made knowledge base -----------------------------------------------------


def test_a_group_is_one_row_with_its_independent_sources_and_its_conflict(disputed_kb: KnowledgeBase) -> None:
    page = query.metrics(disputed_kb, kind="followers")
    assert page.total == 1
    [row] = page.items
    assert (row.value, row.sources, row.conflict) == (2_600_000, 2, True)   # the copy counts once


def test_fact_sources_show_every_sentence_and_the_other_figure(disputed_kb: KnowledgeBase) -> None:
    [row] = query.metrics(disputed_kb, kind="followers").items
    found = query.fact_sources(disputed_kb, row.id)
    assert {s.title for s in found.sources} == {"original", "copy", "other"}
    assert {s.sentence[s.highlight[0]:s.highlight[1]] for s in found.sources} == {"2.6 million", "2,600,000"}
    [rival] = found.conflicts
    assert (rival.value, rival.sources, rival.conflict) == (2_400_000, 1, True)
    assert query.fact_sources(disputed_kb, rival.id).conflicts[0].value == 2_600_000


def test_a_timeline_has_one_point_per_group(disputed_kb: KnowledgeBase) -> None:
    series = query.timeline(disputed_kb, "Burberry", "followers")
    assert [(p.date, p.value, p.sources) for p in series.points] == [("2020-08", 2_600_000, 2)]
    assert series.undated == 0


# --- new facts (briefings, watch digests) ---------------------------------------------------------------------


def test_new_facts_since_a_date_come_from_documents_published_since(kb: KnowledgeBase) -> None:
    rows = query.new_facts(kb, since="2021-06-01")
    assert rows and all(row.published is None or row.published >= "2021-06-01" for row in rows)
    assert len(query.new_facts(kb, since="2000-01-01")) > len(rows)
    assert query.new_facts(kb, since="2999-01-01") == []


def test_new_facts_of_given_documents_about_one_entity(kb: KnowledgeBase) -> None:
    about = query.new_facts(kb, about="快手")
    assert about and all(row.subject == "Kuaishou" or row.platform == "Kuaishou"
                         or "Kuaishou" in str(row.record) for row in about)
    one_document = about[0].document_id
    rows = query.new_facts(kb, document_ids=[one_document], about="Kuaishou")
    assert rows and {row.document_id for row in rows} == {one_document}
    assert query.new_facts(kb, document_ids=[]) == []
    with pytest.raises(query.EntityNotFound):
        query.new_facts(kb, about="No Such Museum")
