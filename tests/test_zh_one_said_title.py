"""A small Chinese news group's bare word that one bullet says is titled as the group writes it
(`zh_one_said_title`): with its bullet's quoted modifier, or a modifier holding a word another
bullet says, else by a quoted name that threads both strands; a word two bullets say, a larger
group, a name or a phrase another title holds stays."""

from __future__ import annotations

import re

import pytest

from citebrief.text.zh_one_said_title import _modified, one_said_titles
from conftest import shared_group_titles

ADOPTED = [
    "得知武汉一对夫妇想抱养一个孩子，想到城里条件好，父母忍痛将沈兰送给这家人。",
    "1965年4月，王父再到武汉时，却发现女儿一家已经搬走。",
]
RUNNING = [
    "在杭州的“三伏天”里，毛立开启了“为爱奔跑”模式。",
    "每天清晨6点到7点半和傍晚6点到8点，公园里都能看到毛立奔跑向前的身影。",
    "在短短不到20天的时间，他的体重从170斤减到150斤。",
]
SHOWN = [
    "在“机器人+商业社区”板块，仿生四足机器人成为关注热点。",
    "本届博览会还有仿生蝴蝶、消防排烟机器人、画像机器人等众多“新奇特”展品。",
]


def _titled(title: str, bullets: list[str], used: set[str] | None = None) -> str:
    return one_said_titles(["核心要点", title], [None, (bullets, bullets)], used or set())[1]


def test_the_word_with_the_modifier_its_bullet_writes() -> None:
    assert _titled("展品", SHOWN) == "“新奇特”展品"  # a quoted name before it
    assert _titled("夫妇", ADOPTED) == "武汉一对夫妇"  # the other bullet says "武汉" too


def test_a_quoted_name_around_the_word() -> None:
    # a Shanghai summer roundup (zh-news 182 as the benches cut it): the fair's own name
    market = [
        "在高温“烤”验中，沪人除了去外地避暑，还尝试在地游、寻“凉方”。",
        "“古风集市”带“凉意”在上海虹口区，有这么一处美食集市，它“藏”于一处商场内。",
    ]
    assert _titled("集市", market) == "“古风集市”"


def test_a_word_most_bullets_say_with_its_modifier() -> None:
    # zh-news 86 and 17 as the benches cut them: the steal both bullets report, the charge two of three fear
    steal = [
        "终场前，在新西兰队发底线球时，正是他的制胜抢断帮助中国队以69:68险胜新西兰队。",
        "李凯尔在完成这次抢断后，与所有队友击掌相庆。",
    ]
    assert _titled("终场", steal) == "制胜抢断"
    charged = [
        "如继续使用，每月自动扣费1000余元。",
        "“客服”称：“不行，即便解绑银行卡也会扣钱，还会影响征信。”",
        "郑女士担心扣费，表示需要关闭该功能。",
    ]
    assert _titled("功能", charged) == "自动扣费"  # not the worry, "担心扣费"
    assert _titled("功能", charged, {"扣费"}) == "功能"  # a title holds the word already


def test_the_shared_word_modified_not_acted_on_nor_cut() -> None:
    # a verb before a thing acts on it ("起诉金融"); the thing's own noun run is the phrase
    charged = ["检察机关共起诉金融犯罪400余人。", "今年又起诉金融犯罪150余人，通报案例。"]
    assert _titled("案例", charged) == "金融犯罪"
    apart = [charged[0], "今年又起诉金融诈骗150余人，通报案例。"]
    assert _titled("案例", apart) == "案例"  # only "起诉|金融" shared
    # a noun before an act is its subject ("账号发布"), a verb before a thing acts on it
    # ("发布广告"), and a run's tail is no phrase ("安全|区域制度")
    posted = ["在微博账号发布广告，平台已处理。", "多家企业的微信视频号发布广告。"]
    assert _titled("平台", posted) == "平台"
    rules = ["协调推动建立学校安全区域制度，明确分工。", "学校安全区域制度已建立。"]
    assert _titled("分工", rules) == "分工"


def test_a_quoted_name_both_strands_follow() -> None:
    assert _titled("体重", RUNNING) == "“为爱奔跑”模式"  # the park's runner is the same 奔跑


def test_what_stays() -> None:
    # a modifier no other bullet says is its sentence's detail ("三个赛道")
    tracks = ["据悉，本届大赛共设置三个赛道。", "在比赛之外，将开设青年讲堂。"]
    assert _titled("赛道", tracks) == "赛道"
    assert _titled("武汉", ADOPTED) == "武汉"  # a place two bullets say is no bare word of one
    assert _titled("夫妇", [*ADOPTED, ADOPTED[0], ADOPTED[1]]) == "夫妇"  # four bullets: not a small group
    assert _titled("夫妇", ADOPTED, {"武汉一对夫妇"}) == "夫妇"  # another title's already
    assert _titled("展品", [SHOWN[1], SHOWN[1].replace("“新奇特”", "")]) == "展品"  # two bullets say it
    assert one_said_titles(["展品"], [None], set()) == ["展品"]  # a heading's group


def test_shared_articles() -> None:
    # a volunteer's running to pass his check-up (zh-news 66), a sister given to a Wuhan couple
    # (112), a robot fair's exhibits (173)
    assert shared_group_titles("zh-news.jsonl", 66)[2] == "“为爱奔跑”模式"
    assert "武汉一对夫妇" in shared_group_titles("zh-news.jsonl", 112)
    assert "“新奇特”展品" in shared_group_titles("zh-news.jsonl", 173)


def _quoted_compiled(title: str, bullet: str) -> str:
    """`_modified`'s quoted phrase as it was found before the patterns were skipped for a bullet
    with no closing mark beside the title."""
    quoted = re.search(r"“[\u4e00-\u9fff]{2,8}”" + re.escape(title), bullet)
    quoted = quoted or re.search(r"“[\u4e00-\u9fff]{1,8}" + re.escape(title) + "”", bullet)
    return quoted.group(0) if quoted else ""


@pytest.mark.parametrize("bullet", ["实施“乡村振兴”战略。", "推进“数字战略”。", "“好”战略和“新战略”。"])
def test_a_quoted_title_is_found_as_the_patterns_per_call_found_it(bullet: str) -> None:
    expected = _quoted_compiled("战略", bullet)
    assert expected  # each bullet quotes one
    assert _modified("战略", [bullet, "别的句子。"]) == expected
