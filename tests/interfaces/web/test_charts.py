"""The partnership network chart: what an edge says about the deals behind it."""

from __future__ import annotations

import json

from crossreach.interfaces.web.charts import network_chart


def test_a_network_edge_says_the_kind_and_status_of_its_deals() -> None:
    graph = {
        "nodes": [{"id": 1, "name": "Tencent", "type": "organization"},
                  {"id": 2, "name": "NBA", "type": "organization"}],
        "edges": [{"source": 1, "target": 2, "facts": 1, "fact_ids": [7], "kinds": ["rights"], "statuses": ["ended"]}],
    }
    figure = json.loads(network_chart(graph, "Tencent") or "{}")
    texts = [text for trace in figure["data"] for text in trace.get("text") or []]
    assert any("Tencent × NBA: 1 fact (rights, ended)" in text for text in texts)
