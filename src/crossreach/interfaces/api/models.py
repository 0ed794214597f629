"""The API's request and response shapes (pydantic): typed pages around the query layer's dataclasses, the
partnership graph, and the bodies of ingest and correction requests."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, Field, model_validator

from crossreach import query
from crossreach.ingest import Skipped
from crossreach.interfaces.limits import DATE_PATTERN, TEXT_PATTERN, real_date
from crossreach.lexicon import supported_languages
from crossreach.models import METRIC_KINDS, ORGANIZATION_CATEGORIES, PARTNERSHIP_KINDS, PARTNERSHIP_STATUSES

MetricKind = Literal[METRIC_KINDS]  # type: ignore[valid-type]
Category = Literal[ORGANIZATION_CATEGORIES]  # type: ignore[valid-type]
PartnershipKind = Literal[PARTNERSHIP_KINDS]  # type: ignore[valid-type]
PartnershipStatus = Literal[PARTNERSHIP_STATUSES]  # type: ignore[valid-type]
Language = Literal[supported_languages()]  # type: ignore[misc]


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
    published: Annotated[str | None, AfterValidator(real_date)] = Field(
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
    owner: str | None = Field(None, min_length=1, max_length=500, pattern=TEXT_PATTERN,
                              description="Whose figure it is: a name or alias.")
    date: str | None = Field(None, pattern=r"^\d{4}(-Q[1-4]|-\d{2}(-\d{2})?)?$")
    reason: str = Field("", max_length=2000)
    author: str | None = Field(None, max_length=200)


class IngestResult(BaseModel):
    added: int
    duplicates: int
    facts: int
    skipped: list[Skipped]
