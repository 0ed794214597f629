"""Charts drawn as inline SVG: no script, no font file, no URL, the same in a browser and in the PDF.

Two shapes serve a briefing: horizontal bars (a leaderboard, leading figures)
and a line over dated points (a figure's history). Text is escaped; sizes are
in user units so the chart scales with the page.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from crossreach.report.build import Chart

_WIDTH = 640
_BAR = 22
_GAP = 8
_LABEL = 210
_COLOUR = "#2b6cb0"


def compact(value: float) -> str:
    """49,000,000 as 49M, 1,250 as 1.3K: short enough for a bar's end."""
    for size, unit in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(value) >= size:
            return f"{value / size:.1f}".rstrip("0").rstrip(".") + unit
    return f"{value:.2f}".rstrip("0").rstrip(".")


def render_chart(chart: Chart) -> Markup:
    """The chart as an ``<svg>`` element with a title for screen readers (HTML needs no SVG namespace
    declaration, which would be the file's only URL)."""
    if chart.kind == "line":
        return _line(chart)
    return _bars(chart)


def _bars(chart: Chart) -> Markup:
    points = chart.points
    height = len(points) * (_BAR + _GAP) + _GAP
    top = max((v for _, v in points), default=0.0) or 1.0
    room = _WIDTH - _LABEL - 70
    parts = []
    for i, (label, value) in enumerate(points):
        y = _GAP + i * (_BAR + _GAP)
        width = max(1.0, room * max(value, 0.0) / top)
        baseline = y + _BAR * 0.7
        parts.append(
            f'<text x="{_LABEL - 8}" y="{baseline:.1f}" text-anchor="end" class="lbl">{escape(_short(label))}</text>'
            f'<rect x="{_LABEL}" y="{y}" width="{width:.1f}" height="{_BAR}" rx="2" fill="{_COLOUR}"/>'
            f'<text x="{_LABEL + width + 6:.1f}" y="{baseline:.1f}" class="val">{escape(compact(value))}</text>')
    return _svg(chart, height, "".join(parts))


def _line(chart: Chart) -> Markup:
    points = chart.points
    height, left, right, top_pad, bottom = 220, 60, 44, 16, 40
    top = max(v for _, v in points) or 1.0
    span_x = (_WIDTH - left - right) / max(len(points) - 1, 1)

    def xy(i: int, value: float) -> tuple[float, float]:
        return left + i * span_x, top_pad + (height - top_pad - bottom) * (1 - value / top)

    coords = [xy(i, v) for i, (_, v) in enumerate(points)]
    path = " ".join(f"{'M' if i == 0 else 'L'}{x:.1f},{y:.1f}" for i, (x, y) in enumerate(coords))
    parts = [f'<line x1="{left}" y1="{height - bottom}" x2="{_WIDTH - right}" y2="{height - bottom}" class="axis"/>',
             f'<text x="{left - 6}" y="{top_pad + 4}" text-anchor="end" class="val">{escape(compact(top))}</text>',
             f'<text x="{left - 6}" y="{height - bottom}" text-anchor="end" class="val">0</text>',
             f'<path d="{path}" fill="none" stroke="{_COLOUR}" stroke-width="2.5"/>']
    step = max(1, len(points) // 6)
    for i, ((label, value), (x, y)) in enumerate(zip(points, coords, strict=True)):
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{_COLOUR}"><title>{escape(label)}: '
                     f'{escape(compact(value))}</title></circle>')
        if i % step == 0 or i == len(points) - 1:
            parts.append(f'<text x="{x:.1f}" y="{height - bottom + 18}" text-anchor="middle" class="lbl">'
                         f'{escape(label)}</text>')
    return _svg(chart, height, "".join(parts))


def _svg(chart: Chart, height: int, body: str) -> Markup:
    return Markup(
        f'<svg viewBox="0 0 {_WIDTH} {height}" width="100%" role="img" '
        f'class="chart"><title>{escape(chart.title)}</title>{body}</svg>')


def _short(label: str, limit: int = 32) -> str:
    return label if len(label) <= limit else label[:limit - 1] + "…"
