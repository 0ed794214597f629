"""Readers: turn the user's inputs (files, folders, globs, stdin, URLs) into articles.

Each reader yields ``Article`` for what it could read and ``Skipped`` (with the
file, the line where there is one, and the reason) for what it could not, so one
bad input never stops a batch.
"""

from __future__ import annotations

import glob
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from crossreach.config import DEFAULT_MAX_BYTES, MIB
from crossreach.ingest.encoding import (
    UndecodableError,
    decode,
    decode_lines,
    has_wide_bom,
    refuse_binary,
    repair_text,
)
from crossreach.ingest.formats import FEED, HTML, JSONL, format_of, sniff_format
from crossreach.ingest.html import FeedError, NoArticleError, read_feed, read_html

#: Largest input read as one document; a bigger file is skipped with its size.
_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
_MIB = MIB


@dataclass(frozen=True, slots=True)
class Article:
    """Text and metadata of one article as read, before normalisation."""

    source: str
    text: str
    title: str | None = None
    published: str | None = None
    author: str | None = None
    site_name: str | None = None
    url: str | None = None
    lang: str | None = None
    #: What was repaired in the file's text as it was decoded (mojibake, mixed encodings), if anything.
    repair: str | None = None
    #: Set when ``text`` is normalised already and this is its document id (``prepare.identify``, which
    #: batch ingest calls to look the document up before extracting it): not normalised and hashed again.
    doc_id: str | None = None


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input (or one line of it) that was not ingested, and why."""

    source: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: skipped: {self.reason}"


Item = Article | Skipped


def read_inputs(inputs: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES,
                allow_private_urls: bool = False) -> Iterator[Item]:
    """Every article of every input, in the order given (folders sorted by path)."""
    for unit in plan_inputs(inputs):
        if isinstance(unit, Skipped):
            yield unit
        else:
            yield from read_unit(unit, max_bytes, allow_private_urls)


def plan_inputs(inputs: Iterable[str]) -> Iterator[str | Skipped]:
    """What ``read_inputs`` reads, in its order, without reading it: every file a folder or a glob names,
    URLs and ``-`` as given, and ``Skipped`` for a name that matches nothing or a file type it does not read.
    Listing is cheap, so a distributed run plans on the driver and reads in its workers."""
    for spec in inputs:
        if spec == "-" or _URL.match(spec):
            yield spec
        else:
            yield from _plan_path_spec(spec)


def read_unit(unit: str, max_bytes: int = DEFAULT_MAX_BYTES, allow_private_urls: bool = False) -> Iterator[Item]:
    """The articles of one planned input: a file, a URL or ``-`` (stdin)."""
    if unit == "-":
        yield from _read_bytes("<stdin>", sys.stdin.buffer.read(max_bytes + 1), max_bytes, None)
    elif _URL.match(unit):
        yield from _read_url(unit, max_bytes, allow_private_urls)
    else:
        yield from _read_file(Path(unit), max_bytes)


def count_articles(inputs: Iterable[str]) -> int | None:
    """How many articles ``read_inputs`` will give, counted from file names without reading them (for a
    progress bar's total); None when that cannot be known: stdin, a URL, a JSONL file or a feed."""
    total = 0
    for spec in inputs:
        if spec == "-" or _URL.match(spec):
            return None
        path = Path(spec)
        if path.is_dir():
            files = [p for p in path.rglob("*") if p.is_file() and not _hidden(p, path)]
        elif path.is_file():
            files = [path]
        else:
            files = [Path(match) for match in glob.glob(spec, recursive=True) if Path(match).is_file()]
        if any(format_of(f) in (JSONL, FEED) for f in files):
            return None
        total += len(files)
    return total


def read_bytes(source: str, data: bytes, filename: str | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """The articles of bytes received rather than read from a path (an upload): format by ``filename``'s
    extension, else sniffed."""
    yield from _read_bytes(source, data, max_bytes, format_of(Path(filename)) if filename else None)


def jsonl_ranges(path: Path, target_bytes: int) -> list[tuple[int, int, int]]:
    """A JSONL file cut at line ends into byte ranges of about ``target_bytes``: ``(start, end, first_line)``
    each, so that workers can read the ranges of one large shard in parallel (``read_jsonl_range``)."""
    ranges: list[tuple[int, int, int]] = []
    size = path.stat().st_size
    start, line = 0, 1
    with path.open("rb") as file:
        head = file.read(8192)
        try:
            refuse_binary(head)
        except UndecodableError:
            return [(0, size, 1)]  # read whole, to be refused once
        if has_wide_bom(head):
            return [(0, size, 1)]  # UTF-16 or UTF-32: a line end is no single byte
        while start < size:
            file.seek(min(start + target_bytes, size))
            file.readline()
            end = min(file.tell(), size)
            file.seek(start)
            newlines = file.read(end - start).count(b"\n")
            ranges.append((start, end, line))
            start, line = end, line + newlines
    return ranges


def read_jsonl_range(path: Path, start: int, end: int, first_line: int) -> Iterator[Item]:
    """The articles of the lines of ``path`` between two byte offsets that fall on line ends; sources and
    line numbers are those of reading the whole file."""
    source = str(path)
    try:
        with path.open("rb") as file:
            file.seek(start)
            data = file.read(end - start)
    except OSError as exc:
        yield Skipped(source, f"cannot read: {exc.strerror or exc}")
        return
    if not data.strip():
        return
    yield from _read_jsonl(source, data, first_line, whole_file=start == 0)


def _plan_path_spec(spec: str) -> Iterator[str | Skipped]:
    path = Path(spec)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path))
        for file in files:
            if format_of(file) is None:
                yield Skipped(str(file), f"unsupported file type '{file.suffix or file.name}'")
            else:
                yield str(file)
    elif path.is_file():
        yield str(path)
    elif any(ch in spec for ch in "*?["):
        matches = sorted(glob.glob(spec, recursive=True))
        if not matches:
            yield Skipped(spec, "no file matches this pattern")
        for match in matches:
            yield from _plan_path_spec(match)
    else:
        yield Skipped(spec, "no such file or folder")


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _read_file(path: Path, max_bytes: int) -> Iterator[Item]:
    source = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield Skipped(source, f"file is {size / _MIB:.1f} MiB, over the {max_bytes / _MIB:.0f} MiB limit")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Skipped(source, f"cannot read: {exc.strerror or exc}")
        return
    yield from _read_bytes(source, data, max_bytes, format_of(path))


def _read_url(url: str, max_bytes: int, allow_private: bool) -> Iterator[Item]:
    from crossreach.ingest.web import FetchError, fetch  # here: reading text or files needs no sockets

    try:
        fetched = fetch(url, max_bytes, allow_private=allow_private)
    except FetchError as exc:
        yield Skipped(url, str(exc))
        return
    content_type = fetched.content_type
    fmt = FEED if "xml" in content_type and "html" not in content_type else HTML
    yield from _read_bytes(url, fetched.body, max_bytes, fmt, url=fetched.url)


def _read_bytes(source: str, data: bytes, max_bytes: int, fmt: str | None, url: str | None = None) -> Iterator[Item]:
    if len(data) > max_bytes:
        yield Skipped(source, f"input is over the {max_bytes / _MIB:.0f} MiB limit")
        return
    if not data.strip():
        yield Skipped(source, "empty file")
        return
    if fmt == JSONL:  # decoded a line at a time
        yield from _read_jsonl(source, data)
        return
    try:
        decoded = decode(data)
    except UndecodableError as exc:
        yield Skipped(source, str(exc))
        return
    text = decoded.text
    fmt = fmt or sniff_format(text)
    if fmt == JSONL:
        yield from _read_jsonl(source, data)
    elif fmt == FEED:
        yield from _read_feed(source, data)  # feedparser decodes the bytes itself
    elif fmt == HTML:
        yield from _noting(decoded.repair, [_read_html(source, text, url)])
    else:
        yield from _noting(decoded.repair, [_plain_article(source, text)])


def _noting(repair: str | None, items: Iterable[Item]) -> Iterator[Item]:
    """The items of a text, each article noting the repair made to the text it was read from."""
    for item in items:
        yield replace(item, repair=repair) if repair and isinstance(item, Article) else item


def _plain_article(source: str, text: str) -> Item:
    if not text.strip():
        return Skipped(source, "no text")
    return Article(source=source, text=text, title=_headline(text))


def _headline(text: str) -> str | None:
    """The first line of a plain-text article, when it reads like a headline."""
    first = text.strip().split("\n", 1)[0].strip()
    return first if 0 < len(first) <= 300 else None


def _read_html(source: str, html: str, url: str | None) -> Item:
    try:
        page = read_html(html, url)
    except NoArticleError as exc:
        return Skipped(source, str(exc))
    return Article(source=source, text=page.text, title=page.title, published=page.published,
                   author=page.author, site_name=page.site_name, url=page.url or url)


def _read_feed(source: str, data: bytes) -> Iterator[Item]:
    try:
        entries = read_feed(data)
    except FeedError as exc:
        yield Skipped(source, str(exc))
        return
    for n, entry in enumerate(entries, 1):
        if not entry.text.strip():
            yield Skipped(source, f"feed entry {n} has no text", line=None)
            continue
        yield Article(source=entry.url or f"{source}#{n}", text=entry.text, title=entry.title,
                      published=entry.published, author=entry.author, url=entry.url)


def _read_jsonl(source: str, data: bytes, first_line: int = 1, whole_file: bool = True) -> Iterator[Item]:
    """Lines end at "\n" only (JSON Lines): a U+2028 or a lone "\r" inside a JSON string is part of it. Each
    line is decoded on its own, so that a repair is noted on its record alone."""
    try:
        lines = list(decode_lines(data, whole_file))
    except UndecodableError as exc:
        yield Skipped(source, str(exc))
        return
    for n, decoded in enumerate(lines, first_line):
        if isinstance(decoded, UndecodableError):
            yield Skipped(source, str(decoded), line=n)
            continue
        line = decoded.text
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(source, f"not valid JSON ({exc.msg} at column {exc.colno})", line=n)
            continue
        if not isinstance(record, dict):
            yield Skipped(source, "a JSON object was expected", line=n)
            continue
        repair = decoded.repair
        if "\\u" in line:  # escapes hide their characters from the repair of the line's text
            try:
                record, repair = _repaired_fields(record, decoded.encoding, repair)
            except UndecodableError as exc:
                yield Skipped(source, str(exc), line=n)
                continue
        yield from _noting(repair, [article_from_record(source, n, record)])


#: The fields of a JSON record that hold the article's words, repaired when their escapes spell mojibake.
_TEXT_FIELDS = ("text", "html", "title", "author")


def _repaired_fields(record: dict, encoding: str, repair: str | None) -> tuple[dict, str | None]:
    """The record with its text fields repaired (ftfy, as for bytes), and the repair noted."""
    fixed = dict(record)
    for name in _TEXT_FIELDS:
        value = record.get(name)
        if isinstance(value, str) and not value.isascii():
            decoded = repair_text(value, encoding)
            if decoded.repair and decoded.text != value:
                fixed[name] = decoded.text
                if not repair or decoded.repair not in repair:
                    repair = f"{repair}; {decoded.repair}" if repair else decoded.repair
    return fixed, repair


def article_from_record(source: str, n: int, record: dict) -> Item:
    """The article of one JSON record (``text`` or ``html``, optional ``title``, ``url``, ``published``,
    ``lang``, ``source``); ``source`` and ``n`` name the file and line it came from."""
    where = str(record.get("source") or record.get("url") or f"{source}#{n}")
    text, html = record.get("text"), record.get("html")
    if isinstance(text, str) and text.strip():
        article = Article(source=where, text=text, title=_str(record.get("title")) or _headline(text))
    elif isinstance(html, str) and html.strip():
        read = _read_html(where, html, _str(record.get("url")))
        if isinstance(read, Skipped):
            return Skipped(source, read.reason, line=n)
        article = read
    else:
        return Skipped(source, "no 'text' or 'html' field with text", line=n)
    return Article(
        source=article.source, text=article.text,
        title=_str(record.get("title")) or article.title,
        published=_str(record.get("published")) or article.published,
        author=_str(record.get("author")) or article.author,
        site_name=article.site_name, url=_str(record.get("url")) or article.url,
        lang=_str(record.get("lang")),
    )


def _str(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None
