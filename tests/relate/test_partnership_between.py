"""The parties a partnership noun names after "between" (relate/partnership_between.py): a firm of the
reporting clause around it is no party."""

from __future__ import annotations

import pytest

from crossreach.models import Partnership

#: (language, text): a reporting clause names a firm, the deal's noun names its parties after "between".
REPORTED: list[tuple[str, str]] = [
    ('en', 'Analysts at Morgan Stanley said the partnership between Burberry and Tencent would lift sales.'),
    ('en', 'Goldman Sachs said the deal between Burberry and Tencent would lift sales.'),
    ('it', 'Secondo gli analisti di Morgan Stanley, la partnership tra Burberry e Tencent farà crescere le vendite.'),
    ('fr', 'Selon les analystes de Morgan Stanley, le partenariat entre Burberry et Tencent dopera les ventes.'),
    ('de', 'Laut den Analysten von Morgan Stanley wird die Partnerschaft zwischen Burberry und Tencent den Umsatz '
     'steigern.'),
    ('es', 'Según los analistas de Morgan Stanley, la alianza entre Burberry y Tencent impulsará las ventas.'),
    ('pt', 'Segundo os analistas do Morgan Stanley, a parceria entre a Burberry e a Tencent vai impulsionar as '
     'vendas.'),
    ('zh', '摩根士丹利的分析师表示，博柏利与腾讯之间的合作将提振销售。'),
]


@pytest.mark.parametrize(("lang", "text"), REPORTED)
def test_the_parties_are_the_names_after_between(extract_text, lang: str, text: str) -> None:
    pairs = [set(f.parties) for f in extract_text(lang, text).facts if isinstance(f, Partnership)]
    assert len(pairs) == 1
    assert not any('Morgan Stanley' in p or '摩根士丹利' in p or 'Goldman Sachs' in p for p in pairs)
    assert pairs[0] in ({'Burberry', 'Tencent'}, {'博柏利', '腾讯'})


def test_a_list_outside_the_clause_of_between_is_read_by_the_other_rules(extract_text) -> None:
    found = extract_text('en', 'Burberry signed a partnership with Tencent.').facts
    assert [set(f.parties) for f in found if isinstance(f, Partnership)] == [{'Burberry', 'Tencent'}]


#: (language, text): a firm cited by the people it employs ("analysts at X"), beside a deal's noun.
ANALYSTS: list[tuple[str, str]] = [
    ('en', 'The platform is growing, and analysts at Morgan Stanley estimate the app spent more than 300 million '
     'dollars on sports rights.'),
    ('it', 'Gli analisti di Morgan Stanley stimano che Douyin abbia speso più di 300 milioni di dollari in diritti '
     'sportivi.'),
    ('fr', 'Les analystes de Morgan Stanley estiment que Douyin a dépensé plus de 300 millions de dollars en '
     'droits sportifs.'),
    ('de', 'Die Analysten von Morgan Stanley schätzen, dass Douyin mehr als 300 Millionen Dollar für Sportrechte '
     'ausgab.'),
    ('es', 'Los analistas de Morgan Stanley calculan que Douyin gastó más de 300 millones de dólares en derechos '
     'deportivos.'),
    ('pt', 'Os analistas do Morgan Stanley estimam que o Douyin gastou mais de 300 milhões de dólares em direitos '
     'desportivos.'),
    ('zh', '摩根士丹利的分析师估计，抖音去年在体育版权上花费超过3亿美元。'),
]


@pytest.mark.parametrize(("lang", "text"), ANALYSTS)
def test_the_firm_of_analysts_is_no_party(extract_text, lang: str, text: str) -> None:
    found = extract_text(lang, text)
    assert 'Morgan Stanley' in {m.name for m in found.mentions}
    assert [f.parties for f in found.facts if isinstance(f, Partnership)] == []
