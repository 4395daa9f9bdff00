"""A recipe's finishing step is its method and may be a bullet; its other steps may not (lines.tsv's
recipe-step). Blind read s82: the winter recipes' brief (zh-clts clts_sample_1) said no cooking
step of either dish. As the benches cut it, the soup's step stands in the paragraph after its
ingredient line (still the soup's: `zh_item_passages.passage_item`), and a tip's later clause
before tips 2 and 3 is no list of its own (`zh_item_lists.list_run`)."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.zh_item_lists import list_run
from citebrief.eval.rouge import split_paragraphs
from citebrief.ingest import document_from_text
from citebrief.text.patterns import is_structure
from citebrief.text.zh_item_passages import item_passages, passage_item
from conftest import shared_article


def test_a_long_step_that_finishes_the_dish_is_no_structure_line() -> None:
    assert not is_structure("4、锅里加入冷水，放入红枣和大米，大火烧开后转小火煮到浓稠，稍煮一会即可食用。")
    assert not is_structure("锅内入适量水，放入萝卜条，中火煮开后再转小火慢煮3分钟左右，即可食用。")


def test_a_short_finish_or_a_step_before_it_stays_a_step() -> None:
    assert is_structure("小火煮5分钟即可食用。")
    assert is_structure("放入锅中小火煮十分钟，即可食用；")
    assert is_structure("黑芝麻下锅用小火炒香后，将其打碎成粉末，备用；")
    # a preparing step run into the finishing one by "；" is still a step
    assert is_structure("2、白萝卜洗净切条，备用；3、锅内入适量水，放入萝卜条，转小火慢煮3分钟左右，即可食用。")


def test_each_winter_recipe_says_how_it_is_cooked() -> None:
    document = document_from_text(shared_article("zh-clts.jsonl", 0), origin="clts-0", kind="text")
    groups = {group.title: [point.text for point in group.points] for group in draft_extractive(document).groups}
    assert any(text.endswith("稍煮一会即可食用。") for text in groups["红枣黑芝麻粥"])
    assert any(text.endswith("慢煮3分钟左右，即可食用。") for text in groups["白菜萝卜汤"])


def _bench_groups() -> dict[str, list[str]]:
    """The winter recipes' brief as the benches cut the article: paragraphs of three sentences,
    so the soup's finishing step opens the paragraph after its ingredient line."""
    text = shared_article("zh-clts.jsonl", 0).strip()
    document = document_from_text("\n\n".join(split_paragraphs(text, "zh")), origin="x", kind="text")
    return {group.title: [point.text for point in group.points] for group in draft_extractive(document).groups}


def test_the_soup_is_titled_by_its_dish_where_it_cites_its_step_alone() -> None:
    groups = _bench_groups()
    assert any(text.endswith("慢煮3分钟左右，即可食用。") for text in groups["白菜萝卜汤"]), groups


def test_the_tip_after_item_one_stays_apart_from_items_two_and_three() -> None:
    # "考究的……；2、黑芝麻容易炒焦……；3、如果喜欢吃甜口的……" goes on the first tip: no list of its own
    said = [text for texts in _bench_groups().values() for text in texts]
    assert "黑芝麻容易炒焦，如果控制不好火候的话，买现成的最方便。" in said, said
    assert not any("考究的" in text and "2、" in text for text in said), said


def test_a_run_that_numbers_from_two_is_no_list_of_its_own() -> None:
    one = [0, 0, 0]
    assert list_run(["考究的可以先去核再煮；", "2、黑芝麻容易炒焦；", "3、可以加入冰糖调味。"], one, 1) is None
    assert list_run(["检查内容包括：1、主体是否合法；", "2、程序是否合法；", "3、事实是否清楚。"], one, 1) == (0, 2)
    assert list_run(["重点在三个方面：一是摸清底数；", "二是集中整治；", "三是建章立制。"], one, 1) == (0, 2)


def test_the_last_items_numbered_step_after_its_own_paragraph_is_the_items() -> None:
    texts = [
        "冬令进补。",
        "红枣粥，原料：大米、红枣。做法：1、红枣洗净；",
        "2、锅里加水煮粥，即可食用。",
        "萝卜汤，原料：萝卜。做法：1、萝卜洗净；",
        "2、锅内入水慢煮，即可食用。",
        "总之，冬季饮食要清淡。",
    ]
    passages = item_passages(("红枣粥", "萝卜汤"), tuple(texts))
    assert passage_item([4], passages, texts, set()) == "萝卜汤"
    assert passage_item([3, 4], passages, texts, set()) == "萝卜汤"
    assert passage_item([4], passages, texts, {"萝卜汤"}) == ""
    assert passage_item([5], passages, texts, set()) == ""  # the article's close, no step of the soup
    assert passage_item([4, 5], passages, texts, set()) == ""
