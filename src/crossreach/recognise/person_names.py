"""What a person's name looks like: first names from a data package, Chinese names by their
surnames and pinyin syllables.

First names come from the list that ships inside ``gender-guesser`` (its ``nam_dict.txt``,
about 48,000 names of every European country and many others); only the names are kept,
as a frozenset of about 60,000 spellings (under 15 MB, parsed in a sixth of a second, then read
from the build cache by every later process). Chinese surnames and the pinyin syllables are
language knowledge of Chinese, in the ``entities`` section of ``zh.yaml``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from crossreach.build_cache import cached, source_digest
from crossreach.lexicon import load_language

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

#: How common a given name must be somewhere (gender-guesser's scale: 1 rare to 13, each step
#: twice as many people) to make a person of a name with no cue at all.
COMMON = 6


@cache
def first_names() -> frozenset[str]:
    """Given names as they are written, capitalised ("Timo", "Marion", "Ådne"); empty when the data
    package is missing."""
    return frozenset(_name_frequencies())


@cache
def common_first_names() -> frozenset[str]:
    """The given names that are frequent in some country ("Mark", "Mona"; not "Asia")."""
    return frozenset(name for name, frequency in _name_frequencies().items() if frequency >= COMMON)


@cache
def _name_frequencies() -> dict[str, int]:
    """Every given name of the list with its highest frequency in any country. Parsing the list costs a
    process (each worker among them) about 0.14 CPU s, reading its result from the build cache a
    fifteenth of that; the entry is keyed by the list's file (``_list_key``) and this module's bytes."""
    try:
        data_file = resources.files("gender_guesser") / "data" / "nam_dict.txt"
        key = _list_key(data_file)
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    return cached("first-names", [key, source_digest(__file__)], lambda: _parsed_frequencies(data_file.read_bytes()))


def _list_key(data_file: Traversable) -> bytes:
    """What the name list's cache entry is keyed by: an installed package's file by its path, size and
    modification time, as Python keys a module's bytecode (hashing its 4.4 MB was more than half of what a
    process hashed for all its build-cache keys, about 30 ms of every start-up); its bytes where it is
    no plain file (a package inside a zip)."""
    if isinstance(data_file, Path):
        status = data_file.stat()
        return f"{data_file}|{status.st_size}|{status.st_mtime_ns}".encode()
    return data_file.read_bytes()


def _parsed_frequencies(data: bytes) -> dict[str, int]:
    """The highest frequency of each given name of ``nam_dict.txt``."""
    names: dict[str, int] = {}
    for line in data.decode("utf-8").splitlines():
        if not line or line[0] in "#=":
            continue
        parts = line.split(maxsplit=2)
        if len(parts) < 2 or "<" in parts[1]:
            continue
        # The frequency columns hold "1".."9", "A".."D" or spaces; their character order is their order
        # as hexadecimal digits, so the largest is found by a set operation, not a loop a character.
        digits = _DIGITS.intersection(line[30:-1])
        frequency = int(max(digits), 16) if digits else 0
        for joiner in ("", " ", "-"):  # "Jean+Pierre" is Jeanpierre, Jean Pierre and Jean-Pierre
            name = parts[1].replace("+", joiner)
            names[name] = max(frequency, names.get(name, 0))
    return names


_DIGITS = frozenset("123456789ABCD")


def is_first_name(word: str) -> bool:
    """Whether a word is a given name, with or without its accents ("Vinícius" as "Vinicius"), or
    given names joined by hyphens ("Jean-Baptiste", "Hans-Peter")."""
    names = first_names()
    return word in names or _unaccented(word) in names or _hyphened(word, names)


def is_common_first_name(word: str) -> bool:
    """Whether a word is a common given name, or opens with one and hyphens join it to given names
    ("Jean-Baptiste", "Anne-Sophie")."""
    names = common_first_names()
    return word in names or _unaccented(word) in names or (
        _hyphened(word, first_names()) and is_common_first_name(word.split("-", 1)[0]))


def _hyphened(word: str, names: frozenset[str] | set[str]) -> bool:
    """Whether hyphens join two or three given names of ``names`` into one ("Karl-Heinz")."""
    parts = word.split("-")
    return 1 < len(parts) <= 3 and all(p[:1].isupper() and (p in names or _unaccented(p) in names) for p in parts)


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


class ChineseNames:
    """Chinese names: surnames in Han characters and in pinyin, and the shape of a pinyin word."""

    def __init__(self) -> None:
        section = load_language("zh").section("entities")
        pinyin = section.get("pinyin") or {}
        initials = sorted((str(i) for i in pinyin.get("initials") or []), key=len, reverse=True)
        finals = sorted((str(f) for f in pinyin.get("finals") or []), key=len, reverse=True)
        syllable = f"(?:{'|'.join(initials)})?(?:{'|'.join(finals)})" if finals else "(?!x)x"
        #: One to three syllables, as pinyin given names and surnames are written ("Zhendong", "Xiao-ling").
        self.word_re = re.compile(rf"(?:{syllable})(?:-?(?:{syllable})){{0,2}}", re.IGNORECASE)
        self.latin_surnames = frozenset(str(s) for s in section.get("pinyin_surnames") or [])
        self.han_surnames = tuple(sorted((str(s) for s in section.get("surnames") or []), key=len, reverse=True))
        self.not_names = frozenset(str(s) for s in section.get("pinyin_not_names") or [])

    def is_pinyin(self, word: str) -> bool:
        """Read in lower case: a letter such as "İ" matches "i" only while its case is ignored."""
        return word[:1].isupper() and bool(self.word_re.fullmatch(word.lower()))

    def is_name(self, words: list[str]) -> bool:
        """Whether two or three words are a pinyin name, family name first ("Ma Long", "Fan
        Zhendong") or last ("Xiaoling Chen")."""
        if not 2 <= len(words) <= 3 or " ".join(words) in self.not_names or not all(map(self.is_pinyin, words)):
            return False
        return words[0] in self.latin_surnames or words[-1] in self.latin_surnames


@cache
def chinese_names() -> ChineseNames:
    return ChineseNames()
