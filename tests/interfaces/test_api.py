"""The REST API and the dashboard pages through FastAPI's test client: endpoints, filters, pagination,
errors (one JSON shape, never a 5xx for bad input), ingest limits and refusals, escaped article text."""

from __future__ import annotations

import asyncio
import html
import json
import re
import threading
from collections.abc import Iterator
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from markupsafe import escape

from crossreach.interfaces.api import create_app
from crossreach.interfaces.web.format import number
from fixed_records import DOCUMENTS

ARTICLE = ("Burberry opens a livestream with Tencent\n\nLONDON, 3 August 2020\n\n"
           "Burberry said its first livestream on Tencent drew more than 3 million viewers.\n")
HOSTILE = ("Burberry on Tencent <script>alert('title')</script>\n\nLONDON, 4 August 2020\n\n"
           "Burberry said the <script>alert('x')</script> show on Tencent drew more than 5 million viewers.\n")


@pytest.fixture(scope="module")
def client(fixed_db: str) -> Iterator[TestClient]:
    """The fixed records, served read-only."""
    with TestClient(create_app(fixed_db, read_only=True)) as test_client:
        yield test_client


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "root"
    folder.mkdir()
    return folder


@pytest.fixture
def writer(tmp_path: Path, root: Path) -> Iterator[TestClient]:
    """An empty knowledge base that accepts writes, with an ingest root and a small body limit."""
    app = create_app(f"sqlite:///{tmp_path / 'kb.db'}", max_upload_bytes=64 * 1024, ingest_root=root)
    with TestClient(app) as test_client:
        yield test_client


def _ok(response: Any, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json()


def _error(response: Any, status: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error", "detail"} and body["error"], body
    return str(body["error"])


# --- reading ----------------------------------------------------------------------------------------------------------


def test_the_openapi_schema_lists_every_endpoint(client: TestClient) -> None:
    paths = _ok(client.get("/openapi.json"))["paths"]
    for path in ("/api/overview", "/api/entities", "/api/entities/{name}", "/api/entities/{name}/timeline",
                 "/api/entities/{name}/partners", "/api/entities/{name}/people", "/api/metrics", "/api/search",
                 "/api/facts/{fact_id}/sources", "/api/graph", "/api/documents"):
        assert path in paths
    assert client.get("/docs").status_code == 200


def test_overview_counts_the_fixed_records(client: TestClient) -> None:
    overview = _ok(client.get("/api/overview", params={"latest": 5}))
    assert overview["counts"]["documents"] == len(DOCUMENTS)
    assert sum(overview["languages"].values()) == len(DOCUMENTS)
    assert {"en", "fr", "zh"} <= set(overview["languages"])
    assert 0 < len(overview["latest"]) <= 5


def test_entities_paginate_without_overlap(client: TestClient) -> None:
    first = _ok(client.get("/api/entities", params={"limit": 5}))
    second = _ok(client.get("/api/entities", params={"limit": 5, "offset": 5}))
    assert first["total"] == second["total"] > 10
    assert (first["limit"], first["offset"], second["offset"]) == (5, 0, 5)
    assert len(first["items"]) == len(second["items"]) == 5
    assert not {e["id"] for e in first["items"]} & {e["id"] for e in second["items"]}


def test_entities_filter_by_type_category_and_name_in_any_script(client: TestClient) -> None:
    platforms = _ok(client.get("/api/entities", params={"type": "platform", "limit": 500}))["items"]
    assert platforms and all(e["type"] == "platform" for e in platforms)
    museums = _ok(client.get("/api/entities", params={"category": "museum", "limit": 500}))["items"]
    assert museums and all(e["category"] == "museum" for e in museums)
    found = _ok(client.get("/api/entities", params={"search": "快手"}))["items"]
    assert "Kuaishou" in {e["name"] for e in found}


def test_an_entity_is_found_by_alias_with_its_profile(client: TestClient) -> None:
    by_name = _ok(client.get("/api/entities/Kuaishou"))
    by_alias = _ok(client.get("/api/entities/快手"))
    assert by_name["entity"]["id"] == by_alias["entity"]["id"]
    assert "dau" in by_name["metrics"]
    assert all(row["kind"] == "dau" for row in by_name["metrics"]["dau"])
    by_id = _ok(client.get(f"/api/entities/{by_name['entity']['id']}"))
    assert by_id["entity"]["name"] == "Kuaishou"


def test_an_unknown_entity_is_a_404_with_suggestions(client: TestClient) -> None:
    message = _error(client.get("/api/entities/Kuaishuo"), 404)
    assert "Kuaishuo" in message
    for path in ("/timeline?kind=dau", "/partners", "/people"):
        _error(client.get(f"/api/entities/Nobody%20Known{path}"), 404)


def test_timeline_is_oldest_first_and_needs_a_known_kind(client: TestClient) -> None:
    timeline = _ok(client.get("/api/entities/Kuaishou/timeline", params={"kind": "dau"}))
    dates = [p["date"] for p in timeline["points"]]
    assert len(dates) >= 2 and dates == sorted(dates)
    _error(client.get("/api/entities/Kuaishou/timeline"), 422)
    _error(client.get("/api/entities/Kuaishou/timeline", params={"kind": "sharks"}), 422)


def test_partners_and_people(client: TestClient) -> None:
    partners = _ok(client.get("/api/entities/Louis Vuitton/partners"))
    assert "Kuaishou" in {p["partner"] for p in partners}
    assert all(p["facts"] for p in partners)
    people = _ok(client.get("/api/entities/Louis Vuitton/people"))
    assert people and all(r["organization"] and r["person"] and r["fact_id"] for r in people)


def test_metrics_filter_sort_and_paginate(client: TestClient) -> None:
    viewers = _ok(client.get("/api/metrics", params={"kind": "viewers", "limit": 500}))
    values = [row["value"] for row in viewers["items"] if row["value"] is not None]
    assert viewers["items"] and all(row["kind"] == "viewers" for row in viewers["items"])
    assert values == sorted(values, reverse=True)
    page = _ok(client.get("/api/metrics", params={"kind": "viewers", "limit": 2, "offset": 1}))
    assert [r["id"] for r in page["items"]] == [r["id"] for r in viewers["items"][1:3]]
    dated = _ok(client.get("/api/metrics", params={"since": "2021", "until": "2021-12-31", "limit": 500}))["items"]
    assert dated and all("2021" <= row["date"][:4] <= "2021" for row in dated)
    on_weibo = _ok(client.get("/api/metrics", params={"platform": "Weibo", "limit": 500}))["items"]
    assert on_weibo and all(row["platform"] == "Weibo" for row in on_weibo)
    _error(client.get("/api/metrics", params={"since": "last week"}), 422)
    _error(client.get("/api/metrics", params={"limit": 0}), 422)
    _error(client.get("/api/metrics", params={"limit": 100000}), 422)
    _error(client.get("/api/metrics", params={"category": "aliens"}), 422)


def test_search_finds_facts_and_needs_text(client: TestClient) -> None:
    hits = _ok(client.get("/api/search", params={"q": "Kuaishou"}))
    assert hits["total"] > 0 and hits["items"]
    _error(client.get("/api/search"), 422)
    _error(client.get("/api/search", params={"q": ""}), 422)


def test_fact_sources_point_at_the_figure(client: TestClient) -> None:
    row = _ok(client.get("/api/metrics", params={"kind": "dau", "subject": "Kuaishou", "limit": 1}))["items"][0]
    sources = _ok(client.get(f"/api/facts/{row['id']}/sources"))
    assert sources["fact"]["id"] == row["id"] and sources["sources"]
    for source in sources["sources"]:
        start, end = source["highlight"]
        assert 0 <= start < end <= len(source["sentence"])
    _error(client.get("/api/facts/99999999/sources"), 404)
    _error(client.get("/api/facts/0/sources"), 422)
    _error(client.get(f"/api/facts/{2**70}/sources"), 422)
    _error(client.get("/api/facts/abc/sources"), 422)


def test_partners_filtered_by_kind_and_status(client: TestClient) -> None:
    renewed = _ok(client.get("/api/entities/Tencent/partners", params={"status": "renewed"}))
    assert "NBA" in {p["partner"] for p in renewed}
    assert all(f["record"]["status"] == "renewed" for p in renewed for f in p["facts"])
    assert _ok(client.get("/api/graph", params={"entity": "Tencent", "status": "renewed"}))["edges"]
    _error(client.get("/api/entities/Tencent/partners", params={"kind": "friendship"}), 422)
    _error(client.get("/api/graph", params={"status": "over"}), 422)


def test_partnership_graph(client: TestClient) -> None:
    graph = _ok(client.get("/api/graph", params={"entity": "Louis Vuitton"}))
    names = {node["name"] for node in graph["nodes"]}
    assert {"Louis Vuitton", "Kuaishou"} <= names and graph["edges"]
    whole = _ok(client.get("/api/graph"))
    assert len(whole["nodes"]) >= len(graph["nodes"])
    _error(client.get("/api/graph", params={"depth": 9}), 422)


@pytest.mark.parametrize("name", ["¹", "²3", "99999999999999999999999", "0", "-1", "%"])
def test_names_that_look_like_ids_are_looked_up_never_a_5xx(client: TestClient, name: str) -> None:
    for path in (f"/api/entities/{name}", f"/api/entities/{name}/people"):
        assert client.get(path).status_code in (200, 404), path
    for path, params in (("/api/graph", {"entity": name}), ("/api/metrics", {"subject": name}),
                         ("/api/metrics", {"platform": name})):
        assert client.get(path, params=params).status_code in (200, 404), (path, params)
    assert client.get(f"/entity/{name}").status_code in (200, 404)


def test_unknown_routes_and_control_characters_are_json_4xx(client: TestClient) -> None:
    _error(client.get("/api/nothing-here"), 404)
    _error(client.get("/api/entities/a%00b"), 422)
    _error(client.delete("/api/overview"), 405)


# --- writing ----------------------------------------------------------------------------------------------------------


def test_a_read_only_server_refuses_writes(client: TestClient) -> None:
    assert "read-only" in _error(client.post("/api/documents", json={"text": ARTICLE}), 403)


def test_ingest_a_text_then_the_same_again(writer: TestClient) -> None:
    first = _ok(writer.post("/api/documents", json={"text": ARTICLE, "lang": "en"}), 201)
    assert first["added"] == 1 and first["facts"] > 0 and first["skipped"] == []
    again = _ok(writer.post("/api/documents", json={"text": ARTICLE, "lang": "en"}), 200)
    assert again["added"] == 0 and again["duplicates"] == 1
    viewers = _ok(writer.get("/api/metrics", params={"kind": "viewers"}))["items"]
    assert [(r["subject"], r["value"]) for r in viewers] == [("Burberry", 3_000_000)]


def test_ingest_an_uploaded_file(writer: TestClient) -> None:
    page = f"<html><head><title>Burberry</title></head><body><article>{html.escape(ARTICLE)}</article></body></html>"
    result = _ok(writer.post("/api/documents", files={"file": ("news/burberry.html", page, "text/html")}), 201)
    assert result["added"] == 1
    overview = _ok(writer.get("/api/overview"))
    assert overview["counts"]["documents"] == 1


def test_ingest_errors_are_clear(writer: TestClient) -> None:
    assert "JSON" in _error(writer.post("/api/documents", content=b"{nope", headers={"content-type":
                                                                                      "application/json"}), 400)
    _error(writer.post("/api/documents", content=b"hello", headers={"content-type": "text/plain"}), 415)
    _error(writer.post("/api/documents", content=b"[" * 50_000, headers={"content-type": "application/json"}), 400)
    _error(writer.post("/api/documents", json=["a list"]), 422)
    _error(writer.post("/api/documents", json={}), 422)
    _error(writer.post("/api/documents", json={"text": "Burberry", "lang": "klingon"}), 422)
    _error(writer.post("/api/documents", json={"text": "   "}), 422)
    _error(writer.post("/api/documents", files={"other": ("a.txt", b"x")}), 422)
    binary = _error(writer.post("/api/documents", files={"file": ("a.bin", bytes(range(256)) * 8)}), 422)
    assert "nothing was ingested" in binary


@pytest.mark.parametrize(
    ("body", "says"),
    [
        ({"text": "x", "path": "a.txt"}, "text and path"),
        ({"html": "<p>x</p>", "path": "a.txt"}, "html and path"),
        ({"text": "Burberry on Tencent", "html": "<p>Burberry</p>"}, "text and html"),
        ({"path": "a.txt", "url": "https://news.example/a"}, "path or url"),
        ({"title": "A headline alone", "lang": "en"}, "one of text, html, path or url"),
        ({}, "one of text, html, path or url"),
    ],
)
def test_contradictory_or_missing_input_is_a_422_that_stores_nothing(writer: TestClient, root: Path,
                                                                      body: dict, says: str) -> None:
    (root / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert says in _error(writer.post("/api/documents", json=body), 422)
    assert _ok(writer.get("/api/overview"))["counts"]["documents"] == 0


def test_a_multipart_upload_with_more_than_its_file_is_a_422(writer: TestClient) -> None:
    response = writer.post("/api/documents", files={"file": ("a.txt", ARTICLE.encode())}, data={"text": "x"})
    assert "nothing else" in _error(response, 422)


def test_a_body_over_the_limit_is_a_413_whatever_content_length_says(writer: TestClient) -> None:
    big = "Burberry drew 3 million viewers on Tencent. " * 2000
    assert "limit" in _error(writer.post("/api/documents", json={"text": big}), 413)

    def chunks() -> Iterator[bytes]:  # no Content-Length at all: counted as it arrives
        yield b'{"text": "'
        for _ in range(100):
            yield b"x" * 1024
        yield b'"}'

    _error(writer.post("/api/documents", content=chunks(), headers={"content-type": "application/json"}), 413)
    assert _error(writer.post("/api/documents", content=b"{}", headers={"content-length": "abc",
                                                                         "content-type": "application/json"}), 400)


def test_a_false_content_length_does_not_get_past_the_limit(writer: TestClient) -> None:
    """Raw ASGI: the header says 10 bytes, the body brings 100 KiB."""
    app = writer.app
    body = json.dumps({"text": "y" * 100 * 1024}).encode()
    sent: list[dict[str, Any]] = []
    chunks = [body[i:i + 8192] for i in range(0, len(body), 8192)]

    async def receive() -> dict[str, Any]:
        chunk = chunks.pop(0) if chunks else b""
        return {"type": "http.request", "body": chunk, "more_body": bool(chunks)}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
             "path": "/api/documents", "raw_path": b"/api/documents", "query_string": b"", "root_path": "",
             "headers": [(b"host", b"test"), (b"content-type", b"application/json"), (b"content-length", b"10")],
             "client": ("127.0.0.1", 1), "server": ("test", 80)}
    asyncio.run(app(scope, receive, send))
    assert sent[0]["status"] == 413
    assert json.loads(b"".join(m.get("body", b"") for m in sent[1:]))["error"]


def test_path_ingest_stays_inside_the_root(writer: TestClient, root: Path, tmp_path: Path) -> None:
    (root / "burberry.txt").write_text(ARTICLE, encoding="utf-8")
    outside = tmp_path / "secret.txt"
    outside.write_text("Secret Corp has 9 million users on WeChat.\n", encoding="utf-8")
    (root / "link.txt").symlink_to(outside)
    (root / "sub").mkdir()
    (root / "sub" / "escape.txt").symlink_to(outside)
    for path in ("../secret.txt", str(outside), "link.txt", "sub/../../secret.txt", "/etc/passwd"):
        assert "outside the ingest root" in _error(writer.post("/api/documents", json={"path": path}), 403), path
    _error(writer.post("/api/documents", json={"path": "missing.txt"}), 404)
    _error(writer.post("/api/documents", json={"path": "x" * 300}), 422)  # a name longer than any file system's
    assert _ok(writer.post("/api/documents", json={"path": "burberry.txt"}), 201)["added"] == 1
    # A folder is read file by file; a link in it that points out of the root is left out.
    result = _ok(writer.post("/api/documents", json={"path": "."}), 200)
    assert result["duplicates"] == 1 and result["added"] == 0
    assert _ok(writer.get("/api/overview"))["counts"]["documents"] == 1


def test_path_ingest_is_off_without_an_ingest_root(tmp_path: Path) -> None:
    with TestClient(create_app(f"sqlite:///{tmp_path / 'kb.db'}")) as test_client:
        assert "--ingest-root" in _error(test_client.post("/api/documents", json={"path": "a.txt"}), 403)


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/a", "http://localhost/a", "http://10.1.2.3/news",
                                 "http://192.168.0.1/", "http://[::1]/a", "http://169.254.169.254/latest",
                                 "file:///etc/passwd", "ftp://127.0.0.1/a"])
def test_urls_to_private_addresses_are_refused(writer: TestClient, url: str) -> None:
    _error(writer.post("/api/documents", json={"url": url}), 403)


class _ArticleHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        page = f"<html><head><title>Burberry</title></head><body><article><p>{ARTICLE}</p></article></body></html>"
        body = page.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


def test_private_urls_are_fetched_when_allowed(tmp_path: Path) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _ArticleHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/burberry.html"
        app = create_app(f"sqlite:///{tmp_path / 'kb.db'}", allow_private_urls=True)
        with TestClient(app) as test_client:
            assert _ok(test_client.post("/api/documents", json={"url": url}), 201)["added"] == 1
    finally:
        server.shutdown()
        server.server_close()


def test_article_text_with_a_script_tag_is_shown_escaped(writer: TestClient) -> None:
    _ok(writer.post("/api/documents", json={"text": HOSTILE, "lang": "en"}), 201)
    row = _ok(writer.get("/api/metrics", params={"kind": "viewers"}))["items"][0]
    assert "<script>" in row["evidence"]  # stored as written...
    pages = [writer.get(f"/facts/{row['id']}"), writer.get("/entity/Burberry"), writer.get("/"),
             writer.get("/leaderboard"), writer.get("/search", params={"q": "Burberry"})]
    for page in pages:
        assert page.status_code == 200, page.text
        assert "<script>alert" not in page.text  # ...and never a live tag on a page
    assert "&lt;script&gt;alert(" in pages[0].text
    assert "&lt;script&gt;alert(" in pages[1].text


# --- pages ------------------------------------------------------------------------------------------------------------


def test_every_page_renders(client: TestClient) -> None:
    fact_id = _ok(client.get("/api/metrics", params={"limit": 1}))["items"][0]["id"]
    for path in ("/", "/entities", "/entities?q=tencent&type=organization", "/entity/Kuaishou", "/entity/快手",
                 "/leaderboard", "/leaderboard?kind=viewers&category=museum&limit=5&offset=5", "/compare",
                 "/compare?kind=followers&category=brand", f"/facts/{fact_id}", "/search?q=Weibo", "/search"):
        page = client.get(path)
        assert page.status_code == 200, (path, page.text[:500])
        assert page.headers["content-type"].startswith("text/html")
        assert "script-src 'self'" in page.headers["content-security-policy"]


def test_page_errors_are_pages(client: TestClient) -> None:
    missing = client.get("/entity/Kuaishuo")
    assert missing.status_code == 404 and "text/html" in missing.headers["content-type"]
    assert 'href="/entity/Kuaishou"' in missing.text  # the suggestion
    assert client.get("/leaderboard?kind=sharks").status_code == 400
    assert client.get("/leaderboard?since=yesterday").status_code == 400
    assert client.get("/facts/99999999").status_code == 404
    assert client.get("/no/such/page").status_code == 404


def test_plotly_is_served_from_the_installed_package(client: TestClient) -> None:
    script = client.get("/static/vendor/plotly.min.js")
    assert script.status_code == 200 and "javascript" in script.headers["content-type"]
    assert len(script.content) > 1_000_000
    for asset in ("/static/style.css", "/static/dashboard.js"):
        assert client.get(asset).status_code == 200
    page = client.get("/entity/Kuaishou").text
    assert "https://" not in page.split("<main>")[0]  # nothing from a CDN in the head


def test_the_entity_page_shows_charts_and_links_every_figure(client: TestClient) -> None:
    profile = _ok(client.get("/api/entities/Kuaishou"))
    page = client.get("/entity/Kuaishou").text
    assert page.count('class="chart"') >= 2  # a timeline per metric kind, and the partnership network
    for rows in profile["metrics"].values():
        for row in rows:
            assert f'href="/facts/{row["id"]}"' in page
    for partner in profile["partnerships"]:
        assert html.escape(partner["partner"]) in page


def test_the_entity_page_says_what_each_partnership_is(client: TestClient) -> None:
    profile = _ok(client.get("/api/entities/Tencent"))
    page = client.get("/entity/Tencent").text
    assert "<th>deal</th>" in page
    for partner in profile["partnerships"]:
        for fact in partner["facts"]:
            assert f'{fact["record"]["kind"]} · {fact["record"]["status"]}' in page
    assert "renewed" in page  # the NBA's renewed deal


def test_the_comparison_shows_museum_viewers_by_platform(client: TestClient) -> None:
    rows = _ok(client.get("/api/metrics", params={"kind": "viewers", "category": "museum", "limit": 500}))["items"]
    page = client.get("/compare", params={"kind": "viewers", "category": "museum"}).text
    assert rows and 'class="chart"' in page
    for row in rows:
        assert f'href="/facts/{row["id"]}"' in page


def _marked(source: dict[str, Any]) -> str:
    """A source sentence as its page must show it: escaped, the evidence span inside <mark>."""
    sentence, (start, end) = source["sentence"], source["highlight"]
    return f"{escape(sentence[:start])}<mark>{escape(sentence[start:end])}</mark>{escape(sentence[end:])}"


def test_the_fact_page_highlights_the_figure_in_its_sentence(client: TestClient) -> None:
    row = _ok(client.get("/api/metrics", params={"kind": "dau", "subject": "Kuaishou", "limit": 1}))["items"][0]
    sources = _ok(client.get(f"/api/facts/{row['id']}/sources"))["sources"]
    page = client.get(f"/facts/{row['id']}").text
    assert sources and all(_marked(source) in page for source in sources)


# --- the fixed records and the seeds: the right figures, with their sources ---------------------------------------


def _gold_metrics(gold_dir: Path) -> list[dict[str, Any]]:
    return [m for path in sorted(gold_dir.glob("*.json"))
            for m in json.loads(path.read_text(encoding="utf-8")).get("metrics", [])
            if m.get("value") is not None and not m.get("optional")]


def _metrics_of(test_client: TestClient, subject: str) -> list[dict[str, Any]]:
    """The metrics of a gold subject; none when the knowledge base has no entity of that name (a 404)."""
    response = test_client.get("/api/metrics", params={"subject": subject, "limit": 500})
    if response.status_code == 404:
        return []
    return list(_ok(response)["items"])


def _shown_with_sources(test_client: TestClient, gold: list[dict[str, Any]]) -> tuple[int, list[str]]:
    """How many gold figures the dashboard shows (entity page and source page), and what is wrong."""

    @cache
    def page(path: str) -> str:
        response = test_client.get(path)
        assert response.status_code == 200, (path, response.text[:300])
        return response.text

    shown, problems = 0, []
    for metric in gold:
        value = float(metric["value"])
        rows = [row for subject in metric["subject"] for row in _metrics_of(test_client, subject)
                if row["value"] is not None and abs(row["value"] - value) <= 0.005 * value
                and row["kind"] in metric["kind"]]
        if not rows:
            continue  # not extracted: the extractor's recall, scored elsewhere
        row = rows[0]
        entity_page = page("/entity/" + row["subject"].replace("/", "%2F"))
        if number(row["value"]) not in entity_page:
            problems.append(f"{row['subject']}: {number(row['value'])} not on its entity page")
            continue
        fact_page = page(f"/facts/{row['id']}")
        sources = _ok(test_client.get(f"/api/facts/{row['id']}/sources"))["sources"]
        if not sources or any(_marked(s) not in fact_page for s in sources):
            problems.append(f"fact {row['id']}: source sentence not on its page with the figure highlighted")
            continue
        shown += 1
    return shown, problems


def test_every_fixed_figure_is_shown_with_its_source(client: TestClient) -> None:
    stated = [{"subject": [f.make(None).subject], "kind": [f.make(None).kind], "value": f.make(None).value}
              for d in DOCUMENTS for f in d.facts
              if f.make(None).type == "metric" and f.make(None).confidence >= 0.5 and not f.extra]
    shown, problems = _shown_with_sources(client, stated)
    assert not problems, problems
    assert shown == len(stated) - 1  # Kuaishou's disputed 300 million stands behind 320 million (its fact page)


def test_the_seed_figures_are_shown_with_their_sources(seeds_db: str, shared_corpus: Path) -> None:
    gold = _gold_metrics(shared_corpus / "seeds" / "gold")
    with TestClient(create_app(seeds_db, read_only=True)) as test_client:
        shown, problems = _shown_with_sources(test_client, gold)
    assert not problems, problems
    assert shown >= len(gold) // 3, f"only {shown} of {len(gold)} gold figures shown"


# --- the command ------------------------------------------------------------------------------------------------------


def test_serve_has_help_with_an_example(runner: Any) -> None:
    from crossreach.interfaces.cli import app

    result = runner.invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    assert "Example: crossreach" in result.output and "--read-only" in result.output


def test_crossreach_serve_answers_on_loopback(cli: str, fixed_db: str) -> None:
    import socket
    import subprocess
    import time

    import httpx

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [cli, "--db", fixed_db.removeprefix("sqlite:///"), "serve", "--port", str(port), "--read-only"]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline, overview = time.monotonic() + 60, None
        while overview is None and time.monotonic() < deadline and server.poll() is None:
            try:
                overview = httpx.get(f"http://127.0.0.1:{port}/api/overview", timeout=5)
            except httpx.TransportError:
                time.sleep(0.2)
        assert overview is not None and overview.json()["counts"]["documents"] == len(DOCUMENTS)
        refused = httpx.post(f"http://127.0.0.1:{port}/api/documents", json={"text": ARTICLE}, timeout=5)
        assert refused.status_code == 403
        assert httpx.get(f"http://127.0.0.1:{port}/", timeout=5).status_code == 200
    finally:
        server.terminate()
        server.wait(timeout=20)


# --- views an analyst can trust ---------------------------------------------------------------------------------------


def _figure_links(page: str, section: str) -> set[int]:
    """The fact ids linked from the figures of one section (``metrics`` or ``measured-on``) of an entity page."""
    start = page.find(f'<section id="{section}">')
    if start < 0:
        return set()
    end = page.find('\n<section id="', start + 1)
    return {int(match) for match in re.findall(r'class="figure" href="/facts/(\d+)"', page[start:end])}


@pytest.mark.parametrize("name", ["Douyin", "Tencent", "Kuaishou", "Louvre"])
def test_an_entity_page_shows_every_figure_the_api_returns(client: TestClient, name: str) -> None:
    profile = _ok(client.get(f"/api/entities/{name}"))
    page = client.get(f"/entity/{name}").text
    owned = {row["id"] for rows in profile["metrics"].values() for row in rows}
    measured = {row["id"] for rows in profile["platform_metrics"].values() for row in rows}
    assert _figure_links(page, "metrics") == owned
    assert _figure_links(page, "measured-on") == measured
    assert owned or measured


def test_the_example_corpus_entity_page_shows_as_many_figures_as_the_api(example_db: str) -> None:
    with TestClient(create_app(example_db, read_only=True)) as test_client:
        profile = _ok(test_client.get("/api/entities/Douyin"))
        page = test_client.get("/entity/Douyin").text
    shown = _figure_links(page, "metrics") | _figure_links(page, "measured-on")
    assert len(shown) == sum(len(rows) for part in ("metrics", "platform_metrics") for rows in profile[part].values())


def test_part_of_links_only_to_entities_that_have_a_page(client: TestClient) -> None:
    wechat = client.get("/entity/WeChat").text
    tencent_id = _ok(client.get("/api/entities/Tencent"))["entity"]["id"]
    assert f'part of <a href="/entity/{tencent_id}">Tencent</a>' in wechat
    assert client.get(f"/entity/{tencent_id}").status_code == 200
    douyin = client.get("/entity/Douyin").text
    assert "part of ByteDance" in douyin and 'href="/entity/ByteDance"' not in douyin


def test_the_comparison_shows_no_gain_and_no_uncertain_figure(client: TestClient) -> None:
    everything = _ok(client.get("/api/metrics", params={"kind": "viewers", "category": "museum",
                                                          "include_uncertain": True, "limit": 500}))["items"]
    hidden = {row["id"] for row in everything if row["uncertain"]}
    assert {row["value"] for row in everything if row["id"] in hidden} == {176_000, 40_000_000}
    page = client.get("/compare", params={"kind": "viewers", "category": "museum"}).text
    assert not any(f'href="/facts/{fact_id}"' in page for fact_id in hidden)
    assert "176" not in page.split('class="chart"')[1].split("</div>")[0]
    asked = client.get("/compare", params={"kind": "viewers", "category": "museum", "uncertain": "true"}).text
    assert all(f'href="/facts/{fact_id}"' in asked for fact_id in hidden)
    assert "gain" in asked and "uncertain" in asked


def _charts(page: str) -> list[dict[str, Any]]:
    return [json.loads(html.unescape(raw)) for raw in re.findall(r'data-figure="([^"]*)"', page)]


def test_leaderboard_charts_one_kind_and_currency_each_on_a_log_scale_when_needed(client: TestClient) -> None:
    page = client.get("/leaderboard", params={"limit": 200}).text
    charts = _charts(page)
    titles = re.findall(r'<h2 class="chart-title">([^<]*)</h2>', page)
    assert len(charts) == len(titles) == len(set(titles)) > 3
    assert {"sales (CNY)", "sales (EUR)", "deal_value (USD)", "dau"} <= set(titles)
    dau = charts[titles.index("dau")]
    assert dau["layout"].get("xaxis", {}).get("type") != "log"     # 272 M to 600 M: one order of magnitude
    followers = charts[titles.index("followers")]
    assert len(followers["data"][0]["x"]) >= 2


def test_a_log_scale_when_values_span_orders_of_magnitude() -> None:
    from crossreach.interfaces.web.charts import leaderboard_chart
    from crossreach.query import FactRow

    def row(i: int, value: float) -> FactRow:
        return FactRow(id=i, type="metric", subject=f"S{i}", kind="views", value=value, qualifier="exact",
                       platform=None, date=None, currency=None, confidence=0.9, record={}, sources=1,
                       conflict=False, evidence="", document_id="d")

    spread = json.loads(leaderboard_chart([row(1, 5e9), row(2, 3e4)]) or "{}")
    close = json.loads(leaderboard_chart([row(1, 5e6), row(2, 3e6)]) or "{}")
    assert spread["layout"]["xaxis"]["type"] == "log" and close["layout"].get("xaxis", {}).get("type") != "log"


def test_a_conflict_is_two_totals_never_a_gain_against_a_total_nor_a_renewal(client: TestClient) -> None:
    dau = _ok(client.get("/api/metrics", params={"kind": "dau", "subject": "Kuaishou", "limit": 500}))["items"]
    assert [row["conflict"] for row in dau if row["date"] == "2021-09"] == [True]
    followers = _ok(client.get("/api/metrics", params={"subject": "Burberry", "include_uncertain": True}))["items"]
    assert {(row["value"], row["aspect"], row["conflict"]) for row in followers} == {
        (2_600_000, "total", False), (400_000, "change", False)}
    partners = _ok(client.get("/api/entities/Tencent/partners"))
    nba = next(p for p in partners if p["partner"] == "NBA")
    assert len(nba["facts"]) == 2 and not any(f["conflict"] for f in nba["facts"])


def test_docs_work_offline(client: TestClient) -> None:
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "https://" not in docs.text and "http://" not in docs.text
    assets = re.findall(r'(?:src|href)="(/static/vendor/swagger-ui/[^"]+)"', docs.text)
    assert len(assets) == 2
    for asset in assets:
        response = client.get(asset)
        assert response.status_code == 200 and len(response.content) > 10_000


@pytest.mark.parametrize("params", [{"since": "2021-13-45"}, {"until": "2021-02-30"}])
def test_impossible_dates_are_refused(client: TestClient, params: dict[str, str]) -> None:
    _error(client.get("/api/metrics", params=params), 422)
    assert client.get("/leaderboard", params=params).status_code == 400


def test_corrections_through_the_api(fixed_copy: str) -> None:
    with TestClient(create_app(fixed_copy)) as writable:
        queue = _ok(writable.get("/api/review"))["items"]
        assert [f["confidence"] for f in queue] == sorted(f["confidence"] for f in queue)
        fact_id = queue[0]["id"]
        done = _ok(writable.post(f"/api/facts/{fact_id}/corrections",
                                 json={"action": "reject", "reason": "a guess", "author": "ana"}), 201)
        assert done["review"] == "rejected" and done["author"] == "ana"
        assert [c["action"] for c in _ok(writable.get(f"/api/facts/{fact_id}/corrections"))] == ["reject"]
        metrics = _ok(writable.get("/api/metrics", params={"include_uncertain": True, "limit": 500}))["items"]
        assert fact_id not in {row["id"] for row in metrics}
        louvre = _ok(writable.get("/api/metrics", params={"subject": "Louvre", "platform": "Weibo",
                                                          "kind": "viewers"}))["items"][0]["id"]
        fixed = _ok(writable.post(f"/api/facts/{louvre}/corrections",
                                  json={"action": "fix", "kind": "followers", "owner": "卢浮宫"}), 201)
        assert fixed["changes"] == {"kind": "followers", "subject": "Louvre"}
        _error(writable.post(f"/api/facts/{louvre}/corrections", json={"action": "fix"}), 422)
        _error(writable.post(f"/api/facts/{louvre}/corrections", json={"action": "fix", "date": "2021-13-45"}), 422)
        _error(writable.post("/api/facts/999999/corrections", json={"action": "reject"}), 404)
    with TestClient(create_app(fixed_copy, read_only=True)) as read_only:
        _error(read_only.post(f"/api/facts/{louvre}/corrections", json={"action": "confirm"}), 403)


def test_the_fact_page_buttons_correct_a_fact_on_a_writable_server(client: TestClient, fixed_copy: str) -> None:
    fact_id = _ok(client.get("/api/metrics", params={"limit": 1}))["items"][0]["id"]
    assert 'action="/facts/' not in client.get(f"/facts/{fact_id}").text    # read-only: no buttons
    with TestClient(create_app(fixed_copy)) as writable:
        page = writable.get(f"/facts/{fact_id}").text
        assert f'action="/facts/{fact_id}/review"' in page and 'value="reject"' in page
        answer = writable.post(f"/facts/{fact_id}/review", data={"action": "reject", "reason": "wrong"},
                               follow_redirects=False)
        assert answer.status_code == 303 and answer.headers["location"] == f"/facts/{fact_id}"
        page = writable.get(f"/facts/{fact_id}").text
        assert "Rejected by a user" in page and "wrong" in page
        assert writable.post(f"/facts/{fact_id}/review", data={"action": "fix"}).status_code == 400
        assert writable.get("/review").status_code == 200
    assert client.post(f"/facts/{fact_id}/review", data={"action": "reject"}).status_code == 403


def test_a_timeline_holds_totals_unless_asked(client: TestClient) -> None:
    totals = _ok(client.get("/api/entities/Louvre/timeline", params={"kind": "viewers"}))["points"]
    everything = _ok(client.get("/api/entities/Louvre/timeline", params={"kind": "viewers",
                                                                         "include_uncertain": True}))["points"]
    assert {p["value"] for p in totals} == {12_000_000, 8_700_000}
    assert {p["value"] for p in everything} == {12_000_000, 8_700_000, 176_000, 40_000_000}


def test_an_entity_a_page_names_in_its_own_script_is_found_by_every_name(tmp_path: Path) -> None:
    # The page writes IWC Schaffhausen only as 萬國錶, which its exported record says; the API's
    # entity search and profile answer to the canonical name, the written one and other aliases.
    from typer.testing import CliRunner

    from crossreach.interfaces.cli import app

    (tmp_path / "iwc.txt").write_text("萬國錶在微信開設線上精品店\n\n2021年3月1日\n\n"
                                      "萬國錶今日宣布在微信開設線上精品店。\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'kb.db'}"
    assert CliRunner().invoke(app, ["--db", db, "ingest", str(tmp_path / "iwc.txt"), "--quiet"]).exit_code == 0
    with TestClient(create_app(db, read_only=True)) as reader:
        for name in ("IWC Schaffhausen", "萬國錶", "IWC"):
            assert _ok(reader.get(f"/api/entities/{name}"))["entity"]["name"] == "IWC Schaffhausen"
            found = _ok(reader.get("/api/entities", params={"search": name}))["items"]
            assert "IWC Schaffhausen" in {e["name"] for e in found}
