"""The endings of Chinese names of bodies (offices, companies, schools) in one place.

Each list answers its own question, so they differ on purpose; they sit side by side so that a
change to one is weighed against the others. Order matters only in ZH_NAME_CLOSERS (the first
that the text goes on with is taken)."""

from __future__ import annotations

# a place and one of these is a body, not a topic ("河北省政府"): titles.is_name
BODY_ENDINGS = ("政府", "人民政府", "委员会", "局", "厅", "部", "委", "办", "院", "公司", "集团", "大学", "医院")
# who acted, not what the article is about: bodies and the places where they serve the public
# (派出所, 大厅), a title phrase ending on one weighs less (title_choice)
ZH_BODIES = (*BODY_ENDINGS, "中心", "组委会", "警方", "办公室", "公安局", "派出所", "大厅", "机关", "部门")
# no aspect that a composed title may add to its heading: any office down to one character (司, 处)
ZH_OFFICES = (*ZH_BODIES, "署", "委", "办", "司", "处", "科", "所", "会")
# whole words (as jieba cuts them) that close an institution's name: a chunk never ends right
# before one ("华中科技大学同济|医学院", "教育部|办公厅"), text/chunks.py
ZH_NAME_WORDS = ("学院", "医院", "大学", "中学", "小学", "公司", "集团", "委员会", "办公厅", "研究院", "研究所")
# what closes a name a title phrase would cut short, read in the raw text after the phrase
# ("浙江省红十字|会", "国家能源局电力|司", "横琴|新区"): words, and single characters that the
# check (zh_fragments.zh_fragment) accepts only where they start no word of their own; a field's
# or a council's head noun closes the longer name too ("全国医药|领域", "全国社保基金|理事会")
ZH_NAME_CLOSERS = (
    *("新区", "医院", "委员会", "健康委", "集团", "公司", "大学", "学院", "协会", "中心", "周年"),
    *("理事会", "领域"),
    *tuple("会委司局厅部处院节日网站馆所办署·湾坪"),
)
# the ends of a body's name that is a case's party ("……门诊部", "……有限公司"): text/zh_case_title.py
CASE_PARTIES = (
    *("公司", "门诊部", "诊所", "医院", "药房", "药店", "合作社"),
    *("中心", "工厂", "酒店", "超市", "商行", "学校"),
)
# who reported or acted, not what happened (digest_themes): offices and a person's role (人, 者, 员)
ZH_ROLE_ENDINGS = ("台", "局", "厅", "部", "委", "院", "所", "中心", "办", "处", "组", "委员会", "人", "者", "员")
