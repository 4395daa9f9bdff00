"""An English story's opening hook (text/en_hooks.py, its table text/data/en_hooks.tsv) leaves the
brief where the news follows it (engines/en_hook_drops.py), and is no antecedent a bullet carries
(engines/cited_points.carry_antecedent)."""

from __future__ import annotations

import re

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.data_files import data_lines
from citebrief.text.en_hooks import HookRow, common_capitals, hook_rows, is_hook, names_or_counts, opening_hook
from conftest import cnndm_groups


@pytest.mark.parametrize("row", hook_rows(), ids=[row.name for row in hook_rows()])
def test_each_row_finds_a_hook_in_its_example(row: HookRow) -> None:
    assert re.search(row.regex, row.example), row.name
    assert is_hook(row.example), row.name


# a second sentence per row, written here, of the row's general shape (not its example's words)
_SHAPES = {
    "you-would-think": "You'd be forgiven for thinking the summer holidays never end.",
    "long-wished": "Gardeners have long envied the neighbour whose roses never wilt.",
    "amazing-what": "It is strange how quickly a quiet street can fill up.",
    "as-things-go": "As wedding speeches go, that was a short one.",
    "not-meant-to-be": "It's not supposed to be a competition.",
    "lets-not-forget": "Let's be honest, the old bus station was never pretty.",
    "comes-around": "These days a new gadget comes round that every teenager must own.",
}


def test_every_row_has_a_shape_written_here() -> None:
    assert set(_SHAPES) == {row.name for row in hook_rows()}


@pytest.mark.parametrize(("name", "sentence"), sorted(_SHAPES.items()))
def test_each_row_is_a_general_shape(name: str, sentence: str) -> None:
    regex = next(row.regex for row in hook_rows() if row.name == name)
    assert re.search(regex, sentence), name
    assert is_hook(sentence), name


@pytest.mark.parametrize("capital", data_lines("en_common_capitals.tsv"))
def test_a_common_capital_names_no_one(capital: str) -> None:
    assert capital in common_capitals()
    assert not names_or_counts(f"A {capital} can be bought in any shop.")
    assert names_or_counts(f"A {capital} can be bought in any shop in Leeds.")


def test_a_hook_names_no_one_and_gives_no_figure() -> None:
    assert is_hook("You would think a seasoned judge would know better.")
    assert is_hook("It's incredible how much a haircut can change.")
    # the same turns of phrase carrying news are news: a name, a figure
    assert not is_hook("You would think Manchester United would know better.")
    assert not is_hook("As transfer windows go, it was the busiest in 20 years.")
    assert not is_hook("If your name is Nigel you are twice as likely to vote Ukip, according to research by YouGov.")
    # a plain news lead has none of the patterns
    assert not is_hook("A schoolboy with a rare illness has been racially abused in the street.")


def test_news_is_a_name_or_a_figure() -> None:
    assert names_or_counts("But Britt McHenry has been suspended from her position.")
    assert names_or_counts("A kite measuring 6,000 metres was taken to a festival.")
    assert not names_or_counts("Am I right?")
    assert not names_or_counts("A TV news reporter should know better.")


def test_only_an_opening_hook_with_news_after_it() -> None:
    news = ["You would think a reporter would know better.", "But Jane Smith was suspended on Friday.", "More."]
    assert opening_hook(news, 0)
    assert not opening_hook(["Intro line.", "Second line.", *news], 2)  # past the opening
    no_news = ["You would think a reporter would know better.", "But she was not.", "Nor was he."]
    assert not opening_hook(no_news, 0)  # nothing after it says who or how many: the hook stays


_STORY = (
    "You would think a seasoned referee would know better. But Mark Hollins, who has refereed in the league for "
    "twelve years, was suspended on Monday after he was filmed shouting at a ball boy during the cup tie in Leeds. "
    "The league said the suspension would last for four weeks while it looked into the incident. "
    "Hollins apologised in a statement issued by his union on Tuesday morning. "
    "He said he had been under pressure and regretted what he had said to the boy. "
    "The boy's family said they accepted the apology but wanted the league to act. "
    "Fans of both clubs have called for a longer ban on social media. "
    "The referees' union said Hollins had an unblemished record until the incident. "
    "The cup tie in Leeds ended in a 2-1 win for the home side after extra time. "
    "Club officials said the ball boy, aged 14, had been upset but was back at school on Wednesday. "
    "The league is expected to publish the findings of its review by the end of the month. "
    "Hollins is not expected to appeal against the suspension, his union said."
)


def test_the_hook_is_no_bullet_of_a_story_written_here() -> None:
    brief = draft_extractive(document_from_text(_STORY, origin="hook", kind="text"))
    bullets = [point.text for group in brief.groups for point in group.points]
    assert not any("would know better" in text for text in bullets)
    assert "Mark Hollins" in brief.groups[0].points[0].text  # the overview leads with the news


@pytest.mark.parametrize(
    ("index", "hook"),
    [
        (111, "you would think a TV news reporter would know better"),  # the news: Britt McHenry's suspension
        (198, "Economy passengers have long wished"),  # the news: Zodiac Galleys Europe's bunk beds
        (140, "As attempts to break a world record go"),  # the news: a 6,000-metre kite
        (148, "It's amazing what a bit of make-up can do"),  # the news: Promise Tamang's tutorial
        (103, "It's not intended to be a safety video"),  # also not carried before "But this ... clip"
    ],
)
def test_cnndm_hooks_leave_the_brief(index: int, hook: str) -> None:
    groups = cnndm_groups(index)
    assert not any(hook in text for group in groups for text in group)
    assert len(groups[0]) >= 2  # the overview keeps its news


def test_an_it_depends_answer_carries_its_question() -> None:
    from citebrief.text.en_hooks import answered_by

    assert answered_by("Think it's easy to grow tomatoes indoors?", "It depends on the light your window gets.")
    assert answered_by("Wondering when to book?", "It all depends on the season.")
    assert not answered_by("Tomatoes grow well indoors.", "It depends on the light your window gets.")
    assert not answered_by("Think it's easy to grow tomatoes indoors?", "It was a dry summer.")


def test_an_it_depends_bullet_holds_its_question() -> None:
    text = (
        "Think it's easy to grow tomatoes indoors? It depends on the light your window gets, according to "
        "a study of 4,000 home gardens by the Royal Horticultural Society. The society counted yields in "
        "Leeds, York and Hull over three summers. South-facing windows gave 40 per cent more fruit than "
        "north-facing ones. Gardeners in Hull reported the best crops, the study found."
    )
    document = document_from_text(text, origin="t", kind="text")
    bullets = [point.text for group in draft_extractive(document).groups for point in group.points]
    said = next(bullet for bullet in bullets if "It depends on the light" in bullet)
    assert said.startswith("Think it's easy to grow tomatoes indoors?")
