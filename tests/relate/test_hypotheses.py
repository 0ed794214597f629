"""A sentence that asks, or opens with a condition whose clause holds the figure, gives no figure, in
every language; so does a figure of what could have been, or of a plan's next step; the same figure
stated as a fact is read."""

from __future__ import annotations

import pytest

from crossreach.lexicon import load_language
from crossreach.models import Metric, Sentence
from crossreach.relate.hypotheses import hypotheses


def _values(extract_text, lang: str, text: str) -> list[float | None]:
    return [f.value for f in extract_text(lang, text, None).facts if isinstance(f, Metric)]


@pytest.mark.parametrize(("lang", "text", "values"), [
    # a question
    ("en", "Can the museum win 10 million followers on Douyin?", []),
    ("it", "Riuscirà il museo a conquistare 10 milioni di follower su Douyin?", []),
    ("fr", "Le musée peut-il séduire 10 millions d'abonnés sur Douyin ?", []),
    ("de", "Kann das Museum auf Douyin 10 Millionen Follower gewinnen?", []),
    ("es", "¿Podrá el museo conquistar 10 millones de seguidores en Douyin?", []),
    ("pt", "Conseguirá o museu conquistar 10 milhões de seguidores no Douyin?", []),
    ("zh", "该博物馆能否在抖音上赢得1000万粉丝？", []),
    # a condition holding the figure: a threshold, and what would follow it
    ("en", "If the livestream passes one million viewers, the brand will give 100,000 yuan to a school.", []),
    ("it", "Se il video superasse i 10 milioni di visualizzazioni, il museo raddoppierebbe il budget.", []),
    ("fr", "Si la vidéo dépasse le million de vues, la marque offrira 1 000 flacons à ses abonnés.", []),
    ("de", "Wenn das Video zehn Millionen Aufrufe erreicht, spendet die Brauerei 50.000 Euro.", []),
    ("es", "Si el vídeo supera el millón de reproducciones, la marca regalará 500 botellas a sus seguidores.", []),
    ("pt", "Se o vídeo ultrapassar o milhão de visualizações, a marca entregará 20 mil euros a uma escola.", []),
    ("zh", "如果视频播放量突破1000万，该品牌将向乡村学校捐赠10万元。", []),
    ("zh", "若直播觀看人數突破100萬，該品牌將捐贈10萬元。", []),
    # what could have been
    ("en", "Shown on Douyin, the final could have drawn as many as 20 million viewers.", []),
    ("it", "Su Douyin la finale avrebbe potuto raccogliere 20 milioni di spettatori.", []),
    ("fr", "Diffusée sur Douyin, la finale aurait pu attirer 20 millions de spectateurs.", []),
    ("de", "Auf Douyin hätte das Finale 20 Millionen Zuschauer erreichen können.", []),
    ("es", "En Douyin, la final habría podido reunir a 20 millones de espectadores.", []),
    ("pt", "No Douyin, a final poderia ter atraído 20 milhões de espectadores.", []),
    ("zh", "如果在抖音播出，这场决赛本可吸引2000万观众。", []),
    # a plan's next step, after a clause break
    ("en", "Gucci plans to open 15 stores in China, and to hire 300 employees there.", []),
    ("zh", "该品牌计划在中国新开20家门店，并招聘300名员工。", []),
    # stated as facts, or with the condition after them, the figures are read
    ("en", "The livestream passed one million viewers, and the brand donated 100,000 yuan to a school.",
     [1_000_000, 100_000]),
    ("en", "Gucci's livestream drew 2 million viewers on Douyin, if the platform's count is right.", [2_000_000]),
    ("fr", "La vidéo a dépassé le million de vues sur Douyin.", [1_000_000]),
    ("zh", "该视频播放量突破1000万。", [10_000_000]),
    ("zh", "该品牌在中国新开20家门店，并招聘了300名员工。", [300]),
])
def test_a_question_or_a_condition_gives_no_figure(extract_text, lang, text, values) -> None:
    assert _values(extract_text, lang, text) == values


@pytest.mark.parametrize(("text", "supposes"), [
    ("Can the museum win 10 million followers?", True),
    ('He asked: "Will we pass 10 million?"', True),
    ("\u201cIf we pass 10 million, we will celebrate,\u201d she said.", True),  # a quoted condition too
    ("If the video passes 10 million views, we will celebrate.", True),
    ("\u2014 If the video passes 10 million views, we will celebrate.", True),
    ("The video passed 10 million views, if the count is right.", False),
    ("Iffley Road drew 10,000 visitors.", False),
])
def test_what_supposes(text, supposes) -> None:
    assert hypotheses(load_language("en"), True).supposes(Sentence(0, 0, len(text), text)) is supposes


@pytest.mark.parametrize(("lang", "text", "values"), [
    # a capacity is a limit of what a place holds, not a count of who came
    ("en", "The stadium, which has a capacity of 60,000 spectators, hosted the final.", []),
    ("it", "Lo stadio, che ha una capienza di 60.000 spettatori, ha ospitato la finale.", []),
    ("fr", "Le stade, qui peut accueillir 60 000 spectateurs, a accueilli la finale.", []),
    ("de", "Das Stadion, das 60.000 Zuschauern Platz bietet, war Schauplatz des Finales.", []),
    ("de", "Das Stadion fasst 60.000 Zuschauer.", []),
    ("es", "El estadio, con capacidad para 60.000 espectadores, acogió la final.", []),
    ("pt", "O estádio, com capacidade para 60 mil espectadores, recebeu a final.", []),
    ("zh", "这座可容纳6万名观众的体育场承办了决赛。", []),
    # who came is counted
    ("en", "The final drew 60,000 spectators to the stadium.", [60_000]),
    ("de", "Das Finale verfolgten 60.000 Zuschauer im Stadion.", [60_000]),
    ("zh", "这场决赛吸引了6万名观众到场观看。", [60_000]),
    # the years of a house's history are its age
    ("zh", "该品牌拥有170年历史，已在天猫积累110万粉丝。", [1_100_000]),
    ("zh", "這家擁有170年歷史的品牌在天貓擁有110萬粉絲。", [1_100_000]),
    # a number that was expected is no count
    ("fr", "Le festival a accueilli 420 000 visiteurs, bien au-delà des 300 000 attendus.", [420_000]),
])
def test_a_capacity_an_age_or_an_expected_number_gives_no_figure(extract_text, lang, text, values) -> None:
    assert _values(extract_text, lang, text) == values


@pytest.mark.parametrize(("lang", "text", "values"), [
    # an open question asks about a figure, it does not state one
    ("en", "Asked whether the app would top 100 million users this year, the chief executive declined to comment.", []),
    ("it", "Alla domanda se l'app supererà 100 milioni di utenti, l'amministratore delegato non ha risposto.", []),
    ("fr", "Interrogé sur la possibilité d'atteindre 100 millions d'utilisateurs, le PDG n'a pas répondu.", []),
    ("de", "Auf die Frage, ob die App 100 Millionen Nutzer erreichen werde, schwieg der Vorstandschef.", []),
    ("es", "Preguntado sobre si la aplicación tendrá 100 millones de usuarios, el director no respondió.", []),
    ("pt", "Questionado sobre se a aplicação terá 100 milhões de utilizadores, o presidente não respondeu.", []),
    ("zh", "被问及该应用今年能否达到1亿用户时，首席执行官拒绝置评。", []),
    # an expected crowd is a forecast
    ("it", "Attesa da 80.000 tifosi, la seduta di allenamento del club sarà trasmessa su Douyin.", []),
    ("es", "Con 80.000 aficionados esperados, el entrenamiento del club se emitirá en Douyin.", []),
    ("pt", "Com 80 mil adeptos esperados, o treino do clube será transmitido no Douyin.", []),
    # the figure stated is read
    ("de", "Die App hat 100 Millionen Nutzer erreicht.", [100_000_000]),
    ("zh", "该应用今年用户数达到1亿。", [100_000_000]),
    ("es", "El entrenamiento del club reunió a 80.000 espectadores en Douyin.", [80_000]),
])
def test_an_open_question_or_an_expected_crowd_gives_no_figure(extract_text, lang, text, values) -> None:
    assert _values(extract_text, lang, text) == values
