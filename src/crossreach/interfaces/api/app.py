"""The FastAPI app of ``crossreach serve``: the REST API under ``/api``, the dashboard at ``/``, the briefing
download, the error handlers, and the two middlewares (the body cap and the Host and same-origin guard)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from fastapi import FastAPI

from crossreach import __version__
from crossreach.interfaces.api.body_limit import BodyLimit
from crossreach.interfaces.api.errors import install_error_handlers
from crossreach.interfaces.api.guard import RequestGuard, new_token
from crossreach.interfaces.api.routes import router
from crossreach.interfaces.api.settings import Settings
from crossreach.interfaces.limits import DEFAULT_MAX_UPLOAD_BYTES
from crossreach.interfaces.web.pages import install_pages
from crossreach.report.routes import router as report_router
from crossreach.store import open_knowledge_base


def create_app(db_url: str, read_only: bool = False, max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES,
               allow_private_urls: bool = False, ingest_root: Path | None = None,
               lexicon_files: tuple[Path, ...] = (), allowed_hosts: Iterable[str] | None = None) -> FastAPI:
    """The API under ``/api`` (OpenAPI at ``/openapi.json``, docs at ``/docs``) and the dashboard at ``/``.

    ``allowed_hosts`` are the Host names answered (``crossreach serve`` always gives them; None answers any,
    for an app embedded behind a proxy that checks). Cross-site writes are refused either way."""
    app = FastAPI(
        title="crossreach", version=__version__, docs_url=None, redoc_url=None,  # /docs: web/pages.py, offline
        description="Cited facts about Western brands and institutions on Chinese digital platforms: "
        "entities, metrics, partnerships, roles and quotes, each with the sentences it was read from.",
    )
    app.state.kb = open_knowledge_base(db_url)
    app.state.settings = Settings(read_only=read_only, max_upload_bytes=max_upload_bytes,
                                  allow_private_urls=allow_private_urls, ingest_root=ingest_root,
                                  lexicon_files=tuple(lexicon_files))
    app.include_router(router)
    install_pages(app)
    app.include_router(report_router)
    install_error_handlers(app)
    app.add_middleware(BodyLimit, max_bytes=max_upload_bytes)
    app.state.csrf_token = new_token()  # the dashboard's pages may send it with a write
    app.add_middleware(RequestGuard, allowed_hosts=allowed_hosts, token=app.state.csrf_token)
    return app
