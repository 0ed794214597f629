"""Helpers of the watch tests: a feed server on 127.0.0.1 (ports 21000-21999), started and stopped by each test.

It serves RSS feeds, sitemaps and article pages built from examples/articles,
answers If-None-Match with 304, can be told to fail or to be slow, and records
every request (path, headers, body) so a test can count what was fetched.
"""

from __future__ import annotations

import html
import os
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"
PORTS = range(21000, 22000)


@dataclass
class Route:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    etag: str | None = None
    status: int = 200
    delay: float = 0.0
    headers: dict[str, str] | None = None


@dataclass(frozen=True)
class Hit:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class FeedServer:
    """Routes by path; ``hits`` lists every request received."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[Hit] = []
        self._lock = threading.Lock()
        self._server = _bind(self)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def count(self, path: str) -> int:
        with self._lock:
            return sum(1 for hit in self.hits if hit.path == path and hit.method == "GET")

    def record(self, hit: Hit) -> None:
        with self._lock:
            self.hits.append(hit)

    def start(self) -> FeedServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    # --- content ---------------------------------------------------------------------------------------

    def article(self, name: str) -> str:
        """Serve examples/articles/<name>.txt as an HTML page; its path."""
        path = f"/articles/{name}.html"
        self.routes[path] = Route(article_page(EXAMPLES / f"{name}.txt"))
        return path

    def feed(self, path: str, article_paths: list[str], etag: str | None = None) -> None:
        """An RSS feed at ``path`` whose items link to ``article_paths``."""
        self.routes[path] = Route(rss(self, article_paths), "application/rss+xml", etag=etag)


def article_page(text_file: Path) -> bytes:
    lines = [line for line in text_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    title, paragraphs = lines[0], lines[1:]
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head>"
            f"<body><article><h1>{html.escape(title)}</h1>{body}</article></body></html>").encode()


def rss(server: FeedServer, article_paths: list[str]) -> bytes:
    day = datetime(2024, 5, 1, tzinfo=UTC)
    items = "".join(
        f"<item><title>Item {n}</title><link>{server.url(path)}</link><guid>{server.url(path)}</guid>"
        f"<pubDate>{(day + timedelta(days=n)):%a, %d %b %Y %H:%M:%S +0000}</pubDate>"
        f"<description>Summary of item {n}.</description></item>"
        for n, path in enumerate(article_paths))
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Test feed</title>"
            f"<link>{server.url('/')}</link><description>test</description>{items}</channel></rss>").encode()


def sitemap(server: FeedServer, article_paths: list[str]) -> bytes:
    urls = "".join(f"<url><loc>{server.url(path)}</loc></url>" for path in article_paths)
    return (f"<?xml version='1.0' encoding='UTF-8'?>"
            f"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{urls}</urlset>").encode()


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        feeds = self.server.feeds
        feeds.record(Hit("GET", self.path, dict(self.headers.items()), b""))
        route = feeds.routes.get(self.path)
        if route is None:
            self._send(404, b"not found", "text/plain")
            return
        if route.delay:
            time.sleep(route.delay)
        if route.status != 200:
            self._send(route.status, b"failing on purpose", "text/plain", route.headers)
            return
        if route.etag is not None and self.headers.get("If-None-Match") == route.etag:
            self.send_response(304)
            self.send_header("ETag", route.etag)
            self.end_headers()
            return
        extra = {"ETag": route.etag} if route.etag else {}
        self._send(200, route.body, route.content_type, extra)

    def do_POST(self) -> None:
        length = min(int(self.headers.get("Content-Length") or 0), 1_000_000)
        self.server.feeds.record(Hit("POST", self.path, dict(self.headers.items()), self.rfile.read(length)))
        self._send(204, b"", "text/plain")

    def _send(self, status: int, body: bytes, content_type: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if body:
            self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    feeds: FeedServer

    def handle_error(self, request: object, client_address: object) -> None:
        """A client gone mid-answer (the watch killed on purpose) is no error of the server."""


def _bind(feeds: FeedServer) -> _Server:
    """The first free port of 21000-21999, starting at one that depends on the process (parallel runs)."""
    start = os.getpid() % len(PORTS)
    for i in range(len(PORTS)):
        port = PORTS[(start + i) % len(PORTS)]
        try:
            server = _Server(("127.0.0.1", port), _Handler)
        except OSError:
            continue
        server.feeds = feeds
        return server
    raise RuntimeError("no free port in 21000-21999")


class Clock:
    """A settable UTC clock for the watcher's schedule."""

    def __init__(self) -> None:
        self.now = datetime(2025, 1, 1, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)
