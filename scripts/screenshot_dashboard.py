"""Retake the README's dashboard screenshot (docs/dashboard.png) over the example corpus.

Builds a fresh knowledge base from ``examples/articles`` (or uses ``--db``), serves it read-only on
loopback, and photographs a page in Debian's headless Chromium through Playwright (the browser tests'
set-up: no ``playwright install``, every request off this machine refused). Before the photograph it
checks the README's promises on that knowledge base: the museum viewers comparison names no followers
and no gain (its rows are printed, for a person to read too), and the Douyin page shows as many figures as
the API returns.

Usage: .venv/bin/python scripts/screenshot_dashboard.py [--db kb.db] [--page /] [--out docs/dashboard.png]
"""

from __future__ import annotations

import argparse
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@contextmanager
def serve(db_url: str) -> Iterator[str]:
    """The app under uvicorn in a thread, read-only, on a free loopback port."""
    import uvicorn

    from crossreach.interfaces.api import create_app

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(create_app(db_url, read_only=True), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    if not server.started:
        raise SystemExit("error: the server did not start")
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def build_example_kb(folder: Path) -> Path:
    """A fresh knowledge base of the example corpus, as the README's first command builds it."""
    db = folder / "example.db"
    subprocess.run([str(Path(sys.executable).parent / "crossreach"), "--db", str(db), "ingest",
                    "examples/articles", "--quiet"], check=True, cwd=ROOT)
    return db


def check_promises(page: object, base_url: str) -> list[str]:
    """What the README promises of the example corpus and the dashboard does not keep."""
    import httpx

    broken = []
    page.goto(base_url + "/compare?kind=viewers&category=museum")  # type: ignore[attr-defined]
    table = page.locator("table.facts").inner_text()  # type: ignore[attr-defined]
    kinds = set(re.findall(r"\b(followers|fans|gain)\b", table))
    if kinds:
        broken.append(f"/compare?kind=viewers&category=museum shows {', '.join(sorted(kinds))}")
    print(f"/compare?kind=viewers&category=museum:\n{table}")
    profile = httpx.get(base_url + "/api/entities/Douyin", timeout=30).json()
    expected = sum(len(rows) for part in ("metrics", "platform_metrics") for rows in profile[part].values())
    page.goto(base_url + "/entity/Douyin")  # type: ignore[attr-defined]
    shown = page.locator("#metrics a.figure, #measured-on a.figure").count()  # type: ignore[attr-defined]
    if shown != expected:
        broken.append(f"/entity/Douyin shows {shown} figures, the API returns {expected}")
    return broken


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a knowledge base (default: a fresh one of examples/articles)")
    parser.add_argument("--page", default="/", help="the dashboard page to photograph")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "dashboard.png")
    parser.add_argument("--width", type=int, default=1280)
    args = parser.parse_args()
    if not CHROMIUM.exists():
        print(f"error: {CHROMIUM} is missing (Debian's chromium package)", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or build_example_kb(Path(tmp))
        with serve(f"sqlite:///{db}") as base_url, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
            context = browser.new_context(viewport={"width": args.width, "height": 900}, device_scale_factor=1)
            context.route(re.compile(r"^(?!http://127\.0\.0\.1:)"), lambda route: route.abort())
            page = context.new_page()
            broken = check_promises(page, base_url)
            page.goto(base_url + args.page)
            if page.locator(".chart").count():
                page.wait_for_function("() => [...document.querySelectorAll('.chart')]"
                                       ".every(c => c.dataset.ready === 'true')", timeout=20000)
            args.out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(args.out), full_page=True)
            browser.close()
    for line in broken:
        print(f"error: {line}", file=sys.stderr)
    print(f"wrote {args.out}")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
