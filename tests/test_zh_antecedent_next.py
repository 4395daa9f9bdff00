"""A Chinese bullet whose subject is "the kind said before" (此类犯罪, 上述部分地区, "“这些造假行为……")
reads with the sentence that names it: joined where the two fit one bullet, else right after it in
one group (text/zh_kind_reference.py, engines/zh_antecedent_pairs.py, engines/zh_antecedent_next.py)."""

from __future__ import annotations

from itertools import pairwise

from citebrief.engines.zh_antecedent_next import points_at_thing
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.zh_kind_reference import refers_back_zh
from conftest import load_records


def test_a_kind_named_before_points_back() -> None:
    assert refers_back_zh("2023年1月至6月共起诉此类犯罪2000余人。")  # behind a date
    assert refers_back_zh("上述部分地区伴有短时强降水，局地有雷暴大风等强对流天气。")
    assert refers_back_zh("受其影响，10日至13日，东北地区东部和北部有中到大雨。")
    assert refers_back_zh("“这些造假行为往往是排污企业与第三方服务机构沆瀣一气。”黄润秋说。")
    assert not refers_back_zh("除上述公益项目外，“米多多乡村童声合唱周”公益项目正在长沙进行。")  # says what else
    assert not refers_back_zh("对于碳水化合物的恐惧其实也没什么必要。")  # 其实 points at nothing
    assert not refers_back_zh("如您希望其他财产和人身权益得到保障，可选择投保家庭财产保险。")
    assert not refers_back_zh("检察机关今年以来共起诉金融犯罪400余人，其中此类案件占三成。")  # past the first clause
    # a quote on a demonstrative is placed after what it leans on, not joined to it
    assert not refers_back_zh("“这些造假行为往往是排污企业与第三方服务机构沆瀣一气。”黄润秋说。", quoted=False)
    assert refers_back_zh("2023年1月至6月共起诉此类犯罪2000余人。", quoted=False)


def test_a_craftsmans_quote_is_not_joined_to_the_scene_before_it() -> None:
    """zh-news L1291 (read 35a): "随着打磨不断深入，……精美绝伦的艺术品。“这些漆料……”温云鹏说。" read
    as one run-on; the quote alone carries the 国漆 and its 8000 years."""
    bullets = [text for group in _groups("_L1291") for text in group]
    assert any(text.startswith("“这些漆料从天然漆树上采割") for text in bullets), bullets
    assert not any(text.startswith("随着打磨不断深入") for text in bullets), bullets


def _groups(suffix: str) -> list[list[str]]:
    record = next(r for r in load_records("zh-news.jsonl") if r["id"].endswith(suffix))
    brief = draft(document_from_text(str(record["article"]), origin="x", kind="text"))
    return [[point.text for point in group.points] for group in brief.groups]


def test_a_kind_bullet_carries_the_overview_point_that_names_it() -> None:
    """zh-news L945 (a reader: "此类 — which crimes?"): the overview's last point that names the crimes
    goes down and is said once, before "2023年1月至6月共起诉此类犯罪2000余人。"."""
    bullets = [text for group in _groups("_L945") for text in group]
    joined = [text for text in bullets if "共起诉此类犯罪" in text]
    assert len(joined) == 1 and joined[0].startswith("最高人民检察院案件管理办公室负责人表示"), bullets
    assert sum("严厉惩治企业内部人员职务侵占" in text for text in bullets) == 1, bullets


def _follows(groups: list[list[str]], first: str, then: str) -> bool:
    return any(first in a and then in b and then not in a for group in groups for a, b in pairwise(group))


def test_a_kind_bullet_too_long_to_join_stands_right_after_its_antecedent() -> None:
    # zh-news L959: "上述部分地区……" after the overview's rainfall forecast (not its last point: it goes up),
    # or said with it as the one sentence the writer made of them ("……大暴雨……；上述部分地区……", zh_item_lists)
    groups = _groups("_L959")
    first, then = "等地部分地区有暴雨或大暴雨", "上述部分地区伴有短时强降水"
    joined = any(first in text and then in text.partition(first)[2] for group in groups for text in group)
    assert _follows(groups, first, then) or joined, groups
    # zh-news L966: the overview's last point, "……谈起……发现的造假行为", goes down before "“这些造假行为……"
    groups = _groups("_L966")
    assert _follows(groups, "谈起自己和同事在各地突击检查时发现的造假行为", "“这些造假行为往往是"), groups
    assert len(groups[0]) >= 2, groups


def test_an_overview_point_that_leans_on_a_theme_bullet_goes_down_to_it() -> None:
    # zh-news L1182: "其中，“广东粤北南岭山区……试点”……" was the overview's point, its 其中 two groups from the report
    groups = _groups("_L1182")
    assert _follows(groups, "该报告显示，广东高质量实施南岭生态屏障", "其中，“广东粤北南岭山区"), groups
    assert not any("其中，“广东粤北南岭山区" in text for text in groups[0]), groups


def test_a_leaning_bullet_follows_its_antecedent_within_one_group() -> None:
    # zh-news L1247: "此次重点查处……" stood before the notice it means ("据悉，……联合印发通知，部署……专项检查")
    groups = _groups("_L1247")
    # s270aa: it carries the list it opens ("此次重点查处……。主要包括……") and heads the next group, right after the
    # notice that closes the key points (read blind 4 / 4 better)
    assert "联合印发通知" in groups[0][-1] and groups[1][0].startswith("此次重点查处"), groups
    assert "。主要包括" in groups[1][0], groups
    assert groups[0][0].startswith("记者14日从安徽省市场监管局获悉"), groups  # the lead stays


def test_a_pronoun_does_not_take_the_overviews_last_point_down() -> None:
    """zh-news L821 (read 35a): "他提出，要……" heads its group after the overview's "陈存根表示，……
    “最美逆行者”", which names him; the pronoun does not pull his words down. Since
    `zh_opening_points` (read 39o) his words open that group themselves, right before "他提出"."""
    groups = _groups("_L821")
    home = next(g for g in groups if any(t.startswith("他提出") for t in g))
    said = [k for k, t in enumerate(home) if t.startswith("陈存根表示，广大社会工作者")]
    assert said and home[said[0] + 1].startswith("他提出"), groups


def test_a_thing_pointed_at_goes_up_to_the_overview_point_that_names_it() -> None:
    """zh-news L1348 (a reader: "其观测设备" opens group 2, cut off from what 其 is): the bullet goes
    up to stand right after the overview's "此次投用的6套智能气象站……", and is then said at that bullet's
    end (`zh_its_joins`); "他提出" (L821) stays."""
    groups = _groups("_L1348")
    first, then = "此次投用的6套智能气象站", "其观测设备包括"
    joined = any(first in text and then in text.partition(first)[2] for group in groups for text in group)
    assert joined and not any(text.startswith(then) for group in groups for text in group), groups
    assert len(groups[1]) >= 2, groups
    assert points_at_thing("其观测设备包括温度、湿度、风速。")
    assert points_at_thing("这项技术比自然光合作用糖合成更为高效。")
    assert not points_at_thing("他提出，要充分利用社会工作扎根社区的在地优势。")
    assert not points_at_thing("其中，人民币各项贷款增加543亿元。")  # a part of a whole, not a thing named
    assert not points_at_thing("其实也没什么必要。")


def test_a_thing_named_by_a_demonstrative_follows_the_bullet_that_names_it() -> None:
    """zh-news L120 (a reader: "这项技术" separated from the news by a definition): its antecedent
    sentence is no bullet; it moves up to stand after "……合成糖技术取得新进展。", before 己糖's
    definition."""
    groups = _groups("_L120")
    assert _follows(groups, "合成糖技术取得新进展", "这项技术比自然光合作用"), groups
    assert _follows(groups, "这项技术比自然光合作用", "己糖又称为六碳糖"), groups
