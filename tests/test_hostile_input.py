"""Hostile and pathological input: every case ends, in bounded time, with an article or one clear reason.

``within`` turns a runaway (a hang, catastrophic regex backtracking) into a
failure instead of a stuck suite; it is a guard, not a speed measurement.
"""

from __future__ import annotations

import threading
from contextlib import AbstractContextManager, suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import guards
from crossreach.domain import load_domain
from crossreach.ingest import Article, Skipped, prepare, read_inputs
from crossreach.ingest.html import read_feed, read_html
from crossreach.pipeline import extract

GUARD_SECONDS = 60


def within(seconds: int = GUARD_SECONDS) -> AbstractContextManager[None]:
    return guards.within(seconds, "the input")


def _ingest_file(tmp_path: Path, name: str, data: bytes) -> list[Article | Skipped]:
    path = tmp_path / name
    path.write_bytes(data)
    with within():
        items = list(read_inputs([str(path)]))
        for item in items:
            if isinstance(item, Article):
                extract(prepare(item), load_domain())
    return items


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("long_line.txt", ("Tencent Weibo 3,8 millions de vues " * 3000).encode()),
        ("no_spaces.txt", b"x" * 100_000),
        ("million_digits.txt", b"Views: " + b"9" * 1_000_000 + b" views."),
        ("many_numbers.txt", (" ".join(str(i) + "," + str(i) for i in range(20_000))).encode()),
        ("bidi.txt", "Weibo \u202eصفحة\u202c 2 million \u200b\u200b views, 阿里巴巴 \u2066مرحبا\u2069.".encode()),
        ("nested.html", b"<html><body>" + b"<div>" * 50_000 + b"deep text" + b"</div>" * 50_000 + b"</body></html>"),
        ("unclosed.html", b"<html><body><article><p>" + b"<b><i>" * 20_000 + b"text"),
    ],
)
def test_pathological_inputs_finish_with_an_article_or_a_reason(tmp_path: Path, name: str, data: bytes) -> None:
    items = _ingest_file(tmp_path, name, data)
    assert items
    assert all(isinstance(i, Article) or (isinstance(i, Skipped) and i.reason) for i in items)


def test_xml_entity_expansion_in_a_feed_is_not_expanded(tmp_path: Path) -> None:
    laughs = "\n".join(f'<!ENTITY l{i} "{"&l" + str(i - 1) + ";" * 1}' + f'{("&l" + str(i - 1) + ";") * 9}">'
                       for i in range(1, 10))
    feed = f"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY l0 "lol">
{laughs}
]>
<rss version="2.0"><channel><title>t</title><item><title>&l9;</title><description>x</description></item>
</channel></rss>"""
    with within():
        try:
            entries = read_feed(feed.encode())
        except ValueError:
            return  # refused: fine
    assert all(len(e.text) < 1_000_000 for e in entries)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.binary(max_size=4096))
def test_random_bytes_never_crash_the_readers(data: bytes) -> None:
    for reader in (_as_html, _as_feed):
        with within(10):
            reader(data)


def _as_html(data: bytes) -> None:
    with suppress(ValueError):  # NoArticleError: a clear refusal is fine
        read_html(data.decode("utf-8", errors="replace"))


def _as_feed(data: bytes) -> None:
    with suppress(ValueError):  # FeedError: a clear refusal is fine
        read_feed(data)


@settings(max_examples=80, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(max_size=600), st.sampled_from(["en", "it", "fr", "de", "es", "pt", "zh"]))
def test_random_text_never_crashes_the_pipeline(text: str, lang: str) -> None:
    with within(10):
        extract(prepare(Article(source="fuzz", text=text or "x", lang=lang)), load_domain())


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:9/article", "http://localhost/article", "http://10.1.2.3/article",
     "http://192.168.0.10/a", "http://[::1]/a", "http://169.254.169.254/latest/meta-data", "ftp://example.org/a"],
)
def test_urls_to_private_addresses_are_refused_without_a_request(url: str) -> None:
    [item] = list(read_inputs([url]))
    assert isinstance(item, Skipped)
    assert "refused" in item.reason or "only http" in item.reason


def test_loopback_url_is_fetched_when_allowed() -> None:
    body = ("<html><head><title>Louvre on Weibo</title></head><body><article><p>"
            + "The Louvre gained 224,000 followers on Weibo during the lockdown. " * 3
            + "</p></article></body></html>").encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/a"
        [refused] = list(read_inputs([url]))
        [allowed] = list(read_inputs([url], allow_private_urls=True))
    finally:
        server.shutdown()
        server.server_close()
    assert isinstance(refused, Skipped)
    assert isinstance(allowed, Article) and "224,000 followers" in allowed.text
