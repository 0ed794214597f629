"""A language's built rules kept whole in the build cache, so that a fresh process reads one file a stage.

The regex store (``regex_store``) spares a fresh process the compilation of each large cue regex, but a
stage's rules for a language are still put together in Python every time: each regex's key hashed and its
file opened and read (a language's partnership cues are a hundred of them), the small alternations built
as tries, the cue scanners' automata made, the Chinese words' spellings looked up. That was some 0.4 CPU s
of every ingest's start-up. A builder decorated with ``language_rules`` is instead read back whole, its
regexes as the programs the regex engine runs (``regex_store``: the very patterns ``re.compile`` gives), from
one entry keyed by the language, the builder's other arguments and the path, size and modification time of
every file of the package, its modules and lexicon files alike (the rules are made by many modules from several
lexicon files: any change to either builds them again).

Only the shipped lexicon of a language (``load_language``) is kept so; a lexicon made otherwise (a test's)
is built as before. Within a process a builder still runs at most once for the same arguments, as under
``functools.cache``. What refers to a lexicon, or to ``lexicon.NEVER`` (which the stages compare by
identity), is written as a reference and read back as that very object. A value that cannot be written so
is built again by the next process too: nothing is lost but the time.
"""

from __future__ import annotations

import gc
import io
import os
import pickle
import re
import tempfile
from collections.abc import Callable
from functools import cache, wraps
from pathlib import Path
from typing import Any, TypeVar

from crossreach.build_cache import cache_dir, cache_key
from crossreach.lexicon import NEVER, LanguageLexicon, load_language
from crossreach.regex_store import from_program, program_of

F = TypeVar("F", bound=Callable[..., Any])

#: Entries kept a kind; older ones (other versions of the package) are removed.
KEEP_PER_KIND = 16

_MISSING = object()


def language_rules(kind: str) -> Callable[[F], F]:
    """Decorate a builder of a language's rules, ``build(*args)``: its arguments are hashable, a language's
    lexicon (``LanguageLexicon``) or values whose ``repr`` is the same in every process (a language code, a
    flag). Built once a process for the same arguments, and read from the build cache when it has them."""
    def decorate(build: F) -> F:
        built: dict[tuple[Any, ...], Any] = {}

        @wraps(build)
        def rules(*args: Any) -> Any:
            found = built.get(args, _MISSING)
            if found is _MISSING:
                found = built[args] = _stored(kind, args, lambda: build(*args))
            return found

        rules.cache_clear = built.clear  # type: ignore[attr-defined]
        return rules  # type: ignore[return-value]

    return decorate


def _stored(kind: str, args: tuple[Any, ...], build: Callable[[], Any]) -> Any:
    folder = cache_dir()
    lexicons = [a for a in args if isinstance(a, LanguageLexicon)]
    if folder is None or any(lexicon is not load_language(lexicon.code) for lexicon in lexicons):
        return build()
    named = tuple(f"lexicon:{a.code}" if isinstance(a, LanguageLexicon) else a for a in args)
    key = cache_key([kind.encode(), repr(named).encode(), _package_digest()])
    path = folder / "rules" / f"{kind}-{key}.pickle"
    try:
        with path.open("rb") as handle:
            return _read(handle)
    except Exception:  # absent, truncated, or written by another Python: build it
        pass
    value = build()
    _write(path, kind, value)
    return value


@cache
def _package_digest() -> bytes:
    """What the package's files are, for the entries' keys: each module's and lexicon file's path, size and
    modification time, as Python keys a module's bytecode (hashing the files' 2.7 MB took a process more time
    than reading its rules back saves)."""
    import hashlib

    root = os.path.dirname(__file__)
    digest = hashlib.sha256()
    for folder, folders, files in os.walk(root):
        folders[:] = sorted(f for f in folders if f != "__pycache__")
        for name in sorted(files):
            if name.endswith(_KEYED):
                status = os.stat(os.path.join(folder, name))
                digest.update(f"{os.path.relpath(folder, root)}/{name}|{status.st_size}|{status.st_mtime_ns}\n"
                              .encode())
    return digest.digest()


#: The files of the package whose change builds the rules again: modules and lexicon data.
_KEYED = (".py", ".yaml", ".yml", ".json", ".txt", ".tsv")


class _Unpickler(pickle.Unpickler):
    def persistent_load(self, pid: Any) -> Any:
        what, code = pid
        if what == "never":
            return NEVER
        if what == "lexicon":
            return load_language(code)
        raise pickle.UnpicklingError(f"unknown reference {pid!r}")


def _read(handle: io.BufferedReader) -> Any:
    """An entry's value, the garbage collector paused (nothing being read is garbage: ``build_cache.unpickled``)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _Unpickler(handle).load()
    finally:
        if enabled:
            gc.enable()


class _Unkept(Exception):
    """A value holds what an entry cannot keep as it is."""


class _Pickler(pickle.Pickler):
    def persistent_id(self, obj: Any) -> Any:
        if obj is NEVER:
            return ("never", "")
        if isinstance(obj, LanguageLexicon):
            if obj is not load_language(obj.code):
                raise _Unkept("a lexicon not loaded from its file")
            return ("lexicon", obj.code)
        return None

    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, re.Pattern):
            program = program_of(obj.pattern, obj.flags) if isinstance(obj.pattern, str) else None
            if program is None or from_program(program) != obj:
                raise _Unkept(f"a regex read back otherwise: {obj.pattern[:80]!r}")
            return from_program, (program,)
        return NotImplemented


def _write(path: Path, kind: str, value: Any) -> None:
    """Store the value atomically; nothing when it cannot be kept or the cache cannot be written."""
    buffer = io.BytesIO()
    try:
        _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    except (_Unkept, pickle.PicklingError, TypeError, AttributeError):
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(buffer.getvalue())
            os.replace(temporary, path)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
        entries = sorted(path.parent.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[KEEP_PER_KIND:]:
            old.unlink(missing_ok=True)
    except OSError:
        return
