"""The engine under the knowledge base: connecting, the migrations, and the write lock.

SQLite opens transactions itself (``BEGIN IMMEDIATE`` for a writer) in WAL mode; PostgreSQL
writers take an advisory lock. Opening an engine brings the schema up to date with Alembic,
loaded only when there is a migration to run; whether there is one is read without the lock, so
that opening a knowledge base another process writes to never waits for that process's writes.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, column, create_engine, event, inspect, select, table

from crossreach.store.json_text import dumps
from crossreach.store.schema_template import create_from_template

MIGRATIONS = Path(__file__).parent / "migrations"
#: Execution option that marks a connection whose transactions write.
_WRITES = "crossreach_writes"
#: Key of the PostgreSQL advisory lock that serialises writers (any fixed 64-bit number).
_WRITE_LOCK_KEY = 0x63726F7373


class StoreError(RuntimeError):
    """The knowledge base cannot be opened or written."""


def open_engine(url: str) -> Engine:
    """Connect and bring the schema up to date (Alembic migrations); ``StoreError`` when either fails.
    A new SQLite database file starts as a copy of an empty one already migrated (``schema_template``)."""
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        path.parent.mkdir(parents=True, exist_ok=True)
        if "?" not in url and path.name != ":memory:" and not path.exists():
            _create_database_file(path)
    return _migrated(url)


#: Pages of write-ahead log after which a commit folds the log into the database file (SQLite's default is
#: 1,000, 4 MB). Each fold syncs the log and the file to disk (fdatasync: 20-50 ms of waiting, however little
#: CPU it takes), and a batch group of fifty 2 KB articles writes more than 1,000 pages: with the default,
#: nearly every group's commit folded the log, 46-52 syncs and 1.2-1.3 s of waiting on the disk in an ingest of
#: 1,000 articles (strace -w); with 10,000 pages (40 MB of log at most between folds), 7-10 syncs and 0.37 s.
#: The folds are fewer, not later for good: a command that ends closes the knowledge base, which folds what is
#: left and removes the log. Durability is unchanged (``synchronous=NORMAL``: a commit survives a killed process).
WAL_CHECKPOINT_PAGES = 10_000

#: What SQLite keeps beside a database file while it writes: the write-ahead log, its index, and the
#: rollback journal.
_LOG_SUFFIXES = ("-wal", "-shm", "-journal")


def _create_database_file(path: Path) -> None:
    """Create the SQLite file ``path`` (a copy of the migrated template, else empty), first removing the
    logs a deleted database left at that path (a user deleted ``kb.db`` alone after a crash): SQLite would
    read such a log back into the new file, bringing back the deleted database's rows or a malformed file.
    Under a lock on the folder, so that a process creating the same file at the same moment never has its
    own fresh log removed."""
    with _folder_lock(path.parent):
        if path.exists():
            return
        for suffix in _LOG_SUFFIXES:
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        if not create_from_template(path, lambda made: _migrated(f"sqlite:///{made}").dispose()):
            path.touch()


@contextmanager
def _folder_lock(folder: Path) -> Iterator[None]:
    """An exclusive advisory lock on ``folder``, where the system has ``flock``; none elsewhere."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)


def _migrated(url: str) -> Engine:
    """An engine on ``url`` with the schema brought up to date."""
    try:
        engine = create_engine(url, future=True, json_serializer=dumps)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_connect)
            event.listen(engine, "begin", _sqlite_begin)
        with engine.connect() as conn:
            up_to_date = at_head(conn)
        if not up_to_date:
            _upgrade(engine)
    except Exception as exc:
        raise StoreError(f"cannot open the knowledge base {_without_password(url)}: {exc}") from exc
    return engine


def _upgrade(engine: Engine) -> None:
    """Run the migrations not run yet, under the write lock: looked at again under it, since another
    process may have run them while this one waited."""
    with write_connection(engine) as conn:
        if not at_head(conn):
            from alembic import command  # here: loading Alembic costs every command half a second
            from alembic.config import Config

            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS))
            config.attributes["connection"] = conn
            command.upgrade(config, "heads")


@contextmanager
def write_connection(engine: Engine) -> Iterator[Connection]:
    """A write transaction holding the write lock until it ends (``KnowledgeBase.writing``)."""
    with writer_connection(engine) as conn, conn.begin():
        lock_for_writing(conn)
        yield conn


def writer_connection(engine: Engine) -> Connection:
    """A connection whose transactions write: on SQLite each begins with ``BEGIN IMMEDIATE``."""
    return engine.connect().execution_options(**{_WRITES: True})


@contextmanager
def read_transaction(conn: Connection) -> Iterator[Connection]:
    """A transaction on a writer's connection (``writer_connection``) that only reads and takes no lock
    (SQLite: a plain ``BEGIN``), ended before the connection's next write transaction begins, so that
    that one reads what other writers committed meanwhile."""
    conn.execution_options(**{_WRITES: False})
    try:
        with conn.begin():
            yield conn
    finally:
        conn.execution_options(**{_WRITES: True})


def begin_writing(conn: Connection) -> None:
    """Begin a write transaction on a writer's connection, holding the write lock until it ends."""
    conn.begin()
    lock_for_writing(conn)


def lock_for_writing(conn: Connection) -> None:
    """Take the write lock in a transaction just begun (SQLite took it with BEGIN IMMEDIATE)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_WRITE_LOCK_KEY})")


@cache
def head_revisions() -> frozenset[str]:
    """The newest migrations: those no other migration file names as its ``down_revision``, read
    from the files so that opening a knowledge base already up to date does not load Alembic."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revisions.update(re.findall(r'^revision\s*=\s*"([^"]+)"', source, re.MULTILINE))
        for line in re.findall(r"^down_revision\s*=.*$", source, re.MULTILINE):
            parents.update(re.findall(r'"([^"]+)"', line))
    return frozenset(revisions - parents)


def at_head(conn: Connection) -> bool:
    """Whether the schema is at the newest migrations, with nothing for Alembic to do."""
    if not inspect(conn).has_table("alembic_version"):
        return False
    return set(conn.scalars(select(column("version_num")).select_from(table("alembic_version")))) \
        == set(head_revisions())


def _without_password(url: str) -> str:
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event open transactions, so that writers can take the lock up front.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # In WAL mode, NORMAL loses no committed document when the process is killed (only an OS crash
    # or power cut may drop the last commits); it spares an fsync per document.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute(f"PRAGMA wal_autocheckpoint={WAL_CHECKPOINT_PAGES}")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    immediate = conn.get_execution_options().get(_WRITES)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
