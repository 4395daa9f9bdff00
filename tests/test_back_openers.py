"""Bullets less an opener that only points back ("对此，", "至于", "And": `text.back_openers`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citebrief.ingest import document_from_text
from citebrief.model import Lang
from citebrief.pipeline import draft, render
from citebrief.text.back_openers import without_back_opener
from citebrief.text.data_files import data_lines

DATA = Path("/work/shared/data")

# one invented sentence a row of `data/back_openers.tsv`, and what is left of it
ROWS: dict[str, tuple[Lang, str, str]] = {
    "zh\t对此，": (
        "zh",
        "对此，市政府日前印发了关于加强城市排水设施建设的实施方案。",
        "市政府日前印发了关于加强城市排水设施建设的实施方案。",
    ),
    "zh\t至于": (
        "zh",
        "至于新系统的好处在于，它可以在走上地毯时自动加大吸力。",
        "新系统的好处在于，它可以在走上地毯时自动加大吸力。",
    ),
    "zh\t此外，": (
        "zh",
        "此外，省红十字会还完成了四个体育场馆的救护站建设。",
        "省红十字会还完成了四个体育场馆的救护站建设。",
    ),
    "zh\t同时，": (
        "zh",
        "同时，市政府将加快推进老旧小区的雨污分流改造工作。",
        "市政府将加快推进老旧小区的雨污分流改造工作。",
    ),
    "zh\t另外，": (
        "zh",
        "另外，省红十字会还完成了四个体育场馆的救护站建设。",
        "省红十字会还完成了四个体育场馆的救护站建设。",
    ),
    "zh\t与此同时，": (
        "zh",
        "与此同时，市交通局开通了三条通往新区的夜间公交线路。",
        "市交通局开通了三条通往新区的夜间公交线路。",
    ),
    "zh\t据此，": (
        "zh",
        "据此，专案组走访了周边一百五十余家单位和数十个居民区。",
        "专案组走访了周边一百五十余家单位和数十个居民区。",
    ),
    "zh\t至此，": (
        "zh",
        "至此，泛区内转移安置的三万多名群众已经全部返回家园。",
        "泛区内转移安置的三万多名群众已经全部返回家园。",
    ),
    "zh\t随后": (
        "zh",
        "随后民警再次对照地图进行走访，找到了一位年长的知情者。",
        "民警再次对照地图进行走访，找到了一位年长的知情者。",
    ),
    "zh\t之后，": (
        "zh",
        "之后，有关部门继续推进改革探索，形成了一批新的改革举措。",
        "有关部门继续推进改革探索，形成了一批新的改革举措。",
    ),
    "zh\t此后，": (
        "zh",
        "此后，有关部门继续推进改革探索，形成了一批新的改革举措。",
        "有关部门继续推进改革探索，形成了一批新的改革举措。",
    ),
    "zh\t而": (
        "zh",
        "而抑制这种酶的活性，就能够增加细胞表面受体的数量。",
        "抑制这种酶的活性，就能够增加细胞表面受体的数量。",
    ),
    # a "zh-glued" row: the opener written without its comma makes one word with it, and stays
    "zh-glued\t的": ("zh", "随后的调查显示，这家工厂长期违规排放含重金属的工业废水。", ""),
    "zh-glued\t是": ("zh", "而是由市政府统一组织各区县开展老旧小区的改造工作。", ""),
    "zh-glued\t且": ("zh", "而且市政府还将统一组织各区县开展老旧小区的改造工作。", ""),
    "zh-glued\t今": ("zh", "而今这座小城已经建成了覆盖全域的公共交通与充电网络。", ""),
    "zh-glued\t后": ("zh", "而后市政府统一组织各区县开展了老旧小区的改造工作。", ""),
    "zh-glued\t非": ("zh", "而非由各区县分头开展老旧小区的改造和雨污分流工作。", ""),
    "en\tMeanwhile,": (
        "en",
        "Meanwhile, residents of the north were the most likely to report wasps.",
        "Residents of the north were the most likely to report wasps.",
    ),
    "en\tAlso,": (
        "en",
        "Also, the survey found that fewer councils offer a free service.",
        "The survey found that fewer councils offer a free service.",
    ),
    "en\tPlus,": (
        "en",
        "Plus, online service has the added benefit of tracking.",
        "Online service has the added benefit of tracking.",
    ),
    "en\tAnd": (
        "en",
        "And by 2060, the town could count twice as many homes.",
        "By 2060, the town could count twice as many homes.",
    ),
}


def test_every_row_has_a_case() -> None:
    assert set(data_lines("back_openers.tsv")) == set(ROWS)


@pytest.mark.parametrize("row", sorted(ROWS))
def test_each_opener_goes(row: str) -> None:
    lang, text, left = ROWS[row]
    assert without_back_opener(text, lang) == (left or text)  # "" where the opener stays


def test_an_opener_stays_where_the_rest_leans_or_says_too_little() -> None:
    assert without_back_opener("对此，他表示将尽快调查这起事故的原因。", "zh").startswith("对此")  # whose 他
    assert without_back_opener("对此，专家表示赞同。", "zh").startswith("对此")  # too little left
    assert without_back_opener("And yet the town kept growing every year.", "en").startswith("And yet")
    assert without_back_opener("And so on.", "en") == "And so on."
    assert without_back_opener("And he left.", "en") == "And he left."  # too few words
    assert without_back_opener("Meanwhile, he left.", "en") == "Meanwhile, he left."


def test_no_opener_no_change() -> None:
    assert without_back_opener("Andrew Smith said the town kept growing.", "en").startswith("Andrew")
    assert without_back_opener("Anderson said the plan would go ahead next year.", "en").startswith("Anderson")
    assert without_back_opener("Also known as the Dons, the club was founded in 1903.", "en").startswith("Also")
    assert without_back_opener("Meanwhile the club was founded in 1903 by local men.", "en").startswith("Meanwhile")
    assert without_back_opener(
        "专家建议，未来高标准农田建设应有所侧重，至于侧重抗旱还是排涝则要因地制宜。", "zh"
    ).startswith("专家")


def _brief(name: str, line: int) -> str:
    record = json.loads((DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()[line])
    doc = document_from_text(record["article"], origin="x", kind="text")
    return render(draft(doc), doc, "text")


@pytest.mark.parametrize(
    ("name", "line", "opening"),
    [
        ("zh-news", 13, "中国科学院东北地理与农业生态研究所于近期派出"),
        ("zh-news", 114, "司法部办公厅日前印发关于建立健全律师行业"),
        ("zh-clts", 2, "强劲清洁系统的好处在于，"),
        ("zh-news", 178, "浙江省红十字会亦积极推进赛事场馆的相关工作"),
        ("zh-news", 15, "专案组开展侦查排摸，走访了周边150余家单位"),
        ("zh-news", 11, "民警再次对照地图进行走访"),
        ("zh-news", 39, "抑制PSCK9这种酶的活性"),
        ("zh-news", 42, "当地泛区内转移安置的3万多名群众全部返回家园"),
        ("zh-policy", 1, "相关方面继续加强改革探索"),
        ("en-cnndm", 18, "By 2060, immigrants could account for 82 per cent"),
        ("en-cnndm", 131, "Houses close to a Lidl cost 2 per cent"),
        ("en-cnndm", 3, "Residents of North Lanarkshire in Scotland were the most likely"),
        ("en-cnndm", 167, "Online service has the added benefit of tracking"),
        ("en-cnndm", 169, "Russian flight controllers continue their efforts"),
        ("en-xsum", 3, "A picture of the Queen, the Prince of Wales"),
        ("en-xsum", 5, "The head of the Parliamentary Public Accounts Committee"),
        ("en-xsum", 198, "Labour MP Tom Watson said he had referred"),
    ],
)
def test_shared_briefs_open_no_bullet_on_a_back_opener(name: str, line: int, opening: str) -> None:
    bullets = [b[2:] for b in _brief(name, line).splitlines() if b.startswith("- ")]
    assert any(b.startswith(opening) for b in bullets)
    openers = ("对此，", "至于", "此外，", "同时，", "另外，", "与此同时，", "据此，", "至此，", "随后", "之后，")
    openers += ("此后，", "And ", "Meanwhile,", "Also,", "Plus,")
    assert not any(b.startswith(openers) for b in bullets)
