"""The domain lexicon: platforms, companies, brands and institutions a specialist would list."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from crossreach.models import Entity


@dataclass
class DomainLexicon:
    """Known entities by canonical name, with their aliases in every script."""

    entities: dict[str, Entity] = field(default_factory=dict)


def load_domain(extra_files: Iterable[Path] = ()) -> DomainLexicon:
    """The shipped domain lexicon, extended by the user's files."""
    return DomainLexicon()
