"""Chinese organizations by the suffix that closes them, where what opens them is marked."""

from __future__ import annotations

import pytest

from crossreach.lexicon import load_language
from crossreach.models import Mention
from crossreach.recognise.han_tail_names import han_tail_names

LANGUAGES = ("en", "it", "fr", "de", "es", "pt", "zh")


def _found(text: str, known: list[Mention] | None = None) -> list[tuple[str, str | None]]:
    at = text.find("上海")  # (the gazetteer's place, as recognition hands it over)
    places = [Mention(at, at + 2, "上海", "Shanghai", "place")] if at >= 0 else []
    return [(m.text, m.category) for m in han_tail_names(text, load_language("zh"), [*places, *(known or [])])]


@pytest.mark.parametrize(("text", "expected"), [
    # Opened by a function character, a punctuation mark or a cue noun.
    ("门店由禾川集团运营。", [("禾川集团", "other")]),
    ("去年，松岭资本收购了该品牌。", [("松岭资本", "other")]),
    ("分析机构青云咨询的报告显示。", [("青云咨询", "agency")]),
    ("该雪场已与澜湾航空推出套餐。", [("澜湾航空", "other")]),
    # A place and a government suffix are a name; traditional characters are read too.
    ("据上海市文旅局数据。", [("上海市文旅局", "government")]),
    ("潘多拉透過與遠灣百貨的合作設櫃。", [("遠灣百貨", "brand")]),
])
def test_a_name_closed_by_a_suffix_is_an_organization(text: str, expected: list) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "这家公司和该集团都在增长，一家公司退出。",  # determiners and counted organizations
    "30多家经纪公司参加。",  # counted
    "这是线上的国际邮轮品牌。",  # a descriptor, and a cue noun after the suffix
    "参展画廊共有242间。",  # a descriptor alone
    "Martin家族控股。",  # glued to Latin letters: the holder, not a name
    "收入来自很长没有任何标记名字集团。",  # no mark of the name's start within reach
    "该品牌与代运营公司的合作结束。",  # a cue noun, which says what kind an organization is
    "它是全球的游艇租赁公司之一。",  # one of a class
    "该集团与澜湾餐饮管理有限公司成立合资公司。",  # after another company's legal form: no cue noun
])
def test_a_suffix_without_a_marked_name_names_nothing(text: str) -> None:
    assert _found(text) == []


def test_a_name_glued_to_a_known_one_is_left_to_it() -> None:
    text = "与禾川合资公司推出。"
    assert _found(text, [Mention(1, 3, "禾川", "Hechuan", "organization", "brand", origin="lexicon")]) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_the_sections_read(lang: str) -> None:
    lexicon = load_language(lang)
    assert isinstance(lexicon.section("entities").get("descriptors"), list)
    assert isinstance(lexicon.section("entities").get("class_words"), list)
    assert isinstance(lexicon.section("names").get("counted_by"), list)
    assert bool(han_tail_names("据上海市文旅局数据。", lexicon, [])) == (lang == "zh")


@pytest.mark.parametrize("text", ["该品牌的全资子公司成立。", "上海豪门战队签约。"])
def test_descriptors_alone_after_a_place_name_nothing(text: str) -> None:
    assert _found(text) == []
