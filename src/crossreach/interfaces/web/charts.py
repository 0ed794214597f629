"""Plotly figures from query results, as JSON for the page's script to draw.

Every mark that stands for a fact carries the URL of its source page in
``customdata``; the page script follows it on click. Text from articles (names,
platforms) is HTML-escaped before it reaches Plotly, which would otherwise read
tags in labels.
"""

from __future__ import annotations

import html
import math
import re
from collections import defaultdict, deque
from collections.abc import Iterable
from typing import Any

import plotly.graph_objects as go

from crossreach import query
from crossreach.interfaces.web.format import entity_url, fact_url, figure

_LAYOUT: dict[str, Any] = {
    "template": "plotly_white",
    "margin": {"l": 60, "r": 20, "t": 30, "b": 50},
    "font": {"family": "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', sans-serif",
             "size": 12},
    "hoverlabel": {"align": "left"},
    "legend": {"orientation": "h", "y": -0.2},
}
_NODE_COLOURS = {"organization": "#2f6fb0", "platform": "#d9822b", "person": "#3a9a5b", "work": "#8a5cb8",
                 "event": "#b8495c", "place": "#6b7a8a"}
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")


def _safe(text: object) -> str:
    return html.escape(str(text), quote=False)


def _figure_json(fig: go.Figure, height: int = 320) -> str:
    fig.update_layout(_LAYOUT, height=height)
    return str(fig.to_json())


def plot_date(date: str) -> str:
    """A FACTS.md date as Plotly reads one: ``2020``, ``2020-08``, ``2020-08-26``; a quarter as its first month."""
    match = _QUARTER.match(date)
    if match:
        return f"{match[1]}-{(int(match[2]) - 1) * 3 + 1:02d}"
    return date


def _one_date_range(dates: set[str]) -> dict[str, Any]:
    """For figures all of one date, a year around it: Plotly would otherwise zoom to milliseconds."""
    if len(dates) != 1:
        return {}
    year = int(plot_date(next(iter(dates)))[:4])
    return {"range": [f"{year - 1}-07-01", f"{year + 1}-07-01"]}


#: Values spanning more than this factor are drawn on a log scale, so that the small stay visible.
LOG_SCALE_SPAN = 100


def _scale_axis(axis: Any, values: Iterable[float | None]) -> bool:
    """Put ``axis`` on a log scale when the positive values span orders of magnitude; whether it did."""
    positive = [v for v in values if v is not None and v > 0]
    if positive and max(positive) / min(positive) > LOG_SCALE_SPAN:
        axis(type="log", title_text="log scale")
        return True
    return False


def like_with_like(rows: Iterable[query.FactRow]) -> dict[tuple[str, str | None], list[query.FactRow]]:
    """Figures that can share an axis: one kind and one currency each, in the order first met."""
    groups: dict[tuple[str, str | None], list[query.FactRow]] = {}
    for row in rows:
        if row.value is not None:
            groups.setdefault((row.kind or "other", row.currency), []).append(row)
    return groups


def chart_title(kind: str, currency: str | None) -> str:
    return kind + (f" ({currency})" if currency else "")


def leaderboard_charts(rows: list[query.FactRow]) -> list[tuple[str, str]]:
    """One bar chart per kind and currency (never counts and money, or euros and yuan, on one axis),
    each with its title."""
    return [(chart_title(kind, currency), chart) for (kind, currency), group in like_with_like(rows).items()
            if (chart := leaderboard_chart(group)) is not None]


def leaderboard_chart(rows: list[query.FactRow]) -> str | None:
    """Horizontal bars, largest on top, one per fact; the label says whose figure and where.
    The rows are of one kind and currency (``leaderboard_charts`` splits them)."""
    rows = [r for r in rows if r.value is not None]
    if not rows:
        return None
    labels = [_safe(f"{i}. {r.subject}" + (f" ({r.platform})" if r.platform else "")) for i, r in enumerate(rows, 1)]
    fig = go.Figure(go.Bar(
        x=[r.value for r in rows], y=labels, orientation="h", marker_color="#2f6fb0",
        customdata=[fact_url(r.id) for r in rows],
        text=[_safe(f"{figure(r.value, r.qualifier, r.currency)} {r.kind}, {r.date or 'undated'}") for r in rows],
        hovertemplate="%{y}<br>%{text}<br><i>click for the source</i><extra></extra>", textposition="none",
    ))
    fig.update_yaxes(autorange="reversed", automargin=True)
    _scale_axis(fig.update_xaxes, (r.value for r in rows))
    return _figure_json(fig, height=max(260, 28 * len(rows) + 80))


def figures_chart(rows: list[query.FactRow], kind: str, series: str) -> str | None:
    """Figures of one kind over time, a line per ``series`` ("platform" or "subject"); gains and uncertain
    figures are drawn apart from the totals, as points of their own. None when no figure is dated."""
    dated = sorted((r for r in rows if r.date and r.value is not None), key=lambda r: (r.date or "", r.id))
    if not dated:
        return None
    lines: dict[str, list[query.FactRow]] = defaultdict(list)
    for row in dated:
        name = str(getattr(row, series) or f"no {series} named")
        apart = " (gain)" if row.aspect != query.TOTAL else " (uncertain)" if row.uncertain else ""
        lines[name + apart].append(row)
    fig = go.Figure()
    for name, points in lines.items():
        fig.add_trace(go.Scatter(
            x=[plot_date(p.date or "") for p in points], y=[p.value for p in points],
            mode="markers" if name.endswith(")") else "lines+markers",
            name=_safe(name), marker={"size": 9}, customdata=[fact_url(p.id) for p in points],
            text=[_safe(f"{p.subject}: {figure(p.value, p.qualifier, p.currency)} {kind}"
                        + (f" on {p.platform}" if p.platform else "") + f", {p.date}"
                        + (" (a gain)" if p.aspect != query.TOTAL else "")) for p in points],
            hovertemplate="%{text}<br><i>click for the source</i><extra></extra>",
        ))
    fig.update_xaxes(type="date", title_text="date", **_one_date_range({p.date or "" for p in dated}))
    if not _scale_axis(fig.update_yaxes, (p.value for p in dated)):
        fig.update_yaxes(title_text=_safe(kind), rangemode="tozero")
    return _figure_json(fig, height=300)


def comparison_chart(rows: list[query.FactRow], kind: str) -> str | None:
    """Grouped bars: one group per subject, one bar per platform, the largest figure of each pair."""
    best: dict[tuple[str, str], query.FactRow] = {}
    for row in rows:
        if row.value is None:
            continue
        key = (str(row.subject), row.platform or "no platform named")
        if key not in best or row.value > (best[key].value or 0):
            best[key] = row
    if not best:
        return None
    subjects = sorted({s for s, _ in best}, key=lambda s: -max(r.value or 0 for (x, _), r in best.items() if x == s))
    platforms = sorted({p for _, p in best})
    fig = go.Figure()
    for platform in platforms:
        present = [s for s in subjects if (s, platform) in best]
        fig.add_trace(go.Bar(
            name=_safe(platform), x=[_safe(s) for s in present], y=[best[(s, platform)].value for s in present],
            customdata=[fact_url(best[(s, platform)].id) for s in present],
            text=[_safe(f"{s}: {figure(best[(s, platform)].value, best[(s, platform)].qualifier)} {kind} "
                        f"on {platform}, {best[(s, platform)].date or 'undated'}") for s in present],
            hovertemplate="%{text}<br><i>click for the source</i><extra></extra>", textposition="none",
        ))
    fig.update_layout(barmode="group")
    if not _scale_axis(fig.update_yaxes, (r.value for r in best.values())):
        fig.update_yaxes(title_text=_safe(kind))
    fig.update_xaxes(automargin=True, categoryorder="array", categoryarray=[_safe(s) for s in subjects])
    return _figure_json(fig, height=420)


def counts_chart(counts: dict[str, int], title: str) -> str | None:
    """A small bar chart of counts (documents per language, per source)."""
    if not counts:
        return None
    items = sorted(counts.items(), key=lambda kv: -kv[1])
    fig = go.Figure(go.Bar(x=[_safe(k) for k, _ in items], y=[v for _, v in items], marker_color="#2f6fb0",
                           hovertemplate="%{x}: %{y}<extra></extra>"))
    fig.update_yaxes(title_text=_safe(title))
    return _figure_json(fig, height=240)


def network_chart(graph: dict[str, list[dict[str, Any]]], centre: str | None) -> str | None:
    """The partnership network in rings: the entity in the middle, partners around it, theirs further out.

    A node links to its entity page, the middle of an edge to the partnership's source page.
    """
    nodes = {node["id"]: node for node in graph.get("nodes", [])}
    edges = [e for e in graph.get("edges", []) if e.get("source") in nodes and e.get("target") in nodes]
    if not edges:
        return None
    positions = _ring_layout(nodes, edges, centre)
    fig = go.Figure()
    line_x: list[float | None] = []
    line_y: list[float | None] = []
    mid_x, mid_y, mid_links, mid_text = [], [], [], []
    for edge in edges:
        (x0, y0), (x1, y1) = positions[edge["source"]], positions[edge["target"]]
        line_x += [x0, x1, None]
        line_y += [y0, y1, None]
        fact_ids = edge.get("fact_ids") or []
        if fact_ids:
            mid_x.append((x0 + x1) / 2)
            mid_y.append((y0 + y1) / 2)
            mid_links.append(fact_url(fact_ids[0]))
            a, b = nodes[edge["source"]]["name"], nodes[edge["target"]]["name"]
            deal = ", ".join([*edge.get("kinds", []), *edge.get("statuses", [])])
            mid_text.append(_safe(f"{a} × {b}: {len(fact_ids)} fact{'s' if len(fact_ids) != 1 else ''}"
                                  + (f" ({deal})" if deal else "")))
    fig.add_trace(go.Scatter(x=line_x, y=line_y, mode="lines", line={"color": "#9aa5b1", "width": 1.5},
                             hoverinfo="skip", showlegend=False))
    if mid_x:
        fig.add_trace(go.Scatter(x=mid_x, y=mid_y, mode="markers", marker={"size": 7, "color": "#9aa5b1"},
                                 customdata=mid_links, text=mid_text, showlegend=False,
                                 hovertemplate="%{text}<br><i>click for the source</i><extra></extra>"))
    by_type: dict[str, list[Any]] = defaultdict(list)
    for node_id in positions:
        by_type[str(nodes[node_id].get("type") or "other")].append(node_id)
    for node_type, ids in sorted(by_type.items()):
        fig.add_trace(go.Scatter(
            x=[positions[i][0] for i in ids], y=[positions[i][1] for i in ids], mode="markers+text",
            name=_safe(node_type), text=[_safe(nodes[i]["name"]) for i in ids], textposition="top center",
            marker={"size": [22 if nodes[i]["name"] == centre else 14 for i in ids],
                    "color": _NODE_COLOURS.get(node_type, "#6b7a8a"), "line": {"width": 1, "color": "white"}},
            customdata=[entity_url(nodes[i]["name"]) for i in ids],
            hovertemplate="%{text}<br><i>click for its page</i><extra></extra>",
        ))
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False, scaleanchor="x")
    return _figure_json(fig, height=420)


def _ring_layout(nodes: dict[Any, dict[str, Any]], edges: Iterable[dict[str, Any]],
                 centre: str | None) -> dict[Any, tuple[float, float]]:
    """Nodes on rings by their distance from the centre (breadth first); the unreached on an outer ring."""
    neighbours: dict[Any, list[Any]] = defaultdict(list)
    for edge in edges:
        neighbours[edge["source"]].append(edge["target"])
        neighbours[edge["target"]].append(edge["source"])
    start = next((i for i, n in nodes.items() if n["name"] == centre), None)
    distance: dict[Any, int] = {}
    if start is not None:
        distance[start] = 0
        queue = deque([start])
        while queue:
            here = queue.popleft()
            for there in sorted(neighbours[here], key=lambda i: str(nodes[i]["name"])):
                if there not in distance:
                    distance[there] = distance[here] + 1
                    queue.append(there)
    outer = max(distance.values(), default=0) + 1
    rings: dict[int, list[Any]] = defaultdict(list)
    for node_id in sorted(nodes, key=lambda i: str(nodes[i]["name"])):
        if node_id in neighbours or node_id == start:
            rings[distance.get(node_id, outer)].append(node_id)
    positions: dict[Any, tuple[float, float]] = {}
    for ring, ids in rings.items():
        for k, node_id in enumerate(ids):
            angle = 2 * math.pi * k / len(ids) + ring * 0.4
            positions[node_id] = (ring * math.cos(angle), ring * math.sin(angle))
    return positions

