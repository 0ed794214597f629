"""The one query layer: every question the CLI, the REST API, the web pages and the report ask goes through here.

None of the interfaces touches the database; they call these functions, which
take a ``KnowledgeBase``, read through its ``reading()`` connections and return
plain dataclasses (``results.py``; ``dataclasses.asdict`` gives JSON-ready dicts).
Entities are named by any alias, in any script (``Tencent``, ``腾讯``, ``騰訊``),
or by their id; the shipped domain lexicon adds the names no document used yet.

A figure is listed once per fact group (``facts.group_key``: the same subject,
kind, platform, date and scope, whatever the value): the best-supported
statement stands for the group, ``sources`` counts the independent documents
that state its figure (near-duplicate copies once) and ``conflict`` says that
the group also holds another figure; ``fact_sources`` shows them side by side.

One module a question:

- ``results.py``: the result dataclasses and the errors (``EntityNotFound``, ``FactNotFound``, ``BadQuery``);
- ``entities.py``: which entity a name means (aliases, OpenCC variants, the lexicon, close names), the entity list;
- ``facts.py``: fact groups and conflicts, the leaderboard, timelines, the review queue, a fact's sources;
- ``relations.py``: people and roles, partners, the partnership network;
- ``profile.py``: the overview of the knowledge base and an entity's profile;
- ``search.py``: full-text search (SQLite FTS5, PostgreSQL, substrings for unspaced scripts).
"""

from crossreach.query.entities import find_entity, list_entities
from crossreach.query.facts import describe_fact, fact_sources, metrics, new_facts, review_queue, timeline
from crossreach.query.profile import entity_profile, overview
from crossreach.query.relations import partners, partnership_graph, partnership_matches, people
from crossreach.query.results import (
    REJECTED,
    TOTAL,
    BadQuery,
    EntityNotFound,
    EntityProfile,
    EntitySummary,
    FactNotFound,
    FactRow,
    FactSources,
    Overview,
    Page,
    PartnerRow,
    RoleRow,
    SearchHit,
    SourceRef,
    Timeline,
    TimelinePoint,
)
from crossreach.query.search import search

__all__ = [
    "REJECTED",
    "TOTAL",
    "BadQuery",
    "EntityNotFound",
    "EntityProfile",
    "EntitySummary",
    "FactNotFound",
    "FactRow",
    "FactSources",
    "Overview",
    "Page",
    "PartnerRow",
    "RoleRow",
    "SearchHit",
    "SourceRef",
    "Timeline",
    "TimelinePoint",
    "describe_fact",
    "entity_profile",
    "fact_sources",
    "find_entity",
    "list_entities",
    "metrics",
    "new_facts",
    "overview",
    "partners",
    "partnership_graph",
    "partnership_matches",
    "people",
    "review_queue",
    "search",
    "timeline",
]
