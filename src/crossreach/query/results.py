"""What the query layer answers with: plain dataclasses (``dataclasses.asdict`` gives JSON-ready dicts) and
the errors a question can end in, shared by the CLI, the REST API, the web pages and the report."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class EntityNotFound(LookupError):
    """No entity in the knowledge base has that name, alias or id (the message suggests close names)."""

    def __init__(self, name: str, suggestions: list[str]) -> None:
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"no entity named {name!r}{hint}")
        self.name = name
        self.suggestions = suggestions


class FactNotFound(LookupError):
    """No fact with that id."""


#: A metric's record says whether its figure is a ``total`` (the default) or a ``change`` (a gain).
TOTAL = "total"
#: What a user decided about a fact (``store/corrections.py``): rejected facts are never shown.
REJECTED = "rejected"


class BadQuery(ValueError):
    """A question asked in terms the knowledge base does not use: an unknown metric kind, a malformed date."""


@dataclass(slots=True)
class Page:
    """One page of results, with the total for pagination."""

    items: list[Any]
    total: int
    limit: int
    offset: int


@dataclass(slots=True)
class EntitySummary:
    id: int
    name: str
    type: str
    category: str | None
    parent: str | None
    aliases: list[str]
    documents: int          # how many documents mention it
    facts: int              # how many facts it takes part in
    parent_id: int | None = None   # the stored entity named by ``parent`` (None when there is none to link to)


@dataclass(slots=True)
class SourceRef:
    """One evidence of a fact: the sentence, where the figure sits in it, and its document."""

    document_id: str        # the sha256: doc id
    title: str | None
    source: str             # path or URL first seen
    published: str | None
    lang: str
    sentence: str
    highlight: tuple[int, int]   # offsets of the evidence span inside ``sentence``
    start: int                   # offsets of the span in the document
    end: int
    fact_id: int = 0             # the fact (of this document) the evidence belongs to


@dataclass(slots=True)
class FactRow:
    """A fact as analysts list it; ``record`` is the FACTS.md record."""

    id: int
    type: str               # metric | partnership | role | quote
    subject: str | None
    kind: str | None
    value: float | None
    qualifier: str | None
    platform: str | None
    date: str | None
    currency: str | None
    confidence: float
    record: dict[str, Any]
    sources: int            # independent sources (near-duplicate documents count once)
    conflict: bool          # another figure exists for the same subject, kind, scope and date
    evidence: str           # the first evidence sentence
    document_id: str
    published: str | None = None     # the publication date of its document
    source: str | None = None        # where its document was first seen (path or URL)
    group_key: str | None = None     # the fact group (resolve.facts.group_key)
    aspect: str = TOTAL              # a metric's "total" or "change" (a gain)
    review: str | None = None        # a user's decision: confirmed, fixed, rejected (None: not reviewed)
    uncertain: bool = False          # a gain, or a confidence below UNCERTAIN_BELOW that no user confirmed


@dataclass(slots=True)
class RoleRow:
    person: str
    organization: str
    title: str
    title_normalised: str | None
    fact_id: int
    sources: int = 1


@dataclass(slots=True)
class PartnerRow:
    partner: str
    partner_type: str
    partner_category: str | None
    facts: list[FactRow]    # the partnership facts linking the two, newest first
    partner_id: int = 0


@dataclass(slots=True)
class EntityProfile:
    entity: EntitySummary
    children: list[EntitySummary]        # platforms or brands whose parent it is
    people: list[RoleRow]                # people holding roles at it (or its roles, for a person)
    partnerships: list[PartnerRow]
    metrics: dict[str, list[FactRow]]    # by kind, each list newest first
    quotes: list[FactRow]
    platform_metrics: dict[str, list[FactRow]] = field(default_factory=dict)
    # others' figures measured on it or on the platforms it owns (the NBA's viewers on Tencent Sports), as ``metrics``


@dataclass(slots=True)
class TimelinePoint:
    date: str
    value: float
    qualifier: str | None
    platform: str | None
    fact_id: int
    sources: int
    evidence: str = ""


@dataclass(slots=True)
class Timeline:
    entity: EntitySummary
    kind: str
    points: list[TimelinePoint]          # oldest first; undated figures are left out
    undated: int                         # figures left out: no date, or only a range


@dataclass(slots=True)
class SearchHit:
    kind: str               # "document" or "fact"
    id: int | str           # fact id, or document id
    title: str | None
    snippet: str            # matched text, with the match between [ and ] markers removed by callers as they like
    #                         (square brackets of the text itself are shown as ［ ］)
    score: float


@dataclass(slots=True)
class FactSources:
    fact: FactRow
    sources: list[SourceRef]
    conflicts: list[FactRow] = field(default_factory=list)   # other figures for the same subject, kind, scope, date


@dataclass(slots=True)
class Overview:
    counts: dict[str, int]               # documents, sources, entities, metrics, partnerships, roles, quotes
    languages: dict[str, int]            # documents per language
    latest: list[FactRow]                # most recently ingested facts
    top_sources: dict[str, int]          # documents per site or host
