"""Fetching articles by URL (the tests never touch the network).

By default a URL whose host resolves to a loopback, private, link-local or
otherwise non-public address is refused, so that a server running crossreach
cannot be made to read the machine's own or its network's internal services.
"""

from __future__ import annotations

import ipaddress
import socket
from typing import Any, NamedTuple
from urllib.parse import SplitResult, urljoin, urlsplit


class FetchError(OSError):
    """A URL could not be fetched, or was refused."""


#: Redirects followed at most; news URLs often take one or two (http to https, a short link, a canonical path).
MAX_REDIRECTS = 5
_REDIRECTS = (301, 302, 303, 307, 308)


class Fetched(NamedTuple):
    """A fetched body, its content type, and the URL it was finally read from (after redirects)."""

    body: bytes
    content_type: str
    url: str


def check_public_url(url: str) -> None:
    """FetchError unless every address the URL's host resolves to is a public one."""
    parts = _http_parts(url)
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
    except (socket.gaierror, UnicodeError, ValueError) as exc:
        raise FetchError(f"cannot resolve host {parts.hostname!r}") from exc
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if not address.is_global:
            raise FetchError(f"refused: {parts.hostname} is a private or loopback address ({address}); "
                             "allow it with --allow-private-urls")


def _http_parts(url: str) -> SplitResult:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 -- a port out of range raises here, not later inside the client
    except ValueError as exc:
        raise FetchError(f"not a valid URL: {exc}") from exc
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError("only http and https URLs with a host can be fetched")
    return parts


def fetch(url: str, max_bytes: int, timeout: float = 20.0, allow_private: bool = False,
          transport: Any = None) -> Fetched:
    """The body of ``url`` after at most ``MAX_REDIRECTS`` redirects; FetchError when that fails, is refused
    or is too large. Every hop is checked as the first one was (a public page may redirect to the machine's
    own services), and an error names the hop it happened at. ``transport`` is httpx's, for tests."""
    import httpx  # here, not at the top: only URLs need it, and loading it is slow

    current = url
    try:
        with httpx.Client(timeout=timeout, follow_redirects=False, headers={"User-Agent": "crossreach"},
                          transport=transport) as client:
            for hop in range(MAX_REDIRECTS + 1):
                where = f"redirect {hop} of {url} to {current}: " if hop else ""
                try:
                    _http_parts(current)
                    if not allow_private:
                        check_public_url(current)
                except FetchError as exc:
                    raise FetchError(f"{where}{exc}") from exc
                with client.stream("GET", current) as response:
                    if response.status_code in _REDIRECTS:
                        location = response.headers.get("location")
                        if not location:
                            raise FetchError(f"{where}HTTP {response.status_code} without a Location header")
                        current = urljoin(current, location)
                        continue
                    if response.status_code >= 400:
                        raise FetchError(f"{where}HTTP {response.status_code} {response.reason_phrase}".strip())
                    return Fetched(_body(response, max_bytes), response.headers.get("content-type", "").lower(),
                                   current)
    except httpx.HTTPError as exc:
        raise FetchError(f"could not fetch {current}: {exc}") from exc
    raise FetchError(f"more than {MAX_REDIRECTS} redirects from {url} (the last to {current})")


def _body(response: Any, max_bytes: int) -> bytes:
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"response is over the {max_bytes // (1024 * 1024)} MiB limit")
        chunks.append(chunk)
    return b"".join(chunks)
