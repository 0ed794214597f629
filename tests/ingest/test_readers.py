"""Readers: every input format, and every kind of bad input reported in one line, never raised."""

from __future__ import annotations

import json
from contextlib import AbstractContextManager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import guards
from crossreach.ingest import Article, Skipped, read_inputs
from crossreach.ingest.readers import jsonl_ranges, plan_inputs, read_jsonl_range

ARTICLE = "Headline about Tencent\n\nPublished 12 March 2021\n\nTencent said its app had 2 million users.\n"


def _read(*inputs: str | Path, max_bytes: int = 20_000_000) -> list[Article | Skipped]:
    return list(read_inputs([str(i) for i in inputs], max_bytes=max_bytes))


def test_plain_text_keeps_its_text_and_headline(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    [item] = _read(path)
    assert isinstance(item, Article)
    assert item.title == "Headline about Tencent"
    assert "2 million users" in item.text


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("utf-8-sig", "Café Müller: 3,8 millions de spectateurs à Paris."),
        ("utf-16", "Café Müller: 3,8 millions de spectateurs à Paris."),
        ("cp1252", "Le café où l'équipe a réuni 3,8 millions de spectateurs, déjà célèbre à Paris."),
        ("gb18030", "路易威登男装秀快手观看量达4900万，超过抖音和微博的观看量，创下新的纪录。"),
    ],
)
def test_encodings_are_detected(tmp_path: Path, encoding: str, text: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encoding))
    [item] = _read(path)
    assert isinstance(item, Article)
    assert item.text.strip() == text


def test_html_page_gives_article_text_and_metadata(tmp_path: Path) -> None:
    html = """<html><head><title>Louvre on Weibo</title>
    <meta property="article:published_time" content="2020-04-23T08:00:00Z"></head><body>
    <nav><a href="/">Home</a><a href="/culture">Culture</a></nav>
    <article><h1>Louvre on Weibo</h1>
    <p>The Louvre gained 224,000 followers on Weibo during the lockdown, the museum said on Wednesday.</p>
    <p>Its first live tour drew more than 1.2 million viewers, according to figures released by Weibo.</p>
    </article><div class="newsletter">Subscribe to our newsletter</div></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    [item] = _read(path)
    assert isinstance(item, Article)
    assert "224,000 followers" in item.text
    assert "newsletter" not in item.text.lower()
    assert item.published == "2020-04-23"
    assert item.title == "Louvre on Weibo"


def test_jsonl_reads_each_line_and_names_the_bad_one(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": ARTICLE, "url": "https://example.org/a", "published": "2021-03-12", "lang": "en"}),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps({"html": "<html><body><article><p>" + "Kuaishou said its daily users grew. " * 5
                    + "</p></article></body></html>"}),
    ]
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    items = _read(path)
    assert [type(i).__name__ for i in items] == ["Article", "Skipped", "Skipped", "Article"]
    first = items[0]
    assert isinstance(first, Article) and first.lang == "en" and first.published == "2021-03-12"
    assert str(items[1]).startswith(f"{path}:2: skipped: not valid JSON")
    assert str(items[2]).startswith(f"{path}:3: skipped:")


def test_feed_entries_become_articles(tmp_path: Path) -> None:
    feed = """<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>
    <item><title>Burberry opens a store with Tencent</title><link>https://example.org/1</link>
    <pubDate>Sat, 01 Aug 2020 09:00:00 GMT</pubDate>
    <description>&lt;p&gt;Burberry opened a social retail store in Shenzhen with Tencent.&lt;/p&gt;</description></item>
    <item><title>Second</title><link>https://example.org/2</link>
    <description>Weibo has 500 million users.</description></item>
    </channel></rss>"""
    path = tmp_path / "feed.xml"
    path.write_text(feed, encoding="utf-8")
    items = _read(path)
    assert all(isinstance(i, Article) for i in items)
    first = items[0]
    assert isinstance(first, Article)
    assert first.source == "https://example.org/1" and first.published == "2020-08-01"
    assert "Shenzhen" in first.text and "<p>" not in first.text


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("doc.pdf.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary", "PDF"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        ("archive.txt", b"PK\x03\x04\x14\x00\x00\x00", "zip"),
        ("nul.txt", b"abc\x00def\x00ghi", "NUL"),
        ("empty.html", b"<html><head><title>x</title></head><body><nav>Home</nav></body></html>", "no article text"),
    ],
)
def test_bad_inputs_are_skipped_with_a_reason(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    [item] = _read(path)
    assert isinstance(item, Skipped)
    assert reason.lower() in item.reason.lower()
    assert str(path) in str(item)


def test_png_in_a_folder_is_reported_as_unsupported(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    items = _read(tmp_path)
    assert [type(i).__name__ for i in items] == ["Article", "Skipped"]
    assert "unsupported file type" in str(items[1])


def test_invalid_utf8_is_decoded_by_detection_not_assumed(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Città di Milano, più di 2 milioni di visitatori nel 2019. ".encode("cp1252") * 3)
    [item] = _read(path)
    assert isinstance(item, Article)
    assert "più di 2 milioni" in item.text


def test_oversized_file_is_skipped_by_size(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2_000)
    [item] = _read(path, max_bytes=1_000)
    assert isinstance(item, Skipped) and "limit" in item.reason


def test_fifty_megabyte_file_is_skipped_with_default_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    [item] = _read(path)
    assert isinstance(item, Skipped) and "50" in item.reason


def test_missing_path_and_unmatched_glob(tmp_path: Path) -> None:
    items = _read(tmp_path / "nope.txt", str(tmp_path / "*.nothing"))
    assert [i.reason for i in items if isinstance(i, Skipped)] == [
        "no such file or folder", "no file matches this pattern"]


def test_folders_and_globs_are_read_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub" / "a.md").write_text(ARTICLE.replace("2 million", "3 million"), encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    from_folder = [i.source for i in _read(tmp_path)]
    assert from_folder == [str(tmp_path / "b.txt"), str(tmp_path / "sub" / "a.md")]
    from_glob = [i.source for i in _read(str(tmp_path / "**" / "*.md"))]
    assert from_glob == [str(tmp_path / "sub" / "a.md")]


# --- the fuzzing pass: random bytes, HTML and JSONL lines through the readers --------------------------------------

FUZZ = settings(max_examples=50, deadline=None, database=None, suppress_health_check=list(HealthCheck))
EXTENSIONS = [".txt", ".md", ".html", ".jsonl", ".rss", ".xml", ".dat"]


def _read_fuzzed(folder: Path, name: str, data: bytes) -> list[Article | Skipped]:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    with _runaway_guard(30):
        items = list(read_inputs([str(path)]))
    assert all((isinstance(i, Article) and i.text.strip()) or (isinstance(i, Skipped) and i.reason) for i in items)
    return items


def _runaway_guard(seconds: int) -> AbstractContextManager[None]:
    return guards.within(seconds, "a reader")


@FUZZ
@given(st.binary(max_size=4096), st.sampled_from(EXTENSIONS))
def test_random_bytes_give_articles_or_reasons(tmp_path_factory: pytest.TempPathFactory, data: bytes,
                                               extension: str) -> None:
    _read_fuzzed(tmp_path_factory.mktemp("bytes"), f"input{extension}", data)


tags = st.sampled_from(["p", "div", "article", "script", "style", "title", "a", "b", "table", "td", "meta", "h1",
                        "!--", "![CDATA[", "?xml", "!DOCTYPE html", "iframe", "svg", "noscript", "rss", "item"])
html_pieces = st.one_of(
    st.builds(lambda t, attrs: f"<{t}{attrs}>", tags, st.sampled_from(["", " class='x'", " href=\"javascript:x\"",
                                                                       " charset='utf-7'", " content=\"2020-13-45\""])),
    st.builds(lambda t: f"</{t}>", tags),
    st.text(max_size=80),
    st.sampled_from(["&amp;", "&#0;", "&#x110000;", "&nbsp;", "&unknown;", "\x00", "\ufeff", "3,8 millions de vues"]),
)


@FUZZ
@given(st.lists(html_pieces, max_size=60))
def test_random_html_gives_an_article_or_a_reason(tmp_path_factory: pytest.TempPathFactory, pieces: list) -> None:
    _read_fuzzed(tmp_path_factory.mktemp("html"), "page.html", "".join(pieces).encode("utf-8", "surrogatepass"))


jsonl_lines = st.one_of(
    st.builds(json.dumps, st.fixed_dictionaries({}, optional={
        "text": st.text(max_size=200), "html": st.text(max_size=200), "title": st.one_of(st.text(max_size=20),
                                                                                         st.integers()),
        "url": st.text(max_size=30), "published": st.text(max_size=12), "lang": st.text(max_size=4),
        "source": st.one_of(st.none(), st.text(max_size=20), st.lists(st.integers(), max_size=2))})),
    st.builds(json.dumps, st.one_of(st.lists(st.integers(), max_size=3), st.integers(), st.none())),
    st.text(st.characters(blacklist_characters="\n"), max_size=60),  # a line of anything
)


@FUZZ
@given(st.lists(jsonl_lines, max_size=12), st.sampled_from(["\n", "\r\n"]))
def test_random_jsonl_lines_give_articles_or_reasons(tmp_path_factory: pytest.TempPathFactory, lines: list,
                                                     newline: str) -> None:
    data = newline.join(lines).encode("utf-8", "surrogatepass")
    items = _read_fuzzed(tmp_path_factory.mktemp("jsonl"), "lines.jsonl", data)
    if data.strip():
        assert len(items) <= len(lines)


@FUZZ
@given(st.lists(jsonl_lines, min_size=1, max_size=12), st.integers(min_value=1, max_value=400))
def test_jsonl_ranges_give_what_the_whole_file_gives(tmp_path_factory: pytest.TempPathFactory, lines: list,
                                                     target: int) -> None:
    path = tmp_path_factory.mktemp("ranges") / "lines.jsonl"
    path.write_bytes("\n".join(lines).encode("utf-8", "surrogatepass") + b"\n")
    whole = list(read_inputs([str(path)]))
    if any(isinstance(i, Skipped) and i.line is None for i in whole):
        return  # the whole file was refused (empty, not text): ranges are only cut from shards that are read
    pieces = [i for start, end, line in jsonl_ranges(path, target) for i in read_jsonl_range(path, start, end, line)]
    assert pieces == whole


def test_planning_lists_what_reading_reads_in_the_same_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "c.docx").write_bytes(b"PK")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    planned = list(plan_inputs([str(tmp_path), str(tmp_path / "*.html"), str(tmp_path / "none*"), "-",
                                "https://news.example/a"]))
    assert planned == [str(tmp_path / "a.html"), str(tmp_path / "b" / "z.txt"),
                       Skipped(str(tmp_path / "c.docx"), "unsupported file type '.docx'"), str(tmp_path / "a.html"),
                       Skipped(str(tmp_path / "none*"), "no file matches this pattern"), "-", "https://news.example/a"]
