"""The server's guard: foreign Host headers (DNS rebinding) and cross-site writes (CSRF) are refused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from crossreach.interfaces.api import create_app
from crossreach.interfaces.api.guard import TOKEN_HEADER, default_hosts
from crossreach.interfaces.cli import app as cli_app

ARTICLE = ("Burberry opens a livestream with Tencent\n\nLONDON, 3 August 2020\n\n"
           "Burberry said its first livestream on Tencent drew more than 3 million viewers.\n")
SERVER = "127.0.0.1:8000"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[TestClient]:
    """A writable server as `crossreach serve` starts it on loopback."""
    app = create_app(f"sqlite:///{tmp_path / 'kb.db'}", allowed_hosts=default_hosts("127.0.0.1"))
    with TestClient(app, base_url=f"http://{SERVER}") as client:
        yield client


def _post(client: TestClient, headers: dict[str, str]) -> Any:
    return client.post("/api/documents", files={"file": ("a.txt", ARTICLE.encode(), "text/plain")},
                       headers=headers)


def _stored(client: TestClient) -> int:
    return client.get("/api/overview").json()["counts"]["documents"]


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://evil.example"},
        {"Origin": "null"},
        {"Origin": "null", "Sec-Fetch-Site": "cross-site"},  # a sandboxed frame elsewhere
        {"Origin": "http://127.0.0.1:9999"},  # another port is another origin
        {"Referer": "http://evil.example/page.html"},
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site", "Origin": f"http://{SERVER}"},
        {TOKEN_HEADER: "not the token", "Origin": "http://evil.example"},
    ],
)
def test_a_write_from_another_site_is_refused(server: TestClient, headers: dict[str, str]) -> None:
    response = _post(server, headers)
    assert response.status_code == 403, response.text
    assert set(response.json()) == {"error", "detail"} and "refused" in response.json()["error"]
    assert _stored(server) == 0


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": f"http://{SERVER}"},
        {"Referer": f"http://{SERVER}/entities"},
        {"Sec-Fetch-Site": "same-origin", "Origin": f"http://{SERVER}"},
        {"Sec-Fetch-Site": "same-origin", "Origin": "null"},  # the dashboard's own form (no-referrer policy)
        {},  # no browser: curl, a script
    ],
)
def test_a_write_from_this_server_or_no_browser_is_accepted(server: TestClient, headers: dict[str, str]) -> None:
    assert _post(server, headers).status_code == 201
    assert _stored(server) == 1


def test_the_dashboard_token_allows_a_write(server: TestClient) -> None:
    token = server.app.state.csrf_token  # type: ignore[attr-defined]
    assert _post(server, {TOKEN_HEADER: token, "Sec-Fetch-Site": "cross-site"}).status_code == 201


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "127.0.0.2:8000", "192.168.1.5"])
def test_a_foreign_host_is_refused_even_for_reading(server: TestClient, host: str) -> None:
    response = server.get("/api/overview", headers={"Host": host})
    assert response.status_code == 400
    assert "--allowed-host" in response.json()["error"]
    assert server.get("/", headers={"Host": host}).status_code == 400


@pytest.mark.parametrize("host", ["127.0.0.1:8000", "localhost:8000", "LOCALHOST", "[::1]:8000"])
def test_the_bind_address_and_localhost_are_answered(server: TestClient, host: str) -> None:
    assert server.get("/api/overview", headers={"Host": host}).status_code == 200


@pytest.mark.parametrize(
    ("bind", "extra", "expected"),
    [
        ("127.0.0.1", (), ("127.0.0.1", "localhost", "::1")),
        ("0.0.0.0", (), ("localhost", "127.0.0.1", "::1")),
        ("10.0.0.7", ("News.Example:8000",), ("10.0.0.7", "localhost", "127.0.0.1", "::1", "news.example")),
    ],
)
def test_default_hosts(bind: str, extra: tuple[str, ...], expected: tuple[str, ...]) -> None:
    assert default_hosts(bind, extra) == expected


def test_serve_answers_the_hosts_it_was_started_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    served: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: served.update(app=app, **options))
    result = CliRunner().invoke(cli_app, ["--db", str(tmp_path / "kb.db"), "serve", "--port", "8123",
                                          "--allowed-host", "news.example"])
    assert result.exit_code == 0, result.output
    with TestClient(served["app"], base_url="http://127.0.0.1:8123") as client:
        assert client.get("/api/overview", headers={"Host": "news.example"}).status_code == 200
        assert client.get("/api/overview", headers={"Host": "rebound.example"}).status_code == 400
        assert _post(client, {"Origin": "http://evil.example"}).status_code == 403


def test_the_dashboard_holds_the_token_and_a_read_only_one_none(server: TestClient, example_db: str) -> None:
    page = server.get("/").text
    token = server.app.state.csrf_token  # type: ignore[attr-defined]
    assert f'<meta name="crossreach-token" content="{token}">' in page
    with TestClient(create_app(example_db, read_only=True)) as read_only:
        assert "crossreach-token" not in read_only.get("/").text
