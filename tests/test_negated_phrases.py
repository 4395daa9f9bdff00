"""A title candidate its bullets say only under a negation is dropped where title candidates are
gathered (`title_candidates.candidates`, `text/negated_phrases.py`): "she was not a confident
swimmer" gives no "Confident Swimmer" (a blind reader of en-cnndm 130: "the misleading title
'Confident Swimmer' (she was not one)"). Sentences from the shared sets, each a cue that denies the
phrase or a look-alike that does not."""

from __future__ import annotations

import pytest

from citebrief.text.data_files import rows_by_kind
from citebrief.text.en_denied_titles import stepped_group_title
from citebrief.text.en_title_steps import _unless_denied, en_title_steps
from citebrief.text.negated_phrases import negated_everywhere
from citebrief.text.title_choice import group_title, subject_title
from conftest import shared_group_titles

SWIMMER = (
    "Her mother says she had no worries about her daughter taking part in the trip, but Mr Robertson added he"
    " did warn her to stay out of the sea, as she was not a confident swimmer"
)


def test_the_table_has_every_kind_and_no_cue_twice() -> None:
    kinds = rows_by_kind("negation_cues.tsv")
    assert set(kinds) == {"en", "en-word", "en-stop", "zh", "zh-word", "zh-stop"}
    assert {"not", "never", "n't", "failed to"} <= set(kinds["en"])
    assert {"不", "没有", "未", "无", "并非"} <= set(kinds["zh"])
    for words in kinds.values():
        assert len(words) == len(set(words))


@pytest.mark.parametrize(
    ("phrase", "sentence", "lang"),
    [
        ("Confident Swimmer", SWIMMER, "en"),  # en-cnndm 130
        ("Stain Clothes", "it's water resistant and won't stain clothes", "en"),  # en-cnndm 45
        ("Colombian Camilo Villegas", "But he couldn’t match Colombian Camilo Villegas who recorded two", "en"),
        ("Ikea Customer", "Gamers are not a typical Ikea customer, said Ikea's Ingrid Franov", "en"),
        ("人员伤亡报告", "共提前转移避险15000余户、43500余人，未接报人员伤亡报告。", "zh"),  # zh-news 3
        ("生命体征", "截至9时55分，发现4名失联者已无生命体征，另外1人失联。", "zh"),  # zh-news 133
        ("替代关系", "量子计算与传统计算互为补充，并非替代关系。", "zh"),  # zh-news 16
    ],
)
def test_a_phrase_said_only_after_a_negation_is_denied(phrase: str, sentence: str, lang: str) -> None:
    assert negated_everywhere(phrase, [sentence], "zh" if lang == "zh" else "en")


@pytest.mark.parametrize(
    ("phrase", "sentence", "lang"),
    [
        # "not only", and a cue whose reach a preposition or a clause word ends
        ("Sierra Leone", "young people have a role in changing the world, not only Sierra Leone but the world", "en"),
        ("Safety Car", "Mercedes decided not to stop him under the safety car and when the race re-started", "en"),
        ("Traffic Lights", "he could not remember if the traffic lights were red or green", "en"),
        ("Counts of Fraud", "Angus Carpenter denied three counts of fraud", "en"),  # a charge denied is still one
        # an act denied, not its thing (en-cnndm 166, 160); a contrast the clause opens on (en-cnndm 199)
        ("Sentence", "these matters are so serious that I am not able to suspend the sentence", "en"),
        ("Manifesto Pledge", "the Conservatives are the only major party not to make the same manifesto pledge", "en"),
        ("Comments of the Employee", "included only McHenry's responses, not the comments of the employee", "en"),
        # "neither … nor" lists what the predicate is denied of: both effects are there (en-cnndm 64, read before)
        (
            "Financial Effects",
            "evidence that neither the emotional nor the financial effects of divorce are quickly overcome",
            "en",
        ),
        # a cue's character inside a word the tagger cuts whole, and a negated modifier before 的
        ("优质农产品", "进一步拉近了非洲优质农产品与国内消费者的距离。", "zh"),
        ("经营同类营业", "其中背信方面反映较为集中、突出的是非法经营同类营业。", "zh"),
        ("微创小切口手术", "变成仅需1小时即能完成的心脏不停跳的微创小切口手术。", "zh"),
        ("大雨", "也不排除因大雨船体浸水抽水马达故障无法抽水所致", "zh"),  # zh-news 176: a cause not ruled out
    ],
)
def test_a_phrase_not_denied_stays(phrase: str, sentence: str, lang: str) -> None:
    assert not negated_everywhere(phrase, [sentence], "zh" if lang == "zh" else "en")


def test_one_plain_saying_is_enough_to_keep_a_phrase() -> None:
    # zh-policy 38: "可不增加水稻良种补贴省份；反之，可相应考虑增加你省为水稻良种补贴省份"
    sentence = "则可不增加水稻良种补贴省份；反之，可相应考虑增加你省为水稻良种补贴省份。"
    assert not negated_everywhere("水稻良种补贴", [sentence], "zh")
    assert not negated_everywhere("Confident Swimmer", [SWIMMER, "She was a confident swimmer."], "en")
    assert not negated_everywhere("Confident Swimmer", ["The trip went ahead."], "en")  # not said: nothing denied


def test_a_group_is_not_titled_by_what_its_bullets_deny() -> None:
    bullets = [
        "Now four months after the incident, her parents have been remembering their daughter",
        SWIMMER,
        "'As soon as they said Summer's name, I knew something had happened.'",
    ]
    others = ["The family have launched an appeal to raise money for Guide Dogs for the Blind."]
    title = group_title(bullets, bullets, bullets + others, "en", set())
    assert title and "swimmer" not in title.lower()


def test_a_denied_phrase_titles_only_where_no_other_is_clean() -> None:
    # every phrase of the text denied: a title of them, not '' (a paragraphs' phrase no bullet says)
    lead = ["并非替代关系。"]
    assert subject_title(lead, lead, "zh", set()) == "替代关系"
    bullets = ["She was not a confident swimmer."]
    assert group_title(bullets, bullets, bullets, "en", set()).endswith("Swimmer")


def test_the_en_cnndm_brief_that_read_the_opposite() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 130)
    assert not any("Confident Swimmer" in t for t in titles), titles


# en-cnndm 159: the group of the suspect's claims; his victim's cousin says the opposite
ADVANCES = [
    "During the interview, and during a court appearance in Florida on Tuesday, Stancil said Lane deserved to"
    " die, accusing him of being a child molester who'd made advances in online messages to Stancil's 16-year-old"
    " brother",
    "Lane's family has described those accusations as untrue and slanderous",
    "His cousin, Steve Smith, told WRAL that Lane never made sexual advances toward children or anyone with whom"
    " he worked",
]


def test_a_title_step_puts_in_no_phrase_the_bullets_only_deny() -> None:
    guard = {"online messages"}

    def lifting(bullets: list[str], texts: list[str], every: list[str], used: set[str], title: str) -> str:
        used.discard(title.casefold())
        used.add("sexual advances")
        return "Sexual Advances"

    assert _unless_denied(lifting, ADVANCES, ADVANCES, ADVANCES, guard, "Online Messages") == "Online Messages"
    assert guard == {"online messages"}  # the step's guard undone with its title


def test_a_title_step_puts_in_a_phrase_the_bullets_also_say_plainly() -> None:
    plain = [*ADVANCES, "Stancil said Lane made sexual advances toward his brother"]
    guard: set[str] = set()
    found = _unless_denied(lambda b, t, e, u, title: "Sexual Advances", plain, plain, plain, guard, "Online Messages")
    assert found == "Sexual Advances"


def test_the_brief_whose_later_title_step_lifted_a_denied_phrase() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 159)
    assert titles and "Sexual Advances" not in titles, titles


# en-cnndm 149: a group of record lambs; its first bullet denies Ben the record, not the biggest
LAMBS = [
    "Ben isn't the biggest lamb ever born in this country but Jean Morris from the farm said Big Ben was"
    " comfortably the biggest they have ever delivered",
    "The title for the heaviest Suffolk cross lamb was Bruno, nicknamed 'Woooly Lamboth', who was born in"
    " Worcestershire in 2009 at a healthy 21lbs",
]


def test_a_phrase_whose_every_word_the_bullets_say_plainly_may_title_them() -> None:
    assert negated_everywhere("biggest lamb", LAMBS, "en")  # the phrase itself only denied
    found = _unless_denied(lambda b, t, e, u, title: "Biggest Lamb", LAMBS, LAMBS, LAMBS, set(), "Jean Morris")
    assert found == "Biggest Lamb"


def test_a_mending_step_may_keep_a_denied_phrase_over_a_title_naming_nothing() -> None:
    # en-xsum 150: "failed to register a shot on target" over the chunker's "Shot Well" of "a shot well over"
    titles = shared_group_titles("en-xsum.jsonl", 150)
    assert "Shot Well" not in titles, titles


# en-cnndm 27: the dropped cases; "face no further action" is the one phrase of them the bullets only deny
NO_FURTHER_ACTION = [
    "Former News of the World editor Andy Coulson and royal editor Clive Goodman will not face retrials because"
    " prosecutors said it was no longer in the public interest",
    "Sun reporter Vince Soodin, former deputy news editor Ben O'Driscoll and former Sun managing editor Graham"
    " Dudman will also not be prosecuted",
    "The final two reporters to be told they face no further action are Panton and Ryan Sabey, who has been"
    " convicted but has leave to appeal, something the CPS said it will not contest",
]


def test_the_denied_phrase_goes_to_the_steps_that_mend_it() -> None:
    texts = NO_FURTHER_ACTION
    assert group_title(texts, texts, texts, "en", set()) != "Further Action"  # no step reads it: the clean one
    assert en_title_steps(texts, texts, texts, {"further action"}, "Further Action") == "Reporters"
    # the whole brief: the clean choice, "Clive Goodman", one of the eight, gave way to it
    assert shared_group_titles("en-cnndm.jsonl", 27)[3] == "Reporters"


def test_a_denied_phrase_no_step_mends_gives_way_to_the_clean_choice() -> None:
    # en-cnndm 24: "he couldn't match Colombian Camilo Villegas"; the group is Nicklaus's
    bullets = [
        "Jack Nicklaus showed he's still got it at the age of 75 with a hole in one at the fourth in the Par-3 contest",
        "But he couldn't match Colombian Camilo Villegas who recorded two, at the fourth and eighth",
    ]
    handed = stepped_group_title(bullets, bullets, bullets, "en", set())
    assert negated_everywhere(handed, bullets, "en"), handed
    assert en_title_steps(bullets, bullets, bullets, {handed.casefold()}, handed) == "Jack Nicklaus"
