"""Briefings gathered from the dev corpus (examples/articles): figures, citations, conflicts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crossreach import query
from crossreach.report import Briefing, comparison_briefing, entity_briefing, since_briefing
from crossreach.store import KnowledgeBase, open_knowledge_base

NOW = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def kb(example_db: str) -> KnowledgeBase:
    return open_knowledge_base(example_db)


def _check_citations(briefing: Briefing) -> None:
    """Every line cites; every citation is used, numbered in order, and says its sentence and source."""
    numbers = [c.number for c in briefing.citations]
    assert numbers == list(range(1, len(numbers) + 1))
    used = {n for s in briefing.sections for line in s.lines for n in line.citations}
    used |= {n for c in briefing.conflicts for line in c.figures for n in line.citations}
    assert used == set(numbers)
    assert all(line.citations for s in briefing.sections for line in s.lines)
    assert all(c.sentence.strip() and c.source for c in briefing.citations)


def test_an_entity_briefing_holds_figures_partners_people_and_cites_each(kb: KnowledgeBase) -> None:
    briefing = entity_briefing(kb, "快手", NOW)
    assert briefing.title == "Kuaishou"
    titles = [s.title for s in briefing.sections]
    assert titles[0] == "Leading figures"
    assert {"Partnerships", "People"} <= set(titles)
    dau = next(s for s in briefing.sections if s.title == "All dau figures")
    assert dau.chart is not None and dau.chart.kind == "line"
    assert [d for d, _ in dau.chart.points] == sorted(d for d, _ in dau.chart.points)
    assert any("320,000,000" in line.figure for line in dau.lines)
    _check_citations(briefing)


def test_a_briefing_sets_conflicting_figures_side_by_side(kb: KnowledgeBase) -> None:
    briefing = entity_briefing(kb, "Louvre", NOW)
    assert briefing.conflicts
    for conflict in briefing.conflicts:
        assert len({line.figure for line in conflict.figures}) == len(conflict.figures) >= 2
    _check_citations(briefing)


def test_a_comparison_lists_each_subject_once_largest_first(kb: KnowledgeBase) -> None:
    briefing = comparison_briefing(kb, "viewers", NOW, category="museum")
    leaders = briefing.sections[0].lines
    assert len({line.label for line in leaders}) == len(leaders) >= 2
    values = [line.value for line in leaders]
    assert values == sorted(values, reverse=True)
    assert briefing.sections[0].chart is not None
    _check_citations(briefing)


def test_what_is_new_since_a_date_keeps_later_documents_only(kb: KnowledgeBase) -> None:
    briefing = since_briefing(kb, "2022-01-01", NOW)
    published = {c.published for c in briefing.citations}
    assert published and all(p is None or p >= "2022-01-01" for p in published)
    _check_citations(briefing)
    assert since_briefing(kb, "2099-01-01", NOW).is_empty()


def test_an_unknown_entity_is_a_clear_error(kb: KnowledgeBase) -> None:
    with pytest.raises(query.EntityNotFound):
        entity_briefing(kb, "No Such Museum", NOW)
