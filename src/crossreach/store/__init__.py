"""Store: the knowledge base behind SQLAlchemy Core (SQLite by default, PostgreSQL by URL)."""

from crossreach.store.repository import KnowledgeBase, open_knowledge_base

__all__ = ["KnowledgeBase", "open_knowledge_base"]
