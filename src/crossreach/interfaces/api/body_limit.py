"""Request bodies capped while they arrive: an ASGI middleware that answers 413 (``crossreach serve --max-upload``).

Content-Length is not trusted: a body with none, or a false one, is counted as it is read and stopped
when it goes over the limit (``BodyTooLarge``, which the app's error handlers turn into a 413).
"""

from __future__ import annotations

from starlette.responses import JSONResponse

from crossreach.interfaces.api.guard import ASGIApp, Message, Receive, Scope, Send


class BodyTooLarge(Exception):
    """A request body went over the limit while it was being read."""


class BodyLimit:
    """ASGI middleware: 413 for a declared Content-Length over the limit, and for any body that turns out
    longer than the limit (no or a false Content-Length) as it is read."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or ()).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            status = 413 if declared.isdigit() else 400
            await too_large(self.max_bytes, status)(scope, receive, send)
            return
        seen = 0

        async def counting() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise BodyTooLarge
            return message

        await self.app(scope, counting, send)


def too_large(max_bytes: int, status: int = 413) -> JSONResponse:
    """The answer to a body over the limit (413), or to a Content-Length that is no number (400)."""
    error = (f"request body is over the {max_bytes:,} byte limit" if status == 413
             else "Content-Length is not a number")
    return JSONResponse({"error": error, "detail": None}, status_code=status)
