"""Fetching articles by URL (not used by the tests, which never touch the network)."""

from __future__ import annotations

import httpx


class FetchError(OSError):
    """A URL could not be fetched."""


def fetch(url: str, max_bytes: int, timeout: float = 20.0) -> tuple[bytes, str]:
    """The body of ``url`` and its content type; FetchError when that fails or is too large."""
    try:
        with httpx.stream("GET", url, timeout=timeout, follow_redirects=True,
                          headers={"User-Agent": "crossreach"}) as response:
            response.raise_for_status()
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"response is over the {max_bytes / 1e6:.0f} MB limit")
                chunks.append(chunk)
            return b"".join(chunks), response.headers.get("content-type", "").lower()
    except httpx.HTTPError as exc:
        raise FetchError(f"could not fetch: {exc}") from exc
