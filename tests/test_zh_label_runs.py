"""A later label given its list's lead-in says the labels in order from the first."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.zh_label_runs import label_sentences
from citebrief.ingest import document_from_text
from citebrief.model import Point, VerdictLabel
from citebrief.verify import SourceIndex, check_point
from citebrief.verify.checks import find_quotation
from citebrief.verify.index import Claim
from conftest import shared_article


def test_the_labels_are_found_in_order_each_near_the_one_before() -> None:
    texts = [
        "下一步将从以下几个方面加大工作力度：一是扩大服务供给。",
        "重点加强宣传推广。",
        "二是强化部门联动。",
        "与公安部加强合作。",
        "三是创新工作思路。",
        "四要加强讲解管理。",  # another verb: no label of this list
    ]
    assert label_sentences(texts, 0, "是") == [0, 2, 4]
    assert label_sentences([*texts[:3], *["加大审查力度。"] * 10, "三是创新工作思路。"], 0, "是") == [0, 2]


def _bullets(name: str, index: int) -> list[str]:
    document = document_from_text(shared_article(name, index), origin=f"{name}-{index}", kind="text")
    return [point.text for group in draft_extractive(document).groups for point in group.points]


def test_the_third_area_is_said_after_the_first_two() -> None:
    bullets = _bullets("zh-news.jsonl", 75)  # ..._L980: 国家文物局将从以下几个方面继续加大工作力度
    areas = [b for b in bullets if "以下几个方面" in b]
    assert len(areas) == 1
    assert areas[0].endswith(
        "：一是扩大服务供给，缓解供需矛盾；二是强化部门联动，形成监管合力；三是创新工作思路，完善预约机制。"
    )


PLAN = "\n".join(
    [
        "下一步，文物局将从以下几个方面继续加大工作力度：一是扩大服务供给，缓解供需矛盾。重点加强宣传推广。",
        "二是强化部门联动，形成监管合力。与公安部加强合作。三是创新工作思路，完善预约机制。",
        "指导各地通过分时段预约提升预约管理水平。",
    ]
)


def test_verify_takes_sentences_of_the_cited_paragraphs_said_one_after_another() -> None:
    document = document_from_text(PLAN, origin="plan.txt")
    index = SourceIndex(document)
    first, second, third = (s.n for s in document.segments)
    labels = (
        "下一步，文物局将从以下几个方面继续加大工作力度：一是扩大服务供给，缓解供需矛盾。"
        + "二是强化部门联动，形成监管合力。"
    )
    later = labels + "三是创新工作思路，完善预约机制。"
    assert find_quotation(Claim(later, index), index, [first, second]) is not None
    assert check_point(Point(text=later, citations=[first, second]), index).label is VerdictLabel.supported
    # a sentence the cited paragraphs lack, or a cited paragraph that holds none, is no quotation
    made_up = labels + "三是全面取消预约制度。"
    assert find_quotation(Claim(made_up, index), index, [first, second]) is None
    assert find_quotation(Claim(labels, index), index, [first, second, third]) is None


def test_verify_takes_the_labels_said_as_one_list() -> None:
    document = document_from_text(PLAN, origin="plan.txt")
    index = SourceIndex(document)
    first, second, _ = (s.n for s in document.segments)
    lead = "下一步，文物局将从以下几个方面继续加大工作力度："
    listed = lead + "一是扩大服务供给，缓解供需矛盾；二是强化部门联动，形成监管合力；三是创新工作思路，完善预约机制。"
    assert check_point(Point(text=listed, citations=[first, second]), index).label is VerdictLabel.supported
    made_up = lead + "一是扩大服务供给，缓解供需矛盾；二是全面取消预约制度。"  # "；" makes no label quoted
    assert find_quotation(Claim(made_up, index), index, [first, second]) is None
