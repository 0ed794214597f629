"""The rows of a group of documents, per table, written at the group's commit in a few statements a table.

A group's transaction holds the write lock, so no other writer inserts while it lasts: the ids of
new documents, entities and facts are given here, from each table's largest id read once, and the
rows that refer to them are built before any is written. ``flush`` then writes each table with one
executemany (deletes for re-extracted documents first, the rows in the order of their foreign keys)
and indexes the group's new documents and its evidence for full-text search with one INSERT ... SELECT
each (on SQLite; PostgreSQL's index is an expression's). On PostgreSQL it
moves the serial sequences past the ids given here, so that single saves and curation go on working.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import import_module
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Connection, Dialect, Insert, bindparam, delete, func, select, text, update

from crossreach import EXTRACTOR_VERSION
from crossreach.models import Fact, Metric, Partnership, Quote, Role
from crossreach.record import fact_record
from crossreach.resolve.entity_matching import normalise_name
from crossreach.resolve.facts import group_key
from crossreach.store import schema as t
from crossreach.store.statements import INSERT

#: The tables whose ids are given in Python: other rows refer to them before they are written.
NUMBERED = {"documents": t.documents, "entities": t.entities, "facts": t.facts}
#: Values in one ``IN (...)`` list at most: well under SQLite's and PostgreSQL's limits on parameters.
IN_LIST = 2000


@dataclass(slots=True)
class DocumentRows:
    """One document's rows that re-extraction replaces: its entities, mentions, facts and evidence."""

    entities: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)
    parties: list[dict[str, Any]] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)


class GroupRows:
    """Rows waiting for the group's commit, and the ids they take."""

    def __init__(self, next_ids: dict[str, int]) -> None:
        self._next = next_ids
        self._assigned = False
        self._empty()

    def _empty(self) -> None:
        self.documents: dict[int, dict[str, Any]] = {}          # new documents, by id
        self.document_updates: dict[int, list[str] | None] = {}  # stored documents re-extracted: their lexicons
        self.cleared: set[int] = set()                           # stored documents whose extraction is replaced
        self.sources: dict[tuple[int, str], dict[str, Any]] = {}
        self.entities: dict[int, dict[str, Any]] = {}           # new entities, by id
        self.categories: dict[int, str] = {}                     # stored entities given a category
        self.aliases: list[dict[str, Any]] = []
        self.extractions: dict[int, DocumentRows] = {}          # by document id; a later save replaces

    @classmethod
    def read(cls, conn: Connection) -> GroupRows:
        """Empty rows whose ids follow the largest of each numbered table (one statement)."""
        row = conn.execute(select(*(select(func.max(table.c.id)).scalar_subquery() for table in NUMBERED.values()))
                           ).one()
        return cls({name: (largest or 0) + 1 for name, largest in zip(NUMBERED, row, strict=True)})

    def new_id(self, table: str) -> int:
        self._assigned = True
        self._next[table] += 1
        return self._next[table] - 1

    def add_source(self, document_id: int, location: str, seen_at: Any) -> None:
        self.sources.setdefault((document_id, location),
                                {"document_id": document_id, "location": location, "seen_at": seen_at})

    def flush(self, conn: Connection) -> None:
        """Write the rows, a few statements a table, and empty the buffers (the ids go on from where they are)."""
        if self.cleared:
            _clear(conn, sorted(self.cleared))
        _execute(conn, INSERT["documents"], list(self.documents.values()))
        _execute(conn, _UPDATE_DOCUMENT, [{"b_id": i, "b_version": EXTRACTOR_VERSION, "b_lexicons": lexicons}
                                          for i, lexicons in self.document_updates.items()])
        _execute(conn, _insert_ignoring_duplicates(conn.dialect.name), list(self.sources.values()))
        _execute(conn, INSERT["entities"], list(self.entities.values()))
        _execute(conn, _UPDATE_CATEGORY, [{"b_id": i, "b_category": c} for i, c in self.categories.items()])
        _execute(conn, INSERT["aliases"], self.aliases)
        rows = list(self.extractions.values())
        for table, part in (("document_entities", "entities"), ("mentions", "mentions"), ("facts", "facts"),
                            ("fact_parties", "parties"), ("evidence", "evidence")):
            _execute(conn, INSERT[table], [row for doc in rows for row in getattr(doc, part)])
        if conn.dialect.name == "sqlite" and self.documents:
            for ids in _slices(sorted(self.documents)):
                conn.execute(_INDEX_DOCUMENTS_SQLITE, {"ids": ids})
        if conn.dialect.name == "sqlite" and self.extractions:
            for ids in _slices(sorted(self.extractions)):
                conn.execute(_INDEX_EVIDENCE_SQLITE, {"ids": ids})
        if conn.dialect.name == "postgresql" and self._assigned:
            conn.execute(_ADVANCE_SEQUENCES_PG, {name: value - 1 for name, value in self._next.items()})
        self._empty()


def fact_row(document_id: int, fact_id: int, fact: Fact, ids_by_name: dict[str, int]
             ) -> tuple[dict[str, Any], list[tuple[str | None, str]]]:
    """A fact's row (every column, so rows batch together) and the entities it links, with their part.
    The row is a copy of an empty one, filled in place: a dict merged a fact was a fifth of its cost."""
    def entity_key(name: str | None) -> str:
        return f"#{ids_by_name[name]}" if name in ids_by_name else normalise_name(name or "")

    row = _EMPTY_FACT.copy()
    row["id"], row["document_id"], row["type"], row["record"] = fact_id, document_id, fact.type, fact_record(fact)
    row["confidence"], row["extractor_version"] = fact.confidence, EXTRACTOR_VERSION
    row["group_key"] = group_key(fact, entity_key)
    parties: list[tuple[str | None, str]] = []
    if isinstance(fact, Metric):
        row["subject"], row["subject_id"] = fact.subject, ids_by_name.get(fact.subject or "")
        row["kind"], row["value"], row["qualifier"] = fact.kind, fact.value, fact.qualifier
        row["platform"], row["platform_id"] = fact.platform, ids_by_name.get(fact.platform or "")
        row["date"], row["currency"] = fact.date, fact.currency
        if fact.range:
            row["range_low"], row["range_high"] = fact.range[0], fact.range[1]
        parties = [(fact.subject, "subject"), (fact.platform, "platform")]
    elif isinstance(fact, Partnership):
        row["date"], row["value"], row["currency"] = fact.date, fact.value, fact.currency
        parties = [(name, "party") for name in fact.parties]
    elif isinstance(fact, Role):
        row["subject"], row["subject_id"] = fact.person, ids_by_name.get(fact.person)
        parties = [(fact.person, "person"), (fact.organization, "organization")]
    elif isinstance(fact, Quote):
        row["subject"], row["subject_id"] = fact.speaker, ids_by_name.get(fact.speaker or "")
        parties = [(fact.speaker, "speaker")]
    return row, parties


def _slices(values: Sequence[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(values), IN_LIST):
        yield list(values[start:start + IN_LIST])


def _execute(conn: Connection, statement: Any, rows: list[dict[str, Any]]) -> None:
    """Write the rows with one statement; on SQLite an INSERT goes to the driver's executemany, the rows'
    values converted in place (JSON, dates) as SQLAlchemy would convert them."""
    if not rows:
        return
    plain = _plain_insert(conn.dialect, statement, tuple(rows[0])) if conn.dialect.name == "sqlite" else None
    if plain is None:
        conn.execute(statement, rows)
        return
    sql, take, processed = plain
    # The conversions are made on the rows themselves (built for this write, and built again should it
    # fail), so the getter's tuples are the parameters as they are: no list of each row's values to
    # convert, then copy into a tuple.
    for key, process in processed:
        for row in rows:
            row[key] = process(row[key])
    conn.exec_driver_sql(sql, [take(row) for row in rows])


#: A compiled INSERT's SQL, a getter of a row's values in its order, and the conversions by column key.
_PlainInsert = tuple[str, Callable[[dict[str, Any]], Sequence[Any]], list[tuple[str, Callable[[Any], Any]]]]


@lru_cache(maxsize=64)
def _plain_insert(dialect: Dialect, statement: Any, keys: tuple[str, ...]) -> _PlainInsert | None:
    """An INSERT compiled once for rows with these keys, for the driver's executemany: its SQL, a getter of a
    row's values in the SQL's order, and the type conversions SQLAlchemy would make (JSON, dates, floats) by
    position. SQLAlchemy's own executemany builds every row's parameters anew, a third of a group's commit.
    None when the statement takes any other parameter (a column default filled in Python): it goes the usual way."""
    if not isinstance(statement, Insert):
        return None
    compiled = statement.compile(dialect=dialect, column_keys=list(keys))
    order = compiled.positiontup
    if order is None or sorted(order) != sorted(keys) or dialect.paramstyle != "qmark":
        return None
    processors = compiled._bind_processors  # the conversions construct_params applies
    processed = [(key, _json_text(compiled.binds[key].type, dialect) or processors[key])
                 for key in order if key in processors]
    take = itemgetter(*order) if len(order) > 1 else (lambda row: (row[order[0]],))
    return compiled.string, take, processed


def _json_text(column_type: Any, dialect: Dialect) -> Callable[[Any], Any] | None:
    """The engine's JSON writer itself for a JSON column that stores None as JSON null, rather than
    SQLAlchemy's conversion, which only calls it for the plain values the store writes; None for others."""
    if isinstance(column_type, JSON) and not column_type.none_as_null and dialect.name == "sqlite":
        serializer: Callable[[Any], Any] | None = getattr(dialect, "_json_serializer", None)
        return serializer
    return None


def _clear(conn: Connection, document_ids: Iterable[int]) -> None:
    """Delete the extraction of stored documents about to be given a new one (their facts' index rows
    go with their evidence, by migration 0004's trigger)."""
    for ids in _slices(list(document_ids)):
        fact_ids = select(t.facts.c.id).where(t.facts.c.document_id.in_(ids))
        conn.execute(delete(t.evidence).where(t.evidence.c.fact_id.in_(fact_ids)))
        conn.execute(delete(t.fact_parties).where(t.fact_parties.c.fact_id.in_(fact_ids)))
        conn.execute(delete(t.facts).where(t.facts.c.document_id.in_(ids)))
        conn.execute(delete(t.mentions).where(t.mentions.c.document_id.in_(ids)))
        conn.execute(delete(t.document_entities).where(t.document_entities.c.document_id.in_(ids)))


@cache
def _insert_ignoring_duplicates(dialect_name: str) -> Any:
    """Sources: a place already recorded for a stored document is not recorded twice. One statement a
    dialect, made once (``_plain_insert`` compiles a statement once, keyed by it), its dialect's module
    imported then: PostgreSQL's costs an ingest into SQLite 30 ms for nothing."""
    dialect = import_module("sqlalchemy.dialects.postgresql" if dialect_name == "postgresql"
                            else "sqlalchemy.dialects.sqlite")
    return dialect.insert(t.sources).on_conflict_do_nothing()


_UPDATE_DOCUMENT = update(t.documents).where(t.documents.c.id == bindparam("b_id")).values(
    extractor_version=bindparam("b_version"), lexicons=bindparam("b_lexicons", type_=t.documents.c.lexicons.type))
_UPDATE_CATEGORY = update(t.entities).where(t.entities.c.id == bindparam("b_id")).values(
    category=bindparam("b_category"))

#: The group's evidence into SQLite's full-text index (migration 0004's table), one row an evidence:
#: its sentence, and the fact's words besides (as 0004's update trigger and ``_FACT_DETAILS_PG`` of
#: ``query/search.py`` have them). One statement for the group, not a trigger a row (migration 0005 says why).
_INDEX_EVIDENCE_SQLITE = text(
    "INSERT INTO facts_search(rowid, fact_id, sentence, details) SELECT e.id, e.fact_id, e.sentence, "
    + t.fact_search_details(lambda key: f"json_extract(f.record, '$.{key}')")
    + " FROM facts f JOIN evidence e ON e.fact_id = f.id WHERE f.document_id IN :ids"  # by their indexes
).bindparams(bindparam("ids", expanding=True))

#: The group's new documents into SQLite's full-text index (migration 0004's table), as 0004's insert
#: trigger had them; one statement for the group (migration 0009 says why).
_INDEX_DOCUMENTS_SQLITE = text(
    "INSERT INTO documents_search(rowid, title, text) SELECT id, title, text FROM documents WHERE id IN :ids"
).bindparams(bindparam("ids", expanding=True))

#: The serial sequences of the numbered tables moved to the ids given in Python.
_ADVANCE_SEQUENCES_PG = text("SELECT " + ", ".join(
    f"setval(pg_get_serial_sequence('{name}', 'id'), greatest(:{name}, 1), :{name} > 0)" for name in NUMBERED))

#: A facts row with every column but its key, empty: each fact's row is a copy (rows batch together when
#: they have the same columns).
_EMPTY_FACT: dict[str, Any] = dict.fromkeys(c.name for c in t.facts.columns if c.name != "id")
