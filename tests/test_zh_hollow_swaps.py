"""A Chinese news bullet that is only a scene, a manner, a byline or a meeting held gives way to a
nearby sentence with a figure (`engines/zh_hollow_swaps.py`)."""

from __future__ import annotations

import pytest

from citebrief.engines.zh_hollow_swaps import hollow
from conftest import zh_news_brief


@pytest.mark.parametrize(
    "text",
    [
        "面对记者采访，浙江省海宁市长安镇乡贤李正平娓娓道来，眼里满是憧憬。",
        "13日，在浙江绍兴鲁迅故里乌篷船码头，正在排队的一名四川游客对水面上的船客喊道。",
        "作者：嵇秉容，福山花园外国语小学五（6）班",
        "记者在现场看到，不少市民排起了长队。",
        "清晨，一列“复兴号”动集动车组列车迎着朝阳，崭新出发。",
        "红霞满天，暑气仍盛。",
        "8月的西安，密不透风的西安动车段动车组检修库泛着层层热浪，机械师冯星玮在动车组卫生间对零部件进行拆卸检修。",
        "有的拔掉或者遮挡采样探头，有的以自来水或好水充当采样水体，有的编造虚假数据台账……",
        "8月3日，中国人民银行上海总部召开2023年下半年工作会议。",  # in a theme group
    ],
)
def test_hollow(text: str) -> None:
    assert hollow(text)


@pytest.mark.parametrize(
    "text",
    [
        "截至目前，团队累计走访花农、花企168家，解决花农困难60余起。",  # a figure
        "会议表决通过了《章程》，选举产生了25位理事会成员。",  # an outcome
        "第六届进博会将于今年11月5日至10日在上海线下举办。",  # an event still to come says when
        "政府给了我们一笔‘救急’创业贷款，这才让我们得以渡过难关。",
    ],
)
def test_not_hollow(text: str) -> None:
    assert not hollow(text)


def test_meeting_held_leads_the_overview() -> None:
    """In the overview a meeting held is the news peg: it stays."""
    assert not hollow("8月3日，中国人民银行上海总部召开2023年下半年工作会议。", lead=True)


def _bullets(record_id: str) -> list[str]:
    return [point.text for group in zh_news_brief(record_id).groups for point in group.points]


def test_scene_gives_way_to_the_news() -> None:
    """ "有的……，有的……" trails off; the case it opens on, with its 8 detained, is the news."""
    bullets = _bullets("_L966")
    assert not any(b.startswith("有的拔掉") for b in bullets)
    assert any("8人因涉嫌污染环境罪被刑事拘留" in b for b in bullets)


def test_landscape_line_gives_way_to_a_figure() -> None:
    """ "青山拥春江，绿水泛行舟。" leaves the overview; the shrine's 19 rebuilds are said."""
    bullets = _bullets("_L1332")
    assert "青山拥春江，绿水泛行舟。" not in bullets
    assert any("19次官修" in b for b in bullets)


def test_manner_in_the_overview_gives_way_to_a_counted_result() -> None:
    """ "……娓娓道来，眼里满是憧憬。" says how he spoke; the lead's next point that counts what his
    alliance did takes its place once the groups are settled."""
    bullets = _bullets("_L449")
    assert not any("娓娓道来" in b for b in bullets)
    assert any("提供公益性岗位68个" in b for b in bullets)


def test_next_scene_is_no_refill() -> None:
    """A feature whose next central line is another scene keeps what it had: "8月的西安，……机械师冯
    星玮……拆卸检修。" is not swapped for "他打开面镜，……" (no figure)."""
    bullets = _bullets("_L737")
    assert any(b.startswith("8月的西安") for b in bullets)
