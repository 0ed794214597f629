"""Start-up structure: what a command loads before it does its work. A fresh interpreter imports
the CLI (or runs a light command) and reports its loaded modules; no timing is asserted (the
figures come from benchmarks/bench_startup.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import crossreach
from crossreach.interfaces.deferred_commands import DEFERRED_COMMANDS

#: The sources under test first on the path, as in this process (a worktree beside an installed checkout).
_SOURCES = str(Path(crossreach.__file__).resolve().parents[1])

#: Libraries only some commands need: the store, Parquet, near-duplicate hashing, language
#: identification, free-text dates, HTML extraction, the server, Rich's live displays.
HEAVY = ("sqlalchemy", "numpy", "pyarrow", "lingua", "dateparser", "trafilatura", "lxml", "charset_normalizer",
         "fastapi", "uvicorn", "plotly", "rich.progress", "rich.live", "crossreach.store", "crossreach.query",
         "crossreach.batch", "crossreach.distributed", "crossreach.watch", "crossreach.report", "httpx", "ftfy",
         "pydantic")

#: What only building the lexicons or reading input needs (``--help`` and the query commands do neither):
#: the YAML parser, OpenCC, the Aho-Corasick automaton, the readers with ``prepare``, Rich's Markdown.
NOT_ON_IMPORT = ("yaml", "opencc", "ahocorasick", "crossreach.ingest", "crossreach.ingest.prepare", "markdown_it")

_REPORT = "import json, sys; print(json.dumps(sorted(sys.modules)))"


def _loaded(code: str) -> set[str]:
    """The modules a fresh interpreter has loaded after running ``code``."""
    done = subprocess.run([sys.executable, "-c", f"{code}\n{_REPORT}"], capture_output=True, text=True,
                          check=True, env={"CROSSREACH_SPACY": "off", "PATH": "", "PYTHONPATH": _SOURCES})
    return set(json.loads(done.stdout.splitlines()[-1]))


@pytest.fixture(scope="module")
def after_import() -> set[str]:
    return _loaded("import crossreach.interfaces.cli")


#: What ``typer.rich_utils`` imports for Markdown help texts and pretty tracebacks, which ``--help`` never
#: shows (``interfaces/help_format.py``).
NOT_FOR_HELP = ("rich.markdown", "markdown_it", "rich.traceback", "rich.syntax", "pygments")


@pytest.fixture(scope="module")
def after_help() -> set[str]:
    return _loaded("import sys\n"
                   "sys.argv = ['crossreach', '--help']\n"
                   "from crossreach.interfaces.cli import main\n"
                   "try:\n    main()\nexcept SystemExit as done:\n    assert done.code == 0\n"
                   "assert 'typer.rich_utils' in sys.modules")


@pytest.fixture(scope="module")
def after_analyze() -> set[str]:
    arguments = ["analyze", "--lang", "en", "Nike has 2 million fans on Weibo."]
    return _loaded("from typer.testing import CliRunner\n"
                   "from crossreach.interfaces.cli import app\n"
                   f"result = CliRunner().invoke(app, {arguments!r})\n"
                   "assert result.exit_code == 0, result.output")


#: The modules of commands registered by name (``interfaces/deferred_commands.py``), with what only they load:
#: the data model, the domain lexicon and Rich's tables. Neither the help page nor ``analyze`` imports them.
DEFERRED = tuple(dict.fromkeys(entry.target.partition(":")[0] for entry in DEFERRED_COMMANDS))
NOT_FOR_HELP_PAGE = (*DEFERRED, "crossreach.models", "crossreach.domain")


@pytest.mark.parametrize("module", NOT_FOR_HELP_PAGE)
def test_the_help_page_imports_no_command_module(after_help: set[str], module: str) -> None:
    assert module not in after_help


@pytest.fixture(scope="module")
def after_analyze_run() -> set[str]:
    """What ``crossreach analyze`` loads as its console script runs it (``main``, which ends the process
    without the interpreter's teardown, after the exit handlers: one reports the modules)."""
    arguments = ["crossreach", "analyze", "--lang", "en", "Nike has 2 million fans on Weibo."]
    return _loaded("import atexit, json, sys\n"
                   "atexit.register(lambda: print(json.dumps(sorted(sys.modules))))\n"
                   f"sys.argv = {arguments!r}\n"
                   "from crossreach.interfaces.cli import main\n"
                   "main()")


#: What ``analyze`` on a text, its output to a pipe, never uses: Rich (``console.print_json`` writes the JSON
#: Rich would), the similarity of names (only the store joins entities by it), sockets (only URLs need them).
NOT_FOR_ANALYZE = (*DEFERRED, "rich", "rich.console", "rapidfuzz", "socket", "crossreach.ingest.web")


@pytest.mark.parametrize("module", NOT_FOR_ANALYZE)
def test_analyze_imports_only_what_it_uses(after_analyze_run: set[str], module: str) -> None:
    assert module not in after_analyze_run
    assert "crossreach.pipeline" in after_analyze_run


@pytest.mark.parametrize("module", HEAVY)
def test_importing_the_cli_loads_no_heavy_library(after_import: set[str], module: str) -> None:
    assert module not in after_import


@pytest.mark.parametrize("module", NOT_ON_IMPORT)
def test_importing_the_cli_builds_no_lexicon(after_import: set[str], module: str) -> None:
    assert module not in after_import


@pytest.mark.parametrize("module", HEAVY)
def test_analyze_with_a_language_loads_only_the_extractor(after_analyze: set[str], module: str) -> None:
    assert module not in after_analyze
    assert "crossreach.pipeline" in after_analyze


@pytest.mark.parametrize("module", dict.fromkeys((*HEAVY, *NOT_ON_IMPORT, *NOT_FOR_HELP)))
def test_the_help_page_loads_no_markdown_renderer_nor_traceback_printer(after_help: set[str], module: str) -> None:
    assert module not in after_help


def test_the_probe_sees_a_heavy_import() -> None:
    assert {"sqlalchemy", "crossreach.store"} <= _loaded("import crossreach.query")


#: What a Ray driver that hands out tasks to warm extractors does not need before its first task: the
#: extraction pipeline (the extractors hold it), the batch machinery, the store, and pyarrow, which it
#: imports once its tasks are out.
NOT_BEFORE_RAY_TASKS = ("crossreach.pipeline", "crossreach.batch", "crossreach.relate.metrics",
                        "crossreach.recognise.entities", "crossreach.fact_tables", "crossreach.store", "pyarrow",
                        "lingua")


@pytest.fixture(scope="module")
def before_ray_tasks() -> set[str]:
    """What ``extract --engine ray`` has loaded when it starts Ray: the CLI, its --workers option, the engines."""
    return _loaded("import crossreach.interfaces.cli\n"
                   "from crossreach.interfaces.options import _cap_workers\n"
                   "_cap_workers(2)\n"
                   "from crossreach import distributed, ray_engine, ray_worker, forked_extractors")


@pytest.mark.parametrize("module", NOT_BEFORE_RAY_TASKS)
def test_a_ray_driver_starts_without_the_extraction_pipeline(before_ray_tasks: set[str], module: str) -> None:
    assert module not in before_ray_tasks
    assert "crossreach.ray_engine" in before_ray_tasks
