"""English news bullets grouped by who says or does what (`en_actors.py`, `en_actor_groups.py`)."""

from __future__ import annotations

import re

from citebrief.engines.en_actor_groups import actor_keys, by_actor, leans, name_groups
from citebrief.engines.extractive import draft_extractive
from citebrief.engines.scored import Draft, Unit
from citebrief.ingest import document_from_text
from citebrief.text import en_actors
from citebrief.text.en_actors import actor, is_person, key, named, person_key
from conftest import shared_article, shared_group_titles

TRIAL = [
    "Dr Ram Manohar, 38, denies four counts of sexual assault.",
    "Mr McLachlan said: 'Without any warning he put his hand into her bra.'",
    "Mr McLachlan said Manohar squeezed her left breast and asked to see her nipple.",
    "Manohar told officers he had known her since working with her in Liverpool.",
    "He said she had asked him to find her a single and smart man.",
    "The doctor denied touching her inappropriately.",
    "X-rays Nurse B alleged that Manohar touched her on July 10.",
    "Nurse B said he examined and touched her genital area.",
    "She said he invited her to meet him for coffee.",
    "Manohar admitted he then kissed her but denied the rest.",
    "He said: 'I think she caught my hand.'",
]


def _units(texts: list[str]) -> list[Unit]:
    return [Unit(k, k + 1, text, [], k / len(texts), False, None) for k, text in enumerate(texts)]


def test_the_actor_is_the_named_speaker_or_the_name_that_opens_the_sentence() -> None:
    assert named("'Hanoi is full of bikes,' Thompson said.") == "Thompson"
    assert named("'It is crazy,' said Lee Thompson.") == "Lee Thompson"
    assert named("Nurse B alleged that Manohar touched her.") == "Nurse B"
    assert named("Dr Ram Manohar, 38, has denied the charges.") == "Dr Ram Manohar"
    assert named("'I was just shocked,' he said.") == "He"
    assert named("The boy's leg was injured in the fall.") == ""
    assert named("Aliesha's routine is made up of exercises.") == ""
    assert named("However, the club lost again.") == ""
    # the speaker's role before the name: "said fertility specialist Dr. David Tourgeman"
    assert named("It is agreed, said fertility specialist Dr. David Tourgeman.") == "Dr. David Tourgeman"


def test_a_pronoun_is_the_last_person_named_before_it() -> None:
    assert actor(TRIAL, 4) == "Manohar"
    assert actor(TRIAL, 8) == "Nurse B"
    assert actor(TRIAL, 10) == "Manohar"
    assert actor(["It rained.", "He said it was cold."], 1) == ""


def test_a_name_is_known_by_its_surname_or_its_letter() -> None:
    assert key("Dr Ram Manohar") == key("Manohar") == "Manohar"
    assert key("X-rays Nurse B") == key("Nurse B") == "Nurse B"
    assert key("Sarah Jones QC") == "Jones"
    assert key("Aliesha's") == "Aliesha"


def test_only_a_person_is_an_actor() -> None:
    assert is_person("Manohar", TRIAL)  # "Ram Manohar" names him in full
    assert is_person("Mr McLachlan", TRIAL)
    assert is_person("Nurse B", TRIAL)
    texts = ["The Aussie moved to Manila.", "Police said the Aussie was well."]
    assert not is_person("Aussie", texts)
    assert not is_person("Police", ["Police said so.", "The police came."])


def test_a_trial_is_grouped_by_the_prosecutor_the_accused_and_the_accuser() -> None:
    units = _units(TRIAL)
    drafts = [Draft(0, [1, 2, 3, 4]), Draft(1, [5, 6, 7]), Draft(2, [8, 9, 10])]
    used: set[str] = set()
    groups = by_actor(units, drafts, used)
    assert groups is not None
    assert [(g.title, g.picked) for g in groups] == [
        ("Mr McLachlan", [1, 2]),
        ("Manohar", [3, 4, 5, 9, 10]),  # "The doctor denied ..." goes on from the bullet before
        ("Nurse B", [6, 7, 8]),  # titled as most of its bullets write it, not "X-rays Nurse B"
    ]
    assert sorted(i for g in groups for i in g.picked) == list(range(1, 11))  # the same bullets
    assert {"mr mclachlan", "manohar", "nurse b"} <= used


def test_the_person_the_overview_names_leaves_their_group_to_the_title_steps() -> None:
    units = _units(TRIAL)
    drafts = [Draft(0, [1, 2, 3, 4]), Draft(1, [5, 6, 7]), Draft(2, [8, 9, 10])]
    used = {"dr ram manohar"}  # the overview's "Key points: Dr Ram Manohar"
    groups = by_actor(units, drafts, used)
    assert groups is not None
    assert [(g.title, g.picked) for g in groups] == [
        ("Mr McLachlan", [1, 2]),
        ("", [3, 4, 5, 9, 10]),  # not "Manohar" again: titled later by what his bullets say
        ("Nurse B", [6, 7, 8]),
    ]
    assert "" not in used


def test_a_story_not_told_by_who_says_what_keeps_its_groups() -> None:
    texts = [
        "A boy fell into the cheetah pit.",
        "The boy's leg was injured in the fall.",
        "He is listed in stable condition.",
        "Firefighters arrived within minutes.",
        "The zoo will press charges on Monday.",
        "The exhibit was closed for the day.",
    ]
    assert by_actor(_units(texts), [Draft(0, [1, 2, 3]), Draft(1, [4, 5])]) is None


def test_groups_that_already_follow_the_actors_stay_as_they_are() -> None:
    units = _units(TRIAL)
    assert by_actor(units, [Draft(0, [1, 2]), Draft(1, [3, 4, 5]), Draft(2, [6, 7, 8])]) is None


def test_each_bullet_is_known_by_its_person_or_none() -> None:
    units = _units(TRIAL)
    assert actor_keys(units, [1, 4, 5, 7]) == {1: "McLachlan", 4: "Manohar", 5: "", 7: "Nurse B"}


def test_a_sentence_that_reads_on_from_the_one_before_leans_on_it() -> None:
    assert leans("After two attempts failed to bring embryos to term, they created two more.")
    assert leans("She said he invited her to meet him for coffee.")
    assert not leans("Michael Lurie and his family were at the exhibit when they heard a scream.")


def test_a_quote_that_goes_on_is_its_speakers_and_a_first_name_is_the_surname() -> None:
    texts = ["Michael Lurie and his family were at the exhibit.", "'I was shocked,' he said.", "'I was scared.'"]
    assert actor(texts, 0) == "Michael Lurie"
    assert actor(texts, 2) == "Michael Lurie"
    assert person_key("Aliesha", ["Aliesha Peterson, 22, lost weight.", "Aliesha admits it was slow."]) == "Peterson"
    assert person_key("Police", ["Police said so.", "The police came."]) == ""


def test_the_person_the_lead_names_draws_no_bullet() -> None:
    texts = ["Louis Jordan was rescued at sea.", "Jordan told CNN he was grateful.", "Frank Jordan told CNN he hoped."]
    assert actor_keys(_units(texts), [1, 2]) == {1: "Jordan", 2: "Jordan"}
    assert actor_keys(_units(texts), [1, 2], lead=1) == {1: "", 2: ""}  # the story is about him


def test_a_group_of_one_persons_words_is_titled_by_their_name() -> None:
    texts = [
        "A boy fell into the cheetah pit at the zoo.",
        "Michael Lurie and his family were at the exhibit when they heard the child scream.",
        "'I was just shocked,' he said.",
        "'I didn't understand how the parents let the kid go over.'",
        "The zoo plans to press charges on Monday.",
        "The exhibit was closed for the day.",
    ]
    drafts = [Draft(0, [1, 2, 3, 4]), Draft(1, [4, 5], "Exhibit")]
    used: set[str] = set()
    name_groups(_units(texts), drafts, used, 1, lambda picked: False)
    assert drafts[0].title == "Michael Lurie" and "michael lurie" in used  # three of four are his
    assert drafts[1].title == "Exhibit"  # a title given stays
    drafts = [Draft(0, [1, 2, 3, 4])]
    name_groups(_units(texts), drafts, set(), 1, lambda picked: True)
    assert drafts[0].title == ""  # a phrase half the bullets say names them better
    drafts = [Draft(0, [2, 4, 5])]
    name_groups(_units(texts), drafts, set(), 1, lambda picked: False)
    assert drafts[0].title == ""  # one bullet of his of three


def test_a_group_of_what_one_source_says_is_left_to_the_phrases() -> None:
    texts = [
        "A lamb named Big Ben was born on a farm in Leicestershire.",
        "Jean Morris from the farm said Big Ben was comfortably the biggest they have ever delivered.",
        "'This is the first time we have bred a lamb as large as this,' she said.",
    ]
    drafts = [Draft(0, [1, 2])]
    name_groups(_units(texts), drafts, set(), 1, lambda picked: False)
    assert drafts[0].title == ""  # her words, not her story: "Biggest Lamb" by the phrases
    titles = shared_group_titles("en-cnndm.jsonl", 149)
    assert "Jean Morris" not in titles and "Biggest Lamb" in titles
    # not "Scott", a parent's account, but what his account is of
    titles = shared_group_titles("en-cnndm.jsonl", 44)
    assert "Scott" not in titles and {"Internet Propaganda", "Parent-teacher Conference"} & set(titles)


def _article(index: int) -> str:
    return shared_article("en-cnndm.jsonl", index)


def test_the_doctors_trial_is_grouped_by_the_prosecution_his_account_and_nurse_b() -> None:
    document = document_from_text(_article(89), origin="en-cnndm-89", kind="text")
    groups = draft_extractive(document).groups[1:]
    # his account is titled by what he says of the counts (`en_group_deed.py`), Nurse B's by
    # what she alleges, the prosecutor's by the nurse he tells of (`en_case_party.py`), not "Mr McLachlan"
    assert [g.title for g in groups] == ["Nurse A", "Manohar's Denial", "Nurse B's Allegations"]
    account, nurse_b = groups[1].points, groups[2].points
    assert all(not p.text.startswith(("Nurse B", "She said")) for p in account)
    # "The doctor denied … He said she had been pointing …": the sentence naming him is carried
    assert sum(p.text.startswith(("Manohar", "He said", "The doctor")) for p in account) >= 4
    assert all("Nurse B" in p.text or p.text.startswith(("She said", "However, she said")) for p in nurse_b)


def test_a_given_name_before_a_surname_is_read_as_the_one_pattern_read_it() -> None:
    """`_given_name_before` checks the title/opener/nationality exclusion in Python; on every capitalized
    word of 40 shared articles it answers as the single pattern with the exclusion inside it
    did (overlaps included: "Mr-Smith Jones" still finds "Smith Jones")."""
    excluded = "|".join(sorted(en_actors._not_given_names()))
    asked = 0
    for text in (_article(k) for k in range(40)):
        for last in set(re.findall(r"\b[A-Z][a-z]{2,}\b", text)):
            old = rf"\b(?!(?:{excluded})\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)? {re.escape(last)}\b"
            assert en_actors._given_name_before(last, text) == bool(re.search(old, text)), last
            asked += 1
    assert asked > 1000
    for text, last, found in [("Mr-Smith Jones said", "Jones", True), ("Mr Jones said", "Jones", False)]:
        assert en_actors._given_name_before(last, text) is found


def test_a_names_person_reading_is_kept_for_the_brief_and_answers_as_read_afresh() -> None:
    """`is_person` and `person_key` keep their answer for the brief (by the sentences' text, a
    list or a tuple alike): on the capitalized runs of 20 shared articles each answers as the
    reading done afresh, and a second asking adds nothing kept; a new brief forgets them."""
    from citebrief.text.brief_memo import kept_answers, new_brief

    new_brief()
    asked = people = 0
    for index in range(20):
        sentences = re.split(r"(?<=[.!?]) ", _article(index))
        for name in sorted(set(re.findall(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?\b", _article(index))))[:40]:
            expected = en_actors._is_person.__wrapped__(name, tuple(sentences))  # type: ignore[attr-defined]
            assert is_person(name, sentences) is expected, name
            before = kept_answers()
            assert is_person(name, tuple(sentences)) is expected
            assert person_key(name, sentences) == en_actors._person_key.__wrapped__(name, tuple(sentences))  # type: ignore[attr-defined]
            assert kept_answers() <= before + 1  # the person_key answer only
            asked, people = asked + 1, people + expected
    assert asked > 400 and 20 < people < asked
    new_brief()
    assert kept_answers() == 0


def test_a_surname_said_in_lower_case_is_read_as_the_spaced_copies_read_it() -> None:
    # s49p: `_said_lower` looks for the lower-cased word in a sentence before it makes the
    # sentence's spaced copy; its verdicts are those of the copies, over every word of these articles
    for index in range(20):
        sentences = shared_article("en-cnndm.jsonl", index).split("\n")
        for last in {w for s in sentences for w in s.split()[:12]} | {"", "duke", "the"}:
            copies = any(f" {last.lower()} " in f" {s} " for s in sentences)
            assert en_actors._said_lower(last, sentences) is copies, last
    assert en_actors._said_lower("Duke", ["It was the duke who spoke."])
    assert not en_actors._said_lower("Duke", ["The Duke spoke.", "dukedom"])


def test_an_accented_speaker_is_named_and_a_person() -> None:
    # an ASCII capital found no speaker in "Özil said" and no given name before "Müller"
    story = ["'We won it together,' Özil said.", "Zoë Müller said the team had trained for weeks.", "Müller left."]
    assert named(story[0]) == "Özil"
    assert named(story[1]) == "Zoë Müller"
    assert is_person("Müller", story)
