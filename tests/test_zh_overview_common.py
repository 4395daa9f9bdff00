"""An overview subject made only of common words is given as the longer name the lead writes
around it (`zh_overview_common.named_in_lead`): “全国科学教育暑期学校”, not "科学教育"."""

from __future__ import annotations

from citebrief.text.zh_overview_common import named_in_lead
from conftest import shared_group_titles

SCHOOL = [
    "2023年“全国科学教育暑期学校”中小学教师培训北京会场当天在北京师范大学开班。",
    "“全国科学教育暑期学校”由教育部、中国科学院联合主办。",
]
CAMPAIGN = [
    "国家卫生健康委官网发布《全国医药领域腐败问题集中整治工作有关问答》，六个问答详细解释了开展集中整治的背景。",
    "全国医药领域腐败问题集中整治工作将聚焦“关键少数”。",
]


def test_a_common_subject_the_lead_quotes_inside_a_name_is_that_name() -> None:
    assert named_in_lead("科学教育", SCHOOL, SCHOOL) == "全国科学教育暑期学校"


def test_a_common_subject_in_a_run_of_nouns_the_article_repeats_is_that_run() -> None:
    # the work's name is too long for a title: the nouns around the subject, cut to one, said twice
    assert named_in_lead("医药领域", CAMPAIGN, CAMPAIGN) == "全国医药领域腐败问题"


def test_a_run_said_once_or_a_specific_subject_stands() -> None:
    once = ["活动开创就业服务样板。", "企业提供岗位。"]
    assert named_in_lead("就业服务", once, once) == "就业服务"  # a description, not a name
    # a subject with a word of its own (沙漠) names a thing already
    road = ["6套新型智能气象站在尉且沙漠公路沿线安装完成。", "尉且沙漠公路全长334公里。"]
    assert named_in_lead("沙漠公路", road, road) == "沙漠公路"


def test_a_subject_the_lead_writes_right_after_a_quoted_name_is_that_names() -> None:
    lead = ["截至6月底，我国“西电东送”输电能力已超过3亿千瓦。", "最大输电能力可达1.8亿千瓦。"]
    assert named_in_lead("输电能力", lead, lead) == "“西电东送”输电能力"
    # a quoted clause is no name; a name too long with the subject for a title is left
    said = ["他说“现在‘蓉宝’特别火。”成都大运会吸引游客。"]
    assert named_in_lead("成都大运会", said, said) == "成都大运会"
    long = ["开展“全国青少年生态环境保护”主题嘉年华。"]
    assert named_in_lead("主题嘉年华", long, long) == "主题嘉年华"
    short = ["开展“青少年生态环境保护”主题嘉年华。"]
    assert named_in_lead("主题嘉年华", short, short) == "“青少年生态环境保护”主题嘉年华"


def test_the_lead_first_whole_place_decides() -> None:
    # the lead's meeting is "2023年下半年工作会议" (no word of its own added); the head office's
    # meeting the next sentence names is another one
    lead = [
        "中国人民银行上海总部召开2023年下半年工作会议。",
        "会议传达学习国家外汇管理局工作会议精神。",
    ]
    texts = [*lead, "国家外汇管理局工作会议强调。"]
    assert named_in_lead("工作会议", lead, texts) == "工作会议"
    # the lead's project is “美在田野”…提升公益项目 (no quote right before it); the next one is another
    projects = ["孩子们参加“美在田野”乡村儿童美育素养提升公益项目。", "基金会发起“米多多乡村童声合唱周”公益项目。"]
    assert named_in_lead("公益项目", projects, projects) == "公益项目"


def test_a_shared_article_on_a_teachers_school_is_titled_by_the_school() -> None:
    # zh-news record 58: teachers trained at the “全国科学教育暑期学校”, not "科学教育"
    assert shared_group_titles("zh-news.jsonl", 58)[0] == "核心要点：全国科学教育暑期学校"


def test_a_shared_article_on_a_campaign_is_titled_by_its_quoted_name() -> None:
    # zh-news record 70: the procuratorate's three-year campaign, not "专项监督" of any kind
    assert shared_group_titles("zh-news.jsonl", 70)[0] == "核心要点：“公益诉讼守护美好生活”专项监督"
