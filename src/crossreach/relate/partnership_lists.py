"""The names one partnership cue joins in a sentence that names more than two: the list right after
the cue with the subject of its clause, or the list right before it, a name restated in brackets
being one name and an owner in apposition no party (``relate.partnerships`` asks, cue by cue)."""

from __future__ import annotations

import re

from crossreach.domain import DomainLexicon
from crossreach.lexicon import compiled, script
from crossreach.models import Mention, Sentence
from crossreach.recognise.entity_rules import EntityRules
from crossreach.relate.context import CLAUSE_BREAK, is_tech
from crossreach.relate.partnership_clauses import opens_clause
from crossreach.relate.partnership_comitative import listed_with_partner
from crossreach.relate.partnership_cues import PartnershipCues
from crossreach.relate.partnership_reader import BRACKETED, joins, owns
from crossreach.relate.partnership_relatives import relative_subject

#: More parties than this in one sentence is a list of names, not a partnership.
MAX_PARTIES = 3
#: How far (characters) after a partnership cue the first party it names may stand.
_LIST_REACH = 40
#: How far (characters) before a cue the names it joins may end ("Louvre and Alibaba signed").
_BEFORE_REACH = 40
#: How many characters a name's tail and the bracket that restates it may hold ("集团（").
_RESTATED_GAP = 4
#: How many characters of a script without spaces may join two parties before their cue ("则与").
_SHORT_LINK = 3
#: A space between two characters of a script without spaces: a headline's two parts ("A与B签约 C豪门首次..."),
#: whose second is no object of the first's cue.
_UNSPACED_BREAK = compiled(rf"(?<=[{script().unspaced}])\s+(?=[{script().unspaced}])")  # large class: stored
#: A decimal or thousands mark between two digits: no clause break.
_FIGURE_MARK = re.compile(r"(?<=\d)[.,](?=\d)")
#: How long the link between an owner and what it owns may be ("'s", "的", "旗下").
_POSSESSIVE = 2


def around_cue(text: str, sentence: Sentence, cue: re.Match[str], mentions: list[Mention],
                rules: EntityRules, cues: PartnershipCues, domain: DomainLexicon) -> list[list[Mention]]:
    """The parties one cue joins in a sentence that names more: the names listed together right after
    it ("a partnership with Alibaba and Ele.me", "un'intesa tra gli Uffizi, Weibo e l'ENIT"), with the
    brand or institution named last before it when those are platforms, or else with the sentence's
    first name; or, with nothing after it, the names listed right before it ("Louvre and Alibaba
    signed an agreement"), with the subject of their clause when they are all of one side ("TME
    renewed with Warner and Sony", "LEC was streamed by Bilibili and Douyu, whose contracts ended").
    An owner in apposition ("Fliggy, Alibaba's travel platform") is no party; a name restated in
    brackets ("华纳音乐集团（Warner Music Group）") is one name of the list."""
    start, end = sentence.start + cue.start(), sentence.start + cue.end()
    after = [m for m in mentions if m.start >= end]
    listed: list[Mention] = []
    hub: Mention | None = None  # the one partner of each listed name
    if after and after[0].start - end <= _LIST_REACH and not _pair_before(text, start, end, after[0], mentions) \
            and not _beyond_clause(text, sentence.start, start, end, after[0], mentions) \
            and not _UNSPACED_BREAK.search(text, end - 1, after[0].start + 1):
        listed = [after[0]]
        for mention in after[1:]:
            if _restated(text, listed[-1], mention):
                continue
            link = text[listed[-1].end:mention.start]
            if owns(domain, listed[-1], mention) and len(link.strip()) <= _POSSESSIVE and not joins(link, rules, cues):
                listed[-1] = mention  # "with ByteDance's Douyin", "与字节跳动旗下抖音": the platform is the party
                continue
            if not joins(_unbracketed(text[listed[-1].end:mention.start]), rules, cues):
                break
            if owns(domain, mention, listed[-1]) or opens_clause(text, mention, cues):
                break
            listed.append(mention)
    before = [m for m in mentions if m.end <= start]
    if listed:
        anchors = [m for m in before if not is_tech(m)]
        if anchors and all(is_tech(m) for m in listed):
            # "Prada signed an agreement with Tmall"; a name in an aside before the cue ("Armani
            # Beauty, made under licence by L'Oréal, started a collaboration with …") is not the party.
            in_clause = [m for m in anchors if not CLAUSE_BREAK.search(text, m.end, start)]
            subjects = _listed_before(text, anchors, in_clause[-1], rules, cues) if in_clause \
                else [relative_subject(text, sentence, cue, anchors, cues)
                      or next((m for m in reversed(anchors)  # "..., and Luckin, with 20,000 outlets, signed with"
                               if cues.relative_aside.match(_masked(text, m.end, start, mentions))), anchors[0])]
            own = [m for m in before if not CLAUSE_BREAK.search(text, m.end, start)]
            if not in_clause and len(listed) == 1 and own and own[0].name != listed[0].name \
                    and not _coordinated(text[end:listed[0].start], rules):
                # "..., and Huya streams the tour through a sublicence from Migu": the clause's own subject
                return [[own[0], listed[0]]]
            if len(listed) == 1 and len(subjects) > 1:  # "Gucci, Prada and Burberry signed with Tencent"
                hub, listed = listed[0], subjects
            else:
                listed.insert(0, subjects[-1])
        elif (subjects := [m for m in before if not CLAUSE_BREAK.search(text, m.end, start)]
              or [m for m in before[-1:] if cues.relative_clause.match(text[m.end:start])
                  and not (len(before) > 1 and joins(text[before[-2].end:m.start], rules, cues))]
              or [m for m in before if cues.relative_aside.match(_masked(text, m.end, start, mentions))]) \
                and (len(listed) == 1 or (len({m.name for m in subjects}) == 1
                     and not cues.between.search(text[end:listed[0].start])
                     and not cues.partnership.search(text, sentence.start, subjects[0].start))):
            # the clause's subject: "Tencent set up a lab with the Institute", "Tencent, which owns Riot,
            # signed", "..., Tencent, which also works with the Palace Museum" (not a list's last name: "A
            # and B, which had set up a joint venture for C"); with a list of one side, the subject with
            # each name of it ("Tmall signed with Gucci and Prada", "ISDIN is held by Puig and by Esteve"),
            # or one deal of all when it holds both sides ("the Louvre teamed up with Douyin and Atout
            # France"), if the clause names no other name and no cue before the subject (in "SPFL signs
            # Douyin deal as Celtic and Rangers ..." Douyin is the object of "signs"); "between A and B"
            # names every party.
            sides = {is_tech(m) for m in listed}
            if len(listed) == 1 or len(sides) > 1:
                listed.insert(0, subjects[0])
            else:
                hub = subjects[0]
    elif before and start - before[-1].end <= _BEFORE_REACH:
        if paired := listed_with_partner(text, sentence, cue, mentions, rules, cues):
            return paired  # "卢浮宫、大都会艺术博物馆等此前也与抖音有过合作": each subject with the partner
        listed = [before[-1]]
        for mention in reversed(before[:-1]):
            if _restated(text, mention, listed[0]):
                listed[0] = mention
                continue
            if not joins(_unbracketed(text[mention.end:listed[0].start]), rules, cues) \
                    or _coordinates_clauses(text, before, mention, listed[0], rules, cues):
                break
            listed.insert(0, mention)
        own = [m for m in before if m.end <= listed[0].start and not CLAUSE_BREAK.search(text, m.end, start)]
        if len({m.name for m in listed}) == 1 and own and own[-1].name != listed[0].name \
                and _short_link(text[own[-1].end:listed[0].start]):
            listed.insert(0, own[-1])  # "而快手则与CBA签约": an adverb beside the word that joins them
        hub = _subject_of_list(text, before, listed)
        if hub is None and len(listed) > 2 and _subject_of_list(text, listed[:1], listed[1:]) is not None:
            hub, listed = listed[0], listed[1:]  # "腾讯音乐与华纳、索尼续签": the first name with each other
    unique = list({m.name: m for m in listed}.values())
    if hub is not None and hub.name not in {m.name for m in unique}:
        if len(unique) == 1:
            return [[hub, *unique]]
        return [[hub, m] for m in unique] if len(unique) <= MAX_PARTIES else []  # one deal per listed name
    if not any(not is_tech(m) for m in unique) or len(unique) > MAX_PARTIES:
        return []
    return [unique]


def _coordinates_clauses(text: str, before: list[Mention], mention: Mention, listed: Mention,
                         rules: EntityRules, cues: PartnershipCues) -> bool:
    """Whether a comma and a conjunction join a name to the one before it in another clause of its own:
    a name stands before that one in its sentence, not listed with it ("Starbucks has 8 million followers
    on its Tmall store, and Luckin Coffee signed ..."): Tmall is no subject of the cue."""
    gap = text[mention.end:listed.start]
    if not gap.lstrip().startswith(",") or not _coordinated(gap.lstrip()[1:], rules):
        return False
    earlier = [m for m in before if m.end <= mention.start]
    return bool(earlier) and not joins(_unbracketed(text[earlier[-1].end:mention.start]), rules, cues)


def _pair_before(text: str, start: int, end: int, first_after: Mention, mentions: list[Mention]) -> bool:
    """Whether the cue's clause names two parties before the cue and a clause break stands between
    the cue and the next name ("A and B signed, while C has 300 million users"): that name is
    another clause's, no object of the cue."""
    if not CLAUSE_BREAK.search(text, end, first_after.start):
        return False
    return len({m.name for m in mentions if m.end <= start and not CLAUSE_BREAK.search(text, m.end, start)}) >= 2


def _short_link(gap: str) -> bool:
    """Whether the text between two names is a few characters of a script without spaces at most ("则与"):
    the words that join two parties before their cue, whatever adverb stands beside them."""
    return " " not in gap.strip() and 0 < len(gap.strip()) <= _SHORT_LINK


def _masked(text: str, start: int, end: int, mentions: list[Mention]) -> str:
    """The text between two offsets with every name in it written as capitals, so that a name's own
    punctuation ("JD.com", "Ele.me") reads as no break, nor does a figure's ("with 20,000 outlets")."""
    found = _FIGURE_MARK.sub("0", text[start:end])
    for mention in mentions:
        if start <= mention.start and mention.end <= end:
            at = mention.start - start
            found = found[:at] + "X" * (mention.end - mention.start) + found[at + mention.end - mention.start:]
    return found


def _beyond_clause(text: str, opening: int, start: int, end: int, first_after: Mention,
                   mentions: list[Mention]) -> bool:
    """Whether the cue closes a relative aside that names a party before it and the next name stands
    after the aside's closing break ("Tencent, which holds NBA rights, signed with the Premier League"):
    that name is the main clause's, no object of the cue. ``opening`` is where the sentence starts."""
    left = max((b.end() for b in CLAUSE_BREAK.finditer(text, opening, start)), default=opening)
    return bool(CLAUSE_BREAK.search(text, end, first_after.start)) and any(left <= m.start and m.end <= start
                                                                          for m in mentions)


def _coordinated(gap: str, rules: EntityRules) -> bool:
    """Whether a comma or a conjunction stands between a cue and a name ("renews the exclusive and
    Douyin gets the highlights"): the name opens a clause of its own, no object of the cue."""
    return "," in gap or any(word in rules.conjunctions for word in gap.split())


def _listed_before(text: str, anchors: list[Mention], last: Mention, rules: EntityRules,
                   cues: PartnershipCues) -> list[Mention]:
    """The names listed together up to ``last`` ("Gucci, Prada and Burberry"): a list of subjects. A
    comma alone before ``last`` closes a clause rather than a list ("Unlike Prada, Gucci signed")."""
    listed = [last]
    for mention in reversed([m for m in anchors if m.end <= last.start]):
        if not joins(_unbracketed(text[mention.end:listed[0].start]), rules, cues):
            break
        listed.insert(0, mention)
    if len(listed) > 1 and text[listed[-2].end:last.start].strip() in (",", "\uff0c"):
        return [last]
    return listed


def _restated(text: str, first: Mention, second: Mention) -> bool:
    """Whether a name is the one before it restated in brackets ("索尼音乐（Sony Music）")."""
    gap = text[first.end:second.start].rstrip()
    return first.name == second.name and gap[-1:] in ("(", "\N{FULLWIDTH LEFT PARENTHESIS}") \
        and len(gap) <= _RESTATED_GAP


def _unbracketed(gap: str) -> str:
    """The text between two listed names without the bracket that closed the first one's restatement."""
    return gap.lstrip(" )）")


def _subject_of_list(text: str, before: list[Mention], listed: list[Mention]) -> Mention | None:
    """The name that opens the clause of a list of names of one side (all platforms, or all brands and
    institutions) when it is of the other side: the list's partner ("腾讯音乐与华纳、索尼续签")."""
    if len({is_tech(m) for m in listed}) != 1 or len({m.name for m in listed}) < 2:
        return None
    side = is_tech(listed[0])
    earlier = [m for m in before if m.end <= listed[0].start
               and not CLAUSE_BREAK.search(BRACKETED.sub("", text[m.end:listed[0].start]))]
    return next((m for m in earlier if is_tech(m) != side), None)
