"""The steps a Chinese news brief's group titles go through once every group has one, in the
order they run: each reads the other groups' titles or bullets, so none can run while the groups
are titled one by one (`group_titles`), and each later step reads what the one before left.
"""

from __future__ import annotations

from citebrief.engines.zh_run_titles import paired_titles
from citebrief.text.titles import GroupTexts
from citebrief.text.zh_act_aspect import act_aspect_titles
from citebrief.text.zh_act_noun_title import act_noun_titles
from citebrief.text.zh_all_said_word import all_said_words
from citebrief.text.zh_asked_title import asked_titles
from citebrief.text.zh_aspect_lead import aspect_titles
from citebrief.text.zh_bare_noun_modifier import modified_titles
from citebrief.text.zh_bare_noun_name import bare_noun_names
from citebrief.text.zh_bare_noun_title import bare_noun_titles
from citebrief.text.zh_bare_phrase import bare_phrase_titles
from citebrief.text.zh_case_name import case_name_titles
from citebrief.text.zh_dashed_name import dashed_name_titles
from citebrief.text.zh_effect_title import effect_titles
from citebrief.text.zh_feature_names import sibling_names
from citebrief.text.zh_figure_title import figure_titles
from citebrief.text.zh_handled_remark_title import handled_remark_titles
from citebrief.text.zh_held_last import held_last
from citebrief.text.zh_inner_item_title import inner_item_titles
from citebrief.text.zh_light_verb_title import light_verb_titles
from citebrief.text.zh_list_item_title import list_item_titles
from citebrief.text.zh_most_said_word import most_said_words
from citebrief.text.zh_name_event_title import name_event_titles
from citebrief.text.zh_named_body import named_body_titles
from citebrief.text.zh_one_said_title import one_said_titles
from citebrief.text.zh_overview_echo import overview_echoes
from citebrief.text.zh_overview_most_said import most_said_pieces
from citebrief.text.zh_overview_piece_widened import piece_widened_titles
from citebrief.text.zh_overview_theme_title import overview_theme_titles
from citebrief.text.zh_pair_body import pair_body_titles
from citebrief.text.zh_pair_item_title import pair_item_titles
from citebrief.text.zh_place_event import place_event_titles
from citebrief.text.zh_placed_title import placed_act_titles
from citebrief.text.zh_sense_title import sense_titles
from citebrief.text.zh_shared_act import shared_act_titles
from citebrief.text.zh_shared_act_title import shared_act_titles as own_act_titles
from citebrief.text.zh_some_said_title import some_said_titles
from citebrief.text.zh_thing_act import thing_act_titles
from citebrief.text.zh_thing_event import thing_event_titles
from citebrief.text.zh_title_apart import apart_titles
from citebrief.text.zh_title_clipped import clipped_titles
from citebrief.text.zh_title_list_kind import list_kind_titles
from citebrief.text.zh_title_overview_front import overview_front_titles
from citebrief.text.zh_title_span import span_titles
from citebrief.text.zh_title_sum_label import sum_label_titles
from citebrief.text.zh_title_term_end import term_end_titles
from citebrief.text.zh_title_vague import vague_titles
from citebrief.text.zh_title_whole import whole_titles
from citebrief.text.zh_two_strand_title import two_strand_titles
from citebrief.text.zh_verb_object import verb_object_titles
from citebrief.text.zh_weather_titles import weather_titles
from citebrief.text.zh_working_body import body_act_titles


def later_titles(
    titles: list[str],
    own: list[GroupTexts],
    bullets_of: list[list[str]],
    every_text: list[str],
    used: set[str],
    shown: str,
    overview_bullets: tuple[str, ...],
) -> list[str]:
    """Each group's title once every group has one: "防汛工作调度会、救灾救助资金", a run's two
    things, not one bullet's (`own`: each group's bullets and paragraphs, None for a heading's
    group; `bullets_of`: every group's bullets; `used`: the titles given, casefolded; `shown`: the
    overview's title; `overview_bullets`: its bullets)."""
    # then "卢臣泰" beside "YES!IC" and "DEDON", not one bullet's "杯具套组" (`zh_feature_names`)
    # first "抢修", the rare word all three bullets say, not one's "物资调配力度" (`zh_all_said_word`)
    # last a weather item's "气温" most forecasts say, not one's "中心城区" (`zh_weather_titles`)
    # after all "强化外资招引服务", the part a first bullet's "在……方面，" lead names (`zh_aspect_lead`)
    titles = aspect_titles(
        weather_titles(
            sibling_names(
                paired_titles(_rare_said(titles, own, bullets_of, every_text, used), own, every_text, used),
                own,
                every_text,
                used,
            ),
            own,
            every_text,
            used,
        ),
        own,
        every_text,
        used,
    )
    # "出土文物", not the bare "文物" the steps above leave (`zh_held_last`); not "秦岭生态" again (`zh_overview_echo`);
    # last "秦岭司法保障体系", the group's own word, not the overview's title and one bullet's
    # "审判体系" (`zh_title_apart`); after all "就业服务" two bullets write, not one's "直播间日均浏览量"
    # (`zh_some_said_title`); last "采集血浆和平时献血有什么区别", the question a bullet's numbered point
    # answers, not the point's "全血" (`zh_asked_title`)
    titles = asked_titles(
        some_said_titles(
            apart_titles(
                overview_echoes(_held_last(titles, own, every_text, used, shown, overview_bullets), own, shown),
                own,
                used,
                shown,
                overview_bullets,
            ),
            own,
            every_text,
            used,
        ),
        own,
        every_text,
        used,
    )
    # then "春笋", the thing a bullet says is met at a bare sense, not "味蕾" (`zh_sense_title`)
    titles = sense_titles(titles, own, every_text, used)
    # last "《聆听刘天华》", the work named after the person a bare name title gives (`zh_name_event_title`),
    # then "犀皮漆", the term the article always writes, not the "犀皮" cut off its head (`zh_title_term_end`);
    # then "拆卸检修", not a thing one bullet handles, "塑料疙瘩", nor one remark's word (`zh_handled_remark_title`),
    # then "拳击", the thing one bullet's "其消耗热量的效果" is the effect of (`zh_effect_title`)
    titles = term_end_titles(name_event_titles(titles, own, bullets_of, used), own, every_text, used)
    titles = effect_titles(handled_remark_titles(titles, own, every_text, used), own, used)
    titles = act_noun_titles(titles, own, bullets_of, used, shown)  # last "寻亲", not one bullet's "段店公社"
    # after all "救援工作", the act no other group reports, not one bullet's "警航支队" (`zh_shared_act_title`)
    return own_act_titles(titles, own, [*bullets_of, list(overview_bullets)], used, shown)


def _held_last(
    titles: list[str],
    own: list[GroupTexts],
    every_text: list[str],
    used: set[str],
    shown: str,
    overview_bullets: tuple[str, ...],
) -> list[str]:
    """A bare word as its group writes it (`zh_held_last`), then a small group's two strands of
    one kind by both ("野生动物资源、水资源", not one bullet's: `zh_two_strand_title`), and a small
    group's bare word one bullet says as the group writes it ("“新奇特”展品": `zh_one_said_title`);
    last, a title still vague gives way to the run most bullets share ("文明实践中心": `zh_title_vague`),
    and one bullet's detail to the act the bullets share (`zh_shared_act`; `shown`: the overview's title)."""
    titles = one_said_titles(two_strand_titles(held_last(titles, own, used), own, every_text, used), own, used)
    # then "国家海洋预报台", not the front "国家海洋预报" every bullet saying it writes (`zh_title_whole`)
    titles = whole_titles(vague_titles(titles, own, used), own, used)
    titles = sum_label_titles(titles, own, used)  # "基金收入", not its total's label "收入合计"
    # and "居住证办理同事同标", not the clipped "办理同事同标" every bullet saying it writes (`zh_title_clipped`)
    titles = clipped_titles(titles, own, used)
    # last "全民健身主题活动", the kind of the list whose one item "智力运动" the title was (`zh_title_list_kind`)
    # then the group's next phrase, not "汽车站" one bullet lists after a "、" (`zh_list_item_title`)
    titles = list_item_titles(list_kind_titles(titles, own, used), own, every_text, used)
    titles = figure_titles(titles, own, every_text, used)  # the next phrase, not one bullet's figure's "固碳量"
    titles = inner_item_titles(titles, own, every_text, used)  # "传递", not one bullet's inner item "文化艺术"
    # and "孩子被拐走", the act every bullet reports, not "石灰厂" they pass through (`zh_placed_title`)
    titles = placed_act_titles(titles, own, used)
    # then "巡视检查", the act the bullets share, not one's "高架灯杆检查加固" (`zh_shared_act`)
    titles = shared_act_titles(titles, own, used, shown)
    # and "侦查研判", not the "专案组" that did it (`zh_working_body`)
    titles = body_act_titles(titles, own, used)
    # last "古树名木保护", the piece of the overview's title every bullet says (`zh_overview_theme_title`),
    # then the piece or widened form most say ("鲜辣美食产业" under "鲜辣美食": `zh_overview_most_said`)
    titles = most_said_pieces(overview_theme_titles(titles, own, used, shown), own, used, shown, overview_bullets)
    # last "老马路", a piece of the overview's "马路生活" with the word most bullets write beside it
    titles = piece_widened_titles(titles, own, used, shown)
    # then "历史城区高质量发展", not "城区高质量发展" cut off the overview's word (`zh_title_overview_front`)
    titles = overview_front_titles(titles, own, used, shown)
    # and "通关效率", a bare verbal noun with the aspect its bullets measure it by (`zh_act_aspect`)
    titles = act_aspect_titles(titles, own, used)
    # last "投资", the noun every bullet says, not "完成投资" with a light verb some do not (`zh_light_verb_title`)
    titles = light_verb_titles(titles, own, used)
    # then "供电设施抢修", the thing a bare act is done to as the group writes it, not "抢修" (`zh_thing_act`),
    # else "预约机制", the noun the group writes right after it (`zh_verb_object`)
    titles = verb_object_titles(thing_act_titles(titles, own, used), own, used)
    # then "中国—东盟", not the "东盟" the tagger cut from the pair its bullets write (`zh_dashed_name`)
    titles = dashed_name_titles(titles, own, used)
    # last "白鹿收费站", the phrase the group writes a bare common noun in, not "收费站" (`zh_bare_noun_title`),
    # else "郑家嘴", the name its bullets keep to, not "地名" (`zh_bare_noun_name`)
    titles = bare_noun_names(bare_noun_titles(titles, own, used), own, used, overview_bullets)
    # else "电源投资", the modifier its bullets dwell on, not a bare "投资" (`zh_bare_noun_modifier`)
    titles = modified_titles(titles, own, used, overview_bullets)
    # last "大运会火炬传递", the act every bullet writes the thing with, not the thing cut off it (`zh_thing_event`),
    # then "降雨过程", the phrase two bullets write a bare "降雨" in (`zh_bare_phrase`); last "例行检查",
    # the act its bullets report done at a bare site, not "白鹿收费站" (`zh_place_event`)
    titles = bare_phrase_titles(thing_event_titles(titles, own, used), own, used)
    # then "文创产品" both a pair's paragraphs write, not one bullet's list item "兔儿爷形象" (`zh_pair_item_title`)
    titles = pair_item_titles(titles, own, used, shown)
    return place_event_titles(titles, own, used)


def _rare_said(
    titles: list[str],
    own: list[GroupTexts],
    bullets_of: list[list[str]],
    every_text: list[str],
    used: set[str],
) -> list[str]:
    """The rare word all a group's bullets say (`zh_all_said_word`), else one most of them say
    and no other group's ("各族群众", not one bullet's "语言交流障碍": `zh_most_said_word`), else
    the run of nouns more of them say one step up or down from it (`zh_title_span`), else, over
    one bullet's side detail, the body most of them name (`zh_named_body`)."""
    titles = most_said_words(all_said_words(titles, own, bullets_of, used), own, bullets_of, used)
    titles = span_titles(titles, own, bullets_of, used)  # "发电设备利用小时", not one's "火电"
    # "国网清流县供电公司" over that company's three bullets, not one's "检修作业计划"
    titles = named_body_titles(titles, own, bullets_of, every_text, used)
    titles = pair_body_titles(titles, own, bullets_of, every_text, used)  # "北京市交通委": the pair's actor
    return case_name_titles(titles, own, bullets_of, used)  # "孙某某等35人诈骗案", not its sentence's "相应罚金"
