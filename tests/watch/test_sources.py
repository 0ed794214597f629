"""What to watch: intervals, sources from the command line and the config file, items of feeds and sitemaps."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crossreach.ingest.html import FeedError
from crossreach.watch.sources import (
    ENTRY_PREFIX,
    FOLDER,
    URL,
    WatchConfigError,
    list_folder,
    list_url,
    parse_interval,
    source_from_spec,
    sources_from_config,
)


@pytest.mark.parametrize(("text", "seconds"), [
    ("90", 90), ("90s", 90), ("15m", 900), ("2h", 7200), ("1d", 86400), (" 1.5H ", 5400), (45, 45), (0.5, 0.5),
])
def test_intervals(text: str | float, seconds: float) -> None:
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "15 minutes", "-5m", "0", "2w", "m"])
def test_bad_intervals_say_how_to_write_one(text: str) -> None:
    with pytest.raises(WatchConfigError):
        parse_interval(text)


@given(st.integers(min_value=1, max_value=10**6), st.sampled_from(["", "s", "m", "h", "d"]))
def test_an_interval_is_its_number_times_its_unit(number: int, unit: str) -> None:
    factor = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[unit]
    assert parse_interval(f"{number}{unit}") == number * factor


@given(st.text(max_size=12))
def test_parsing_any_text_gives_seconds_or_a_clear_error(text: str) -> None:
    try:
        assert parse_interval(text) > 0
    except WatchConfigError as exc:
        assert str(exc)


def test_sources_from_the_command_line_and_the_config(tmp_path: Path) -> None:
    assert source_from_spec("https://example.org/rss", 60).kind == URL
    folder = source_from_spec(str(tmp_path), 60)
    assert (folder.kind, folder.location) == (FOLDER, str(tmp_path.resolve()))
    with pytest.raises(WatchConfigError, match="nor an existing folder"):
        source_from_spec(str(tmp_path / "missing"))
    with pytest.raises(WatchConfigError, match="nor an existing folder"):
        source_from_spec("ftp://example.org/feed")
    configured = sources_from_config([{"url": "https://example.org/a.xml", "every": "2h"},
                                      {"path": str(tmp_path)}], default_interval=600)
    assert [(s.kind, s.interval) for s in configured] == [(URL, 7200), (FOLDER, 600)]
    with pytest.raises(WatchConfigError, match="entry 1"):
        sources_from_config([{"every": "1h"}])


def test_a_feed_lists_its_links_and_keeps_entries_without_one() -> None:
    feed = (b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>"
            b"<item><title>A</title><link>https://example.org/a</link><description>Text A.</description></item>"
            b"<item><title>B</title><description>Only in the feed.</description></item>"
            b"</channel></rss>")
    listing = list_url(feed)
    assert listing.keys[0] == "https://example.org/a"
    assert listing.keys[1].startswith(ENTRY_PREFIX)
    assert "Only in the feed." in listing.entries[listing.keys[1]].text
    assert list_url(feed).keys == listing.keys      # the same entry, the same key


def test_a_sitemap_and_a_sitemap_index() -> None:
    urlset = (b"<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
              b"<url><loc>https://example.org/1</loc></url><url><loc> https://example.org/2 </loc></url>"
              b"<url><loc>javascript:alert(1)</loc></url></urlset>")
    assert list_url(urlset).keys == ["https://example.org/1", "https://example.org/2"]
    index = (b"<?xml version='1.0'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
             b"<sitemap><loc>https://example.org/news.xml</loc></sitemap></sitemapindex>")
    assert list_url(index).child_sitemaps == ["https://example.org/news.xml"]


def test_a_feed_with_no_entry_lists_nothing() -> None:
    quiet = b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title></channel></rss>"
    assert list_url(quiet).keys == []


def test_what_is_neither_a_feed_nor_a_sitemap_is_an_error() -> None:
    with pytest.raises(FeedError, match="neither a feed nor a sitemap"):
        list_url(b"<html><body>hello</body></html>")


def test_a_folder_lists_readable_files_not_hidden_ones(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("x", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"x")
    assert list_folder(str(tmp_path)) == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.html")]


paths = st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-_/", min_size=1, max_size=20), max_size=8)


@given(paths, st.sampled_from(["https://example.org/", "http://example.org/", "ftp://example.org/", "mailto:"]))
def test_a_sitemap_gives_its_web_addresses_in_order(tails: list[str], prefix: str) -> None:
    locs = [prefix + tail for tail in tails]
    body = ("<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
            + "".join(f"<url><loc>{loc}</loc></url>" for loc in locs) + "</urlset>").encode()
    expected = locs if prefix.startswith("http") else []
    assert list_url(body).keys == expected
