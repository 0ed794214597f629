"""Language identification: lingua, and the script check that answers for Han text without it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crossreach.ingest import language
from crossreach.ingest.language import detect_language


@pytest.mark.parametrize(("text", "expected"), [
    ("腾讯与古驰宣布达成合作，双方将在微信上推出联名系列。", True),  # Han only
    ("腾讯（Tencent）与古驰宣布达成合作，双方将在微信上推出联名系列。", True),  # a Latin name among Han
    ("東京の美術館は新しい展覧会を開きました。", False),  # kana: Japanese
    ("서울 박물관 新展", False),  # Hangul
    ("Gucci teamed up with Tencent (腾讯) on WeChat.", False),  # mostly Latin
    ("", False),
])
def test_a_sample_is_mostly_han_only_without_kana_or_hangul(text: str, expected: bool) -> None:
    assert language._mostly_han(text) is expected


def test_mostly_han_text_is_chinese_without_asking_lingua(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> None:
        raise AssertionError("lingua was asked")

    monkeypatch.setattr(language, "_detector", refuse)
    assert detect_language("故宫博物院与腾讯合作推出数字文物库，上线首日访问量超过一百万次。") == "zh"


@pytest.mark.parametrize(("text", "expected"), [
    ("故宫博物院与腾讯合作推出数字文物库，上线首日访问量超过一百万次。", "zh"),
    ("The British Museum opened a flagship store on Tmall, the online marketplace.", "en"),
    ("Le musée du Louvre a ouvert un compte sur Douyin, où il compte déjà des milliers d'abonnés.", "fr"),
])
def test_the_script_check_and_lingua_agree(text: str, expected: str) -> None:
    detector, codes = language._detector()
    assert codes[detector.detect_language_of(text)] == expected
    assert detect_language(text) == expected


@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4E20), min_size=1),
       st.sampled_from(["\u3042", "\u30a2", "\uac00"]))
def test_kana_or_hangul_anywhere_leaves_the_sample_to_lingua(han: str, other: str) -> None:
    assert not language._mostly_han(han + other)
    assert language._mostly_han(han)
