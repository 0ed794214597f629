"""The REST API and the web dashboard in one FastAPI app (``crossreach serve``).

Both are thin: every question goes to ``crossreach.query`` and every ingest to
``crossreach.batch``, as the CLI does. Errors are one JSON shape,
``{"error": "...", "detail": ...}``, with a 4xx status for bad input; the web
pages (``crossreach.web``) answer with HTML instead. Request bodies are capped
(413) by counting what arrives, not by trusting Content-Length; a read-only app
refuses every write with 403.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterable, Iterator, MutableMapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import AfterValidator, BaseModel, Field, ValidationError, model_validator
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException

from crossreach import __version__, query
from crossreach.api_guard import RequestGuard, new_token
from crossreach.batch import BatchReport, ingest_items
from crossreach.ingest import Skipped, read_inputs
from crossreach.ingest.formats import format_of
from crossreach.ingest.readers import DEFAULT_MAX_BYTES, Item, article_from_record, read_bytes
from crossreach.ingest.web import FetchError, check_public_url
from crossreach.isodate import is_iso_date
from crossreach.lexicon import supported_languages
from crossreach.models import METRIC_KINDS, ORGANIZATION_CATEGORIES, PARTNERSHIP_KINDS, PARTNERSHIP_STATUSES, EntityType
from crossreach.store import KnowledgeBase, open_knowledge_base
from crossreach.store.corrections import FactCorrection, correct_fact, corrections_of
from crossreach.store.repository import StoreError

#: Largest request body, by default the CLI's largest input (``ingest --max-size``).
DEFAULT_MAX_UPLOAD_BYTES = DEFAULT_MAX_BYTES
#: Bounds on pagination, so that no query parameter can ask the database for something absurd.
MAX_LIMIT = 500
MAX_OFFSET = 1_000_000
#: Largest id SQLite and PostgreSQL integers hold; a bigger one is a 422, not a driver overflow.
MAX_ID = 2**63 - 1

MetricKind = Literal[METRIC_KINDS]  # type: ignore[valid-type]
Category = Literal[ORGANIZATION_CATEGORIES]  # type: ignore[valid-type]
PartnershipKind = Literal[PARTNERSHIP_KINDS]  # type: ignore[valid-type]
PartnershipStatus = Literal[PARTNERSHIP_STATUSES]  # type: ignore[valid-type]
Language = Literal[supported_languages()]  # type: ignore[misc]
#: Names and search text: printable, bounded (control characters are never part of a name).
_TEXT_PATTERN = r"^[^\x00-\x1f\x7f]+$"
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"


def _real_date(value: str | None) -> str | None:
    """A date that exists: 2021-13-45 matches the pattern and is still refused."""
    if value is not None and not is_iso_date(value):
        raise ValueError(f"{value!r} is not a date that exists")
    return value


@dataclass(frozen=True, slots=True)
class Settings:
    """What ``crossreach serve`` was started with; the routes read it from ``app.state``."""

    read_only: bool
    max_upload_bytes: int
    allow_private_urls: bool
    ingest_root: Path | None
    lexicon_files: tuple[Path, ...]


# --- response shapes (the query layer's dataclasses, typed pages around them) ---------------------------------


class ErrorBody(BaseModel):
    """Every error the API returns."""

    error: str
    detail: Any = None


class EntityPage(BaseModel):
    items: list[query.EntitySummary]
    total: int
    limit: int
    offset: int


class FactPage(BaseModel):
    items: list[query.FactRow]
    total: int
    limit: int
    offset: int


class SearchPage(BaseModel):
    items: list[query.SearchHit]
    total: int
    limit: int
    offset: int


class GraphNode(BaseModel):
    id: int
    name: str
    type: str
    category: str | None = None


class GraphEdge(BaseModel):
    source: int
    target: int
    facts: int
    fact_ids: list[int]
    kinds: list[str] = []
    statuses: list[str] = []


class Graph(BaseModel):
    nodes: list[GraphNode]
    edges: list[GraphEdge]


class IngestRequest(BaseModel):
    """``POST /api/documents`` as JSON: an article's ``text`` (or ``html``), else a ``path`` under the
    server's ingest root, else a ``url`` to fetch."""

    text: str | None = Field(None, description="The article text.")
    html: str | None = Field(None, description="The article as an HTML page (instead of text).")
    title: str | None = Field(None, max_length=1000)
    lang: Language | None = Field(None, description="Language code; detected when left out.")  # type: ignore[valid-type]
    url: str | None = Field(None, max_length=2000, description="Where the text was published; fetched when no "
                            "text or html is given.")
    published: Annotated[str | None, AfterValidator(_real_date)] = Field(
        None, pattern=DATE_PATTERN, description="Publication date, YYYY[-MM[-DD]].")
    path: str | None = Field(None, max_length=4096, description="A file or folder under the server's ingest root.")

    @model_validator(mode="after")
    def one_source(self) -> IngestRequest:
        """Exactly one thing to ingest: ``url`` is where a text was published, but the page to fetch when
        it is given alone; two contents at once (text and path, say) are a mistake, not a choice to make."""
        given = [name for name in ("text", "html", "path") if getattr(self, name) is not None]
        if len(given) > 1:
            raise ValueError(f"give only one of text, html or path, not {' and '.join(given)}")
        if self.path is not None and self.url is not None:
            raise ValueError("give either path or url, not both")
        if not given and self.url is None:
            raise ValueError("give one of text, html, path or url")
        return self


class CorrectionRequest(BaseModel):
    """``POST /api/facts/{id}/corrections``: what to do, and for a fix what to change."""

    action: Literal["reject", "fix", "confirm"]
    kind: MetricKind | None = None  # type: ignore[valid-type]
    owner: str | None = Field(None, min_length=1, max_length=500, pattern=_TEXT_PATTERN,
                              description="Whose figure it is: a name or alias.")
    date: str | None = Field(None, pattern=r"^\d{4}(-Q[1-4]|-\d{2}(-\d{2})?)?$")
    reason: str = Field("", max_length=2000)
    author: str | None = Field(None, max_length=200)


class IngestResult(BaseModel):
    added: int
    duplicates: int
    facts: int
    skipped: list[Skipped]


_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody, "description": text}
    for code, text in ((400, "Bad request"), (404, "Not found"), (422, "Invalid parameters"))
}

# --- request bodies: capped while they arrive -----------------------------------------------------------------------

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class BodyTooLarge(Exception):
    """A request body went over the limit while it was being read."""


class BodyLimit:
    """ASGI middleware: 413 for a declared Content-Length over the limit, and for any body that turns out
    longer than the limit (no or a false Content-Length) as it is read."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]], max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or ()).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            status = 413 if declared.isdigit() else 400
            await _too_large(self.max_bytes, status)(scope, receive, send)
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


def _too_large(max_bytes: int, status: int = 413) -> JSONResponse:
    error = (f"request body is over the {max_bytes:,} byte limit" if status == 413
             else "Content-Length is not a number")
    return JSONResponse({"error": error, "detail": None}, status_code=status)


# --- dependencies ---------------------------------------------------------------------------------------------------


def get_kb(request: Request) -> KnowledgeBase:
    return request.app.state.kb  # type: ignore[no-any-return]


def get_settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


KB = Annotated[KnowledgeBase, Depends(get_kb)]
EntityName = Annotated[str, PathParam(min_length=1, max_length=500, pattern=_TEXT_PATTERN,
                                      description="A name or alias in any script, or the entity id.")]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]
Text = Annotated[str | None, Query(min_length=1, max_length=500, pattern=_TEXT_PATTERN)]
Date = Annotated[str | None, Query(pattern=DATE_PATTERN, description="YYYY, YYYY-MM or YYYY-MM-DD."),
                 AfterValidator(_real_date)]

router = APIRouter(prefix="/api", responses=_ERRORS)


# --- reading --------------------------------------------------------------------------------------------------------


@router.get("/overview", response_model=query.Overview, tags=["knowledge base"])
def get_overview(kb: KB, latest: Annotated[int, Query(ge=0, le=100)] = 10) -> Any:
    """Counts, documents per language and per source, and the latest facts."""
    return query.overview(kb, latest=latest)


@router.get("/entities", response_model=EntityPage, tags=["entities"])
def get_entities(kb: KB, type: Annotated[EntityType | None, Query()] = None,
                 category: Annotated[Category | None, Query()] = None,  # type: ignore[valid-type]
                 search: Text = None, limit: Limit = 50, offset: Offset = 0) -> Any:
    """Entities, filtered by type, category or a name fragment (any alias, any script)."""
    return asdict(query.list_entities(kb, type=type, category=category, search=search, limit=limit, offset=offset))


@router.get("/entities/{name}", response_model=query.EntityProfile, tags=["entities"])
def get_entity(kb: KB, name: EntityName) -> Any:
    """An entity's profile: aliases, children, people and roles, partnerships, metrics by kind, quotes."""
    return query.entity_profile(kb, name)


@router.get("/entities/{name}/timeline", response_model=query.Timeline, tags=["entities"])
def get_timeline(kb: KB, name: EntityName, kind: Annotated[MetricKind, Query()],  # type: ignore[valid-type]
                 include_uncertain: bool = False) -> Any:
    """One metric kind of an entity over time, oldest first (undated figures are only counted); totals only,
    unless ``include_uncertain`` asks for gains and low-confidence figures too."""
    return query.timeline(kb, name, kind, include_uncertain=include_uncertain)


@router.get("/entities/{name}/partners", response_model=list[query.PartnerRow], tags=["entities"])
def get_partners(kb: KB, name: EntityName,
                 kind: Annotated[PartnershipKind | None, Query()] = None,  # type: ignore[valid-type]
                 status: Annotated[PartnershipStatus | None, Query()] = None) -> Any:  # type: ignore[valid-type]
    """The entity's partners, each with the partnership facts that link them (of one kind or status)."""
    return query.partners(kb, name, kind=kind, status=status)


@router.get("/entities/{name}/people", response_model=list[query.RoleRow], tags=["entities"])
def get_people(kb: KB, name: EntityName) -> Any:
    """People holding roles at an organization (or a person's roles)."""
    return query.people(kb, name)


@router.get("/metrics", response_model=FactPage, tags=["facts"])
def get_metrics(kb: KB, kind: Annotated[MetricKind | None, Query()] = None,  # type: ignore[valid-type]
                platform: Text = None, category: Annotated[Category | None, Query()] = None,  # type: ignore[valid-type]
                since: Date = None, until: Date = None, subject: Text = None,
                limit: Limit = 50, offset: Offset = 0, include_uncertain: bool = False) -> Any:
    """The leaderboard: metrics, largest first, one row per fact group (``sources`` counts independent ones).
    Totals only, unless ``include_uncertain`` asks for gains and low-confidence figures too."""
    page = query.metrics(kb, kind=kind, platform=platform, category=category, since=since, until=until,
                         subject=subject, top=limit, offset=offset, include_uncertain=include_uncertain)
    return asdict(page)


@router.get("/review", response_model=FactPage, tags=["corrections"])
def get_review(kb: KB, limit: Limit = 20, offset: Offset = 0) -> Any:
    """The facts nobody has reviewed yet, the least confident first."""
    return asdict(query.review_queue(kb, limit=limit, offset=offset))


@router.get("/facts/{fact_id}/corrections", response_model=list[FactCorrection], tags=["corrections"])
def get_corrections(kb: KB, fact_id: Annotated[int, PathParam(ge=1, le=MAX_ID)]) -> Any:
    """The corrections users made on a fact, oldest first."""
    query.fact_sources(kb, fact_id)  # a 404 for an unknown fact
    return corrections_of(kb, fact_id)


@router.post("/facts/{fact_id}/corrections", response_model=FactCorrection, status_code=201, tags=["corrections"],
             responses={403: {"model": ErrorBody, "description": "Read-only"}})
def post_correction(request: Request, kb: KB, fact_id: Annotated[int, PathParam(ge=1, le=MAX_ID)],
                    body: CorrectionRequest) -> Any:
    """Reject, fix (kind, owner, date) or confirm a fact; kept through re-extraction."""
    if get_settings(request).read_only:
        raise HTTPException(403, "this server is read-only")
    query.fact_sources(kb, fact_id)
    changes = {"kind": body.kind, "date": body.date,
               "subject": query.find_entity(kb, body.owner).name if body.owner else None}
    try:
        return correct_fact(kb, fact_id, body.action, {k: v for k, v in changes.items() if v},
                            body.reason, body.author or "api")
    except StoreError as exc:
        raise HTTPException(422, str(exc)) from exc


@router.get("/search", response_model=SearchPage, tags=["facts"])
def get_search(kb: KB, q: Annotated[str, Query(min_length=1, max_length=500, pattern=_TEXT_PATTERN)],
               limit: Limit = 20, offset: Offset = 0) -> Any:
    """Full-text search over documents and facts."""
    return asdict(query.search(kb, q, limit=limit, offset=offset))


@router.get("/facts/{fact_id}/sources", response_model=query.FactSources, tags=["facts"])
def get_fact_sources(kb: KB, fact_id: Annotated[int, PathParam(ge=1, le=MAX_ID)]) -> Any:
    """A fact, every sentence it was read from (with the figure's offsets) and any conflicting figures."""
    return query.fact_sources(kb, fact_id)


@router.get("/graph", response_model=Graph, tags=["entities"])
def get_graph(kb: KB, entity: Text = None, depth: Annotated[int, Query(ge=1, le=3)] = 1,
              kind: Annotated[PartnershipKind | None, Query()] = None,  # type: ignore[valid-type]
              status: Annotated[PartnershipStatus | None, Query()] = None) -> Any:  # type: ignore[valid-type]
    """The partnership network: around one entity (to ``depth`` hops), or all of it; of one kind or status."""
    return query.partnership_graph(kb, entity, depth=depth, kind=kind, status=status)


# --- writing --------------------------------------------------------------------------------------------------------

_UPLOAD_SCHEMA = {
    "type": "object",
    "properties": {"file": {"type": "string", "format": "binary",
                            "description": "An article: txt, md, html, jsonl or an RSS/Atom feed."}},
    "required": ["file"],
}


@router.post(
    "/documents", response_model=IngestResult, status_code=201, tags=["ingest"],
    responses={200: {"model": IngestResult, "description": "Already stored"},
               403: {"model": ErrorBody, "description": "Read-only, or a refused path or URL"},
               413: {"model": ErrorBody, "description": "Body over the size limit"},
               415: {"model": ErrorBody, "description": "Neither JSON nor multipart"}},
    openapi_extra={"requestBody": {"required": True, "content": {
        "application/json": {"schema": IngestRequest.model_json_schema(ref_template="#/components/schemas/{model}")},
        "multipart/form-data": {"schema": _UPLOAD_SCHEMA},
    }}},
)
async def post_document(request: Request) -> Response:
    """Ingest one article: JSON (text or html with optional title, lang, url, published; or a ``path``
    under the ingest root; or a ``url`` to fetch), or a multipart ``file`` upload."""
    settings: Settings = request.app.state.settings
    if settings.read_only:
        raise HTTPException(403, "this server is read-only")
    content_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if content_type == "application/json":
        items = await _json_items(request, settings)
    elif content_type == "multipart/form-data":
        items = await _upload_items(request, settings)
    else:
        raise HTTPException(415, "send application/json or multipart/form-data")
    # The code behind ``crossreach ingest``, in this process (a request is small), off the event loop.
    report: BatchReport = await run_in_threadpool(ingest_items, items, request.app.state.kb,
                                                  lexicon_files=settings.lexicon_files)
    if report.documents == 0:
        return _error(422, "nothing was ingested", [asdict(s) for s in report.skipped])
    result = IngestResult(added=report.added, duplicates=report.duplicates, facts=report.facts,
                          skipped=report.skipped)
    return JSONResponse(result.model_dump(mode="json"), status_code=201 if report.added else 200)


def _read(inputs: list[str], settings: Settings) -> Iterator[Item]:
    """Paths and URLs go through the CLI's readers (lazily: they run with the ingest, off the event loop)."""
    return read_inputs(inputs, max_bytes=settings.max_upload_bytes, allow_private_urls=settings.allow_private_urls)


async def _json_items(request: Request, settings: Settings) -> Iterable[Item]:
    try:
        body = IngestRequest.model_validate(json.loads(await request.body()))
    except ValidationError as exc:
        raise RequestValidationError(exc.errors(include_url=False, include_context=False)) from exc
    except (ValueError, RecursionError) as exc:  # not JSON, not UTF-8, or nested beyond reason
        raise HTTPException(400, f"the body is not valid JSON: {exc}") from exc
    if body.text is not None or body.html is not None:
        record = body.model_dump(exclude_none=True, exclude={"path"})
        record["source"] = body.url or "<api>"
        return [article_from_record("<api>", 1, record)]
    if body.path is not None:
        return _read(_paths_under_root(body.path, settings.ingest_root), settings)
    assert body.url is not None  # the model asks for one of text, html, path or url
    if not settings.allow_private_urls:
        try:
            await run_in_threadpool(check_public_url, body.url)
        except FetchError as exc:
            raise HTTPException(403, str(exc)) from exc
    return _read([body.url], settings)


async def _upload_items(request: Request, settings: Settings) -> Iterable[Item]:
    try:
        async with request.form(max_files=1, max_fields=20) as form:  # closes the spooled upload afterwards
            upload = form.get("file")
            if not isinstance(upload, UploadFile):
                raise HTTPException(422, "a multipart upload needs a 'file' part")
            if set(form.keys()) != {"file"}:
                others = ", ".join(sorted(repr(k) for k in set(form.keys()) - {"file"}))
                raise HTTPException(422, f"a multipart upload takes one 'file' part and nothing else, not {others}")
            name = Path(upload.filename or "upload").name
            data = await upload.read()
    except (BodyTooLarge, HTTPException):
        raise
    except Exception as exc:  # the multipart parser's own errors: a malformed body is the client's
        raise HTTPException(400, f"malformed multipart body: {exc}") from exc
    return list(read_bytes(f"upload:{name}", data, name, max_bytes=settings.max_upload_bytes))


def _paths_under_root(path: str, root: Path | None) -> list[str]:
    """The readable files ``path`` names inside the ingest root; 403 for anything that leads outside it
    (``..``, an absolute path elsewhere, a symbolic link pointing out)."""
    if root is None:
        raise HTTPException(403, "server-side paths are disabled; start the server with --ingest-root DIR")
    if "\x00" in path:
        raise HTTPException(422, "a path cannot contain NUL")
    base = root.resolve()
    try:
        target = (base / path).resolve()
        if not target.is_relative_to(base):
            raise HTTPException(403, f"{path!r} is outside the ingest root")
        if target.is_file():
            return [str(target)]
        if not target.is_dir():
            raise HTTPException(404, f"no such file or folder under the ingest root: {path!r}")
        files = [str(file) for file in sorted(target.rglob("*"))
                 if not any(part.startswith(".") for part in file.relative_to(target).parts)
                 and file.is_file() and format_of(file) is not None
                 and file.resolve().is_relative_to(base)]  # a link to a file outside the root is left out
    except OSError as exc:  # a name too long, a loop of links, a folder it may not read
        raise HTTPException(422, f"cannot read {path!r}: {exc.strerror or exc}") from exc
    if not files:
        raise HTTPException(422, f"no readable article under {path!r}")
    return files


# --- errors ---------------------------------------------------------------------------------------------------------


def _error(status: int, message: str, detail: Any = None) -> JSONResponse:
    return JSONResponse({"error": message, "detail": detail}, status_code=status)


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api") and request.url.path not in ("/openapi.json", "/docs")


def _install_error_handlers(app: FastAPI) -> None:
    from crossreach.web.pages import error_page

    async def not_found(request: Request, exc: Exception) -> Response:
        suggestions = getattr(exc, "suggestions", None)
        if _wants_html(request):
            return error_page(request, 404, str(exc), suggestions or [])
        return _error(404, str(exc), {"suggestions": suggestions} if suggestions is not None else None)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if _wants_html(request):
            return error_page(request, exc.status_code, str(exc.detail), [])
        return _error(exc.status_code, str(exc.detail))

    async def invalid(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        problems = [_describe(e) for e in exc.errors()]
        if _wants_html(request):
            return error_page(request, 400, "; ".join(problems), [])
        return _error(422, "; ".join(problems), problems)

    async def too_large(request: Request, exc: Exception) -> Response:
        return _too_large(request.app.state.settings.max_upload_bytes)

    async def unexpected(request: Request, exc: Exception) -> Response:
        # The server still logs the traceback (Starlette re-raises after this answer); the client gets no detail.
        return _error(500, "internal error")

    app.add_exception_handler(query.EntityNotFound, not_found)
    app.add_exception_handler(query.FactNotFound, not_found)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(BodyTooLarge, too_large)
    app.add_exception_handler(Exception, unexpected)


def _describe(error: Any) -> str:
    """One line for a validation error: where, then what."""
    where = ".".join(str(part) for part in error.get("loc", ()) if part not in ("query", "path", "body"))
    message = str(error.get("msg", "invalid")).removeprefix("Value error, ")  # pydantic's prefix says nothing
    return f"{where}: {message}" if where else str(message)


# --- the app --------------------------------------------------------------------------------------------------------


def create_app(db_url: str, read_only: bool = False, max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES,
               allow_private_urls: bool = False, ingest_root: Path | None = None,
               lexicon_files: tuple[Path, ...] = (), allowed_hosts: Iterable[str] | None = None) -> FastAPI:
    """The API under ``/api`` (OpenAPI at ``/openapi.json``, docs at ``/docs``) and the dashboard at ``/``.

    ``allowed_hosts`` are the Host names answered (``crossreach serve`` always gives them; None answers any,
    for an app embedded behind a proxy that checks). Cross-site writes are refused either way."""
    from crossreach.report.routes import router as report_router
    from crossreach.web.pages import install_pages

    app = FastAPI(
        title="crossreach", version=__version__, docs_url=None, redoc_url=None,  # /docs: web.pages, offline
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
    _install_error_handlers(app)
    app.add_middleware(BodyLimit, max_bytes=max_upload_bytes)
    app.state.csrf_token = new_token()  # the dashboard's pages may send it with a write
    app.add_middleware(RequestGuard, allowed_hosts=allowed_hosts, token=app.state.csrf_token)
    return app
