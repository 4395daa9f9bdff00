"""Chinese phrases that never title a group, however distinctive of it: a list's tail
("天勤君泽等"), a relative clause ("有限公司所辖"), a person's post or an office's desk
("水域管理处党政办", "民四庭"), a manner adverb that leads a verb phrase ("充分发挥社会责任",
"广泛联谊台胞"), a verb that ends a clause ("工作人员双向发力", "镇政府统一调配"), a locative
bound to the word before it ("管内京沪高铁", "福隆间东"), a verb phrase ("增强企业",
"提及大盘走势"), and a fixed term cut short ("中国特色" of 中国特色社会主义, "指数收市报" of 收市报
+ a figure). The small groups of a three-group news item are where such phrases surfaced; the
next candidate names the group."""

from __future__ import annotations

import re

_LIST_TAIL = re.compile(r"..等$|所[辖属在]$")
_POSTS = (
    *("书记", "区长", "市长", "县长", "省长", "镇长", "局长", "厅长", "处长", "科长", "主任", "院长", "部长"),
    *("会长", "党政办", "办公室"),
)
_DESK = re.compile(r"[民刑行商][一二三四五六七八九十]庭$")
_MANNER_LEADS = ("充分", "广泛", "积极", "进一步", "大力", "切实", "持续", "不断", "深入", "努力")
_VERB_TAILS = ("发力", "调配", "自动", "收市报", "收报", "落地", "坐轿", "会议部署")
_BOUND_LEADS = ("管内", "辖内", "境内", "行业", "地区多")
# verbs that open a verb phrase, not a thing ("增强企业", "提及大盘走势", "致力于广泛联谊台胞")
_VERB_LEADS = (
    *("提及", "致力", "增强", "加强", "推动", "推进", "发挥", "领略", "选派", "视作", "建议", "移除", "紧密"),
    *("组织村民", "组织群众"),
)
_DIRECTION_TAIL = re.compile(r"间[东南西北]")
_CUT_TERMS = ("中国特色", "行动桌面")  # of 中国特色社会主义, 桌面推演  # said only as the head of a longer fixed term


def poor_zh_title(phrase: str) -> bool:
    """True when `phrase` is one of the shapes that name no group (see the module's docstring)."""
    return bool(
        _LIST_TAIL.search(phrase)
        or phrase.endswith(_POSTS)
        or _DESK.search(phrase)
        or phrase.startswith(_MANNER_LEADS + _BOUND_LEADS + _VERB_LEADS)
        or phrase.endswith(_VERB_TAILS + _CUT_TERMS)
        or _DIRECTION_TAIL.search(phrase)
    )
