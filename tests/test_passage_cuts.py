"""A lead cut refused once moved onto one of our passage breaks (`passage_cuts`): the valley's own
cut is taken where it regroups two passages or more, not where it only splits one passage."""

from __future__ import annotations

import numpy as np

from citebrief.engines.passage_cuts import passage_runs, regroups
from conftest import shared_groups

# five passages of four sentences each (zh-news 42's shape): breaks at gaps 3, 7, 11 and 15
PASSAGES = np.repeat(np.arange(5), 4)


def test_a_passage_goes_with_the_run_of_its_first_sentence() -> None:
    assert passage_runs([4], PASSAGES) == [0, 0, 1, 1, 1]  # the cut inside passage 2: it stays in the lead
    assert passage_runs([13], PASSAGES) == [0, 0, 0, 0, 1]
    assert passage_runs([], PASSAGES) == [0, 0, 0, 0, 0]


def test_the_valley_cut_counts_where_it_regroups_two_passages() -> None:
    assert regroups([4], [13], PASSAGES)  # passages 3 and 4 leave the lead run


def test_one_passage_more_or_less_in_the_lead_run_is_no_regrouping() -> None:
    assert not regroups([4], [9], PASSAGES)  # only passage 3 changes run (zh-news 92, 143)
    assert not regroups([4], [7], PASSAGES)  # the same passages: the cut only splits passage 2
    assert not regroups([4], [], PASSAGES)  # nothing else cuts: `topic_turns` looks for the turn


def test_a_roundup_of_regions_keeps_its_first_region_apart() -> None:
    # zh-news 42 (one block, cut into five passages): the deepest valley, before "河北省接到保险报案",
    # moved onto the break before "同时，保险公司启动了……" and left the lead run two spare
    # sentences beside the overview's: refused, the lead run took Hebei, Beijing and Tianjin and
    # one group held the Hebei claims, Mentougou's rivers and Wuqing's return home
    groups = shared_groups("zh-news.jsonl", 42)
    for group in groups[1:]:
        hebei = any("河北省接到保险报案" in b for b in group)
        elsewhere = any("门头沟区66条" in b or "天津武清区" in b for b in group)
        assert not (hebei and elsewhere), group
    assert any(any("河北省接到保险报案" in b for b in group) for group in groups)
