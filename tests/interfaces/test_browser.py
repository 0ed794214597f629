"""The dashboard in headless Chromium (Debian's, driven by Playwright): over the dev corpus, from the
overview to an entity page, from a figure to the sentence it was read from. Screenshots are saved in
``artifacts/screenshots/`` at the repository root.

Skipped when /usr/bin/chromium is missing, unless CROSSREACH_REQUIRE_BROWSER is set (CI sets it).
"""

from __future__ import annotations

import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


def _require_browser() -> None:
    if CHROMIUM.exists():
        return
    if os.environ.get("CROSSREACH_REQUIRE_BROWSER"):
        pytest.fail(f"{CHROMIUM} is missing but CROSSREACH_REQUIRE_BROWSER asks for the browser tests")
    pytest.skip(f"no {CHROMIUM} (Debian's chromium package) on this machine")


@pytest.fixture(scope="module")
def base_url(fixed_db: str) -> Iterator[str]:
    """The app over the dev corpus, under uvicorn in a thread, on a free loopback port."""
    import uvicorn

    from crossreach.api import create_app

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(fixed_db, read_only=True), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    _require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh page that records script errors and refuses every request off this machine."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, device_scale_factor=1)
    context.route(re.compile(r"^(?!http://127\.0\.0\.1:)"), lambda route: route.abort())
    tab = context.new_page()
    tab.errors = []
    tab.on("pageerror", lambda error: tab.errors.append(str(error)))
    tab.on("console", lambda message: tab.errors.append(message.text) if message.type == "error" else None)
    tab.on("dialog", lambda dialog: (tab.errors.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    yield tab
    context.close()


def _shot(tab: Any, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    tab.screenshot(path=str(path), full_page=True)
    return path


def _charts_drawn(tab: Any) -> int:
    """Wait until every chart of the page is drawn by plotly.js; how many there are."""
    charts = tab.locator(".chart")
    count = int(charts.count())
    if count:
        tab.wait_for_function(
            "() => [...document.querySelectorAll('.chart')].every(c => c.dataset.ready === 'true')", timeout=20000)
        assert tab.locator(".chart .main-svg").count() >= count
    return count


def test_the_overview_loads_offline(page: Any, base_url: str) -> None:
    page.goto(base_url + "/")
    assert page.locator("h1").inner_text() == "Knowledge base"
    documents = page.locator(".count", has_text="documents").first.locator(".n").inner_text()
    assert documents == "30"
    assert _charts_drawn(page) == 1
    assert page.locator(".fact-list li").count() > 0
    _shot(page, "overview")
    assert page.errors == []


def test_from_an_entity_page_to_the_source_sentence_of_a_figure(page: Any, base_url: str) -> None:
    page.goto(base_url + "/")
    page.get_by_role("link", name="Entities").first.click()
    page.get_by_placeholder("any alias, any script").fill("快手")
    page.get_by_role("button", name="Filter").click()
    page.get_by_role("link", name="Kuaishou", exact=True).first.click()
    page.wait_for_url(re.compile(r"/entity/Kuaishou$"))
    assert page.locator("h1").inner_text() == "Kuaishou"
    assert _charts_drawn(page) >= 2  # the DAU timeline and the partnership network
    _shot(page, "entity_kuaishou")

    figure = page.locator("#kind-dau a.figure").first
    shown = figure.inner_text()
    figure.click()
    page.wait_for_url(re.compile(r"/facts/\d+$"))
    assert page.locator(".figure-value").first.inner_text() == shown
    marked = page.locator("blockquote.sentence mark").first
    assert marked.is_visible()
    assert marked.inner_text().strip() in page.locator("blockquote.sentence").first.inner_text()
    _shot(page, "fact_source")
    assert page.errors == []


def test_a_click_on_a_chart_point_opens_its_source(page: Any, base_url: str) -> None:
    page.goto(base_url + "/entity/Kuaishou")
    _charts_drawn(page)
    point = page.locator("#kind-dau .chart .scatterlayer .point").first
    point.click(force=True)
    page.wait_for_url(re.compile(r"/facts/\d+$"), timeout=10000)
    assert page.locator("blockquote.sentence mark").count() >= 1
    assert page.errors == []


def test_leaderboard_filters_and_the_comparison_chart(page: Any, base_url: str) -> None:
    page.goto(base_url + "/leaderboard")
    page.locator("select[name=kind]").select_option("viewers")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url(re.compile(r"kind=viewers"))
    kinds = page.locator("table.facts tbody tr td:nth-child(3)").all_inner_texts()
    assert kinds and all(k.startswith("viewers") for k in kinds)
    assert _charts_drawn(page) == 1
    _shot(page, "leaderboard_viewers")

    page.goto(base_url + "/compare?kind=viewers&category=museum")
    assert _charts_drawn(page) == 1
    assert page.locator(".chart .barlayer .point").count() >= 2
    _shot(page, "compare_museum_viewers")
    assert page.errors == []
