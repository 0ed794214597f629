#!/usr/bin/env python3
"""Write the traditional-script forms of every Chinese name into the shipped domain lexicon.

The lexicon lists Chinese names in simplified and traditional characters (standard,
Taiwan and Hong Kong forms, by OpenCC), so loading it never starts OpenCC, which
takes a fifth of a second per conversion table. Run after adding Chinese names:
``.venv/bin/python scripts/traditional_names.py``; ``tests/test_domain.py`` fails
while a form is missing.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from crossreach.domain import traditional_forms
from crossreach.lexicon import read_yaml

DOMAIN = Path(__file__).resolve().parents[1] / "src" / "crossreach" / "lexicons" / "domain"
_ITEM = re.compile(r"^(\s*- )(.*)$")
_SPECIAL_START = "&%*[]!@`'\"?|>-:,#{}~"


def with_forms(names: list[str]) -> list[str]:
    """The names, each Chinese one followed by its traditional forms not listed yet."""
    out = list(names)
    for name in names:
        for form in traditional_forms(name):
            if form not in out:
                out.append(form)
    return out


def rewrite(line: str) -> str:
    match = _ITEM.match(line)
    if match is None or match.group(2).startswith(("group:", "entries:")):
        return line
    value = read_yaml(match.group(2))
    if isinstance(value, dict) and "name" in value:
        aliases = with_forms([value["name"], *(value.get("aliases") or [])])[1:]
        if aliases == list(value.get("aliases") or []):
            return line
        value["aliases"] = aliases
        if line.lstrip().startswith("- {name"):  # the plain files' flow style
            return match.group(1) + _flow(value)
        return match.group(1) + json.dumps(value, ensure_ascii=False)
    if isinstance(value, str):
        parts = [p.strip() for p in value.split(" | ")]
        names = with_forms([p.removeprefix("~") for p in parts])
        if len(names) == len(parts):
            return line
        text = " | ".join([*parts, *names[len(parts):]])
        if text[0] in _SPECIAL_START or ": " in text or " #" in text:
            text = "'" + text.replace("'", "''") + "'"
        return match.group(1) + text
    return line


def _flow(entry: dict) -> str:
    def scalar(value: object) -> str:
        if value is None:
            return "null"
        text = str(value)
        plain = text and text[0] not in _SPECIAL_START and not any(c in text for c in ":#,[]{}") \
            and text.strip() == text
        return text if plain else json.dumps(text, ensure_ascii=False)
    fields = []
    for key, value in entry.items():
        if isinstance(value, list):
            fields.append(f"{key}: [{', '.join(scalar(v) for v in value)}]")
        else:
            fields.append(f"{key}: {scalar(value)}")
    return "{" + ", ".join(fields) + "}"


def main() -> None:
    for path in sorted(DOMAIN.glob("*.yaml")):
        lines = path.read_text(encoding="utf-8").splitlines()
        new = [rewrite(line) for line in lines]
        if new != lines:
            path.write_text("\n".join(new) + "\n", encoding="utf-8")
            changed = sum(a != b for a, b in zip(lines, new, strict=True))
            print(f"{path.name}: {changed} entries given traditional forms")


if __name__ == "__main__":
    main()
