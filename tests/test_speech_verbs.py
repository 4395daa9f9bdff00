"""The one table of Chinese verbs of saying (text/data/speech_verbs.tsv) and the eight uses read from it.

Each use's set is pinned to the literal list its module kept before the table: a mark changed in
the table changes segmentation, bullets or the digest, and must be a decision, made here too."""

from __future__ import annotations

import re

import pytest

from citebrief import digest_points, segment
from citebrief.engines import bullets, zh_pronoun_speakers, zh_quote_named, zh_we_speakers
from citebrief.text import anaphora
from citebrief.text.speech_verbs import USES, Use, alternation, parse_table, speech_verbs, verbs
from citebrief.text.zh_role_heads import role_head_alternation
from speech_table import (
    SpeechTable,
    article_texts,
    check_each_verb_once,
    check_malformed,
    check_same_matches,
    check_use_reads_its_list,
)

# the lists as the modules wrote them before the table (the last three: the speaker steps, s49r)
BEFORE: dict[Use, str] = {
    "label": "表示|指出|介绍|认为|强调|谈到|提到|坦言|所言|所说|称|说|讲",  # engines/bullets._SPEECH_VERB_ZH
    "join": "说|表示|介绍|称|告诉记者|指出|坦言|感慨|强调",  # segment.ZH_ATTRIBUTION
    "digest": "说|表示|介绍|告诉记者",  # digest_points._SPEAKER
    "carry": "说|表示|指出|介绍|认为|告诉|称|坦言|感叹|强调|透露|回忆|解释|提醒|建议|喊道|笑道|问道|谈道|直言|坦承",
    "named": "介绍|表示|说|告诉记者",  # engines/zh_quote_named._speaker_head
    # engines/zh_we_speakers._SPEAKS; 认为 since s270c ("……秘书长李明认为，" then a long bare quotation)
    "before": "说|表示|介绍|指出|强调|告诉记者|认为",
    # engines/zh_pronoun_speakers._VERB; 希望 since s280k ("……代表程湘如则希望，……" then "她还透露，……")
    "pronoun": "表示|认为|指出|说|介绍|提出|强调|称|坦言|透露|建议|预计|谈到|希望",
    "spoke": "说|表示|介绍|称|告诉记者|指出|坦言|感慨|强调",  # engines/zh_quote_named._SPOKE read "join"'s
}


TABLE = SpeechTable(USES, speech_verbs, verbs, parse_table, BEFORE)
HEADER = "verb\tlabel\tjoin\tdigest\tcarry\tnamed\tbefore\tpronoun\tspoke"


@pytest.mark.parametrize("use", USES)
def test_each_use_reads_the_set_its_module_kept(use: Use) -> None:
    check_use_reads_its_list(TABLE, use)


def test_the_table_lists_each_verb_once_and_each_serves_a_use() -> None:
    check_each_verb_once(TABLE)


def test_an_alternation_puts_a_longer_verb_before_the_one_it_begins_with() -> None:
    assert alternation("digest").split("|")[0] == "告诉记者"
    label = alternation("label").split("|")
    assert label.index("所说") < label.index("说")
    assert re.fullmatch(f"(?:{alternation('join')})", "告诉记者")


# the four patterns as their modules compiled them before the table (the same text, the old list;
# "join" and "carry-attribution" since with a short quoted name allowed: "……“杜苏芮”布置会上，……罗东说。")
NAME = "“(?=[^“”。！？，；：]{1,10}”)|”"
OLD_PATTERNS = {
    "join": re.compile(rf"(?![“”])(?:[^“”。！？]|{NAME}){{1,50}}(?:说|表示|介绍|称|告诉记者|指出|坦言|感慨|强调)。"),
    "digest": re.compile(r"^\s*[^“”。！？]{2,60}(?:说|表示|介绍|告诉记者)。"),
    "carry": re.compile(f"(?:{BEFORE['carry']})"),
    "carry-attribution": re.compile(
        rf"^(?![“”])(?:[^“”。；：！？]|{NAME}){{0,50}}(?:{BEFORE['carry']})(?:道|着|出了?[^“”，。；：]{{0,6}})?[。！]$"
    ),
    # widened by d399752b (a name of up to five characters, 日前/当日, 在接受……记者专访时): the verbs
    # are still the old list
    "named": re.compile(
        rf"^(?![“”据])[^“”。；：！？，]{{0,70}}?(?:{role_head_alternation()})"
        r"([\u4e00-\u9fff]{2,5}?)(?:\d{1,2}日|日前|当日)?在?(接受[\u4e00-\u9fff]{0,8}?记者(?:专访|采访)时?)?"
        r"(?:介绍|表示|说|告诉记者)[，：]"
    ),
    "before": re.compile(rf"^[^，。“”]{{2,20}}?(?:{BEFORE['before']})[，,：:]"),
    "pronoun": re.compile(
        rf"(?:^|[，,。；])\s*([\u4e00-\u9fff·]{{2,5}}?)(?:还|也|则|同时)?(?:{BEFORE['pronoun']})[，,：:]"
    ),
    "spoke": re.compile(rf"(?:^|”)([\u4e00-\u9fff]{{2,3}}?)(?:{BEFORE['join']})[，。：]"),
    "label": re.compile(
        r"(?:\s|、|" + bullets._SPEAKER_ROLES.pattern + r")(?!(?:" + BEFORE["label"] + r"))"
        r"([\u4e00-\u9fff·]{2,4}?(?:" + BEFORE["label"] + r")?)$"
    ),
}
NEW_PATTERNS = {
    "join": segment.ZH_ATTRIBUTION,
    "digest": digest_points._SPEAKER,
    "carry": anaphora._ZH_SPEAKER,
    "carry-attribution": anaphora._ZH_ATTRIBUTION,
    "label": bullets._SPEAKER_NAME,
    "named": zh_quote_named._speaker_head(),
    "before": zh_we_speakers._SPEAKS,
    "pronoun": zh_pronoun_speakers._SPEAKER,
    "spoke": zh_quote_named._SPOKE,
}
SAID = [
    "该露营基地经营主、新加坡籍华人刘亮说。",
    "王建波向记者介绍。",
    "记者" * 20 + "告诉记者。",
    "一位零工说出了他的顾虑。",
    "黄景立笑道。",
    "全国政协委员、某某院长王某某",
    "教授李明所说",
    "专家表示",
    "工委书记 张卫平",
    "他感慨。",
    "他感叹。",
    "州民族语文工作中心主任宗金才介绍，玉树州坚持……",
    "嘎玛西周对孩子们说，在开心时，我们要唱歌。",
    "孟磊说，随着……，他认为，未来充裕的宏观流动性……",
    "长谷川表示：中国经济……",
]


def _shared_texts() -> list[str]:
    """Sentences, paragraphs and the heads before a colon of the first news and clts articles."""
    return article_texts(("zh-news.jsonl", "zh-clts.jsonl"), 60, lambda text: text.partition("：")[0])


def test_the_patterns_built_from_the_table_find_what_the_literal_ones_found() -> None:
    check_same_matches(OLD_PATTERNS, NEW_PATTERNS, [*SAID, *_shared_texts()])


@pytest.mark.parametrize(
    ("table", "message"),
    [
        pytest.param(f"{HEADER}\n说\tx\tx\tx\tx\t-\t-\t-\tx\n说\t-\tx\t-\t-\t-\t-\t-\tx\n", "listed twice", id="twice"),
        pytest.param("verb\tlabel\tjoin\tcarry\n说\tx\tx\tx\n", "columns must be", id="columns"),
        pytest.param("说\tx\ty\tx\tx\t-\t-\t-\n", "x or - per use", id="mark"),
        pytest.param("说\tx\tx\tx\n", "x or - per use", id="short-row"),
        pytest.param("say\tx\tx\tx\tx\t-\t-\t-\n", "x or - per use", id="not-chinese"),
        pytest.param("# a comment\n讲\t-\t-\t-\t-\t-\t-\t-\t-\n", "serves no use", id="no-use"),
    ],
)
def test_a_malformed_table_is_an_error_naming_its_line(table: str, message: str) -> None:
    check_malformed(TABLE, table, message)


def test_a_well_formed_table_reads_each_row_in_order() -> None:
    rows = parse_table(f"# note\n\n{HEADER}\n说\tx\t-\tx\t-\t-\t-\t-\t-\n表示\t-\t-\t-\tx\t-\t-\tx\t-\n")
    read = [(row.verb, sorted(row.uses)) for row in rows]
    assert read == [("说", ["digest", "label"]), ("表示", ["carry", "pronoun"])]


def test_spoke_has_its_own_column_with_joins_marks() -> None:
    """zh_quote_named's speakers read "spoke", no longer segmentation's "join" (the two columns were
    split so that they may differ: no test holds them equal)."""
    assert f"(?:{alternation('spoke')})" in zh_quote_named._SPOKE.pattern
