"""Language identification: lingua, and the script check that answers for Han text without it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crossreach.ingest import language
from crossreach.ingest.language import detect_language, load_detector


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
    def refuse(quick: bool = False) -> None:
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


ARTICLES = {
    "en": "The British Museum opened a flagship store on Tmall, the online marketplace run by Alibaba, "
          "selling prints, scarves and notebooks drawn from its collection. The museum said the store "
          "drew more than 200,000 visitors in its first week and that a livestream tour is planned.",
    "it": "Il museo ha aperto un negozio ufficiale su Tmall, la piattaforma di Alibaba, con stampe, foulard e "
          "quaderni ispirati alla collezione. Nella prima settimana il negozio ha avuto oltre duecentomila "
          "visitatori, e una visita guidata in diretta è prevista per la primavera.",
    "de": "Das Museum hat auf Tmall, der Plattform von Alibaba, einen offiziellen Laden eröffnet, mit Drucken, "
          "Tüchern und Heften nach Werken der Sammlung. In der ersten Woche kamen mehr als zweihunderttausend "
          "Besucher, und eine Live-Führung ist für das Frühjahr geplant.",
}
#: Two paragraphs of each: an article's opening, longer than ``_QUICK_FROM``.
ARTICLES = {lang: f"{text}\n\n{text}" for lang, text in ARTICLES.items()}


@pytest.mark.parametrize(("lang", "text"), ARTICLES.items())
def test_a_long_sample_is_told_in_the_quick_mode_and_the_modes_agree(lang: str, text: str) -> None:
    assert len(text) >= language._QUICK_FROM
    for quick in (False, True):
        detector, codes = language._detector(quick=quick)
        assert codes[detector.detect_language_of(text)] == lang
    assert detect_language(text) == lang


def test_a_short_sample_keeps_the_full_models(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[bool] = []
    real = language._detector

    def spy(quick: bool = False):  # type: ignore[no-untyped-def]
        asked.append(quick)
        return real(quick=quick)

    monkeypatch.setattr(language, "_detector", spy)
    detect_language("Le musée a ouvert un compte sur Douyin.")
    detect_language(ARTICLES["en"])
    assert asked == [False, True]


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads in Linux's /proc")
def test_loading_the_detector_starts_no_thread() -> None:
    """A parent loads lingua's models before it forks its workers: a thread running at the fork (lingua
    preloads in parallel when asked) would leave its locks held in the workers."""
    before = len(list(Path("/proc/self/task").iterdir()))
    load_detector()
    assert len(list(Path("/proc/self/task").iterdir())) == before


@pytest.mark.parametrize(("opening", "rest", "expected"), [
    ("it", "en", "it"), ("en", "de", "en"), ("de", "it", "de"),
])
def test_an_article_is_told_by_its_opening_characters(opening: str, rest: str, expected: str) -> None:
    """Only the first ``_SAMPLE`` characters are read: a long quotation in another language further on
    does not change the answer, and a long article costs no more than its opening."""
    text = ARTICLES[opening][:language._SAMPLE] + "\n\n" + ARTICLES[rest] * 10
    assert detect_language(text) == expected


def test_the_bounded_sample_tells_the_example_articles_as_a_longer_one_does(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every example article, and the text from each of its paragraphs on, is given the same language from
    the first ``_SAMPLE`` characters as from the first 1,000."""
    examples = Path(__file__).resolve().parents[2] / "examples" / "articles"
    samples = [text[start:] for path in sorted(examples.glob("*.txt")) for text in [path.read_text("utf-8")]
               for start in [0, *(i + 2 for i in range(len(text)) if text.startswith("\n\n", i))]
               if len(text) - start >= language._QUICK_FROM]
    bounded = [detect_language(sample) for sample in samples]
    monkeypatch.setattr(language, "_SAMPLE", 1000)
    assert bounded == [detect_language(sample) for sample in samples]
    assert len(samples) > 100
