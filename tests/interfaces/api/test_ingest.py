"""What ``POST /api/documents`` reads under the ingest root: the files ``crossreach ingest`` would list there."""

from __future__ import annotations

from pathlib import Path

import pytest
from starlette.exceptions import HTTPException

from crossreach.ingest import Skipped
from crossreach.ingest.readers import plan_inputs
from crossreach.interfaces.api.ingest import paths_under_root


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = tmp_path / "root"
    (root / "sub").mkdir(parents=True)
    (root / ".cache").mkdir()
    for name in ("a.txt", "sub/b.md", "sub/c.jsonl", ".hidden.txt", ".cache/d.txt", "notes.pdf"):
        (root / name).write_text("Burberry has 2.6 million followers on WeChat.\n", encoding="utf-8")
    outside = tmp_path / "outside.txt"
    outside.write_text("Secret Corp has 9 million users on WeChat.\n", encoding="utf-8")
    (root / "sub" / "link.txt").symlink_to(outside)
    return root


def test_a_folder_is_listed_as_the_readers_list_it_without_links_out_of_the_root(root: Path) -> None:
    listed = paths_under_root(".", root)
    readers = [unit for unit in plan_inputs([str(root.resolve())]) if not isinstance(unit, Skipped)]
    assert listed == [unit for unit in readers if not unit.endswith("link.txt")]
    assert [Path(p).relative_to(root.resolve()).as_posix() for p in listed] == ["a.txt", "sub/b.md", "sub/c.jsonl"]


@pytest.mark.parametrize(("path", "status"), [
    ("../outside.txt", 403),   # out of the root
    ("sub/link.txt", 403),     # a link that points out of it
    ("missing", 404),
    ("scans", 422),            # a folder of files the readers do not read
])
def test_paths_that_lead_out_or_to_nothing_are_refused(root: Path, path: str, status: int) -> None:
    (root / "scans").mkdir()
    (root / "scans" / "page.pdf").write_bytes(b"%PDF-1.4")
    with pytest.raises(HTTPException) as refused:
        paths_under_root(path, root)
    assert refused.value.status_code == status
