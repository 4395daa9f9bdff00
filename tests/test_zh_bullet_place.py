"""A Chinese group's best phrase said by one later bullet alone gives way to a thing two bullets
say that ranks near it (`zh_bullet_place`): the group is titled by what its bullets share."""

from __future__ import annotations

from citebrief.text.chunks import Chunk
from citebrief.text.zh_bullet_place import later_detail, shared_first
from conftest import shared_group_titles

BULLETS = [
    "音乐会饱含对中国音乐发展来路的敬意。",
    "前辈音乐家的旋律将同时奏响，探索交响艺术与中国音乐的融合之路。",
    "著名作曲家创作的交响舞曲集合了民间音乐元素。",
]
CHUNKS = {
    "作曲家": Chunk("作曲家", ("作曲家",), "np", False),
    "交响舞曲": Chunk("交响舞曲", ("交响", "舞曲"), "np", False),
    "中国音乐": Chunk("中国音乐", ("中国", "音乐"), "np", False),
    "民间音乐元素": Chunk("民间音乐元素", ("民间", "音乐", "元素"), "np", False),
}


def test_a_later_bullet_alone_says_a_detail() -> None:
    assert later_detail("作曲家", BULLETS)
    assert not later_detail("中国音乐", BULLETS)  # two bullets say it
    assert not later_detail("敬意", BULLETS)  # the first bullet's
    assert not later_detail("作曲家", BULLETS[1:])  # of two bullets, neither is the other's detail


def test_a_shared_thing_near_the_top_goes_before_a_later_bullets_detail() -> None:
    scored = [(10.0, "作曲家"), (9.0, "交响舞曲"), (7.0, "中国音乐"), (6.0, "民间音乐元素")]
    assert [t for _, t in shared_first(scored, CHUNKS, BULLETS)] == ["中国音乐", "作曲家", "交响舞曲", "民间音乐元素"]


def test_a_far_shared_thing_a_first_bullets_top_or_a_shared_top_leave_the_order() -> None:
    far = [(10.0, "作曲家"), (6.0, "中国音乐")]  # under NEAR of the top
    assert shared_first(far, CHUNKS, BULLETS) is far
    opened = [(10.0, "敬意"), (9.0, "中国音乐")]  # the first bullet's phrase leads the group
    assert shared_first(opened, CHUNKS, BULLETS) is opened
    led = [(10.0, "中国音乐"), (9.0, "作曲家")]  # two bullets say the top already
    assert shared_first(led, CHUNKS, BULLETS) is led
    short = {**CHUNKS, "音乐": Chunk("音乐", ("音乐",), "np", False)}
    common = [(10.0, "作曲家"), (9.0, "音乐")]  # a word of two characters is mostly a common one
    assert shared_first(common, short, BULLETS) is common


def test_shared_news_concert_group() -> None:
    # three bullets on works and Chinese music; "作曲家" was the last one's composer
    assert shared_group_titles("zh-news.jsonl", 128)[1] == "中国音乐"
