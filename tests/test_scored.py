"""The engine's "same point" figures (citebrief.engines.scored): the figures of a bullet are read
once a brief, however often MMR compares it."""

from __future__ import annotations

from citebrief.engines.scored import figures_in, ownfigures_in
from citebrief.text.numbers import find_quantities
from citebrief.text.tokenize import new_brief


def test_figures_are_the_quantities_keys() -> None:
    text = "到2025年，新建充电桩300万个，覆盖率达到95%。"
    assert figures_in(text) == frozenset(q.key for q in find_quantities(text))
    assert figures_in(text)  # figures there are
    assert figures_in("加快建设全国统一电力市场。") == frozenset()


def test_figures_are_read_once_a_brief() -> None:
    new_brief()
    text = "清明节：4月5日放假，共1天。"
    first = figures_in(text)
    assert figures_in(text) is first  # kept: MMR asks of every chosen bullet at each pick
    new_brief()
    again = figures_in(text)
    assert again == first and again is not first  # a new brief reads it anew


def test_own_figures_tell_parallel_items_apart() -> None:
    new_brief()
    assert ownfigures_in("清明节：4月5日放假。", ["端午节：6月7日放假。"])  # two dates: two points
    assert not ownfigures_in("清明节：4月5日放假。", ["清明节4月5日放假调休。"])  # the same date
    assert not ownfigures_in("加快建设全国统一电力市场。", ["端午节：6月7日放假。"])  # no figure of its own
