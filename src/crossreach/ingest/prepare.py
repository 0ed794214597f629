"""From an article as read to a Document: normalised text, stable id, language, publication date."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from crossreach.ingest.dateline import find_dateline, parse_published
from crossreach.ingest.language import detect_language
from crossreach.ingest.readers import Article
from crossreach.lexicon import load_language
from crossreach.models import Document

#: The spaces a line may end with (the no-break ones too), and what a trailing run of them can begin with.
_SPACES = " \t\u00a0\u202f"
_TRAILING_SPACE = re.compile(f"[{_SPACES}]+\n")
_TRAILING_ENDS = tuple(f"{space}\n" for space in _SPACES)
_BLANK_LINES = re.compile(r"\n{3,}")
#: Invisible characters that only get in the way of matching (zero-width, BOM, bidi marks).
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u202a\u202b\u202c\u202d\u202e"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]+")


def normalise_text(text: str) -> str:
    """The form of a text that is stored, hashed and extracted from.

    NFC, Unix line ends, no invisible characters, no trailing spaces, at most one
    blank line in a row. No-break spaces inside lines are kept: they group digits.
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    # Each regex runs only where it has something to replace: looking for the few strings it can match
    # first (``in``, a fast search in C) costs a tenth of the regex's scan of every position, which was
    # most of this function's time, and most texts have none of them.
    if any(char in text for char in _INVISIBLE_CHARS):
        text = _INVISIBLE.sub("", text)  # a regex: str.translate with a table is ten times slower
    if any(ending in text for ending in _TRAILING_ENDS):
        text = _TRAILING_SPACE.sub("\n", text)
    if "\n\n\n" in text:
        text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def document_id(text: str) -> str:
    """The stable id of a document: the SHA-256 of its normalised text."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def identify(text: str) -> tuple[str, str]:
    """A raw text's normalised form and its document id: what ``prepare`` stores, and what batch
    ingest and the watcher look up to skip a document already stored, before extracting it."""
    normalised = normalise_text(text)
    return normalised, document_id(normalised)


def prepare(article: Article) -> Document:
    """The Document of an article; the language and date found in it unless the source gave them."""
    text, doc_id = (article.text, article.doc_id) if article.doc_id else identify(article.text)
    lang = article.lang or detect_language(text)
    published = parse_published(article.published, lang) if article.published else None
    if published is None:
        published = find_dateline(text, load_language(lang))
    return Document(
        doc_id=doc_id, source=article.source, text=text, lang=lang,
        title=article.title.strip() if article.title else None, published=published,
        author=article.author, site_name=article.site_name, url=article.url, repair=article.repair,
    )
