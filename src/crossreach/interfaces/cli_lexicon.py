"""``crossreach lexicon``: list, check and add domain lexicon entries.

The shipped lexicon and the user's files (``--lexicon FILE``) are read through
``crossreach.domain``; ``add`` appends one entry to a user file, after checking
it the way the loader will.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from crossreach.domain import ENTITY_TYPES, DomainLexiconError, check_entry, load_domain
from crossreach.interfaces.console import error_line, out
from crossreach.lexicon import read_yaml
from crossreach.models import ORGANIZATION_CATEGORIES

lexicon_app = typer.Typer(help="List, check and add domain lexicon entries (platforms, brands, institutions).",
                          no_args_is_help=True)


@lexicon_app.command("list")
def list_entries(
    ctx: typer.Context,
    kind: Annotated[str | None, typer.Option("--type", help=f"One of: {', '.join(ENTITY_TYPES)}.")] = None,
    category: Annotated[str | None, typer.Option(
        "--category", help=f"One of: {', '.join(ORGANIZATION_CATEGORIES)}.")] = None,
    search: Annotated[str | None, typer.Option("--search", help="Text in a name or an alias.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the entries as JSON.")] = False,
) -> None:
    """The entries of the shipped lexicon and of the --lexicon files."""
    domain = _domain(ctx)
    needle = (search or "").casefold()
    entries = [e for e in sorted(domain.entities.values(), key=lambda e: e.name.casefold())
               if (kind is None or e.type == kind) and (category is None or e.category == category)
               and (not needle or any(needle in n.casefold() for n in (e.name, *e.aliases)))]
    if as_json:
        out.print_json(json.dumps([{"name": e.name, "type": e.type, "category": e.category, "aliases": e.aliases,
                                    "parent": e.parent} for e in entries], ensure_ascii=False))
        return
    table = Table(title=f"domain lexicon: {len(entries)} entries", header_style="bold")
    for column in ("name", "type", "category", "parent", "aliases"):
        table.add_column(column)
    for entry in entries:
        table.add_row(entry.name, entry.type, entry.category or "", entry.parent or "", ", ".join(entry.aliases))
    out.print(table)


@lexicon_app.command("check")
def check_file(files: Annotated[list[Path], typer.Argument(help="Lexicon files to check.")]) -> None:
    """Check user lexicon files: every entry well formed, parents known, no name given to two entries."""
    try:
        domain = load_domain(files)
    except DomainLexiconError as exc:
        error_line(str(exc))
        raise typer.Exit(1) from exc
    problems = _problems(domain)
    for problem in problems:
        error_line(problem)
    if problems:
        raise typer.Exit(1)
    out.print(f"ok: {len(domain.entities)} entries, {len(files)} file(s) checked")


@lexicon_app.command("add")
def add_entry(
    name: Annotated[str, typer.Argument(help="Canonical name.")],
    file: Annotated[Path, typer.Option("--file", help="The user lexicon file to append to.")],
    kind: Annotated[str, typer.Option("--type", help=f"One of: {', '.join(ENTITY_TYPES)}.")] = "organization",
    category: Annotated[str | None, typer.Option("--category", help="An organization's category.")] = None,
    alias: Annotated[list[str] | None, typer.Option("--alias", help="Another name (repeatable).")] = None,
    parent: Annotated[str | None, typer.Option("--parent", help="The owning company's canonical name.")] = None,
) -> None:
    """Append one entry to a user lexicon file (created if missing); use it with --lexicon FILE."""
    import yaml

    entry = {"name": name, "type": kind, "category": category, "aliases": list(alias or []), "parent": parent}
    try:
        check_entry(entry, str(file))
        existing = read_yaml(file.read_text(encoding="utf-8")) if file.exists() else []
        if existing is not None and not isinstance(existing, list):
            raise DomainLexiconError(f"{file}: a list of entries was expected")
    except (DomainLexiconError, yaml.YAMLError, OSError) as exc:
        error_line(str(exc))
        raise typer.Exit(1) from exc
    flow = yaml.safe_dump([{k: v for k, v in entry.items() if v not in (None, [])}], allow_unicode=True,
                          default_flow_style=None, sort_keys=False)
    with file.open("a", encoding="utf-8") as handle:
        handle.write(flow)
    out.print(f"added {name} to {file}")


def _domain(ctx: typer.Context):
    state = ctx.find_root().obj
    try:
        return state.domain
    except DomainLexiconError as exc:
        error_line(str(exc))
        raise typer.Exit(1) from exc


def _problems(domain) -> list[str]:
    problems = []
    owners: dict[str, str] = {}
    for entity in domain.entities.values():
        if entity.parent and entity.parent not in domain.entities:
            problems.append(f"{entity.name}: unknown parent {entity.parent!r}")
        for name in (entity.name, *entity.aliases):
            other = owners.setdefault(name.casefold(), entity.name)
            if other != entity.name:
                problems.append(f"{name!r} names both {other} and {entity.name}")
    return problems
