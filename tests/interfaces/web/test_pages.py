"""The dashboard's pages over the example corpus, without a browser (the browser tests use fixed records)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from crossreach.interfaces.api import create_app


@pytest.fixture(scope="module")
def example(example_db: str) -> Iterator[TestClient]:
    with TestClient(create_app(example_db, read_only=True)) as client:
        yield client


def _section(html: str, section_id: str) -> str:
    """The inner HTML of a top-level ``<section id=...>`` (its nested sections included)."""
    start = html.find(f'<section id="{section_id}">')
    if start < 0:
        return ""
    depth, position = 0, start
    for tag in re.finditer(r"<(/?)section\b", html[start:]):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            position = start + tag.end()
            break
    return html[start:position]


@pytest.mark.parametrize("platform", ["Douyin", "Weibo", "Kuaishou"])
def test_a_platform_page_shows_every_figure_its_api_profile_returns(example: TestClient, platform: str) -> None:
    profile = example.get(f"/api/entities/{platform}").json()
    expected = sum(len(rows) for part in ("metrics", "platform_metrics") for rows in profile[part].values())
    html = example.get(f"/entity/{platform}").text
    shown = sum(_section(html, part).count('class="figure"') for part in ("metrics", "measured-on"))
    assert expected > 0 and shown == expected


def test_the_museum_comparison_holds_totals_only(example: TestClient) -> None:
    rows = example.get("/api/metrics", params={"kind": "viewers", "category": "museum", "limit": 200}).json()
    html = example.get("/compare", params={"kind": "viewers", "category": "museum"}).text
    assert rows["items"] and html.count('class="figure"') == len(rows["items"])
    assert all(item["kind"] == "viewers" and item["aspect"] == "total" and not item["uncertain"]
               for item in rows["items"])
