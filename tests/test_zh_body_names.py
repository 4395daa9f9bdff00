"""A body's name as one term in the repeat checks (engines/zh_body_names.py): on zh-policy 30, the
批复 that sets up the vocational-education joint meeting and abolishes the old one, and on lines
written for these tests."""

from __future__ import annotations

import pytest

import citebrief.engines.zh_body_names as body_module
from citebrief.engines.bullets import repeats_any
from citebrief.engines.zh_body_names import MARK, body_names, repeats_named, set_up, unnamed
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from conftest import shared_article

_NAME = "国务院青少年体育工作部际联席会议"
_AGREED = f"同意建立由国务院领导同志牵头负责的{_NAME}制度。"
_MERGED = f"撤销青少年体育工作部际联席会议，其职能并入{_NAME}。"
_ANNEX = f"为加强统筹协调，经国务院同意，建立{_NAME}（以下简称联席会议）制度。"


def test_the_abolition_of_the_old_meeting_is_said() -> None:
    # before: "撤销……，其职能并入……" read as a repeat of "同意建立……联席会议制度。" (the long name's
    # character pairs) by the MMR and by coverage, and left out; two blind readers noted it
    document = document_from_text(shared_article("zh-policy.jsonl", 30), origin="x", kind="text")
    brief = draft(document)
    overview = [point.text for point in brief.groups[0].points]
    assert overview[0].startswith("同意建立由国务院领导同志牵头负责的")
    assert any(text.startswith("撤销职业教育工作部际联席会议，其职能并入") for text in overview)
    assert len(overview) == 4
    assert not any("不刻制印章" in text for text in overview)  # the decision's note gives its place
    # the annex's set-up sentence says the decision again: still a repeat, no bullet
    assert not any(point.text.startswith("为贯彻落实全国教育大会精神") for point in brief.points())


def test_the_names_a_policy_sets_up() -> None:
    assert set_up(_AGREED) == {_NAME}  # after "由……的", "制度" left off
    assert set_up(_ANNEX) == {_NAME}
    assert set_up("同意组建2008年北京奥运会首都国际机场协调委员会。") == {"2008年北京奥运会首都国际机场协调委员会"}
    assert set_up("国务院关于同意建立国务院青少年体育工作") == frozenset()  # a title's broken line
    assert set_up("同意成立联席会议。") == frozenset()  # too short to be a name more than a word
    assert body_names([_MERGED, _AGREED, _ANNEX]) == (_NAME,)
    assert unnamed(_MERGED, (_NAME,)) == f"撤销青少年体育工作部际联席会议，其职能并入{MARK}。"


def test_a_sentence_that_shares_only_the_name_is_no_repeat() -> None:
    assert repeats_any(_MERGED, [_AGREED], "zh")  # the long name's pairs, before
    assert not repeats_named(_MERGED, [_AGREED], "zh", (_NAME,))
    assert repeats_named(_MERGED, [_AGREED], "zh", ())  # no name: as before


def test_real_repeats_still_are() -> None:
    names = (_NAME,)
    assert repeats_named(_ANNEX, [_AGREED], "zh", names)  # both set the body up
    assert repeats_named(_AGREED, [_MERGED, _ANNEX], "zh", names)
    reworded = f"撤销青少年体育工作部际联席会议，其职能并入{_NAME}之中。"
    assert repeats_named(reworded, [_MERGED], "zh", names)
    assert repeats_named(_MERGED, [_MERGED], "zh", names)


class _Unsearched:
    def finditer(self, text: str) -> None:
        raise AssertionError(f"searched {text!r}")


def test_a_sentence_with_no_verb_that_sets_up_is_not_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    # issue #14: the repeat checks ask `set_up` of every pair of a policy's sentences; one that
    # writes none of 建立, 组建, 成立, 设立 sets up nothing, read without the patterns' search
    monkeypatch.setattr(body_module, "_AGREED", _Unsearched())
    monkeypatch.setattr(body_module, "_SHORTENED", _Unsearched())
    assert set_up("撤销青少年体育工作部际联席会议，其职能并入国务院的会议。") == frozenset()
    assert set_up("") == frozenset()


@pytest.mark.parametrize("verb", ["建立", "组建", "成立", "设立"])
def test_each_verb_that_sets_up_is_still_searched(verb: str) -> None:
    assert set_up(f"同意{verb}{_NAME}。") == {_NAME}
