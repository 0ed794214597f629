"""Organizations of an unspaced script that no gazetteer lists, read by the suffix that closes their name.

A Chinese text writes no space and no capital around a name: "由英格卡集团运营", "去年，博裕资本以约40亿美元",
"该滑雪场已与新西兰航空联合推出". The suffixes of the language's ``entities.org_suffixes`` (集团, 资本, 航空, 酒庄 ...)
say that what stands before them is an organization's name; where that name starts is read from what
opens it: a punctuation mark or space, one of the function characters of ``names.breaks`` (由, 与, 的 ...)
or a cue noun (分析机构久谦咨询). A name whose start none of these marks within four characters is left out, as
is one glued to a name already known or to Latin letters (徠卡相機股份公司, Clarins家族控股: the known name's
own legal form or holder), one counted (多家经纪公司), one made of a word that says what kind of organization
it is (``entities.descriptors``: 国际邮轮, 本地画廊) and one that a cue noun or another suffix follows, which it
describes (国际邮轮品牌). One-character suffixes (部) close department names as often as organizations' and are
not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from crossreach.lexicon import LanguageLexicon, alternation, compiled, script
from crossreach.models import Mention, covered_characters
from crossreach.recognise.latin_in_han import han_org_suffixes

#: The fewest and most characters of a name before its suffix.
_NAME_CHARS = range(2, 5)
#: The types a name read here may hold: a place opens many names (上海 + ...), a known organization none.
_YIELDING = frozenset({"place"})


@dataclass(frozen=True)
class _Rules:
    suffix_re: re.Pattern[str]
    suffixes: dict[str, str]
    #: The characters that cannot stand inside a name: function characters and punctuation.
    breaks: frozenset[str]
    #: The cue nouns, which end right before a name they introduce (分析机构, 品牌).
    cues: tuple[str, ...]
    han_re: re.Pattern[str]
    #: Classifiers that count organizations (一家公司): a name never follows one.
    counted_by: frozenset[str]
    #: The suffixes that are cue nouns too (公司, 集团): after a place they describe (瑞士邮轮公司), no name.
    cue_suffixes: frozenset[str]
    #: Words that say what kind an organization is (国际, 本地): a name is never one of them.
    descriptors: frozenset[str]
    #: The cue nouns and suffixes, and the words that make a noun one of a class (``entities.class_words``:
    #: 帆船租赁公司之一): one right after a suffix makes what it closes a description.
    followers: tuple[str, ...]
    #: The cue nouns (代运营公司): a noun that says what kind an organization is names none.
    cue_nouns: frozenset[str]
    #: Legal forms that close with a cue noun (有限公司): there a company's full name ends, and what follows
    #: it is no name the cue noun introduces (……管理有限公司成立合资公司).
    legal_closings: tuple[str, ...]


@cache
def _rules(lexicon: LanguageLexicon) -> _Rules | None:
    """The suffixes of an unspaced language; None for a spaced one."""
    suffixes = han_org_suffixes(lexicon)
    if not suffixes:
        return None
    entities = lexicon.section("entities")
    breaks = frozenset("".join(str(w) for w in lexicon.section("names").get("breaks") or []) + script().name_breaks)
    cue_nouns = {str(k) for k in entities.get("org_cues") or {}}
    cues = tuple(sorted({*cue_nouns, *(str(k) for k in entities.get("platform_cues") or [])}, key=len, reverse=True))
    return _Rules(compiled(alternation(suffixes)), suffixes, breaks, cues, compiled(f"[{script().han}]"),
                  frozenset("".join(str(w) for w in lexicon.section("names").get("counted_by") or [])),
                  frozenset(suffixes).intersection(cue_nouns),
                  frozenset(str(w) for w in entities.get("descriptors") or []),
                  tuple({*cue_nouns, *suffixes, *(str(w) for w in entities.get("class_words") or [])}),
                  frozenset(cue_nouns),
                  tuple(form for form in (str(f) for f in entities.get("legal_forms") or [])
                        if any(form != cue and form.endswith(cue) for cue in cue_nouns)))


def han_tail_names(text: str, lexicon: LanguageLexicon, known: list[Mention]) -> list[Mention]:
    """The organizations an org suffix closes whose start is marked, none overlapping a ``known``
    mention other than a place."""
    rules = _rules(lexicon)
    if rules is None:
        return []
    blocked = covered_characters(text, (m for m in known if m.type not in _YIELDING))
    places = {m.start: m for m in known if m.type in _YIELDING}
    named = {m.text: m for m in known if m.type not in _YIELDING}  # (a name found elsewhere keeps what it names)
    found: list[Mention] = []
    for match in rules.suffix_re.finditer(text):
        end = match.end()
        start = _opening(text, match.start(), rules, blocked)
        place = places.get(start)
        if start is None or any(blocked[start:end]) or text.startswith(rules.followers, end) \
                or text[start:end] in rules.cue_nouns \
                or _described(text[place.end if place is not None else start:match.start()], rules):
            continue
        category = rules.suffixes.get(match.group(), "other")
        if place is not None and ((place.end == match.start() and category != "government")
                                  or match.group() in rules.cue_suffixes):
            continue  # a place and a suffix (中国集团; not 法国海关), or a place a cue noun describes (瑞士邮轮公司)
        same = named.get(text[start:end])
        found.append(Mention(start, end, text[start:end], text[start:end], "organization", category, origin="pattern")
                     if same is None else Mention(start, end, same.text, same.name, same.type, same.category,
                                                  origin=same.origin))
        blocked[start:end] = b"\x01" * (end - start)
    return found


def _described(words: str, rules: _Rules) -> bool:
    """Whether the characters before a suffix (after the place opening them) are descriptors alone,
    one or several (全资子公司, 欧洲豪门战队): they say what kind of organization it is, not which."""
    if not words:
        return False  # (a place alone before the suffix: read below)
    while words:
        descriptor = next((d for d in rules.descriptors if words.startswith(d)), None)
        if descriptor is None:
            return False
        words = words[len(descriptor):]
    return True


def _opening(text: str, suffix_start: int, rules: _Rules, blocked: bytearray) -> int | None:
    """Where the name closed by a suffix at ``suffix_start`` opens, or None when nothing marks it
    within reach or it is glued to a known name, Latin letters or a classifier."""
    at = suffix_start
    while suffix_start - at < _NAME_CHARS.stop:
        if at == 0:
            break
        before = text[at - 1]
        if blocked[at - 1] or before in rules.counted_by or (before.isascii() and before.isalnum()):
            return None  # (glued to a known name or to Latin letters, or counted: 多家经纪公司)
        if before in rules.breaks or not rules.han_re.match(before):
            break
        if suffix_start - at >= _NAME_CHARS.start and text.endswith(rules.cues, 0, at):
            if text.endswith(rules.legal_closings, 0, at):
                return None  # (another company's legal form, not a cue noun)
            break  # (a cue noun right before the name: 分析机构久谦咨询)
        at -= 1
    else:
        return None
    return at if suffix_start - at in _NAME_CHARS else None
