"""The lexicons' large regexes kept compiled on disk, so that a fresh process does not build them again.

Every new process that extracts (a Ray worker, a spawned pool worker, ``crossreach analyze``) builds
the cue regexes of each language it meets: the tries of a few hundred words (``lexicon.alternation``)
and their compilation by ``re``, whose parser and compiler are Python code. That was about half of a
process's first second of work on every language, while what a forked worker inherits costs nothing.
Here each regex is kept with its compiled program, keyed by what it is built from (the words, the
builder's bytes, the Python that compiled it); a process that finds the entry hands the program to the
regex engine as it is, which gives the very pattern ``re.compile`` gives (equal, program and all). The
program's code words are kept as the bytes of an array, not as a pickled list: the large cue regexes run
to tens of thousands of words each, and unpickling them one by one was most of what reading a language's
entries cost (about 50 ms of an English ``analyze``); an array's bytes are read at once.

The program is read through ``re``'s internal compiler (``re._parser``, ``re._compiler``, ``_sre``); a
Python where these are not as expected compiles with ``re.compile``, like a cache that is off
(``CROSSREACH_CACHE=off``), unreadable or unwritable. Entries live in the ``regex`` folder of the build
cache (``build_cache``), one file each, at most ``KEEP`` of them.
"""

from __future__ import annotations

import os
import pickle
import re
import sys
from array import array
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from crossreach.build_cache import cache_dir, cache_key, key_start, write_entry

#: Entries kept; the oldest are removed beyond (several lexicon versions' worth).
KEEP = 4096

#: What a program depends on besides its source: the Python (its regex compiler, its Unicode tables), and
#: how an entry holds it (code words as array bytes).
_PYTHON = f"{sys.version}|{sys.implementation.cache_tag}|code-bytes".encode()

#: A regex to build: its source and flags, or None where there is none.
Source = tuple[str, int] | None

_pruned = False


def stored_regex(kind: str, parts: Iterable[bytes], build: Callable[[], Source]) -> re.Pattern[str] | None:
    """The regex ``build()`` describes for these ``parts``, compiled, read from the store when it has it."""
    path = _entry_path(kind, parts)
    if path is None:
        return _compiled(build())
    program = _read(path)
    if program is not _ABSENT:
        return None if program is None else from_program(program)
    source = build()
    if source is None:
        _write(path, None)
        return None
    program = program_of(*source)
    if program is None:
        return re.compile(*source)
    _write(path, program)
    return from_program(program)


def stored_regexes(kind: str, sources: Sequence[tuple[str, int]]) -> list[re.Pattern[str]]:
    """Many small regexes compiled at once, kept in one entry keyed by all their sources: a language's
    hundreds of date forms cost a process one file read rather than hundreds of compilations by ``re``'s
    Python parser (each worker process paid them again with the first document of the language)."""
    path = _entry_path(kind, [f"{int(flags)}|{pattern}".encode() for pattern, flags in sources])
    if path is None or not sources:
        return [re.compile(pattern, flags) for pattern, flags in sources]
    programs = _read(path)
    if isinstance(programs, list) and len(programs) == len(sources):
        return [from_program(program) for program in programs]
    programs = [program_of(pattern, flags) for pattern, flags in sources]
    if any(program is None for program in programs):
        return [re.compile(pattern, flags) for pattern, flags in sources]
    _write(path, programs)
    return [from_program(program) for program in programs]


def stored_text(kind: str, parts: Iterable[bytes], build: Callable[[], str]) -> str:
    """The text ``build()`` gives for these ``parts``, read from the store when it has it: for the large
    alternations (tries) the lexicon builds in Python from a few hundred words, which every fresh
    process built again before it could compile (or read) the regex they go into."""
    path = _entry_path(kind, parts)
    if path is None:
        return build()
    text = _read(path)
    if isinstance(text, str):
        return text
    text = build()
    _write(path, text)
    return text


def _entry_path(kind: str, parts: Iterable[bytes]) -> str | None:
    """Where the entry of ``kind`` built from ``parts`` (and this Python) lives; None with the cache off.
    A plain string: a process asks for a thousand of them, and a ``Path`` join cost more than the hash."""
    folder = cache_dir()
    if folder is None:
        return None
    return f"{_regex_folder(folder)}{os.sep}{kind}-{cache_key(parts, _python_start())}.pickle"


@lru_cache(maxsize=8)
def _regex_folder(folder: Path) -> str:
    return str(folder / "regex")


@lru_cache(maxsize=1)
def _python_start() -> Any:
    """The key's hash after the Python, which every entry's key begins with: hashed once a process."""
    return key_start([_PYTHON])


#: What ``_read`` gives for an entry it cannot read (None is an entry: "no regex").
_ABSENT = object()


def _read(path: str) -> Any:
    """The entry at ``path``, or ``_ABSENT`` when there is none to read: absent, truncated, or written by
    another Python (then the caller builds it)."""
    try:
        with open(path, "rb") as handle:
            return pickle.load(handle)
    except Exception:
        return _ABSENT


def _compiled(source: Source) -> re.Pattern[str] | None:
    return None if source is None else re.compile(*source)


def program_of(pattern: str, flags: int) -> tuple[Any, ...] | None:
    """What ``re.compile`` hands the regex engine for ``pattern`` (as ``re._compiler.compile`` makes it);
    None where this Python's internal compiler is not the one this was written for."""
    try:
        from re import _compiler, _parser

        flags = int(flags)
        parsed = _parser.parse(pattern, flags)
        code = [int(op) for op in _compiler._code(parsed, flags)]
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        words = array(_code_type(), code).tobytes()
        return (pattern, flags | parsed.state.flags, words, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    except (ImportError, AttributeError, TypeError, OverflowError):
        return None


def from_program(program: tuple[Any, ...]) -> re.Pattern[str]:
    import _sre

    pattern, flags, words, *rest = program
    code = array(_code_type())
    code.frombytes(words)
    return _sre.compile(pattern, flags, code.tolist(), *rest)  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def _code_type() -> str:
    """The array type code of the regex engine's code words (``_sre.CODESIZE`` bytes each)."""
    import _sre

    return next(kind for kind in "IL" if array(kind).itemsize == _sre.CODESIZE)


def _write(path: str, program: object) -> None:
    """Store an entry atomically (workers of one run may write the same one); no error when it cannot."""
    global _pruned
    try:
        entry = Path(path)
        write_entry(entry, program)
        if not _pruned:  # once a process: the folder is only listed by a process that writes
            _pruned = True
            _prune(entry.parent)
    except OSError:
        return


def _prune(folder: Path) -> None:
    """Remove the oldest entries beyond ``KEEP``."""
    entries = sorted(folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[KEEP:]:
        old.unlink(missing_ok=True)


#: The warm set's entry: the patterns ``re`` compiled while the extraction's modules were imported.
WARM_KIND = "warm"

#: At most this many patterns go into the warm set (``re`` keeps 512, dropping the oldest beyond).
WARM_MOST = 400


@lru_cache(maxsize=1)
def warm_re_cache() -> dict[tuple[Any, ...], tuple[Any, ...]]:
    """Hand ``re``'s own cache the patterns that an earlier process compiled as it imported the extraction's
    modules (``remember_re_cache``), read from the store, so that their ``re.compile`` at import finds them
    compiled: some 130 small regexes of the stages' modules, each parsed and compiled by ``re``'s Python
    compiler, were a tenth of what ``crossreach analyze`` spent on one sentence. A stored pattern is the very
    one ``re.compile`` gives (program and all), so nothing else changes. Once a process; the programs read,
    by their key in ``re``'s cache. Nothing where the cache is off, or ``re`` keeps no cache of that shape."""
    cache = _re_cache()
    path = _entry_path(WARM_KIND, [b"re._cache"])
    if cache is None or path is None:
        return {}
    entries = _read(path)
    if not isinstance(entries, dict):
        return {}
    room = getattr(re, "_MAXCACHE", 512) - len(cache) - 1
    try:
        warm = {key: from_program(program) for key, program in list(entries.items())[:max(room, 0)]
                if _warmable(key) and key not in cache}
    except Exception:  # an entry this Python cannot read: the modules compile their own
        return {}
    cache.update(warm)
    return entries


def remember_re_cache() -> None:
    """Keep in the store the patterns ``re`` holds compiled now that a process has imported the extraction's
    modules, for ``warm_re_cache`` in the next: written only when it holds some the warm set lacks (a new
    module, a changed pattern, a Python of its own), together with those it had, up to ``WARM_MOST``."""
    cache = _re_cache()
    path = _entry_path(WARM_KIND, [b"re._cache"])
    if cache is None or path is None:
        return
    known = warm_re_cache()
    new = [key for key in list(cache) if _warmable(key) and key not in known]
    if not new:
        return
    entries = dict(known)
    for key in new[: max(WARM_MOST - len(entries), 0)]:
        program = program_of(key[1], key[2])
        if program is None:
            return
        entries[key] = program
    _write(path, entries)


def _re_cache() -> dict[tuple[Any, ...], re.Pattern[Any]] | None:
    """``re``'s cache of compiled patterns, keyed ``(type, pattern, flags)`` as this Python's ``re._compile``
    reads it; None for a Python whose ``re`` keeps it otherwise."""
    cache = getattr(re, "_cache", None)
    if not isinstance(cache, dict) or not all(_shaped(key) for key in list(cache)[:8]):
        return None
    return cache


def _shaped(key: object) -> bool:
    return isinstance(key, tuple) and len(key) == 3 and key[0] in (str, bytes) and isinstance(key[2], int)


def _warmable(key: tuple[Any, ...]) -> bool:
    """A text pattern compiled without ``re.DEBUG`` (which ``re`` never caches)."""
    return _shaped(key) and key[0] is str and not key[2] & re.DEBUG
