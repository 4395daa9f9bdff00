"""The English regrouping weighs bullets by word families read once a brief for all its
weighings (`en_groups._sentence_families`): the same weights as reading every sentence again."""

from __future__ import annotations

import math
from collections import Counter

from citebrief.engines import en_groups
from citebrief.engines.scored import Unit
from citebrief.ingest import document_from_text
from citebrief.text.brief_memo import kept_answers, new_brief
from citebrief.text.en_title_choice import family
from citebrief.text.tokenize import en_reading
from conftest import load_records


def _weights_before(units: list[Unit], picked: list[int]) -> dict[int, dict[str, float]]:
    """en_groups._weights (without `said`) as it was, each sentence read on each call."""
    sets = [frozenset(map(family, u.terms)) for u in units]
    df = Counter(f for s in sets for f in s)
    total = len(units)
    result = {}
    for i in picked:
        names = {family(n) for n in en_groups._NAME.findall(units[i].text)}
        weights = {}
        for f in sets[i]:
            if df[f] >= en_groups.WIDESPREAD * total and total >= 5:
                continue
            weights[f] = math.log((total + 1) / (df[f] + 0.5)) * (en_groups.NAME_WEIGHT if f in names else 1.0)
        result[i] = weights
    return result


def _units(article: str) -> list[Unit]:
    document = document_from_text(article, origin="test", kind="text")
    texts = [s.text for p in document.segments for s in p.sentences]
    return [Unit(k, 1, t, list(en_reading(t).terms), k / len(texts), False, None) for k, t in enumerate(texts)]


def test_weights_read_once_a_brief_are_the_weights_read_each_time() -> None:
    for record in load_records("en-cnndm.jsonl")[:40]:
        new_brief()
        units = _units(record["article"])
        picked = list(range(0, len(units), 2))
        assert en_groups._weights(units, picked) == _weights_before(units, picked)
        kept = kept_answers()
        assert en_groups._weights(units, picked[1:]) == _weights_before(units, picked[1:])
        assert kept_answers() == kept  # the second weighing read no sentence again


def test_a_changed_sentence_is_read_afresh() -> None:
    new_brief()
    units = _units("Tom Hanks met the mayor of Boston. The mayor spoke. Fans cheered Hanks loudly.")
    first = en_groups._weights(units, [0, 1, 2])
    units[2] = Unit(2, 1, "Rain fell.", ["rain", "fell"], 1.0, False, None)
    assert en_groups._weights(units, [2]) == _weights_before(units, [2])
    assert en_groups._weights(units, [2]) != {2: first[2]}
