"""The inline SVG charts: well-formed whatever the labels and values, text escaped, short figures."""

from __future__ import annotations

import lxml.etree
import pytest
from hypothesis import given
from hypothesis import strategies as st

from crossreach.report.build import Chart
from crossreach.report.svg import compact, render_chart


@pytest.mark.parametrize(("value", "text"), [
    (49_000_000, "49M"), (1_250, "1.2K"), (320_000_000, "320M"), (2.5e9, "2.5B"), (12, "12"), (0.5, "0.5"),
    (1e12, "1T"),
])
def test_compact_figures(value: float, text: str) -> None:
    assert compact(value) == text


labels = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)
values = st.floats(min_value=0, max_value=1e13, allow_nan=False)


@given(st.sampled_from(["bars", "line"]), st.lists(st.tuples(labels, values), min_size=1, max_size=12))
def test_a_chart_is_well_formed_svg_with_every_label_escaped(kind: str, points: list[tuple[str, float]]) -> None:
    svg = str(render_chart(Chart("A <title> & more", kind, points)))
    root = lxml.etree.fromstring(svg.encode("utf-8"))
    assert root.tag == "svg"
    assert root.find("title").text == "A <title> & more"
    assert "<script" not in svg and "href" not in svg
    if kind == "bars":
        assert len(root.findall("rect")) == len(points)
    else:
        assert len(root.findall("circle")) == len(points)
