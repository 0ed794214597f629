"""Decoding: mojibake and mixed encodings are repaired and noted, garbled text is refused, clean text is kept."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import ftfy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crossreach.batch import ingest
from crossreach.ingest import Article, Skipped, encoding, read_inputs
from crossreach.ingest.encoding import Decoded, UndecodableError, _ftfy_config, decode, may_be_mojibake

FRENCH = "Le musée du Louvre a gagné 224 000 abonnés sur Weibo, déjà célèbre à Paris."
ITALIAN = "Il video di Gucci ha superato i 3,8 milioni di visualizzazioni su Tencent, più di così."
GERMAN = "Das Museum für Völkerkunde erreichte über 2 Millionen Aufrufe auf Weibo."


def _mojibake(text: str) -> bytes:
    """UTF-8 read once as Windows-1252 and saved again as UTF-8: 'musÃ©e'."""
    return text.encode("utf-8").decode("cp1252").encode("utf-8")


@pytest.mark.parametrize(
    ("data", "expected", "repair"),
    [
        (_mojibake(FRENCH), FRENCH, "mojibake"),
        (_mojibake(GERMAN), GERMAN, "mojibake"),
        (FRENCH.encode("utf-8") + b" " + ITALIAN.encode("latin-1"), f"{FRENCH} {ITALIAN}", "mixed encodings"),
        (ITALIAN.encode("utf-8").replace(b"Tencent", b"Tenc\x81ent"), ITALIAN, "mixed encodings"),  # a stray byte
        (GERMAN.encode("utf-8").replace(b"Weibo", b"Wei\x96bo"), GERMAN.replace("Weibo", "Wei–bo"), "mixed"),
    ],
)
def test_mojibake_and_mixed_encodings_are_repaired_and_noted(data: bytes, expected: str, repair: str) -> None:
    decoded = decode(data)
    assert decoded.text == expected
    assert decoded.repair is not None and repair in decoded.repair


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (FRENCH, "utf-8"),
        (FRENCH, "cp1252"),
        (GERMAN, "latin-1"),
        ("路易威登男装秀快手观看量达4900万，超过抖音和微博的观看量。", "utf-8"),
        ("路易威登男装秀快手观看量达4900万，超过抖音和微博的观看量，创下新的纪录。", "gb18030"),
        ("SÃO PAULO: A NAÇÃO drew 2 milhões de visualizações, NÃO É pouco.", "utf-8"),
        ("Price: 5 €, 10 £, “quoted” — and ‘single’ … done.", "utf-8"),
    ],
)
def test_clean_text_is_kept_as_it_is(text: str, encoding: str) -> None:
    decoded = decode(text.encode(encoding))
    assert decoded.text == text
    assert decoded.repair is None


def test_text_garbled_by_an_earlier_conversion_is_refused() -> None:
    lost = "Le mus\ufffde du Louvre a gagn\ufffd 224 000 abonn\ufffds, d\ufffdj\ufffd c\ufffdl\ufffdbre."
    with pytest.raises(UndecodableError, match="garbled"):
        decode(lost.encode("utf-8"))


def test_the_repair_is_noted_in_the_record(tmp_path: Path, fresh_kb) -> None:
    tmp_path = tmp_path / "articles"
    tmp_path.mkdir()
    (tmp_path / "broken.txt").write_bytes(_mojibake(f"Louvre on Weibo\n\n{FRENCH}\n"))
    (tmp_path / "clean.txt").write_text(f"Louvre on Weibo\n\n{ITALIAN}\n", encoding="utf-8")
    utf8_line = json.dumps({"text": GERMAN}, ensure_ascii=False).encode("utf-8")
    latin1_line = json.dumps({"text": ITALIAN}, ensure_ascii=False).encode("latin-1")
    (tmp_path / "lines.jsonl").write_bytes(utf8_line + b"\n" + latin1_line + b"\n")
    items = list(read_inputs([str(tmp_path)]))
    assert all(isinstance(item, Article) for item in items)
    ingest([str(tmp_path)], fresh_kb)
    records = {record["source"].rsplit("/", 1)[-1]: record for record in fresh_kb.document_records()}
    assert "mojibake" in records["broken.txt"]["repair"]
    assert "repair" not in records["clean.txt"]
    assert "repair" not in records["lines.jsonl#1"]  # each line of JSON Lines is decoded, and noted, on its own
    assert "mixed encodings" in records["lines.jsonl#2"]["repair"]


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2048))
def test_any_bytes_decode_or_are_refused_with_a_reason(data: bytes) -> None:
    try:
        decoded = decode(data)
    except UndecodableError as exc:
        assert str(exc)
    else:
        assert isinstance(decoded, Decoded) and isinstance(decoded.text, str)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_any_utf8_text_without_mojibake_comes_back_unchanged(text: str) -> None:
    try:
        decoded = decode(text.encode("utf-8"))
    except UndecodableError:
        return  # NUL bytes, or replacement characters beyond the share a text may hold
    if decoded.repair is None:
        assert decoded.text == text


def test_an_undecodable_file_is_skipped_with_the_reason(tmp_path: Path) -> None:
    (tmp_path / "lost.txt").write_text("\ufffd" * 50, encoding="utf-8")
    [item] = list(read_inputs([str(tmp_path / "lost.txt")]))
    assert isinstance(item, Skipped) and "garbled" in item.reason


@pytest.mark.parametrize(
    ("record", "expected", "repaired"),
    [
        ({"text": _mojibake(FRENCH).decode("utf-8"), "title": "Louvre"}, FRENCH, True),
        ({"text": GERMAN, "title": _mojibake("Völkerkunde").decode("utf-8")}, GERMAN, True),
        ({"text": ITALIAN}, ITALIAN, False),
    ],
)
def test_mojibake_spelt_by_json_escapes_is_repaired_and_noted(tmp_path: Path, record: dict, expected: str,
                                                             repaired: bool) -> None:
    """A record whose \\u escapes, once decoded, read 'musÃ©e': the line's bytes are ASCII and show nothing."""
    shard = tmp_path / "escaped.jsonl"
    shard.write_text(json.dumps(record, ensure_ascii=True) + "\n", encoding="ascii")
    [article] = list(read_inputs([str(shard)]))
    assert isinstance(article, Article)
    assert article.text == expected and "\u00c3" not in (article.title or "")
    assert (article.repair is not None and "mojibake" in article.repair) is repaired


def test_json_escapes_of_a_garbled_text_are_skipped_with_the_reason(tmp_path: Path) -> None:
    shard = tmp_path / "lost.jsonl"
    shard.write_text(json.dumps({"text": "\ufffd" * 50}) + "\n", encoding="ascii")
    [item] = list(read_inputs([str(shard)]))
    assert isinstance(item, Skipped) and "garbled" in item.reason and item.line == 1


#: Pieces that texts are drawn from: clean words of several scripts, mojibake of them, C1 controls, line
#: starts that only ftfy's line-anchored patterns catch ("\u00c3 " opening a line), and line ends.
_PIECES = [FRENCH, GERMAN, "\u4e2d\u6587 2024 \u5e74", _mojibake(FRENCH).decode("utf-8"),
           _mojibake("\u00e0 la une").decode("utf-8"), "\u00c3 ", "\u00c2 ", "\x85", "\x93quoted\x94", "\n", "\r\n",
           " ", "caf\u00e9", "\u00e9", "\u20ac 5"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=12)), max_size=12).map("".join))
def test_a_text_left_alone_without_ftfy_is_one_ftfy_leaves_alone(text: str) -> None:
    """The one search that spares a clean text ftfy's walk over its lines never spares a text ftfy changes."""
    if not may_be_mojibake(text):
        assert ftfy.fix_text(text, _ftfy_config()) == text


@pytest.mark.parametrize("text", [_mojibake(FRENCH).decode("utf-8"), "first line\n\u00c3 second", "a \x93b\x94"])
def test_mojibake_is_seen_by_the_quick_search(text: str) -> None:
    assert may_be_mojibake(text)


def test_the_badness_pattern_kept_in_the_build_cache_is_ftfys() -> None:
    from ftfy.badness import BADNESS_RE

    assert encoding._ftfy_badness() == (BADNESS_RE.pattern, int(BADNESS_RE.flags), _ftfy_config().max_decode_length)
    assert encoding._badness().pattern == BADNESS_RE.pattern


def test_a_text_with_nothing_to_repair_is_read_without_importing_ftfy(tmp_path: Path) -> None:
    code = ("import sys\nfrom crossreach.ingest.encoding import decode\n"
            "assert decode('Le musée a 2 millions d’abonnés.'.encode()).text\nprint('ftfy' in sys.modules)")
    environment = {**os.environ, "CROSSREACH_CACHE_DIR": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=environment)
            for _ in range(2)]
    assert [run.stdout.strip() for run in runs] == ["True", "False"]  # the first builds the cache entry
