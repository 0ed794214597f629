"""The subject of a figure no entity owns: the noun phrase its text uses (issue 15, item 2).

When the owner ranker chooses no candidate, the figure keeps as its subject the noun phrase that
opens its clause ("la Prima della Scala aveva raccolto 2,6 milioni di spettatori"), else, in a
text of one sentence (``analyze``, where nothing else can own the figure), the phrase its kind's
cue governs ("9 mil visitantes chineses", "2.6万中国游客"); in an article the people counted are,
as a rule, those of a venue named elsewhere (web/tune: one new false metric, no true one). Either
carries a confidence below that of any stated owner. A bare pronoun ("It says ...") or a phrase
of function words alone names nobody and gives no subject.
"""

from __future__ import annotations

import re

from crossreach.models import Metric, Quantity, Sentence
from crossreach.recognise.common_words import all_common, lower_case_words
from crossreach.relate.clause_breaks import clause_start, next_break
from crossreach.relate.context import DocumentView, is_tech
from crossreach.relate.owner_nouns import language_articles
from crossreach.relate.owners import OwnerChoice, OwnerCues

#: Confidence of a figure whose subject is only the phrase its clause opens with: below a noun of
#: the owner lexicon's (``owners.PHRASE_CONFIDENCE``), as nothing ties the phrase to an entity.
CLAUSE_PHRASE_CONFIDENCE = 0.2
#: Kinds whose cue names the people counted, so that the phrase it heads can be the subject
#: ("Chinese visitors"); a sum's cue ("revenue") names no one, and followers or users are someone's.
AUDIENCE_KINDS = ("visitors", "viewers", "participants")
#: A phrase opening a clause: at most this many words.
_MOST_WORDS = 6
#: A lower-case word this short may stand before the phrase (an article) or inside it (a
#: connector: "della", "of", "do"); a longer one ends it (the verb). A name recognised
#: as an entity ends it too: what follows is another party ("Pompei star di Douyin").
_SHORT = 5
#: Of an unspaced script, at most this many characters between the figure and its cue.
_MOST_CHARACTERS = 6
_TOKEN = re.compile(r"[^\W\d_][\w'\u2019&-]*")
_MARKS = " \"'\u201c\u201d\u00ab\u00bb()[]"


def unowned_phrase(view: DocumentView, sentence: Sentence, figure: Quantity, kind: str, cues: OwnerCues,
                   cue_spans: list[tuple[int, int, str]]) -> OwnerChoice | None:
    """The noun phrase owning a figure the ranker gave to no one, or None when the text has none."""
    opening = opening_phrase(view, sentence, figure, cues) if view.spaced and not cues.capitalised_nouns else None
    phrase = without_article(opening[1], view.extraction.document.lang) if opening is not None else None
    if phrase is None and kind in AUDIENCE_KINDS and len(view.extraction.sentences) == 1:
        phrase = _governed_phrase(view, sentence, figure, kind, cue_spans)
    return OwnerChoice(None, phrase, CLAUSE_PHRASE_CONFIDENCE) if phrase else None


def gain_owner(previous: Metric | None, kind: str, aspect: str) -> OwnerChoice | None:
    """The owner of a gain no candidate owns, when the figure right before it in its sentence counts the
    same ("312 000 visiteurs chinois, soit 45 000 de plus qu'en 2023"): the gain is of that figure's
    subject, with its confidence."""
    if previous is None or aspect != "change" or previous.kind != kind or previous.subject is None:
        return None
    return OwnerChoice(None, previous.subject, previous.confidence)


def opening_phrase(view: DocumentView, sentence: Sentence, figure: Quantity,
                   cues: OwnerCues) -> tuple[int, str] | None:
    """The capitalised phrase opening the figure's clause, else its sentence (a subject before an
    aside: "Il Piermarini, guidato da ..., ha chiuso ..."), and where it starts; not a source cue ("Segundo ...")."""
    text = view.text
    for start in dict.fromkeys((clause_start(view, sentence, figure.start), sentence.start)):
        names = [m.start for m in view.mentions_in(sentence) if start <= m.start < figure.start]
        span = capital_run(text, start, min([figure.start, *names]), cues.stop_words)
        if span is None or (text[span[0]].islower() and span[0] == sentence.start):
            continue  # (a sentence opening in lower case is the remnant of a wrong split)
        name = text[span[0]:span[1]]
        single = " " not in name.strip()
        opening = not text[sentence.start:span[0]].strip(_MARKS)
        if cues.sources.before(text, min(span[1] + 1, figure.start), start) or (single and opening) \
                or all_common(name, lower_case_words(text)):
            continue  # (every sentence opens with a capital: one word there is no sign of a name)
        return span[0], name
    return None


def without_article(name: str, lang: str) -> str:
    """The run without the article that opens it ("La Compagnie des Alpes", "El Clásico"): the name."""
    for article in language_articles(lang):
        elided = not article[-1].isalpha()
        head = name[:len(article)]
        if head.casefold() == article.casefold() and (elided or name[len(article):len(article) + 1] == " "):
            rest = name[len(article):].strip()
            return rest if rest[:1].isupper() else name
    return name


def capital_run(text: str, start: int, end: int, stop_words: frozenset[str]) -> tuple[int, int] | None:
    """Where a run of capitalised words opening ``text[start:end]`` starts and ends: after at most
    one short lower-case word, joined by short lower-case connectors, closed by a longer lower-case
    word, a mark or the figure."""
    words: list[re.Match[str]] = []
    last_capital = -1
    for token in _TOKEN.finditer(text, start, end):
        gap = text[(words[-1].end() if words else start):token.start()]
        if gap.strip(_MARKS):
            break  # (a comma or colon closes the phrase)
        word = token.group()
        if word[0].isupper() and word not in stop_words:
            words.append(token)
            last_capital = len(words) - 1
        elif len(word) <= _SHORT and (words or not gap.strip()) and len(words) < _MOST_WORDS:
            words.append(token)
        else:
            break
        if len(words) > _MOST_WORDS:
            return None
    if last_capital < 0:
        return None
    first = next(w for w in words if w.group()[0].isupper())
    opening = words.index(first)
    return (words[0] if opening <= 1 else first).start(), words[last_capital].end()


def _governed_phrase(view: DocumentView, sentence: Sentence, figure: Quantity, kind: str,
                     cue_spans: list[tuple[int, int, str]]) -> str | None:
    """The phrase the figure's audience cue heads in its clause, with what qualifies it ("Chinese
    visitors", "visitantes chineses", "I visitatori cinesi sono stati ...", "中国游客"); a bare cue
    ("di spettatori") qualifies nothing, so names no one."""
    text = view.text
    limit = next_break(view, sentence, figure.end)
    end = limit.start() if limit is not None else sentence.end
    opening = clause_start(view, sentence, figure.start)
    own = [(s, e) for s, e, k in cue_spans if k == kind and opening <= s < end]
    cue = next(((s, e) for s, e in own if s >= figure.end), own[-1] if own else None)
    if cue is None:
        return None
    if not view.spaced:
        phrase = text[figure.end:cue[1]].strip() if cue[0] >= figure.end else ""
        # (a single character before the cue is a measure word: "4万名游客")
        return phrase if len(phrase) <= _MOST_CHARACTERS and cue[1] - cue[0] + 1 < len(phrase) else None
    between = [t.group() for t in _TOKEN.finditer(text, figure.end, cue[0]) if len(t.group()) > _SHORT]
    if len(between) > 2:
        return None
    if not between and (qualifier := _qualifier(view, sentence, cue[1], end)) is None:
        return None
    return " ".join([*between, text[cue[0]:cue[1]], *([qualifier] if not between else [])])


def _qualifier(view: DocumentView, sentence: Sentence, offset: int, end: int) -> str | None:
    """What qualifies an audience cue right after it in its clause: an adjective ("visitantes
    chineses": a lower-case word longer than a connector) or a short word and a name ("visitors
    from China", "visitatori dalla Cina"), but not a platform the audience was counted on ("su Weibo")."""
    text = view.text
    after = _TOKEN.match(text, offset + 1) if text[offset:offset + 1] == " " else None
    if after is None or after.end() > end or not after.group().islower():
        return None
    if len(after.group()) > _SHORT:
        return after.group()
    name = _TOKEN.match(text, after.end() + 1) if text[after.end():after.end() + 1] == " " else None
    if name is None or name.end() > end or not name.group()[0].isupper() or any(
            m.start <= name.start() < m.end and is_tech(m) for m in view.mentions_in(sentence)):
        return None
    return text[after.start():name.end()]
