"""House rules of the source tree that a reader would otherwise check by eye.

Language knowledge lives in the lexicon files (``lexicons/languages/<code>.yaml`` for words,
``lexicons/script.yaml`` for characters), never in Python: no string literal of ``src/`` holds a
letter outside ASCII, nor spells one as an escape that a regex reads (``r"[\\u4e00-\\u9fff]"``),
and no code compares a language code with a literal one.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from crossreach.lexicon import supported_languages

SRC = Path(__file__).resolve().parents[1] / "src" / "crossreach"
_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|x([0-9a-fA-F]{2}))")


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of the constants that are docstrings (of modules, classes and functions)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) \
                    and isinstance(first.value.value, str):
                found.add(id(first.value))
    return found


def non_ascii_letters(source: str) -> list[tuple[int, str]]:
    """(line, character) of each non-ASCII letter a string literal of ``source`` holds, outside
    docstrings, written as itself or as an escape a regex would read (``\\u4e00`` in a raw string)."""
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str) or id(node) in docstrings:
            continue
        escaped = (chr(int(next(g for g in m.groups() if g), 16)) for m in _ESCAPE.finditer(node.value))
        found += [(node.lineno, c) for c in [*node.value, *escaped] if c.isalpha() and not c.isascii()]
    return found


def language_comparisons(source: str) -> list[int]:
    """The lines that compare something with a language code written out (``if lang == "zh"``)."""
    codes = set(supported_languages())
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
            literals = [v for o in operands for v in _literal_strings(o)]
            if any(v in codes for v in literals):
                lines.append(node.lineno)
    return lines


def _literal_strings(node: ast.expr) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return []


@pytest.mark.parametrize(("source", "expected"), [
    ('STOP = "的在"\n', [(1, "的"), (1, "在")]),
    ('HAN = r"[\\u4e00-\\u9fff]"\n', [(1, "\u4e00"), (1, "\u9fff")]),
    ('HAN = "[\\u4e00]"\n', [(1, "\u4e00")]),
    ('CAPS = r"[A-Z\\xc0-\\xd6]"\n', [(1, "\u00c0"), (1, "\u00d6")]),
    ('def f():\n    """Reads 观看 and «views»."""\n    return "\\u00a0\\u2026…«»"\n', []),
    ('X = f"{1}é"\n', [(1, "é")]),
    ('# 观看 in a comment\nX = "ascii"\n', []),
])
def test_non_ascii_letters_finds_letters_outside_docstrings(source: str, expected: list[tuple[int, str]]) -> None:
    assert non_ascii_letters(source) == expected


@pytest.mark.parametrize(("source", "expected"), [
    ('if lang == "zh":\n    pass\n', [1]),
    ('x = code in ("it", "fr")\n', [1]),
    ('x = lang != "other"\n', []),
    ('x = kind == "views"\n', []),
])
def test_language_comparisons_finds_language_branches(source: str, expected: list[int]) -> None:
    assert language_comparisons(source) == expected


def _modules() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def test_no_non_ascii_letter_in_a_string_literal_of_src() -> None:
    """Words and characters of a language belong in its lexicon file; script ranges in script.yaml."""
    found = {str(p.relative_to(SRC)): hits for p in _modules()
             if (hits := non_ascii_letters(p.read_text(encoding="utf-8")))}
    assert found == {}


def test_no_branch_on_a_language_code_in_src() -> None:
    found = {str(p.relative_to(SRC)): lines for p in _modules()
             if (lines := language_comparisons(p.read_text(encoding="utf-8")))}
    assert found == {}
