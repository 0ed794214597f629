"""A fuzzing pass over the HTTP API: random query strings, paths, bodies, uploads and headers.

Every answer is a status below 500, and under ``/api`` the project's JSON error shape; each example is
bounded in time (``within``), so a runaway fails the test instead of hanging the suite. Name resolution
and HTTP are stubbed: a generated URL never leaves the machine.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import guards
from crossreach.interfaces.api import create_app

FUZZ = settings(max_examples=60, deadline=None, database=None, suppress_health_check=list(HealthCheck))
SECONDS_PER_REQUEST = 20
ENDPOINTS = ["/api/overview", "/api/entities", "/api/entities/Tencent", "/api/entities/Tencent/timeline",
             "/api/entities/Tencent/partners", "/api/entities/Tencent/people", "/api/metrics", "/api/search",
             "/api/facts/1/sources", "/api/graph", "/", "/entities", "/leaderboard", "/search", "/compare"]
PARAMETERS = ["kind", "type", "category", "search", "limit", "offset", "q", "since", "until", "platform",
              "subject", "entity", "depth", "latest", "page"]


def within(seconds: int = SECONDS_PER_REQUEST) -> AbstractContextManager[None]:
    return guards.within(seconds, "the answer")


def _no_dns(host: str, *args: Any, **kwargs: Any) -> list[Any]:
    raise socket.gaierror(f"no name resolution in tests: {host}")


def _no_http(*args: Any, **kwargs: Any) -> Any:
    raise httpx.ConnectError("no network in tests")


@pytest.fixture(scope="module")
def reader(example_db: str) -> Iterator[TestClient]:
    with TestClient(create_app(example_db, read_only=True)) as client:
        yield client


@pytest.fixture(scope="module")
def writer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    folder = tmp_path_factory.mktemp("fuzz")
    root = folder / "root"
    root.mkdir()
    (root / "article.txt").write_text("Burberry drew 3 million viewers on Tencent in 2020.\n", encoding="utf-8")
    app = create_app(f"sqlite:///{folder / 'kb.db'}", ingest_root=root, max_upload_bytes=64 * 1024,
                     allowed_hosts=("testserver", "localhost"))
    with pytest.MonkeyPatch.context() as patch, TestClient(app) as client:
        patch.setattr("crossreach.ingest.web.socket.getaddrinfo", _no_dns)
        patch.setattr("httpx.Client.send", _no_http)
        yield client


def _answered(response: Any, path: str = "/api") -> None:
    assert response.status_code < 500, response.text[:500]
    if response.status_code >= 400 and path.startswith("/api"):
        body = response.json()
        assert set(body) == {"error", "detail"} and body["error"]


queries = st.lists(st.tuples(st.one_of(st.sampled_from(PARAMETERS), st.text(max_size=12)),
                             st.one_of(st.text(max_size=40), st.integers().map(str), st.floats().map(str))),
                   max_size=5)


@FUZZ
@given(st.sampled_from(ENDPOINTS), queries)
def test_random_query_strings_never_get_a_500(reader: TestClient, endpoint: str, query: list) -> None:
    string = "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in query)
    with within():
        _answered(reader.get(f"{endpoint}?{string}"), endpoint)


@FUZZ
@given(st.text(min_size=1, max_size=80), st.sampled_from(["", "/timeline?kind=views", "/partners", "/people"]))
def test_random_entity_names_never_get_a_500(reader: TestClient, name: str, tail: str) -> None:
    with within():
        _answered(reader.get(f"/api/entities/{quote(name, safe='')}{tail}"))
        _answered(reader.get(f"/entities/{quote(name, safe='')}"), "/entities")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=60),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
ingest_fields = st.fixed_dictionaries({}, optional={
    "text": st.text(max_size=300), "html": st.text(max_size=300), "title": st.text(max_size=40),
    "lang": st.sampled_from(["en", "it", "zh", "xx", ""]), "url": st.text(max_size=60),
    "published": st.text(max_size=12), "path": st.sampled_from(["article.txt", "..", "/etc/passwd", "nope", ""]),
})


@FUZZ
@given(st.one_of(json_values, ingest_fields))
def test_random_json_bodies_never_get_a_500(writer: TestClient, body: Any) -> None:
    with within():
        _answered(writer.post("/api/documents", content=json.dumps(body).encode(),
                              headers={"content-type": "application/json"}))


@FUZZ
@given(st.binary(max_size=2048), st.sampled_from(["application/json", "multipart/form-data", "text/plain", "",
                                                  "multipart/form-data; boundary=x", "application/json; charset=x"]))
def test_random_bytes_as_a_body_never_get_a_500(writer: TestClient, data: bytes, content_type: str) -> None:
    with within():
        _answered(writer.post("/api/documents", content=data, headers={"content-type": content_type}))


@FUZZ
@given(st.binary(max_size=4096), st.sampled_from(["a.txt", "a.html", "a.jsonl", "a.rss", "a.bin", "", "../../x"]))
def test_random_uploads_never_get_a_500(writer: TestClient, data: bytes, name: str) -> None:
    with within():
        _answered(writer.post("/api/documents", files={"file": (name, data)}))


@FUZZ
@given(st.dictionaries(st.sampled_from(["Host", "Origin", "Referer", "Sec-Fetch-Site", "X-Crossreach-Token"]),
                       st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=40)))
def test_random_guard_headers_never_get_a_500(writer: TestClient, headers: dict[str, str]) -> None:
    with within():
        _answered(writer.post("/api/documents", json={"text": "Burberry drew 3 million viewers on Tencent."},
                              headers=headers))
        _answered(writer.get("/api/overview", headers=headers))

