"""Relate: turn recognised items into facts (metrics, partnerships, roles, quotes)."""
