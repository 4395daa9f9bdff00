"""A Chinese overview subject the lead says as the tail of its thing's full name shows the name
(`zh_overview_named.named_subject`): "阿尔金山国家级自然保护区", not "保护区"; "全国政协", not
"政协"; where the name is the lead's one-off detail, a verb's object or a judgement, the subject
stays."""

from __future__ import annotations

from citebrief.text.zh_overview_named import fronted_names, named_subject
from conftest import shared_article, zh_news_brief

LEAD = "连日来，位于新疆巴州境内的阿尔金山国家级自然保护区正处于水草丰美的好时节。"
TEXTS = [
    LEAD,
    "空中俯瞰阿尔金山国家级自然保护区，芳草萋萋。",
    "保护区内野生动物种群数量逐年增加。",
    "保护区管理局加强巡护。",
]


def test_the_lead_names_the_thing_in_full() -> None:
    assert named_subject("保护区", [LEAD], [LEAD], TEXTS, {"保护区"}) == "阿尔金山国家级自然保护区"


def test_a_word_of_the_tagger_may_hold_the_names_front() -> None:
    """The tagger reads "全国政协" as one word: its front is the name's."""
    lead = "中共中央政治局常委、全国政协主席王沪宁主持并讲话。"
    texts = [lead, "全国政协副主席出席会议。", "政协委员围绕主题发言。"]
    assert named_subject("政协", [lead], [lead], texts, {"政协"}) == "全国政协"


def test_a_name_said_once_is_the_leads_detail() -> None:
    texts = [LEAD, "保护区内野生动物种群数量逐年增加。"]
    assert named_subject("保护区", [LEAD], [LEAD], texts, set()) == "保护区"


def test_a_name_no_bullet_of_the_overview_says_stays_out() -> None:
    assert named_subject("保护区", [LEAD], ["保护区内野生动物种群数量逐年增加。"], TEXTS, set()) == "保护区"


def test_no_verb_judgement_or_scope_opens_a_name() -> None:
    lead = "工人检修动车组卫生间，全部恢复供电。"
    texts = [lead, "他们检修动车组卫生间。", "城区全部恢复供电。", "动车组卫生间故障减少。", "恢复供电后。"]
    assert named_subject("动车组卫生间", [lead], [lead], texts, set()) == "动车组卫生间"
    assert named_subject("恢复供电", [lead], [lead], texts, set()) == "恢复供电"


def test_a_marked_name_or_one_another_title_holds_stays() -> None:
    assert named_subject("保护区", [LEAD], [LEAD], TEXTS, {"阿尔金山"}) == "自然保护区"  # the longest free one
    lead = "电影《厦门三天》首映。"
    texts = [lead, "电影《厦门三天》上映。"]
    assert named_subject("《厦门三天》", [lead], [lead], texts, set()) == "《厦门三天》"


def test_overviews_read_in_place_name_the_thing() -> None:
    """zh-news read in place: a nature reserve's wildlife; the Qinling court pact; illegal set-top
    boxes, not the boxes."""
    assert "阿尔金山国家级自然保护区" in shared_article("zh-news.jsonl", 198)
    assert zh_news_brief("_L1251").groups[0].title == "核心要点：阿尔金山国家级自然保护区"
    assert zh_news_brief("_L1329").groups[0].title == "核心要点：秦岭生态环境保护"
    assert zh_news_brief("_L769").groups[0].title == "核心要点：非法机顶盒"


def test_no_name_opens_after_a_lone_character_of_its_own() -> None:
    """After the tagger's "新|时代" the lone 新 belongs to the name: none opens on 时代."""
    sentence = "要推动学习贯彻新时代中国特色社会主义思想的深化工作。"
    assert all(not n.startswith("时代") for n in fronted_names("中国特色社会主义思想", sentence))
    assert "阿尔金山国家级自然保护区" in fronted_names("保护区", LEAD)  # after 的, a particle


def test_an_age_group_the_tagger_reads_as_time_holds_a_name() -> None:
    lead = "记者从2023海峡两岸青年创新创业大赛组委会获悉，报名截止日期延长。"
    texts = [lead, "2023海峡两岸青年创新创业大赛致力于服务青年。", "创新创业大赛设置多个赛道。"]
    assert named_subject("创新创业大赛", [lead], [lead], texts, set()) == "海峡两岸青年创新创业大赛"
    lead = "今年创新创业大赛报名截止日期延长。"  # a time word proper opens no name
    texts = [lead, "今年创新创业大赛致力于服务青年。"]
    assert named_subject("创新创业大赛", [lead], [lead], texts, set()) == "创新创业大赛"
