"""Decode bytes to text: UTF-8 and UTF-16 by their BOM, anything else detected, never assumed."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

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


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we can tell."""


def decode(data: bytes) -> tuple[str, str]:
    """The text and the name of the encoding it was read with."""
    for signature, what in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise UndecodableError(f"binary file ({what}), not an article")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding.replace("-sig", "")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if "\x00" in text:
            raise UndecodableError("binary file (contains NUL bytes), not an article")
        return text, "utf-8"
    if b"\x00" in data[:8192]:
        raise UndecodableError("binary file (contains NUL bytes), not an article")
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
    return str(best), best.encoding
