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
