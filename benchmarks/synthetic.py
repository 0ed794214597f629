"""Synthetic corpora for benchmarks and scale tests, made from the bundled example articles.

Each generated article is an example article with a distinct closing line, so
every one is a distinct document (its own id) with realistic text and facts.
"""

from __future__ import annotations

import json
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


def example_texts() -> list[tuple[str, str]]:
    """(stem, text) of the plain-text example articles."""
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(EXAMPLES.glob("*.txt"))]


def synthetic_articles(count: int, min_bytes: int = 0) -> list[tuple[str, str]]:
    """``count`` distinct (name, text) articles cycling over the examples. With ``min_bytes``, each
    example is followed by the next ones of its language until the text is at least that long
    (UTF-8), for figures at a given article size."""
    texts = _lengthened(example_texts(), min_bytes)
    return [(f"{i:06d}_{stem}", f"{text.rstrip()}\n\nArchive reference {i}.\n")
            for i, (stem, text) in ((i, texts[i % len(texts)]) for i in range(count))]


def _lengthened(texts: list[tuple[str, str]], min_bytes: int) -> list[tuple[str, str]]:
    """Each text followed by paragraphs of the next texts of its language until it is long enough."""
    out = []
    for index, (stem, text) in enumerate(texts):
        following = [p for s, t in texts[index + 1:] + texts[:index + 1] if s[:2] == stem[:2]
                     for p in t.split("\n\n")]
        parts = [text.rstrip()]
        size = len(parts[0].encode("utf-8"))
        while size < min_bytes:
            parts.append(following[(len(parts) - 1) % len(following)])
            size += len(parts[-1].encode("utf-8")) + 2
        out.append((stem, "\n\n".join(parts)))
    return out


def write_corpus(directory: Path, count: int, min_bytes: int = 0) -> Path:
    """Write ``count`` articles as .txt files into ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    for name, text in synthetic_articles(count, min_bytes):
        (directory / f"{name}.txt").write_text(text, encoding="utf-8")
    return directory


def write_one_per_language(directory: Path) -> Path:
    """Write the first example article of each language (its file name's two-letter prefix) into
    ``directory``: a run over them loads and caches what every language needs."""
    directory.mkdir(parents=True, exist_ok=True)
    firsts: dict[str, tuple[str, str]] = {}
    for stem, text in example_texts():
        firsts.setdefault(stem[:2], (stem, text))
    for stem, text in firsts.values():
        (directory / f"{stem}.txt").write_text(text, encoding="utf-8")
    return directory


def write_jsonl_shards(directory: Path, count: int, per_shard: int = 500) -> Path:
    """Write ``count`` articles as JSONL shards (the input of the distributed path)."""
    directory.mkdir(parents=True, exist_ok=True)
    articles = synthetic_articles(count)
    for shard, start in enumerate(range(0, count, per_shard)):
        lines = (json.dumps({"source": f"{name}.txt", "text": text}, ensure_ascii=False)
                 for name, text in articles[start:start + per_shard])
        (directory / f"shard-{shard:05d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return directory


def fresh_pg_database(server: str) -> str:
    """The URL of a new, empty database on a PostgreSQL server, for one benchmark run."""
    import uuid

    from sqlalchemy import create_engine, text

    name = f"bench_{uuid.uuid4().hex[:8]}"
    with create_engine(server, isolation_level="AUTOCOMMIT").connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    return server.rsplit("/", 1)[0] + "/" + name
