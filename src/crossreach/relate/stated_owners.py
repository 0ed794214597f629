"""Owners that the layout of a sentence states outright, decided before the ranker weighs salience.

Five layouts name whose figure it is as plainly as a possessive does, in every language:

- a figure alone in brackets right after a name ("loin devant l'Olympique lyonnais (412.000)"):
  the bracket glosses that name;
- a name linked by a genitive right after the figure ("loin des 576 millions de Tencent Music");
- a name that opens its part of the sentence and is followed by an aside ("while Porsche China,
  the segment leader, counts 3.1 million"; "; DK, the Penguin Random House-owned publisher,
  counts 410,000"): the names inside the aside are bystanders, and the opening name is the
  grammatical subject of the verb that carries the figure;
- the label of a list line that names no known entity ("Dimitrij Ovtcharov (Deutschland) –
  870.000"): the words before the figure name its owner, kept as a phrase (no lexicon holds
  every player or label, and persons never go into one);
- the antecedent of a relative clause that holds the figure ("MC Lunara, who has 1.8 million
  fans"): the relative pronoun's subject.

And where no entity stands there, a capitalised name no lexicon knows that opens the figure's
clause, or is that antecedent, is kept as the owner phrase (``unnamed_subject``): no gazetteer
lists every brand, club or school, and in a language that capitalises only names, the capital
and the place of the subject say enough.
"""

from __future__ import annotations

import re
from functools import cache

from crossreach.lexicon import alternation, compiled, load_language, script
from crossreach.models import Mention, Quantity, Sentence
from crossreach.recognise.common_words import all_common, lower_case_words
from crossreach.recognise.entity_rules import name_connectors
from crossreach.relate.clause_breaks import breaks_before, opens_main_clause, turn_before
from crossreach.relate.context import CLAUSE_BREAK, DocumentView
from crossreach.relate.owner_agents import after_agent
from crossreach.relate.owners import (
    DocumentOwners,
    OwnerCues,
    noun_phrase,
    opens_sentence,
    resolve_opening,
    resolve_phrase,
)

#: How far (characters) past the figure the bracket around it may close (a unit word: "(412.000 fans)").
_BRACKET_TAIL = 15
#: Words that may stand between the clause break before an opening name and the name ("while", "tandis que").
_LEAD_WORDS = 3
#: Words that may stand before an owner noun opening its clause, no name among them (a time
#: adverbial: "Nei primi sei mesi dell'anno il gruppo, che ..."); words of a complement that may
#: follow the noun before its aside opens ("Il gruppo di Shenzhen, che controlla ...").
_NOUN_LEAD_WORDS, _COMPLEMENT_WORDS = 6, 3
#: The most words of an apposition between a relative clause's antecedent and its pronoun ("de 19 anos").
_GLOSS_WORDS = 4
#: ... and of one whose noun's complement is a name (its noun, a descriptor and the genitive link: "la plateforme
#: de voyages d'" before "Alibaba").
_COMPLEMENT_GLOSS_WORDS = 6
#: Words that may stand between the aside's close and the figure ("counts just", "kommt auf Tmall auf rund").
_VERB_WORDS = 6
#: The longest list-line label read as an owner, in words and characters.
_LABEL_WORDS, _LABEL_CHARACTERS = 4, 40
_OWNER_TYPES = ("organization", "person", "work", "event")
#: How far (characters, words) after a figure a genitive may link it to its owner.
_GENITIVE_REACH, _GENITIVE_WORDS = 30, 4
#: The most words of a capitalised name no lexicon or cue read, taken as the subject it opens.
_UNNAMED_WORDS = 4
_TOKEN = re.compile(r"\S+")
#: Two spaces or a wide one between a label and its figure: a gap of columns ("5\u3000RB ...\u3000\u300086.5").
_COLUMN_GAP = re.compile("  |\u3000")
#: What may close the last word of a name (a comma, a colon) or wrap it (quotes, brackets).
_WORD_MARKS = ",;:.!?\"'\u201c\u201d\u00ab\u00bb()[]"
_QUOTES, _CLOSERS = "\"'\u201d\u00bb)", ",;:.!?"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The bracket that closes after a figure; a bracketed gloss, then a comma, after a name; a list
    line's rank; what closes a label (a bracketed gloss, dashes, colons, leader dots)."""
    chars = script()
    opening, closing = re.escape(chars.open_brackets), re.escape(chars.close_brackets)
    commas, dashes, colons = re.escape(chars.commas), re.escape(chars.dashes), re.escape(chars.colons)
    closes = re.compile(rf"[^{opening}{closing}\n]{{0,{_BRACKET_TAIL}}}[{closing}]")
    aside = re.compile(rf"\s*(?:[{opening}][^{opening}{closing}]{{0,40}}[{closing}]\s*)?[{commas}]")
    rank = re.compile(r"\s*(?:#?\d{1,3}[.)]?\s+)?")
    tail = re.compile(rf"(?:\s*[{opening}][^{opening}{closing}]{{0,40}}[{closing}])?[\s{dashes}{colons}.\u2026]*$")
    return closes, aside, rank, tail


def _words(text: str) -> int:
    return len(text.split())


def bracketed_owner(view: DocumentView, sentence: Sentence, figure: Quantity,
                    mentions: list[Mention]) -> Mention | None:
    """The name right before a bracket that holds the figure alone ("l'AS Monaco (298.000)")."""
    closes = _patterns()[0]
    before = view.text[sentence.start:figure.start].rstrip()
    if not before.endswith(tuple(script().open_brackets)) or not closes.match(view.text, figure.end, sentence.end):
        return None
    bracket = sentence.start + len(before) - 1
    named = [m for m in mentions if m.end <= bracket]
    if not named or view.text[named[-1].end:bracket].strip() or named[-1].type not in _OWNER_TYPES:
        return None
    return named[-1]


def genitive_owner(view: DocumentView, sentence: Sentence, figure: Quantity, mentions: list[Mention],
                   genitive: re.Pattern[str]) -> Mention | None:
    """A name linked to the figure right after it by a genitive ("loin des 576 millions de Tencent
    Music", "contra 400 milhões do rival Kuaishou", "3 millions d'abonnés de Gucci"): at most a unit
    or cue word between the figure and the link, and one word between the link and the name."""
    text = view.text
    after = [m for m in mentions if m.start >= figure.end]
    if not after or after[0].type not in (*_OWNER_TYPES, "platform"):  # (a platform: its own users)
        return None
    name = after[0]
    between = text[figure.end:name.start]
    if len(between) > _GENITIVE_REACH or CLAUSE_BREAK.search(between) or _words(between) > _GENITIVE_WORDS:
        return None
    words = between.rstrip()
    dropped = words[:len(words) - len(words.split()[-1])] if words.split() else words
    return name if genitive.search(between) or (dropped.strip() and genitive.search(dropped)) else None


def aside_owner(view: DocumentView, sentence: Sentence, figure: Quantity, mentions: list[Mention],
                turns: re.Pattern[str], nouns: re.Pattern[str]) -> Mention | None:
    """The name that opens the figure's part of the sentence (after a semicolon or colon, or after a
    contrast word from ``turns``: "while", "tandis que"), followed by an aside closed right before
    the figure's verb: the subject of that verb, not a name inside the aside. An owner noun from
    ``nouns`` between the aside and the figure names another owner."""
    breaks = _aside_frame(view, sentence, figure, mentions, nouns)
    if breaks is None:
        return None
    for mention in mentions:
        if mention.type in _OWNER_TYPES and _opens(view, sentence, breaks, mentions, mention.start, mention.end,
                                                   turns, at_start=False):
            return mention
    return None


def noun_before_aside(view: DocumentView, owners: DocumentOwners, sentence: Sentence, figure: Quantity,
                      mentions: list[Mention], kind: str | None = None) -> Mention | None:
    """The entity an owner noun stands for when the noun opens the figure's clause and an aside
    follows it ("il gruppo, che comprende Tom Ford, ha realizzato ricavi per ..."): the one named
    before the noun that fits it, never a name of the aside."""
    breaks = _aside_frame(view, sentence, figure, mentions, owners.cues.nouns)
    noun = noun_phrase(view, sentence, figure, owners.cues, kind) if breaks is not None else None
    if breaks is None or noun is None or noun.start >= figure.start:
        return None
    end = noun.start + len(noun.words)
    complement = view.text[end:breaks[-2].start()]  # ("Il gruppo di Shenzhen, che controlla ...")
    if 0 < _words(complement) <= _COMPLEMENT_WORDS and not CLAUSE_BREAK.search(complement) \
            and not any(end <= m.start < breaks[-2].start() for m in mentions):
        end = breaks[-2].start()
    if not _opens(view, sentence, breaks, mentions, noun.start, end, owners.cues.turns, at_start=True,
                  lead_words=_NOUN_LEAD_WORDS):
        return None
    resolve = resolve_opening if opens_sentence(sentence, noun.start) else resolve_phrase  # (the subject before)
    return resolve(view, owners, sentence, noun.start, noun.category, noun.words)


def _aside_frame(view: DocumentView, sentence: Sentence, figure: Quantity, mentions: list[Mention],
                 nouns: re.Pattern[str]) -> list[re.Match[str]] | None:
    """The clause breaks before the figure when the last two can bound an aside that closes right
    before the figure's verb (a comma, then a few words with no name, owner noun or figure), else None.
    Found once a figure: three layouts ask for it, with the same sentence's names and owner nouns."""
    key = ("aside frame", figure.start, figure.end)
    if key not in view.memo:
        view.memo[key] = _find_aside_frame(view, sentence, figure, mentions, nouns)
    return view.memo[key]


def _find_aside_frame(view: DocumentView, sentence: Sentence, figure: Quantity, mentions: list[Mention],
                      nouns: re.Pattern[str]) -> list[re.Match[str]] | None:
    text = view.text
    breaks = breaks_before(view, sentence, figure.start)
    if len(breaks) < 2 or breaks[-1].group() not in script().commas:
        return None
    close, opened = breaks[-1], breaks[-2]
    between = text[close.end():figure.start]
    if _words(between) > _VERB_WORDS or nouns.search(between) \
            or any(q.start < figure.start and q.kind != "year"
                   for q in view.quantities_between(opened.end(), figure.start)):
        return None  # (an owner noun after the aside, "…, said the brand has", names another owner;
        # a figure in the "aside" makes it a clause of its own; a year, "opened in 2019", does not)
    if any(close.end() <= m.start < figure.start and m.type != "platform" for m in mentions):
        return None  # a name after the aside: the subject is that one, the ranker's case
    return breaks


def _opens(view: DocumentView, sentence: Sentence, breaks: list[re.Match[str]], mentions: list[Mention],
           start: int, end: int, turns: re.Pattern[str], at_start: bool, lead_words: int = _LEAD_WORDS) -> bool:
    """Whether the words at ``start``-``end`` open their part of the sentence (a few words after a
    semicolon, colon or contrast word; or, ``at_start``, with no name before them) and the aside of
    ``breaks`` opens right after them."""
    text = view.text
    opened = breaks[-2]
    if end > opened.start():
        return False
    comma = _patterns()[1].match(text, end)
    if comma is None or comma.end() != opened.end():
        return False  # the aside does not open right after these words
    lead = [b for b in breaks if b.end() <= start]
    lead_start = lead[-1].end() if lead else sentence.start
    words = text[lead_start:start]
    after_stop = bool(lead) and opens_main_clause(lead[-1].group())
    part_opens = (at_start and not any(m.start < start for m in mentions)) or after_stop or bool(turns.search(words))
    return part_opens and _words(words) <= lead_words and not any(lead_start <= m.start < start for m in mentions)


def list_label(view: DocumentView, sentence: Sentence, figure: Quantity, cue_free: bool) -> str | None:
    """The label of a list line before its first figure, when no entity is named before the
    figure: a short capitalised run with no digit ("Dimitrij Ovtcharov (Deutschland) – 870.000").
    ``cue_free`` says the label holds no metric cue (a cue word names what is counted, not whose)."""
    _, _, rank, tail = _patterns()
    text = view.text[sentence.start:figure.start]
    opened = rank.match(text)
    begin = sentence.start + (opened.end() if opened else 0)  # past the line's rank ("5.")
    if not cue_free or any(m.start < figure.start for m in view.mentions_in(sentence)) \
            or any(begin <= q.start < figure.start for q in view.quantities_in(sentence)) \
            or any(begin <= d.start < figure.start for d in view.dates_in(sentence)):
        return None
    label = view.text[begin:figure.start]
    closed = tail.search(label)
    if closed is None or not (closed.group().strip() or _COLUMN_GAP.search(closed.group())):
        return None  # no dash, colon, gloss or column gap between label and figure: a sentence, not a list line
    label = label[:closed.start()].strip()
    if not label or not label[0].isupper() or any(ch.isdigit() for ch in label) \
            or len(label) > _LABEL_CHARACTERS or _words(label) > _LABEL_WORDS \
            or any(ch in label for ch in script().clause_breaks):
        return None
    return label


def unnamed_subject(view: DocumentView, sentence: Sentence, figure: Quantity, mentions: list[Mention],
                    cues: OwnerCues) -> str | None:
    """A capitalised name that no lexicon or cue noun made an entity, opening the figure's part of
    the sentence as its subject: right before the figure's verb ("A americana Brennick tem 4,5 milhoes",
    "; Ardenza 1,6 mln") or before an aside that closes right before it ("tandis que Maison Quillet,
    qui a inaugure ..., en affiche 97 500"). No gazetteer lists every brand, club or school, and
    the grammatical subject is whose figure it is, so the name is kept as the owner phrase. Only
    in spaced scripts, where capitals mark names; not a word the document also writes in lower
    case (a title-case phrase), nor a single word opening the sentence (every first word is
    capitalised) unless an aside follows it ("Lipton, the market leader among international tea
    brands, sold about 210 million yuan", "Cannes, che collabora con Weibo dal 2019, aveva chiuso ..."),
    nor in a language that capitalises its nouns (``entities.capitals_mark``)."""
    if not view.spaced or cues.capitalised_nouns:
        return None
    return _unnamed_opening(view, sentence, figure, mentions, cues) \
        or _unnamed_antecedent(view, sentence, figure, mentions, cues)


def _unnamed_opening(view: DocumentView, sentence: Sentence, figure: Quantity, mentions: list[Mention],
                     cues: OwnerCues) -> str | None:
    """The capitalised name no lexicon knows that opens the figure's part of the sentence."""
    text = view.text
    turn = turn_before(view, sentence, figure.start, cues.turns)  # (the ranker asks too)
    start = sentence.start if turn is None else turn
    held = _holding_nouns(view.extraction.document.lang)[1].match(text, start, figure.start)
    span = _opening_run(text, held.end() if held else start, figure.start, cues.stop_words,
                        _connectors(view.extraction.document.lang))
    if span is None:
        return None
    name_start, name_end = span
    name = text[name_start:name_end]
    # (every first word is capitalised: a single one opening the sentence is a name only before an aside)
    single = not text[sentence.start:name_start].strip(_WORD_MARKS + " ") and " " not in name
    if any(start <= m.start < name_start and m.type != "platform" for m in mentions) \
            or any(m.start < name_end and m.end > name_start and not _linked_place(text, m, name_start)
                   for m in mentions) \
            or _attribute(view, cues, start, name_start) or cues.sources.before(text, name_start, start):
        return None  # (a name before it or inside it is the ranker's case; after a genitive, "El gigante
        # de Shenzhen", it is another's attribute; after a source noun, "el diario X lo cifra", a source)
    rest = text[name_end:figure.start]
    if not single and not CLAUSE_BREAK.search(rest) and _words(rest) <= _VERB_WORDS \
            and not any(name_end <= m.start < figure.start and m.type != "platform" for m in mentions):
        return None if all_common(name, _common_words(view)) else name
    breaks = _aside_frame(view, sentence, figure, mentions, cues.nouns)
    if breaks is not None and _opens(view, sentence, breaks, mentions, name_start, name_end, cues.turns,
                                     at_start=True):
        return None if all_common(name, _common_words(view)) else name
    return None


def _attribute(view: DocumentView, cues: OwnerCues, start: int, name_start: int) -> bool:
    """Whether a genitive before the name makes it another's attribute ("El gigante de Shenzhen"):
    not after a noun of what an owner holds ("A conta da Natura", "Le compte Weibo du PSG"), whose
    genitive names the holder, the owner of the figure the account carries."""
    genitive = cues.genitive_before.search(view.text, max(start, name_start - 12), name_start)
    return genitive is not None \
        and not _holding_nouns(view.extraction.document.lang)[0].search(view.text, start, genitive.start())


@cache
def _holding_nouns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A noun of what an owner holds (``metrics.owner_links.holding_nouns``), a platform's name may
    follow ("compte Weibo"): ending where the genitive starts; and opening a clause, up to the name
    its genitive links ("Le compte officiel de |Valdoria", "L'account di |Valdoria")."""
    links = load_language(lang).section("metrics").get("owner_links") or {}
    words = [str(word) for word in links.get("holding_nouns") or []]
    genitives = [str(word) for word in links.get("genitive_before") or []]
    if not words or not genitives:
        return re.compile("(?!x)x"), re.compile("(?!x)x")
    noun = rf"(?:{alternation(words, ignore_case=True)})(?:\s+[^\W\d_][\w-]*)?"
    return (compiled(rf"(?<![^\W\d_]){noun}\s*$", re.IGNORECASE),
            compiled(rf"\s*(?:[^\W\d_]+\s+)?(?:[^\W\d_]{{1,2}}['\u2019])?{noun}"
                     rf"\s+(?:{alternation(genitives, ignore_case=True)})\s*", re.IGNORECASE))


def _opening_run(text: str, start: int, end: int, stop_words: frozenset[str],
                 connectors: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """The capitalised run (at most ``_UNNAMED_WORDS`` words, no digit) after at most ``_LEAD_WORDS``
    lower-case or stop words from ``start``: where it starts and ends, a closing comma left out. A
    connector of the language's names ("GP da China", "Festa della Musica") goes on with the run when
    a capitalised word follows it."""
    run: list[re.Match[str]] = []
    linked = False  # (a connector was read after the run: the run goes on only with a capital)
    for index, token in enumerate(_TOKEN.finditer(text, start, end)):  # (read as far as the run goes, not to the end)
        word = token.group().strip(_WORD_MARKS)
        capital = bool(word) and word[0].isupper() and (linked or word not in stop_words) \
            and not any(map(str.isdigit, word))  # (after a connector, a place goes on with it: "da China")
        if not capital:
            if run and not linked and token.group() in connectors and len(run) < _UNNAMED_WORDS - 1:
                linked = True
                continue
            if run or index >= _LEAD_WORDS:
                break
            continue
        linked = False
        run.append(token)
        if len(run) == _UNNAMED_WORDS or token.group().rstrip(_QUOTES).endswith(tuple(_CLOSERS)):
            break  # (a comma or colon closes the name)
    if not run:
        return None
    last = run[-1]
    return run[0].start() + len(run[0].group()) - len(run[0].group().lstrip(_WORD_MARKS)), \
        last.start() + len(last.group().rstrip(_WORD_MARKS))


@cache
def _connectors(lang: str) -> frozenset[str]:
    """The lower-case words that may stand inside a name of the language (``entities.connectors``
    less its conjunctions: "da", "del", "of", "des")."""
    return frozenset(name_connectors(load_language(lang).section("entities")))


def _linked_place(text: str, mention: Mention, name_start: int) -> bool:
    """Whether a mention inside an unnamed run is a place the run's connector links ("GP da China"):
    part of the name, not a name of its own."""
    return mention.type == "place" and mention.start > name_start and not text[mention.start - 1].isalnum()


def _common_words(view: DocumentView) -> frozenset[str]:
    """The document's lower-case words, as recognition read them (``lower_case_words`` keeps the
    last documents' sets: read once a document, not once by recognition and again here)."""
    return lower_case_words(view.text)


def relative_owner(view: DocumentView, sentence: Sentence, figure: Quantity, mentions: list[Mention],
                   cues: OwnerCues) -> Mention | None:
    """The name a relative clause holding the figure hangs on ("MC Lunara (...), who has 1.8 million
    followers"): the pronoun's antecedent, right before its comma (a bracketed gloss between), is
    the subject of the clause's verb, whatever else the sentence names."""
    end = _antecedent_end(view, sentence, figure, cues)
    named = [m for m in mentions if m.end == end] if end is not None else []
    return named[-1] if named and named[-1].type in _OWNER_TYPES else None


def _unnamed_antecedent(view: DocumentView, sentence: Sentence, figure: Quantity, mentions: list[Mention],
                        cues: OwnerCues) -> str | None:
    """A capitalised name no lexicon knows as the antecedent of a relative clause holding the figure
    ("de la banda mexicana Rio Verdal, que acumula 48 millones"), kept as written."""
    end = _antecedent_end(view, sentence, figure, cues)
    if end is None or any(m.start < end and m.end >= end for m in mentions):
        return None
    text = view.text
    run: list[re.Match[str]] = []
    for token in reversed(list(_TOKEN.finditer(text, sentence.start, end))):
        word = token.group()
        if len(run) == _UNNAMED_WORDS or (word != word.strip(_WORD_MARKS) and run) \
                or not word[0].isupper() or word in cues.stop_words or any(map(str.isdigit, word)):
            break
        run.insert(0, token)
    if not run or run[-1].end() != end:
        return None
    name_start = run[0].start()
    name = text[name_start:end]
    if (name_start == sentence.start and " " not in name) \
            or cues.genitive_before.search(text, max(sentence.start, name_start - 12), name_start):
        return None
    return None if all_common(name, _common_words(view)) else name


def _antecedent_end(view: DocumentView, sentence: Sentence, figure: Quantity, cues: OwnerCues) -> int | None:
    """Where the antecedent of a relative pronoun ends, when the pronoun follows a comma and opens
    the clause that holds the figure (a few words, no clause break, between it and the figure)."""
    text = view.text
    key = ("relative_pronouns", sentence.start)
    if key not in view.memo:  # (read once a sentence: "that", "que", "die" are frequent words)
        view.memo[key] = [(m.start(), m.end()) for m in cues.relatives.finditer(sentence.text)]
    found = [span for span in view.memo[key] if sentence.start + span[1] <= figure.start]
    if not found:
        return None
    pronoun, pronoun_end = (sentence.start + offset for offset in found[-1])
    between = text[pronoun_end:figure.start]
    if CLAUSE_BREAK.search(between) or _words(between) > _VERB_WORDS:
        return None
    head = text[sentence.start:pronoun].rstrip()
    if not head.endswith(tuple(script().commas)):
        return None
    head = head[:-1].rstrip()
    gloss = _gloss().search(head)
    if gloss is None:  # an apposition between commas ("MC Lua Nova, de 19 anos, que tem ...")
        gloss = _comma_gloss(view, sentence, head, cues)
    return sentence.start + (gloss.start() if gloss else len(head))


def _comma_gloss(view: DocumentView, sentence: Sentence, head: str, cues: OwnerCues) -> re.Match[str] | None:
    """A short apposition closing ``head`` (the sentence up to a relative pronoun's comma) after a
    comma: a few words opening in lower case or with a digit ("de 19 anos", "aged 19"), no name among
    them but one that closes it, linked by its noun's genitive or a participle's agent preposition
    ("Fliggy, la plateforme de voyages d'Alibaba, qui revendique 46 millions", "Migu, la plataforma de
    China Mobile, que le paga ...", "o iFood, controlado pela holandesa Prosus, que processou 120 milhões
    de pedidos": the apposition is about the name before it, and so is the relative clause, not about the
    complement's name or the agent, ``owner_agents``); the antecedent stands before it."""
    found = _apposition().search(head)
    words = found.group().lstrip(script().commas + " ") if found is not None else ""
    if found is None or not words or not (words[0].islower() or words[0].isdigit()):
        return None
    start, end = sentence.start + found.start(), sentence.start + len(head)
    inside = [m for m in view.mentions_in(sentence) if start <= m.start < end]
    if not inside:
        return found if _words(words) <= _GLOSS_WORDS else None
    name = inside[0]
    lead = view.text[start:name.start].lstrip(script().commas + " ")
    linked = len(inside) == 1 and name.end == end and bool(lead) and (
        cues.genitive_before.search(view.text, max(start, name.start - 8), name.start) is not None
        or after_agent(view.text, name.start, start, cues.agent))
    return found if linked and _words(lead) <= _COMPLEMENT_GLOSS_WORDS else None


@cache
def _apposition() -> re.Pattern[str]:
    """A comma, then words with no clause break, closing a text."""
    commas, breaks = re.escape(script().commas), re.escape(script().clause_breaks)
    return re.compile(rf"\s*[{commas}][^{breaks}]+$")


@cache
def _gloss() -> re.Pattern[str]:
    """A bracketed gloss closing a text ("MC Lunara (...)")."""
    opening, closing = re.escape(script().open_brackets), re.escape(script().close_brackets)
    return re.compile(rf"\s*[{opening}][^{opening}{closing}]{{0,40}}[{closing}]$")
