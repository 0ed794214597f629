"""Compiled entity cues of one language, from its ``entities``, ``roles`` and ``quotes`` sections."""

from __future__ import annotations

import re
from dataclasses import dataclass

from crossreach.lexicon import LanguageLexicon, alternation, compiled, cue_pattern, every_language, is_spaced, script
from crossreach.recognise.person_names import is_first_name
from crossreach.rule_cache import language_rules

#: A word in the gap between a cue noun and a name.
_GAP_WORD = re.compile(r"[^\W\d_]+")
#: How far before a name a cue noun may end when one adjective may stand between them.
_ADJECTIVE_SLACK = 20
#: The fewest letters of an adjective between a cue noun and a name (no preposition is as long).
_ADJECTIVE_LETTERS = 5
#: Marks that end a sentence or clause: a cue noun before one introduces nothing after it.
_CLAUSE_ENDS = ".!?;:"


@dataclass(frozen=True)
class EntityRules:
    """What one language needs to find and type names that no lexicon lists."""

    org_suffixes: dict[str, str]
    org_prefixes: dict[str, str]
    platform_cue_re: re.Pattern[str]
    connectors: frozenset[str]
    name_adjectives: frozenset[str]
    #: How far before a name its cue noun may end: past one adjective where adjectives follow nouns.
    org_cue_slack: int
    cue_adjective: bool
    event_nouns: frozenset[str]
    conjunctions: frozenset[str]
    list_joiner_re: re.Pattern[str]
    name_particles: frozenset[str]
    stop_words: frozenset[str]
    title_re: re.Pattern[str]
    person_cue_re: re.Pattern[str]
    speech_re: re.Pattern[str]
    org_cues: dict[str, str]
    org_cue_re: re.Pattern[str]
    capitalised_org_cues: frozenset[str]
    #: The owner nouns' last words ("das Museum": museum), casefolded, where nouns are capitalised: alone, no name.
    owner_nouns: frozenset[str]
    legal_forms: frozenset[str]
    article_re: re.Pattern[str]
    title_department_re: re.Pattern[str]
    name_openers: frozenset[str]
    case_endings: tuple[str, ...]
    han_org_re: re.Pattern[str] | None
    han_person_re: re.Pattern[str] | None
    honorifics: frozenset[str]
    place_openers: frozenset[str]
    han_surname_person_re: re.Pattern[str] | None
    #: Possessive endings ("'s"), which cut a run of names; with the bare marks, what a name drops at its end.
    possessives: tuple[str, ...]
    possessive_re: re.Pattern[str]
    employer_re: re.Pattern[str] | None = None
    #: What ``employer_re`` needs of the last words before a name (``employer_phrase_ends``): the
    #: last word of a joining word or article, or a word after a "-based" word. Read before that
    #: regex is searched for, since most names have none of these before them.
    employer_last_word_re: re.Pattern[str] | None = None
    #: The joining words of ``title_department_re`` alone ("of"), for ``department_may_close``; None
    #: where a joining word or connector holds a space, and that quick check cannot be made.
    department_of_re: re.Pattern[str] | None = None
    #: The longest article: ``article_re`` need only be searched for that far from the end (None: all of it).
    article_reach: int | None = None
    #: What ``possessive_re`` removes, and a final line break (before which its "$" also matches), as a
    #: tuple for ``str.endswith``: a word that ends with none of them is left as it is without a regex
    #: (None: always ask the regex).
    possessive_endings: tuple[str, ...] | None = None
    employer_based_re: re.Pattern[str] | None = None
    employer_title_re: re.Pattern[str] | None = None
    employer_links: frozenset[str] = frozenset()
    han_employer_re: re.Pattern[str] | None = None
    #: What a word opening with a ``capitalised_org_cues`` noun ends with ("-Agentur", "agentur"), as a tuple for
    #: ``str.endswith``: one check says whether any cue may be read in a word, before each is tried.
    capitalised_cue_endings: tuple[str, ...] = ()
    #: Every language's articles that open names (``names.leading_articles``), casefolded: a name opening with
    #: one is a title's or a company's ("The Moorings" in any language's text), never a person's.
    name_articles: frozenset[str] = frozenset()
    #: The cue nouns and the press nouns ("el diario X"), which confirm a gazetteer name that is also a
    #: common word but find no new name (None: the cue nouns alone).
    confirm_cue_re: re.Pattern[str] | None = None
    #: The organization prefixes, each with the space after it: one ``startswith`` tells whether a
    #: run can open with any of them before they are tried in turn.
    org_prefix_openings: tuple[str, ...] = ()
    #: A cue noun and the genitive after it, ending where the text does ("l'agenzia di ", "a agencia de "):
    #: a place right after it says where the company named next is from ("di Shanghai Blue Harbor
    #: Media"), no part of its name. None where the language joins no place so.
    origin_cue_re: re.Pattern[str] | None = None
    #: The number scales, folded ("milliarden"): a capitalised one before a name is no title ("2,1 Milliarden Yuan").
    scales: frozenset[str] = frozenset()
    #: Whether the language capitalises every noun (``entities.capitals_mark``: German): a capital alone marks no name.
    nouns_capitalised: bool = False


def _origin_cue_pattern(org_cues: dict[str, str], section: dict[str, object], spaced: bool) -> re.Pattern[str] | None:
    """``EntityRules.origin_cue_re``: a cue noun, then one of the connectors that is no conjunction."""
    skipped = {*(str(w) for w in section.get("conjunctions") or []), "&", "'s"}
    links = [str(w) for w in section.get("connectors") or [] if str(w) not in skipped]
    if not spaced or not org_cues or not links:
        return None
    return compiled(rf"(?<![^\W\d_])(?i:{alternation(org_cues, ignore_case=True)})\s+"
                    rf"(?:{alternation(links)})(?:\s+|(?<=['\u2019]))$")


def name_connectors(section: dict[str, object]) -> list[str]:
    """The connectors of an ``entities`` section that may stand inside a name ("Parc national des
    Écrins", "Futebol Clube do Porto"): all but the conjunctions and "&", the longest first, so an
    alternation of them reads "de la" before "de"."""
    conjunctions = {str(w) for w in section.get("conjunctions") or []}
    return sorted((str(w) for w in section.get("connectors") or []
                   if str(w) not in conjunctions and w != "&"), key=len, reverse=True)


def _undotted(forms: dict[str, str]) -> dict[str, str]:
    """Suffixes, each also without its closing dot: a run's last word is read without the dot that may
    end its sentence, so "S.L." and "Co." are looked up as "S.L" and "Co" ("Vinos Rojos S.L.")."""
    return {**{form[:-1]: value for form, value in forms.items() if form.endswith(".") and len(form) > 2},
            **forms}


@language_rules("entity_rules")
def entity_rules(lexicon: LanguageLexicon) -> EntityRules:
    section = lexicon.section("entities")
    titles = list((lexicon.section("roles").get("titles") or {}).keys())
    verbs = lexicon.section("quotes").get("verbs") or []
    of_words = lexicon.section("roles").get("of") or []
    org_cues = {str(k).casefold(): str(v) for k, v in (section.get("org_cues") or {}).items()}
    spaced = is_spaced(lexicon)
    org_suffixes = _undotted({str(k): str(v) for k, v in (section.get("org_suffixes") or {}).items()})
    han_org_re = han_person_re = han_surname_person_re = han_employer_re = None
    chars = script()
    names = lexicon.section("names")
    possessives = [str(p) for p in names.get("possessives") or []]
    possessive_endings = [*possessives, *(str(w) for w in names.get("elided_possessives") or [])]
    employer_last_words = _last_words(lexicon.section("roles").get("employer_of"), section.get("articles"))
    if not spaced:
        han, opening, closing = chars.han, re.escape(chars.open_brackets), re.escape(chars.close_brackets)
        breaks = "".join(str(w) for w in lexicon.section("names").get("breaks") or [])
        stop = re.escape(chars.name_breaks + breaks)
        # A Chinese institution's name is taken when a parenthesised Latin name follows it.
        han_org_re = compiled(rf"[^{stop}\s\d]{{1,10}}?(?:{alternation(org_suffixes)})"
                                rf"[{opening}](?P<latin>[A-Z][^{opening}{closing}]{{2,60}})[{closing}]")
        # (the loader has added every word's traditional-script forms: 说 and 說 alike)
        after = section.get("person_after") or []
        dots = re.escape(chars.title_name_dot)
        han_person_re = compiled(
            rf"(?P<title>{alternation(titles)})(?P<name>[{han}]{{2,3}}?|[{han}]{{1,5}}[{dots}][{han}]{{1,6}})"
            rf"(?=[{opening}]|{alternation(after)})")
        # A family name and one or two characters after a break and before a speech verb or a
        # parenthesised Latin name ("，孙琦说", "。劉海濤（Liu Haitao）").
        surnames = section.get("surnames") or []
        # An organization nobody listed, by its suffix, opening a clause right before a title
        # ("，富泰證券研究部經理陳柏翰"): the employer of the person the title introduces. Not by a
        # one-character suffix ("部"), which ends department names too.
        han_employer_re = compiled(
            rf"(?:^|(?<=[{re.escape(chars.wide_breaks)}\s]))(?P<org>[^{stop}\s\d]{{2,10}}?"
            rf"(?:{alternation([k for k in org_suffixes if len(k) > 1])}))"
            rf"(?=[^{stop}\s\d]{{0,8}}?(?:{alternation(titles)}))")
        han_surname_person_re = compiled(
            rf"(?:^|(?<=[{re.escape(chars.wide_breaks)}\s]))(?P<name>(?:{alternation(surnames)})[{han}]{{1,2}})"
            rf"(?=(?:{alternation(verbs)})|[{opening}][A-Z])")
    return EntityRules(
        org_suffixes=org_suffixes,
        org_prefixes={str(k): str(v) for k, v in (section.get("org_prefixes") or {}).items()},
        org_prefix_openings=tuple(f"{k} " for k in section.get("org_prefixes") or {}),
        platform_cue_re=cue_pattern(section.get("platform_cues"), spaced),
        connectors=frozenset(str(c) for c in section.get("connectors") or []),
        name_adjectives=frozenset(str(c) for c in section.get("name_adjectives") or []),
        org_cue_slack=_ADJECTIVE_SLACK if section.get("cue_adjectives") else 4,
        cue_adjective=bool(section.get("cue_adjectives")),
        event_nouns=frozenset(str(c) for c in section.get("event_nouns") or []),
        conjunctions=frozenset(str(c) for c in section.get("conjunctions") or []),
        # What stands between two names of a list: a comma, a semicolon or a conjunction.
        list_joiner_re=compiled(rf"\s*(?:,|;|{alternation(section.get('conjunctions'))})\s*,?\s*"),
        name_particles=frozenset(str(c) for c in section.get("name_particles") or []),
        stop_words=frozenset(str(w) for w in section.get("stop_words") or []),
        title_re=cue_pattern(titles, spaced),
        person_cue_re=cue_pattern([*titles, *(section.get("person_cues") or [])], spaced,
                                  gapped=lexicon.section("roles").get("led_by")),
        speech_re=cue_pattern(verbs, spaced),
        org_cues=org_cues,
        org_cue_re=cue_pattern(org_cues, spaced),
        # Cue nouns the language writes with a capital (German "Agentur"), so they may open a run.
        capitalised_org_cues=frozenset(str(k) for k in section.get("org_cues") or {} if str(k)[:1].isupper()),
        # (only where every noun is capitalised: elsewhere "il Parco" is the park's short name)
        owner_nouns=frozenset(str(noun).split()[-1].casefold() for nouns in (
            lexicon.section("metrics").get("owner_nouns") or {}).values() for noun in nouns
            if any(str(k)[:1].isupper() for k in section.get("org_cues") or {})),
        nouns_capitalised=section.get("capitals_mark") == "nouns",
        capitalised_cue_endings=tuple(ending for k in section.get("org_cues") or {} if str(k)[:1].isupper()
                                      for ending in ("-" + str(k), str(k).lower())),
        legal_forms=frozenset(_undotted({str(w): "" for w in section.get("legal_forms") or []})),
        # An article right before a name ("the General Office"): not how a person's full name is written.
        article_re=compiled(rf"(?<![^\W\d_])(?i:{alternation(section.get('articles'), ignore_case=True)})\s*$"),
        article_reach=max((len(str(a)) for a in section.get("articles") or []), default=0),
        origin_cue_re=_origin_cue_pattern(org_cues, section, spaced),
        # A name that continues a title's "of ..." ("Chairman of Group Marketing and Global Branding"): a department.
        title_department_re=compiled(
            rf"(?i:{alternation(titles, ignore_case=True)})\s+(?i:{alternation(of_words, ignore_case=True)})\s+"
            rf"(?:{_DEPARTMENT_WORD}\s+|(?:{alternation(section.get('connectors'))})\s+)*$"),
        department_of_re=None if any(" " in str(w) for w in [*of_words, *(section.get("connectors") or [])])
        else compiled(rf"(?i:{alternation(of_words, ignore_case=True)})"),
        name_openers=frozenset(str(w) for w in section.get("name_openers") or []),
        case_endings=tuple(str(e) for e in section.get("case_endings") or []),
        han_org_re=han_org_re,
        han_person_re=han_person_re,
        honorifics=frozenset(str(w) for w in section.get("honorifics") or []),
        place_openers=frozenset(str(w) for w in section.get("place_openers") or []),
        han_surname_person_re=han_surname_person_re,
        possessives=tuple(possessives),
        possessive_re=compiled(f"(?:{alternation(possessive_endings)})$"),
        possessive_endings=(*(w for w in possessive_endings if w), "\n"),
        han_employer_re=han_employer_re,
        name_articles=frozenset(w.casefold() for w in every_language("names", "leading_articles")),
        employer_re=_employer_pattern(titles, lexicon.section("roles"), section.get("articles")) if spaced else None,
        employer_last_word_re=compiled(rf"(?i:{alternation(employer_last_words, ignore_case=True)})"),
        employer_based_re=compiled(_BASED),
        employer_title_re=compiled(rf"(?i:{_title_words(titles, lexicon.section('roles'))})"),
        employer_links=frozenset(str(w) for w in lexicon.section("roles").get("employer_of") or []),
        confirm_cue_re=cue_pattern([*org_cues, *(str(w) for w in section.get("press_cues") or [])], spaced),
        scales=frozenset(str(w).casefold() for w in lexicon.section("numbers").get("scales") or []),
    )


#: How many words a title phrase may hold between its title and the word naming the employer
#: ("head of auto research at", "consultante au cabinet shanghaien").
_TITLE_PHRASE_WORDS = 5


def _employer_pattern(titles: list[str], roles: dict[str, object], articles: object) -> re.Pattern[str] | None:
    """A title phrase ending right before an employer's name ("analyst at ", "fondatrice de la "):
    the capitalised name after it is an organization even when no lexicon lists it. Only the
    words that join a title to whom a person works for count, not "for" or "in", which name places.
    The person's name may stand between the title and a comma before the link ("pelo enólogo Rui
    Matos, da Quinta Serra Alta")."""
    links = roles.get("employer_of")
    if not links:
        return None
    word = r"[^\W\d_][\w'\u2019-]*"
    title = _title_words(titles, roles)
    capitals = script().capitals
    return compiled(
        rf"(?<![^\W\d_])(?i:{title})(?:[\s-]+{word}){{0,{_TITLE_PHRASE_WORDS}}}?"
        rf",?\s+(?i:{alternation(links, ignore_case=True)})(?:\s+(?i:{alternation(articles, ignore_case=True)}))?"
        rf"(?:\s+{_BASED}\s+[^\W\d_{capitals}]+)?\s+$")


#: A "-based" word between the joining word and the employer's name ("the Shanghai-based importer X"):
#: the place it names is no name.
_BASED = rf"[{script().capitals}][^\W\d_]*-[a-z][^\W\d_]*"
#: A capitalised word of a department's name after a title's "of" ("Chairman of Group Marketing").
_DEPARTMENT_WORD = rf"[{script().capitals}][\w&.'\u2019-]*"
_DEPARTMENT_WORD_RE = re.compile(_DEPARTMENT_WORD)


def department_may_close(before: str, rules: EntityRules) -> bool:
    """Whether ``title_department_re`` may find a title's "of" and a department's name at the end of
    ``before``: it ends with a space, and going back over capitalised words and connectors one
    reaches a joining word. Where it does not, that regex (tried from every position) finds nothing."""
    if rules.department_of_re is None:
        return True
    if not before[-1:].isspace():
        return False
    for word in reversed(before.split()):
        if rules.department_of_re.fullmatch(word):
            return True
        if not (_DEPARTMENT_WORD_RE.fullmatch(word) or word in rules.connectors):
            return False
    return False


def cue_apposes(before: str, cue: str, name: str, rules: EntityRules) -> bool:
    """Whether ``name``, right after ``before``, is the one the cue noun at its end introduces ("the
    engineering group ABB", "the agency, Loong"): nothing but punctuation or an article between
    them, not a preposition or a possessive ("il gruppo di Trivero", "the studio by Grace Lin",
    "the company's Wuhan factory"), but for one adjective where adjectives follow nouns ("le groupe
    chinois X"); and after a comma, not a person's name, which closes a title
    phrase ("le directeur du digital du club, Sebastien Aubry")."""
    gap = before[before.rfind(cue) + len(cue):]
    words = _GAP_WORD.findall(gap)
    if any(mark in gap for mark in _CLAUSE_ENDS) or ("," in gap and is_first_name(name.split()[0])):
        return False  # the cue closed a sentence or clause ("gli altri club. Il ...")
    if len(words) == 1 and rules.cue_adjective and words[0].islower() and len(words[0]) >= _ADJECTIVE_LETTERS \
            and gap.strip() == words[0] and len(name) > 1:
        return True  # "le groupe chinois Suning", "la consultora madrilena X"; not "faturou R$"
    return not words or (len(words) == 1 and rules.article_re.search(gap) is not None)


def without_possessive(word: str, rules: EntityRules) -> str:
    """A word or name without the possessive ending it carries ("Burberry's")."""
    if rules.possessive_endings is not None and not word.endswith(rules.possessive_endings):
        return word
    return rules.possessive_re.sub("", word)


def _last_words(*lists: object) -> list[str]:
    """The last word of each of the words or phrases of the lists ("de" of "au sein de")."""
    return [str(w).split()[-1] for words in lists for w in words or [] if str(w).split()]


def employer_phrase_ends(text: str, start: int, reach: int, rules: EntityRules) -> bool:
    """Whether the words right before ``start`` can close a title phrase that ``employer_re`` finds:
    spaces, then a joining word or an article, or a "-based" word and one more word; the regex
    asks this at the end of every phrase it matches, so where it is not so it finds none."""
    window = text[max(0, start - reach):start]
    if not window[-1:].isspace() or rules.employer_last_word_re is None or rules.employer_based_re is None:
        return False
    words = window.split()
    return bool(words) and (rules.employer_last_word_re.fullmatch(words[-1]) is not None
                            or (len(words) > 1 and rules.employer_based_re.fullmatch(words[-2]) is not None))


def _title_words(titles: list[str], roles: dict[str, object]) -> str:
    """The titles as a regex, with the compounds a title ends ("Konsumgüteranalystin") where the
    language glues them."""
    title = alternation(titles, ignore_case=True)  # (read where case is ignored)
    heads = roles.get("compound_titles")
    return rf"{title}|[^\W\d_]+(?:{alternation(heads, ignore_case=True)})" if heads else title
