"""A user's corrections: ``crossreach entities merge|split`` (the entity graph) and ``crossreach facts
reject|fix|confirm|review`` (single facts). The ``entities`` group is registered from here
(``deferred_commands``): its listing is ``cli_query``'s, its corrections are added to it below.

The store records each correction so that it survives re-extraction
(``store/curation.py``, ``store/corrections.py``); the documents an entity
correction touched are re-extracted at once, so their facts group with the
corrected entities. ``--dry-run`` shows what a merge or split would change.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Callable
from dataclasses import asdict
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.table import Table

from crossreach.interfaces.cli_query import (
    EntityArgument,
    _add_row,
    _emit,
    _fact_csv,
    _table,
    answering,
    command_kb,
    entities_app,
)
from crossreach.interfaces.console import error_line, out, show_progress
from crossreach.interfaces.lazy import lazy_module
from crossreach.interfaces.options import CsvOption, JsonOption
from crossreach.models import METRIC_KINDS

if TYPE_CHECKING:
    from crossreach import batch, query
    from crossreach.store import corrections, curation, repository
else:  # SQLAlchemy and the extractor load when a curation command runs
    batch = lazy_module("crossreach.batch")
    corrections = lazy_module("crossreach.store.corrections")
    curation = lazy_module("crossreach.store.curation")
    query = lazy_module("crossreach.query")
    repository = lazy_module("crossreach.store.repository")

DryRunOption = Annotated[bool, typer.Option("--dry-run", help="Show what would change, change nothing.")]
NoProgressOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar while documents are "
                                                                      "re-extracted.")]
ReasonOption = Annotated[str, typer.Option("--reason", help="Why: kept with the correction.")]
AuthorOption = Annotated[str | None, typer.Option("--by", help="Who corrects (default: the login name).")]
FactArgument = Annotated[int, typer.Argument(min=1, help="A fact id (the 'fact' column of the query commands).")]

#: ``crossreach facts``: corrections of single facts, and the queue of facts to review.
facts_app = typer.Typer(no_args_is_help=True, help="Reject, fix or confirm facts; list the ones to review.")


@entities_app.command("merge")
def merge_command(
    ctx: typer.Context,
    keep: EntityArgument,
    other: Annotated[str, typer.Argument(help="The entity to fold into the first one.")],
    dry_run: DryRunOption = False,
    quiet: NoProgressOption = False,
    as_json: JsonOption = False,
) -> None:
    """Merge two entities that are one: the second one's names, mentions and facts move to the first.

    Example: crossreach entities merge "Victoria and Albert Museum" "V&A Museum"
    """
    kb = command_kb(ctx)
    with answering():
        kept, absorbed = query.find_entity(kb, keep), query.find_entity(kb, other)
    _apply(ctx, lambda: curation.merge_entities(kb, kept.id, absorbed.id, dry_run=dry_run), quiet, as_json)


@entities_app.command("split")
def split_command(
    ctx: typer.Context,
    entity: EntityArgument,
    alias: Annotated[str, typer.Argument(help="The alias that names another entity.")],
    dry_run: DryRunOption = False,
    quiet: NoProgressOption = False,
    as_json: JsonOption = False,
) -> None:
    """Split an alias off an entity into an entity of its own, never to be merged back by itself; splitting
    off an entity merged into it undoes that merge exactly.

    Example: crossreach entities split "SY Lau" "Lau"
    """
    kb = command_kb(ctx)
    with answering():
        found = query.find_entity(kb, entity)
    _apply(ctx, lambda: curation.split_entity(kb, found.id, alias, dry_run=dry_run), quiet, as_json)


def _apply(ctx: typer.Context, correct: Callable[[], curation.Correction], quiet: bool, as_json: bool) -> None:
    """Make the correction, re-extract the documents it touched (under a progress bar on a terminal),
    and say what changed."""
    state = ctx.find_root().obj
    try:
        correction = correct()
    except repository.StoreError as exc:
        error_line(escape(str(exc)))
        raise typer.Exit(2) from exc
    reextracted = 0
    if not correction.dry_run:
        from crossreach.interfaces.progress import run_batch

        label = f"re-extracting after the {correction.action}"
        reextracted = run_batch(label, batch.to_reextract(state.kb), not show_progress(quiet or as_json),
                                lambda on_item: batch.reextract_stored(
                                    state.kb, lexicon_files=state.lexicon_files, on_item=on_item)).documents
    if as_json:
        out.print_json(json.dumps({**asdict(correction), "documents_reextracted": reextracted}, ensure_ascii=False))
        return
    verb = "merged" if correction.action == "merge" else "split"
    joined = "into" if correction.action == "merge" else "off"
    if correction.dry_run:
        out.print(f"would have {verb} {escape(correction.other_name)!r} {joined} {escape(correction.kept_name)!r} "
                  f"(#{correction.kept_id}); names that would move: "
                  f"{escape(', '.join(correction.aliases_moved)) or 'none'}; documents to re-extract: "
                  f"{correction.documents_outdated} (nothing changed: --dry-run)", highlight=False)
        return
    out.print(f"{verb} {escape(correction.other_name)!r} (#{correction.other_id}) {joined} "
              f"{escape(correction.kept_name)!r} (#{correction.kept_id}); names moved: "
              f"{escape(', '.join(correction.aliases_moved)) or 'none'}; "
              f"documents re-extracted: {reextracted}", highlight=False)


# --- facts ------------------------------------------------------------------------------------------------------


@facts_app.command("reject")
def reject_command(ctx: typer.Context, fact: FactArgument, reason: ReasonOption = "", author: AuthorOption = None,
                   as_json: JsonOption = False) -> None:
    """Reject a fact: it is shown nowhere and exported nowhere, also after the document is re-extracted.

    Example: crossreach facts reject 42 --reason "a gain, not a total"
    """
    _correct(ctx, fact, "reject", {}, reason, author, as_json)


@facts_app.command("fix")
def fix_command(
    ctx: typer.Context,
    fact: FactArgument,
    kind: Annotated[str | None, typer.Option("--kind", help=f"The metric kind: {', '.join(METRIC_KINDS)}.")] = None,
    owner: Annotated[str | None, typer.Option("--owner", help="Whose figure it is: a name or alias.")] = None,
    date: Annotated[str | None, typer.Option("--date", help="When: 2020, 2020-Q3, 2020-08 or 2020-08-26.")] = None,
    reason: ReasonOption = "",
    author: AuthorOption = None,
    as_json: JsonOption = False,
) -> None:
    """Change a fact's kind, owner or date; the fix is applied again whenever the document is re-extracted.

    Example: crossreach facts fix 42 --kind followers --owner Louvre --date 2021-05
    """
    if owner is not None:
        with answering():
            owner = query.find_entity(command_kb(ctx), owner).name
    _correct(ctx, fact, "fix", {"kind": kind, "subject": owner, "date": date}, reason, author, as_json)


@facts_app.command("confirm")
def confirm_command(ctx: typer.Context, fact: FactArgument, reason: ReasonOption = "", author: AuthorOption = None,
                    as_json: JsonOption = False) -> None:
    """Confirm a fact: it leaves the review queue and counts as certain.

    Example: crossreach facts confirm 42
    """
    _correct(ctx, fact, "confirm", {}, reason, author, as_json)


@facts_app.command("review")
def review_command(ctx: typer.Context,
                   limit: Annotated[int, typer.Option("--limit", min=1, help="How many facts.")] = 20,
                   as_json: JsonOption = False, as_csv: CsvOption = False) -> None:
    """The facts nobody has reviewed yet, the least confident first.

    Example: crossreach facts review --limit 10
    """
    page = query.review_queue(command_kb(ctx), limit=limit)

    def table() -> Table:
        shown = _table(f"to review: {len(page.items)} of {page.total}", "fact", "confidence", "type", "says")
        for f in page.items:
            _add_row(shown, str(f.id), f"{f.confidence:.2f}", f.type, query.describe_fact(f.record))
        return shown

    _emit(page, [_fact_csv(f, "review") | {"confidence": f.confidence} for f in page.items], table, as_json, as_csv)


def _login() -> str:
    """The user's login name, the default author of a correction."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in this environment
        return "unknown"


def _correct(ctx: typer.Context, fact_id: int, action: str, changes: dict[str, str | None], reason: str,
             author: str | None, as_json: bool) -> None:
    kb = command_kb(ctx)
    try:
        done = corrections.correct_fact(kb, fact_id, action, {k: v for k, v in changes.items() if v is not None},
                                        reason, author or _login())
    except repository.StoreError as exc:
        error_line(escape(str(exc)))
        raise typer.Exit(2) from exc
    if as_json:
        out.print_json(json.dumps(asdict(done), ensure_ascii=False))
        return
    what = ", ".join(f"{k} = {v}" for k, v in done.changes.items())
    out.print(f"fact {done.fact_id} {done.review}" + (f": {escape(what)}" if what else "")
              + f" (by {escape(done.author)}" + (f", because {escape(done.reason)}" if done.reason else "") + ")",
              highlight=False)
