"""The dashboard's download of a briefing: ``GET /briefing?entity=Kuaishou&format=pdf``.

The same briefing as ``crossreach report``, built through the query layer and
sent as an attachment; an unknown entity is the app's usual 404.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from crossreach.report.build import entity_briefing
from crossreach.report.render import pdf_bytes, render_html
from crossreach.store import KnowledgeBase

router = APIRouter(include_in_schema=False)

_MEDIA_TYPES = {"html": "text/html; charset=utf-8", "pdf": "application/pdf"}


@router.get("/briefing")
def briefing_download(
    request: Request,
    entity: Annotated[str, Query(min_length=1, max_length=500)],
    format: Annotated[Literal["html", "pdf"], Query()] = "html",
) -> Response:
    """The briefing on ``entity`` as a file to keep or send on."""
    kb: KnowledgeBase = request.app.state.kb
    briefing = entity_briefing(kb, entity, datetime.now().astimezone())
    html = render_html(briefing, kb)
    body = pdf_bytes(html) if format == "pdf" else html.encode("utf-8")
    name = re.sub(r"[^A-Za-z0-9]+", "-", briefing.title).strip("-").lower() or "briefing"
    return Response(body, media_type=_MEDIA_TYPES[format],
                    headers={"Content-Disposition": f'attachment; filename="briefing-{name}.{format}"'})
