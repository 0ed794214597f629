"""``crossreach watch``: the command-line glue over ``crossreach.watch``."""

from __future__ import annotations

import signal
from datetime import datetime
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from crossreach.config import ConfigError, watch_entries
from crossreach.interfaces.console import err, error_line, out

if TYPE_CHECKING:  # the watcher, its HTTP client and the store load when the command runs
    from crossreach.store import KnowledgeBase
    from crossreach.watch import PoliteClient, PollResult, WatchSource


def watch_command(
    ctx: typer.Context,
    sources: Annotated[list[str] | None, typer.Argument(
        help="RSS/Atom feed or sitemap URLs, or folders; added to the \\[\\[watch]] entries of the config "
        "file.")] = None,
    every: Annotated[str, typer.Option("--every", help="Poll interval of the sources given here "
                                       "(90s, 15m, 2h, 1d).")] = "30m",
    once: Annotated[bool, typer.Option("--once", help="Poll the sources that are due, then exit "
                                       "(for cron and systemd timers).")] = False,
    alert: Annotated[list[str] | None, typer.Option(
        "--alert", help="Watch an entity: new facts about it go into a digest (repeatable).")] = None,
    digest: Annotated[Path | None, typer.Option("--digest", help="Write each digest to this file "
                                                "(.json for JSON, else Markdown).")] = None,
    webhook: Annotated[str | None, typer.Option("--webhook", help="POST each digest as JSON to this URL.")] = None,
    config: Annotated[Path | None, typer.Option("--config", help="Read \\[\\[watch]] entries from this file "
                                                "(default: crossreach.toml, then ~/.config/crossreach/config.toml).")
                      ] = None,
    host_delay: Annotated[float, typer.Option("--host-delay", min=0.0, help="Seconds between two requests "
                                              "to one host.")] = 2.0,
    backoff: Annotated[str, typer.Option("--backoff", help="First wait after a failed poll, doubled at each "
                                         "failure in a row (at most a day).")] = "1m",
    allow_private_urls: Annotated[bool, typer.Option(
        "--allow-private-urls", help="Fetch URLs on loopback or private networks too.")] = False,
) -> None:
    """Follow feeds, sitemaps and folders on a schedule; ingest each new item once.

    One line per source and poll: new, unchanged or failed, with the reason.
    Example: crossreach watch --once https://example.com/feed.xml --alert Kuaishou --digest digest.md
    """
    from crossreach.watch import PoliteClient, Politeness, WatchConfigError, Watcher, parse_interval
    from crossreach.watch.runner import FAILED

    try:
        watched = _sources(sources or [], every, config)
        backoff_base = parse_interval(backoff)
    except (WatchConfigError, ConfigError) as exc:
        error_line(escape(str(exc)))
        raise typer.Exit(2) from exc
    if not watched:
        error_line("nothing to watch: give feed URLs or folders, or watch entries in crossreach.toml")
        raise typer.Exit(2)
    if digest is None and webhook is None and alert:
        error_line("--alert needs --digest FILE or --webhook URL to send its digest to")
        raise typer.Exit(2)
    root = ctx.find_root()
    state = root.obj
    kb = state.kb  # watching ingests, so it may start a new knowledge base
    root.call_on_close(kb.engine.dispose)
    stop = _Stop()
    failed = False
    with PoliteClient(host_delay=host_delay, allow_private=allow_private_urls) as client:
        watcher = Watcher(kb, watched, client, lexicon_files=state.lexicon_files,
                          politeness=Politeness(backoff_base=backoff_base))

        def report(results: list[PollResult]) -> None:
            nonlocal failed
            for result in results:
                out.print(result.line(), highlight=False, markup=False)
                failed = failed or result.status == FAILED
            _send_digest(kb, client, alert or [], results, digest, webhook)

        if once:
            report(watcher.poll_due())
        else:
            stop.install()
            err.print(f"watching {len(watched)} source{'s' * (len(watched) != 1)}; Ctrl-C stops",
                      highlight=False)
            watcher.run(report, stop.requested, sleep=stop.sleep)
    if once and failed:
        raise typer.Exit(1)


def _sources(specs: list[str], every: str, config: Path | None) -> list[WatchSource]:
    from crossreach.watch import parse_interval
    from crossreach.watch.sources import DEFAULT_INTERVAL, source_from_spec, sources_from_config

    interval = parse_interval(every) if every else DEFAULT_INTERVAL
    sources = sources_from_config(watch_entries(config), interval)
    known = {s.location for s in sources}
    for spec in specs:
        source = source_from_spec(spec, interval)
        if source.location not in known:
            sources.append(source)
            known.add(source.location)
    return sources


def _send_digest(kb: KnowledgeBase, client: PoliteClient, alerts: list[str], results: list[PollResult],
                 path: Path | None, webhook: str | None) -> None:
    from crossreach.ingest.web import FetchError
    from crossreach.watch.digest import build_digest, write_digest

    added = [doc for result in results for doc in result.added_documents]
    if not alerts or not added:
        return
    found = build_digest(kb, alerts, added, datetime.now().astimezone())
    if not found:
        return
    if path is not None:
        write_digest(found, path)
        err.print(f"digest: {sum(len(v) for v in found.facts.values())} new facts written to {path}",
                  highlight=False)
    if webhook is not None:
        try:
            client.post_json(webhook, found.as_dict())
        except FetchError as exc:
            error_line(f"digest not delivered to the webhook: {exc}")


class _Stop:
    """SIGTERM and SIGINT end the loop between two items, never in the middle of one."""

    def __init__(self) -> None:
        self._requested = False

    def install(self) -> None:
        signal.signal(signal.SIGTERM, self._handle)
        signal.signal(signal.SIGINT, self._handle)

    def _handle(self, _signum: int, _frame: FrameType | None) -> None:
        self._requested = True

    def requested(self) -> bool:
        return self._requested

    def sleep(self, seconds: float) -> None:
        """Sleep in short naps, so that a stop request is noticed soon."""
        import time

        end = time.monotonic() + seconds
        while not self._requested and (left := end - time.monotonic()) > 0:
            time.sleep(min(left, 0.5))
