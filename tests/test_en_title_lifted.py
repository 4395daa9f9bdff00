"""A group of one speaker's quotes titled by a noun lifted from one quotation ("Objective",
"Set-pieces", "Verge of Interruption") becomes "Surname on Topic" (`text/en_title_lifted.py`);
a title the writer narrates, a group with a bullet of narration and a possessive title keep
theirs. The run's speaker is read past a name inside the speaker's words ("'What can I say about
Simeone?") and through a passage seam cut mid-quotation (`text/en_title_quote_run.py`). Small
cases taken from en-cnndm articles, and their briefs themselves."""

from __future__ import annotations

import pytest

from citebrief.text import en_title_lifted
from citebrief.text.en_title_lifted import lifted_title, run_grounded, shared_topic
from citebrief.text.en_title_quote_run import bullet_owner, last_person_before
from conftest import shared_group_titles

# en-cnndm 39, passages 1 and 3-4 (cut short)
ANCELOTTI = [
    "Carlo Ancelotti hailed Diego Simeone as one of the world's best coaches as the Italian looked ahead to Real "
    "Madrid's Champions League clash with Atletico Madrid. Real Madrid travel to the Vicente Calderon for their "
    "quarter-final first-leg match on Tuesday, and Ancelotti "
    "admits facing Simeone is both an 'honour' and a 'problem'. Speaking at Monday's pre-match press conference, "
    "Ancelotti said: 'What can I say about Simeone?",
    "It’s an honour to face him and also a problem. 'We don’t have an obsession with Atletico, but with reaching "
    "the final of the Champions League. Our objective is not to beat Atletico, but to dream of winning the "
    "Champions League. 'Every match presents its own problem.",
    "Every match has its idea. Every defeat was different. One was due to set-pieces, one for something else, "
    "another due to a not very good attitude, like the last one. It’s difficult to say what happened.",
]
OBJECTIVE = [
    "'We don’t have an obsession with Atletico, but with reaching the final of the Champions League.'",
    "Our objective is not to beat Atletico, but to dream of winning the Champions League",
    "'Every match presents its own problem.'",
]
SET_PIECES = [
    "One was due to set-pieces, one for something else, another due to a not very good attitude, like the last one",
    "It’s difficult to say what happened",
]


def test_a_name_inside_the_speakers_words_is_no_speaker() -> None:
    article = [*ANCELOTTI, *OBJECTIVE]
    assert last_person_before(OBJECTIVE[1], ANCELOTTI, article) == "Ancelotti"  # not "… about Simeone?"


def test_a_quotation_the_passage_before_left_open_runs_on() -> None:
    article = [*ANCELOTTI, *SET_PIECES]
    assert bullet_owner(SET_PIECES, 0, ANCELOTTI, article)[1]  # "Every defeat was different." is still his
    narrated = ["The ship has suffered damage.", "One was due to set-pieces, he said."]
    assert not bullet_owner(narrated, 1, [*ANCELOTTI[:1], "'It was bad.'", narrated[1]], narrated)[1]


def test_a_lifted_noun_gives_way_to_the_speaker_and_what_two_quotes_say() -> None:
    used = {"objective"}
    title = lifted_title(OBJECTIVE, ANCELOTTI[1:2], ANCELOTTI, used, "Objective")
    assert title == "Ancelotti on the Champions League"
    assert used == {"objective", "ancelotti on the champions league"}  # the lifted one kept
    assert run_grounded(title, ANCELOTTI[1:2], ANCELOTTI)  # named in the passage before the run
    assert not run_grounded(title, ANCELOTTI[1:2], ANCELOTTI[1:])


def test_a_run_of_quotes_only_keeps_its_plural_word() -> None:
    title = lifted_title(SET_PIECES, ANCELOTTI[2:], ANCELOTTI, set(), "Set-pieces")
    assert title == "Ancelotti on Set-pieces"


def test_the_topic_is_what_the_quotes_say_not_the_narration() -> None:
    spoken = [
        ("In a statement published the day after the game, Momir Durdevac said: 'The match was on the verge.'", True),
        ("'To interrupt the match, to throw something on the pitch - it is such hypocrisy.'", True),
        ("'For me, the game should not have continued after the first minute.'", True),
    ]
    texts = [b for b, _ in spoken]
    assert shared_topic("Durdevac", spoken, texts, texts) == "the match"  # "the game" once is the writer's


def test_a_narrated_title_a_narration_bullet_and_a_possessive_keep_theirs() -> None:
    # en-cnndm 81: "struggling on the professional tour" is the writer's phrase
    neil = [
        "The Scot admitted he needed to 'give himself a kick up the a***' after struggling on the professional tour",
        "'Putting is one of the best parts of my game but I struggled with it.'",
    ]
    assert lifted_title(neil, neil, neil, set(), "Professional Tour") == "Professional Tour"
    # en-xsum 68: the council's announcement is no words of Dunn's
    dunn = [
        "The council announced on Monday that the cladding had failed new fire tests",
        "Ms Dunn said the issue had been discovered following independent testing of the cladding at the council's"
        " tower blocks",
        "'That's what the council asked to be put on this building.'",
    ]
    assert lifted_title(dunn, dunn, dunn, set(), "Fire Tests") == "Fire Tests"
    assert lifted_title(OBJECTIVE, ANCELOTTI[1:2], ANCELOTTI, set(), "Atletico's Objective") == "Atletico's Objective"


def test_shared_briefs_title_the_speakers_runs() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 39)
    assert titles[1:3] == ["Ancelotti on the Champions League", "Ancelotti on Set-pieces"]
    assert "Durdevac on the Match" in shared_group_titles("en-cnndm.jsonl", 136)


def test_a_speaker_who_shares_a_surname_with_their_kin_keeps_the_title() -> None:
    # en-cnndm 66 as the benches cut it: Mrs Creag's words of her son James Creag
    texts = [
        "James Creag, 11, is so sick of being taunted that he has stopped putting on the special cream.",
        "'He was given steroid tablets and we were sent away,' his mother said. 'I took James to the doctors.'",
        "'We were told to wrap him up and use the special cream,' Mrs Creag added. 'James still wears a hat.'",
        "'Even after all he's been through James is brilliant,' Mrs Creag said.",
        "Mrs Creag continued: 'Doctors said his EPP was an inherited condition.'",
    ]
    bullets = texts[1:]
    assert lifted_title(bullets, bullets, texts, set(), "Special Cream") == "Special Cream"  # not "Creag on James"


def test_a_run_with_no_shared_topic_is_titled_by_whose_words_it_is() -> None:
    # en-cnndm 69 (cut short): a judge's sentencing remarks, one detail lifted from one quotation
    judge = [
        "District Judge David Robinson said: 'You harassed the complainant over a three-month period.'",
        "'You sought to use dozens of Facebook profiles to get in touch with her, you also found a link to a "
        "pornographic site and made use of that.'",
        "'You used the power you had over her by the knowledge of those photos.'",
    ]
    used = {"pornographic site"}
    assert lifted_title(judge, judge, judge, used, "Pornographic Site") == "David Robinson"
    assert "david robinson" in used
    assert lifted_title(judge, judge, judge, {"david robinson"}, "Pornographic Site") == "Pornographic Site"
    # s120c: in the article the remarks join the jailing they follow (`en_forward_joins`), titled
    # by the sentence the group tells, not by the speaker's name alone
    assert shared_group_titles("en-cnndm.jsonl", 69)[2:] == ["Cotterill's Jailing"]


def test_the_bullets_are_read_up_to_the_first_that_is_no_ones_words(monkeypatch: pytest.MonkeyPatch) -> None:
    # s49p: a bullet of narration ends the run (every bullet must be someone's words), so the
    # bullets after it are not read; the title stays, as it did when all were read first
    dunn = [
        "The council announced on Monday that the cladding had failed new fire tests",
        "'That's what the council asked to be put on this building.'",
        "'We will keep testing the cladding on the fire tests.'",
    ]
    read: list[int] = []

    def owner(bullets: list[str], at: int, all_texts: list[str], article: list[str]) -> tuple[str, bool]:
        read.append(at)
        return bullet_owner(bullets, at, all_texts, article)

    monkeypatch.setattr(en_title_lifted, "bullet_owner", owner)
    assert lifted_title(dunn, dunn, dunn, set(), "Monday") == "Monday"
    assert read == [0]
