"""Schemathesis against the API's own OpenAPI schema: generated requests, valid and not, never get a 5xx,
and every response matches the schema (status code, content type, body).

Reads run read-only over the dev corpus; ``POST /api/documents`` runs against a throwaway knowledge base,
with name resolution and HTTP stubbed so that generated URLs never leave the machine.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from crossreach.interfaces.api import create_app

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
SETTINGS = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                    suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def read_schema(fixed_db: str) -> Any:
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(fixed_db, read_only=True))


@pytest.fixture(scope="module")
def write_schema(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    folder = tmp_path_factory.mktemp("schema")
    root = folder / "root"
    root.mkdir()
    (root / "article.txt").write_text("Burberry drew 3 million viewers on Tencent in 2020.\n", encoding="utf-8")
    app = create_app(f"sqlite:///{folder / 'kb.db'}", ingest_root=root, max_upload_bytes=256 * 1024)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("crossreach.ingest.web.socket.getaddrinfo", _no_dns)
        patch.setattr("httpx.Client.send", _no_http)
        yield schemathesis.openapi.from_asgi("/openapi.json", app)


def _no_dns(host: str, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
    """Numeric addresses resolve to themselves (so the private-address check still runs); names do not."""
    try:
        socket.inet_pton(socket.AF_INET6 if ":" in host else socket.AF_INET, host)
    except OSError as exc:
        raise socket.gaierror(f"no name resolution in tests: {host}") from exc
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    return [(family, socket.SOCK_STREAM, 6, "", (host, port))]


def _no_http(*args: Any, **kwargs: Any) -> Any:
    raise httpx.ConnectError("no network in tests")


READS = [("GET", path) for path in (
    "/api/overview", "/api/entities", "/api/entities/{name}", "/api/entities/{name}/timeline",
    "/api/entities/{name}/partners", "/api/entities/{name}/people", "/api/metrics", "/api/search",
    "/api/facts/{fact_id}/sources", "/api/graph", "/api/review", "/api/facts/{fact_id}/corrections")]


def _fuzz(schema: Any, method: str, path: str) -> None:
    """Valid and invalid requests for one operation (schemathesis' pytest plugin cannot take fixtures here)."""
    operation = schema[path][method]
    strategy = st.one_of(operation.as_strategy(GenerationMode.POSITIVE),
                         operation.as_strategy(GenerationMode.NEGATIVE))

    @given(case=strategy)
    @SETTINGS
    def run(case: Any) -> None:
        case.call_and_validate(checks=CHECKS)

    run()


def test_the_schema_names_every_operation(read_schema: Any) -> None:
    operations = {(op.ok().method.upper(), op.ok().path) for op in read_schema.get_all_operations()}
    assert operations == {*READS, ("POST", "/api/documents"), ("POST", "/api/facts/{fact_id}/corrections")}


@pytest.mark.parametrize(("method", "path"), READS)
def test_read_endpoints_follow_their_schema(read_schema: Any, method: str, path: str) -> None:
    _fuzz(read_schema, method, path)


def test_ingest_follows_its_schema(write_schema: Any) -> None:
    _fuzz(write_schema, "POST", "/api/documents")


@pytest.mark.parametrize("schema", ["read_schema", "write_schema"])
def test_corrections_follow_their_schema(request: pytest.FixtureRequest, schema: str) -> None:
    _fuzz(request.getfixturevalue(schema), "POST", "/api/facts/{fact_id}/corrections")
