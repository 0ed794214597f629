"""Decode bytes to text: UTF-8 and UTF-16 by their BOM, anything else detected, never assumed.

Careless hands leave two kinds of damage, and both are repaired here rather than
stored: bytes of two encodings in one file (UTF-8 with stray Windows-1252 bytes)
are read each in its own encoding, and mojibake (UTF-8 once read as Latin-1,
"musÃ©e") is undone by ftfy. ``Decoded.repair`` says what was done, so the
document can note it; a text still garbled after that is refused with the reason.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from crossreach.build_cache import cached
from crossreach.ingest.mojibake_scan import badness_matches
from crossreach.lexicon import compiled

if TYPE_CHECKING:
    import ftfy

#: File signatures of binary formats people drop into article folders by mistake.
_BINARY_SIGNATURES: dict[bytes, str] = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a zip archive (or an Office document)",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
    b"\xd0\xcf\x11\xe0": "an old Office document",
}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


_PREFERRED_SINGLE_BYTE = ("cp1252", "latin_1", "iso8859_15")
_CHAOS_SLACK = 0.1


@lru_cache(maxsize=1)
def _ftfy_config() -> ftfy.TextFixerConfig:
    """Only ftfy's encoding repairs: the text is otherwise kept as written (quotes, widths, line breaks).
    ftfy loads with the first text that is not ASCII, not with every command."""
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False, fix_character_width=False,
        uncurl_quotes=False, fix_line_breaks=False, fix_surrogates=False, remove_control_chars=False,
        normalization=None, explain=False,
    )


def may_be_mojibake(text: str) -> bool:
    """Whether ftfy's repairs (as ``_ftfy_config`` sets them) could change the text: one search of the whole
    text where ``ftfy.fix_text`` walks it a line at a time (half a millisecond a 2 KB article, most of it in
    Python). With these settings ftfy changes a line only where its own badness pattern matches in it (its
    encoding fix returns at once otherwise, and the C1 controls it replaces are in the pattern); the pattern
    searched here is that one with ``^`` matching at every line start, so it matches the whole text wherever
    it matches a line, and a clean text is left as it is without calling ftfy. A text longer than ftfy's
    segments may be cut inside a line, where its ``^`` matches too: such a text always goes to ftfy."""
    return len(text) >= _ftfy_badness()[2] or badness_matches(_badness(), text)


@lru_cache(maxsize=1)
def _badness() -> re.Pattern[str]:
    source, flags, _longest = _ftfy_badness()
    return compiled(source, flags | re.MULTILINE)  # kept compiled on disk: re's compiler spent 15 ms on it


@lru_cache(maxsize=1)
def _ftfy_badness() -> tuple[str, int, int]:
    """ftfy's badness pattern (its source and flags) and the longest text it decodes in one piece, read
    from the build cache, keyed by the bytes of ftfy's modules: a process whose texts need no repair
    then never imports ftfy (about 35 CPU ms)."""
    from importlib.util import find_spec

    spec = find_spec("ftfy")  # (found, not imported)
    folder = Path(spec.origin).parent if spec is not None and spec.origin else None
    if folder is None:
        return _read_ftfy_badness()
    parts = [p.read_bytes() for p in sorted(folder.glob("*.py"))]
    return cached("ftfy_badness", parts, _read_ftfy_badness)


def _read_ftfy_badness() -> tuple[str, int, int]:
    from ftfy.badness import BADNESS_RE

    return BADNESS_RE.pattern, int(BADNESS_RE.flags), _ftfy_config().max_decode_length


#: A well-formed UTF-8 sequence of two to four bytes.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
#: Replacement characters beyond this share of the text mean an earlier conversion lost it.
_MAX_REPLACEMENT_SHARE = 0.01
_MIN_REPLACEMENTS = 4


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we can tell."""


class Decoded(NamedTuple):
    """Text, the encoding it was read with, and the repair made on the way (None when none was needed)."""

    text: str
    encoding: str
    repair: str | None = None


def _windows_1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: a byte that is not UTF-8 is read as Windows-1252 (dropped if undefined there)."""
    assert isinstance(error, UnicodeDecodeError)
    byte = error.object[error.start:error.start + 1]
    try:
        return byte.decode("cp1252"), error.start + 1
    except UnicodeDecodeError:
        return "", error.start + 1


codecs.register_error("crossreach-cp1252", _windows_1252_fallback)


def decode(data: bytes) -> Decoded:
    """The text, the encoding it was read with, and any repair; UndecodableError when it is no text or stays
    garbled."""
    return _repaired(_decode(data))


def decode_lines(data: bytes, whole_file: bool = True) -> Iterator[Decoded | UndecodableError]:
    """Each line of JSON Lines decoded and repaired on its own (or the reason it could not be), so that a
    repair is noted on the record it concerns, and a shard cut at line ends reads as the whole does.
    UndecodableError (raised) when ``data``, a ``whole_file`` or its start, is no text (a binary file)."""
    if whole_file:
        refuse_binary(data)
    if has_wide_bom(data):
        whole = _decode(data)  # UTF-16 or UTF-32: lines can only be cut once decoded
        yield from (_repaired_or_error(Decoded(line, whole.encoding)) for line in whole.text.split("\n"))
        return
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        lines = data.decode("utf-8").split("\n")
    except UnicodeDecodeError:
        for raw in data.split(b"\n"):  # "\n" is never part of a UTF-8 sequence nor of a stray byte
            yield _decoded_line(raw)
        return
    yield from (_repaired_or_error(Decoded(line, "utf-8")) for line in lines)


def _decoded_line(raw: bytes) -> Decoded | UndecodableError:
    if not raw.strip():
        return Decoded("", "utf-8")
    try:
        decoded = decode(raw)
    except UndecodableError as exc:
        return exc
    if decoded.encoding != "utf-8":  # one line of another encoding in a UTF-8 file is a mix, and noted as one
        return decoded._replace(repair=_joined(decoded.repair, f"mixed encodings: a line in {decoded.encoding}, "
                                                               "not UTF-8"))
    return decoded


def _repaired_or_error(decoded: Decoded) -> Decoded | UndecodableError:
    try:
        return _repaired(decoded)
    except UndecodableError as exc:
        return exc


def has_wide_bom(data: bytes) -> bool:
    """Whether the bytes start with a UTF-16 or UTF-32 byte order mark (their lines cannot be cut as bytes)."""
    return data.startswith(tuple(bom for bom, _encoding in _BOMS if bom != codecs.BOM_UTF8))


def refuse_binary(data: bytes) -> None:
    """UndecodableError for a binary file: a known signature, or NUL bytes at the start."""
    for signature, what in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise UndecodableError(f"binary file ({what}), not an article")
    if not data.startswith(tuple(bom for bom, _encoding in _BOMS)) and b"\x00" in data[:8192]:
        raise UndecodableError("binary file (contains NUL bytes), not an article")


def repair_text(text: str, encoding: str = "utf-8") -> Decoded:
    """A string decoded elsewhere (a JSON string whose ``\\u`` escapes spelt mojibake, which the bytes did not
    show) repaired as bytes are; UndecodableError when it stays garbled."""
    return _repaired(Decoded(text, encoding))


def _repaired(decoded: Decoded) -> Decoded:
    """Mojibake undone by ftfy; UndecodableError for a text an earlier conversion already lost."""
    if decoded.text.isascii() or not may_be_mojibake(decoded.text):
        fixed = decoded.text
    else:
        import ftfy

        fixed = ftfy.fix_text(decoded.text, _ftfy_config())
    if fixed != decoded.text:
        decoded = Decoded(fixed, decoded.encoding, _joined(decoded.repair, "mojibake repaired by ftfy"))
    replacements = decoded.text.count("\ufffd")
    if replacements >= _MIN_REPLACEMENTS and replacements > _MAX_REPLACEMENT_SHARE * len(decoded.text):
        raise UndecodableError(f"garbled text: {replacements} characters were lost by an earlier conversion "
                               "(U+FFFD) and cannot be repaired")
    return decoded


def _joined(first: str | None, second: str) -> str:
    return f"{first}; {second}" if first else second


def _decode(data: bytes) -> Decoded:
    refuse_binary(data)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(encoding, errors="replace"), encoding.replace("-sig", ""))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if "\x00" in text:
            raise UndecodableError("binary file (contains NUL bytes), not an article")
        return Decoded(text, "utf-8")
    mixed = _mixed_utf8(data)
    if mixed is not None:
        return mixed
    from charset_normalizer import from_bytes  # loaded only for a file that is not UTF-8

    matches = list(from_bytes(data))
    if not matches:
        raise UndecodableError("not text in any encoding crossreach can detect")
    best = matches[0]
    # Short Western texts fit several single-byte code pages about equally well;
    # Windows-1252 is by far the most common of them in news archives.
    for match in matches:
        if match.encoding in _PREFERRED_SINGLE_BYTE and match.chaos <= best.chaos + _CHAOS_SLACK:
            best = match
            break
    return Decoded(str(best), best.encoding)


def _mixed_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with stray bytes of another encoding, each byte read in its own: when the well-formed UTF-8
    sequences outnumber the bytes that are not UTF-8 (a legacy file has few or none of the former)."""
    valid = len(_UTF8_MULTIBYTE.findall(data))
    strays = len(data) - len(data.decode("utf-8", errors="ignore").encode("utf-8"))
    if valid == 0 or valid < strays:
        return None
    text = data.decode("utf-8", errors="crossreach-cp1252")
    return Decoded(text, "utf-8", f"mixed encodings: {strays} bytes that are not UTF-8 read as Windows-1252")
