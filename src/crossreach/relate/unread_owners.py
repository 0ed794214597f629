"""A figure whose clause opens with a name nobody read is given to no bystander (issue 15: precision).

When the recogniser leaves the true owner unread ("La Compagnie des Alpes", "Chelsea Women"), the ranker gives
its figures to a name left from elsewhere: the paragraph's previous subject, the document's focus, the
headline's name. Each is a false figure and a miss. So when the figure's clause (else its sentence, before an
aside) opens with a capitalised run no lexicon knows (``phrase_subjects.opening_phrase``: no stop word, not a
lone word opening the sentence, not after a source cue), right at the clause's start or after an article (not
after lower-case words: "il club di viale della Liberazione"), with no name between it and the figure, not
opening a longer name that was read, not quoted (a title), not two names joined ("Ladybug et Chat Noir"), not
before a reporting verb (a source) and not an ordinary word the sentence capitalises ("Founded in ..."), the
run is the clause's subject: a candidate named outside the figure's sentence does not own the figure, and the
run, without its article, stays its subject with the confidence of a phrase no entity backs
(``CLAUSE_PHRASE_CONFIDENCE``). A name of the sentence stays the ranker's to weigh (vetoing those lost more true
owners than it gained on the development corpora), and so does a deal's value (its parties own it).
Spaced scripts only, and not a language that capitalises its nouns: capitals mark no name there.
"""

from __future__ import annotations

import re

from crossreach.lexicon import load_language
from crossreach.models import Quantity, Sentence
from crossreach.recognise.common_words import lower_case_words
from crossreach.recognise.entity_rules import entity_rules
from crossreach.relate.clause_breaks import breaks_before, clause_start, opens_main_clause
from crossreach.relate.context import DocumentView
from crossreach.relate.owners import Candidate, OwnerChoice, OwnerCues
from crossreach.relate.phrase_subjects import CLAUSE_PHRASE_CONFIDENCE, capital_run, opening_phrase, without_article

_QUOTES = "\"'\u201c\u201d\u00ab\u00bb\u2018\u2019"
_LETTERS = re.compile(r"[^\W\d_]+")
#: Kinds whose owner is a deal's party, not the subject of the clause that tells the figure.
_PARTIES_KINDS = ("deal_value",)
_LEAD = re.compile(r"[\W_]*")


def unread_subject(view: DocumentView, sentence: Sentence, figure: Quantity, cues: OwnerCues) -> str | None:
    """The capitalised run no lexicon knows that is the figure's clause's subject, with no name (a
    platform's aside) between it and the figure; none in a script or language whose capitals mark no name."""
    if not view.spaced or cues.capitalised_nouns:
        return None
    found = opening_phrase(view, sentence, figure, cues)
    opening = clause_start(view, sentence, figure.start)
    if found is None:
        found, opening = _before_aside(view, sentence, figure, cues)
    if found is None:
        return None
    start, name = found
    end = start + len(name)
    mentions = view.mentions_in(sentence)
    if any(end <= m.start < figure.start and m.type != "platform" and m.start >= opening for m in mentions):
        return None  # (a name between the run and the figure, in the figure's clause: the ranker's case)
    if any(m.start >= end and not view.text[end:m.start].strip() for m in mentions):
        return None  # (the run opens a longer name that was read: "El Real | Jardín Botánico")
    if any(mark in name for mark in _QUOTES) or any(mark in view.text[max(0, start - 1):start] for mark in _QUOTES):
        return None  # (a quoted title: a work, not an owner)
    lead = _LEAD.match(view.text, opening if opening <= start else sentence.start, start)
    if lead is None or lead.end() != start:
        return None  # (lower-case words before the run: it is a genitive's or a place's, not the subject)
    first = _LETTERS.search(name)
    if first is not None and start == sentence.start + (_LEAD.match(sentence.text).end()) \
            and first.group().lower() in lower_case_words(view.text):
        return None  # (an ordinary word the sentence capitalises: "Founded in ...", "Già a ...")
    conjunctions = entity_rules(load_language(view.extraction.document.lang)).conjunctions
    if any(word in conjunctions for word in name.split()):
        return None  # (two names joined, "Ladybug et Chat Noir": not one owner)
    if cues.speech.search(view.text, end, figure.start):
        return None  # (a run before a reporting verb is a source: "Lanxiong Sports ... estimated")
    return without_article(name, view.extraction.document.lang)


def _before_aside(view: DocumentView, sentence: Sentence, figure: Quantity,
                  cues: OwnerCues) -> tuple[tuple[int, str] | None, int]:
    """The capitalised run that is all of the clause before an aside between commas that closes right
    before the figure's clause ("la Sultanlar Ligi turca, in onda su Douyin dal 2023, ha superato ..."),
    and where that clause opens; a colon or semicolon opens a main clause, whose run is no subject of this one."""
    breaks = breaks_before(view, sentence, figure.start)
    if len(breaks) < 2 or any(opens_main_clause(b.group()) for b in breaks[-2:]):
        return None, sentence.start
    opening = breaks[-3].end() if len(breaks) >= 3 else sentence.start
    close = breaks[-2].start()
    if any(opening <= m.start < close for m in view.mentions_in(sentence)):
        return None, opening  # (a name read in that clause: the ranker weighed it)
    span = capital_run(view.text, opening, close, cues.stop_words)
    if span is None or len(view.text[span[1]:close].split()) > 1 or cues.sources.before(view.text, span[1], opening):
        return None, opening  # (more than the run and an adjective after it: not the clause's subject alone)
    name = view.text[span[0]:span[1]]
    if name[:1].islower() and without_article(name, view.extraction.document.lang) == name:
        return None, opening  # (a preposition before it, "em São Paulo": a place, not a subject)
    if opening == sentence.start and " " not in name.strip():
        return None, opening  # (every sentence opens with a capital: one word there is no sign of a name)
    return (span[0], name), opening


def bystander_choice(view: DocumentView, sentence: Sentence, figure: Quantity, kind: str,
                     choice: OwnerChoice | None, found: list[Candidate], cues: OwnerCues) -> OwnerChoice | None:
    """The unread subject in place of a named owner the ranker took from outside the figure's sentence
    (an earlier sentence, the headline, the focus); else ``choice``. Not for a deal's value: a deal is
    its parties', and the clause's subject may be who estimates it ("X Sports, a site, estimated ...")."""
    if choice is None or choice.mention is None or kind in _PARTIES_KINDS:
        return choice
    chosen = next((c for c in found if c.mention.name == choice.mention.name), None)
    features = chosen.features if chosen is not None else {}
    if features.get("in_sentence"):
        return choice  # (a name of the sentence: the ranker weighed it against the clause's words)
    name = unread_subject(view, sentence, figure, cues)
    return OwnerChoice(None, name, CLAUSE_PHRASE_CONFIDENCE) if name is not None else choice
