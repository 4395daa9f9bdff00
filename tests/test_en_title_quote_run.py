"""A vague English group title over one speaker's words that no bullet attributes (a run of
quotes after one "he said") becomes "Surname on Topic" ("Magnitude of the Game" → "Sherwood on
the Biggest Game", `text/en_title_quote_run.py`); a title that names a theme, a group of someone's
deeds with no words of theirs, a quote-lifted title and a name the cited paragraphs never write
leave it. Small cases taken from en-cnndm articles, and their briefs themselves."""

from __future__ import annotations

from citebrief.text.en_overview_said import said_grounded
from citebrief.text.en_title_quote_run import bullet_owner, group_speaker, last_person_before, quote_run_title
from conftest import shared_group_titles

# en-cnndm 41, its passages 2-3 (cut short)
SHERWOOD = [
    "And Sherwood underlined the magnitude of the game ahead of the showdown. 'I think this is the biggest game "
    "that a lot of these players have ever played for this football club,' he said, with Villa in 17th.",
    "'This is without doubt the biggest game of the season for Villa. 'This is the biggest (of my managerial "
    "career).' But the boss believes he must instil a different mentality into his players as he tries to keep "
    "them in the top flight.",
]
SHERWOOD_BULLETS = [
    "Sherwood underlined the magnitude of the game ahead of the showdown",
    "'I think this is the biggest game that a lot of these players have ever played for this football club,' he "
    "said, with Villa in 17th",
    "The boss believes he must instil a different mentality into his players as he tries to keep them in the top "
    "flight",
]
LEAD = ["Tim Sherwood has urged Aston Villa to man up as he labelled their clash with QPR the 'biggest game'."]
# en-cnndm 65, passages 2-5 (cut short): the quotes go on for three passages after one "he said"
DEFOE = [
    "Sunderland striker Jermain Defoe believes his stunning volley against Newcastle has proven his worth The "
    "32-year-old was overcome with emotion in the wake of his brilliant blast, and admits the joy was too much.",
    "'I have said many times that I missed the Premier League,' he said. 'Games like this are why I came back. "
    "I was told before that if I come here and work hard and score goals, they won't ask for anything more.",
    "'It was the whole occasion really that got to me. It was great to be the person that made so many people happy.",
]
DEFOE_BULLETS = [
    "The 32-year-old was overcome with emotion in the wake of his brilliant blast, and admits the joy was too much",
    "'I have said many times that I missed the Premier League,' he said",
    "I was told before that if I come here and work hard and score goals, they won't ask for anything more",
    "It was great to be the person that made so many people happy",
]


def _title(bullets: list[str], texts: list[str], title: str, context: list[str] | None = None) -> str:
    every = [*(context or []), *texts]
    return quote_run_title(bullets, texts, every, {title.casefold()}, title)


def test_a_run_of_unmarked_quotes_is_the_speaker_the_run_opens_with() -> None:
    assert last_person_before(DEFOE_BULLETS[2], DEFOE, [*DEFOE, *DEFOE_BULLETS]) == "Defoe"
    assert group_speaker(DEFOE_BULLETS, DEFOE, [*DEFOE, *DEFOE_BULLETS]) == "Defoe"


def test_the_speaker_on_the_phrase_their_words_repeat() -> None:
    used = {"magnitude of the game"}
    title = quote_run_title(SHERWOOD_BULLETS, SHERWOOD, [*LEAD, *SHERWOOD], used, "Magnitude of the Game")
    assert title == "Sherwood on the Biggest Game"
    assert used == {"magnitude of the game", "sherwood on the biggest game"}  # the vague one kept
    assert said_grounded(title, SHERWOOD)


def test_the_speaker_on_the_vague_title_as_the_writer_says_it() -> None:
    assert _title(DEFOE_BULLETS, DEFOE, "Brilliant Blast") == "Defoe on His Brilliant Blast"


def test_a_title_that_names_a_theme_stays() -> None:
    assert _title(DEFOE_BULLETS, DEFOE, "Premier League Return") == "Premier League Return"


def test_a_quote_lifted_title_is_no_topic() -> None:
    texts = [*DEFOE[:2], DEFOE[2] + " 'Could I have done a better outlap?'"]
    bullets = [*DEFOE_BULLETS[1:], "'Could I have done a better outlap?'"]
    # not "Defoe on a Better Outlap": the name his quote says, once "League" no longer ties with
    # the "Premier League" it is only the tail of (`en_title_said_name.spoken_name`)
    assert _title(bullets, texts, "Better Outlap") == "Defoe on the Premier League"


def test_deeds_with_no_words_of_theirs_stay() -> None:
    # en-cnndm 60: a court group of Pama's deeds, "The case" no role of his
    texts = [
        "Pama shielded his face from reporters outside Brisbane Magistrate Courts when he was granted bail on "
        "Friday. Pama, who has no history of violence, was reportedly 'beside himself' with grief. The case is due "
        "to return to court on May 18."
    ]
    bullets = [
        "Pama shielded his face from reporters outside Brisbane Magistrate Courts when he was granted bail on Friday",
        "Pama, who has no history of violence, was reportedly 'beside himself' with grief",
        "The case is due to return to court on May 18",
    ]
    context = ["Leon Yeaman, 55, was allegedly killed by a single punch from shift worker Phillip Pama, 28."]
    assert _title(bullets, texts, "Court", context) == "Court"


def test_a_speaker_the_cited_paragraphs_never_name_stays() -> None:
    texts = [t.replace("Jermain Defoe", "the striker") for t in DEFOE]
    context = ["Jermain Defoe says his stunning Wear-Tyne derby winner is justification for his return."]
    assert _title(DEFOE_BULLETS, texts, "Brilliant Blast", context) == "Brilliant Blast"


def test_en_cnndm_briefs_title_the_speakers_runs() -> None:
    assert shared_group_titles("en-cnndm.jsonl", 41)[1] == "Sherwood on the Biggest Game"
    assert shared_group_titles("en-cnndm.jsonl", 65)[1] == "Defoe on His Brilliant Blast"


def test_a_quotations_tail_is_the_last_named_speakers_though_it_opens_on_a_noun() -> None:
    # en-cnndm 30 as the benches cut it: "Protesting is" reads as an actor, the tail of Mr Hussen's quote
    context = [
        "Mr Hussen told The Times yesterday that he felt ashamed to have been at the flag-burning rally. He said: "
        "‘I went to show my feelings because my religion was being insulted, my faith."
    ]
    texts = [
        "Protesting is not radical, it is our right.’ Asked why he was pictured at the front of the mob, he said: "
        "‘The crowd pushed me. I feel tricked.",
        "I did not know who they were. I just followed the crowd, I feel ashamed.’ Mr Hussen came to Britain from "
        "Germany in 1999 and said he came ‘for democracy, for the freedom, for a better life for children, so they "
        "could learn English’.",
    ]
    bullets = [
        "Protesting is not radical, it is our right.’",
        "Mr Hussen came to Britain from Germany in 1999 and said he came ‘for democracy, for the freedom, for a "
        "better life for children, so they could learn English’.",
    ]
    assert _title(bullets, texts, "Better Life", context) == "Hussen on Protesting"


def test_a_body_that_speaks_is_no_one_of_the_run() -> None:
    club = "Sunderland said the win was their fifth straight over Newcastle"
    rivals = "Newcastle said the derby had been played in a good spirit"
    texts = [*DEFOE[:2], f"{DEFOE[2]} {club}. {rivals}."]
    assert _title([DEFOE_BULLETS[1], club, rivals], texts, "Brilliant Blast") == "Brilliant Blast"


def test_the_run_is_its_speakers_not_the_last_name_its_words_say() -> None:
    # en-cnndm 93: a detective's quotes about a prisoner; "Boente's behaviour" is named last, inside them
    texts = [
        "Carlos Boente, 33, was serving time at HMP Birmingham when he began contacting the woman.",
        "Although he was cleared of the threats to kill charges he was last week jailed for five years at "
        "Birmingham Crown Court. Speaking after the hearing, Detective Constable Vanessa Lewis, from West Midlands "
        "Police, said: 'Even when the victim was giving a statement to us about Boente's behaviour, we witnessed "
        "him constantly calling her.",
        "'Despite knowing we were investigating him, Boente showed no signs of stopping his disturbing conduct.",
    ]
    bullet = "'Despite knowing we were investigating him, Boente showed no signs of stopping his disturbing conduct.'"
    assert last_person_before(bullet, texts, [*texts, bullet]) == "Lewis"


def test_two_marks_closing_a_quotation_inside_another_both_close() -> None:
    # "'After a couple of weeks I was like, "Wow!"'" closes both quotations: the surgeon's doubt
    # after it and the next passage are the writer's words, no one's quote (en-cnndm 59)
    passage = "Ann Lee said: 'After a week I was like, \"Wow!\"' However, a surgeon doubts it."
    following = "Still, the clinic does have a number of regular customers."
    assert not bullet_owner([following], 0, [passage, following], [passage, following])[1]
    unclosed = "Ann Lee said: 'After a week I felt fine. It just works."  # her words run on
    assert bullet_owner([following], 0, [unclosed, following], [unclosed, following])[1]


def test_en_cnndm_59_a_clients_words_and_the_clinics_growth_are_no_quote_run() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 59)
    assert "Regular Customers" in titles
    assert not any(t.startswith("Jacqueline Caterina on") for t in titles)
