"""HTML pages and RSS/Atom feeds: the article's own text and metadata, nothing around it.

trafilatura finds the main text (no navigation, related-article lists, cookie
banners or newsletter boxes) and the metadata; its date comes from htmldate.
The headline is put in front of the body, as in a plain-text article, because
headlines carry facts too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

#: Shorter main text is a menu or a stub, not an article.
MIN_ARTICLE_CHARS = 50


class NoArticleError(ValueError):
    """The page has no article text."""


class FeedError(ValueError):
    """The input is not a readable RSS or Atom feed."""


@dataclass(frozen=True, slots=True)
class Page:
    text: str
    title: str | None
    published: str | None
    author: str | None
    site_name: str | None
    url: str | None


@dataclass(frozen=True, slots=True)
class FeedEntry:
    text: str
    title: str | None
    published: str | None
    author: str | None
    url: str | None


def read_html(html: str, url: str | None = None) -> Page:
    """The article of an HTML page, or NoArticleError."""
    import trafilatura  # here, not at the top: loading it costs every command a tenth of a second

    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True,
            include_images=False, include_links=False,
        )
    except Exception as exc:  # trafilatura raises many parser errors on broken markup
        raise NoArticleError(f"HTML could not be parsed ({type(exc).__name__})") from exc
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(body) < MIN_ARTICLE_CHARS:
        raise NoArticleError("no article text found in the HTML page")
    title = (doc.title or "").strip() or None
    text = body if not title or body.startswith(title) else f"{title}\n\n{body}"
    return Page(text=text, title=title, published=_iso_date(doc.date), author=doc.author or None,
                site_name=doc.sitename or None, url=doc.url or url)


def read_feed(data: bytes) -> list[FeedEntry]:
    """The entries of an RSS or Atom feed, their HTML turned into text."""
    import feedparser  # here, not at the top: only feeds need it

    parsed = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=True)
    if not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None)
        detail = f": {reason}" if reason else ""
        raise FeedError(f"not an RSS or Atom feed with entries{detail}")
    entries = []
    for entry in parsed.entries:
        content = entry.get("content") or []
        html = content[0].get("value", "") if content else entry.get("summary", "")
        text = _html_to_text(html)
        title = (entry.get("title") or "").strip() or None
        if title and text and not text.startswith(title):
            text = f"{title}\n\n{text}"
        published = entry.get("published_parsed") or entry.get("updated_parsed")
        entries.append(FeedEntry(
            text=text or (title or ""), title=title,
            published=date(*published[:3]).isoformat() if published else None,
            author=entry.get("author"), url=entry.get("link"),
        ))
    return entries


_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section"}


def _html_to_text(fragment: str) -> str:
    """The text of a feed entry's HTML fragment, one line per block element."""
    if "<" not in fragment:
        return fragment.strip()
    import lxml.etree  # loaded only for feeds with markup in their entries
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return ""
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None
