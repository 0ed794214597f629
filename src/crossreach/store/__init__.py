"""Store: the knowledge base behind SQLAlchemy Core (SQLite by default, PostgreSQL by URL)."""

from crossreach.store.repository import BatchWriter, KnowledgeBase, open_knowledge_base

__all__ = ["BatchWriter", "KnowledgeBase", "open_knowledge_base"]
