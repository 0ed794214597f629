"""The REST API's routes under ``/api``: thin, every question goes to ``crossreach.query`` and every ingest to
``crossreach.batch``, as the CLI does; a read-only server refuses every write with 403."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from pydantic import AfterValidator
from starlette.exceptions import HTTPException

from crossreach import query
from crossreach.batch import BatchReport, ingest_items
from crossreach.interfaces.api.errors import error
from crossreach.interfaces.api.ingest import json_items, upload_items
from crossreach.interfaces.api.models import (
    Category,
    CorrectionRequest,
    EntityPage,
    ErrorBody,
    FactPage,
    Graph,
    IngestRequest,
    IngestResult,
    MetricKind,
    PartnershipKind,
    PartnershipStatus,
    SearchPage,
)
from crossreach.interfaces.api.settings import Settings
from crossreach.interfaces.limits import DATE_PATTERN, MAX_ID, MAX_LIMIT, MAX_OFFSET, TEXT_PATTERN, real_date
from crossreach.models import EntityType
from crossreach.store import KnowledgeBase
from crossreach.store.corrections import FactCorrection, correct_fact, corrections_of
from crossreach.store.repository import StoreError

_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody, "description": text}
    for code, text in ((400, "Bad request"), (404, "Not found"), (422, "Invalid parameters"))
}

# --- dependencies ---------------------------------------------------------------------------------------------------


def get_kb(request: Request) -> KnowledgeBase:
    return request.app.state.kb  # type: ignore[no-any-return]


def get_settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


KB = Annotated[KnowledgeBase, Depends(get_kb)]
EntityName = Annotated[str, PathParam(min_length=1, max_length=500, pattern=TEXT_PATTERN,
                                      description="A name or alias in any script, or the entity id.")]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]
Text = Annotated[str | None, Query(min_length=1, max_length=500, pattern=TEXT_PATTERN)]
Date = Annotated[str | None, Query(pattern=DATE_PATTERN, description="YYYY, YYYY-MM or YYYY-MM-DD."),
                 AfterValidator(real_date)]

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
def get_search(kb: KB, q: Annotated[str, Query(min_length=1, max_length=500, pattern=TEXT_PATTERN)],
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
        items = await json_items(request, settings)
    elif content_type == "multipart/form-data":
        items = await upload_items(request, settings)
    else:
        raise HTTPException(415, "send application/json or multipart/form-data")
    # The code behind ``crossreach ingest``, in this process (a request is small), off the event loop.
    report: BatchReport = await run_in_threadpool(ingest_items, items, request.app.state.kb,
                                                  lexicon_files=settings.lexicon_files)
    if report.documents == 0:
        return error(422, "nothing was ingested", [asdict(s) for s in report.skipped])
    result = IngestResult(added=report.added, duplicates=report.duplicates, facts=report.facts,
                          skipped=report.skipped)
    return JSONResponse(result.model_dump(mode="json"), status_code=201 if report.added else 200)
