"""Two neighbouring Chinese news groups a "；" list runs across become one (engines/zh_list_twins.py,
called from engines/final_groups.py), read on zh-news articles and on short texts."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_list_twins import list_twins_joined
from conftest import shared_groups


def test_the_sculptures_listed_in_one_sentence_stand_in_one_group() -> None:
    # zh-news 157: Thailand's "繁荣之星" under "艺术家", Sri Lanka's and Malaysia's under their own title
    groups = shared_groups("zh-news.jsonl", 157)
    works = next(group for group in groups if any(text.startswith("泰国清迈府艺术家的作品") for text in group))
    assert any(text.startswith("斯里兰卡科伦坡市设计师的作品") for text in works), groups
    assert any(text.startswith("马来西亚艺术家的作品") for text in works), groups
    assert len(works) <= 5 and len(groups) == 2, groups


def _scored(texts: list[str]) -> Scored:
    units = [SimpleNamespace(text=text) for text in texts]
    return cast(Scored, SimpleNamespace(units=units, lang="zh"))


def test_a_group_ending_on_a_list_piece_joins_the_next_item_s_group() -> None:
    texts = ["导语。", "背景。", "其一；", "其二；", "其三。", "另起一事。", "又一事。"]
    drafts = [Draft(None, [0]), Draft(1, [1, 2]), Draft(2, [3, 4]), Draft(3, [5, 6])]
    joined = list_twins_joined(_scored(texts), drafts)
    assert [draft.picked for draft in joined] == [[0], [1, 2, 3, 4], [5, 6]]


def test_groups_stay_apart_without_a_list_or_past_five() -> None:
    texts = ["导语。", "背景。", "其一。", "其二；", "其三。", "另起一事。", "又一事。"]
    drafts = [Draft(None, [0]), Draft(1, [1, 2]), Draft(2, [3, 4])]
    assert len(list_twins_joined(_scored(texts), drafts)) == 3  # "其一。" ends a sentence
    texts = ["导语。", "甲。", "乙。", "丙。", "其一；", "其二；", "其三。"]
    drafts = [Draft(None, [0]), Draft(1, [1, 2, 3, 4]), Draft(2, [5, 6])]
    assert len(list_twins_joined(_scored(texts), drafts)) == 3  # six bullets joined
    drafts = [Draft(None, [0, 4]), Draft(1, [5, 6])]
    assert len(list_twins_joined(_scored(texts), drafts)) == 2  # never the overview
    texts = ["导语。", "背景。", "其一；", "其二；", "其三。", "另起一事。"]
    drafts = [Draft(None, [0]), Draft(1, [1, 2]), Draft(2, [3, 5])]
    assert len(list_twins_joined(_scored(texts), drafts)) == 3  # the next group goes on past the list


def test_a_list_of_duties_sharing_one_subject_stays_in_its_groups() -> None:
    # zh-news 132: the vice-principals' duties open on verbs ("参与…；指导学校…"); joined, the conference
    # rule and three duties read worse to a blind reader under "指导学校" than "学生权益" over its pair
    groups = shared_groups("zh-news.jsonl", 132)
    rights = next(group for group in groups if any(text.startswith("参与学校学生权益保护制度") for text in group))
    assert not any("联席会议制度" in text for text in rights), groups
    texts = ["导语。", "背景。", "承担教育任务；", "参与制度的制定；", "指导学校完善制度。"]
    drafts = [Draft(None, [0]), Draft(1, [1, 2]), Draft(2, [3, 4])]
    assert len(list_twins_joined(_scored(texts), drafts)) == 3
