"""Fetching articles by URL (the tests never touch the network).

By default a URL whose host resolves to a loopback, private, link-local or
otherwise non-public address is refused, so that a server running crossreach
cannot be made to read the machine's own or its network's internal services.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit


class FetchError(OSError):
    """A URL could not be fetched, or was refused."""


def check_public_url(url: str) -> None:
    """FetchError unless every address the URL's host resolves to is a public one."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError("only http and https URLs with a host can be fetched")
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {parts.hostname!r}") from exc
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if not address.is_global:
            raise FetchError(f"refused: {parts.hostname} is a private or loopback address ({address}); "
                             "allow it with --allow-private-urls")


def fetch(url: str, max_bytes: int, timeout: float = 20.0, allow_private: bool = False) -> tuple[bytes, str]:
    """The body of ``url`` and its content type; FetchError when that fails, is refused or is too large."""
    import httpx  # here, not at the top: only URLs need it, and loading it is slow

    if not allow_private:
        check_public_url(url)
    try:
        with httpx.stream("GET", url, timeout=timeout, follow_redirects=False,
                          headers={"User-Agent": "crossreach"}) as response:
            response.raise_for_status()
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"response is over the {max_bytes // (1024 * 1024)} MiB limit")
                chunks.append(chunk)
            return b"".join(chunks), response.headers.get("content-type", "").lower()
    except httpx.HTTPError as exc:
        raise FetchError(f"could not fetch: {exc}") from exc
