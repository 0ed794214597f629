"""Where the knowledge base lives: --db, then CROSSREACH_DB, then a config file, then ./crossreach.db;
and the user lexicons: every --lexicon, else ``lexicons = [...]`` in a config file."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

DEFAULT_DB = "crossreach.db"
MIB = 1024 * 1024
#: The largest input read (file, URL, standard input, upload); here, so that the command line's
#: options can name it without loading the readers.
DEFAULT_MAX_BYTES = 20 * MIB
ENV_VAR = "CROSSREACH_DB"
#: Config files read in this order; the first that sets ``db`` wins.
CONFIG_FILES = (Path("crossreach.toml"), Path.home() / ".config" / "crossreach" / "config.toml")


class ConfigError(ValueError):
    """A config file that cannot be read."""


def database_url(option: str | None = None, environ: dict[str, str] | None = None) -> str:
    """The SQLAlchemy URL of the knowledge base, by the documented order of precedence."""
    environ = dict(os.environ) if environ is None else environ
    chosen = option or environ.get(ENV_VAR) or _from_config_files() or DEFAULT_DB
    return as_url(chosen)


def as_url(path_or_url: str) -> str:
    """A plain path becomes a SQLite URL; a URL stays as it is."""
    if path_or_url.startswith(("postgresql://", "postgres://")):
        # psycopg 3 is the driver crossreach ships with; SQLAlchemy's default would be psycopg2.
        return "postgresql+psycopg://" + path_or_url.split("://", 1)[1]
    if "://" in path_or_url:
        return path_or_url
    return f"sqlite:///{Path(path_or_url).expanduser()}"


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (None for other databases and in-memory SQLite)."""
    if not url.startswith("sqlite:///") or url in ("sqlite:///", "sqlite:///:memory:"):
        return None
    return Path(url.removeprefix("sqlite:///"))


def lexicon_files(options: list[Path]) -> list[Path]:
    """The user lexicon files: those given with --lexicon, else the first config file's ``lexicons``
    (paths relative to that file's folder)."""
    if options:
        return options
    for path, data in _config_files():
        if "lexicons" not in data:
            continue
        listed = data["lexicons"]
        if not isinstance(listed, list) or not all(isinstance(item, str) for item in listed):
            raise ConfigError(f"{path}: lexicons must be a list of file paths, like lexicons = [\"mine.yaml\"]")
        return [(path.parent / Path(item).expanduser()) for item in listed]
    return []


def lexicon_paths(lexicon_files: Sequence[Path | str]) -> list[str]:
    """User lexicon files as the knowledge base records them: absolute paths, once each, in order."""
    return list(dict.fromkeys(str(Path(p).expanduser().resolve()) for p in lexicon_files))


def _from_config_files() -> str | None:
    for _path, data in _config_files():
        if isinstance(data.get("db"), str):
            return str(data["db"])
    return None


def watch_entries(config_file: Path | None = None) -> list[dict[str, object]]:
    """The ``[[watch]]`` entries of ``config_file``, else of the first config file that has any.

    Each entry names a source (``url = "https://..."`` or ``path = "/data/inbox"``) and may say how
    often to poll it (``every = "15m"``)."""
    files = [(config_file, _read_config(config_file))] if config_file is not None else _config_files()
    for path, data in files:
        entries = data.get("watch", [])
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            raise ConfigError(f"{path}: 'watch' must be a list of tables, one per source")
        if entries or config_file is not None:
            return entries
    return []


def _config_files() -> list[tuple[Path, dict[str, object]]]:
    """The config files that exist, in the order they are read, with what they say."""
    return [(path, _read_config(path)) for path in CONFIG_FILES if path.is_file()]


def _read_config(path: Path) -> dict[str, object]:
    import tomllib  # here: only a config file that exists needs the parser, --help does not

    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the config file: {exc}") from exc
