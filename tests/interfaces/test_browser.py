"""The dashboard in headless Chromium (Debian's, driven by Playwright): over the fixed records of
``tests/fixed_records.py``, from the overview to an entity page, from a figure to the sentence it was read
from, the comparison, and the fact page's review buttons on a writable server. Screenshots are saved in
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
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from fixed_records import DOCUMENTS

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


#: Servers the browser tests start listen on a free port of this range.
PORTS = range(18000, 19000)


def _free_socket() -> socket.socket:
    for port in PORTS:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            sock.close()
            continue
        return sock
    raise RuntimeError(f"no free port in {PORTS.start}-{PORTS.stop - 1}")


@contextmanager
def _serve(db_url: str, read_only: bool) -> Iterator[str]:
    """The app under uvicorn in a thread, on a free loopback port."""
    import uvicorn

    from crossreach.interfaces.api import create_app

    sock = _free_socket()
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db_url, read_only=read_only), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the server did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture(scope="module")
def base_url(fixed_db: str) -> Iterator[str]:
    """The fixed records, served read-only."""
    with _serve(fixed_db, read_only=True) as url:
        yield url


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
    assert documents == str(len(DOCUMENTS))
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


def test_an_entity_page_shows_the_figures_measured_on_it(page: Any, base_url: str) -> None:
    import httpx

    profile = httpx.get(base_url + "/api/entities/Douyin", timeout=10).json()
    page.goto(base_url + "/entity/Douyin")
    assert _charts_drawn(page) >= 2   # its own DAU, and the viewers measured on it
    shown = page.locator("#metrics a.figure, #measured-on a.figure").count()
    assert shown == sum(len(rows) for part in ("metrics", "platform_metrics") for rows in profile[part].values())
    subjects = page.locator("#measured-on table.facts tbody tr td:nth-child(1)").all_inner_texts()
    assert {"Louvre", "British Museum"} <= set(subjects)
    # a line per subject, the uncertain figure apart
    assert page.locator("#on-viewers .chart .scatterlayer .trace").count() == 3
    assert page.get_by_text("part of ByteDance").count() == 1   # no link to a page that does not exist
    _shot(page, "entity_douyin")
    assert page.errors == []


def test_the_comparison_shows_totals_only(page: Any, base_url: str) -> None:
    page.goto(base_url + "/compare?kind=viewers&category=museum")
    assert _charts_drawn(page) == 1
    bars = page.locator(".chart .barlayer .point").count()
    assert bars == 4   # the Louvre on Douyin and Weibo, the British Museum on Douyin and Kuaishou
    table = page.locator("table.facts").inner_text()
    assert "176" not in table and "gain" not in table and "uncertain" not in table
    page.get_by_label("include gains and uncertain figures").check()
    page.get_by_role("button", name="Compare").click()
    page.wait_for_url(re.compile(r"uncertain=true"))
    _charts_drawn(page)
    assert "gain" in page.locator("table.facts").inner_text()
    assert page.errors == []


def test_the_fact_page_buttons_reject_and_fix(browser: Any, fixed_copy: str) -> None:
    with _serve(fixed_copy, read_only=False) as url:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        context.route(re.compile(r"^(?!http://127\.0\.0\.1:)"), lambda route: route.abort())
        tab = context.new_page()
        errors: list[str] = []
        tab.on("pageerror", lambda error: errors.append(str(error)))
        tab.goto(url + "/review")
        tab.locator("ul.fact-list a").first.click()
        tab.wait_for_url(re.compile(r"/facts/\d+$"))
        fact_url = tab.url
        tab.get_by_label("reason").fill("a forecast, not a figure")
        tab.get_by_role("button", name="Reject").click()
        tab.wait_for_url(fact_url)
        assert tab.get_by_text("Rejected by a user").is_visible()
        assert "a forecast, not a figure" in tab.locator("ul.corrections").inner_text()
        _shot(tab, "fact_rejected")

        tab.goto(url + "/leaderboard?kind=viewers")
        tab.locator("table.facts a.figure").first.click()
        tab.wait_for_url(re.compile(r"/facts/\d+$"))
        tab.locator("select[name=kind]").select_option("followers")
        tab.get_by_role("button", name="Fix").click()
        assert "followers" in tab.locator("ul.corrections").inner_text()
        assert tab.locator("dl.fact-fields").inner_text().count("followers") == 1
        context.close()
    assert errors == []


def test_the_api_docs_work_offline(page: Any, base_url: str) -> None:
    page.goto(base_url + "/docs")   # every request off this machine is refused by the page fixture
    page.wait_for_selector(".swagger-ui .opblock", timeout=20000)
    assert page.locator(".swagger-ui .opblock").count() >= 10
    assert "/api/metrics" in page.locator(".swagger-ui").inner_text()
    assert page.errors == []
