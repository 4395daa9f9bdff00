"""The terminology glossary: the shipped renderings, the user's own file, the prompt's lines and
the name check across languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from citebrief import glossary
from citebrief.engines.llm.parts import Part
from citebrief.engines.llm.prompts import brief_messages, map_messages
from citebrief.errors import InputError
from citebrief.ingest import document_from_text, ingest
from citebrief.model import Point, VerdictLabel
from citebrief.verify import SourceIndex, check_point
from conftest import EXAMPLES


@pytest.fixture(autouse=True)
def _no_user_glossary(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CITEBRIEF_CONFIG", str(tmp_path / "no-config.toml"))
    monkeypatch.delenv(glossary.ENVIRONMENT, raising=False)


def test_the_shipped_glossary_is_several_hundred_entries_of_known_kinds() -> None:
    entries = glossary.shipped()
    assert len(entries) >= 500
    assert {entry.kind for entry in entries} == set(glossary.KINDS)
    forms = [form for entry in entries for form in entry.zh]
    assert len(forms) == len(set(forms)), "a Chinese form in two entries"
    assert all(entry.official and entry.official == entry.official.strip() for entry in entries)


@pytest.mark.parametrize(
    ("chinese", "english"),
    [
        ("全国政协", "CPPCC National Committee"),
        ("国家发展改革委", "National Development and Reform Commission"),
        ("发展改革委", "National Development and Reform Commission"),
        ("新质生产力", "new quality productive forces"),
        ("低空经济", "low-altitude economy"),
        ("工业和信息化部", "Ministry of Industry and Information Technology"),
        ("全国人大常委会", "Standing Committee of the National People's Congress"),
        ("陕西", "Shaanxi"),
        ("山西", "Shanxi"),
        ("国务院副总理", "Vice Premier"),
        ("一带一路", "Belt and Road Initiative"),
    ],
)
def test_official_renderings(chinese: str, english: str) -> None:
    (entry,) = glossary.default().found_in(chinese)
    assert entry.official == english


def test_a_longer_form_wins_over_the_name_inside_it() -> None:
    found = glossary.default().found_in("全国政协委员周启明在全国政协会议上发言")
    assert [entry.official for entry in found] == ["member of the CPPCC National Committee", "CPPCC National Committee"]


def test_the_prompt_lines_name_the_form_the_article_uses_institutions_first() -> None:
    lines = glossary.default().for_prompt("浙江的企业。发展改革委和人民银行表示，推动新质生产力发展。新质生产力", 10)
    assert lines == [
        "发展改革委 = National Development and Reform Commission",
        "人民银行 = People's Bank of China",
        "新质生产力 = new quality productive forces",
        "浙江 = Zhejiang",
    ]
    assert len(glossary.default().for_prompt("浙江、江苏、广东、山东、四川", 3)) == 3


def test_the_english_prompt_carries_the_article_terms_and_the_chinese_prompt_does_not() -> None:
    policy = ingest(str(EXAMPLES / "zh-tech-policy.html"))
    system = brief_messages(policy, "en", None)[0]["content"]
    assert "Official English renderings of names and terms in this article (use them):" in system
    assert "- 全国政协 = CPPCC National Committee" in system
    assert "- 国家发展改革委 = National Development and Reform Commission" in system
    assert "Official English" not in brief_messages(policy, "zh", None)[0]["content"]
    part = map_messages(policy, Part(segments=tuple(policy.segments[14:15])), "en")[0]["content"]  # [15]: 东数西算
    assert "- 东数西算 = East Data West Computing project" in part
    assert "- 全国政协委员 = member of the CPPCC National Committee" in part
    assert "欧盟碳边境调节机制" not in part  # only the terms of this part


def test_the_users_file_adds_and_overrides(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    mine = tmp_path / "mine.tsv"
    mine.write_text(
        "# my terms\nbody\t江州市民政局\tJiangzhou Civil Affairs Bureau\nterm\t新质生产力\tnew productive forces\n"
    )
    monkeypatch.setenv(glossary.ENVIRONMENT, str(mine))
    terms = glossary.default()
    assert [e.official for e in terms.found_in("江州市民政局 新质生产力")] == [
        "Jiangzhou Civil Affairs Bureau",
        "new productive forces",
    ]
    assert len(terms) == len(glossary.shipped()) + 1


def test_the_config_file_names_the_users_glossary(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "terms.tsv").write_text("place\t江州\tJiangzhou\n", encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text('[glossary]\npath = "terms.tsv"\n', encoding="utf-8")  # relative to the config file
    monkeypatch.setenv("CITEBRIEF_CONFIG", str(config))
    assert [e.official for e in glossary.default().found_in("江州")] == ["Jiangzhou"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("body\t国务院\n", "line 1: expected kind, Chinese and English separated by tabs", id="two-fields"),
        pytest.param("# c\nagency\t国务院\tState Council\n", "line 2: unknown kind 'agency'", id="unknown-kind"),
        pytest.param("term\t \tsomething\n", "line 1: an entry needs Chinese and English", id="no-chinese"),
    ],
)
def test_a_bad_glossary_file_is_one_error_naming_it_and_the_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv(glossary.ENVIRONMENT, str(path))
    with pytest.raises(InputError, match=message) as raised:
        glossary.default()
    assert raised.value.source == str(path)


def test_a_missing_glossary_file_is_an_error_naming_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(glossary.ENVIRONMENT, str(tmp_path / "none.tsv"))
    with pytest.raises(InputError, match="the glossary file does not exist"):
        glossary.default()


PARAGRAPHS = [
    (1, "国家发展改革委表示，将加快推进重大项目建设。"),
    (2, "工业和信息化部副部长在会上介绍了有关情况。"),
    (3, "国务院副秘书长丁学东出席会议。"),
    (4, "山西省煤炭产量保持稳定。"),
]


@pytest.mark.parametrize(
    ("bullet", "cited", "problems"),
    [
        pytest.param("The NDRC pledged to speed up major projects", [1], [], id="abbreviation"),
        pytest.param(
            "The National Development and Reform Commission spoke", [2],
            [("National Development and Reform Commission", (1,))], id="named-elsewhere",
        ),
        pytest.param("The Ministry of Finance spoke", [2], [("Ministry of Finance", ())], id="named-nowhere"),
        pytest.param("Ding Xuedong of the State Council attended", [3], [], id="inside-a-title"),
        pytest.param("Coal output in Shaanxi held steady", [4], [("Shaanxi", ())], id="shaanxi-is-not-shanxi"),
        pytest.param("Coal output in Shanxi held steady", [4], [], id="shanxi"),
        pytest.param("the ministry of finance spoke", [2], [], id="not-a-name-in-lower-case"),
    ],
)  # fmt: skip
def test_names_are_checked_across_languages(
    bullet: str, cited: list[int], problems: list[tuple[str, tuple[int, ...]]]
) -> None:
    found = glossary.name_problems(bullet, cited, PARAGRAPHS)
    assert [(p.name, p.found_in) for p in found] == problems


def test_verify_marks_a_bullet_whose_name_its_paragraph_lacks() -> None:
    document = document_from_text(
        "标题\n\n" + "\n\n".join(text for _, text in PARAGRAPHS), origin="names.txt", kind="text"
    )
    index = SourceIndex(document)
    elsewhere = check_point(
        Point(text="The National Development and Reform Commission will speed up projects", citations=[2]), index
    )
    assert elsewhere.label is VerdictLabel.partial
    assert elsewhere.check == "names"
    assert elsewhere.found_in == [1]
    assert (
        "National Development and Reform Commission (国家发展和改革委员会) is not named in [2]; named in [1]"
        in elsewhere.reason
    )
    nowhere = check_point(Point(text="The Ministry of Finance will speed up projects", citations=[1]), index)
    assert nowhere.label is VerdictLabel.unsupported
    assert "named nowhere in the article" in nowhere.reason
    fine = check_point(Point(text="The NDRC will speed up major projects", citations=[1]), index)
    assert fine.check != "names"
