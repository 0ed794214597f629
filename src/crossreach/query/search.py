"""Search in documents and facts, in three ways with one call: SQLite FTS5 (migration 0004), PostgreSQL
full-text search ('simple' configuration), and for text in scripts written without spaces (Chinese, Japanese),
which neither tokeniser splits into words, substrings in simplified and traditional characters."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, Row, and_, bindparam, func, or_, select, text

from crossreach.query.entities import _UNSPACED, spellings
from crossreach.query.facts import describe_fact
from crossreach.query.results import Page, SearchHit
from crossreach.store import KnowledgeBase
from crossreach.store import schema as t

_WORD = re.compile(r"\w")


def search(kb: KnowledgeBase, text: str, limit: int = 20, offset: int = 0) -> Page:
    """Documents and facts that contain every word of ``text``, best match first (a Page of SearchHit)."""
    words = [w for w in text.split() if _WORD.search(w)]
    if not words:
        return Page(items=[], total=0, limit=limit, offset=offset)
    with kb.reading() as conn:
        dialect = conn.dialect.name
        if _UNSPACED.search(text) or dialect not in ("sqlite", "postgresql"):
            documents, facts = _substring_search(conn, words)
        elif dialect == "sqlite":
            documents, facts = _sqlite_search(conn, words, limit + offset)
        else:
            documents, facts = _postgres_search(conn, text, limit + offset)
        fact_hits = _name_fact_hits(conn, facts.hits)
    hits = sorted([*documents.hits, *fact_hits], key=lambda h: -h.score)
    return Page(items=hits[offset:offset + limit], total=documents.total + facts.total, limit=limit, offset=offset)



@dataclass(slots=True)
class _Hits:
    """Hits of one kind (documents, or facts keyed by fact id), and how many there are in all."""

    hits: list[SearchHit]
    total: int


#: Where a match starts and stops while a snippet is made (private-use characters no text contains);
#: ``_snippet_text`` turns them into the [ ] of ``SearchHit.snippet``.
_START, _STOP = "\ue000", "\ue001"
#: ts_headline options: a short window around the match (as FTS5 snippet() gives).
_HEADLINE = f"StartSel={_START}, StopSel={_STOP}, MaxWords=24, MinWords=12, MaxFragments=1"
#: The expression of the GIN index of migration 0004: keep them identical or the index is not used.
_DOCUMENT_VECTOR_PG = "to_tsvector('simple', coalesce(d.title, '') || ' ' || d.text)"
#: A fact's words besides its sentence, as the store indexes them on SQLite.
_FACT_DETAILS_PG = t.fact_search_details(lambda key: f"f.record ->> '{key}'")


def _fts5_query(words: Sequence[str]) -> str:
    """Every word as an FTS5 phrase (so punctuation and operators in user text are plain text)."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def _sqlite_search(conn: Connection, words: Sequence[str], wanted: int) -> tuple[_Hits, _Hits]:
    match = {"match": _fts5_query(words), "wanted": wanted}
    documents = conn.execute(text(
        f"SELECT d.doc_id AS id, d.title, snippet(documents_search, -1, '{_START}', '{_STOP}', '…', 16) AS snippet, "
        "-bm25(documents_search) AS score FROM documents_search JOIN documents d ON d.id = documents_search.rowid "
        "WHERE documents_search MATCH :match ORDER BY bm25(documents_search) LIMIT :wanted"), match).all()
    document_total = conn.scalar(text("SELECT count(*) FROM documents_search WHERE documents_search MATCH :match"),
                                 match)
    facts = conn.execute(text(
        f"SELECT fact_id AS id, snippet(facts_search, 1, '{_START}', '{_STOP}', '…', 16) AS snippet, "
        "-bm25(facts_search) AS score FROM facts_search WHERE facts_search MATCH :match "
        "ORDER BY bm25(facts_search)"), match).all()
    return _Hits(_document_hits(documents), document_total or 0), _best_per_fact(facts, wanted)


def _postgres_search(conn: Connection, query: str, wanted: int) -> tuple[_Hits, _Hits]:
    params = {"query": query, "wanted": wanted, "headline": _HEADLINE}
    documents = conn.execute(text(
        f"SELECT d.doc_id AS id, d.title, ts_headline('simple', coalesce(d.title, '') || ' ' || d.text, q, "
        f":headline) AS snippet, ranked.score FROM (SELECT d.id, ts_rank({_DOCUMENT_VECTOR_PG}, q) AS score "
        f"FROM documents d, plainto_tsquery('simple', :query) q WHERE {_DOCUMENT_VECTOR_PG} @@ q "
        f"ORDER BY score DESC, d.id LIMIT :wanted) ranked JOIN documents d ON d.id = ranked.id, "
        f"plainto_tsquery('simple', :query) q ORDER BY ranked.score DESC, d.id"), params).all()
    document_total = conn.scalar(text(
        f"SELECT count(*) FROM documents d, plainto_tsquery('simple', :query) q WHERE {_DOCUMENT_VECTOR_PG} @@ q"),
        params)
    fact_vector = f"to_tsvector('simple', e.sentence || ' ' || {_FACT_DETAILS_PG})"
    ranked = conn.execute(text(
        f"SELECT e.id AS evidence_id, e.fact_id AS id, ts_rank({fact_vector}, q) AS score "
        f"FROM evidence e JOIN facts f ON f.id = e.fact_id, plainto_tsquery('simple', :query) q "
        f"WHERE {fact_vector} @@ q ORDER BY score DESC, e.id"), params).all()
    best: dict[int, Row[Any]] = {}
    for row in ranked:   # best first: the first evidence of a fact is its best
        best.setdefault(row.id, row)
    shown = list(best.values())[:wanted]
    headlines = {evidence_id: headline for evidence_id, headline in conn.execute(text(
        "SELECT e.id, ts_headline('simple', e.sentence, q, :headline) FROM evidence e, "
        "plainto_tsquery('simple', :query) q WHERE e.id IN :ids").bindparams(bindparam("ids", expanding=True)),
        params | {"ids": [row.evidence_id for row in shown] or [0]})}
    facts = [SearchHit("fact", row.id, None, _snippet_text(headlines[row.evidence_id]), float(row.score))
             for row in shown]
    return _Hits(_document_hits(documents), document_total or 0), _Hits(facts, len(best))


def _substring_search(conn: Connection, words: Sequence[str]) -> tuple[_Hits, _Hits]:
    """Every word as a substring, in either Chinese script: for text no tokeniser splits into words."""
    needles = [[s.casefold() for s in spellings(w)] for w in words]

    def containing(*columns: Any) -> ColumnElement[bool]:
        return and_(*(or_(*(func.lower(c).contains(s, autoescape=True) for c in columns for s in spellings))
                      for spellings in needles))

    documents = conn.execute(select(t.documents.c.doc_id, t.documents.c.title, t.documents.c.text)
                             .where(containing(t.documents.c.title, t.documents.c.text))).all()
    evidence = conn.execute(select(t.evidence.c.fact_id, t.evidence.c.sentence)
                            .where(containing(t.evidence.c.sentence)).order_by(t.evidence.c.id)).all()
    document_hits = [SearchHit("document", d.doc_id, d.title, *_snippet(f"{d.title or ''}\n{d.text}", needles))
                     for d in documents]
    fact_hits = [SearchHit("fact", e.fact_id, None, *_snippet(e.sentence, needles)) for e in evidence]
    best = _best_per_fact(fact_hits, len(fact_hits))
    return _Hits(sorted(document_hits, key=lambda h: -h.score), len(document_hits)), best


def _snippet(text_: str, needles: Sequence[Sequence[str]], width: int = 60) -> tuple[str, float]:
    """A window of ``text_`` around the first match, every match between [ and ]; the score is the match count."""
    folded = text_.casefold()
    spans = sorted((m.start(), m.end()) for group in needles for s in group
                   for m in re.finditer(re.escape(s), folded))
    if not spans:
        return _snippet_text(text_[:width]), 0.0
    begin = max(spans[0][0] - width // 2, 0)
    end = min(begin + 2 * width, len(text_))
    pieces, cursor = [], begin
    for start, stop in spans:
        if start < cursor or stop > end:
            continue
        pieces += [text_[cursor:start], _START, text_[start:stop], _STOP]
        cursor = stop
    pieces.append(text_[cursor:end])
    body = _snippet_text("".join(pieces))
    return ("…" if begin else "") + body + ("…" if end < len(text_) else ""), float(len(spans))


def _document_hits(rows: Iterable[Any]) -> list[SearchHit]:
    return [SearchHit("document", row.id, row.title, _snippet_text(row.snippet), float(row.score)) for row in rows]


def _snippet_text(snippet: str) -> str:
    """A snippet on one line with its matches between [ and ]; the text's own brackets become ［ ］."""
    marked = snippet.replace("[", "［").replace("]", "］").replace(_START, "[").replace(_STOP, "]")
    return " ".join(marked.split())


def _best_per_fact(rows: Iterable[Any], wanted: int) -> _Hits:
    """One hit per fact (its best-matching evidence), best first; the first ``wanted`` kept."""
    best: dict[int, SearchHit] = {}
    for row in rows:
        hit = row if isinstance(row, SearchHit) else SearchHit("fact", int(row.id), None, _snippet_text(row.snippet),
                                                                float(row.score))
        if hit.id not in best or hit.score > best[int(hit.id)].score:
            best[int(hit.id)] = hit
    ranked = sorted(best.values(), key=lambda h: -h.score)
    return _Hits(ranked[:wanted], len(ranked))


def _name_fact_hits(conn: Connection, hits: list[SearchHit]) -> list[SearchHit]:
    """Fact hits titled with what the fact says."""
    records = {fact_id: record for fact_id, record in conn.execute(
        select(t.facts.c.id, t.facts.c.record).where(t.facts.c.id.in_([h.id for h in hits])))}
    for hit in hits:
        hit.title = describe_fact(records.get(hit.id) or {})
    return hits
