"""An English bullet that is a line of someone's quotation with no speaker in sight opens on the
speaker's name in brackets (`en_quote_owners`); where the speaker is unsure it is left alone."""

from __future__ import annotations

from citebrief.engines.en_quote_owners import (
    _paired,
    _pronouns_person,
    _speaker,
    _with_article,
    group_says,
    opens_on,
    paused_line,
    reopened_lines,
)
from citebrief.model import Point
from conftest import shared_groups


def _bullets(name: str, index: int) -> list[str]:
    return [text for group in shared_groups(name, index) for text in group]


def test_a_quotations_line_opens_on_its_speaker() -> None:
    # en-cnndm 33: "'(It) gives you an opportunity …,' Mrs. Obama said." right before the line, in
    # no bullet of its group
    assert any(
        text.startswith("[Mrs. Obama said:] 'I encourage people to go check it out")
        for text in _bullets("en-cnndm.jsonl", 33)
    )
    # en-xsum 108: an unmarked middle line of PC Siobhan Pellett's quotation (s49o's quotation
    # reading marks it as her words now; the bracket still names her)
    assert any(
        text.startswith('[PC Siobhan Pellett said:] "We are asking people to be very, very careful')
        for text in _bullets("en-xsum.jsonl", 108)
    )
    # en-cnndm 138: the speaker's sentence is glued to a picture caption ("King, pictured with
    # Clinton in 2001, said"), no bullet of its own
    assert any(text.startswith("[King said:] 'Her entire career") for text in _bullets("en-cnndm.jsonl", 138))
    # en-xsum 42: '"I was doing some clearing out …," Charnley said with a wry smile.' and one more
    # line of his before it; the article never writes his first name. s49o's quotation reading put
    # marks on the unmarked middle line, and the line then read as opening on other words and
    # lost its speaker; s49y reads the marked line as the same line again (`opens_on`)
    assert any(text.startswith("[Charnley said:] \"I'm used to running") for text in _bullets("en-xsum.jsonl", 42))


def test_a_long_quotations_later_paragraph_names_its_speaker() -> None:
    # en-cnndm 39: "Ancelotti said: 'What can I say about Simeone?", two captions, then three lines
    # of his before "'We don't have an obsession …'" reopens the quotation on its mark: past the
    # two lines a plain line may reach, the group's three quoted bullets named no one
    assert any(
        text.startswith("[Ancelotti said:] 'We don’t have an obsession") for text in _bullets("en-cnndm.jsonl", 39)
    )
    # en-cnndm 58: "O'Neill continued: '…", four lines and a caption, then "'He lacks experience …'"
    assert any(text.startswith("[O'Neill said:] 'He lacks experience") for text in _bullets("en-cnndm.jsonl", 58))
    # en-xsum 5: five lines after '… he said: "What we are doing is legal.', an unmarked middle
    # speaking as "we": the he is Mr Schmidt, named in the sentence before
    assert any(text.startswith('[Mr Schmidt said:] "If the taxes go up') for text in _bullets("en-xsum.jsonl", 5))


def test_a_line_past_the_speakers_own_i_thought_names_the_speaker() -> None:
    # en-xsum 74: '"I thought last summer, …?' between Thompson's named line and the bullet's is his
    # own words (`en_quote_follows.wholly_quoted`), not another speaker
    assert any(
        text.startswith('[Thompson said:] "With Rangers in the league') for text in _bullets("en-xsum.jsonl", 74)
    )


def test_a_he_after_a_role_and_name_reporting_speech_is_that_person() -> None:
    # en-xsum 179: "Transport councillor Ian Ward said compensation was up for discussion. | He
    # added: \"I don't think it's a disaster. | It's a prototype. | There are bound …": the
    # sentence opens on his role, not his name
    assert any(text.startswith('[Ian Ward said:] "There are bound') for text in _bullets("en-xsum.jsonl", 179))
    # en-xsum 16: "… former British sprinter Darren Campbell warned of \"darker days to come\". | He said: …"
    assert any(
        text.startswith('[Darren Campbell said:] "We need to understand') for text in _bullets("en-xsum.jsonl", 16)
    )
    texts = ["Transport councillor Mrs Jane Ward said compensation was up for discussion.", 'He added: "It is fine.']
    assert _pronouns_person(texts, 1, "He") is None  # a "Mrs" for "he"
    texts = ["The council said compensation was up for discussion.", 'He added: "It is fine.']
    assert _pronouns_person(texts, 1, "He") is None  # no person


def test_a_quotation_that_lost_its_closing_mark_names_no_one_far_back() -> None:
    # en-cnndm 66: Mrs Creag's quotation never closes and runs on over a caption and the writer's
    # account of the condition ("EPP occurs when …"); "The skin is more sensitive …" neither
    # reopens it on a mark nor speaks as "I", "we" or "you": not her words
    assert not any("[Mrs Creag said:] The skin" in text for text in _bullets("en-cnndm.jsonl", 66))


def test_a_colon_headed_quotations_middle_names_its_speaker_not_the_next() -> None:
    # en-xsum 142: 'Widnes coach Denis Betts:"It's been coming …' and, two lines on, "And then to
    # withstand it …" (a middle BBC leaves unmarked, the bullet marked and less its "And"); the
    # group names Warrington coach Tony Smith only: without Betts's name the line read as Smith's
    assert any(text.startswith('[Denis Betts said:] "Then to withstand it') for text in _bullets("en-xsum.jsonl", 142))
    # en-xsum 138: Wrexham manager Gary Mills's "We were too open …" stood under Gateshead manager
    # Malcolm Crosby's words and took his name in brackets; with the commentary lines no bullets
    # (lines.tsv commentary-en) it follows Mills's own named line, and names him too (s280g: each
    # bullet is read alone)
    bullets = _bullets("en-xsum.jsonl", 138)
    mills = next(k for k, text in enumerate(bullets) if text.startswith("Wrexham manager Gary Mills told"))
    assert bullets[mills + 1].startswith('[Gary Mills said:] "We were too open')


def test_the_name_heading_a_quotation_by_a_colon_is_its_speaker() -> None:
    texts = ['Bristol coach Anna Reid:"We kept going to the end.', "The sky was grey over the old pier."]
    assert _speaker(texts, 0) == "Anna Reid"
    assert _speaker(texts, 1) is None
    assert _speaker(["Teams: Reid, Ward, Hale."], 0) is None  # a list after the colon, no quotation


def test_the_name_before_said_and_a_comma_opening_a_quotation_is_its_speaker() -> None:
    texts = ["Harbour Rowing Society Chairman Ann Lee said, 'The club backs the crews in this."]
    assert _speaker(texts, 0) == "Chairman Ann Lee"
    assert _speaker(["The club said, as it often does, that it was closed."], 0) is None  # no quotation


def test_a_name_the_sentence_writes_after_the_keeps_it_in_its_label() -> None:
    # en-cnndm 28 (the bench's cut): "The Smiths told MailOnline Travel: '…" was "[Smiths said:]"
    assert _with_article("Smiths", "The Smiths told MailOnline Travel: 'We have located 102 arrows.") == "The Smiths"
    assert _with_article("BBC", "It was first reported by the BBC: 'We have seen it.'") == "The BBC"
    assert _with_article("Ancelotti", "Speaking on Monday, Ancelotti said: 'What can I say?") == "Ancelotti"
    assert _with_article("Clotheo", "Then Clotheo said: 'The other one.'") == "Clotheo"  # "The" in the name's word


def test_a_bullet_opens_on_its_sentence_less_the_marks_and_turning_word_mended() -> None:
    assert opens_on(
        '"Then we held on and won the game in the end."', "And then we held on and won the game in the end."
    )
    assert opens_on("We held on to win the game.", '"We held on to win the game.')
    assert not opens_on("The crowd stayed to the end.", "And then we held on and won the game in the end.")


def test_a_closing_line_and_a_continued_quotation_name_their_speaker() -> None:
    # en-cnndm 191: "… I'm fighting against the way they are going about it.'" closes, with no
    # opening mark, a quotation "She continued:" opened after another line of Manhart's, whose
    # "she said:" follows "…, but Manhart, a former training sergeant …, refuses."
    assert "[Manhart said:] 'I’m fighting against the way they are going about it.'" in _bullets("en-cnndm.jsonl", 191)


def test_the_person_leading_the_sentences_last_clause_is_the_pronouns() -> None:
    texts = [
        "Michelle Manhart, 38, was handcuffed by police at the campus.",
        "Campus police try to convince her to drop the flag, but Manhart, a former training sergeant, refuses.",
        "Speaking to the Daily Times, she said: 'I did not want anything like this.'",
    ]
    assert _pronouns_person(texts, 2, "She") == "Manhart"
    # no clause of a person's: no one
    texts[1] = "Campus police try to convince her to drop the flag, but the crowd refuses."
    assert _pronouns_person(texts, 2, "She") is None


def test_unsure_speakers_are_left_alone() -> None:
    # en-cnndm 22: the quotation's source follows it ("…', the Guardian Australia reported"); the
    # name read back (Harley Levanic) is not whose comment it is (Mr James's)
    assert any(text.startswith("'See yas tomoz boys!!!") for text in _bullets("en-cnndm.jsonl", 22))
    # en-xsum 16: "He said: …" two sentences up, the sentence before it naming no one: the He is
    # Darren Campbell, not the Warner named further back
    assert not any("[Warner said:]" in text for text in _bullets("en-xsum.jsonl", 16))
    # en-cnndm 106: "He said …" after a sentence that opens on "Multimillionaire Tory donor Peter
    # Hall, …": no person the sentence opens on, no bracket
    assert not any(text.startswith("[") for text in _bullets("en-cnndm.jsonl", 106))
    # en-xsum 88: the bullet, carried to its quotation's end, says '…," she said' itself
    assert not any(text.startswith("[") and '," she said' in text for text in _bullets("en-xsum.jsonl", 88))


def test_a_group_naming_the_speaker_at_something_else_does_not_say_who_spoke() -> None:
    # the bullet before names the speaker only at what she does: the quotation after it is still nobody's
    doing = [Point(text="Ms Marsh starts her final on Sunday.", citations=[1])]
    assert not group_says("Marsh", doing)
    # a bullet with her verb of saying, or her quoted words, does say who
    assert group_says("Marsh", [Point(text="Ms Marsh said the course was hard.", citations=[1])])
    assert group_says("Marsh", [Point(text="Ms Marsh: 'It was hard.'", citations=[1])])
    assert group_says("Marsh", [Point(text="'It was hard,' Ms Marsh noted.", citations=[1])])
    # no bullet naming her at all: nothing said
    assert not group_says("Marsh", [Point(text="Mr Hale said: 'It was hard.'", citations=[1])])


def test_a_bare_line_between_a_closed_and_a_reopened_quotation_is_the_speakers() -> None:
    # a glued page's paragraph of one quotation whose opening mark the reading took for a closing
    # one: the unattributed line reopened after it is still the captain's
    text = (
        "The hosts won the county final on Saturday after a late collapse by the visitors. "
        'Hosts captain Anna Reed told local radio:"Everyone stepped up when the side needed it."'
        "Smith and Jones were brilliant, their stand turned the whole match around."
        '"The way we started, I thought we might lose this one."'
        "The visitors will play again in the spring after a long break."
    )
    found, _ = _quotation_of(text, "The way we started", [])
    assert found is not None and found[0].startswith('[Anna Reed said:] "The way we started')
    # a bare sentence with no mark reopened after it is the writer's: the quotation ends there
    assert not paused_line(['"It was hard."', "The club fell to 8-2.", "They recovered later."], 1)
    assert paused_line(['"It was hard."', "The club fell to 8-2.", '"We recovered."'], 1)


# a quotation run on past its marks: "I was hurt …" is the player's, bare of marks after the cut
_OLSEN = (
    "The veteran won her opening match in straight sets on Monday. "
    '"It feels wonderful," Maria Olsen told the BBC. '
    '"I played well and the crowd was loud." '
    "I was hurt for the last three seasons and now I am enjoying the sport again. "
    "Her next opponent is the tenth seed from Spain."
)


def test_a_quotations_line_under_a_bullet_naming_its_speaker_names_them_too() -> None:
    # the group's bullet before names the speaker: the line, a bullet of its own, still says whose
    # words it is (readers judge each bullet alone: a bare "'I am glad to join …'" under "[X said:] '…'"
    # read as nobody's), and bare "I was hurt …" stands between the page's marks after the label
    named = [Point(text='"It feels wonderful," Maria Olsen told the BBC', citations=[1])]
    found, marked = _quotation_of(_OLSEN, "I was hurt", named)
    assert found is not None and found[0].startswith('[Maria Olsen said:] "I was hurt for the last three seasons')
    assert marked is not None and marked[0].startswith('[Maria Olsen said:] "I was hurt') and '""' not in marked[0]
    # a name the article never gives a first name (not surely a person's, as "said GB guard …" is
    # not): under the group's bullet naming it, no label; the bare line stands between marks only
    surname = _OLSEN.replace("Maria Olsen", "Olsen")
    named = [Point(text='"It feels wonderful," Olsen told the BBC', citations=[1])]
    found, marked = _quotation_of(surname, "I was hurt", named)
    assert found is not None and found[0].startswith('"I was hurt for the last three seasons')
    assert marked is None  # a bullet already between marks is left as it is
    found, _ = _quotation_of(surname, "I was hurt", [])
    assert found is not None and found[0].startswith('[Olsen said:] "I was hurt')
    # the line after a glued reopened paragraph, under a bullet naming the speaker alone or beside another
    for text in ("Mrs Carter described the night police came", "Her parents Jane Carter and Tom Miles described"):
        found, _ = _quotation_of(_CARTER, "And I thought", [Point(text=text, citations=[2])])
        assert found is not None and found[0].startswith('[Mrs Carter said:] "And I thought')


def test_a_labelled_bare_first_person_line_is_shown_between_marks() -> None:
    # no bullet of the group names the speaker, so the line is labelled; bare after the label, "I was
    # hurt …" read as the writer's own first person: it stands between the page's marks too
    found, marked = _quotation_of(_OLSEN, "I was hurt", [])
    assert found is not None and found[0].startswith('[Maria Olsen said:] "I was hurt for the last three seasons')
    assert found[0].endswith('again."')
    # a bullet already between marks keeps its own
    assert marked is not None and marked[0].startswith('[Maria Olsen said:] "I was hurt') and '""' not in marked[0]


def test_a_bare_line_after_a_speakers_colon_under_their_bullet_is_shown_between_marks() -> None:
    # the speaker's line is "Name:" and a mark, no verb of saying; the page's cut moved the closing
    # mark of the next line to the paragraph after it, so the line stood bare under the speaker
    text = (
        "The visitors won the semi-final by 19 runs at Headingley on Saturday.\n\n"
        'Home captain Sam Hollis:"We are all very disappointed. '
        "We have batted well all season, but when it counted we were not good enough.\n\n"
        '"The bowlers did their job and the target was within reach."'
    )
    named = [Point(text='Home captain Sam Hollis: "We are all very disappointed."', citations=[2])]
    found, _ = _quotation_of(text, "We have batted", named)
    assert found is not None and found[0].startswith('[Sam Hollis said:] "We have batted well all season')
    assert found[0].endswith('good enough."')
    # a line speaking as no one after a quotation whose closing mark the page lost may be the writer's:
    # not labelled as the speaker's
    text = text.replace("We have batted", "The side batted").replace("we were not", "it was not")
    assert _quotation_of(text, "The side batted", [])[0] is None


Found = tuple[str, int] | None


def _quotation_of(text: str, opening: str, named: list[Point]) -> tuple[Found, Found]:
    """What `named_quotation_en` makes of the sentence of `text` holding `opening` under the bullets
    `named`: as the sentence stands, and between double marks."""
    from citebrief.engines.cited_points import quote_layout
    from citebrief.engines.en_quote_owners import named_quotation_en
    from citebrief.engines.scoring import score
    from citebrief.ingest import document_from_text

    scored, _, _ = score(document_from_text(text, origin="x", kind="text"), {})
    line = next(unit.index for unit in scored.units if opening in unit.text)
    middles = quote_layout(scored).middles
    found = named_quotation_en(scored, line, scored.units[line].text, named, middles)
    return found, named_quotation_en(scored, line, '"' + scored.units[line].text + '"', named, middles)


# a mother's quotation over three BBC paragraphs, each opened on a mark, glued: the cut into
# paragraphs read the mark glued after "about it." as closing, and her bare "I" line after it,
# which tells what her daughter said, as a new speaker's
_CARTER = (
    "A court heard how the teenager had been followed for months before the attack.\n\n"
    "Her parents Jane Carter and Tom Miles described the night police came to the house. "
    "Mrs Carter told of her regret about the advice she gave her son. "
    'She said: "I told him to stay calm and that the school knew about it."'
    "And I only left the room for a minute and his sister came in and said 'You have to call someone now.'\n\n"
    '"And I thought she was fussing so I told her not to worry."'
)


def test_a_line_past_a_glued_reopened_paragraph_names_its_speaker() -> None:
    found, _ = _quotation_of(_CARTER, "And I thought", [])
    assert found is not None and found[0].startswith('[Mrs Carter said:] "And I thought she was fussing')
    # the bare line itself is hers, between the marks the page glued away
    found, _ = _quotation_of(_CARTER, "And I only left", [])
    assert found is not None and found[0].startswith('[Mrs Carter said:] "And I only left the room')
    assert found[0].endswith("call someone now.'\"")
    assert reopened_lines(['She said: "I told him."', "And I left the room."]) == [
        'She said: "I told him."',
        '"And I left the room.',
    ]
    # a bare line speaking as no one, or after a line that opened no quotation, is the writer's
    assert reopened_lines(['She said: "I told him."', "The room was empty."])[1] == "The room was empty."
    assert reopened_lines(['It was "fine."', "I left."])[1] == "I left."
    assert reopened_lines(['She said: "I told him."', "It isn't clear."])[1] == "It isn't clear."
    # a writer's "we", or a line naming its own speaker, is no reopened paragraph
    lines = ['"We are talking about microbes."', "Still, Jo Banks said we will find life."]
    assert reopened_lines(lines) == lines
    assert reopened_lines(['"We are talking about microbes."', "And I think Jo Banks said so."])[1][0] != '"'
    # a story the writer tells as "I": a bare "I" line is the writer's own
    assert reopened_lines(["I met her at noon.", 'She said: "I told him."', "I left."])[2] == "I left."


def test_a_bullet_naming_the_speaker_beside_another_does_not_say_whose_the_line_is() -> None:
    assert _paired("Carter", "Jane Carter and Tom Miles said")
    assert _paired("Carter", "Tom Miles and Jane Carter said")
    assert not _paired("Carter", "Jane Carter and Tom Miles said; Carter said more")


def test_a_he_added_after_a_last_clause_naming_another_is_that_clauses_person() -> None:
    # en-cnndm 41 (cut) read "[Ramsey said:] 'Listen, I know I am biased …'" for Sherwood's praise:
    # the He of "He added:" is the one leading the sentence before's last clause, who led the
    # sentence before that too, as the bullet of "He added:" itself reads it (`run_speaker`)
    from citebrief.engines.en_quote_owners import named_quotation_en
    from scored_builder import en_story_scored

    story = [
        ("Dan Hollis faces his friend, Marlow boss Kevin Rudd, for the first time since both left Ashby.", 1),
        ("Hollis hinted that if Rudd's spell at Marlow ends, he would bring him back to Ashby.", 1),
        (
            "Rudd has admitted his job could be at risk if they go down and, while he admitted Rudd may want "
            "to stay a manager, Hollis left the door open for a reunion at Ashby.",
            1,
        ),
        ("He added: 'If there was ever a chance for me to work with him again I would take it.", 1),
        ("'Look, I know I am biased - he has been good for me and I have been good for him.", 2),
    ]
    scored = en_story_scored(story)
    points = [Point(text=text.rstrip("."), citations=[1]) for text, _ in story[:4]]
    found = named_quotation_en(scored, 4, story[4][0], points, [False] * 5)
    assert found is not None and found[0].startswith("[Hollis said:] 'Look, I know")
    # no clause of another's after the opener: the He is the one the sentence opens on
    story[2] = ("Rudd has admitted his job could be at risk if they go down.", 1)
    found = named_quotation_en(en_story_scored(story), 4, story[4][0], points, [False] * 5)
    assert found is not None and found[0].startswith("[Rudd said:] 'Look, I know")


# a party leader's words over two paragraphs: the "he said" before the bullet's line follows a
# sentence that says "He added …", which follows the one naming him
_LEADER = (
    "The leader of the Harbour Party spoke at the launch of its plan for the city.\n\n"
    "Asked by reporters about his rivals, Mr Tolland denied that he had changed his mind. "
    '"What I have said all along is that we need more buses on the roads," he said. '
    "He added that he would not take back a word of it.\n\n"
    '"The fact is, we will need a partner after the vote," he said. '
    '"Now, would I rather work with the Greens or the Liberals? I would rather work with the Greens."'
)


def test_a_he_said_after_a_he_added_is_the_person_named_before_them() -> None:
    found, _ = _quotation_of(_LEADER, "Now, would I", [])
    assert found is not None and found[0].startswith('[Mr Tolland said:] "Now, would I rather')
    # a She between: the He is not the one she continues from, no label
    other = _LEADER.replace("He added that he", "She added that she")
    assert _quotation_of(other, "Now, would I", [])[0] is None
