"""``crossreach report``: the command-line glue over ``crossreach.report``."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from crossreach.interfaces.cli_query import command_kb
from crossreach.interfaces.console import err, error_line


def report_command(
    ctx: typer.Context,
    entity: Annotated[str | None, typer.Argument(help="The entity to brief on (any name, alias or id).")] = None,
    compare: Annotated[bool, typer.Option("--compare", help="Compare one kind of figure across subjects.")] = False,
    kind: Annotated[str | None, typer.Option("--kind", help="The kind of figure to compare (viewers, gmv...).")
                    ] = None,
    category: Annotated[str | None, typer.Option("--category", help="Compare subjects of this category "
                                                 "(museum, luxury...).")] = None,
    platform: Annotated[str | None, typer.Option("--platform", help="Compare figures on this platform "
                                                 "(and the platforms it owns).")] = None,
    since: Annotated[str | None, typer.Option("--since", help="What is new since this date (YYYY-MM-DD); "
                                              "with an entity, what is new about it.")] = None,
    out_file: Annotated[Path | None, typer.Option("--out", "-o", help="The HTML file to write "
                                                  "(default: a name after the briefing, here).")] = None,
    pdf: Annotated[bool, typer.Option("--pdf/--no-pdf", help="Write the PDF beside the HTML.")] = True,
) -> None:
    """A briefing as one self-contained HTML file (inline SVG charts, numbered citations) and a PDF.

    Example: crossreach report Kuaishou
    (also: report --compare --kind viewers --category museum; report --since 2024-01-01)
    """
    from crossreach import query  # the store and the report builder load when the command runs
    from crossreach.report import ReportError, comparison_briefing, entity_briefing, since_briefing, write_report

    if compare and kind is None:
        raise typer.BadParameter("--compare needs --kind", param_hint="--kind")
    if not compare and entity is None and since is None:
        raise typer.BadParameter("name an entity, or give --compare --kind KIND, or --since DATE")
    if since is not None:
        try:
            date.fromisoformat(since)
        except ValueError as exc:
            raise typer.BadParameter("write the date as YYYY-MM-DD", param_hint="--since") from exc
    kb = command_kb(ctx)
    now = datetime.now().astimezone()
    try:
        if compare:
            assert kind is not None
            briefing = comparison_briefing(kb, kind, now, category=category, platform=platform, since=since)
        elif since is not None:
            briefing = since_briefing(kb, since, now, about=entity)
        else:
            assert entity is not None
            briefing = entity_briefing(kb, entity, now)
        path = out_file or Path(f"report-{_slug(briefing.title)}.html")
        written = write_report(briefing, kb, path, pdf=pdf)
    except (query.EntityNotFound, query.BadQuery, ReportError) as exc:
        error_line(escape(str(exc)))
        raise typer.Exit(2) from exc
    for written_path in written:
        err.print(f"written: {written_path}", highlight=False, markup=False)


def _slug(title: str) -> str:
    """A file name from a title: letters of any script and digits, the rest dashes."""
    return re.sub(r"[^\w]+", "-", title.casefold()).strip("-")[:60] or "briefing"
