"""A Chinese news overview whose subject is only ever the front of a longer name takes the name
(`zh_overview_tail`): "杭州大运河慈善文化研究院", not "杭州大运河"."""

from __future__ import annotations

from citebrief.text.zh_overview_tail import whole_tail
from conftest import shared_group_titles

UNVEILED = "8月11日，杭州大运河慈善文化研究院正式揭牌成立，将以文化铸魂，服务基层慈善。"
HEAD = "杭州大运河慈善文化研究院院长叶元青表示，该院借助专家学者智库作用，深入研究。"
FELLOW = "杭州大运河慈善文化研究院高级研究员楼时伟介绍，该院将紧密联系实际。"


def test_a_front_said_only_inside_one_name_takes_the_name() -> None:
    texts = [UNVEILED + HEAD, FELLOW]
    assert whole_tail("杭州大运河", [UNVEILED], texts, set()) == "杭州大运河慈善文化研究院"


def test_the_subject_stands_where_the_name_is_not_always_said_or_not_whole() -> None:
    alone = "杭州大运河沿岸游人如织。"
    assert whole_tail("杭州大运河", [UNVEILED], [UNVEILED + HEAD, alone], set()) == "杭州大运河"
    assert whole_tail("杭州大运河", [UNVEILED], [UNVEILED], set()) == "杭州大运河"  # said once
    assert whole_tail("杭州大运河", ["该院借助专家学者智库作用。"], [UNVEILED + HEAD, FELLOW], set()) == "杭州大运河"
    assert whole_tail("杭州大运河", [UNVEILED], [UNVEILED + HEAD, FELLOW], {"杭州大运河慈善文化研究院"}) == "杭州大运河"
    # the words that follow run to no name's head ("……与侦查研判的融合应用")
    joined = "上海警方持续加强物证新技术与侦查研判的融合应用。"
    assert whole_tail("物证新技术", [joined], [joined, joined], set()) == "物证新技术"
    # past MAX_CHARS and no scope to leave out, the name would be cut
    work = "南岭山区韩江中上游一体化保护和修复工程获得支持，南岭山区韩江中上游一体化保护和修复工程已开工。"
    assert whole_tail("南岭山区韩江中上游", [work], [work], set()) == "南岭山区韩江中上游"


def test_a_name_past_the_length_is_shown_without_its_scope() -> None:
    drive = "《全国医药领域腐败问题集中整治工作有关问答》解释了全国医药领域腐败问题集中整治工作的背景。"
    assert whole_tail("全国医药领域腐败问题", [drive], [drive], set()) == "医药领域腐败问题集中整治"


def test_shared_briefs_show_the_whole_name() -> None:
    assert shared_group_titles("zh-news.jsonl", 127)[0] == "核心要点：杭州大运河慈善文化研究院"
    assert shared_group_titles("zh-news.jsonl", 160)[0] == "核心要点：山水林田湖草生态保护修复"
    assert shared_group_titles("zh-news.jsonl", 160)[1] == "南岭生态屏障"  # the groups keep their titles
    assert shared_group_titles("zh-news.jsonl", 111)[0] == "核心要点：医药领域腐败问题集中整治"
