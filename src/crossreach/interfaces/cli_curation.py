"""``crossreach entities merge|split``: a user's corrections to the entity graph.

The store records each correction so that it survives re-extraction
(``store/curation.py``); the documents it touched are re-extracted at once, so
their facts group with the corrected entities.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict
from typing import Annotated

import typer
from rich.markup import escape

from crossreach import query
from crossreach.batch import reextract_stored
from crossreach.interfaces.cli_query import EntityArgument, answering, command_kb
from crossreach.interfaces.console import error_line, out
from crossreach.interfaces.options import JsonOption
from crossreach.store.curation import Correction, merge_entities, split_entity
from crossreach.store.repository import StoreError


def register_curation_commands(entities_app: typer.Typer) -> None:
    """Add ``merge`` and ``split`` under ``crossreach entities``."""
    entities_app.command("merge")(merge_command)
    entities_app.command("split")(split_command)


def merge_command(
    ctx: typer.Context,
    keep: EntityArgument,
    other: Annotated[str, typer.Argument(help="The entity to fold into the first one.")],
    as_json: JsonOption = False,
) -> None:
    """Merge two entities that are one: the second one's names, mentions and facts move to the first.

    Example: crossreach entities merge "Victoria and Albert Museum" "V&A Museum"
    """
    kb = command_kb(ctx)
    with answering():
        kept, absorbed = query.find_entity(kb, keep), query.find_entity(kb, other)
    _apply(ctx, lambda: merge_entities(kb, kept.id, absorbed.id), as_json)


def split_command(
    ctx: typer.Context,
    entity: EntityArgument,
    alias: Annotated[str, typer.Argument(help="The alias that names another entity.")],
    as_json: JsonOption = False,
) -> None:
    """Split an alias off an entity into an entity of its own, never to be merged back by itself.

    Example: crossreach entities split "SY Lau" "Lau"
    """
    kb = command_kb(ctx)
    with answering():
        found = query.find_entity(kb, entity)
    _apply(ctx, lambda: split_entity(kb, found.id, alias), as_json)


def _apply(ctx: typer.Context, correct: Callable[[], Correction], as_json: bool) -> None:
    """Make the correction, re-extract the documents it touched, and say what changed."""
    state = ctx.find_root().obj
    try:
        correction = correct()
    except StoreError as exc:
        error_line(escape(str(exc)))
        raise typer.Exit(2) from exc
    report = reextract_stored(state.kb, lexicon_files=state.lexicon_files)
    if as_json:
        out.print_json(json.dumps({**asdict(correction), "documents_reextracted": report.documents},
                                  ensure_ascii=False))
        return
    verb = "merged" if correction.action == "merge" else "split"
    joined = "into" if correction.action == "merge" else "off"
    out.print(f"{verb} {escape(correction.other_name)!r} (#{correction.other_id}) {joined} "
              f"{escape(correction.kept_name)!r} (#{correction.kept_id}); names moved: "
              f"{escape(', '.join(correction.aliases_moved)) or 'none'}; "
              f"documents re-extracted: {report.documents}", highlight=False)
