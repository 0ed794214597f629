"""Organizations no gazetteer lists and the run reader of ``entities.py`` does not type, named by
what stands around them: a list they share with organizations already known ("ba&sh, A.P.C. et
Maison Kitsuné"; "a Sandeman, a Graham's, a Taylor's e a Porto Cruz"), an adjective of place
after an article that stands for the company ("A americana Crocs"), or a cue noun before a name
that opens with a stop word ("dem Tischtennishersteller Double Happiness"). A name that is shaped
like a person's (a known given name first), that a place preposition introduces or that the
document also writes in lower case is left out: those are persons, places and common words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from crossreach.lexicon import LanguageLexicon, alternation, compiled, is_spaced, script
from crossreach.models import Mention, covered_characters
from crossreach.recognise.common_words import all_common
from crossreach.recognise.defined_acronyms import defined_acronyms
from crossreach.recognise.latin_in_han import latin_in_han_names, listed_type, names_the_rest
from crossreach.recognise.person_names import chinese_names, is_first_name
from crossreach.rule_cache import language_rules

#: The most words of a name.
_NAME_WORDS = 4
#: How far before an apposition's comma its name is looked for, in characters.
_APPOSED_REACH = 60
#: The fewest letters of the adjective an apposition without an article may open with ("storica manifattura"):
#: shorter words are function words ("FIDE, as the federation is known").
_BARE_ADJECTIVE = 4
#: What ends an apposition: the comma that closes it, or the end of its sentence (then no apposition).
_APPOSITION_END = re.compile(r"[,.;:!?\n]")


@dataclass(frozen=True)
class _Rules:
    name_re: re.Pattern[str]
    joiner_re: re.Pattern[str]
    cues: dict[str, str]
    title_re: re.Pattern[str]
    stop_words: frozenset[str]
    #: Words before a place's name ("in", "su"): a capitalised run after one is a place, no organization.
    place_prepositions: frozenset[str]
    conjunction_re: re.Pattern[str]
    #: The cue nouns and organization prefixes: alone, capitalised, a noun ("l'ENIT, l'Agenzia nazionale ..."), no name.
    nouns: frozenset[str]
    #: A cue noun (or, where nouns are capitalised, a compound ending with one: "Tischtennishersteller")
    #: right before a capitalised run that opens with a stop word, which the run reader cannot open a name with.
    cue_stop_re: re.Pattern[str]
    #: Cue nouns a language writes capitalised, in lower case: what a compound that ends with one ends with.
    glued_cues: tuple[str, ...]
    #: An adjective of place that may stand for a company ("l'americana Crocs"); None where there are none.
    place_re: re.Pattern[str] | None
    #: Nouns of kinship ("famiglia"): a name after one is a family's, no trade's ("la holding della famiglia X").
    kin_nouns: frozenset[str]
    #: An article, ending where the text does: before the adjective of ``place_re``.
    article_end_re: re.Pattern[str]
    #: A cue noun, maybe an adjective, a genitive preposition and one or two nouns that say the trade,
    #: right before a capital ("la empresa de moda Inditex", "a fabricante chinesa de ecrãs Ledman");
    #: None where adjectives stand before nouns, as the trade does too ("the fashion group X").
    trade_re: re.Pattern[str] | None
    #: The connectors: a trade is said in words that are none of them ("il club di viale della X": a street).
    connectors: frozenset[str]
    #: A comma, an article, at most a few describing words and a cue noun ending the apposition that
    #: follows a name ("Ecoalf, la marca de moda ...", "Gymshark, the British fitness brand").
    apposed_re: re.Pattern[str]
    #: The nouns of a platform ("la plateforme", "the app"): an apposition of one makes the name a platform's.
    platform_cues: frozenset[str]
    #: The most words between the apposition's article and its cue noun: one where adjectives follow
    #: the noun ("la jeune marque"), three where they stand before it.
    apposed_words: int
    #: The language's abbreviations (casefolded, no stop): "Dr." or "St." inside a run opens a name
    #: ("Dr. Schär", "St. Pauli") instead of ending the one before it as a full stop would.
    abbreviations: frozenset[str]
    #: A press noun (and, where adjectives follow nouns, one lower-case word) right before a capital ("il
    #: mensile Barche", "el diario deportivo Récord"); None where the language lists none.
    press_re: re.Pattern[str] | None = None
    #: The possessive endings ("'s"): a run word that ends with one closes its name ("Ornua's Kerrygold" is Ornua's).
    possessives: tuple[str, ...] = ()


@language_rules("context_name_rules")
def _rules(lexicon: LanguageLexicon) -> _Rules | None:
    """The regexes of one language; None where it writes no spaces or has no cue nouns."""
    entities, roles = lexicon.section("entities"), lexicon.section("roles")
    articles = [str(a) for a in roles.get("apposition_articles") or []]
    cues = {str(k).casefold(): str(v) for k, v in (entities.get("org_cues") or {}).items()}
    if not is_spaced(lexicon) or not cues:
        return None
    capitals = script().capitals + script().latin_extended
    word = rf"[{capitals}][\w&'\u2019.\-]*"
    connectors = [str(c) for c in entities.get("connectors") or [] if str(c) not in entities.get("conjunctions", [])]
    # A capitalised run, with connectors inside ("Hauser & Wirth", "Bem-Te-Vi Calçados").
    name_re = compiled(rf"{word}(?:[ \t]+(?:(?:{alternation(connectors)})[ \t]+)?{word}){{0,{_NAME_WORDS - 1}}}")
    list_articles = [str(a) for a in lexicon.section("partnerships").get("list_articles") or []]
    conjunctions = alternation(entities.get("conjunctions"))
    joiner_re = compiled(rf"[ \t]*(?:,[ \t]*(?:(?:{conjunctions})[ \t]+)?|;[ \t]*|[ \t](?:{conjunctions})[ \t]+)"
                         rf"(?:(?:{alternation(list_articles)})(?:[ \t]+|(?<=['\u2019])))?")
    titles = [*(roles.get("titles") or {}), *(entities.get("person_cues") or [])]
    places = entities.get("place_adjectives") or []
    every_article = alternation([*articles, *list_articles], ignore_case=True)
    # (The adjective is looked for first, the article before it then: articles are everywhere.)
    # (No lookbehind opens these regexes: one that opens with a few characters is searched for faster.)
    place_re = compiled(rf"[ \t'\u2019](?P<adjective>{alternation(places)})[ \t]+(?=[{capitals}])") if places else None
    article_end_re = compiled(rf"(?<![\w'\u2019])(?i:{every_article})(?:[ \t]+|(?<=['\u2019]))$")
    stops = [str(w) for w in entities.get("stop_words") or [] if str(w)[:1].isupper()]
    # (The stop word and the capital after it are looked for first, the cue noun before them then.)
    cue_stop_re = compiled(rf"(?P<stop>{alternation(stops)})[ \t]+(?=[{capitals}])")
    # (The genitive prepositions: the connectors that are no conjunction, article or mark.)
    article_words = {str(a).casefold() for a in [*articles, *list_articles]}
    genitives = [c for c in connectors if (c.isalpha() or c[-1:] in "'\u2019") and c.casefold() not in article_words]
    trade_re = compiled(
        rf"(?<![\w\-])(?P<cue>{alternation(cues)})(?:[ \t]+[^\W\d_]{{3,}})?[ \t]+(?:{alternation(genitives)})"
        rf"(?:[ \t]+|(?<=['\u2019]))(?P<trade>[^\W\d_]{{3,}}(?:[ \t]+[^\W\d_]{{3,}})?)[ \t]+(?=[{capitals}])"
    ) if entities.get("cue_adjectives") and genitives else None
    # (Where nouns are capitalised, a compound may end with the cue noun: "der Hamburger Gewuerzhersteller".)
    glued = r"[^\W\d_]*" if any(str(k)[:1].isupper() for k in entities.get("org_cues") or {}) else ""
    platforms = [str(c).casefold() for c in entities.get("platform_cues") or []]
    press = [str(c) for c in entities.get("press_cues") or []]
    after = rf"(?:[ \t]+(?![{capitals}])[^\W\d_]{{3,}})?" if entities.get("cue_adjectives") else ""
    press_re = compiled(rf"(?<![\w\-])(?i:{alternation(press, ignore_case=True)}){after}[ \t]+(?=[{capitals}])") \
        if press else None
    # (the article may be left out, as journalism in most languages does: "Pigini, storica manifattura di ...")
    apposed_re = compiled(rf",[ \t]+(?P<article>(?:{alternation(articles)})(?:[ \t]+|(?<=['\u2019])))?"
                          rf"(?P<between>(?:[^\W\d_][\w'\u2019\-]*[ \t]+){{0,3}}?)"
                          rf"(?P<cue>{glued}(?i:{alternation([*cues, *platforms], ignore_case=True)}))(?![\w\-])")
    return _Rules(
        apposed_re=apposed_re, platform_cues=frozenset(platforms), press_re=press_re,
        apposed_words=1 if entities.get("cue_adjectives") else 3,
        abbreviations=frozenset(str(a).casefold() for a in lexicon.section("segment").get("abbreviations") or []),
        trade_re=trade_re, connectors=frozenset(connectors),
        possessives=tuple(str(p) for p in lexicon.section("names").get("possessives") or []),
        cue_stop_re=cue_stop_re,
        glued_cues=tuple(str(k).lower() for k in entities.get("org_cues") or {} if str(k)[:1].isupper()),
        place_re=place_re,
        kin_nouns=frozenset(str(w).casefold() for w in entities.get("kin_nouns") or []),
        article_end_re=article_end_re,
        name_re=name_re, joiner_re=joiner_re, cues=cues,
        title_re=compiled(rf"(?i:{alternation(titles, ignore_case=True)})(?![\w\-])"),
        stop_words=frozenset(str(w) for w in entities.get("stop_words") or []),
        nouns=frozenset([*cues, *(str(k).casefold() for k in entities.get("org_prefixes") or {})]),
        conjunction_re=compiled(rf"[ \t](?:{conjunctions})[ \t]"),
        place_prepositions=frozenset(str(w).casefold()
                                     for w in lexicon.section("metrics").get("platform_prepositions") or []))


def context_names(text: str, lexicon: LanguageLexicon, known: list[Mention], common: frozenset[str]) -> list[Mention]:
    """The organizations that an adjective of place, a cue noun or a list with known organizations
    names, none overlapping a ``known`` mention (which are free of overlaps)."""
    rules = _rules(lexicon)
    if rules is None:
        return latin_in_han_names(text, lexicon, known)  # (an unspaced script: its Latin names only)
    taken = covered_characters(text, known)
    found = [*_after_place_adjectives(text, rules, taken, common), *_opening_with_stop_words(text, rules, taken),
             *_before_appositions(text, rules, taken, common), *_after_press_nouns(text, rules, taken, common)]
    for mention in found:
        taken[mention.start:mention.end] = b"\x01" * (mention.end - mention.start)
    found += [*defined_acronyms(text, lexicon, taken), *_after_trades(text, rules, taken, common)]
    for mention in found:
        taken[mention.start:mention.end] = b"\x01" * (mention.end - mention.start)
    return found + _listed(text, rules, sorted([*known, *found], key=lambda m: m.start), taken, common)


def _after_place_adjectives(text: str, rules: _Rules, taken: bytearray, common: frozenset[str]) -> list[Mention]:
    """Names right after an article and an adjective of place that stands for the company ("A
    americana Crocs", "a gaúcha Bem-Te-Vi Calçados", "la torinese Lavazza")."""
    if rules.place_re is None:
        return []
    found = []
    for match in rules.place_re.finditer(text):
        if rules.article_end_re.search(text, max(0, match.start() - 6), match.start("adjective")) is None:
            continue
        found.extend(_organization_at(text, match.end(), rules, taken, common, "other"))
    return found


def _after_press_nouns(text: str, rules: _Rules, taken: bytearray, common: frozenset[str]) -> list[Mention]:
    """Newspapers, magazines and newsletters a press noun names ("stando al mensile Barche", "the sports business
    newsletter Sportcal", "segundo o semanário Expresso"): media, whatever words their names are made of."""
    found = []
    for match in rules.press_re.finditer(text) if rules.press_re is not None else ():
        found.extend(_organization_at(text, match.end(), rules, taken, common, "media"))
    return found


def _organization_at(text: str, at: int, rules: _Rules, taken: bytearray, common: frozenset[str],
                     category: str) -> list[Mention]:
    """The organization whose name starts right at ``at`` (after a cue that says what it is), if any."""
    run = _run_at(text, at, rules)
    span = None if run is None else _as_organization(text, run[0], run[1], rules, taken, common)
    if span is None or span[0] != at:
        return []
    start, end = span
    return [Mention(start, end, text[start:end], text[start:end], "organization", category, origin="pattern")]


def _after_trades(text: str, rules: _Rules, taken: bytearray, common: frozenset[str]) -> list[Mention]:
    """Names after a cue noun and the trade it is in ("la empresa de moda Inditex", "a fabricante
    chinesa de ecrãs Ledman", "la maison de ventes Artcurial"): the words between are in lower case."""
    if rules.trade_re is None:
        return []
    found = []
    for match in rules.trade_re.finditer(text):
        gap = text[match.end("cue"):match.end("trade")]
        trade = match.group("trade").split()
        if any(c.isupper() for c in gap) or any(w in rules.connectors or w.casefold() in rules.kin_nouns
                                                 for w in trade):
            continue  # (not "la holding della famiglia Garavoglia": a family, no trade)
        run = _run_at(text, match.end(), rules)
        span = None if run is None else _as_organization(text, run[0], run[1], rules, taken, common)
        if span is None or span[0] != match.end():
            continue
        start, end = span
        found.append(Mention(start, end, text[start:end], text[start:end], "organization",
                             rules.cues.get(match.group("cue").casefold(), "other"), origin="pattern"))
        taken[start:end] = b"\x01" * (end - start)
    return found


def _before_appositions(text: str, rules: _Rules, taken: bytearray, common: frozenset[str]) -> list[Mention]:
    """Names an apposition after them describes with a cue noun ("Ecoalf, la marca de moda sostenible",
    "Gymshark, the British fitness apparel brand", or with no article, as journalism often writes it:
    "Pigini, storica manifattura di ...", where at most one lower-case adjective precedes the cue noun and
    no name follows it, which the cue would introduce: "Separately, Chinese carmaker Zeekr"): the
    describing words are no title ("Rossi, il
    presidente del club") or genitive, and in lower case where adjectives follow the noun; a comma closes the
    apposition (without one, "Desde Madrid, la empresa firmo ..." opens the clause of its subject), or for a platform's
    noun the sentence's end where the name closes a clause (``_ends_a_clause``). Their origin,
    "apposition", lets the partnership rules pair such a name as they would the unread name it once was."""
    found = []
    for match in rules.apposed_re.finditer(text):
        between = match.group("between").split()
        bare = match.group("article") is None
        if len(between) > rules.apposed_words or any(
                w.casefold() in rules.connectors or rules.title_re.fullmatch(w)
                or ((bare or rules.trade_re is not None) and not w.islower()) for w in between):
            continue
        if bare and (len(between) > 1 or any(len(w) < _BARE_ADJECTIVE for w in between)
                     or _names_after(text, match.end("cue"), rules)):
            continue  # (no article: "Separately, Chinese carmaker Zeekr" is the cue of the name after it)
        closing = _APPOSITION_END.search(text, match.end("cue"), match.end("cue") + _APPOSED_REACH * 2)
        if closing is None or (closing.group() != "," and (closing.group() in ":;"
                                                          or match.group("cue").casefold() not in rules.platform_cues)):
            continue  # (a sentence's end closes a platform's apposition only: org names found so owned later figures)
        comma = match.start()
        window = max(text.rfind("\n", 0, comma) + 1, comma - _APPOSED_REACH)
        if window > 0 and not text[window - 1].isspace():
            window = text.find(" ", window, comma) + 1  # (0 when no word starts in reach)
        run = next((m for m in rules.name_re.finditer(text, window, comma) if m.end() == comma), None)
        if run is None or rules.title_re.search(text, match.end("cue"), match.end("cue") + 2) is not None \
                or (match.group("cue").casefold() in rules.platform_cues
                    and not _ends_a_clause(text, run.start(), match.end(), closing.start())):
            continue  # (a platform noun only after a clause-ending name: "X, a sports site, estimated": a source)
        cue = match.group("cue").casefold()
        span = _as_organization(text, run.start(), run.end(), rules, taken, common, not bare
                                and cue not in rules.platform_cues and _ends_a_clause(text, run.start(), comma, comma))
        if span is None or span[1] != comma:
            continue
        start, end = span
        kind, category = ("platform", "tech") if cue in rules.platform_cues else ("organization",
                                                                                  rules.cues.get(cue, "other"))
        # (one without an article is "pattern": the partnership rules pair only what an article's apposition names)
        found.append(Mention(start, end, text[start:end], text[start:end], kind, category,
                             origin="pattern" if bare else "apposition"))
    return found


def _names_after(text: str, cue_end: int, rules: _Rules) -> bool:
    """Whether a capitalised word follows a cue noun, maybe after one lower-case word ("maker Zeekr", "marca
    italiana Zegna"): the cue then introduces that name, as no apposition of the name before it does."""
    after = text[cue_end:cue_end + 40].split()
    if after and not after[0].islower() and after[0][:1].isalpha():
        return True
    return len(after) > 1 and after[0].isalpha() and after[0].islower() \
        and after[0].casefold() not in rules.connectors and after[1][:1].isupper()


def _ends_a_clause(text: str, name_start: int, aside_start: int, aside_end: int) -> bool:
    """Whether an apposition describes a name that ends a clause ("... avec Zuzuche, la plateforme chinoise de
    location."), not the subject after a fronted phrase ("Desde Madrid, la plataforma firmó 3 contratos."): two
    words or more of the sentence before the name, and no figure in the aside."""
    opening = max(text.rfind(mark, 0, name_start) for mark in ".!?\n") + 1
    return len(text[opening:name_start].split()) >= 2 and not any(c.isdigit() for c in text[aside_start:aside_end])


def _opening_with_stop_words(text: str, rules: _Rules, taken: bytearray) -> list[Mention]:
    """Names right after a cue noun that open with a word that elsewhere opens no name ("dem
    Tischtennishersteller Double Happiness", "der Sender Das Erste"): the cue says a name follows."""
    found = []
    for match in rules.cue_stop_re.finditer(text):
        opening = match.start()
        if not text[opening - 2:opening - 1].isalpha() or text[opening - 1:opening] not in " \t":
            continue  # a stop word opening a sentence or a word, or after anything but a word
        before = text[max(0, match.start() - 40):match.start()].split()
        cue = before[-1].casefold() if before else ""
        if not (cue in rules.cues or (rules.glued_cues and cue.endswith(rules.glued_cues))):
            continue
        run = _run_at(text, match.start("stop"), rules)
        if run is None:
            continue
        start, end = run
        words = text[start:end].split()
        if len(words) < 2 or words[-1] in rules.stop_words or any(taken[start:end]) \
                or any(w[0].islower() for w in words):
            continue
        found.append(Mention(start, end, text[start:end], text[start:end], "organization",
                             rules.cues.get(cue, "other"), origin="pattern"))
    return found


def _as_organization(text: str, start: int, end: int, rules: _Rules, taken: bytearray,
                     common: frozenset[str], described: bool = False) -> tuple[int, int] | None:
    """The span of a capitalised name as an organization's: without leading stop words, and None
    for a name a known mention covers, a person's, a place's or a clause's opening word."""
    words = text[start:end].split()
    for index, word in enumerate(words[:-1]):
        if _ends_with_stop(word, rules):
            return _as_organization(text, text.index(words[index + 1], start), end, rules, taken, common, described)
    while words and (words[0] in rules.stop_words or words[0][0].islower()):
        if words[0].casefold() in rules.place_prepositions:
            return None  # "in Wuhan": a place
        start = text.index(words[1], start + len(words[0])) if len(words) > 1 else end
        words = words[1:]
    if not words or any(taken[start:end]) or words[-1] in rules.stop_words:
        return None
    before = text[max(0, start - 20):start].split()
    if before and before[-1].casefold() in rules.place_prepositions and not described:
        return None  # (unless an apposition says what it is: "gerido pela EGEAC, a empresa municipal")
    opens_sentence = not text[max(0, start - 3):start].strip(" \t\"'\u201c\u00ab") \
        or text[max(0, start - 3):start].rstrip()[-1:] in ".!?\n"
    if (len(words) > 1 and is_first_name(words[0])) or chinese_names().is_name(words) \
            or all_common(" ".join(words), common) or any(rules.title_re.fullmatch(w) for w in words) \
            or (len(words) == 1 and (is_first_name(words[0]) or words[0].casefold() in rules.nouns
                                     or (opens_sentence and words[0].lower() in common))):
        return None
    return start, end


def _listed(text: str, rules: _Rules, known: list[Mention], taken: bytearray,
            common: frozenset[str]) -> list[Mention]:
    """Names in a list with known organizations or platforms: the list has two of them, or three
    items or more; the new names take the type and commonest category of the known ones."""
    organizations = [m for m in known if m.type in ("organization", "platform")]
    found: list[Mention] = []
    done = -1
    by_start = {m.start: m for m in known}
    for mention in organizations:
        if mention.start < done:
            continue
        items: list[tuple[int, int, Mention | None]] = [(mention.start, mention.end, mention)]
        while (joiner := rules.joiner_re.match(text, items[-1][1])) is not None:
            following = by_start.get(joiner.end())
            if following is not None:
                if following.type not in ("organization", "platform"):
                    break
                items.append((following.start, following.end, following))
                continue
            span = _run_at(text, joiner.end(), rules)
            if span is None:
                break
            items.append((span[0], span[1], None))
        done = items[-1][1]
        knowns = [m for _, _, m in items if m is not None]
        if not names_the_rest(len(items), knowns) or _tag_line(text, items[0][0], items[-1][1], rules):
            continue
        kind, category = listed_type(knowns)
        for start, end, item in items:
            for part in (() if item is not None else _owner_and_owned(text, start, end, rules)):
                span = _as_organization(text, part[0], part[1], rules, taken, common)
                if span is not None and span == part:
                    found.append(Mention(*span, text[span[0]:span[1]], text[span[0]:span[1]], kind, category,
                                         origin="pattern"))
    return found


def _owner_and_owned(text: str, start: int, end: int, rules: _Rules) -> list[tuple[int, int]]:
    """A listed name, or the two names a possessive joins in it ("Ornua's Kerrygold": Ornua and its
    brand Kerrygold), each of which a list of brands names."""
    for word in _WORD.finditer(text, start, end):
        possessive = next((p for p in rules.possessives if word.group().endswith(p) and len(word.group()) > len(p)), "")
        if possessive and word.end() < end:
            return [(start, word.end() - len(possessive)), (text.index(" ", word.end()) + 1, end)] \
                if text[word.end():word.end() + 1] == " " else [(start, end)]
    return [(start, end)]


def _tag_line(text: str, start: int, end: int, rules: _Rules) -> bool:
    """Whether a list is a line of tags ("Tags: ESL, Douyu, China, Streaming"): no conjunction
    joins its items, and it ends its line."""
    line_end = text.find("\n", end)
    rest = text[end:line_end if line_end >= 0 else len(text)]
    return not rest.strip(" \t.") and rules.conjunction_re.search(text, start, end) is None


def _ends_with_stop(word: str, rules: _Rules) -> bool:
    """Whether a word of a capitalised run ends a sentence with its dot ("Cruz."): not an
    abbreviation of the language ("Dr.", "St."), which opens the name after it."""
    return word.endswith(".") and any(c.islower() for c in word) and word[:-1].casefold() not in rules.abbreviations


def _run_at(text: str, start: int, rules: _Rules) -> tuple[int, int] | None:
    """The capitalised name that opens at ``start``, up to its last capitalised word before a list
    joiner, a full stop ("Gran Cruz. Entre ...": a word with a full stop ends it) or anything else
    that ends it; without the dots and apostrophes it ends with."""
    match = rules.name_re.match(text, start)
    if match is None:
        return None
    end = start
    for word in _WORD.finditer(match.group()):
        end = start + word.end()
        if _ends_with_stop(word.group(), rules):
            break
    while end > start and text[end - 1] in ".'\u2019":
        end -= 1
    return (start, end) if end > start else None


#: A word of a capitalised run.
_WORD = re.compile(r"\S+")
