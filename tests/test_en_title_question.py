"""A title lifted from inside someone's quoted question ("Wider Line" of "'Could I have taken a
wider line?'") names nothing the group reports (`en_title_question`): it gives way to what the
steps make of the group's next narrated choice, else to "Surname on Word" of the writer's framing
of one speaker's words; a statement's phrase and a phrase a bullet narrates stay. Small cases
written after en-cnndm 126 (a driver's season)."""

from __future__ import annotations

from citebrief.text.en_title_question import asked, question_title

WORDS = [
    "'Could I have taken a wider line into the hairpin? Could I have braked later?' said the 28-year-old.",
    "Yet nobody should claim that Varga does not work as hard off the court as anyone.",
    "'Of course I study. You cannot win titles without doing that,' Varga said.",
    "'Some said Kim was a master of serves; Lee was a master of his feet,' Varga said.",
]
PARAGRAPHS = [
    WORDS[0],
    WORDS[1],
    WORDS[2] + " 'I work as hard as anyone on the tour.'",
    WORDS[3],
]
ARTICLE = ["Tennis player Peter Varga won his third final in a row on Sunday.", *PARAGRAPHS]


def _same(bullets: list[str], texts: list[str], every: list[str], guard: set[str], title: str) -> str:
    """Steps that leave every title as it is."""
    return title


def test_a_questions_phrase_is_asked_a_statements_is_not() -> None:
    assert asked("Wider Line", WORDS, PARAGRAPHS)
    assert not asked("World Titles", WORDS, PARAGRAPHS)  # not written as is
    stated = [*WORDS[1:], "'I took a wider line into the hairpin,' said the 28-year-old."]
    assert not asked("Wider Line", stated, stated)  # a statement's phrase: `en_title_quoted`'s
    narrated = [*WORDS, "Varga took a wider line than anyone."]
    assert not asked("Wider Line", narrated, narrated)


def test_one_speakers_words_are_titled_by_the_framings_word() -> None:
    guard = {"wider line", "varga's season"}
    found = question_title(_same, WORDS, PARAGRAPHS, ARTICLE, guard, "Wider Line")
    assert found == "Varga on Work"
    assert "varga on work" in guard and "wider line" not in guard


def test_the_next_choice_the_steps_widen_comes_first() -> None:
    framed = ["It was another strong performance from Varga, who calls himself a perfectionist.", *WORDS[:2]]

    def widened(bullets: list[str], texts: list[str], every: list[str], guard: set[str], title: str) -> str:
        guard.add("performance from varga")
        return "Performance from Varga"

    guard = {"wider line"}
    assert question_title(widened, framed, framed, framed, guard, "Wider Line") == "Performance from Varga"
    assert "performance from varga" in guard and "wider line" not in guard


def test_a_statements_title_and_a_lone_bullet_stay() -> None:
    stated = [*WORDS[1:], "'I took a wider line into the hairpin,' said the 28-year-old."]
    assert question_title(_same, stated, stated, stated, set(), "Wider Line") == "Wider Line"
    assert question_title(_same, WORDS[:1], PARAGRAPHS, PARAGRAPHS, set(), "Wider Line") == "Wider Line"


def test_two_speakers_words_take_no_ones_name() -> None:
    two = [*WORDS[:3], "'He was the better player today,' Kim said."]
    texts = [*PARAGRAPHS[:3], two[3]]
    article = ["Peter Varga beat Tom Kim in the final on Sunday.", *texts]
    assert question_title(_same, two, texts, article, {"wider line"}, "Wider Line") == "Wider Line"
    one = [*WORDS[:3], "'I was the better player today,' Varga said."]
    texts = [*PARAGRAPHS[:3], one[3]]
    article = ["Peter Varga beat Tom Kim in the final on Sunday.", *texts]
    assert question_title(_same, one, texts, article, {"wider line"}, "Wider Line") == "Varga on Work"
