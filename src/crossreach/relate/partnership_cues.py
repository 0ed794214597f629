"""The partnership cues of a language, compiled once: general and per-kind cues, presence cues,
negations, status words, reporting words and the words that refer to a platform or to both sides.
A verb of working with a partner may be split from its preposition by an adverb or a "since" year
("arbeitet seit 2022 mit Douyin zusammen", "trabalha desde 2021 com a Douyin"): ``split_cues``.

All of it is read from the ``partnerships`` section of ``lexicons/languages/<lang>.yaml`` (and, for
audience words and platform prepositions, its ``metrics`` section); nothing here is language-specific.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from crossreach.build_cache import cached, source_digest
from crossreach.lexicon import NEVER, LanguageLexicon, alternation, compiled, cue_pattern, opening_words, script
from crossreach.models import PARTNERSHIP_KINDS
from crossreach.relate.cue_inserts import with_inserts
from crossreach.relate.cue_scanner import CueScanner, cue_scanner
from crossreach.rule_cache import language_rules

if TYPE_CHECKING:
    import opencc

#: Metric kinds whose words name an audience measured on a platform ("followers", "views", "粉丝").
AUDIENCE_KINDS = ("views", "viewers", "likes", "comments", "shares", "interactions", "followers",
                  "users", "dau", "mau")
#: When a sentence holds cues of several kinds, the most specific one names the deal.
KIND_ORDER = ("memorandum", "rights", "stake", "sponsorship", "alliance", "store", "other")



@dataclass(frozen=True)
class PartnershipCues:
    """A language's partnership cues as patterns (``kinds`` most specific first)."""

    partnership: re.Pattern[str]
    presence: re.Pattern[str]
    any_cue: re.Pattern[str]
    #: ``any_cue`` without the split cues, and the split cues alone ("arbeitet seit 2022 mit"): a
    #: document's text is scanned with each (``relate.partnerships``), a sentence's with ``any_cue``.
    any_word: re.Pattern[str]
    split: re.Pattern[str]
    negation: re.Pattern[str]
    kinds: tuple[tuple[str, re.Pattern[str]], ...]
    renewed: re.Pattern[str]
    ended: re.Pattern[str]
    reporting: re.Pattern[str]
    both_sides: re.Pattern[str]
    #: "The deal", "l'accordo", "该协议": a deal the sentence does not name the parties of.
    deal_references: re.Pattern[str]
    #: A stake in "its" capital ("detém 20% do seu capital"): of the subject the sentence refers to.
    subject_stake: re.Pattern[str]
    platform_words: re.Pattern[str]
    list_article: re.Pattern[str]
    #: The kinds of organization a descriptor before a name ends with ("der Hersteller"), also as a compound's
    #: last part where the language writes compounds as one word ("der Schreibgeraetehersteller Stabilo").
    org_cue: re.Pattern[str]
    audience: re.Pattern[str]
    on_platform: re.Pattern[str]
    contrast: re.Pattern[str]
    #: The head noun of a description naming a company ("the e-commerce giant", "il colosso di Hangzhou").
    company_words: re.Pattern[str] = NEVER
    #: A definite or demonstrative word opening such a description ("the", "del", "该").
    description_openers: re.Pattern[str] = NEVER
    #: A subject pronoun opening a sentence ("It", "Elle", "Sie").
    opening_pronoun: re.Pattern[str] = NEVER
    #: A word opening an aside about a bystander ("Besides", "unlike", "oltre a"), matched at a clause's start.
    bystander: re.Pattern[str] = NEVER
    #: Words crediting the name right after them as a source ("according to", "secondo", "据").
    sources: re.Pattern[str] = NEVER
    #: A rubric opening a link to another article ("Related:", "Leggi anche:", "相关阅读："), at a
    #: sentence's start.
    related_link: re.Pattern[str] = NEVER
    #: Words opening the list of names a group stands for ("including", "tra cui", "darunter", "包括").
    including: re.Pattern[str] = NEVER
    #: Words joining the two parties a partnership noun names after it ("between", "tra", "zwischen").
    between: re.Pattern[str] = NEVER
    #: An aside that a relative pronoun opens right after a name's comma and a comma closes before the
    #: cue ("Tencent, which also owns Riot Games, signed ..."): the name before it is the clause's subject.
    relative_aside: re.Pattern[str] = NEVER
    #: A relative clause that opens right after a name's comma and holds the cue ("Tencent, which also works
    #: with the Palace Museum"): the name before it is the cue's subject.
    relative_clause: re.Pattern[str] = NEVER
    #: Plural job nouns and the word joining them to the firm they work for, right before its name where words
    #: are spaced ("analysts at ", "gli analisti di "), right after it where not ("的分析师"): that firm is a
    #: source of what the sentence says, no party of it.
    analysts: re.Pattern[str] = NEVER
    #: Words that say a deal is only planned, rumoured, denied or negotiated ("could sign", "in talks with").
    speculation: re.Pattern[str] = NEVER
    #: Words of a disclaimer about the page itself ("Sponsored content", "This article was produced in ...").
    disclaimer: re.Pattern[str] = NEVER
    #: A cue word that is a noun after its article, no deal ("la firma": the firm, not "firma", signs).
    not_cue: re.Pattern[str] = NEVER
    #: The rival nouns among the negations ("rival", "concorrente"): only they take adjectives before
    #: the name they are an epithet of ("the German rival", "a concorrente portuguesa Vista Alegre").
    rival_nouns: frozenset[str] = frozenset()
    #: Words that set where or when something happened right before a name ("during", "lors du", "在"), and
    #: those that close the setting after it ("上", "期间"; NEVER where a language has none).
    setting: re.Pattern[str] = NEVER
    setting_after: re.Pattern[str] = NEVER
    #: Words that make a cue's partner an unnamed group ("several brands", "多家企业").
    groups: re.Pattern[str] = NEVER
    #: Nouns of what a platform hosts, right after its name ("its Douyin account", "a Weibo hashtag",
    #: "der Weibo-Kanal", "微博账号"): the platform is where the account is, no party.
    account_nouns: re.Pattern[str] = NEVER
    #: What a presence cue opens, right after it, when it opens an account, not a store ("开设官方账号").
    account_opening: re.Pattern[str] = NEVER
    #: The conjunctions of a spaced script ("and", "e", "und"): a negation after one, after the cue, negates
    #: a coordinated predicate ("ended its store on Pinduoduo and had no plans to return"), not the cue.
    conjunction: re.Pattern[str] = NEVER
    #: A pronoun standing for a brand's own store ("and Adidas opened its own", "y X abrio la suya").
    own_store: re.Pattern[str] = NEVER
    #: A verb of a contract binding two parties ("liait", "legava", "band") and the preposition before the
    #: second ("a", "an", "to"): "le contrat qui liait la LFP a PP Sports".
    link_verb: re.Pattern[str] = NEVER
    link_to: re.Pattern[str] = NEVER
    #: Words right after a listed name that make it the subject of a clause of its own ("with Tencent and
    #: Prada has opened ..."): auxiliaries and verbs of the language's ``clause_verbs``.
    clause_verb: re.Pattern[str] = NEVER
    #: A store noun ("stores", "boutiques", "Shops", "店铺"), as the pronoun's noun ("its own store").
    store_nouns: re.Pattern[str] = NEVER
    #: A partner preposition ("with", "mit", "与") closing the text before a name: the name is the partner
    #: of the clause's subject ("Gucci und Prada haben mit Tmall ...").
    partner_preposition: re.Pattern[str] = NEVER
    #: A partner preposition with a relative pronoun ("with which", "avec laquelle", "con cui"): an aside it
    #: opens after a name says the name is the partner of the sentence's subject (``relate.partnership_asides``).
    partner_relative: re.Pattern[str] = NEVER
    #: A relative clause holding the cue after an apposition of the name before it ("AICEP, the trade agency,
    #: which opened a pavilion on JD.com"): the name is the cue's subject.
    relative_after_apposition: re.Pattern[str] = NEVER
    #: What a platform hosts, written right after its name ("a Weibo hashtag", "its Douyin account") or
    #: right before it ("compte Douyin", "cuenta de Weibo"): the name says where a post is, no party.
    content_after: re.Pattern[str] = NEVER
    content_before: re.Pattern[str] = NEVER
    #: A verb of selling or distributing ("sold", "vende", "verkauft", "销售"), a word denying it ("not", "non"),
    #: and a platform preposition
    #: closing the text before a platform's name, maybe with an article and a noun between ("on", "sur la
    #: plateforme", "através da plataforma", "在"): ``relate.partnership_channels``.
    channel_verb: re.Pattern[str] = NEVER
    channel_negation: re.Pattern[str] = NEVER
    channel_preposition: re.Pattern[str] = NEVER
    #: A noun naming a company's trading counterparty ("distributor", "Importeur", "经销商"): a cue, whose
    #: name is the partner of the company the sentence or document is about (``relate.partnership_roles``).
    partner_role: re.Pattern[str] = NEVER
    #: The words of every kind of ``kinds`` in one regex: a text none of them matches names no kind, found
    #: in one scan instead of one a kind (it matches where one of the kinds' regexes does).
    any_kind: re.Pattern[str] = NEVER
    #: ``any_word`` tried only where one of its words occurs (``relate.cue_scanner``), for a document's text;
    #: and ``partnership`` (where one of its words or a split cue's verb occurs) and ``presence``, for a
    #: sentence's (``matches``).
    any_word_scanner: CueScanner | None = None
    partnership_scanner: CueScanner | None = None
    presence_scanner: CueScanner | None = None

    def matches(self, pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
        """``list(pattern.finditer(text))``, by its scanner where it has one."""
        for scanner in (self.partnership_scanner, self.presence_scanner, self.any_word_scanner):
            if scanner is not None and scanner.pattern is pattern:
                return scanner.finditer(text)
        return list(pattern.finditer(text))


def _pattern(words: object, spaced: bool, compound: int = 0) -> re.Pattern[str]:
    """The cue words as whole words; with ``compound`` (the ``metrics.compound_cues`` length of a
    language that writes compounds as one word), a noun of at least that many letters (written
    capitalised, as the lexicon lists nouns) also as a compound's last part ("Ausrüster|vertrag",
    "Medien|partnerschaft"; the match is the cue word itself)."""
    if not words:
        return NEVER
    whole = cue_pattern(_spellings(words), spaced)
    tails = [str(w) for w in words if isinstance(words, list | tuple) and compound and len(str(w)) >= compound
             and str(w)[:1].isupper() and str(w).isalpha()] if spaced else []
    if not tails:
        return whole
    return compiled(rf"(?:{whole.pattern})|(?<=[^\W\d_])(?:{alternation(tails, ignore_case=True)})(?![^\W\d_])",
                    whole.flags)


#: With a closing particle (``split_closers``): how many words may split the verb from its preposition (a subject
#: and a "since" phrase: "arbeitet der Konzern seit April mit"), and how far after the preposition the particle
#: may close the clause.
_CLOSED_GAP, _CLOSED_REACH = 4, 80


def split_cues(section: dict[str, object], spaced: bool) -> str:
    """The source of a regex (case ignored inline) of the verb-and-preposition cues of
    ``partnerships.split_cues`` split after the verb by one of the language's ``cue_inserts`` ("arbeitet
    künftig mit") or by a "since" word (``since_words``) and a year ("trabalha desde 2021 com", "arbeitet
    seit 2022 mit ... zusammen"): a closed set of inserts, no looser gap of any words, unless a particle of
    ``split_closers`` closes the clause after the preposition ("arbeitet Deuter seit Juli mit Sanfo zusammen":
    the verb, its preposition and its particle bracket the clause, so any few words may split them); "" where
    the language lists none or writes no spaces (its verb and preposition are one cue word)."""
    phrases = [str(p).split(maxsplit=1) for p in section.get("split_cues") or [] if len(str(p).split()) == 2] \
        if isinstance(section.get("split_cues"), list) else []
    if not spaced or not phrases:
        return ""
    inserts = [r"\s+".join(re.escape(w) for w in str(i).split()) for i in section.get("cue_inserts") or []]
    since = [re.escape(str(w)) for w in section.get("since_words") or []]
    if since:
        inserts.append(rf"(?:{'|'.join(since)})\s+(?:19|20)\d\d")
    closers = [re.escape(str(w)) for w in section.get("split_closers") or []]
    if not inserts and not closers:
        return ""
    by_first: dict[str, list[str]] = {}
    for verb, preposition in phrases:
        rests = by_first.setdefault(verb[0].casefold(), [])
        if inserts:
            rests.append(rf"{re.escape(verb[1:])}\s+(?:{'|'.join(inserts)})\s+{re.escape(preposition)}")
        if closers:  # "arbeitet Deuter seit Juli mit der Kette Sanfo zusammen": the particle closes the clause
            rests.append(rf"{re.escape(verb[1:])}\s+(?:[^\s.,;:!?]+\s+){{1,{_CLOSED_GAP}}}?{re.escape(preposition)}"
                         rf"(?=\s(?:[^.,;:!?]|\.(?=\S)){{1,{_CLOSED_REACH}}}?(?<![^\W\d_])(?:{'|'.join(closers)})(?![^\W\d_]))")
    # (a class of the first letters, compared with case, opens it: the regex engine then skips every other
    # position of a text without entering the pattern, as it does for the cue words' scanner)
    firsts = "".join(sorted({c for first in by_first for c in (first, first.upper())}))
    branches = "|".join(
        rf"(?<=[{re.escape(first + first.upper())}])(?i:{'|'.join(sorted(rests, key=len, reverse=True))})"
        for first, rests in sorted(by_first.items()))
    return rf"[{re.escape(firsts)}](?<![^\W\d_].)(?:{branches})(?![^\W\d_])"


def _with_split(pattern: re.Pattern[str], split: str) -> re.Pattern[str]:
    """A cue pattern that also matches the split cues of ``split_cues`` (the same pattern without them), for
    a sentence's text; a document's is scanned for them apart (``PartnershipCues.split``), as the two
    patterns joined lose the first-letter skip that makes each fast."""
    return compiled(rf"(?:{pattern.pattern})|(?:{split})", pattern.flags) if split else pattern


def _spellings(words: object) -> list[str]:
    """The words and, for Chinese, their traditional spellings ("续签", "續簽"): Hong Kong and Taiwan
    articles write the cues the lexicon lists in simplified characters."""
    plain = [str(word) for word in words] if isinstance(words, list | tuple) else []
    han = script().han_re
    if not han.search("\n".join(plain)):  # one search of them all: most languages' words hold no Han
        return list(dict.fromkeys(plain))
    forms: list[str] = []
    for word in plain:
        forms.append(word)
        if han.search(word):
            forms.append(_traditional(word))
    return list(dict.fromkeys(forms))


#: The traditional spelling of each Chinese word converted so far (``_read_traditional``).
_TRADITIONAL: dict[str, str] = {}


def _traditional(word: str) -> str:
    if word not in _TRADITIONAL:
        _TRADITIONAL[word] = _to_traditional().convert(word)
    return _TRADITIONAL[word]


def _read_traditional(lexicon: LanguageLexicon) -> None:
    """The traditional spellings of the Chinese words of the sections the cues are read from, read from
    the build cache (keyed by the words and this module): OpenCC's dictionaries take a process (each
    worker) about 0.1 CPU s to load, for the same words every time. The entities section's organization cues
    (a mapping: its keys are the words) and conjunctions too, which cues are made of here: a word missing from
    the entry loaded OpenCC in every process that met a Chinese text."""
    entities = lexicon.section("entities")
    leaves = {w for name in ("partnerships", "metrics") for w in _leaves(lexicon.section(name))}
    leaves.update(w for key in _ENTITY_CUES for w in _leaves(entities.get(key)))
    # (one search of them all first: most languages' sections hold no Han character at all)
    han = script().han_re
    words = sorted(w for w in leaves if han.search(w)) if han.search("\n".join(leaves)) else []
    if any(w not in _TRADITIONAL for w in words):
        _TRADITIONAL.update(cached("partnership_spellings", ["\n".join(words).encode("utf-8"), _own_source()],
                                   lambda: {w: _to_traditional().convert(w) for w in words}))


#: The lists of the entities section that cues are made of (``_read_traditional``).
_ENTITY_CUES = ("org_cues", "conjunctions")


def _leaves(node: object) -> Iterator[str]:
    """Every word of a lexicon section (the keys and items of its mappings and lists and its other values,
    at any depth)."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield str(key)
            yield from _leaves(value)
    elif isinstance(node, list | tuple):
        for item in node:
            yield from _leaves(item)
    elif node is not None:
        yield str(node)


@cache
def _own_source() -> bytes:
    """A digest of this module's bytes: a change to how the spellings are made invalidates their cache entry."""
    return source_digest(__file__)


@lru_cache(maxsize=1)
def _to_traditional() -> opencc.OpenCC:
    import opencc  # here: only a spelling missing from the build cache needs it

    return opencc.OpenCC("s2t")


@language_rules("partnership_cues")
def partnership_cues(lexicon: LanguageLexicon, spaced: bool) -> PartnershipCues:
    """The compiled cues of a language (``spaced``: whether its script separates words)."""
    _read_traditional(lexicon)
    section = lexicon.section("partnerships")
    subject_stakes = list(section.get("subject_stakes") or [])
    by_kind = dict(section.get("kinds") or {})
    if subject_stakes:  # "20% do seu capital" is a stake's cue too
        by_kind["stake"] = [*(by_kind.get("stake") or []), *subject_stakes]
    unknown = set(by_kind) - set(PARTNERSHIP_KINDS)
    if unknown:
        raise ValueError(f"{lexicon.code}.yaml: partnerships.kinds has unknown kinds {sorted(unknown)}")
    compound = int(lexicon.section("metrics").get("compound_cues") or 0)
    kinds = tuple((kind, _pattern(by_kind[kind], spaced, compound)) for kind in KIND_ORDER if by_kind.get(kind))
    kind_words = [w for kind in KIND_ORDER for w in by_kind.get(kind) or []]
    deal_words = [w for kind, words in by_kind.items() if kind != "store" for w in words or []]
    store_words = list(by_kind.get("store") or [])
    presence = with_inserts(section.get("presence"), section.get("cue_inserts"))
    metric_cues = lexicon.section("metrics").get("kinds") or {}
    prepositions = lexicon.section("metrics").get("platform_prepositions")
    after, before = section.get("platform_content_after"), section.get("platform_content_before")
    split = split_cues(section, spaced)
    roles = list(section.get("partner_roles") or [])
    # (a split cue is a cue unsplit too: "travaille avec" as "travaille desormais avec")
    words = list(dict.fromkeys([*(section.get("cues") or []), *(section.get("split_cues") or []), *roles]))
    any_words = [*words, *deal_words, *presence, *store_words]
    any_word = _pattern(any_words, spaced, compound)
    partner_words, presence_words = [*words, *deal_words], [*presence, *store_words]
    partnership = _with_split(_pattern(partner_words, spaced, compound), split)
    presence_cue = _pattern(presence_words, spaced)
    # (a split cue's match opens with its verb: "arbeitet" of "arbeitet seit 2022 mit")
    split_verbs = [str(p).split()[0] for p in section.get("split_cues") or [] if len(str(p).split()) == 2] \
        if split and isinstance(section.get("split_cues"), list) else []
    return PartnershipCues(
        partnership=partnership,
        presence=presence_cue,
        any_cue=_with_split(any_word, split),
        any_word=any_word,
        any_word_scanner=cue_scanner(_spellings(any_words), any_word),
        partnership_scanner=cue_scanner([*_spellings(partner_words), *split_verbs], partnership),
        presence_scanner=cue_scanner(_spellings(presence_words), presence_cue),
        split=compiled(split) if split else NEVER,
        negation=_pattern(section.get("negations"), spaced),
        kinds=kinds,
        any_kind=_pattern(kind_words, spaced, compound),
        renewed=_pattern(section.get("renewed"), spaced),
        ended=_pattern(section.get("ended"), spaced),
        reporting=_pattern(section.get("reporting"), spaced),
        both_sides=_pattern(section.get("both_sides"), spaced),
        deal_references=_pattern(section.get("deal_references"), spaced),
        subject_stake=_pattern(subject_stakes, spaced),
        platform_words=_pattern(section.get("platform_words"), spaced, compound),
        company_words=_pattern(section.get("company_words"), spaced, compound),
        description_openers=_pattern(section.get("description_openers"), spaced),
        list_article=compiled(rf"(?<![^\W\d_])(?i:{alternation(section.get('list_articles'), ignore_case=True)})\s*$")
        if section.get("list_articles") else NEVER,
        org_cue=_pattern(list(lexicon.section("entities").get("org_cues") or {}), spaced, compound),
        audience=_pattern([w for kind in AUDIENCE_KINDS for w in metric_cues.get(kind) or []], spaced),
        on_platform=compiled(rf"(?:{_pattern(prepositions, spaced).pattern})\s*$", re.IGNORECASE),
        contrast=_pattern(section.get("contrast"), spaced),
        opening_pronoun=compiled(rf"\s*(?:{alternation(_spellings(section.get('subject_pronouns')))})"
                                   + (r"(?![^\W\d_])" if spaced else ""), re.IGNORECASE)
        if section.get("subject_pronouns") else NEVER,
        bystander=_opening(section.get("bystanders"), spaced),
        sources=_pattern(section.get("sources"), spaced),
        related_link=_rubric(section.get("related_links"), spaced),
        including=_pattern(section.get("including"), spaced),
        between=_pattern(section.get("between"), spaced),
        relative_aside=_relative_aside(lexicon.section("metrics").get("relative_pronouns"), spaced),
        relative_clause=_relative_clause(lexicon.section("metrics").get("relative_pronouns"), spaced),
        analysts=_analysts(section.get("analyst_nouns"), lexicon.section("roles").get("employer_of"),
                           lexicon.section("entities").get("articles"), spaced),
        speculation=_pattern(section.get("speculations"), spaced),
        disclaimer=_pattern(section.get("disclaimers"), spaced),
        not_cue=_pattern(section.get("not_cues"), spaced),
        rival_nouns=frozenset(str(w).casefold() for w in section.get("rival_nouns") or []),
        setting=_pattern(section.get("settings"), spaced),
        setting_after=_pattern(section.get("settings_after"), spaced),
        groups=_pattern(section.get("groups"), spaced),
        conjunction=_pattern(lexicon.section("entities").get("conjunctions"), spaced) if spaced else NEVER,
        account_opening=compiled(r"\s*" + opening_words(section.get("account_openings"), spaced))
        if section.get("account_openings") else NEVER,
        account_nouns=compiled(rf"[\s-]?(?:{alternation(section.get('account_nouns'))})"
                               + (r"(?![^\W\d_])" if spaced else ""), re.IGNORECASE)
        if section.get("account_nouns") else NEVER,
        own_store=_pattern(section.get("store_pronouns"), spaced),
        store_nouns=_pattern(section.get("store_nouns"), spaced),
        link_verb=_pattern(section.get("link_verbs"), spaced),
        link_to=compiled(rf"\s*(?i:{alternation(section.get('link_to'), ignore_case=True)})\s*")
        if section.get("link_to") else NEVER,
        clause_verb=compiled(rf"\s+(?:{alternation(section.get('clause_verbs'))})(?![^\W\d_])")
        if section.get("clause_verbs") else NEVER,
        partner_preposition=_closing(section.get("partner_prepositions"), spaced),
        partner_relative=_pattern(section.get("partner_relatives"), spaced),
        relative_after_apposition=_relative_clause(lexicon.section("metrics").get("relative_pronouns"), spaced,
                                                   apposition=True),
        content_after=compiled(rf"[ \t]?(?i:{alternation(after, ignore_case=True)})"
                               + (r"(?![^\W\d_])" if spaced else "")) if after else NEVER,
        content_before=compiled(rf"(?<![^\W\d_])(?i:{alternation(before, ignore_case=True)})[ \t]+$")
        if before else NEVER,
        channel_verb=_pattern([*(section.get("channel_verbs") or []), *(section.get("publish_verbs") or [])], spaced),
        channel_negation=_pattern(section.get("channel_negations"), spaced),
        channel_preposition=_channel_preposition(prepositions, spaced),
        partner_role=_pattern(roles, spaced, compound),
    )


def _channel_preposition(words: object, spaced: bool) -> re.Pattern[str]:
    """A platform preposition closing a text, with up to two words (an article, a noun: "sur la
    plateforme", "on Alibaba's") between it and the end where words are spaced, right before it where not."""
    if not words:
        return NEVER
    gap = r"(?:\s+[^\W\d_][\w'\u2019-]*){0,2}\s+$" if spaced else r"\s*$"
    return compiled(rf"(?P<preposition>{_pattern(words, spaced).pattern}){gap}", re.IGNORECASE)


def _closing(words: object, spaced: bool) -> re.Pattern[str]:
    """Words that close a text (whole words in a spaced script), whatever case they are written in."""
    if not words:
        return NEVER
    lead = r"(?<![^\W\d_])" if spaced else ""
    return compiled(lead + rf"(?i:{alternation(_spellings(words), ignore_case=True)})\s*$")


def _relative_aside(words: object, spaced: bool) -> re.Pattern[str]:
    """The text from a name to the cue when it is all one aside a relative pronoun (or, in a script with
    capitals, a lower-case word) opens: a comma, the pronoun, words without another break, and the comma
    that closes it."""
    if not words:
        return NEVER
    opening = "(?i:" + alternation(_spellings(words), ignore_case=True) + ")" + (r"(?![^\W\d_])" if spaced else "")
    if spaced:  # or an apposition that a lower-case word opens ("Tencent, owner of Riot Games, signed")
        capitals = f"A-Z{chr(0xC0)}-{chr(0xDE)}"  # upper-case Latin letters, accented ones too
        opening = f"(?:{opening}|[^\\W\\d_{capitals}])"
    return compiled(r"\s*,\s*" + opening + r"[^,;:.!?()]*,\s*[^,;:.!?()]*$")


def _relative_clause(words: object, spaced: bool, apposition: bool = False) -> re.Pattern[str]:
    """The text from a name to the cue when a relative pronoun opens it after a comma and no other break
    stands before the cue ("Tencent, which also works with ..."); with ``apposition``, after an
    apposition between commas ("AICEP, the trade agency, which opened ...")."""
    if not words:
        return NEVER
    opening = "(?i:" + alternation(_spellings(words), ignore_case=True) + ")" + (r"(?![^\W\d_])" if spaced else "")
    return compiled(r"\s*,\s*" + (r"[^,;:.!?()]+,\s*" if apposition else "") + opening + r"[^,;:.!?()]*$")


def _opening(words: object, spaced: bool) -> re.Pattern[str]:
    """Words that stand at the start of a clause (after its spaces and an opening quote), whole words
    in a spaced script."""
    if not words:
        return NEVER
    return compiled(rf"[\s\W]*(?:{alternation(_spellings(words), ignore_case=True)})"
                      + (r"(?![^\W\d_])" if spaced else ""), re.IGNORECASE)


def _rubric(words: object, spaced: bool) -> re.Pattern[str]:
    """Rubrics that stand at the start of a sentence and end at a colon, plain or full-width ("Related:",
    "À lire également :", "相关阅读："): a link to another article follows."""
    if not words:
        return NEVER
    return compiled(rf"[\s\W]*(?:{alternation(_spellings(words), ignore_case=True)})"
                      + (r"(?![^\W\d_])" if spaced else "") + "\\s*[:\uff1a]", re.IGNORECASE)


def _analysts(nouns: object, links: object, articles: object, spaced: bool) -> re.Pattern[str]:
    """``PartnershipCues.analysts``: a plural job noun, a joining word and an article ending right before a
    name (searched up to it) where words are spaced; where not, a job noun (with the possessive particle
    before it, which the joining words list) right after a name (matched from its end)."""
    if not nouns:
        return NEVER
    jobs = alternation([str(n) for n in nouns], ignore_case=True)
    if not spaced:
        joins = alternation([str(w) for w in links or []]) if links else ""
        return compiled(rf"\s*(?:{joins})?\s*(?:{jobs})" if joins else rf"\s*(?:{jobs})")
    joining = alternation([str(w) for w in links or []], ignore_case=True)
    article = rf"(?:\s*(?i:{alternation([str(a) for a in articles], ignore_case=True)}))?" if articles else ""
    return compiled(rf"(?<![^\W\d_])(?i:{jobs})\s+(?i:{joining}){article}\s*$", re.IGNORECASE) if links else NEVER
