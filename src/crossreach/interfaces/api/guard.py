"""Who may talk to a running server: a Host allow-list and same-origin writes (``crossreach serve``).

A server on loopback is still reachable from the user's browser, so two checks
run before any route:

- **Host.** A DNS-rebinding page makes the browser send its own name in the
  ``Host`` header; only the names the server was started for are answered
  (``--allowed-host``, by default the bind address and localhost), others get 400.
- **Cross-site writes.** A page on another origin can make the browser POST a
  form. A write (any method but GET, HEAD, OPTIONS) is refused with 403 when the
  browser says it comes from elsewhere: ``Sec-Fetch-Site`` other than
  ``same-origin`` or ``none``, or an ``Origin`` (else a ``Referer``) whose host is
  not the one the request was sent to. Clients that are no browser (curl, scripts)
  send none of these and pass; a page of the dashboard may instead send the token
  it holds in the ``X-Crossreach-Token`` header.
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.responses import JSONResponse

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: Methods a browser may send across sites without the server changing anything.
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
#: The header a page of the dashboard sends its token in.
TOKEN_HEADER = "x-crossreach-token"
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
#: Bind addresses that mean "every interface": no name of their own to allow.
_ANY_ADDRESS = ("0.0.0.0", "::", "")


def default_hosts(bind: str, extra: Iterable[str] = ()) -> tuple[str, ...]:
    """The Host names a server bound to ``bind`` answers: the bind address, localhost, and ``extra``."""
    names = [*LOCAL_HOSTS, *extra]
    if bind not in _ANY_ADDRESS:
        names.insert(0, bind)
    return tuple(dict.fromkeys(_bare(name) for name in names))


def new_token() -> str:
    """A fresh secret for one server's dashboard."""
    return secrets.token_urlsafe(32)


def _bare(host: str) -> str:
    """A host name as compared: lower case, without port or IPv6 brackets."""
    host = host.strip().lower()
    if host.startswith("[") and "]" in host:
        return host[1:host.index("]")]
    if host.count(":") == 1:
        return host.split(":", 1)[0]
    return host


def _netloc(url: str) -> str | None:
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return parts.netloc.lower() if parts.scheme in ("http", "https") and parts.netloc else None


class RequestGuard:
    """ASGI middleware for the Host allow-list and the cross-site write check; answers in the API's error
    shape."""

    def __init__(self, app: ASGIApp, allowed_hosts: Iterable[str] | None, token: str) -> None:
        self.app = app
        hosts = None if allowed_hosts is None else {_bare(h) for h in allowed_hosts}
        self.allowed_hosts = None if hosts is None or "*" in hosts else frozenset(hosts)
        self.token = token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        refusal = self.refusal(scope["method"], headers)
        if refusal is None:
            await self.app(scope, receive, send)
            return
        status, message = refusal
        await JSONResponse({"error": message, "detail": None}, status_code=status)(scope, receive, send)

    def refusal(self, method: str, headers: Headers) -> tuple[int, str] | None:
        """The status and message a request is refused with, or None when it may go on."""
        host = headers.get("host", "")
        if self.allowed_hosts is not None and _bare(host) not in self.allowed_hosts:
            return 400, (f"this server does not answer for host {host!r}; start it with "
                         f"--allowed-host {_bare(host) or 'NAME'} to allow it")
        if method.upper() in SAFE_METHODS:
            return None
        token = headers.get(TOKEN_HEADER)
        if token is not None and secrets.compare_digest(token.encode(), self.token.encode()):
            return None
        site = headers.get("sec-fetch-site")
        if site is not None and site.lower() not in ("same-origin", "none"):
            return 403, f"cross-site write refused (Sec-Fetch-Site: {site})"
        origin = headers.get("origin")
        if origin == "null" and site is not None:
            # A page whose referrer policy is no-referrer (the dashboard's) sends "Origin: null" with its own
            # forms; the browser's Sec-Fetch-Site, checked above, already says the write is same-origin.
            return None
        if origin is not None:
            if _netloc(origin) != host.lower():
                return 403, f"cross-origin write refused: Origin {origin!r} is not this server"
            return None
        referer = headers.get("referer")
        if referer is not None and _netloc(referer) != host.lower():
            return 403, "cross-origin write refused: the Referer is not a page of this server"
        return None
