"""Which entity a name means (any alias, any script, an id; close names when none), and the entity list."""

from __future__ import annotations

import pytest

from crossreach import query
from crossreach.store import KnowledgeBase

# --- entities -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "canonical"), [
    ("Tencent", "Tencent"),
    ("tencent", "Tencent"),
    ("腾讯", "Tencent"),            # a lexicon alias no example document uses
    ("騰訊", "Tencent"),            # traditional characters
    ("Kuaishou", "Kuaishou"),
    ("快手", "Kuaishou"),
    ("Musée du Louvre", "Louvre"),
    ("卢浮宫", "Louvre"),
    ("WeChat", "WeChat"),
    ("微信", "WeChat"),
])
def test_an_entity_is_found_by_any_alias_in_any_script(kb: KnowledgeBase, name: str, canonical: str) -> None:
    assert query.find_entity(kb, name).name == canonical


def test_an_entity_is_found_by_id(kb: KnowledgeBase) -> None:
    tencent = query.find_entity(kb, "Tencent")
    assert query.find_entity(kb, tencent.id) == tencent
    assert query.find_entity(kb, str(tencent.id)) == tencent


def test_an_unknown_name_suggests_close_ones(kb: KnowledgeBase) -> None:
    with pytest.raises(query.EntityNotFound, match="did you mean") as caught:
        query.find_entity(kb, "Tencnt")
    assert "Tencent" in caught.value.suggestions


def test_a_name_like_nothing_has_no_suggestion(kb: KnowledgeBase) -> None:
    with pytest.raises(query.EntityNotFound) as caught:
        query.find_entity(kb, "Zzyzx Qwop")
    assert caught.value.suggestions == []


@pytest.mark.parametrize(("filters", "holds"), [
    ({"type": "platform"}, lambda e: e.type == "platform"),
    ({"category": "museum"}, lambda e: e.category == "museum"),
    ({"search": "tencent"}, lambda e: "tencent" in (e.name + " ".join(e.aliases)).casefold()),
    ({"search": "腾讯"}, lambda e: any("腾讯" in alias for alias in e.aliases)),
])
def test_entity_filters(kb: KnowledgeBase, filters: dict, holds) -> None:
    page = query.list_entities(kb, **filters)
    assert page.items and all(holds(e) for e in page.items)


def test_entities_page_by_documents(kb: KnowledgeBase) -> None:
    first, second = query.list_entities(kb, limit=5), query.list_entities(kb, limit=5, offset=5)
    assert first.total == second.total > 10
    documents = [e.documents for e in first.items + second.items]
    assert documents == sorted(documents, reverse=True)
    assert not {e.id for e in first.items} & {e.id for e in second.items}
