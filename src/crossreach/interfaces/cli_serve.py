"""``crossreach serve``: the REST API and the web dashboard (``crossreach.interfaces.api``) under uvicorn."""

from __future__ import annotations

import signal
from pathlib import Path
from typing import Annotated

import typer

from crossreach.config import DEFAULT_MAX_BYTES, database_url
from crossreach.interfaces.console import err


def serve_command(
    ctx: typer.Context,
    host: Annotated[str, typer.Option("--host", help="Address to listen on (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.", min=0, max=65535)] = 8000,
    read_only: Annotated[bool, typer.Option("--read-only", help="Refuse POST /api/documents (403).")] = False,
    allow_private_urls: Annotated[bool, typer.Option(
        "--allow-private-urls", help="Let POST /api/documents fetch URLs on loopback or private networks.")] = False,
    ingest_root: Annotated[Path | None, typer.Option(
        "--ingest-root", help="Folder whose files POST /api/documents may ingest by path (off by default).",
        exists=True, file_okay=False, dir_okay=True, resolve_path=True)] = None,
    max_upload: Annotated[int, typer.Option("--max-upload", help="Largest request body in bytes.",
                                            min=1)] = DEFAULT_MAX_BYTES,
    allowed_host: Annotated[list[str] | None, typer.Option(
        "--allowed-host", help="Another Host name to answer (repeatable; '*' for any). Always answered: the "
        "--host address and localhost; any other is refused (400), against DNS rebinding.")] = None,
) -> None:
    """Serve the REST API (/api, OpenAPI at /docs) and the web dashboard (/) from one process.

    Example: crossreach --db example.db serve --port 8000 --read-only
    """
    import uvicorn  # the server's imports cost the other commands nothing

    from crossreach.interfaces.api import create_app
    from crossreach.interfaces.api.guard import default_hosts

    state = ctx.find_root().obj
    hosts = default_hosts(host, allowed_host or ())
    app = create_app(database_url(state.db_option), read_only=read_only, max_upload_bytes=max_upload,
                     allow_private_urls=allow_private_urls, ingest_root=ingest_root,
                     lexicon_files=tuple(state.lexicon_files), allowed_hosts=hosts)
    err.print(f"crossreach: dashboard at http://{host}:{port}/ , API docs at http://{host}:{port}/docs"
              + (" (read-only)" if read_only else ""), highlight=False, markup=False)
    if "*" not in hosts:
        err.print(f"crossreach: answering Host {', '.join(hosts)} only (add others with --allowed-host)",
                  highlight=False, markup=False)
    signal.signal(signal.SIGINT, signal.default_int_handler)  # uvicorn stops on Ctrl-C and says so itself
    uvicorn.run(app, host=host, port=port, log_level="info")
