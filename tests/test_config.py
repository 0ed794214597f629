"""Where the knowledge base lives: option, then environment, then config file, then default."""

from __future__ import annotations

from pathlib import Path

import pytest

from crossreach import config


def test_option_wins_over_environment() -> None:
    assert config.database_url("x.db", {"CROSSREACH_DB": "y.db"}) == "sqlite:///x.db"


def test_environment_wins_over_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    assert config.database_url(None, {"CROSSREACH_DB": "postgresql://u@h/db"}) == "postgresql+psycopg://u@h/db"


def test_config_file_then_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(config, "CONFIG_FILES", (tmp_path / "crossreach.toml",))
    assert config.database_url(None, {}) == "sqlite:///crossreach.db"
    (tmp_path / "crossreach.toml").write_text('db = "kb/facts.db"\n', encoding="utf-8")
    assert config.database_url(None, {}) == "sqlite:///kb/facts.db"
    (tmp_path / "crossreach.toml").write_text("db = [", encoding="utf-8")
    with pytest.raises(config.ConfigError, match=r"crossreach\.toml"):
        config.database_url(None, {})


def test_watch_entries_come_from_the_first_config_file_that_has_them(monkeypatch: pytest.MonkeyPatch,
                                                                    tmp_path: Path) -> None:
    local, home = tmp_path / "crossreach.toml", tmp_path / "home.toml"
    monkeypatch.setattr(config, "CONFIG_FILES", (local, home))
    assert config.watch_entries() == []
    home.write_text('[[watch]]\nurl = "https://example.org/feed.xml"\nevery = "15m"\n', encoding="utf-8")
    local.write_text('db = "kb.db"\n', encoding="utf-8")
    assert config.watch_entries() == [{"url": "https://example.org/feed.xml", "every": "15m"}]
    chosen = tmp_path / "other.toml"
    chosen.write_text('[[watch]]\npath = "inbox"\n', encoding="utf-8")
    assert config.watch_entries(chosen) == [{"path": "inbox"}]
    chosen.write_text('watch = "not a table"\n', encoding="utf-8")
    with pytest.raises(config.ConfigError, match="one per source"):
        config.watch_entries(chosen)


def test_lexicons_from_the_config_file_unless_given(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(config, "CONFIG_FILES", (tmp_path / "crossreach.toml",))
    assert config.lexicon_files([]) == []
    (tmp_path / "crossreach.toml").write_text('lexicons = ["lex/mine.yaml", "/abs/other.yaml"]\n', encoding="utf-8")
    assert config.lexicon_files([]) == [tmp_path / "lex" / "mine.yaml", Path("/abs/other.yaml")]
    assert config.lexicon_files([Path("given.yaml")]) == [Path("given.yaml")]
    (tmp_path / "crossreach.toml").write_text('lexicons = "mine.yaml"\n', encoding="utf-8")
    with pytest.raises(config.ConfigError, match="list of file paths"):
        config.lexicon_files([])
