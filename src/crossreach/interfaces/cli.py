"""The ``crossreach`` command line: a thin layer over the library (ingest, export, evaluate...).

Every command turns user errors into one line on stderr and an exit code
(0 done, 1 some inputs failed, 2 usage error), never a traceback.
"""

from __future__ import annotations

import gc
import signal
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from crossreach import EXTRACTOR_VERSION, __version__
from crossreach.config import DEFAULT_MAX_BYTES, database_url, lexicon_files, sqlite_path
from crossreach.interfaces.console import err, error_line, out, print_json, show_progress
from crossreach.interfaces.deferred import DeferringTyper
from crossreach.interfaces.deferred_commands import DEFERRED_COMMANDS
from crossreach.interfaces.help_format import import_help_formatter
from crossreach.interfaces.invoked import asks_app_help, invoked_name, keep_invoked, list_commands_only
from crossreach.interfaces.lazy import lazy_module
from crossreach.interfaces.options import DEFAULT_WORKERS, JsonOption, MaxSizeOption, QuietOption, WorkersOption
from crossreach.interfaces.quick_exit import end_process, exit_after_ray
from crossreach.isodate import is_iso_date

if TYPE_CHECKING:
    from crossreach import export, lexicon
    from crossreach.batch import BatchReport
    from crossreach.domain import DomainLexicon
    from crossreach.ingest import Article, readers
    from crossreach.store import KnowledgeBase
else:
    readers = lazy_module("crossreach.ingest.readers")  # with it, prepare, the lexicons and their regexes
    export = lazy_module("crossreach.export")  # read by the export command alone
    lexicon = lazy_module("crossreach.lexicon")  # its languages, read when analyze is built or run

# Only light modules load above, so that `--help` and `analyze` start fast: a command imports
# what it needs (SQLAlchemy, pyarrow, numpy, dateparser, lingua...) in its body, the commands of the
# other cli_* modules are registered by name (``deferred_commands``), and a test
# (tests/test_startup.py) checks that importing this module loads none of them.

# Options several commands share.

app = DeferringTyper(
    name="crossreach",
    help="Cited facts about Western brands and institutions on Chinese digital platforms, read from "
    "news articles in seven languages.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)


class State:
    """Global options, resolved lazily so that `--help` never opens a database."""

    def __init__(self, db: str | None, lexicons: list[Path]) -> None:
        self.db_option = db
        self.lexicon_options = lexicons
        self._kb: KnowledgeBase | None = None
        self._domain: DomainLexicon | None = None

    @property
    def lexicon_files(self) -> list[Path]:
        """Every --lexicon, else the config file's ``lexicons``."""
        return lexicon_files(self.lexicon_options)

    @property
    def kb(self) -> KnowledgeBase:
        if self._kb is None:
            from crossreach.store import open_knowledge_base

            self._kb = open_knowledge_base(database_url(self.db_option))
        return self._kb

    def close(self) -> None:
        """Close the knowledge base if the command opened it (``KnowledgeBase.close``)."""
        if self._kb is not None:
            self._kb.close()

    @property
    def existing_kb(self) -> KnowledgeBase:
        """The knowledge base, for commands that only read or correct it: a SQLite file that does not
        exist is an error (a mistyped --db), not a new empty knowledge base."""
        if self._kb is None:
            url = database_url(self.db_option)
            path = sqlite_path(url)
            if path is not None and not path.is_file():
                from rich.markup import escape

                error_line(escape(f"no knowledge base at {path}; check --db (or $CROSSREACH_DB), "
                                  "or create one with crossreach ingest"))
                raise typer.Exit(2)
        return self.kb

    @property
    def domain(self) -> DomainLexicon:
        if self._domain is None:
            from crossreach.domain import load_domain

            self._domain = load_domain(self.lexicon_files)
        return self._domain


def _state(ctx: typer.Context) -> State:
    return ctx.ensure_object(State) if ctx.obj is None else ctx.obj


def _print_version(requested: bool) -> None:
    if requested:
        out.print(f"crossreach {__version__} (extractor {EXTRACTOR_VERSION})")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[str | None, typer.Option(
        "--db", help="Knowledge base: a SQLite path or a database URL. "
        "Default: $CROSSREACH_DB, then crossreach.toml, then ./crossreach.db.")] = None,
    lexicon: Annotated[list[Path] | None, typer.Option(
        "--lexicon", help="Extra domain lexicon file (repeatable).")] = None,
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.", is_eager=True,
                                          callback=lambda value: _print_version(value))] = False,
) -> None:
    ctx.obj = State(db, list(lexicon or []))
    ctx.call_on_close(ctx.obj.close)


def _summary(report: BatchReport | None, kb: KnowledgeBase, as_json: bool, quiet: bool) -> None:
    """What a run did (nothing, for ``stats``: ``report`` None, so that it loads no extractor) and the
    knowledge base's counts (not read for ``--quiet`` without ``--json``, which shows neither: counting a
    large knowledge base's facts scans them)."""
    if quiet and not as_json:
        return
    counts = kb.counts()
    done: dict[str, Any] = {"added": 0, "duplicates": 0, "reextracted": 0, "skipped": [], "facts_extracted": 0}
    if report is not None:
        done = {"added": report.added, "duplicates": report.duplicates, "reextracted": report.reextracted,
                "skipped": [asdict(s) for s in report.skipped], "facts_extracted": report.facts}
    if as_json:
        payload = {**done, "knowledge_base": counts}
        import json

        print_json(json.dumps(payload, ensure_ascii=False))
        return
    from rich.table import Table

    table = Table(title="crossreach: knowledge base", show_header=True, header_style="bold")
    table.add_column("this run")
    table.add_column("", justify="right")
    table.add_column("knowledge base")
    table.add_column("", justify="right")
    run = [("added", done["added"]), ("already stored", done["duplicates"]), ("re-extracted", done["reextracted"]),
           ("skipped", len(done["skipped"])), ("facts", done["facts_extracted"])]
    base = list(counts.items())
    for i in range(max(len(run), len(base))):
        left = run[i] if i < len(run) else ("", "")
        right = base[i] if i < len(base) else ("", "")
        table.add_row(str(left[0]), str(left[1]), str(right[0]), str(right[1]))
    out.print(table)


def _run_batch(verb: str, total: int | Callable[[], int | None] | None, quiet: bool, as_json: bool,
               work: Any) -> BatchReport:
    """Run a batch under a progress bar named by its verb ("ingesting", "re-extracting", "loading").
    ``total``: the items to do, or a function that counts them, called only when the bar is shown. With
    no bar (``--quiet``, ``--json``, no terminal), the batch runs without one and reports no items."""
    if not show_progress(quiet or as_json):
        report: BatchReport = work(None)
        return report
    from crossreach.interfaces.progress import run_batch

    report = run_batch(verb, total() if callable(total) else total, False, work)
    return report


@app.command("ingest")
def ingest_command(
    ctx: typer.Context,
    inputs: Annotated[list[str], typer.Argument(
        help="Files, folders (recursive), glob patterns, URLs, or - for stdin.")],
    reextract: Annotated[bool, typer.Option("--reextract", help="Extract again even if already stored.")] = False,
    max_size: MaxSizeOption = DEFAULT_MAX_BYTES,
    workers: WorkersOption = DEFAULT_WORKERS,
    allow_private_urls: Annotated[bool, typer.Option(
        "--allow-private-urls", help="Fetch URLs on loopback or private networks too.")] = False,
    quiet: QuietOption = False,
    as_json: JsonOption = False,
) -> None:
    """Read articles (txt, md, html, jsonl, RSS/Atom) and store their facts.

    Example: crossreach ingest examples/articles 'news/*.html' feed.xml
    """
    # No collections while the batch loads what lives as long as the process (the pipeline and the store's
    # modules, the lexicons, the build cache's entries): they found no garbage there, and cost each ingest
    # 0.07-0.1 CPU s, walking the growing heap. ``batch.freeze_loaded`` freezes it and collects again.
    gc.disable()
    try:
        from crossreach.batch import Extractor, ingest

        state = _state(ctx)
        # The workers start first: before the progress display's thread (they may fork), and before the
        # knowledge base is opened (the store loads and the schema migrates while they extract the first
        # articles).
        with Extractor(state.lexicon_files, workers) as extractor:
            report = _run_batch("ingesting", lambda: readers.count_articles(inputs), quiet, as_json,
                                lambda on_item: ingest(inputs, lambda: state.kb, lexicon_files=state.lexicon_files,
                                                       workers=workers, reextract=reextract, max_bytes=max_size,
                                                       allow_private_urls=allow_private_urls, on_item=on_item,
                                                       extractor=extractor))
    finally:
        gc.enable()
    kb = state.kb
    for skipped in report.skipped:
        err.print(str(skipped), highlight=False, markup=False)
    _summary(report, kb, as_json, quiet)
    if report.skipped:
        raise typer.Exit(1)


@app.command("reextract")
def reextract_command(
    ctx: typer.Context,
    all_documents: Annotated[bool, typer.Option("--all", help="Every document, not only outdated ones.")] = False,
    workers: WorkersOption = DEFAULT_WORKERS,
    quiet: QuietOption = False,
    as_json: JsonOption = False,
) -> None:
    """Rebuild facts from the stored texts after the extractor changed.

    Example: crossreach reextract --all
    """
    from crossreach.batch import reextract_stored, to_reextract

    state = _state(ctx)
    kb = state.existing_kb
    total = to_reextract(kb, all_documents)
    report = _run_batch("re-extracting", total, quiet, as_json, lambda on_item: reextract_stored(
        kb, lexicon_files=state.lexicon_files, workers=workers, all_documents=all_documents, on_item=on_item))
    _summary(report, kb, as_json, quiet)


@app.command("export")
def export_command(
    ctx: typer.Context,
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(export.FORMATS)}.")] = "jsonl",
    out_file: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of stdout.")] = None,
) -> None:
    """Export the knowledge base: FACTS.md records (jsonl, json) or a flat fact table (csv, parquet).

    Example: crossreach export --format csv --out facts.csv
    """
    if fmt not in export.FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(export.FORMATS)}", param_hint="--format")
    kb = _state(ctx).existing_kb
    try:
        count = export.write_export(kb.document_records(), fmt, out_file, sys.stdout)
    except (ValueError, OSError) as exc:
        error_line(str(exc))
        raise typer.Exit(2) from exc
    if out_file is not None:
        err.print(f"{count} documents written to {out_file}", highlight=False)


@app.command("analyze")
def analyze_command(
    ctx: typer.Context,
    text: Annotated[str | None, typer.Argument(help="The text to analyse, or - to read standard input.")] = None,
    file: Annotated[Path | None, typer.Option("--file", help="Read the text from this file.")] = None,
    lang: Annotated[str | None, typer.Option("--lang", help=f"Language: {', '.join(lexicon.supported_languages())} "
                                             "(detected when left out).")] = None,
    published: Annotated[str | None, typer.Option("--published", help="Publication date, YYYY-MM-DD.")] = None,
) -> None:
    """Extract from one text without storing anything; print its record and recognised items as JSON.

    Example: crossreach analyze --lang it "Il video ha superato i 2 milioni di visualizzazioni su Weibo."
    """
    if (text is None) == (file is None):
        raise typer.BadParameter("give either TEXT, - (standard input) or --file")
    if lang is not None and lang not in lexicon.supported_languages():
        raise typer.BadParameter(f"choose one of {', '.join(lexicon.supported_languages())}", param_hint="--lang")
    if published is not None and not is_iso_date(published):
        raise typer.BadParameter(f"{published!r} is not a date like 2020, 2020-08 or 2020-08-26",
                                 param_hint="--published")
    import json

    from crossreach.ingest import Article, prepare
    from crossreach.pipeline import extract
    from crossreach.record import document_record

    article = _analysed_article(text, file)
    document = prepare(Article(source=article.source, text=article.text, lang=lang or article.lang,
                               title=article.title, published=published or article.published, url=article.url))
    extraction = extract(document, _state(ctx).domain)
    record = document_record(extraction)
    record["recognised"] = {
        "sentences": len(extraction.sentences),
        "quantities": [asdict(q) for q in extraction.quantities],
        "dates": [asdict(d) for d in extraction.dates],
        "mentions": [asdict(m) for m in extraction.mentions],
    }
    print_json(json.dumps(record, ensure_ascii=False))


def _analysed_article(text: str | None, file: Path | None) -> Article:
    """The article ``analyze`` reads: TEXT as given, standard input for -, or a file read as ``ingest``
    reads it (HTML without its tags, the format by the extension)."""
    from crossreach.ingest import Article

    if text is not None and text != "-":
        return Article(source="<text>", text=text)
    if file is not None:
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise typer.BadParameter(f"cannot read {file}: {exc.strerror or exc}", param_hint="--file") from exc
        items = list(readers.read_bytes(str(file), data, file.name))
    else:
        items = list(readers.read_bytes("<stdin>", sys.stdin.buffer.read(DEFAULT_MAX_BYTES + 1)))
    articles = [item for item in items if isinstance(item, Article)]
    if not articles:
        reason = str(items[0]) if items else "no article in it"
        raise typer.BadParameter(reason, param_hint="TEXT" if file is None else "--file")
    return articles[0]


@app.command("evaluate")
def evaluate_command(
    ctx: typer.Context,
    gold: Annotated[Path, typer.Option("--gold", help="Folder of gold files in the FACTS.md format.")],
    texts: Annotated[Path | None, typer.Option("--texts", help="Ingest these articles first.")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List missed and wrong facts.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar while --texts are read.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Score the knowledge base against gold files with the rules of FACTS.md.

    Example: crossreach --db /tmp/dev.db evaluate --gold gold/ --texts articles/
    """
    from crossreach.batch import ingest
    from crossreach.evaluate import GoldError, evaluate, load_gold

    state = _state(ctx)
    try:
        gold_files = load_gold(gold)
    except GoldError as exc:
        error_line(str(exc))
        raise typer.Exit(2) from exc
    if texts is not None:
        report = _run_batch("ingesting texts to score", lambda: readers.count_articles([str(texts)]), quiet, as_json,
                            lambda on_item: ingest([str(texts)], state.kb, lexicon_files=state.lexicon_files,
                                                   workers=DEFAULT_WORKERS, on_item=on_item))
        for skipped in report.skipped:
            err.print(str(skipped), highlight=False, markup=False)
    result = evaluate(gold_files, state.kb.document_records())
    if as_json:
        import json

        print_json(json.dumps(result.as_dict()))
        return
    if verbose:
        for stem, lines in result.details.items():
            out.print(f"  {stem}", highlight=False, markup=False)
            for line in lines:
                out.print(f"    {line}", highlight=False, markup=False)
    out.print(result.table(), highlight=False, markup=False)
    if result.missing_documents:
        out.print(f"documents with no record: {len(result.missing_documents)}: "
                  f"{', '.join(result.missing_documents[:10])}", highlight=False, markup=False)


@app.command("extract")
def extract_command(
    ctx: typer.Context,
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, globs; JSONL shards are read by the engine.")],
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Folder for the Parquet tables.")],
    engine: Annotated[str, typer.Option("--engine", help="local (worker processes) or ray.")] = "local",
    workers: WorkersOption = DEFAULT_WORKERS,
    ray_address: Annotated[str | None, typer.Option("--ray-address", help="A Ray cluster to join; local: "
                                                    "start one on this machine for the run (default: none, "
                                                    "processes forked here, which are faster on one machine).")] = None,
    ray_keep_warm: Annotated[float, typer.Option(
        "--ray-keep-warm", min=0, help="Seconds the extractors stay on the --ray-address cluster after the run, "
        "warm for the next one (0: they end with it).")] = 600.0,
    quiet: QuietOption = False,
    max_size: MaxSizeOption = DEFAULT_MAX_BYTES,
    allow_private_urls: Annotated[bool, typer.Option(
        "--allow-private-urls", help="Fetch URLs on loopback or private networks too.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Extract facts without a knowledge base, into Parquet tables (documents/, facts/) for `load`.

    Example: crossreach extract --engine ray shards/*.jsonl --out facts/
    """
    from crossreach.distributed import ENGINES, EngineUnavailable, extract_to_parquet
    from crossreach.interfaces.progress import batch_progress

    if engine not in ENGINES:
        raise typer.BadParameter(f"choose one of {', '.join(ENGINES)}", param_hint="--engine")
    if engine == "ray" and not quiet:
        _note_ray_without_cluster(ray_address)
    # Ray reports no article as it is done, and a progress bar's refresh thread would keep the driver from
    # forking its extractors: none for it.
    try:
        with batch_progress(disabled=engine == "ray" or not show_progress(quiet or as_json)) as progress:
            task = progress.add_task("extracting", total=readers.count_articles(inputs), current="")
            summary = extract_to_parquet(
                inputs, out_dir, engine=engine, workers=workers, max_bytes=max_size,
                allow_private_urls=allow_private_urls, lexicon_files=_state(ctx).lexicon_files,
                ray_address=ray_address, keep_warm=ray_keep_warm,
                on_item=lambda source: progress.update(task, advance=1, current=source[-60:]))
    except EngineUnavailable as exc:
        from rich.markup import escape

        error_line(escape(str(exc)))  # "crossreach[ray]" is no Rich markup
        raise typer.Exit(2) from exc
    if as_json:
        import json

        print_json(json.dumps(asdict(summary)))
    else:
        out.print(f"{summary.documents} documents, {summary.facts} facts, {summary.skipped} skipped "
                  f"-> {out_dir}", highlight=False)
    if summary.skipped:
        raise typer.Exit(1)


def _note_ray_without_cluster(ray_address: str | None) -> None:
    """Say so where ``--engine ray`` starts no cluster (``ray_start``): the user asked for Ray."""
    import importlib.util

    from crossreach.forked_extractors import can_fork
    from crossreach.ray_start import forked_only

    if importlib.util.find_spec("ray") is not None and forked_only(ray_address, can_fork()):
        err.print("note: --engine ray without --ray-address: extracted by processes forked here, one per core "
                  "(a local Ray cluster would only add its start; --ray-address local starts one)",
                  highlight=False, markup=False)


@app.command("load")
def load_command(
    ctx: typer.Context,
    directory: Annotated[Path, typer.Argument(help="A folder written by `crossreach extract`.")],
    quiet: QuietOption = False,
    as_json: JsonOption = False,
) -> None:
    """Import Parquet tables written by `extract` into the knowledge base (safe to run again).

    Example: crossreach --db kb.db load facts/
    """
    from crossreach.distributed import load_parquet, parquet_documents

    state = _state(ctx)
    kb = state.kb
    try:
        report = _run_batch("loading", parquet_documents(directory), quiet, as_json,
                            lambda on_item: load_parquet(directory, kb, on_item))
    except (FileNotFoundError, OSError) as exc:
        error_line(str(exc))
        raise typer.Exit(2) from exc
    for skipped in report.skipped:
        err.print(str(skipped), highlight=False, markup=False)
    _summary(report, kb, as_json, quiet)


@app.command("stats")
def stats_command(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """Counts of documents, entities and facts in the knowledge base.

    Example: crossreach stats --json
    """
    _summary(None, _state(ctx).existing_kb, as_json, quiet=False)


app.defer(DEFERRED_COMMANDS)


_interrupted = False


def _on_interrupt(_signum: int, _frame: object) -> None:
    """Ctrl-C: stop where the program is, once; a second Ctrl-C must not break the clean-up of the first."""
    global _interrupted
    _interrupted = True
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    raise KeyboardInterrupt


def _exit_interrupted() -> None:
    """One line and exit 130. The open group of documents was rolled back on the way out (or, if that was cut
    short, is rolled back by the database when it is next opened), so the knowledge base is as after the last
    committed group."""
    import multiprocessing  # here: a command that starts no worker never loads it

    for child in multiprocessing.active_children():
        child.kill()
    error_line("interrupted; the documents committed so far are stored, run the command again to finish")
    end_process(130)  # (the interpreter's slow teardown alone took most of a second)


def _user_errors() -> tuple[type[Exception], ...]:
    """The errors a user's input or setup causes, imported only once one was raised."""
    from crossreach.config import ConfigError
    from crossreach.domain import DomainLexiconError
    from crossreach.store.repository import StoreError

    return StoreError, ConfigError, DomainLexiconError


#: The options of ``main_options`` that take a value (tests/interfaces/test_invoked.py checks the list).
GLOBAL_OPTIONS_WITH_VALUES = frozenset({"--db", "--lexicon"})

#: Commands that read one text and print, holding no database or file open for writing at their end: what
#: they load (the pipeline, the lexicons, the domain's automaton) lives until the process ends. They run
#: without garbage collections (some eighty of them, walking that growing heap, were a tenth of an
#: ``analyze``), and a run that succeeds ends without the interpreter's teardown (``quick_exit.end_process``:
#: its exit handlers run and its output is flushed; freeing every object of the lexicons was as much again).
ONE_TEXT_COMMANDS = frozenset({"analyze"})


def main() -> None:
    """Entry point: run the app and turn known errors into one line and an exit code."""
    signal.signal(signal.SIGINT, _on_interrupt)
    arguments = sys.argv[1:]
    one_text = invoked_name(arguments, GLOBAL_OPTIONS_WITH_VALUES) in ONE_TEXT_COMMANDS
    if one_text:
        gc.disable()
    keep_invoked(app, arguments, GLOBAL_OPTIONS_WITH_VALUES)
    if "--help" in arguments or asks_app_help(arguments, GLOBAL_OPTIONS_WITH_VALUES):
        import_help_formatter()
        list_commands_only(app, arguments, GLOBAL_OPTIONS_WITH_VALUES)
    try:
        app()
    except Exception as exc:
        if not isinstance(exc, _user_errors()):
            if _interrupted:
                _exit_interrupted()
            raise
        if _interrupted:
            _exit_interrupted()
        error_line(str(exc))
        sys.exit(2)
    except SystemExit as exc:
        if _interrupted:
            _exit_interrupted()
        exit_after_ray(exc.code)
        if one_text and exc.code in (None, 0):
            end_process(0)
        raise
    except BaseException:  # an error raised while unwinding from Ctrl-C is part of the interruption
        if _interrupted:
            _exit_interrupted()
        raise
