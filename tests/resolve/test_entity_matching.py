"""Name normalisation across documents, and the evaluator's, which must stay the referee's."""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crossreach.evaluate import norm
from crossreach.resolve.entity_matching import fold_name, normalise_name

REFEREE = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "score.py"


@pytest.mark.parametrize(("name", "expected"), [
    ("The Louvre", "louvre"),
    ("the  V&A Museum!", "v&a museum"),
    ("Th\u00e9 Caf\u00e9", "cafe"),             # folded first: "the cafe"
    ("Theatre Royal", "theatre royal"),        # an article is a whole word
    ("The", "the"),                            # an article alone stays
    ("Mus\u00e9e d'Orsay", "musee d orsay"),
    ("\uff34\uff45\uff4e\uff43\uff45\uff4e\uff54", "tencent"),  # full-width letters, NFKC
])
def test_normalise_name_folds_and_drops_a_leading_article(name: str, expected: str) -> None:
    assert normalise_name(name) == expected


@given(st.text(max_size=40))
def test_the_evaluator_folds_as_the_knowledge_base_does(text: str) -> None:
    folded = fold_name(text)
    assert norm(text) == (folded[4:] if folded.startswith("the ") else folded)


@cache
def _referee() -> ModuleType:
    spec = importlib.util.spec_from_file_location("referee_score", REFEREE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not REFEREE.is_file(), reason="../shared/eval/score.py is not beside the repository")
@given(st.text(max_size=40))
def test_the_evaluator_normalises_as_the_referee_does(text: str) -> None:
    assert norm(text) == _referee().norm(text)
