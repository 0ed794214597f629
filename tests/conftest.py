"""Fixtures shared by the whole suite: fresh knowledge bases, the CLI runner, corpus paths."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from crossreach.domain import load_domain
from crossreach.store import KnowledgeBase, open_knowledge_base

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples"


@pytest.fixture
def fresh_kb(tmp_path: Path) -> KnowledgeBase:
    """An empty SQLite knowledge base with the schema migrated to head."""
    return open_knowledge_base(f"sqlite:///{tmp_path / 'kb.db'}")


@pytest.fixture(scope="session")
def domain():
    return load_domain()


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
