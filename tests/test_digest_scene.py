"""A Chinese feature's scene is no story's point in the digest; its count is (digest_scene)."""

from __future__ import annotations

import json
from pathlib import Path

from citebrief.digest import _bullets
from citebrief.digest_points import announces, teaser
from citebrief.digest_scene import nameless_pronoun, reports, scene
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft

NEWS = Path("/work/shared/data/zh-news.jsonl")


def test_a_picture_of_the_moment_is_a_scene_and_a_report_is_not() -> None:
    assert scene("在车间中，被称作“听诊专家”的轮轴检查员王国柱正手持车轮第四种检查器，对临修车轮对进行“听诊”。")
    assert scene("断电的动车组内漆黑一片，身高1米85的冯星玮凭借手电筒的微弱光线，蜷缩着身子在卫生间里摸索着。")
    assert scene("距离陆地约40公里处的福建平潭外海，宽阔蔚蓝的海面上，数十台风电机组正在不停地旋转。")
    assert teaser("夜幕降临，江苏扬州仪征新时代文明实践中心的广场正在上演精彩的惠民活动。")
    # under way, but a plan or a report: no setting of its own, or who counts what
    assert not scene("当前，杭州正在加快推进新型慈善服务网络标准化建设。")
    assert not scene("目前，正组织村民抢修被水冲毁的果园道路。")
    assert not scene("后续保险报案和处理工作仍在紧张进行中，北京局正在组织力量，加强督导金融服务保障工作。")
    assert not scene("目前成都大运会特许商品销售旺盛，部分商品已断货，记者看到店员正在紧急补货。")
    assert not scene("除上述公益项目外，“米多多乡村童声合唱周”公益项目正在长沙进行。")


def test_a_count_reports_and_a_size_does_not() -> None:
    assert reports("如今恰逢暑运检修高峰期，冯星玮所在的班组平均每天都会处置4至6起卫生间故障。")
    assert reports("今年二季度，国家开发银行制造业贷款余额新增量、贷款发放量环比分别增长37%、60%。")
    assert not reports("王国柱身着厚厚的工作服，需钻到不到0.8米的车辆底下，寸步丈量轮对数据。")
    assert not reports("断电的动车组内漆黑一片，身高1米85的冯星玮凭借手电筒的微弱光线摸索着。")


def test_a_pronoun_before_any_name_points_at_nobody() -> None:
    assert nameless_pronoun("40个台位，百米长的大库，角角落落他早已了然于心。")
    assert not nameless_pronoun("类似的公益活动，欧阳炎华和他的团队已风雨无阻坚持了17年。")
    assert not nameless_pronoun("欧阳炎华告诉记者，疫情防控期间，他共有11家门店的理发师为医院和近70个社区提供服务。")
    assert not nameless_pronoun("经过不断学习钻研，26岁的冯星玮已经成长为青工骨干。")


def test_an_event_whose_dates_are_announced_is_news_not_an_announcement() -> None:
    lhasa = "8日，2023年拉萨雪顿节新闻发布会在拉萨召开，会上宣布，2023年拉萨雪顿节定于8月16日至8月22日在拉萨举办。"
    assert not announces(lhasa)
    assert not announces("第三届论坛将于9月12日在杭州举行。")
    assert announces("8月17日，以“守正创新 文化传承”为主题的第三届长三角古树名木保护论坛在浙江杭州举办。")


def _lead(index: int) -> str:
    """The digest's lead point of a zh-news record's brief (digest._Bullet.lead_rank)."""
    record = json.loads(NEWS.read_text(encoding="utf-8").splitlines()[index])
    doc = document_from_text(record["article"], origin=str(index), kind="text")
    bullets = _bullets([draft(doc)], [doc.text], lambda _: doc)
    return min(bullets, key=lambda b: b.lead_rank()).text


def test_a_features_lead_is_its_count_not_its_opening_picture() -> None:
    # zh-news 30 opens on a train's dark toilet, 120 on a wheel inspector at work: each counts its work further on
    repairs = _lead(30)
    assert "漆黑" not in repairs and reports(repairs), repairs
    inspector = _lead(120)
    assert "正手持" not in inspector and "了然于心" not in inspector and reports(inspector), inspector
    # a report's dated lead stays its lead
    assert _lead(115).startswith("记者今天（8月19日）从北京市石景山区")  # the day from its dateline (zh_today_brackets)
