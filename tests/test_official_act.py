"""An official decision's overview subject given way to the act on it, as written (`official_act`)."""

from citebrief.text.official_act import act_subject


def test_adjusted_members_say_the_adjustment():
    title = "国务院办公厅关于调整国家教材委员会组成人员的通知"
    assert act_subject(title, "国家教材委员会组成人员", []) == "调整国家教材委员会组成人员"
    # a subject the title steps cut from the front: the act as the title writes it
    title = "国务院办公厅关于调整国务院第二次全国污染源普查领导小组组成人员的通知"
    assert act_subject(title, "普查领导小组组成人员", []) == "调整国务院第二次全国污染源普查领导小组组成人员"


def test_long_bid_is_titled_by_the_event():
    # the approval's whole sentence past a title's length restates the letter: the event bid for
    title = "省人民政府办公厅关于同意以青岛市名义申办2030年第十届亚洲沙滩运动会的复函"
    assert act_subject(title, "亚洲沙滩运动会", []) == "亚洲沙滩运动会"
    # a short one is a title as it stands
    assert act_subject("省人民政府关于同意申办全省运动会的复函", "全省运动会", []) == "同意申办全省运动会"


def test_long_applicant_by_the_texts_short_name():
    title = "国务院关于同意乌鲁木齐、昌吉、石河子高新技术产业开发区建设国家自主创新示范区的批复"
    texts = [
        "同意乌鲁木齐、昌吉、石河子3个高新技术产业开发区（以下统称乌鲁木齐、昌吉、石河子高新区）建设示范区。",
        "集成推进乌鲁木齐、昌吉、石河子高新区建设国家自主创新示范区各项工作。",
    ]
    expected = "乌鲁木齐、昌吉、石河子高新区建设国家自主创新示范区"
    assert act_subject(title, "国家自主创新示范区", texts) == expected
    # the act too long to title, and no short form the text writes: the subject stays
    assert act_subject(title, "国家自主创新示范区", texts[:1]) == "国家自主创新示范区"


def test_set_up_body_keeps_what_it_comes_as():
    title = "国务院关于同意建立国务院职业教育工作部际联席会议制度的批复"
    assert act_subject(title, "职业教育工作部际联席会议", []) == "同意建立国务院职业教育工作部际联席会议制度"


def test_other_titles_keep_their_subject():
    assert act_subject("国务院办公厅关于2019年部分节假日安排的通知", "节假日安排", []) == "节假日安排"
    assert act_subject("国务院关于印发《国务院工作规则》的通知", "国务院工作规则", []) == "国务院工作规则"
    # the subject is not what the act is done to: left as it is
    assert act_subject("国务院办公厅关于调整国家教材委员会组成人员的通知", "教材", []) == "教材"


def test_suspending_decision_is_titled_by_what_it_hands_over():
    title = "国务院关于在某某自由贸易港暂时调整实施《中华人民共和国医疗器械监督管理条例》有关规定的决定"
    texts = [
        "国务院决定在某某自由贸易港暂时调整实施《中华人民共和国医疗器械监督管理条例》第十条的规定，"
        "对港内医院因科研急需进口少量器械（不含植入类）的申请，由某某省人民政府实施审批。"
    ]
    assert act_subject(title, "医疗器械监督管理条例", texts) == "科研急需进口少量器械审批"
    # no sentence that says what it hands over: the subject stays
    assert act_subject(title, "医疗器械监督管理条例", ["国务院决定暂时调整实施该条例。"]) == "医疗器械监督管理条例"
