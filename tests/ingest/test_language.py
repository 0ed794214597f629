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
    monkeypatch.setattr(language, "_by_function_words", lambda sample: None)  # lingua's modes are tested here
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


#: Openings of articles in languages lingua is asked to tell from the supported ones: they share some
#: function words with them (Catalan "el", "per", "les"; Galician "os", "em"), never enough to be told so.
CONFUSERS = {
    "ca": "El museu ha obert una botiga oficial a Tmall, la plataforma d'Alibaba, amb estampes, mocadors i "
          "quaderns inspirats en la col\u00b7lecci\u00f3. En la primera setmana la botiga va tenir m\u00e9s de "
          "dos-cents mil visitants, i una visita guiada en directe est\u00e0 prevista per a la primavera. Segons "
          "el director, els resultats han estat molt positius i l'acord amb la plataforma es renovar\u00e0.",
    "gl": "O museo abriu unha tenda oficial en Tmall, a plataforma de Alibaba, con estampas, panos e cadernos "
          "inspirados na colecci\u00f3n. Na primeira semana a tenda tivo m\u00e1is de douscentos mil visitantes, e "
          "unha visita guiada en directo est\u00e1 prevista para a primavera. Segundo o director, os resultados "
          "foron moi positivos e o acordo coa plataforma renovarase o ano que v\u00e9n.",
    "nl": "Het museum heeft een offici\u00eble winkel geopend op Tmall, het platform van Alibaba, met prenten, "
          "sjaals en schriften die zijn ge\u00efnspireerd op de collectie. In de eerste week had de winkel meer "
          "dan tweehonderdduizend bezoekers, en een rondleiding met livestream is gepland voor het voorjaar.",
    "ro": "Muzeul a deschis un magazin oficial pe Tmall, platforma Alibaba, cu imprimeuri, e\u0219arfe \u0219i "
          "caiete inspirate din colec\u021bie. \u00cen prima s\u0103pt\u0103m\u00e2n\u0103 magazinul a avut peste "
          "dou\u0103 sute de mii de vizitatori, iar un tur ghidat \u00een direct este planificat pentru "
          "prim\u0103var\u0103.",
}


@pytest.mark.parametrize(("text", "expected"), [
    *((text, lang) for lang, text in ARTICLES.items()),
    *((text, None) for text in CONFUSERS.values()),
    ("The museum opened a store.", None),  # too few words to tell
    ("Il museo ha aperto: the store of the brand, with the prints and the scarves of the museum, and "
     "the notebooks.", "en"),
    ("Das Museum und the museum, der Laden und the store, die Drucke und the prints, mit the scarves.", None),
])
def test_function_words_tell_a_clear_sample_and_leave_the_rest_to_lingua(text: str, expected: str | None) -> None:
    assert language._by_function_words(text[:language._SAMPLE]) == expected


def test_function_words_agree_with_lingua_on_the_example_articles() -> None:
    """Every example article, and the text from each of its paragraphs on, that the function words tell is
    told as lingua tells it."""
    examples = Path(__file__).resolve().parents[2] / "examples" / "articles"
    samples = [text[start:start + language._SAMPLE] for path in sorted(examples.glob("*.txt"))
               for text in [path.read_text("utf-8")]
               for start in [0, *(i + 2 for i in range(len(text)) if text.startswith("\n\n", i))]]
    told = [(sample, lang) for sample in samples if (lang := language._by_function_words(sample)) is not None]
    assert len(told) > 50
    for sample, lang in told:
        detector, codes = language._detector(quick=len(sample) >= language._QUICK_FROM)
        assert codes.get(detector.detect_language_of(sample)) == lang, sample[:80]


def test_a_word_two_languages_list_is_neither_s() -> None:
    words = language._function_words()
    assert words["the"] == "en" and words["und"] == "de"
    assert all(word == word.casefold() for word in words)
