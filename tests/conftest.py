"""Fixtures shared by the whole suite: fresh knowledge bases, the CLI runner, corpus paths."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crossreach.domain import load_domain
from crossreach.store import KnowledgeBase, open_knowledge_base

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples"

# The synthetic corpus generator is shared with the benchmarks.
sys.path.insert(0, str(REPO / "benchmarks"))
# The fixed records of the interface tests.
sys.path.insert(0, str(REPO / "tests"))
# The build cache (domain automaton, compiled lexicon regexes) of a test run lives in a folder of its
# own, so that the throwaway lexicons of property tests never reach the developer's ~/.cache.
if "CROSSREACH_CACHE_DIR" not in os.environ:
    os.environ["CROSSREACH_CACHE_DIR"] = tempfile.mkdtemp(prefix="crossreach-test-cache-")
    atexit.register(shutil.rmtree, os.environ["CROSSREACH_CACHE_DIR"], ignore_errors=True)


@pytest.fixture
def fresh_kb(tmp_path: Path) -> KnowledgeBase:
    """An empty SQLite knowledge base with the schema migrated to head."""
    return open_knowledge_base(f"sqlite:///{tmp_path / 'kb.db'}")


@pytest.fixture(scope="session")
def domain():
    return load_domain()


@pytest.fixture(scope="session")
def cli() -> str:
    """The installed ``crossreach`` command, for tests that need a real process."""
    return str(Path(sys.executable).parent / "crossreach")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def shared_corpus() -> Path:
    """../shared/corpus, or a skip when the shared folder is not beside the repository."""
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip("../shared/corpus is not beside the repository")
    return corpus


PG_URL_VAR = "CROSSREACH_TEST_PG_URL"


def _postgres_database(request: pytest.FixtureRequest) -> str:
    """A new, empty PostgreSQL database on the test server (dropped after the test)."""
    import os
    import uuid

    from sqlalchemy import create_engine, text

    server = os.environ.get(PG_URL_VAR)
    if not server:
        if os.environ.get("CROSSREACH_REQUIRE_PG"):
            pytest.fail(f"{PG_URL_VAR} is not set but CROSSREACH_REQUIRE_PG asks for PostgreSQL tests")
        pytest.skip(f"no PostgreSQL test server ({PG_URL_VAR} unset; scripts/start_postgres.sh starts one)")
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    request.addfinalizer(drop)
    return server.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of an empty knowledge base, on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'kb.db'}"
    return _postgres_database(request)


@pytest.fixture
def any_kb(db_url: str) -> KnowledgeBase:
    """A fresh knowledge base on each backend."""
    kb = open_knowledge_base(db_url)
    yield kb
    kb.engine.dispose()


@pytest.fixture(scope="session")
def extract_text(domain):
    """Run the whole extractor over one text, as ``crossreach analyze`` does."""
    from crossreach.ingest import Article, prepare
    from crossreach.pipeline import extract

    def run(lang: str, text: str, published: str | None = None):
        return extract(prepare(Article(source="<test>", text=text, lang=lang, published=published)), domain)

    return run


def _comparable(kb: KnowledgeBase) -> list[dict]:
    """The knowledge base as exported, in an order that does not depend on ingest timing."""
    return sorted(kb.document_records(), key=lambda r: r["doc_id"])


def _kill_when_stored(command: list[str], kb: KnowledgeBase, documents: int) -> None:
    """Run a crossreach command and SIGKILL it once ``kb`` holds ``documents`` documents."""
    import signal
    import subprocess
    import time

    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while kb.counts()["documents"] < documents and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert proc.poll() is None, "the command finished before it could be killed; use a larger corpus"
    proc.send_signal(signal.SIGKILL)
    proc.wait()


@pytest.fixture(scope="session")
def comparable():
    """The knowledge base as a sorted list of FACTS records, for comparing two runs."""
    return _comparable


@pytest.fixture(scope="session")
def kill_when_stored():
    """Start a command and kill it with SIGKILL once so many documents are stored."""
    return _kill_when_stored


def _build_kb(url: str, *inputs: Path) -> str:
    from crossreach.batch import ingest

    kb = open_knowledge_base(url)
    report = ingest([str(p) for p in inputs], kb, workers=1)
    assert not report.skipped, report.skipped
    kb.engine.dispose()
    return url


@pytest.fixture(scope="session")
def example_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The URL of a SQLite knowledge base built once from examples/articles (the dev corpus); read it only."""
    return _build_kb(f"sqlite:///{tmp_path_factory.mktemp('example') / 'kb.db'}", EXAMPLES / "articles")


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The same for ../shared/corpus/seeds (skipped when the shared folder is not beside the repository)."""
    texts = SHARED / "corpus" / "seeds" / "texts"
    if not texts.is_dir():
        pytest.skip("../shared/corpus is not beside the repository")
    return _build_kb(f"sqlite:///{tmp_path_factory.mktemp('seeds') / 'kb.db'}", texts)


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def example_kb_url(request: pytest.FixtureRequest) -> str:
    """examples/articles in a knowledge base on each backend (SQLite: ``example_db``), built once; read it only."""
    if request.param == "sqlite":
        return request.getfixturevalue("example_db")
    return _build_kb(_postgres_database(request), EXAMPLES / "articles")


def _build_fixed_kb(url: str) -> str:
    from fixed_records import write_fixed_records

    kb = open_knowledge_base(url)
    write_fixed_records(kb)
    kb.engine.dispose()
    return url


@pytest.fixture(scope="session")
def fixed_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The URL of a SQLite knowledge base written once from the fixed records of ``tests/fixed_records.py``
    (not from what the extractor reads): the interface tests ask it their questions; read it only."""
    return _build_fixed_kb(f"sqlite:///{tmp_path_factory.mktemp('fixed') / 'kb.db'}")


@pytest.fixture
def fixed_copy(fixed_db: str, tmp_path: Path) -> str:
    """A copy of ``fixed_db`` that a test may change."""
    import shutil

    target = tmp_path / "fixed-copy.db"
    shutil.copyfile(fixed_db.removeprefix("sqlite:///"), target)
    return f"sqlite:///{target}"


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def fixed_kb_url(request: pytest.FixtureRequest) -> str:
    """The fixed records in a knowledge base on each backend (SQLite: ``fixed_db``), built once; read it only."""
    if request.param == "sqlite":
        return request.getfixturevalue("fixed_db")
    return _build_fixed_kb(_postgres_database(request))
