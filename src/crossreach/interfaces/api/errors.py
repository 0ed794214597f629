"""One error shape for the API, ``{"error": "...", "detail": ...}`` with a 4xx status for bad input, and an
HTML error page for the dashboard's URLs; no traceback ever reaches a client."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from crossreach import query
from crossreach.interfaces.api.body_limit import BodyTooLarge, too_large
from crossreach.interfaces.web.pages import error_page


def error(status: int, message: str, detail: Any = None) -> JSONResponse:
    """The API's one error body."""
    return JSONResponse({"error": message, "detail": detail}, status_code=status)


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api") and request.url.path not in ("/openapi.json", "/docs")


def install_error_handlers(app: FastAPI) -> None:
    """Answer every error in the API's shape, or with an error page on the dashboard's URLs."""
    async def not_found(request: Request, exc: Exception) -> Response:
        suggestions = getattr(exc, "suggestions", None)
        if _wants_html(request):
            return error_page(request, 404, str(exc), suggestions or [])
        return error(404, str(exc), {"suggestions": suggestions} if suggestions is not None else None)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if _wants_html(request):
            return error_page(request, exc.status_code, str(exc.detail), [])
        return error(exc.status_code, str(exc.detail))

    async def invalid(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        problems = [_describe(e) for e in exc.errors()]
        if _wants_html(request):
            return error_page(request, 400, "; ".join(problems), [])
        return error(422, "; ".join(problems), problems)

    async def over_limit(request: Request, exc: Exception) -> Response:
        return too_large(request.app.state.settings.max_upload_bytes)

    async def unexpected(request: Request, exc: Exception) -> Response:
        # The server still logs the traceback (Starlette re-raises after this answer); the client gets no detail.
        return error(500, "internal error")

    app.add_exception_handler(query.EntityNotFound, not_found)
    app.add_exception_handler(query.FactNotFound, not_found)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(BodyTooLarge, over_limit)
    app.add_exception_handler(Exception, unexpected)


def _describe(problem: Any) -> str:
    """One line for a validation error: where, then what."""
    where = ".".join(str(part) for part in problem.get("loc", ()) if part not in ("query", "path", "body"))
    message = str(problem.get("msg", "invalid")).removeprefix("Value error, ")  # pydantic's prefix says nothing
    return f"{where}: {message}" if where else str(message)
