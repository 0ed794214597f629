"""The dashboard offers the briefing as a download, as HTML or PDF."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from crossreach.interfaces.api import create_app


@pytest.fixture(scope="module")
def client(example_db: str) -> Iterator[TestClient]:
    with TestClient(create_app(example_db, read_only=True)) as test_client:
        yield test_client


@pytest.mark.parametrize(("fmt", "media_type", "magic"), [
    ("html", "text/html", b"<!doctype html>"), ("pdf", "application/pdf", b"%PDF"),
])
def test_the_briefing_downloads(client: TestClient, fmt: str, media_type: str, magic: bytes) -> None:
    response = client.get("/briefing", params={"entity": "Kuaishou", "format": fmt})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media_type)
    assert response.headers["content-disposition"] == f'attachment; filename="briefing-kuaishou.{fmt}"'
    assert response.content.startswith(magic)


def test_the_entity_page_links_the_download(client: TestClient) -> None:
    page = client.get("/entity/Kuaishou").text
    assert 'href="/briefing?entity=Kuaishou&amp;format=pdf"' in page


@pytest.mark.parametrize(("params", "status"), [
    ({"entity": "No Such Museum"}, 404), ({"entity": "Kuaishou", "format": "docx"}, 400), ({}, 400),
])
def test_bad_requests_get_an_error_page(client: TestClient, params: dict[str, str], status: int) -> None:
    response = client.get("/briefing", params=params, headers={"Accept": "text/html"})
    assert response.status_code == status
