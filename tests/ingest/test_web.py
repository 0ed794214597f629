"""Fetching by URL: redirects are followed (at most five) and every hop is checked for private addresses.

The network is httpx's MockTransport and name resolution a table, so nothing leaves the machine.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from crossreach.ingest import Article, Skipped, read_inputs
from crossreach.ingest.web import MAX_REDIRECTS, FetchError, fetch

#: Where the test's host names resolve: two public addresses (documentation ranges are not global,
#: so these are real public ones that are never contacted) and private ones.
ADDRESSES = {"news.example": "93.184.216.34", "short.example": "151.101.1.1", "intranet.example": "10.1.2.3",
             "rebind.example": "127.0.0.1", "metadata.example": "169.254.169.254"}
PAGE = ("<html><head><title>Burberry on Tencent</title></head><body><article><p>"
        + "Burberry said its first livestream on Tencent drew more than 3 million viewers. " * 3
        + "</p></article></body></html>").encode()


@pytest.fixture(autouse=True)
def resolver(monkeypatch: pytest.MonkeyPatch) -> None:
    def getaddrinfo(host: str, port: int, *args: object, **kwargs: object) -> list:
        if host not in ADDRESSES:
            raise socket.gaierror(f"unknown host {host}")
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ADDRESSES[host], port))]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


def _site(routes: dict[str, tuple[int, str | None]]) -> httpx.MockTransport:
    """A fake web: URL -> (status, Location); any other URL is the article page."""

    def handle(request: httpx.Request) -> httpx.Response:
        status, location = routes.get(str(request.url), (200, None))
        if status == 200:
            return httpx.Response(200, content=PAGE, headers={"content-type": "text/html"})
        return httpx.Response(status, headers={"location": location} if location else {})

    return httpx.MockTransport(handle)


def _fetch(url: str, routes: dict[str, tuple[int, str | None]], allow_private: bool = False):
    return fetch(url, 1_000_000, allow_private=allow_private, transport=_site(routes))


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_is_followed_to_the_article(status: int) -> None:
    fetched = _fetch("http://short.example/a", {"http://short.example/a": (status, "https://news.example/story")})
    assert fetched.body == PAGE and fetched.url == "https://news.example/story"


def test_relative_locations_and_chains_up_to_the_limit_are_followed() -> None:
    routes = {f"https://news.example/{i}": (301, f"/{i + 1}") for i in range(MAX_REDIRECTS)}
    assert _fetch("https://news.example/0", routes).url == f"https://news.example/{MAX_REDIRECTS}"


def test_more_redirects_than_the_limit_are_refused() -> None:
    routes = {f"https://news.example/{i}": (302, f"/{i + 1}") for i in range(MAX_REDIRECTS + 1)}
    with pytest.raises(FetchError, match=f"more than {MAX_REDIRECTS} redirects"):
        _fetch("https://news.example/0", routes)


@pytest.mark.parametrize(
    ("target", "hop_says"),
    [
        ("http://rebind.example/admin", "127.0.0.1"),
        ("http://intranet.example/", "10.1.2.3"),
        ("http://metadata.example/latest/meta-data", "169.254.169.254"),
        ("http://127.0.0.1:8080/", "127.0.0.1"),
        ("http://[::1]/", "::1"),
        ("file:///etc/passwd", "only http and https"),
    ],
)
def test_a_redirect_to_a_private_address_is_refused_naming_the_hop(target: str, hop_says: str) -> None:
    routes = {"https://news.example/a": (301, "https://news.example/b"), "https://news.example/b": (302, target)}
    with pytest.raises(FetchError) as refused:
        _fetch("https://news.example/a", routes)
    message = str(refused.value)
    assert f"redirect 2 of https://news.example/a to {target}" in message and hop_says in message


def test_a_redirect_to_a_private_address_is_followed_when_allowed() -> None:
    routes = {"https://news.example/a": (301, "http://intranet.example/story")}
    assert _fetch("https://news.example/a", routes, allow_private=True).url == "http://intranet.example/story"


def test_a_redirect_without_location_and_an_http_error_are_clear() -> None:
    with pytest.raises(FetchError, match="without a Location"):
        _fetch("https://news.example/a", {"https://news.example/a": (301, None)})
    with pytest.raises(FetchError, match=r"redirect 1 .* HTTP 404"):
        _fetch("https://news.example/a", {"https://news.example/a": (301, "/gone"),
                                          "https://news.example/gone": (404, None)})


@pytest.fixture
def loopback() -> Iterator[Callable[[str], str]]:
    """A real HTTP server on loopback: /old redirects to /new, which is the article."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/old":
                self.send_response(301)
                self.send_header("Location", "/new")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(PAGE)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield lambda path: f"http://127.0.0.1:{server.server_address[1]}{path}"
    server.shutdown()
    server.server_close()


def test_ingest_of_a_redirected_url_reads_the_article_it_lands_on(loopback: Callable[[str], str],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # the real resolver: this server is on loopback
    [item] = list(read_inputs([loopback("/old")], allow_private_urls=True))
    assert isinstance(item, Article)
    assert item.source == loopback("/old") and item.url == loopback("/new")
    assert "3 million viewers" in item.text
    [refused] = list(read_inputs([loopback("/old")]))
    assert isinstance(refused, Skipped) and "refused" in refused.reason
