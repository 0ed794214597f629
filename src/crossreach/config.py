"""Where the knowledge base lives: --db, then CROSSREACH_DB, then a config file, then ./crossreach.db."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

DEFAULT_DB = "crossreach.db"
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


def _from_config_files() -> str | None:
    for path in CONFIG_FILES:
        if not path.is_file():
            continue
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read the config file: {exc}") from exc
        if isinstance(data.get("db"), str):
            return data["db"]
    return None


def watch_entries(config_file: Path | None = None) -> list[dict[str, object]]:
    """The ``[[watch]]`` entries of ``config_file``, else of the first config file that has any.

    Each entry names a source (``url = "https://..."`` or ``path = "/data/inbox"``) and may say how
    often to poll it (``every = "15m"``)."""
    paths = (config_file,) if config_file is not None else CONFIG_FILES
    for path in paths:
        if config_file is None and not path.is_file():
            continue
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read the config file: {exc}") from exc
        entries = data.get("watch", [])
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            raise ConfigError(f"{path}: 'watch' must be a list of tables, one per source")
        if entries or config_file is not None:
            return entries
    return []
