"""Whether a run of the Ray engine on this machine starts a local cluster: only for work that the forked
extractors would not finish before the cluster took its first task, or when the setting asks for it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from crossreach import ray_start
from crossreach.ray_start import SETTING, URL_BYTES, cluster_pays, unit_bytes

#: The bytes the forked extractors of one core finish before a local cluster takes its first task.
ONE_CORE = int(ray_start.CLUSTER_START_SECONDS * ray_start.BYTES_PER_CORE_SECOND)


@pytest.mark.parametrize(("unit", "size"), [
    ({"read": "article.txt"}, 1234),  # a file: its size, not read
    ({"read": "missing.txt"}, 0),  # read_unit says why; no work
    ({"read": "https://news.example/a"}, URL_BYTES),
    ({"path": "shard.jsonl", "start": 4096, "end": 10096, "line": 12}, 6000),
    ({"stdin": b"x" * 77}, 77),
    ({"skipped": "not a file type extract reads", "source": "a.exe"}, 0),
])
def test_the_bytes_a_unit_will_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, unit: dict[str, Any],
                                    size: int) -> None:
    (tmp_path / "article.txt").write_bytes(b"a" * 1234)
    monkeypatch.chdir(tmp_path)
    assert unit_bytes(unit) == size


@pytest.mark.parametrize(("sizes", "cores", "setting", "pays"), [
    ([], 2, "", False),
    ([ONE_CORE], 1, "", False),  # done just as the cluster would have taken a task
    ([ONE_CORE, 1], 1, "", True),
    ([ONE_CORE, 1], 2, "", False),  # two cores' forked extractors do twice as much meanwhile
    ([ONE_CORE] * 3, 2, "", True),
    ([10], 2, "always", True),  # the parity tests: through Ray however little the work
    ([10], 2, " Always ", True),
    ([10], 2, "auto", False),
    ([ONE_CORE] * 3, 0, "", True),  # no core known: one
])
def test_the_cluster_starts_for_work_it_could_share(monkeypatch: pytest.MonkeyPatch, sizes: list[int], cores: int,
                                                    setting: str, pays: bool) -> None:
    monkeypatch.setenv(SETTING, setting)
    units = [{"stdin": b"x" * size} for size in sizes]
    assert cluster_pays(units, cores) is pays
