"""Organizations named right after a word for a rival, in every language."""

from __future__ import annotations

import pytest

from crossreach.lexicon import load_language
from crossreach.models import Mention
from crossreach.recognise.rival_names import rival_names

LANGUAGES = ("en", "it", "fr", "de", "es", "pt", "zh")


def _found(lang: str, text: str, known: list[Mention] | None = None) -> list[str]:
    return [m.text for m in rival_names(text, load_language(lang), known or [])]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The rival Northern Lights League has about 90,000 followers.", ["Northern Lights League"]),
    ("it", "La rivale Valfonda Volley ha superato i 40 milioni di visualizzazioni.", ["Valfonda Volley"]),
    ("fr", "Son concurrent direct de Montclair Sports vend plus.", ["Montclair Sports"]),
    ("de", "Konkurrent Hansa Lindental hat 7,6 Millionen Fans.", ["Hansa Lindental"]),
    ("es", "Su rival Bodegas Altamira vende en Tmall.", ["Bodegas Altamira"]),
    ("pt", "A concorrente alemã Rosenwald está no Tmall.", ["Rosenwald"]),
    # A rival whose name opens with a given name, or a pinyin name, is a person's, left to the person rules.
    ("en", "His rival Roger Lindqvist won.", []),
    ("en", "His rival Ma Long won.", []),
    # A stop word closing the run is no part of the name; a word the text writes in lower case is no name.
    ("en", "Rivals Northwind The said.", ["Northwind"]),
    ("en", "The rival Platform grew, and the platform said so.", []),
    # No cue, no name; a name already known is left as it is.
    ("en", "Northwind grew.", []),
])
def test_a_rival_cue_names_an_organization(lang: str, text: str, expected: list[str]) -> None:
    assert _found(lang, text) == expected


def test_a_known_name_after_the_cue_is_left_to_its_rule() -> None:
    text = "Its rival Kuaishou grew."
    known = [Mention(10, 18, "Kuaishou", "Kuaishou", "platform", "tech")]
    assert _found("en", text, known) == []


def test_chinese_writes_no_spaces_and_reads_no_rival_here() -> None:
    assert _found("zh", "竞争对手快手增长。") == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_lists_rival_cues(lang: str) -> None:
    assert load_language(lang).section("entities").get("rival_cues")


def test_a_rival_is_an_owner_candidate(extract_text) -> None:
    extraction = extract_text("pt", "É pouco perto do rival Vasconcelos, que já passa de 1,1 milhão de seguidores.")
    assert ("Vasconcelos", "organization") in [(m.name, m.type) for m in extraction.mentions]



def test_the_rival_regex_is_the_same_in_every_process() -> None:
    """The pattern is the regex store's key: its cues of one length stand in one order (not a set's, which
    differs between processes and made each process compile and store the regex again)."""
    import os
    import subprocess
    import sys

    program = ("from crossreach.lexicon import load_language\n"
               "from crossreach.recognise.rival_names import _rival_re\n"
               f"for lang in {LANGUAGES!r}:\n"
               "    print(getattr(_rival_re(load_language(lang)), 'pattern', None))")
    patterns = {subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True,
                               env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in (1, 2, 3, 4)}
    assert len(patterns) == 1
