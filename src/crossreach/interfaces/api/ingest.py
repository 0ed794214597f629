"""What ``POST /api/documents`` ingests: the articles of a JSON body, of an uploaded file, of a path under the
server's ingest root or of a URL, each read by the CLI's own readers (``crossreach.ingest``)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from fastapi import Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException

from crossreach.ingest import Skipped, read_inputs
from crossreach.ingest.readers import Item, article_from_record, plan_inputs, read_bytes
from crossreach.ingest.web import FetchError, check_public_url
from crossreach.interfaces.api.body_limit import BodyTooLarge
from crossreach.interfaces.api.models import IngestRequest
from crossreach.interfaces.api.settings import Settings


def _read(inputs: list[str], settings: Settings) -> Iterator[Item]:
    """Paths and URLs go through the CLI's readers (lazily: they run with the ingest, off the event loop)."""
    return read_inputs(inputs, max_bytes=settings.max_upload_bytes, allow_private_urls=settings.allow_private_urls)


async def json_items(request: Request, settings: Settings) -> Iterable[Item]:
    """The articles a JSON body asks for: its text or html, the files of its path, or its URL."""
    try:
        body = IngestRequest.model_validate(json.loads(await request.body()))
    except ValidationError as exc:
        raise RequestValidationError(exc.errors(include_url=False, include_context=False)) from exc
    except (ValueError, RecursionError) as exc:  # not JSON, not UTF-8, or nested beyond reason
        raise HTTPException(400, f"the body is not valid JSON: {exc}") from exc
    if body.text is not None or body.html is not None:
        record = body.model_dump(exclude_none=True, exclude={"path"})
        record["source"] = body.url or "<api>"
        return [article_from_record("<api>", 1, record)]
    if body.path is not None:
        return _read(paths_under_root(body.path, settings.ingest_root), settings)
    assert body.url is not None  # the model asks for one of text, html, path or url
    if not settings.allow_private_urls:
        try:
            await run_in_threadpool(check_public_url, body.url)
        except FetchError as exc:
            raise HTTPException(403, str(exc)) from exc
    return _read([body.url], settings)


async def upload_items(request: Request, settings: Settings) -> Iterable[Item]:
    """The articles of a multipart upload's one ``file`` part, read as the CLI reads a file of that name."""
    try:
        async with request.form(max_files=1, max_fields=20) as form:  # closes the spooled upload afterwards
            upload = form.get("file")
            if not isinstance(upload, UploadFile):
                raise HTTPException(422, "a multipart upload needs a 'file' part")
            if set(form.keys()) != {"file"}:
                others = ", ".join(sorted(repr(k) for k in set(form.keys()) - {"file"}))
                raise HTTPException(422, f"a multipart upload takes one 'file' part and nothing else, not {others}")
            name = Path(upload.filename or "upload").name
            data = await upload.read()
    except (BodyTooLarge, HTTPException):
        raise
    except Exception as exc:  # the multipart parser's own errors: a malformed body is the client's
        raise HTTPException(400, f"malformed multipart body: {exc}") from exc
    return list(read_bytes(f"upload:{name}", data, name, max_bytes=settings.max_upload_bytes))


def paths_under_root(path: str, root: Path | None) -> list[str]:
    """The readable files ``path`` names inside the ingest root; 403 for anything that leads outside it
    (``..``, an absolute path elsewhere, a symbolic link pointing out)."""
    if root is None:
        raise HTTPException(403, "server-side paths are disabled; start the server with --ingest-root DIR")
    if "\x00" in path:
        raise HTTPException(422, "a path cannot contain NUL")
    base = root.resolve()
    try:
        target = (base / path).resolve()
        if not target.is_relative_to(base):
            raise HTTPException(403, f"{path!r} is outside the ingest root")
        if target.is_file():
            return [str(target)]
        if not target.is_dir():
            raise HTTPException(404, f"no such file or folder under the ingest root: {path!r}")
        # The folder as ``crossreach ingest`` lists it (sorted, hidden files left out, only the types it
        # reads); a link to a file outside the root is left out.
        files = [unit for unit in plan_inputs([str(target)])
                 if not isinstance(unit, Skipped) and Path(unit).resolve().is_relative_to(base)]
    except OSError as exc:  # a name too long, a loop of links, a folder it may not read
        raise HTTPException(422, f"cannot read {path!r}: {exc.strerror or exc}") from exc
    if not files:
        raise HTTPException(422, f"no readable article under {path!r}")
    return files
