"""Cheap tests asked before a step reads texts (speed only: the same titles and groups).

Each test makes the costly reading fail where the gate must spare it, then checks the step's
answer is the one it gave before the gate."""

from __future__ import annotations

import numpy as np
import pytest

from citebrief.engines import zh_regroup, zh_unrelated
from citebrief.engines.scored import Draft
from citebrief.engines.themes import Themes
from citebrief.text import en_title_detail, en_title_lead, en_title_shared

RUNS = Themes(np.zeros(1, dtype=int), {}, np.zeros(1, dtype=int))


def _unread(*_: object, **__: object) -> object:
    raise AssertionError("read where a cheaper test already says no")


def test_regroup_reads_no_words_where_no_group_can_give_a_bullet(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [f"第{k}句话说的是某地的一件事。" for k in range(8)]
    pairs = [Draft(1, [0, 1]), Draft(2, [2, 3]), Draft(3, [4, 5])]  # each keeps two: none can give
    full = [Draft(1, [0, 1, 2, 7]), Draft(2, [3, 4, 5, 6])]  # each could give, but faces a full group
    monkeypatch.setattr(zh_regroup, "key_words", _unread)
    assert [d.picked for d in zh_regroup.regroup_zh(RUNS, texts, pairs)] == [[0, 1], [2, 3], [4, 5]]
    assert [d.picked for d in zh_regroup.regroup_zh(RUNS, texts, full)] == [[0, 1, 2, 7], [3, 4, 5, 6]]
    assert zh_regroup._may_move([Draft(1, [0, 1, 2]), Draft(2, [3, 4])])  # three beside room: read
    assert zh_regroup._may_move([Draft(1, [0, 1]), Draft(2, [3, 4, 5])])  # either way round


def test_no_loner_or_pair_is_read_where_the_neighbours_are_full(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [
        "金马镇中心小学受到洪水影响。",
        "教职员工返回校舍清点损失。",
        "距离开学只剩三天。",  # 2 and 3 share nothing: a pair to dissolve, were there room
        "暴雨冲毁金马镇农田。",
        "学校组织教师准备开学。",
        "教师清理学校教室。",
        "天气晴好。",
        "道路畅通。",
        "市场稳定。",
        "学校开学典礼准备就绪。",
    ]
    said = (texts, list(range(1, 11)))
    # the overview is full and the school group (whose bullets all share 学校) has room for one
    drafts = [Draft(None, [0, 1, 6, 7]), Draft(1, [2, 3]), Draft(2, [4, 5, 9])]
    assert zh_unrelated._room(drafts, 1) == 1
    monkeypatch.setattr(zh_unrelated._Words, "shared", _unread)
    assert [d.picked for d in zh_unrelated.merge_unrelated(drafts, said, texts)] == [[0, 1, 6, 7], [2, 3], [4, 5, 9]]
    assert zh_unrelated._room([Draft(None, [0]), Draft(1, [2, 3]), Draft(2, [4])], 1) == 3 + 3


ASIDE = [
    "He claims he was trying to save her from hitting her head on a coffee table in their home.",
    "His now-one-year-old daughter suffered several injuries, including seizures and hypothermia.",
    "She was not charged criminally in the case, a civil jury found.",
]


def test_a_leads_phrase_no_bullet_echoes_is_not_read_in_the_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    # "coffee table" (the lead's aside) and "civil jury" (the last bullet's) no other bullet echoes
    monkeypatch.setattr(en_title_lead, "_written", _unread)
    assert en_title_lead.lead_title(ASIDE, ASIDE, ASIDE, set(), "Several Injuries") == "Several Injuries"


def test_a_shared_thing_no_other_bullet_says_is_not_read_in_the_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    bullets = [
        "The train made a steady descent of the mountain in the fog.",
        "Passengers said the descent of the mountain took two hours on the mountain railway.",
    ]
    before = en_title_detail.thing_said(bullets, bullets, bullets, set(), min_echoes=1)
    monkeypatch.setattr(en_title_detail, "weak_title", _unread)  # asked only of an echoed thing
    monkeypatch.setattr(en_title_detail, "_echoes", lambda chunk, said, nouns=False: 0)
    assert en_title_detail.thing_said(bullets, bullets, bullets, set(), min_echoes=1) == ""
    assert before == "descent of the mountain"  # found where the gate lets the echoed thing through


BANK = [
    "Mr Goodwin was knighted for 'services to banking' in 2004 but was stripped of his title in 2012.",
    "The latest news wiped more than £700million off the value of RBS as shares fell.",
    "Mr Goodwin was even knighted for 'services to banking' in 2004.",
]


def test_only_a_run_two_bullets_say_is_read_as_a_phrase(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    original = en_title_shared._phrase

    def counted(run: list[str]) -> bool:
        read.append(" ".join(run))
        return original(run)

    monkeypatch.setattr(en_title_shared, "_phrase", counted)
    assert en_title_shared._repeated(BANK, BANK, BANK, set()) == "services to banking"
    runs = [" ".join(en_title_shared._WORDS.findall(b)) for b in BANK]  # each bullet's words as the step reads them
    assert read and all(sum(f" {text} " in f" {r} " for r in runs) >= 2 for text in read)
