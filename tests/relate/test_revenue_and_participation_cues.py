"""Two cue classes each language's lexicon lists (issue 15, figures whose cue word was unknown): verbs of
revenue ("generated", "a réalisé", "eingenommen", "斩获") make the sum they govern sales, and never name a count;
people who ran, finished or enrolled ("finishers", "coureurs", "选课人数") are participants. Every class has a
case in each of the seven languages. Sentences written for the test, not taken from a corpus."""

from __future__ import annotations

import pytest

from crossreach.models import Metric

pytestmark = pytest.mark.usefixtures("without_spacy")

#: (language, sentence, kind, value): a metric of this kind and value is among those read.
REVENUE_VERBS: list[tuple[str, str, str, float]] = [
    ("en", "Lindt generated 210 million yuan on Tmall during Singles' Day.", "sales", 210_000_000),
    ("it", "Durante il Singles' Day Lindt ha realizzato 210 milioni di yuan su Tmall.", "sales", 210_000_000),
    ("fr", "Pendant le Singles' Day, Lindt a réalisé 210 millions de yuans sur Tmall.", "sales", 210_000_000),
    ("de", "Lindt hat zum Singles' Day auf Tmall 210 Millionen Yuan eingenommen.", "sales", 210_000_000),
    ("es", "Lindt despachó 48 millones de botellas en Tmall durante el trimestre.", "sales", 48_000_000),
    ("pt", "O Nubank movimentou R$ 96 milhões no período com o Alipay.", "sales", 96_000_000),
    ("zh", "瑞士莲双十一期间在天猫斩获2.1亿元。", "sales", 210_000_000),
]

TOOK_PART: list[tuple[str, str, str, float]] = [
    ("en", "The virtual race on Keep attracted 71,000 finishers last year.", "participants", 71_000),
    ("it", "La maratona di Roma ha contato 21.000 finisher domenica.", "participants", 21_000),
    ("fr", "Le marathon de Paris a compté 56 000 arrivants dimanche.", "participants", 56_000),
    ("de", "Beim Berlin-Marathon waren am Sonntag 45.000 Läufer am Start.", "participants", 45_000),
    ("es", "El maratón de Madrid reunió a 36.000 corredores el domingo.", "participants", 36_000),
    ("pt", "A maratona de Lisboa reuniu 30 mil corredores no domingo.", "participants", 30_000),
    ("zh", "该课程在学堂在线的累计选课人数已达123万人次。", "participants", 1_230_000),
]


def _read(extract_text, lang: str, text: str) -> list[Metric]:
    return [f for f in extract_text(lang, text, "2025-03-01").facts if isinstance(f, Metric)]


def _has(metrics: list[Metric], kind: str, value: float) -> bool:
    """Whether a figure of this kind reads the value (to half a per mille)."""
    return any(m.kind == kind and m.value is not None and abs(m.value - value) <= value * 0.005 for m in metrics)


@pytest.mark.parametrize(("lang", "text", "kind", "value"), [*REVENUE_VERBS, *TOOK_PART])
def test_a_cue_of_the_class_gives_the_figure_its_kind(extract_text, lang, text, kind, value) -> None:
    metrics = _read(extract_text, lang, text)
    assert _has(metrics, kind, value), metrics


@pytest.mark.parametrize("cases", [REVENUE_VERBS, TOOK_PART])
def test_every_class_has_a_case_in_each_language(cases) -> None:
    assert {case[0] for case in cases} == {"en", "it", "fr", "de", "es", "pt", "zh"}


#: A verb of revenue names sums only: the count it governs keeps the kind of its own cue.
COUNTS_STAY: list[tuple[str, str, str, float]] = [
    ("en", "The campaign generated 3 million views on Douyin.", "views", 3_000_000),
    ("fr", "La campagne a généré 3 millions de vues sur Douyin.", "views", 3_000_000),
    ("de", "Die Kampagne generierte auf Douyin 3 Millionen Aufrufe.", "views", 3_000_000),
]


@pytest.mark.parametrize(("lang", "text", "kind", "value"), COUNTS_STAY)
def test_a_revenue_verb_never_makes_a_count_sales(extract_text, lang, text, kind, value) -> None:
    metrics = _read(extract_text, lang, text)
    assert not any(m.kind == "sales" for m in metrics), metrics
    assert _has(metrics, kind, value), metrics


#: Singular forms one language lacked beside its plural ("incasso" beside "incassi", "Einnahme" beside
#: "Einnahmen", "takings" beside "box-office takings"): the sum they name is sales.
SINGULARS: list[tuple[str, str, str, float]] = [
    ("it", "L'azienda non ha comunicato l'incasso, che secondo Caixin supera i 260 milioni di yuan.",
     "sales", 260_000_000),
    ("de", "Die Einnahme aus dem Ticketverkauf auf Damai lag bei 38 Millionen Yuan.", "sales", 38_000_000),
    ("en", "The festival's takings on Damai came to 38 million yuan.", "sales", 38_000_000),
]


@pytest.mark.parametrize(("lang", "text", "kind", "value"), SINGULARS)
def test_a_singular_form_gives_the_figure_its_kind(extract_text, lang, text, kind, value) -> None:
    metrics = _read(extract_text, lang, text)
    assert _has(metrics, kind, value), metrics


#: Professionals accredited to an event took part in it ("ha accreditato 12.600 professionisti").
ACCREDITED: list[tuple[str, str, str, float]] = [
    ("en", "The festival accredited 12,600 professionals this year.", "participants", 12_600),
    ("it", "Quest'anno la Mostra ha accreditato 12.600 professionisti.", "participants", 12_600),
    ("fr", "Cette année, le festival compte 12 600 professionnels accrédités.", "participants", 12_600),
    ("de", "Das Festival hat in diesem Jahr 12.600 Fachleute akkreditiert.", "participants", 12_600),
    ("es", "Este año el festival acreditó a 12.600 profesionales.", "participants", 12_600),
    ("pt", "Este ano o festival credenciou 12.600 profissionais.", "participants", 12_600),
    ("zh", "本届电影节认证媒体达1.26万人。", "participants", 12_600),
]


@pytest.mark.parametrize(("lang", "text", "kind", "value"), ACCREDITED)
def test_people_accredited_took_part(extract_text, lang, text, kind, value) -> None:
    metrics = _read(extract_text, lang, text)
    assert _has(metrics, kind, value), metrics


def test_the_accredited_class_has_a_case_in_each_language() -> None:
    assert {case[0] for case in ACCREDITED} == {"en", "it", "fr", "de", "es", "pt", "zh"}
