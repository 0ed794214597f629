"""A polite HTTP client for watching: conditional GET, a delay per host, a User-Agent that names the tool.

Polite means what feed publishers ask of aggregators: send back the ETag and
Last-Modified of the last answer so that an unchanged feed costs a 304 and no
body; never hit one host twice within ``host_delay`` seconds; say who is
asking. Redirects are followed a few hops, each target checked like the first
URL (public addresses only, unless private ones are allowed).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx

from crossreach import __version__
from crossreach.ingest.web import FetchError, check_public_url

USER_AGENT = f"crossreach/{__version__} (feed watcher; polls politely, honours ETag and Last-Modified)"
_MAX_REDIRECTS = 5


@dataclass(frozen=True, slots=True)
class Answer:
    """One response: ``status`` 200 with a body, or 304 (unchanged) without one."""

    status: int
    body: bytes
    content_type: str
    etag: str | None
    last_modified: str | None


class HttpError(FetchError):
    """An answer with an error status; ``retry_after`` is the server's Retry-After in seconds, if any."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class PoliteClient:
    """One connection pool for a watch run; ``clock`` and ``sleep`` are injectable for tests."""

    def __init__(self, *, host_delay: float = 2.0, timeout: float = 20.0, max_bytes: int = 20 * 1024 * 1024,
                 allow_private: bool = False, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.host_delay = host_delay
        self.max_bytes = max_bytes
        self.allow_private = allow_private
        self._clock, self._sleep = clock, sleep
        self._last_request: dict[str, float] = {}
        self._client = httpx.Client(timeout=timeout, follow_redirects=False, headers={"User-Agent": USER_AGENT})

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Answer:
        """GET ``url`` conditionally; FetchError (HttpError for an error status) when it cannot be had."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        for _hop in range(_MAX_REDIRECTS + 1):
            if not self.allow_private:
                check_public_url(url)
            self._wait_for_host(url)
            try:
                with self._client.stream("GET", url, headers=headers) as response:
                    if response.is_redirect and "location" in response.headers:
                        url = urljoin(url, response.headers["location"])
                        continue
                    if response.status_code == 304:
                        return Answer(304, b"", "", etag, last_modified)
                    if response.status_code >= 400:
                        raise HttpError(f"HTTP {response.status_code}", _retry_after(response.headers))
                    body = self._read(response)
                    return Answer(response.status_code, body, response.headers.get("content-type", "").lower(),
                                  response.headers.get("etag"), response.headers.get("last-modified"))
            except httpx.HTTPError as exc:
                raise FetchError(f"could not fetch: {exc.__class__.__name__}: {exc}") from exc
        raise FetchError(f"more than {_MAX_REDIRECTS} redirects")

    def post_json(self, url: str, payload: object) -> None:
        """POST ``payload`` as JSON (a digest to a webhook); FetchError unless it answers 2xx."""
        if not self.allow_private:
            check_public_url(url)
        self._wait_for_host(url)
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        try:
            response = self._client.post(url, content=body, headers={"Content-Type": "application/json"})
        except httpx.HTTPError as exc:
            raise FetchError(f"could not post to the webhook: {exc}") from exc
        if not response.is_success:
            raise HttpError(f"the webhook answered HTTP {response.status_code}")

    def _read(self, response: httpx.Response) -> bytes:
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(f"response is over the {self.max_bytes // (1024 * 1024)} MiB limit")
            chunks.append(chunk)
        return b"".join(chunks)

    def _wait_for_host(self, url: str) -> None:
        """Sleep until ``host_delay`` seconds have passed since the last request to the same host."""
        host = urlsplit(url).netloc.lower()
        last = self._last_request.get(host)
        if last is not None:
            wait = last + self.host_delay - self._clock()
            if wait > 0:
                self._sleep(wait)
        self._last_request[host] = self._clock()


def _retry_after(headers: httpx.Headers) -> float | None:
    """Retry-After in seconds (a number of seconds or an HTTP date), when the server sent one."""
    value = headers.get("retry-after")
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - time.time())

