"""What to watch: sources from the command line or ``[[watch]]`` entries of the config file, and their items.

A source is a URL (an RSS or Atom feed, or a sitemap: told apart by what it
serves) or a folder. Listing a source gives its items, each with a key that
names it for good: an entry's link, a sitemap's URL, a file's path.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import lxml.etree

from crossreach.ingest import Article
from crossreach.ingest.formats import format_of
from crossreach.ingest.html import FeedError, read_feed

URL, FOLDER = "url", "folder"
DEFAULT_INTERVAL = 30 * 60.0
_URL_SCHEME = re.compile(r"^https?://", re.IGNORECASE)
_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
#: Entry keys of feed items without a link: the entry's text is the item.
ENTRY_PREFIX = "entry:"
#: Child sitemaps read from one sitemap index, at most.
_MAX_CHILD_SITEMAPS = 50


class WatchConfigError(ValueError):
    """A source or an interval that cannot be understood."""


@dataclass(frozen=True, slots=True)
class WatchSource:
    location: str          # a URL, or a folder's absolute path
    kind: str              # url | folder
    interval: float        # seconds between polls


@dataclass(frozen=True, slots=True)
class Listing:
    """The items a source lists now; ``entries`` holds the text of feed entries, by key, for items
    that have no page of their own or whose page holds no article."""

    keys: list[str]
    entries: dict[str, Article]
    child_sitemaps: list[str]


def parse_interval(value: str | float | int) -> float:
    """Seconds, from ``90``, ``"90s"``, ``"15m"``, ``"2h"`` or ``"1d"``."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = float(value)
    else:
        match = _INTERVAL.match(str(value))
        if not match:
            raise WatchConfigError(f"cannot read the interval {value!r}: write e.g. 90s, 15m, 2h or 1d")
        seconds = float(match.group(1)) * _UNIT_SECONDS[match.group(2).lower()]
    if seconds <= 0:
        raise WatchConfigError(f"the interval {value!r} must be more than zero")
    return seconds


def source_from_spec(spec: str, interval: float = DEFAULT_INTERVAL) -> WatchSource:
    """A source named on the command line: a http(s) URL or an existing folder."""
    if _URL_SCHEME.match(spec):
        return WatchSource(spec, URL, interval)
    path = Path(spec).expanduser()
    if not path.is_dir():
        raise WatchConfigError(f"{spec}: not a http(s) URL nor an existing folder")
    return WatchSource(str(path.resolve()), FOLDER, interval)


def sources_from_config(entries: Iterable[Mapping[str, Any]], default_interval: float = DEFAULT_INTERVAL,
                        ) -> list[WatchSource]:
    """Sources from ``[[watch]]`` entries: ``url = "..."`` or ``path = "..."``, and ``every = "15m"``."""
    sources = []
    for n, entry in enumerate(entries, 1):
        spec = entry.get("url") or entry.get("path")
        if not isinstance(spec, str) or not spec.strip():
            raise WatchConfigError(f"watch entry {n} of the config file: give a 'url' or a 'path'")
        interval = parse_interval(entry["every"]) if "every" in entry else default_interval
        sources.append(source_from_spec(spec.strip(), interval))
    return sources


def list_url(body: bytes) -> Listing:
    """The items of a feed or a sitemap body (a sitemap index gives its child sitemaps to read)."""
    head = body[:4096].lower()
    if b"<urlset" in head or b"<sitemapindex" in head:
        return _list_sitemap(body)
    try:
        entries = read_feed(body)
    except FeedError as exc:
        if _empty_feed(body):
            return Listing(keys=[], entries={}, child_sitemaps=[])
        raise FeedError(f"neither a feed nor a sitemap: {exc}") from exc
    keys: list[str] = []
    texts: dict[str, Article] = {}
    for entry in entries:
        key = entry.url or ENTRY_PREFIX + hashlib.sha256(entry.text.encode("utf-8")).hexdigest()[:32]
        keys.append(key)
        if entry.text.strip():
            texts[key] = Article(source=entry.url or key, text=entry.text, title=entry.title,
                                 published=entry.published, author=entry.author, url=entry.url)
    return Listing(keys=keys, entries=texts, child_sitemaps=[])


def _empty_feed(body: bytes) -> bool:
    """Whether the body is an RSS or Atom feed that lists nothing now (a quiet feed is no failure)."""
    import feedparser  # here, not at the top: only feeds need it

    return bool(feedparser.parse(body).get("version"))


def _list_sitemap(body: bytes) -> Listing:
    try:
        root = lxml.etree.fromstring(body, parser=lxml.etree.XMLParser(resolve_entities=False, no_network=True))
    except lxml.etree.XMLSyntaxError as exc:
        raise FeedError(f"not a readable sitemap: {exc}") from exc
    locs = [(element.text or "").strip() for element in root.iter("{*}loc")]
    locs = [loc for loc in locs if _URL_SCHEME.match(loc)]
    if lxml.etree.QName(root).localname == "sitemapindex":
        return Listing(keys=[], entries={}, child_sitemaps=locs[:_MAX_CHILD_SITEMAPS])
    return Listing(keys=locs, entries={}, child_sitemaps=[])


def list_folder(folder: str) -> list[str]:
    """The readable files of a folder and its subfolders (hidden ones left out), sorted."""
    root = Path(folder)
    if not root.is_dir():
        raise FileNotFoundError(f"{folder}: no such folder")
    return [str(p) for p in sorted(root.rglob("*"))
            if p.is_file() and format_of(p) is not None
            and not any(part.startswith(".") for part in p.relative_to(root).parts)]
