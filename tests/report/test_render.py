"""The briefing as files: one self-contained HTML page (shown in headless Chromium) and a PDF (rendered by
pdftoppm). Images are saved in ``artifacts/screenshots/`` at the repository root.

The browser test is skipped when /usr/bin/chromium is missing, and the PDF one when pdftoppm is, unless
CROSSREACH_REQUIRE_BROWSER is set (CI sets it and installs both).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from crossreach.report import entity_briefing, render_html, write_report
from crossreach.store import KnowledgeBase, open_knowledge_base

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
NOW = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


def _require(tool: Path | str | None, what: str) -> None:
    if tool is not None and Path(tool).exists():
        return
    if os.environ.get("CROSSREACH_REQUIRE_BROWSER"):
        pytest.fail(f"{what} is missing but CROSSREACH_REQUIRE_BROWSER asks for the rendering tests")
    pytest.skip(f"no {what} on this machine")


@pytest.fixture(scope="module")
def kb(example_db: str) -> KnowledgeBase:
    return open_knowledge_base(example_db)


@pytest.fixture(scope="module")
def report(kb: KnowledgeBase, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The Louvre's briefing (figures, a conflict, partners, people), HTML and PDF."""
    folder = tmp_path_factory.mktemp("report")
    return write_report(entity_briefing(kb, "Louvre", NOW), kb, folder / "louvre.html")


def test_the_html_is_self_contained(kb: KnowledgeBase) -> None:
    html = render_html(entity_briefing(kb, "Kuaishou", NOW), kb)
    assert "<svg" in html
    for outside in ("<script", "<link", "<img", "<iframe", "src=", "url(", "@import", "://"):
        assert outside not in html, outside
    # every citation mark points at a citation of the page
    marks = set(re.findall(r'href="#(cite-\d+)"', html))
    anchors = set(re.findall(r'id="(cite-\d+)"', html))
    assert marks and marks == anchors


def test_chromium_shows_the_report_and_fetches_nothing(report: list[Path]) -> None:
    _require(CHROMIUM, str(CHROMIUM))
    from playwright.sync_api import sync_playwright

    html_path = report[0]
    requested: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1000, "height": 1400})
            page.on("request", lambda request: requested.append(request.url))
            page.goto(html_path.as_uri())
            assert page.locator("h1").inner_text() == "Louvre"
            assert page.locator("svg.chart").count() >= 1
            assert page.locator("ol.citations li").count() >= 5
            box = page.locator("svg.chart").first.bounding_box()
            assert box is not None and box["width"] > 300 and box["height"] > 50
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            shot = SCREENSHOTS / "report.png"
            page.screenshot(path=str(shot), full_page=False)
        finally:
            browser.close()
    assert requested == [html_path.as_uri()]
    assert shot.stat().st_size > 20_000


def test_pdftoppm_renders_the_first_page_of_the_pdf(report: list[Path], tmp_path: Path) -> None:
    pdftoppm = shutil.which("pdftoppm")
    _require(pdftoppm, "pdftoppm (poppler-utils)")
    pdf = report[1]
    assert pdf.suffix == ".pdf" and pdf.read_bytes().startswith(b"%PDF")
    subprocess.run([str(pdftoppm), "-f", "1", "-l", "1", "-r", "50", "-png", "-singlefile", str(pdf),
                    str(tmp_path / "page")], check=True, timeout=120)
    image = tmp_path / "page.png"
    data = image.read_bytes()
    assert data.startswith(b"\x89PNG")
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert height > width > 300            # a portrait A4 page
    assert len(data) > 10_000              # not a blank page: text, a chart and a table compress to more
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(image, SCREENSHOTS / "report-pdf-page1.png")
