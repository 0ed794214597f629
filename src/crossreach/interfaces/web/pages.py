"""The dashboard's pages: overview, entities, an entity, the leaderboard, a comparison, a fact's sources.

Each route asks ``crossreach.query`` and renders a Jinja2 template with
autoescaping on, so article text is always shown as text. Pages carry a strict
Content-Security-Policy: scripts only from this server, none inline.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

import plotly
from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup
from starlette.exceptions import HTTPException
from swagger_ui_bundle import swagger_ui_path

from crossreach import query
from crossreach.interfaces.limits import DATE_PATTERN, MAX_ID, MAX_OFFSET
from crossreach.interfaces.web import charts
from crossreach.interfaces.web.format import (
    entity_url,
    fact_summary,
    fact_url,
    figure,
    highlighted,
    is_web_link,
    number,
    row_figure,
)
from crossreach.isodate import is_iso_date
from crossreach.models import METRIC_KINDS, ORGANIZATION_CATEGORIES
from crossreach.store import KnowledgeBase
from crossreach.store.corrections import FIXABLE, correct_fact, corrections_of
from crossreach.store.repository import StoreError

_STATIC = Path(__file__).parent / "static"
_PLOTLY_JS = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
_ENTITY_TYPES = ("organization", "platform", "person", "work", "event", "place")
_DATE = re.compile(DATE_PATTERN)
_SNIPPET_MATCH = re.compile(r"\[([^\[\]]*)\]")
#: Plotly writes inline styles into its SVG; scripts stay restricted to files served here.
_SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
PAGE_SIZE = 50

router = APIRouter(include_in_schema=False)


def _kb(request: Request) -> KnowledgeBase:
    return request.app.state.kb  # type: ignore[no-any-return]


KB = Annotated[KnowledgeBase, Depends(_kb)]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("crossreach.interfaces.web", "templates"), autoescape=select_autoescape(
        enabled_extensions=("html",), default_for_string=True, default=True), undefined=StrictUndefined)
    env.globals.update(entity_url=entity_url, fact_url=fact_url, fact_summary=fact_summary, figure=figure,
                       row_figure=row_figure, number=number, highlighted=highlighted, is_web_link=is_web_link,
                       metric_kinds=METRIC_KINDS, categories=ORGANIZATION_CATEGORIES, entity_types=_ENTITY_TYPES,
                       snippet=_snippet)
    return env


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    """A page, with the security headers every page carries."""
    env: Environment = request.app.state.jinja
    body = env.get_template(template).render(request=request, with_params=_with_params(request),
                                             read_only=request.app.state.settings.read_only,
                                             write_token=request.app.state.csrf_token, **context)
    return HTMLResponse(body, status_code=status, headers=_SECURITY_HEADERS)


def error_page(request: Request, status: int, message: str, suggestions: list[str]) -> HTMLResponse:
    return render(request, "error.html", status=status, status_code=status, message=message,
                  suggestions=suggestions)


def _with_params(request: Request) -> Any:
    """``with_params(offset=50)``: this page's URL with some query parameters changed (None drops one)."""

    def build(**changes: Any) -> str:
        params = {k: v for k, v in request.query_params.items() if k not in changes}
        params.update({k: v for k, v in changes.items() if v is not None})
        return f"{request.url.path}?{urlencode(params)}" if params else request.url.path

    return build


def _snippet(text: str) -> Markup:
    """A search snippet, escaped, with its ``[match]`` markers turned into <mark>."""
    parts, last = [], 0
    for match in _SNIPPET_MATCH.finditer(text):
        parts.append(Markup("{}<mark>{}</mark>").format(text[last:match.start()], match[1]))
        last = match.end()
    parts.append(Markup("{}").format(text[last:]))
    return Markup("").join(parts)


def _choice(value: str | None, allowed: tuple[str, ...], name: str) -> str | None:
    """An optional form choice: empty means any; anything not offered is a 400."""
    if not value:
        return None
    if value not in allowed:
        raise HTTPException(400, f"{name} must be one of {', '.join(allowed)}")
    return value


def _date(value: str | None, name: str) -> str | None:
    if not value:
        return None
    if not (_DATE.match(value) and is_iso_date(value)):
        raise HTTPException(400, f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def _text(value: str | None) -> str | None:
    value = (value or "").strip()
    return value[:500] if value else None


# --- pages ----------------------------------------------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
def overview_page(request: Request, kb: KB) -> HTMLResponse:
    data = query.overview(kb, latest=15)
    return render(request, "overview.html", overview=data,
                  languages_chart=charts.counts_chart(data.languages, "documents"))


@router.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request, kb: KB, q: str | None = None, type: str | None = None,
                  category: str | None = None, offset: Offset = 0) -> HTMLResponse:
    chosen_type = _choice(type, _ENTITY_TYPES, "type")
    chosen_category = _choice(category, ORGANIZATION_CATEGORIES, "category")
    page = query.list_entities(kb, type=chosen_type, category=chosen_category, search=_text(q),
                               limit=PAGE_SIZE, offset=offset)
    return render(request, "entities.html", page=page, q=q or "", type=chosen_type, category=chosen_category)


def _charts_by_kind(by_kind: dict[str, list[query.FactRow]], series: str) -> dict[str, list[tuple[str, str]]]:
    """For each kind, its figures over time: a chart per currency (counts have none)."""
    return {kind: [(charts.chart_title(k, currency), chart)
                   for (k, currency), group in charts.like_with_like(rows).items()
                   if (chart := charts.figures_chart(group, k, series)) is not None]
            for kind, rows in by_kind.items()}


@router.get("/entity/{name:path}", response_class=HTMLResponse)
def entity_page(request: Request, kb: KB, name: str) -> HTMLResponse:
    profile = query.entity_profile(kb, name)
    network = charts.network_chart(query.partnership_graph(kb, profile.entity.id, depth=2), profile.entity.name)
    return render(request, "entity.html", profile=profile, network=network,
                  owned_charts=_charts_by_kind(profile.metrics, "platform"),
                  measured_charts=_charts_by_kind(profile.platform_metrics, "subject"))


@router.get("/leaderboard", response_class=HTMLResponse)
def leaderboard_page(request: Request, kb: KB, kind: str | None = None, platform: str | None = None,
                     category: str | None = None, since: str | None = None, until: str | None = None,
                     subject: str | None = None, limit: Annotated[int, Query(ge=1, le=200)] = 25,
                     offset: Offset = 0, uncertain: bool = False) -> HTMLResponse:
    filters = {"kind": _choice(kind, METRIC_KINDS, "kind"), "platform": _text(platform),
               "category": _choice(category, ORGANIZATION_CATEGORIES, "category"),
               "since": _date(since, "since"), "until": _date(until, "until"), "subject": _text(subject)}
    page = query.metrics(kb, **filters, top=limit, offset=offset, include_uncertain=uncertain)
    return render(request, "leaderboard.html", page=page, filters=filters, limit=limit, uncertain=uncertain,
                  bar_charts=charts.leaderboard_charts(page.items))


@router.get("/compare", response_class=HTMLResponse)
def compare_page(request: Request, kb: KB, kind: str = "viewers", category: str | None = "museum",
                 platform: str | None = None, since: str | None = None,
                 until: str | None = None, uncertain: bool = False) -> HTMLResponse:
    filters = {"kind": _choice(kind, METRIC_KINDS, "kind") or "viewers",
               "category": _choice(category, ORGANIZATION_CATEGORIES, "category"), "platform": _text(platform),
               "since": _date(since, "since"), "until": _date(until, "until")}
    page = query.metrics(kb, **filters, top=500, include_uncertain=uncertain)
    bar_charts = [(charts.chart_title(kind, currency), chart)
                  for (kind, currency), rows in charts.like_with_like(page.items).items()
                  if (chart := charts.comparison_chart(rows, kind)) is not None]
    return render(request, "compare.html", page=page, filters=filters, uncertain=uncertain, bar_charts=bar_charts)


@router.get("/facts/{fact_id}", response_class=HTMLResponse)
def fact_page(request: Request, kb: KB, fact_id: Annotated[int, PathParam(ge=1, le=MAX_ID)]) -> HTMLResponse:
    return render(request, "fact.html", data=query.fact_sources(kb, fact_id), corrections=corrections_of(kb, fact_id),
                  fixable=FIXABLE)


@router.post("/facts/{fact_id}/review", response_class=RedirectResponse)
async def review_fact(request: Request, kb: KB,
                      fact_id: Annotated[int, PathParam(ge=1, le=MAX_ID)]) -> RedirectResponse:
    """The fact page's buttons: reject, fix or confirm, then back to the fact (303, so a reload posts nothing)."""
    if request.app.state.settings.read_only:
        raise HTTPException(403, "this server is read-only")
    form = await request.form(max_files=0, max_fields=10)
    fields = {key: str(value).strip()[:500] for key, value in form.items() if isinstance(value, str)}
    changes = {key: fields[key] for key in FIXABLE if fields.get(key)}
    if changes.get("subject"):
        changes["subject"] = query.find_entity(kb, changes["subject"]).name
    try:
        await run_in_threadpool(correct_fact, kb, fact_id, fields.get("action", ""), changes,
                                fields.get("reason", ""), fields.get("author") or "dashboard")
    except StoreError as exc:
        raise HTTPException(400, str(exc)) from exc
    return RedirectResponse(fact_url(fact_id), status_code=303)


@router.get("/review", response_class=HTMLResponse)
def review_page(request: Request, kb: KB, offset: Offset = 0) -> HTMLResponse:
    return render(request, "review.html", page=query.review_queue(kb, limit=PAGE_SIZE, offset=offset))


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, kb: KB, q: str | None = None, offset: Offset = 0) -> HTMLResponse:
    text = _text(q)
    page = query.search(kb, text, limit=PAGE_SIZE, offset=offset) if text else None
    return render(request, "search.html", page=page, q=q or "")


def install_pages(app: FastAPI) -> None:
    """Add the pages, the static files and plotly.js (from the installed package: no CDN) to ``app``."""
    app.state.jinja = _environment()

    @app.get("/static/vendor/plotly.min.js", include_in_schema=False)
    def plotly_js() -> FileResponse:
        return FileResponse(_PLOTLY_JS, media_type="text/javascript",
                            headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/docs", include_in_schema=False)
    def api_docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="crossreach API",
                                   swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
                                   swagger_favicon_url="data:,")

    app.include_router(router)
    # Swagger UI's script and stylesheet from the installed swagger-ui-bundle-v2 package: /docs works offline.
    app.mount("/static/vendor/swagger-ui", StaticFiles(directory=swagger_ui_path), name="swagger-ui")
    app.mount("/static", StaticFiles(directory=_STATIC), name="static")
