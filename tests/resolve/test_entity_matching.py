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
from crossreach.models import Entity
from crossreach.resolve.entity_matching import (
    KnownEntity,
    Match,
    fold_name,
    match_entity,
    normalise_name,
    normalised_names,
)

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


_KNOWN = [KnownEntity(1, "Lau", "person", ["Lau"]), KnownEntity(2, "SY Lau", "person", ["SY Lau", "Lau"]),
          KnownEntity(3, "Tencent Holdings", "organization", ["Tencent Holdings", "Tencent"]),
          KnownEntity(4, "Tencent", "platform", ["Tencent", "WeChat"])]


@pytest.mark.parametrize(("candidate", "expected"), [
    (Entity("SY Lau", "person", aliases=["Lau"]), Match(2, "same normalised name")),
    (Entity("Lau", "person"), Match(1, "same normalised name")),
    (Entity("Tencent Holdings Ltd", "organization", aliases=["Tencent Holdings"]), Match(3, "shared alias")),
    (Entity("WeChat", "platform"), Match(4, "shared alias")),
    (Entity("The Tencent", "organization"), Match(4, "same normalised name")),
    (Entity("Weixin", "platform"), None),
    (Entity("Tencent", "person"), None),
])
def test_match_entity_takes_the_normalised_names_the_caller_has(candidate: Entity, expected: Match | None) -> None:
    """The store passes the candidate's normalised names it computed already: the same match as without."""
    names = normalised_names([candidate.name, *candidate.aliases])
    assert match_entity(candidate, _KNOWN, names) == match_entity(candidate, _KNOWN) == expected
