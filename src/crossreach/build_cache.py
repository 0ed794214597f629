"""A disk cache of what the lexicons build: parsed YAML and the domain lexicon's automaton.

Parsing the lexicon files and building the Aho-Corasick automaton of every alias cost most of a
short command's start-up (``crossreach analyze`` on one sentence); reading their pickle back is
several times cheaper. An entry is keyed by a hash of everything it is built from (the files'
bytes, the crossreach version, the bytes of the module that builds it), so a changed lexicon or
builder never reads a stale entry. Entries are written atomically (a temporary file renamed into
place); one that cannot be read is rebuilt, and a cache that cannot be written is simply skipped.

The directory is ``$CROSSREACH_CACHE_DIR``, else ``$XDG_CACHE_HOME/crossreach``, else
``~/.cache/crossreach``; ``CROSSREACH_CACHE=off`` turns the cache off.
"""

from __future__ import annotations

import gc
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from crossreach import __version__

T = TypeVar("T")

#: Entries kept per kind; older ones (other lexicon versions, other --lexicon sets) are removed.
KEEP_PER_KIND = 16


def cache_dir() -> Path | None:
    """Where entries live, or None when the cache is turned off. Asked for every stored regex (a
    thousand times as a process meets six languages): the folder is made once for the same settings."""
    environ = os.environ
    return _cache_dir(environ.get("CROSSREACH_CACHE", ""), environ.get("CROSSREACH_CACHE_DIR"),
                      environ.get("XDG_CACHE_HOME"), environ.get("HOME"))


@lru_cache(maxsize=8)
def _cache_dir(switch: str, explicit: str | None, xdg: str | None, _home: str | None) -> Path | None:
    """``cache_dir`` for these settings (``_home``: what ``Path.home`` reads first)."""
    if switch.lower() in {"off", "0", "no", "false"}:
        return None
    if explicit:
        return Path(explicit)
    base = xdg or str(Path.home() / ".cache")
    return Path(base) / "crossreach"


def cache_key(parts: Iterable[bytes], start: Any = None) -> str:
    """A hash of the crossreach version and of every part (each length-prefixed, so that parts
    cannot run into one another). ``start``: a ``key_start`` of the leading parts many keys share,
    hashed once a process rather than once a key (the regex store's thousand keys all begin alike)."""
    digest = (start if start is not None else _version_digest()).copy()
    digest.update(_framed(parts))  # one update: the same digest as one a part, for a tenth of the calls
    return digest.hexdigest()[:40]


def key_start(parts: Iterable[bytes]) -> Any:
    """The hash state after the version and ``parts``: ``cache_key(rest, key_start(first))`` is
    ``cache_key([*first, *rest])``."""
    digest = _version_digest().copy()
    digest.update(_framed(parts))
    return digest


@lru_cache(maxsize=1)
def _version_digest() -> Any:
    import hashlib  # here: importing this module (the CLI does, for --help) does not load it

    return hashlib.sha256(__version__.encode())


@lru_cache(maxsize=32)
def source_digest(*files: str) -> bytes:
    """A digest of the bytes of these source files (a module's ``__file__``): the part of a cache key
    that a change to how an entry is built invalidates. A digest rather than the bytes, so that keys
    asked for hundreds of times a process do not hash the modules' kilobytes again each time."""
    import hashlib

    digest = hashlib.sha256()
    for file in files:
        digest.update(Path(file).read_bytes())
    return digest.digest()


def _framed(parts: Iterable[bytes]) -> bytes:
    return b"".join(chunk for part in parts for chunk in (len(part).to_bytes(8, "little"), part))


def cached(kind: str, parts: Iterable[bytes], build: Callable[[], T]) -> T:
    """The value ``build()`` returns for these ``parts``, read from the cache when an entry exists."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{kind}-{cache_key(parts)}.pickle"
    try:
        with path.open("rb") as handle:
            return unpickled(handle)
    except Exception:  # absent, truncated, or written by an incompatible library: rebuild it
        pass
    value = build()
    _write(folder, kind, path, value)
    return value


def unpickled(handle: BinaryIO) -> Any:
    """``pickle.load`` with the garbage collector paused: an entry such as the domain lexicon is some
    hundred thousand new containers, whose allocation set off collections of the whole young heap
    again and again (a third of reading it), though nothing in a value being read is garbage."""
    if not gc.isenabled():
        return pickle.load(handle)
    gc.disable()
    try:
        return pickle.load(handle)
    finally:
        gc.enable()


def write_entry(path: Path, value: object) -> None:
    """Pickle ``value`` to ``path`` atomically, through a temporary file renamed over it: processes
    that build the same entry at once (the workers of one run) never read half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _write(folder: Path, kind: str, path: Path, value: object) -> None:
    """Store ``value`` at ``path``; a cache that cannot be written is no error."""
    try:
        write_entry(path, value)
        _prune(folder, kind)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        return


def _prune(folder: Path, kind: str) -> None:
    """Remove all but the newest ``KEEP_PER_KIND`` entries of a kind."""
    entries = sorted(folder.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[KEEP_PER_KIND:]:
        old.unlink(missing_ok=True)
