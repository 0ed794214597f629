"""Help pages without the Markdown renderer: typer's help formatter imported with stand-ins that load the
real modules when used, and taken out of ``sys.modules`` afterwards."""

from __future__ import annotations

import importlib
import subprocess
import sys
from typing import Any

import pytest

from crossreach.interfaces.help_format import DEFERRED, DeferredName

_PROBE = """
import sys
from crossreach.interfaces.help_format import import_help_formatter
import_help_formatter()
import typer.rich_utils as rich_utils
loaded = [m for m in ("rich.markdown", "rich.traceback") if m in sys.modules]
assert not loaded, loaded
markdown = rich_utils._make_rich_text(text="**bold**", style="", markup_mode="markdown")
import rich.markdown
assert type(markdown) is rich.markdown.Markdown, type(markdown)
assert sys.modules["rich.markdown"] is rich.markdown and hasattr(rich.markdown, "Heading")
import rich.traceback
assert rich.traceback.Traceback is rich_utils.Traceback.resolved()
print("ok")
"""


def test_the_formatter_loads_markdown_only_when_a_text_uses_it() -> None:
    done = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


@pytest.mark.parametrize(("module", "name"), [(module, name) for module, names in DEFERRED.items()
                                              for name in names])
def test_a_deferred_name_is_the_real_one_when_used(module: str, name: str) -> None:
    deferred = DeferredName(module, name)
    real = getattr(importlib.import_module(module), name)
    assert deferred.resolved() is real
    assert deferred.__name__ == name  # an attribute read through to the real one


def test_a_deferred_name_in_an_annotation_stands_for_any_type() -> None:
    deferred = DeferredName("rich.markdown", "Markdown")
    assert (deferred | str) is Any
    assert (str | deferred) is Any
