"""A decision's long act cut to a title the text writes (`zh_act_compact`), through `official_act`."""

from citebrief.text.official_act import act_subject
from citebrief.text.zh_act_compact import compact_act


def test_long_bid_keeps_its_verb_and_the_events_name():
    title = "国务院办公厅关于同意以杭州市名义申办2030年第十届全国青年水上运动会的复函"
    texts = ["同意以杭州市名义申办2030年第十届全国青年水上运动会。所需经费由浙江省承担。"]
    assert act_subject(title, "全国青年水上运动会", texts) == "申办全国青年水上运动会"


def test_changed_roster_names_the_group():
    act = "调整国务院第三次全国农业普查领导小组组成人员"
    texts = ["国务院第三次全国农业普查领导小组组成人员如下："]
    assert compact_act(act, texts) == "调整全国农业普查领导小组"


def test_set_up_body_too_long_with_its_verb_gives_the_body():
    act = "同意建立国务院消防工作部际联席会议制度"
    texts = ["同意建立国务院消防工作部际联席会议制度。联席会议由应急管理部牵头。"]
    assert compact_act(act, texts) == "建立消防工作部际联席会议"
    # the cut would leave off a word of the body's own name ("水资源"): the act stays whole
    act = "同意建立国务院水资源保护工作部际联席会议制度"
    assert compact_act(act, ["同意建立国务院水资源保护工作部际联席会议制度。"]) == ""


def test_short_acts_and_other_phrases_stay():
    assert compact_act("调整国家教材委员会组成人员", ["调整国家教材委员会组成人员。"]) == ""
    # no decision verb: the asker's short name leads it
    assert compact_act("乌鲁木齐、昌吉、石河子高新区建设国家自主创新示范区", ["国家自主创新示范区"]) == ""
    # no part of the object the text writes: nothing to cut to
    assert compact_act("调整国务院第三次全国农业普查领导小组组成人员", []) == ""


def test_body_named_like_one_it_replaces_keeps_its_owner():
    act = "同意建立国务院消防工作部际联席会议制度"
    texts = [
        "同意建立国务院消防工作部际联席会议制度。",
        "撤销消防工作部际联席会议，其职能并入国务院消防工作部际联席会议。",
    ]
    assert compact_act(act, texts) == ""
