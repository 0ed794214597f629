"""What runs in a Ray worker: a task's extraction, and the warm extractors' names (a fingerprint of the code
and of the user's lexicons), reuse by a later run and idle ending."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from crossreach import ray_worker
from crossreach.ray_worker import WarmExtractor, extraction_settings, extractor_name, fingerprint
from processes import ray_or_skip


@pytest.fixture(autouse=True)
def _pyarrow_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """An extractor made here would tell this process's pyarrow there is no pandas (tested in a fresh one)."""
    monkeypatch.setattr(ray_worker, "pyarrow_without_pandas", lambda: None)


_TABLE_IN_AN_EXTRACTOR = """
import sys
from crossreach.ray_worker import WarmExtractor, extract_units
{before}
WarmExtractor()
documents, facts = extract_units([{{"skipped": "empty file", "source": "a.txt"}}], (), 1000, False)
assert documents.column("skipped").to_pylist() == ["empty file"] and facts.num_rows == 0
print("pandas" in sys.modules)
import pandas  # still importable by code that wants it
"""


@pytest.mark.parametrize(("before", "pandas_loaded"), [
    ("", False),  # an extractor builds its tables without importing pandas
    ("import pandas", True),  # a process that loaded pandas itself keeps it
])
def test_an_extractor_builds_its_tables_without_pandas(before: str, pandas_loaded: bool) -> None:
    script = _TABLE_IN_AN_EXTRACTOR.format(before=before)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120)
    assert result.stdout.split()[-1] == str(pandas_loaded)


_WARMED = """
import gc
from crossreach import ray_worker
from crossreach.recognise import person_names
{call}
print(ray_worker._domain_of.cache_info().currsize, gc.get_freeze_count() > 0,
      person_names.common_first_names.cache_info().currsize)
"""


@pytest.mark.parametrize(("call", "warmed"), [
    ("", "0 False 0"),  # a bare import loads nothing yet
    ("ray_worker.warm_process()", "1 True 1"),  # the lexicons, the given names, then frozen out of the collections
    ("import crossreach.ray_preload", "1 True 1"),  # what a local cluster's workers import as they start
])
def test_a_warmed_process_holds_what_every_extraction_needs(call: str, warmed: str) -> None:
    script = _WARMED.format(call=call)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120)
    assert result.stdout.strip() == warmed


def _lexicon(path: Path, alias: str) -> Path:
    path.write_text(f"- {{name: Quarzo Lab, type: organization, category: brand, aliases: [{alias}]}}\n",
                    encoding="utf-8")
    return path


def test_the_fingerprint_follows_the_lexicons_bytes_and_names(tmp_path: Path) -> None:
    mine = str(_lexicon(tmp_path / "mine.yaml", "quarzolab"))
    first = fingerprint([mine])
    assert fingerprint([mine]) == first  # the same files: the same warm extractors
    assert fingerprint([]) != first
    _lexicon(tmp_path / "mine.yaml", "quarzo-lab")
    assert fingerprint([mine]) != first  # an edited lexicon is never served by a stale process
    other = str(_lexicon(tmp_path / "other.yaml", "quarzolab"))
    assert fingerprint([other]) != fingerprint([str(_lexicon(tmp_path / "mine.yaml", "quarzolab"))])
    assert fingerprint([str(tmp_path / "missing.yaml")]) != fingerprint([])  # left to the extractor to report


@pytest.mark.parametrize(("key", "number", "name"), [("abc", 0, "extractor-abc-0"), ("0f", 7, "extractor-0f-7")])
def test_extractor_names(key: str, number: int, name: str) -> None:
    assert extractor_name(key, number) == name


def test_an_extractor_used_lately_does_not_expire() -> None:
    extractor = WarmExtractor(keep_warm=0.0)  # no idle watch: nothing runs in the background here
    extractor.keep_warm = 3600.0
    assert extractor.expire() is False


def test_an_extractor_sets_the_extraction_settings_it_is_given_in_its_process(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CROSSREACH_SPACY", "on")  # the cluster's own environment; restored after the test
    WarmExtractor(0.0, {"CROSSREACH_SPACY": "off"})
    assert os.environ["CROSSREACH_SPACY"] == "off"


def test_a_task_loads_the_domain_lexicon_once_per_process(tmp_path: Path) -> None:
    mine = str(_lexicon(tmp_path / "mine.yaml", "quarzolab"))
    ray_worker._domain_of.cache_clear()
    units = [{"skipped": "empty file", "source": "a.txt"}]
    for _ in range(2):
        documents, facts = ray_worker.extract_units(units, (mine,), 1000, False)
    assert ray_worker._domain_of.cache_info().hits == 1  # the second task found the domain the first loaded
    assert documents.column("skipped").to_pylist() == ["empty file"] and facts.num_rows == 0


def test_a_later_run_finds_the_warm_extractors_by_name() -> None:
    ray_or_skip()
    import ray

    from crossreach.ray_engine import _Pool

    ray.init(num_cpus=1, include_dashboard=False, log_to_driver=False, namespace="crossreach-test")
    try:
        first = _Pool(ray, 2, (), keep_warm=60.0)
        processes = ray.get([actor.process.remote() for actor in first.actors])
        again = _Pool(ray, 2, (), keep_warm=60.0)
        assert ray.get([actor.process.remote() for actor in again.actors]) == processes
        assert len(set(processes)) == 2
    finally:
        ray.shutdown()


def test_the_extraction_settings_name_the_warm_extractors(monkeypatch) -> None:
    monkeypatch.setenv("CROSSREACH_SPACY", "off")
    off = fingerprint([])
    assert extraction_settings() == {"CROSSREACH_SPACY": "off"}
    monkeypatch.delenv("CROSSREACH_SPACY")
    assert extraction_settings() == {}
    assert fingerprint([]) != off  # a warm extractor started with spaCy off never serves a run with it on
