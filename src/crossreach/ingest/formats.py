"""Which reader an input goes to: by file extension, or by a look at its first characters."""

from __future__ import annotations

from pathlib import Path

TEXT, HTML, JSONL, FEED = "text", "html", "jsonl", "feed"

_EXTENSIONS = {
    ".txt": TEXT, ".text": TEXT, ".md": TEXT, ".markdown": TEXT,
    ".html": HTML, ".htm": HTML, ".xhtml": HTML,
    ".jsonl": JSONL, ".ndjson": JSONL,
    ".rss": FEED, ".atom": FEED, ".xml": FEED, ".feed": FEED,
}


def format_of(path: Path) -> str | None:
    """The format a file's extension names, or None for an extension crossreach does not read."""
    return _EXTENSIONS.get(path.suffix.lower())


def sniff_format(text: str) -> str:
    """The format of an input whose name says nothing (stdin, an unknown extension)."""
    head = text.lstrip()[:512].lower()
    if head.startswith("{"):
        return JSONL
    if head.startswith("<"):
        return FEED if ("<rss" in head or "<feed" in head or "<rdf:rdf" in head) else HTML
    return TEXT
