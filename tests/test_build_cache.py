"""The build cache of the lexicons: an entry is reused, rebuilt when it is stale or corrupt, and
what it gives back is what a fresh build gives."""

from __future__ import annotations

import gc
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from crossreach import build_cache
from crossreach.build_cache import cache_dir, cache_key, cached, key_start
from crossreach.domain import _load, load_domain
from crossreach.lexicon import _language_data, read_shipped_yaml, read_yaml, script


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CROSSREACH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CROSSREACH_CACHE", raising=False)
    return tmp_path / "cache"


#: Whether collections were on, each time ``_collecting_now`` ran (a cached entry's probe, as it is unpickled).
_COLLECTING: list[bool] = []


def _collecting_now() -> bool:
    _COLLECTING.append(gc.isenabled())
    return True


def _counting(value: object) -> tuple[list[int], object]:
    calls: list[int] = []

    def build() -> object:
        calls.append(1)
        return value

    return calls, build


def test_an_entry_is_built_once_then_read(folder: Path) -> None:
    calls, build = _counting({"words": ["a", "b"]})
    assert cached("kind", [b"data"], build) == {"words": ["a", "b"]}
    assert cached("kind", [b"data"], build) == {"words": ["a", "b"]}
    assert len(calls) == 1
    assert len(list(folder.glob("kind-*.pickle"))) == 1


@pytest.mark.parametrize("enabled", [True, False])
def test_an_entry_is_read_with_collections_paused_then_as_they_were(folder: Path, enabled: bool) -> None:
    seen: list[bool] = []

    class Probe:
        def __reduce__(self) -> tuple[object, tuple[()]]:
            return _collecting_now, ()

    def _probe() -> object:
        return Probe()

    cached("kind", [b"probe"], _probe)
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        _COLLECTING.clear()
        cached("kind", [b"probe"], _probe)
        seen = list(_COLLECTING)
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
    assert seen == [False]  # read back (the probe reports while it is unpickled), collections paused


def test_changed_parts_make_a_new_entry(folder: Path) -> None:
    calls, build = _counting([1])
    cached("kind", [b"old"], build)
    cached("kind", [b"new"], build)
    assert len(calls) == 2


@pytest.mark.parametrize("damage", [b"", b"not a pickle", pickle.dumps([1, 2])[:-3]])
def test_a_corrupt_entry_is_rebuilt_and_rewritten(folder: Path, damage: bytes) -> None:
    calls, build = _counting({"fresh": True})
    cached("kind", [b"data"], build)
    (entry,) = folder.glob("kind-*.pickle")
    entry.write_bytes(damage)
    assert cached("kind", [b"data"], build) == {"fresh": True}
    assert len(calls) == 2
    assert pickle.loads(entry.read_bytes()) == {"fresh": True}


def test_an_unwritable_cache_still_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("CROSSREACH_CACHE_DIR", str(blocker / "cache"))
    assert cached("kind", [b"data"], lambda: 42) == 42


@pytest.mark.parametrize("setting", ["off", "0", "no", "false"])
def test_the_cache_can_be_turned_off(folder: Path, monkeypatch: pytest.MonkeyPatch, setting: str) -> None:
    monkeypatch.setenv("CROSSREACH_CACHE", setting)
    assert cache_dir() is None
    assert cached("kind", [b"data"], lambda: 7) == 7
    assert not folder.exists()


def test_the_default_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("CROSSREACH_CACHE_DIR", raising=False)
    monkeypatch.delenv("CROSSREACH_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "crossreach"


@pytest.mark.parametrize(("settings", "expected"), [
    ({"CROSSREACH_CACHE_DIR": "first"}, "first"),
    ({"CROSSREACH_CACHE_DIR": "second"}, "second"),
    ({"CROSSREACH_CACHE": "off", "CROSSREACH_CACHE_DIR": "second"}, None),
    ({"XDG_CACHE_HOME": "xdg"}, "xdg/crossreach"),
    ({"HOME": "home"}, "home/.cache/crossreach"),
])
def test_the_folder_follows_the_settings_of_each_call(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                      settings: dict[str, str], expected: str | None) -> None:
    # (the folder is made once for the same settings: a setting changed since is never missed)
    for name in ("CROSSREACH_CACHE", "CROSSREACH_CACHE_DIR", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    assert cache_dir() is not None
    for name, value in settings.items():
        monkeypatch.setenv(name, value if name == "CROSSREACH_CACHE" else str(tmp_path / value))
    assert cache_dir() == (None if expected is None else tmp_path / expected)


def test_parts_cannot_run_into_one_another() -> None:
    assert cache_key([b"ab", b"c"]) != cache_key([b"a", b"bc"])


@pytest.mark.parametrize(("first", "rest"), [([b"python"], [b"words", b""]), ([], [b"x"]), ([b"a", b"b"], [])])
def test_a_key_started_once_is_the_key_of_all_its_parts(first: list[bytes], rest: list[bytes]) -> None:
    start = key_start(first)
    assert cache_key(rest, start) == cache_key([*first, *rest])
    assert cache_key(rest, start) == cache_key(rest, start)  # the shared start is never advanced


def test_the_key_is_a_sha256_of_the_version_and_the_framed_parts() -> None:
    """Keys are the ones earlier releases wrote: an installed cache stays valid."""
    import hashlib

    from crossreach import __version__

    expected = hashlib.sha256(__version__.encode() + (3).to_bytes(8, "little") + b"abc"
                              + (0).to_bytes(8, "little")).hexdigest()[:40]
    assert cache_key([b"abc", b""]) == expected


def test_old_entries_of_a_kind_are_pruned(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build_cache, "KEEP_PER_KIND", 2)
    for n in range(4):
        cached("kind", [bytes([n])], lambda n=n: n)
    cached("other", [b"x"], lambda: 0)
    assert len(list(folder.glob("kind-*.pickle"))) == 2
    assert len(list(folder.glob("other-*.pickle"))) == 1


@pytest.mark.parametrize("variants", [True, False])
def test_a_language_reads_the_same_from_the_cache(folder: Path, variants: bool) -> None:
    built = _language_data("zh", variants)
    assert list(folder.glob("lang*_zh-*.pickle"))
    assert _language_data("zh", variants) == built


def test_the_given_names_read_the_same_from_the_cache(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from crossreach.recognise import person_names

    person_names._name_frequencies.cache_clear()
    built = person_names._name_frequencies()
    assert list(folder.glob("first-names-*.pickle"))
    person_names._name_frequencies.cache_clear()
    monkeypatch.setattr(person_names, "_parsed_frequencies", lambda data: {})  # only a cache miss parses
    read = person_names._name_frequencies()
    person_names._name_frequencies.cache_clear()
    assert read == built and read is not built and len(read) > 40_000


def test_the_domain_lexicon_finds_the_same_names_from_the_cache(folder: Path, tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text("- name: Museo Nuovo\n  type: organization\n  category: museum\n  aliases: [新博物馆]\n",
                    encoding="utf-8")
    text = "Tencent, 腾讯 and 騰訊 met the Louvre, the Museo Nuovo and 新博物館 on Weibo."
    _load.cache_clear()
    built = load_domain([mine])
    _load.cache_clear()
    read = load_domain([mine])
    assert read is not built
    assert list(folder.glob("domain-*.pickle"))
    found = [(h.start, h.end, h.entity.name) for h in built.find(text)]
    assert found == [(h.start, h.end, h.entity.name) for h in read.find(text)]
    assert {"Tencent", "Museo Nuovo"} <= {name for _, _, name in found}
    assert read.entities == built.entities and read.ambiguous == built.ambiguous
    _load.cache_clear()


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Nike said its official Weibo account passed 2 million followers in March 2024."),
    ("zh", "腾讯视频的直播吸引了380万人次观看。"),
    ("fr", "Le Louvre compte 3,8 millions d'abonnés sur Douyin, selon Tencent."),
])
def test_analyze_prints_the_same_with_and_without_the_cache(cli: str, tmp_path: Path, lang: str, text: str) -> None:
    def run(**settings: str) -> str:
        env = {**os.environ, "CROSSREACH_SPACY": "off", "CROSSREACH_CACHE_DIR": str(tmp_path / "cache"), **settings}
        return subprocess.run([cli, "analyze", "--lang", lang, text], capture_output=True, text=True, check=True,
                              env=env).stdout

    without = run(CROSSREACH_CACHE="off")
    assert run() == without  # builds and writes the entries
    assert list((tmp_path / "cache").glob("domain-*.pickle"))
    assert run() == without  # reads them


@pytest.mark.parametrize("name", ["currencies.yaml", "script.yaml"])
def test_a_shipped_yaml_file_reads_the_same_from_the_cache(folder: Path, name: str) -> None:
    parsed = read_yaml((Path(__file__).parents[1] / "src" / "crossreach" / "lexicons" / name).read_text("utf-8"))
    assert read_shipped_yaml(name) == parsed  # built
    assert list(folder.glob(f"yaml_{name.removesuffix('.yaml')}-*.pickle"))
    assert read_shipped_yaml(name) == parsed  # read


def test_the_script_lexicon_reads_the_same_from_the_cache(folder: Path) -> None:
    script.cache_clear()
    built = script()
    script.cache_clear()
    read = script()
    script.cache_clear()
    assert list(folder.glob("script-*.pickle"))
    assert read == built and read is not built


def test_a_warm_analyze_does_not_import_the_yaml_parser(tmp_path: Path) -> None:
    """Every lexicon an extraction reads (the script and currency files too) comes from the cache."""
    env = {**os.environ, "CROSSREACH_SPACY": "off", "CROSSREACH_CACHE_DIR": str(tmp_path / "cache")}
    code = ("import sys\nfrom typer.testing import CliRunner\nfrom crossreach.interfaces.cli import app\n"
            "result = CliRunner().invoke(app, ['analyze', '--lang', 'fr', 'Le Louvre compte 3,8 millions.'])\n"
            "assert result.exit_code == 0, result.output\nprint('yaml' in sys.modules)")
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
            for _ in range(2)]
    assert [run.stdout.split()[-1] for run in runs] == ["True", "False"]  # the first run builds the entries
