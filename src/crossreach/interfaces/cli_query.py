"""The questions an analyst asks, in a terminal: entities, show, metrics, timeline, partners, people, search, sources.

Each command calls one ``crossreach.query`` function and prints Rich tables; with
``--json`` it prints the query's result as JSON and with ``--csv`` flat rows, for
scripts (one implementation for every command: ``_emit``). An unknown name, fact
id, metric kind or date is one error line and exit code 2, never a traceback.
"""

from __future__ import annotations

import csv
import json
import sys
import textwrap
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, is_dataclass
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from crossreach.interfaces.console import error_line, out
from crossreach.interfaces.lazy import lazy_module
from crossreach.interfaces.options import CsvOption, JsonOption
from crossreach.models import (
    ENTITY_TYPES,
    METRIC_KINDS,
    ORGANIZATION_CATEGORIES,
    PARTNERSHIP_KINDS,
    PARTNERSHIP_STATUSES,
    UNCERTAIN_BELOW,
)

if TYPE_CHECKING:
    from crossreach import query
    from crossreach.query import FactRow
    from crossreach.store import KnowledgeBase
else:
    query = lazy_module("crossreach.query")  # SQLAlchemy loads when a query command runs

KindOption = Annotated[str | None, typer.Option("--kind", help=f"Metric kind: {', '.join(METRIC_KINDS)}.")]
CategoryOption = Annotated[str | None, typer.Option(
    "--category", help=f"The entity's category: {', '.join(ORGANIZATION_CATEGORIES)}.")]
IncludeUncertainOption = Annotated[bool, typer.Option(
    "--include-uncertain", help="Also gains and figures the extractor is unsure of (confidence below "
    f"{UNCERTAIN_BELOW}); left out of totals by default.")]
EntityArgument = Annotated[str, typer.Argument(help="A name or alias in any language or script, or an entity id.")]

#: How a qualifier reads before a figure.
_QUALIFIER_MARKS = {"more_than": ">", "less_than": "<", "about": "~", "up_to": "≤"}
_BARS = "▁▂▃▄▅▆▇█"
_EVIDENCE_WIDTH = 90
_ALIASES_SHOWN = 3
#: Large figures read in billions, millions and (from 10,000) thousands: (from, divisor, unit).
_SCALES = ((1e9, 1e9, "B"), (1e6, 1e6, "M"), (1e4, 1e3, "k"))

#: ``crossreach entities``: lists entities when called alone; corrections (merge, split) are its subcommands,
#: added by ``cli_curation``, from where the group is registered.
entities_app = typer.Typer(invoke_without_command=True)


# --- commands -------------------------------------------------------------------------------------------------


@entities_app.callback(invoke_without_command=True)
def entities_command(
    ctx: typer.Context,
    kind: Annotated[str | None, typer.Option("--type", help=f"{', '.join(ENTITY_TYPES)}.")] = None,
    category: CategoryOption = None,
    search: Annotated[str | None, typer.Option("--search", help="Text in any of its names.")] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="How many to list.")] = 50,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """List the entities of the knowledge base (people, organizations, platforms...), the most documented first.

    Example: crossreach entities --category museum
    """
    if ctx.invoked_subcommand is not None:
        return
    _one_of(kind, ENTITY_TYPES, "--type")
    _one_of(category, ORGANIZATION_CATEGORIES, "--category")
    with answering():
        page = query.list_entities(command_kb(ctx), type=kind, category=category, search=search, limit=limit)
    rows = [{"id": e.id, "name": e.name, "type": e.type, "category": e.category, "parent": e.parent,
             "documents": e.documents, "facts": e.facts, "aliases": e.aliases} for e in page.items]

    def table() -> Table:
        shown = _table(f"entities: {len(page.items)} of {page.total}",
                       "id", "name", "type", "category", "parent", "docs", "facts", "aliases")
        for e in page.items:
            aliases = ", ".join(e.aliases[:_ALIASES_SHOWN]) + (", …" if len(e.aliases) > _ALIASES_SHOWN else "")
            _add_row(shown, str(e.id), e.name, e.type, e.category or "", e.parent or "", str(e.documents),
                          str(e.facts), aliases)
        return shown

    _emit(page, rows, table, as_json, as_csv)


def show_command(ctx: typer.Context, entity: EntityArgument, as_json: JsonOption = False,
                 as_csv: CsvOption = False) -> None:
    """Everything known about an entity: names, family, people, partners, figures by kind, quotes.

    Example: crossreach show Tencent
    """
    with answering():
        profile = query.entity_profile(command_kb(ctx), entity)
    e = profile.entity
    rows: list[dict[str, Any]] = [{"section": "alias", "name": alias} for alias in e.aliases]
    rows += [{"section": "child", "name": child.name, "kind": child.type} for child in profile.children]
    rows += [{"section": "role", "name": r.person, "kind": r.title, "platform": r.organization,
              "sources": r.sources, "fact_id": r.fact_id} for r in profile.people]
    rows += [_fact_csv(f, "partnership", name=p.partner) for p in profile.partnerships for f in p.facts]
    rows += [_fact_csv(f, "metric") for kind_rows in profile.metrics.values() for f in kind_rows]
    rows += [_fact_csv(f, "measured on") for kind_rows in profile.platform_metrics.values() for f in kind_rows]
    rows += [_fact_csv(f, "quote", evidence=f.record.get("text", "")) for f in profile.quotes]

    def render() -> RenderableType:
        head = Text.assemble((e.name, "bold"), f"  {e.type}" + (f", {e.category}" if e.category else ""),
                             f"  ({_count(e.documents, 'document')}, {_count(e.facts, 'fact')}, id {e.id})")
        parts: list[RenderableType] = [head]
        if e.aliases:
            parts.append(_wrapped(f"also: {', '.join(e.aliases)}"))
        if e.parent:
            parts.append(Text(f"part of: {e.parent}"))
        if profile.children:
            parts.append(_wrapped(f"owns: {', '.join(c.name for c in profile.children)}"))
        if profile.people:
            parts.append(_roles_table("people", profile.people))
        if profile.partnerships:
            parts.append(_partners_table("partnerships", profile.partnerships))
        if profile.metrics:
            parts.append(_figures_table("figures", profile.metrics, with_subject=False))
        if profile.platform_metrics:
            where = e.name + (" and its platforms" if profile.children else "")
            parts.append(_figures_table(f"figures measured on {where}", profile.platform_metrics, with_subject=True))
        if profile.quotes:
            quotes = _table("quotes", "speaker", "published", "quote", "fact")
            for f in profile.quotes:
                _add_row(quotes, f.subject or "", f.published or "", _short(f.record.get("text", "")), str(f.id))
            parts.append(quotes)
        return Group(*parts)

    _emit(profile, rows, render, as_json, as_csv)


def metrics_command(
    ctx: typer.Context,
    kind: KindOption = None,
    platform: Annotated[str | None, typer.Option("--platform", help="Measured on this platform or on one it "
                                                 "owns (Tencent: WeChat, Tencent Video...).")] = None,
    category: CategoryOption = None,
    subject: Annotated[str | None, typer.Option("--subject", help="Only this entity's figures.")] = None,
    since: Annotated[str | None, typer.Option("--since", help="From this date: 2020, 2020-08 or 2020-08-26.")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Up to this date, inclusive.")] = None,
    top: Annotated[int, typer.Option("--top", min=1, help="How many rows.")] = 20,
    include_uncertain: IncludeUncertainOption = False,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """A leaderboard of figures, largest first; the same figure from several documents is one row.

    Example: crossreach metrics --kind viewers --category museum --top 5
    """
    _one_of(category, ORGANIZATION_CATEGORIES, "--category")
    with answering():
        page = query.metrics(command_kb(ctx), kind=kind, platform=platform, category=category, since=since, until=until,
                             subject=subject, top=top, include_uncertain=include_uncertain)

    def table() -> Table:
        kind_column = ["kind"] if kind is None else []  # one kind asked for: it is in the title
        shown = _table(f"{kind or 'figures'}: {len(page.items)} of {page.total}",
                       "#", "subject", *kind_column, "figure", "platform", "date", "sources", "fact", "document")
        for rank, f in enumerate(page.items, start=1):
            kind_cell = [f.kind or ""] if kind is None else []
            _add_row(shown, str(rank), f.subject or "", *kind_cell, _figure(f), f.platform or "", f.date or "",
                          _sources(f), str(f.id), _document_name(f.source))
        return shown

    _emit(page, [_fact_csv(f, "metric") for f in page.items], table, as_json, as_csv)


def timeline_command(
    ctx: typer.Context,
    entity: EntityArgument,
    kind: Annotated[str, typer.Option("--kind", help=f"Metric kind: {', '.join(METRIC_KINDS)}.")],
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """An entity's figures of one kind over time, with a sparkline.

    Example: crossreach timeline Kuaishou --kind dau
    """
    with answering():
        series = query.timeline(command_kb(ctx), entity, kind)
    rows = [{"date": p.date, "value": p.value, "qualifier": p.qualifier, "platform": p.platform,
             "sources": p.sources, "fact_id": p.fact_id, "evidence": p.evidence} for p in series.points]

    def render() -> RenderableType:
        title = f"{series.entity.name}: {series.kind}"
        if not series.points:
            return Text(f"{title}: no dated figures" + (f" ({series.undated} undated)" if series.undated else ""))
        shown = _table(title, "date", "figure", "platform", "sources", "fact", "evidence")
        for p in series.points:
            _add_row(shown, p.date, _mark(p.qualifier) + _number(p.value), p.platform or "", str(p.sources),
                          str(p.fact_id), _short(p.evidence))
        first, last = series.points[0], series.points[-1]
        line = Text.assemble(f"{first.date} ", (sparkline([p.value for p in series.points]), "cyan"),
                             f" {last.date}   {_number(min(p.value for p in series.points))} – "
                             f"{_number(max(p.value for p in series.points))}")
        notes = [Text(f"{series.undated} undated figure(s) left out", style="dim")] if series.undated else []
        return Group(shown, line, *notes)

    _emit(series, rows, render, as_json, as_csv)


def partners_command(
    ctx: typer.Context, entity: EntityArgument,
    kind: Annotated[str | None, typer.Option("--kind", help=f"Partnership kind: {', '.join(PARTNERSHIP_KINDS)}.")]
    = None,
    status: Annotated[str | None, typer.Option(
        "--status", help=f"Partnership status: {', '.join(PARTNERSHIP_STATUSES)}.")] = None,
    as_json: JsonOption = False, as_csv: CsvOption = False,
) -> None:
    """The entity's partners, with the partnership facts and their evidence.

    Example: crossreach partners Tencent --status ended
    """
    with answering():
        found = query.partners(command_kb(ctx), entity, kind=kind, status=status)
    rows = [_fact_csv(f, "partnership", name=p.partner) for p in found for f in p.facts]
    _emit(found, rows, lambda: _partners_table(f"partners of {entity}", found), as_json, as_csv)


def people_command(ctx: typer.Context, organization: EntityArgument, as_json: JsonOption = False,
                   as_csv: CsvOption = False) -> None:
    """The people holding roles at an organization (or a person's roles).

    Example: crossreach people Gucci
    """
    with answering():
        found = query.people(command_kb(ctx), organization)
    _emit(found, [asdict(r) for r in found], lambda: _roles_table(f"people of {organization}", found),
          as_json, as_csv)


def search_command(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(help="Words that must all appear (any language).")],
    limit: Annotated[int, typer.Option("--limit", min=1, help="How many hits.")] = 20,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """Full-text search over documents and facts, best match first.

    Example: crossreach search "live stream" --limit 5
    """
    with answering():
        page = query.search(command_kb(ctx), text, limit=limit)

    def table() -> Table:
        shown = _table(f"{text}: {len(page.items)} of {page.total} hits", "kind", "id", "title", "match")
        for hit in page.items:
            _add_row(shown, hit.kind, str(hit.id)[:19], hit.title or "", _marked(hit.snippet))
        return shown

    _emit(page, [asdict(hit) for hit in page.items], table, as_json, as_csv)


def sources_command(
    ctx: typer.Context,
    fact: Annotated[int, typer.Argument(help="A fact id (the 'fact' column of the other commands).")],
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """The sentences and documents behind a fact, the figure highlighted; other figures side by side.

    Example: crossreach sources 42
    """
    with answering():
        found = query.fact_sources(command_kb(ctx), fact)
    rows: list[dict[str, Any]] = [
        {"section": "source", "fact_id": s.fact_id, "document_id": s.document_id, "title": s.title,
         "source": s.source, "published": s.published, "lang": s.lang, "sentence": s.sentence,
         "highlight_start": s.highlight[0], "highlight_end": s.highlight[1]} for s in found.sources]
    rows += [_fact_csv(f, "conflict") for f in found.conflicts]

    def render() -> RenderableType:
        f = found.fact
        parts: list[RenderableType] = [
            Text.assemble((query.describe_fact(f.record), "bold"),
                          f"  ({_count(f.sources, 'independent source')}, fact {f.id})")]
        document = None
        for s in found.sources:
            if s.document_id != document:
                document = s.document_id
                about = "  ".join(x for x in (s.title or s.document_id, s.published, s.lang, s.source) if x)
                parts.append(Text(f"\n{about}", style="dim"))
            start, end = s.highlight
            parts.append(f"  {escape(s.sentence[:start])}[bold reverse]{escape(s.sentence[start:end])}[/]"
                         f"{escape(s.sentence[end:])}")
        if found.conflicts:
            parts.append(Text("\nconflicting figures for the same subject, kind and date:", style="bold yellow"))
            parts.append(_side_by_side([f, *found.conflicts]))
        return Group(*parts)

    _emit(found, rows, render, as_json, as_csv)


# --- output ---------------------------------------------------------------------------------------------------


def _one_of(value: str | None, allowed: Sequence[str], option: str) -> None:
    """A choice outside ``allowed`` is a usage error (exit code 2), not an empty answer."""
    if value is not None and value not in allowed:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(allowed)}", param_hint=option)


def _wrapped(line: str) -> Text:
    """A line of names folded at the terminal's width (the console itself never wraps, for scripts)."""
    return Text("\n".join(textwrap.wrap(line, width=max(out.width, 20), subsequent_indent="  ")))


def command_kb(ctx: typer.Context) -> KnowledgeBase:
    """The knowledge base of the global ``--db`` option, opened on first use and closed with the command."""
    root = ctx.find_root()
    kb: KnowledgeBase = root.obj.existing_kb
    root.call_on_close(kb.engine.dispose)
    return kb


@contextmanager
def answering() -> Iterator[None]:
    """Questions the knowledge base cannot answer as asked are usage errors: one line, exit code 2."""
    try:
        yield
    except (query.EntityNotFound, query.FactNotFound, query.BadQuery) as exc:
        error_line(escape(str(exc)))
        raise typer.Exit(2) from exc


def _emit(result: Any, rows: Sequence[dict[str, Any]], render: Callable[[], RenderableType],
          as_json: bool, as_csv: bool) -> None:
    """Print a query result: JSON of the whole result, CSV of its flat ``rows``, or the Rich rendering."""
    if as_json and as_csv:
        raise typer.BadParameter("choose --json or --csv, not both")
    if as_json:
        out.print_json(json.dumps(_plain(result), ensure_ascii=False))
    elif as_csv:
        columns = list(dict.fromkeys(key for row in rows for key in row))
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(v) for k, v in row.items()})
    else:
        out.print(render())


def _plain(result: Any) -> Any:
    if is_dataclass(result) and not isinstance(result, type):
        return asdict(result)
    if isinstance(result, list):
        return [_plain(item) for item in result]
    return result


def _cell(value: Any) -> Any:
    if isinstance(value, list | dict | tuple):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


def _fact_csv(f: FactRow, section: str, name: str | None = None, evidence: str | None = None) -> dict[str, Any]:
    """One fact as a flat CSV row (the same columns for every command)."""
    kind = f.record.get("kind") if f.type == "partnership" else f.kind
    return {"section": section, "name": name if name is not None else f.subject, "kind": kind, "value": f.value,
            "qualifier": f.qualifier, "platform": f.platform, "date": f.date, "currency": f.currency,
            "sources": f.sources, "conflict": f.conflict, "fact_id": f.id, "document_id": f.document_id,
            "source": f.source, "evidence": f.evidence if evidence is None else evidence}


#: Columns of numbers (right-aligned) and of short values (never wrapped); the rest wrap.
_NUMERIC_COLUMNS = frozenset({"#", "id", "fact", "figure", "sources", "docs", "facts"})
_SHORT_COLUMNS = _NUMERIC_COLUMNS | {"date", "kind", "published"}


#: A wrapping column narrower than this, padding included (in a terminal too narrow for the table), reads
#: a word a line.
_NARROWEST_READABLE = 18


class FoldingTable(Table):
    """A table that folds into records (one "column: value" line each) when the terminal is too narrow
    for it: at 80 columns a wide table would wrap its text columns to a word per line."""

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if self.row_count and self._too_narrow(console, options):
            yield from self._records()
            return
        yield from super().__rich_console__(console, options)

    def _too_narrow(self, console: Console, options: ConsoleOptions) -> bool:
        widths = self._calculate_column_widths(console, options.update_width(options.max_width - self._extra_width))
        for column, width in zip(self.columns, widths, strict=False):
            longest = max((len(str(cell)) for cell in column._cells), default=0)
            if not column.no_wrap and width < min(_NARROWEST_READABLE, longest):
                return True
        return False

    def _records(self) -> Iterator[RenderableType]:
        if self.title:
            yield Text.from_markup(str(self.title), style="bold")
        headers = [str(column.header) for column in self.columns]
        for row in range(self.row_count):
            record = Table.grid(padding=(0, 1))
            record.add_column(style="dim", no_wrap=True)
            record.add_column()
            for header, column in zip(headers, self.columns, strict=True):
                cell = column._cells[row]
                if str(cell).strip():
                    record.add_row(header, cell)
            yield record
            yield Text("")


def _table(title: str, *columns: str) -> Table:
    table = FoldingTable(title=escape(title), header_style="bold", title_justify="left")
    for column in columns:
        table.add_column(column, justify="right" if column in _NUMERIC_COLUMNS else "left",
                         no_wrap=column in _SHORT_COLUMNS)
    return table


def _add_row(table: Table, *cells: str | Text, end_section: bool = False) -> None:
    """A row whose text is shown as it is: names and sentences from articles are never Rich markup."""
    table.add_row(*(Text(cell) if isinstance(cell, str) else cell for cell in cells), end_section=end_section)


def _roles_table(title: str, roles: Sequence[query.RoleRow]) -> Table:
    shown = _table(title, "person", "title", "organization", "sources", "fact")
    for r in roles:
        _add_row(shown, r.person, r.title, r.organization, str(r.sources), str(r.fact_id))
    return shown


def _partners_table(title: str, found: Sequence[query.PartnerRow]) -> Table:
    shown = _table(title, "partner", "type", "deal", "date", "sources", "fact", "evidence")
    for p in found:
        newest = p.facts[0]
        kind = p.partner_type + (f", {p.partner_category}" if p.partner_category else "")
        deal = f"{newest.record.get('kind', 'other')}, {newest.record.get('status', 'active')}"
        more = f" (+{len(p.facts) - 1} more)" if len(p.facts) > 1 else ""
        _add_row(shown, p.partner, kind, deal, newest.date or newest.published or "", _sources(newest),
                      str(newest.id) + more, _short(newest.evidence))
    return shown


def _figures_table(title: str, by_kind: dict[str, list[FactRow]], with_subject: bool) -> Table:
    """Figures grouped by kind (the kind named once, on its first row)."""
    subject = ["subject"] if with_subject else []
    shown = _table(title, "kind", *subject, "figure", "platform", "date", "sources", "fact", "evidence")
    for kind, rows in by_kind.items():
        for i, f in enumerate(rows):
            subject_cell = [f.subject or ""] if with_subject else []
            _add_row(shown, kind if i == 0 else "", *subject_cell, _figure(f), f.platform or "", f.date or "",
                          _sources(f), str(f.id), _short(f.evidence), end_section=i == len(rows) - 1)
    return shown


def _side_by_side(figures: Sequence[FactRow]) -> Table:
    """Conflicting figures as columns, the fact asked about first."""
    table = Table(show_header=True, header_style="bold")
    table.add_column("")
    for f in figures:
        table.add_column(f"fact {f.id}")
    for label, cell in (("figure", _figure), ("platform", lambda f: f.platform or ""),
                        ("date", lambda f: f.date or ""), ("sources", lambda f: str(f.sources)),
                        ("document", lambda f: _document_name(f.source)), ("evidence", lambda f: f.evidence)):
        table.add_row(label, *(Text(cell(f)) for f in figures))
    return table


def sparkline(values: Sequence[float]) -> str:
    """One bar a value, from ▁ (the smallest) to █ (the largest)."""
    if not values:
        return ""
    low, high = min(values), max(values)
    if high == low:
        return _BARS[len(_BARS) // 2] * len(values)
    return "".join(_BARS[round((v - low) / (high - low) * (len(_BARS) - 1))] for v in values)


def _figure(f: FactRow) -> str:
    """The figure as read: qualifier, number (or range) and currency."""
    low_high = f.record.get("range")
    if f.value is not None:
        number = _number(f.value)
    elif low_high:
        number = f"{_number(low_high[0])}–{_number(low_high[1])}"
    else:
        number = "?"
    gain = "+" if f.aspect != query.TOTAL else ""  # a change, not a total
    return _mark(f.qualifier) + gain + number + (f" {f.currency}" if f.currency else "")


def _mark(qualifier: str | None) -> str:
    mark = _QUALIFIER_MARKS.get(qualifier or "")
    return f"{mark} " if mark else ""


def _number(value: float) -> str:
    """A figure for reading: 870,000 as 870 k, 3,800,000 as 3.8 M (``--json`` keeps every digit)."""
    for threshold, divisor, unit in _SCALES:
        if abs(value) >= threshold:
            return f"{value / divisor:.4g} {unit}"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def _sources(f: FactRow) -> str:
    return f"{f.sources} ≠" if f.conflict else str(f.sources)


def _count(n: int, thing: str) -> str:
    return f"{n} {thing}" + ("" if n == 1 else "s")


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _EVIDENCE_WIDTH else text[:_EVIDENCE_WIDTH - 1] + "…"


def _document_name(source: str | None) -> str:
    """A document's file name or URL, short enough for a table."""
    if not source:
        return ""
    name = source.rstrip("/").rsplit("/", 1)[-1] if "://" not in source else source.split("://", 1)[1]
    return name if len(name) <= 40 else name[:39] + "…"


def _marked(snippet: str) -> Text:
    """A search snippet with its [ ] match markers shown as highlights (the text itself is never markup)."""
    shown = Text()
    for i, piece in enumerate(snippet.replace("]", "[").split("[")):
        shown.append(piece, style="bold reverse" if i % 2 else "")
    return shown
