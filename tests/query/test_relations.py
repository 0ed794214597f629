"""People, partners and the partnership network."""

from __future__ import annotations

import pytest

from crossreach import query
from crossreach.store import KnowledgeBase


def test_people_and_partners(kb: KnowledgeBase) -> None:
    people = query.people(kb, "Tencent")
    assert all(role.organization == "Tencent" for role in people)
    assert {"Zhao Ming", "Chen Yuhang"} <= {role.person for role in people}
    partners = query.partners(kb, "Tmall")
    assert "Estée Lauder" in {p.partner for p in partners}
    for partner in partners:
        assert all(f.type == "partnership" and f.evidence for f in partner.facts)


def test_partners_of_one_kind_or_status(kb: KnowledgeBase) -> None:
    renewed = query.partners(kb, "Tencent", status="renewed")
    assert "NBA" in {p.partner for p in renewed}
    assert all(f.record["status"] == "renewed" for p in renewed for f in p.facts)
    everything = query.partners(kb, "Tencent")
    by_kind = [p for kind in ("sponsorship", "rights", "stake", "store", "alliance", "memorandum", "other")
               for p in query.partners(kb, "Tencent", kind=kind)]
    assert sum(len(p.facts) for p in by_kind) == sum(len(p.facts) for p in everything)
    for kind, status in [("deal", None), (None, "over")]:
        with pytest.raises(query.BadQuery, match="unknown partnership"):
            query.partners(kb, "Tencent", kind=kind, status=status)


def test_partnership_graph_of_one_status(kb: KnowledgeBase) -> None:
    graph = query.partnership_graph(kb, "Tencent", status="renewed")
    assert graph["edges"] and all(edge["statuses"] == ["renewed"] for edge in graph["edges"])
    assert len(graph["edges"]) <= len(query.partnership_graph(kb, "Tencent")["edges"])


def test_partnership_graph_around_an_entity(kb: KnowledgeBase) -> None:
    tencent = query.find_entity(kb, "Tencent")
    graph = query.partnership_graph(kb, "Tencent")
    nodes = {node["id"] for node in graph["nodes"]}
    assert tencent.id in nodes and len(nodes) > 1
    assert all(edge["source"] in nodes and edge["target"] in nodes and edge["facts"] == len(edge["fact_ids"])
               for edge in graph["edges"])
    assert [n["id"] for n in query.partnership_graph(kb, "Tencent", depth=0)["nodes"]] == [tencent.id]
    assert len(query.partnership_graph(kb)["nodes"]) >= len(nodes)
