"""How figures, facts and links are written, in one place for the templates and the charts."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from markupsafe import Markup

from crossreach import query

_QUALIFIER_WORDS = {"more_than": "more than", "less_than": "less than", "about": "about", "up_to": "up to"}


def entity_url(name: str | int) -> str:
    """The entity page; every character of the name is quoted, so a slash or a ``?`` in a name is safe."""
    return "/entity/" + quote(str(name), safe="")


def fact_url(fact_id: int) -> str:
    return f"/facts/{int(fact_id)}"


def number(value: float | None) -> str:
    """12,345,678 for counts, 1.5 for fractions."""
    if value is None:
        return "?"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def figure(value: float | None, qualifier: str | None = None, currency: str | None = None,
           value_range: Any = None) -> str:
    """A figure as read: qualifier, number (or range), currency."""
    if value is None and isinstance(value_range, list | tuple) and len(value_range) == 2:
        text = f"{number(value_range[0])}–{number(value_range[1])}"
    else:
        text = number(value)
    words = _QUALIFIER_WORDS.get(qualifier or "")
    if words:
        text = f"{words} {text}"
    return f"{text} {currency}" if currency else text


def row_figure(row: query.FactRow) -> str:
    return figure(row.value, row.qualifier, row.currency, row.record.get("range"))


def fact_summary(row: query.FactRow) -> str:
    """One line saying what a fact states, whatever its type."""
    record = row.record
    if row.type == "metric":
        label = record.get("label")
        kind = f"{row.kind} ({label})" if label and row.kind == "other" else row.kind
        where = f" on {row.platform}" if row.platform else ""
        return f"{row.subject}: {row_figure(row)} {kind}{where}"
    if row.type == "partnership":
        deal = f" ({record.get('kind', 'other')}, {record.get('status', 'active')})"
        return " × ".join(str(p) for p in record.get("parties") or [row.subject]) + deal
    if row.type == "role":
        return f"{record.get('person')}, {record.get('title')}, {record.get('organization')}"
    if row.type == "quote":
        text = str(record.get("text") or "")
        return f"{record.get('speaker')}: “{text[:160]}{'…' if len(text) > 160 else ''}”"
    return str(row.subject or row.type)


def highlighted(sentence: str, span: tuple[int, int] | list[int]) -> Markup:
    """The sentence, escaped, with the evidence span inside <mark> (offsets clamped to the sentence)."""
    start, end = (max(0, min(int(x), len(sentence))) for x in span)
    if end <= start:
        return Markup("{}").format(sentence)
    return Markup("{}<mark>{}</mark>{}").format(sentence[:start], sentence[start:end], sentence[end:])


def is_web_link(source: str | None) -> bool:
    """Only http(s) sources become links; a path or any other scheme is shown as text."""
    return bool(source) and str(source).startswith(("http://", "https://"))
