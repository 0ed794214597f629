"""Names read after a cue noun in an unspaced script, whatever their case."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crossreach.lexicon import load_language
from crossreach.models import Mention
from crossreach.recognise.cued_names import (
    bracketed_latin_names,
    han_names_of_known,
    names_after_cues,
    recurring_names,
)


@pytest.mark.parametrize(("text", "expected"), [
    # Lower case, an ampersand, an apostrophe: the cue noun, not the case, makes them names.
    ("英国果汁品牌innocent和荷兰眼镜品牌Ace & Tate入驻平台。", ["innocent", "Ace & Tate"]),
    ("英国薯片品牌Tyrrell's以及经销商Varenta签约。", ["Tyrrell's", "Varenta"]),
    # No cue noun before it: nothing.
    ("Varenta入驻平台。", []),
    # A chain or a rental company is a cue noun too.
    ("法式烘焙连锁FOURNIL在华开店，游艇租赁商Sea Lantern也来了。", ["FOURNIL", "Sea Lantern"]),
])
def test_latin_names_after_han_cues(text: str, expected: list[str]) -> None:
    assert [m.name for m in names_after_cues(text, load_language("zh"), [])] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A Han name (or a Latin one) between quotation marks right after a cue noun: the marks end it.
    ("国货品牌“花间集”入驻天猫。", [("花间集", "brand")]),
    ("美妆品牌「青木堂」与京东签约。", [("青木堂", "brand")]),
    ("唱片公司“星河音乐”宣布合作。", [("星河音乐", "other")]),
    ("品牌“Glowpeak”入驻天猫。", [("Glowpeak", "brand")]),
    # No cue noun before the marks, a figure inside them, or a quotation too long for a name: nothing.
    ("他说“花间集”很好。", []),
    ("品牌“2024”计划。", []),
    ("品牌“我们的故事还很长很长很长很长”。", []),
])
def test_quoted_names_after_han_cues(text: str, expected: list[tuple[str, str]]) -> None:
    found = names_after_cues(text, load_language("zh"), [])
    assert [(m.name, m.category) for m in found] == expected
    assert all(text[m.start:m.end] == m.text for m in found)


@pytest.mark.parametrize(("text", "expected"), [
    # A Han name between a cue noun a word describes and the bracket of its Latin name: named by the Latin one.
    ("法国宠物食品品牌卡诺菲（Canofi Pet）今年入驻京东。", [("卡诺菲", "Canofi Pet", "brand")]),
    ("据市场研究机构云图数据（YTD）统计。", [("云图数据", "YTD", "other")]),
    # The cue noun is the subject (该品牌), no bracket follows, or the bracket holds no Latin name: nothing.
    ("该品牌卡诺菲（Canofi Pet）今年入驻京东。", []),
    ("宠物食品品牌卡诺菲今年入驻京东。", []),
    ("宠物食品品牌卡诺菲（法国）今年入驻京东。", []),
])
def test_han_names_glossed_after_han_cues(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = names_after_cues(text, load_language("zh"), [])
    assert [(m.text, m.name, m.category) for m in found] == expected
    assert all(text[m.start:m.end] == m.text for m in found)


def test_a_glossed_han_name_takes_the_known_latin_name() -> None:
    text = "日本电商乐天（Rakuten）结束赞助。"
    start = text.index("Rakuten")
    known = [Mention(start, start + 7, "Rakuten", "Rakuten", "platform", "tech", origin="lexicon")]
    assert [(m.text, m.name, m.type, m.category) for m in names_after_cues(text, load_language("zh"), known)] \
        == [("乐天", "Rakuten", "platform", "tech")]


def test_a_known_mention_is_not_read_twice() -> None:
    text = "德国眼镜品牌MYKITA入驻平台。"
    known = [Mention(6, 12, "MYKITA", "Mykita", "organization", "brand")]
    assert names_after_cues(text, load_language("zh"), known) == []


def test_spaced_languages_leave_cues_to_the_run_reader() -> None:
    assert names_after_cues("the brand innocent", load_language("en"), []) == []


@given(st.text(alphabet="品牌经销商innocentAce &'.。、，入驻平台", max_size=60))
def test_every_name_is_the_text_at_its_offsets(text: str) -> None:
    for mention in names_after_cues(text, load_language("zh"), []):
        assert text[mention.start:mention.end] == mention.text == mention.name
        assert mention.text.strip() == mention.text and mention.type == "organization"


def _org(start: int, text: str, origin: str = "pattern", kind: str = "organization") -> Mention:
    return Mention(start, start + len(text), text, text, kind, "other", origin=origin)


@pytest.mark.parametrize(("text", "known", "expected"), [
    # Read once after its cue noun, then met alone at a sentence's start: the same organization.
    ("La distribuidora Varenta firmó. Varenta crece.", [_org(17, "Varenta")], [(32, "Varenta")]),
    # A lexicon name is found everywhere already; a person is left to coreference.
    ("Tmall crece. Tmall vende.", [_org(0, "Tmall", origin="lexicon")], []),
    ("Ana Ruiz dijo. Ana Ruiz vino.", [_org(0, "Ana Ruiz", kind="person")], []),
    # A lower-case name is a common word outside its cue; a longer word holding the name is not it.
    ("the brand lume sells. lume is light.", [_org(10, "lume")], []),
    ("La distribuidora Varenta firmó. Varentas crece.", [_org(17, "Varenta")], []),
    # Glued to Han words, as a Chinese text writes it: still the name alone.
    ("连锁Varenta开店。Varenta于去年在上海开店，Varenta中国增长。", [_org(2, "Varenta")],
     [(12, "Varenta"), (28, "Varenta")]),
])
def test_a_name_read_once_is_read_where_it_recurs(text: str, known: list[Mention],
                                                  expected: list[tuple[int, str]]) -> None:
    assert [(m.start, m.name) for m in recurring_names(text, known)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A company named in Han, then in Latin script in brackets, with no suffix saying what it is.
    ("此前日本电商乐天（Rakuten）的赞助已结束。", ["Rakuten"]),
    ("腾讯音乐与声田（Spotify）续约。", ["Spotify"]),
    # After the quotation mark that closes the Han name; two words an ampersand joins, as no person's are.
    ("北京体育数据机构“球势数据”（SportPulse）发布报告。", ["SportPulse"]),
    ("画廊豪瑟沃斯（Hauser & Wirth）售出作品。", ["Hauser & Wirth"]),
    # A person's name, or an acronym that names a figure as often as a company: none.
    ("执行长梁柱（Cussion Pang）表示。", []),
    ("球队中场柏迪（Pedro）表示。", []),
    ("主任克莱尔·莫罗（Claire Moreau）表示。", []),
    ("月活跃用户（MAU）增长。", []),
])
def test_latin_names_in_brackets_after_han(text: str, expected: list[str]) -> None:
    assert [m.name for m in bracketed_latin_names(text, load_language("zh"), [])] == expected


def test_a_han_name_glossed_by_a_known_latin_name_is_that_name_wherever_it_recurs() -> None:
    text = "消息。环球帆船总会（Harbour Sailing）宣布合作，环球帆船总会的账号增长。"
    known = [_org(text.index("Harbour"), "Harbour Sailing", origin="lexicon")]
    found = han_names_of_known(text, load_language("zh"), known)
    assert [(m.text, m.name) for m in found] == [("环球帆船总会", "Harbour Sailing")] * 2
    assert [m.start for m in found] == [text.index("环球"), text.rindex("环球")]


@pytest.mark.parametrize("text", [
    "该平台与其母公司（Harbour Sailing）合作。",  # function characters before the bracket: no name's start marked
    "消息。环球帆船总会（Harbour Sailing）宣布合作。",  # the Latin name not known
])
def test_a_han_run_whose_start_is_unmarked_or_whose_gloss_is_unknown_names_nothing(text: str) -> None:
    known = [_org(text.index("Harbour"), "Harbour Sailing", origin="lexicon")] if "其" in text else []
    assert han_names_of_known(text, load_language("zh"), known) == []
