"""What the figure's own clause says its subject is, before the ranker weighs the names (issue 15).

- An organization's owner noun in the figure's clause rules out the persons named before it:
  "Son président Nasser Al-Khelaïfi compte sur la Chine, où le club a 2 millions d'abonnés" is the
  club's, "Il presidente ha detto che la squadra ha 9 milioni di follower" the team's.
- A personal pronoun or possessive opening the figure's sentence ("She has 8 million followers",
  "Her Weibo account has", "Er hat", "她在微博拥有", the language's ``quotes.pronouns`` and
  ``metrics.person_possessives``) points back to the person who is the subject of
  the sentence before: the figure is that person's, not dropped for want of a name in its sentence.
- An organization's possessive opening it ("Its account on the app has", "Sa soirée de vente a attiré",
  ``metrics.owner_possessives``) points back to what the sentence before is about (``_possessor``), not
  to a rival named late in that sentence.
- A noun phrase that stays the owner resolves loosely to an entity the text names (``owner_referents.loose_referent``).
"""

from __future__ import annotations

import re
from functools import cache

from crossreach.lexicon import NEVER, cue_pattern, is_spaced, load_language
from crossreach.models import Mention, Metric, Quantity, Sentence
from crossreach.recognise.entity_rules import entity_rules
from crossreach.relate.clause_breaks import clause_start, next_break
from crossreach.relate.context import DocumentView, is_tech
from crossreach.relate.owner_nouns import language_articles, names_apposed
from crossreach.relate.owner_referents import OPENS_WITHIN, loose_referent
from crossreach.relate.owner_reporters import reporting_owner
from crossreach.relate.owners import (
    NAMED_CONFIDENCE,
    PERSON_KINDS,
    Candidate,
    OwnerChoice,
    OwnerCues,
    OwnerNoun,
    allowed,
    choose,
    load_ranker,
)
from crossreach.relate.phrase_subjects import CLAUSE_PHRASE_CONFIDENCE, gain_owner, unowned_phrase
from crossreach.relate.platform_sizes import for_size
from crossreach.relate.sale_places import SUBJECT_TYPES, phrase_is_subject, sold_on
from crossreach.relate.source_nouns import source_cues
from crossreach.relate.unread_owners import bystander_choice

#: What may open a sentence before its first word: spaces, quotes, brackets, dashes.
_LEAD = re.compile(r"[\W_]*")
#: How far before an owner noun its source cue may start ("according to").
_CUE_REACH = 30
#: How many characters of an unspaced script a subject opening a clause holds: a name, not a clause.
_FEWEST_CHARACTERS, _MOST_CHARACTERS = 2, 12
_MARKS_AND_SPACES = " \t\n\"'()[]"


def for_figure(view: DocumentView, sentence: Sentence, found: list[Candidate], noun: OwnerNoun | None,
               referent: Mention | None, kind: str,
               figure: Quantity) -> tuple[list[Candidate], OwnerNoun | None, Mention | None]:
    """The candidates, owner noun and its referent the ranker may choose from for a figure
    (``for_size``), without the persons an organization's noun in the figure's clause rules out
    nor the platform a noun subject's sales were made on (``sale_places``), without a noun naming
    no entity that a source cue stands before, and with a pronoun opening the sentence read as a
    noun for the person it points back to."""
    found, noun, referent = for_size(found, noun, referent, kind, figure)
    if noun is not None and referent is None and _cited(view, sentence, noun):
        noun = None  # ("D'apres l'office de tourisme, la ville a accueilli ...": a source, not the subject)
    opening = clause_start(view, sentence, figure.start)
    if noun is not None and phrase_is_subject(noun.start, noun.category, figure, opening, view.mentions_in(sentence)):
        found = [c for c in found if not sold_on(c.mention, kind, c.features)]
    if noun is None and kind in PERSON_KINDS:
        pronoun = _opening_pronoun(view, sentence, figure)
        person = _previous_person(view, sentence) if pronoun is not None else None
        if pronoun is not None and person is not None:
            return [c for c in found if c.mention.name == person.name], pronoun, person
    possessive = _opening_possessive(view, sentence, figure)
    owner = _possessor(view, sentence) if possessive is not None else None
    if owner is not None:
        return [c for c in found if c.mention.name == owner.name], possessive, owner
    if noun is None or noun.category == "work" or noun.start >= figure.start \
            or noun.start < clause_start(view, sentence, figure.start):
        return found, noun, referent
    return [c for c in found if not (c.mention.type == "person" and c.mention.end <= noun.start)], noun, referent


def choose_owner(view: DocumentView, sentence: Sentence, found: list[Candidate], noun: OwnerNoun | None,
                 referent: Mention | None, kind: str, figure: Quantity, owner_cues: OwnerCues,
                 cues: list[tuple[int, int, str]], previous: Metric | None, aspect: str) -> OwnerChoice | None:
    """A figure's owner when no rule decided it: the ranker's choice among the candidates
    (``for_figure``), else the phrase of the figure's clause, else for a gain the owner of the figure
    before it; and a noun a source cue stands before, left out of the choice, is still the subject
    when none of these is found, else the institution the sentence cites as its source
    (``owner_reporters``; issue 15: a figure is not dropped for want of an owner)."""
    ranker = load_ranker()
    choice = bystander_choice(view, sentence, figure, kind, choose(ranker, *for_figure(view, sentence, found, noun,
                                                                                  referent, kind, figure)),
                              found, owner_cues) \
        or unowned_phrase(view, sentence, figure, kind, owner_cues, cues) or gain_owner(previous, kind, aspect)
    if choice is None and noun is not None and referent is None and _cited(view, sentence, noun):
        choice = choose(ranker, *for_size(found, noun, referent, kind, figure))
    if choice is None and len(view.extraction.sentences) == 1:
        choice = _lone_subject(view, sentence, figure, owner_cues, cues)
    if choice is not None and choice.mention is None and choice.phrase:  # (a noun no name fits strictly)
        loose = loose_referent(view, choice.phrase, _category(owner_cues, choice.phrase), figure.start)
        if loose is not None and allowed(loose, kind, None, False):
            return OwnerChoice(loose, None, NAMED_CONFIDENCE[0])
    return choice or reporting_owner(view, sentence, figure, kind, owner_cues)


def _category(cues: OwnerCues, words: str) -> str | None:
    """The category of an owner noun phrase (``OwnerNouns`` reads a phrase by its head noun: "die meistgesehene
    Sendung" is a work's), or None for words that are no owner noun."""
    try:
        return cues.noun_categories[words.casefold()]
    except KeyError:
        return None


def _lone_subject(view: DocumentView, sentence: Sentence, figure: Quantity, owner_cues: OwnerCues,
                  cues: list[tuple[int, int, str]]) -> OwnerChoice | None:
    """The subject of a figure in a text of one sentence (``analyze``), where no earlier sentence can
    own it: the owner noun of the figure's clause, a work's too ("The livestream drew 4.6 million
    viewers ..., and the brand said ...": the organization's noun elsewhere in the sentence does not
    hide it), else one before the figure's clause, else a personal pronoun opening the sentence ("Sie
    hat 640.000 Follower"), else an article and its noun (``_article_noun``), or in an unspaced
    script the words opening the figure's clause (``_unspaced_opening``). The figure
    is then not dropped for want of a name; the phrase's confidence is that of an unnamed subject."""
    opening = clause_start(view, sentence, figure.start)
    limit = next_break(view, sentence, figure.end)
    end = limit.start() if limit is not None else sentence.end
    nouns = [(sentence.start + m.start(), m.group().strip()) for m in owner_cues.nouns.finditer(sentence.text)
             if not _sourced(view, sentence, sentence.start + m.start(), m.group())  # (a source is no owner)
             and owner_cues.noun_categories[m.group().casefold()] != "tech"]  # (the ranker weighed the platform)
    before = [words for start, words in nouns if opening <= start < figure.start]
    after = [words for start, words in nouns if figure.end <= start < end]
    earlier = [words for start, words in nouns if start < figure.start]
    words = before[-1] if before else after[0] if after else earlier[-1] if earlier else None
    if words is None:
        pronoun = _opening_pronoun(view, sentence, figure)
        words = pronoun.words if pronoun is not None else None
    if words is None and view.spaced:
        words = _article_noun(view, sentence, figure, owner_cues.capitalised_nouns, end)
    if words is None and not view.spaced:
        words = _unspaced_opening(view, sentence, figure, cues, opening)
    return OwnerChoice(None, words, CLAUSE_PHRASE_CONFIDENCE) if words else None


def _unspaced_opening(view: DocumentView, sentence: Sentence, figure: Quantity, cues: list[tuple[int, int, str]],
                      opening: int) -> str | None:
    """In an unspaced script, the characters opening the figure's clause before its figure, its cue
    words or a date (a festival's name before "this year drew ..."): the subject a Chinese clause states
    first; none when the clause opens with the figure or its cue, or runs longer than a name does."""
    stops = [figure.start, *(start for start, _, _ in cues if opening <= start < figure.start),
             *(d.start for d in view.dates_in(sentence) if opening <= d.start < figure.start)]
    words = view.text[opening:min(stops)].strip(_MARKS_AND_SPACES)
    end = _subject_ends(view.extraction.document.lang).search(words, _FEWEST_CHARACTERS)
    words = words[:end.start()] if end is not None else words  # ("这场音乐会|在腾讯视频吸引了")
    lexicon = load_language(view.extraction.document.lang)
    if _pronouns(view.extraction.document.lang).match(words) or entity_rules(lexicon).speech_re.search(words):
        return None  # (a pronoun or a speech verb in it: "ta shuo you ...", it says there are; no name)
    return words if _FEWEST_CHARACTERS <= len(words) <= _MOST_CHARACTERS else None


def _cited(view: DocumentView, sentence: Sentence, noun: OwnerNoun) -> bool:
    """Whether a source cue stands right before an owner noun ("according to the agency", "secondo
    l'agenzia", "d'apres l'office"): the phrase names who reports the figure, not whose it is."""
    return _cited_at(view, sentence, noun.start)


def _sourced(view: DocumentView, sentence: Sentence, start: int, words: str) -> bool:
    """Whether a source cue stands right before a phrase or its noun, the cue holding the article
    ("Nach Schaetzungen des Marktforschers": the source, no owner)."""
    head = start + len(words.rstrip()) - len(words.rstrip().split(" ")[-1])
    return _cited_at(view, sentence, start) or _cited_at(view, sentence, head)


def _cited_at(view: DocumentView, sentence: Sentence, start: int) -> bool:
    adjacent = source_cues(load_language(view.extraction.document.lang), view.spaced).adjacent
    return adjacent.search(view.text, max(sentence.start, start - _CUE_REACH), start) is not None


def _opening_pronoun(view: DocumentView, sentence: Sentence, figure: Quantity) -> OwnerNoun | None:
    """A personal pronoun that opens the sentence with no name but a platform's between it and the figure."""
    lead = _LEAD.match(sentence.text)
    found = _pronouns(view.extraction.document.lang).match(sentence.text, lead.end() if lead else 0)
    if found is None or sentence.start + found.end() > figure.start:
        return None
    if any(m.start < figure.start for m in view.mentions_in(sentence) if m.type in ("organization", "person")):
        return None
    return OwnerNoun(found.group(), "person", sentence.start + found.start())


def _opening_possessive(view: DocumentView, sentence: Sentence, figure: Quantity) -> OwnerNoun | None:
    """An organization's possessive that opens the sentence ("Its account on the app", "Sa soirée de vente",
    ``metrics.owner_possessives``), with no name but a platform's between it and the figure, nor a company
    apposed to it ("Su rival Amazon tiene ...": Amazon's)."""
    lead = _LEAD.match(sentence.text)
    found = _owner_possessives(view.extraction.document.lang).match(sentence.text, lead.end() if lead else 0)
    if found is None or sentence.start + found.end() > figure.start:
        return None
    mentions = view.mentions_in(sentence)
    if any(m.start < figure.start for m in mentions if m.type in ("organization", "person") and not is_tech(m)) \
            or names_apposed(view.text, sentence.start + found.end(), [m for m in mentions if m.type != "platform"],
                             figure.start):
        return None
    return OwnerNoun(found.group(), "organization", sentence.start + found.start())


def _possessor(view: DocumentView, sentence: Sentence) -> Mention | None:
    """What an organization's possessive opening a sentence points back to: what the sentence before is
    about when an anaphor opens it ("The zoo said ..."), else the organization that opens it, else (a
    sentence opening with no name: "Depuis avril, la marque ...") the organization the document is about;
    none when a person or a platform opens the sentence before (their own figures are read elsewhere), or
    it names a person (a speaker's possessive: "..., sagt Ruolan Feldkamp. Ihre Antwort ...")."""
    previous = view.sentence_before(sentence)
    if previous is None:
        return None
    if view.anaphor_opens(previous):
        return view.referent(previous)
    lead = _LEAD.match(previous.text)
    start = previous.start + (lead.end() if lead else 0)
    opening = next((m for m in view.mentions_in(previous) if m.start - start <= OPENS_WITHIN), None)
    if opening is not None:
        return opening if opening.type == "organization" and not is_tech(opening) else None
    return None if any(m.type == "person" for m in view.mentions_in(previous)) else view.focus


@cache
def _owner_possessives(lang: str) -> re.Pattern[str]:
    lexicon = load_language(lang)
    words = lexicon.section("metrics").get("owner_possessives")
    return cue_pattern(words, is_spaced(lexicon)) if words else NEVER


def _previous_person(view: DocumentView, sentence: Sentence) -> Mention | None:
    """The person that opens the nearest earlier sentence of the paragraph naming anyone, if a person
    is that sentence's first name."""
    first = view.subject_before(sentence, lambda m: m.type in SUBJECT_TYPES)
    return first if first is not None and first.type == "person" else None


@cache
def _subject_ends(lang: str) -> re.Pattern[str]:
    """Where a subject opening an unspaced clause ends: a preposition of place or means, or a verb of
    having or drawing (``metrics.subject_ends``): "这场音乐会在腾讯视频吸引了" is "这场音乐会"."""
    lexicon = load_language(lang)
    return cue_pattern(lexicon.section("metrics").get("subject_ends"), is_spaced(lexicon))


@cache
def _pronouns(lang: str) -> re.Pattern[str]:
    lexicon = load_language(lang)
    words = [*(lexicon.section("quotes").get("pronouns") or []),
             *(lexicon.section("metrics").get("person_possessives") or [])]
    return cue_pattern(words, is_spaced(lexicon))


def _article_noun(view: DocumentView, sentence: Sentence, figure: Quantity, capitalised: bool,
                  end: int) -> str | None:
    """An article and the noun after it: those opening the sentence ("Die Messe zaehlte ..."), else
    the first after the figure in its clause ("65.000 Nutzer fuer die WeChat-Mini-App"), else the
    first before the figure in the sentence ("An der Spendenaktion ..., die zusammen 320.000 Euro
    spendeten"), else the first after it in the sentence: the last before it would rather be a time
    or place ("Seit dem Start im Fruehjahr").
    In a language that writes nouns capitalised, only a capitalised word is a noun ("die zusammen")."""
    found = [(sentence.start + m.start(), m.group().strip(), m.group(1))
             for m in _article_phrase(view.extraction.document.lang).finditer(sentence.text)]
    found = [(start, words) for start, words, noun in found
             if (not capitalised or noun[0].isupper()) and not _sourced(view, sentence, start, words)]
    lead = _LEAD.match(sentence.text)
    first = sentence.start + (lead.end() if lead else 0)
    after = [words for start, words in found if figure.end <= start < end]
    if found and found[0][0] == first and first + len(found[0][1]) <= figure.start:
        return found[0][1]
    earlier = [words for start, words in found if start + len(words) <= figure.start]
    later = [words for start, words in found if start >= figure.end]
    return after[0] if after else earlier[0] if earlier else later[0] if later else None


@cache
def _article_phrase(lang: str) -> re.Pattern[str]:
    """An article of the language and the word after it (the noun, group 1)."""
    articles = sorted({a.strip() for a in language_articles(lang)}, key=len, reverse=True)
    if not articles:
        return NEVER
    elided = "|".join(re.escape(a) for a in articles if not a[-1].isalpha())
    spaced = "|".join(re.escape(a) for a in articles if a[-1].isalpha())
    forms = [f"(?:{spaced})\\s+" if spaced else "", f"(?:{elided})" if elided else ""]
    return re.compile(f"\\b(?i:{'|'.join(f for f in forms if f)})([^\\W\\d_][\\w'-]*)")
