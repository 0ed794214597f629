"""The watch state kept in the knowledge base (migration 0007): sources' validators and backoff, items seen.

Keeping it beside the documents means one backup, one lock and one truth: a
restart (after a crash, a reboot, or the next cron run) knows which items are
ingested and which are pending. The tables are declared on the store's
``metadata`` so that Alembic sees them with the rest of the schema.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import (
    Column,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    insert,
    select,
    update,
)

from crossreach.store import KnowledgeBase
from crossreach.store import schema as t

watch_sources = Table(
    "watch_sources", t.metadata,
    Column("id", Integer, primary_key=True),
    Column("location", Text, nullable=False, unique=True),
    Column("kind", String(8), nullable=False),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("last_polled", DateTime(timezone=True)),
    Column("next_poll", DateTime(timezone=True)),
    Column("failures", Integer, nullable=False, server_default="0"),
    Column("last_status", String(16)),
    Column("last_reason", Text),
)

watch_items = Table(
    "watch_items", t.metadata,
    Column("id", Integer, primary_key=True),
    Column("source_id", Integer, ForeignKey("watch_sources.id", ondelete="CASCADE"), nullable=False),
    Column("key", Text, nullable=False),
    Column("status", String(8), nullable=False),   # pending | done | failed
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("last_error", Text),
    Column("doc_id", String(80)),
    Column("first_seen", DateTime(timezone=True), nullable=False),
    Column("done_at", DateTime(timezone=True)),
    UniqueConstraint("source_id", "key", name="uq_watch_items_source_key"),
)

PENDING, DONE, FAILED = "pending", "done", "failed"


@dataclass(slots=True)
class SourceState:
    """What is remembered of one source between polls."""

    id: int
    location: str
    etag: str | None
    last_modified: str | None
    next_poll: datetime | None
    failures: int


@dataclass(frozen=True, slots=True)
class PendingItem:
    id: int
    key: str
    attempts: int


def utc(moment: datetime | None) -> datetime | None:
    """SQLite gives back naive datetimes; they were written in UTC."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


class WatchState:
    """Reads and writes the watch tables; each method is its own short transaction."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def source(self, location: str, kind: str) -> SourceState:
        """The state of a source, created on first sight."""
        with self.kb.writing() as conn:
            row = conn.execute(select(watch_sources).where(watch_sources.c.location == location)).first()
            if row is None:
                conn.execute(insert(watch_sources).values(location=location, kind=kind, failures=0))
                row = conn.execute(select(watch_sources).where(watch_sources.c.location == location)).one()
        return SourceState(id=row.id, location=row.location, etag=row.etag, last_modified=row.last_modified,
                           next_poll=utc(row.next_poll), failures=row.failures)

    def record_poll(self, source_id: int, *, status: str, reason: str | None, now: datetime, next_poll: datetime,
                    failures: int, etag: str | None = None, last_modified: str | None = None,
                    keep_validators: bool = True) -> None:
        """The outcome of one poll: when to come back, and the validators for the next conditional request."""
        values: dict[str, object] = {"last_status": status, "last_reason": reason, "last_polled": now,
                                     "next_poll": next_poll, "failures": failures}
        if not keep_validators:
            values.update(etag=etag, last_modified=last_modified)
        with self.kb.writing() as conn:
            conn.execute(update(watch_sources).where(watch_sources.c.id == source_id).values(**values))

    def add_items(self, source_id: int, keys: list[str], now: datetime) -> list[str]:
        """Record the keys not seen before as pending; the new ones, in the order given."""
        with self.kb.writing() as conn:
            known = set(conn.scalars(select(watch_items.c.key).where(watch_items.c.source_id == source_id)))
            fresh = [k for k in dict.fromkeys(keys) if k not in known]
            if fresh:
                conn.execute(insert(watch_items), [{"source_id": source_id, "key": k, "status": PENDING,
                                                    "attempts": 0, "first_seen": now} for k in fresh])
        return fresh

    def pending(self, source_id: int) -> list[PendingItem]:
        """Items listed but not yet ingested, oldest first (new ones and those whose fetch failed)."""
        with self.kb.reading() as conn:
            rows = conn.execute(select(watch_items.c.id, watch_items.c.key, watch_items.c.attempts)
                                .where(watch_items.c.source_id == source_id, watch_items.c.status == PENDING)
                                .order_by(watch_items.c.id)).all()
        return [PendingItem(r.id, r.key, r.attempts) for r in rows]

    def already_stored(self, location: str) -> str | None:
        """The document stored from ``location``, if any: an item ingested just before a crash, whose
        ``done`` mark was never written, is recognised here and not fetched again."""
        with self.kb.reading() as conn:
            return conn.scalar(select(t.documents.c.doc_id)
                               .join(t.sources, t.sources.c.document_id == t.documents.c.id)
                               .where(t.sources.c.location == location).limit(1))

    def item_done(self, item_id: int, doc_id: str | None, now: datetime) -> None:
        with self.kb.writing() as conn:
            conn.execute(update(watch_items).where(watch_items.c.id == item_id)
                         .values(status=DONE, doc_id=doc_id, done_at=now, last_error=None))

    def item_failed(self, item_id: int, reason: str, give_up: bool) -> None:
        """One more failed attempt; after too many the item is ``failed`` and no longer retried."""
        with self.kb.writing() as conn:
            conn.execute(update(watch_items).where(watch_items.c.id == item_id)
                         .values(attempts=watch_items.c.attempts + 1, last_error=reason,
                                 status=FAILED if give_up else PENDING))

    def item_counts(self) -> dict[str, int]:
        """Items per status, over every source."""
        counts = {PENDING: 0, DONE: 0, FAILED: 0}
        with self.kb.reading() as conn:
            for status in counts:
                counts[status] = len(conn.scalars(select(watch_items.c.id)
                                                  .where(watch_items.c.status == status)).all())
        return counts
