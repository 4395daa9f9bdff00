"""A forwarded document's overview titled by its own name, whole (`official_name`)."""

from citebrief.text.official_name import issued_name


def test_an_issued_documents_name_is_kept_whole() -> None:
    title = "国务院关于印发个人所得税专项附加扣除暂行办法的通知"
    assert issued_name(title, "专项附加扣除暂行办法") == "个人所得税专项附加扣除暂行办法"
    title = "国务院办公厅关于印发《政府网站集约化试点工作方案》的通知"
    assert issued_name(title, "网站集约化试点工作方案") == "政府网站集约化试点工作方案"


def test_a_long_name_or_another_title_keeps_the_subject() -> None:
    title = "国务院办公厅关于印发文化体制改革中经营性文化事业单位转制为企业和进一步支持文化企业发展两个规定的通知"
    assert issued_name(title, "文化体制改革") == "文化体制改革"
    assert issued_name("国务院办公厅关于2019年部分节假日安排的通知", "节假日安排") == "节假日安排"
    # a subject the name does not hold is no cut of it
    assert issued_name("国务院关于印发个人所得税专项附加扣除暂行办法的通知", "纳税人") == "纳税人"


def test_a_forwarded_request_is_titled_by_its_matter() -> None:
    title = "国务院办公厅转发国家教委关于内地西藏班（校）扩大规模有关问题请示的通知"
    assert issued_name(title, "内地西藏班扩大规模") == "内地西藏班（校）扩大规模"  # read past the aside
    assert issued_name(title, "") == "内地西藏班（校）扩大规模"  # none placed on the title
