"""What kind of entity a noun phrase points back to, and which names are of that kind."""

from __future__ import annotations

import pytest

from crossreach.domain import DomainLexiconError, check_entry
from crossreach.models import Mention
from crossreach.relate.referent_kinds import describes_other_kind, fits_kind, name_kind, of_kind, phrase_kind


@pytest.mark.parametrize(("lang", "words", "kind"), [
    ("fr", "le tournoi", "tournament"),
    ("it", "il campionato", "league"),
    ("it", "del club", "club"),
    ("de", "der Verein", "club"),
    ("en", "the league's", "league"),
    ("pt", "o clube", "club"),
    ("es", "la orquesta", "orchestra"),
    ("zh", "该俱乐部", "club"),
    ("zh", "該俱樂部", "club"),
    ("en", "the company", None),
    ("en", "the two sides", None),
])
def test_phrase_kind(lang: str, words: str, kind: str | None) -> None:
    assert phrase_kind(lang, words) == kind


@pytest.mark.parametrize(("name", "kind"), [
    ("Serie A", "league"),          # an alias: Lega Calcio Serie A
    ("Bundesliga", "league"),       # a German compound
    ("FC Porto", "club"),           # a marker written in capitals
    ("Festival de Cannes", "festival"),
    ("Wiener Staatsoper", "theatre"),
    ("Wiener Philharmoniker", "orchestra"),
    ("Roland-Garros", "tournament"),  # an alias: French Open
    ("Gucci", None),
    ("Cooper", None),               # no compound of a short stem
])
def test_name_kind(name: str, kind: str | None) -> None:
    assert name_kind(name) == kind


def _org(name: str) -> Mention:
    return Mention(0, len(name), name, name, "organization", "culture")


@pytest.mark.parametrize(("names", "kind", "expected"), [
    (["Serie A", "FC Porto", "Gucci"], "league", ["Serie A"]),   # of the kind
    (["FC Porto", "Gucci"], "league", ["Gucci"]),                # else of no known kind
    (["FC Porto", "Wiener Staatsoper"], "league", []),           # never of another kind
    (["FC Porto", "Gucci"], None, ["FC Porto", "Gucci"]),        # no kind asked
])
def test_of_kind(names: list[str], kind: str | None, expected: list[str]) -> None:
    assert [m.name for m in of_kind([_org(n) for n in names], kind)] == expected
    assert all(fits_kind(_org(n), kind) for n in expected)


def test_an_entry_kind_must_be_known() -> None:
    with pytest.raises(DomainLexiconError, match="unknown kind"):
        check_entry({"name": "X", "type": "organization", "kind": "spaceship"}, "test")
    assert check_entry({"name": "X", "type": "organization", "kind": "league"}, "test").name == "X"


@pytest.mark.parametrize(("lang", "text", "name", "describes"), [
    ("en", "as Premier League clubs chase fans", "Premier League", True),   # a league's name before clubs
    ("zh", "拜仁与英超球队友谊赛", "Premier League", True),
    ("de", "die Bundesliga-Vereine", "Bundesliga", False),                  # (a hyphen: another rule)
    ("en", "the Premier League signed", "Premier League", False),
    ("en", "FC Porto club shop", "FC Porto", False),                        # the same kind: its own noun
])
def test_describes_other_kind(lang: str, text: str, name: str, describes: bool) -> None:
    surface = {"zh": "英超"}.get(lang, name)
    start = text.index(surface)
    mention = Mention(start, start + len(surface), surface, name, "organization", "culture")
    assert describes_other_kind(text, mention, lang) is describes
