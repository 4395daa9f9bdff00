"""English bullets that open on "He wrote: …" / "She told …" in a group that never names the
speaker: the name in brackets in the pronoun's place (`en_pronoun_speakers`)."""

from __future__ import annotations

from dataclasses import replace

from citebrief.engines import en_pronoun_speakers
from citebrief.engines.scored import Scored
from citebrief.engines.scoring import score
from citebrief.ingest import document_from_text
from citebrief.model import Point
from conftest import cnndm_groups, group_opening, shared_article, shared_groups
from scored_builder import zh_scored


def _bullets(name: str, index: int) -> list[str]:
    return [text for group in shared_groups(name, index) for text in group]


def test_a_pronoun_speaker_is_named_in_brackets() -> None:
    # en-cnndm 18: "He wrote: 'It defies reason …'" in a group of census figures; the sentence
    # before ends "… Jeff Sessions, who has been a leader in the immigration debate, said in a letter …"
    group = group_opening(cnndm_groups(18), "[Jeff Sessions] wrote: 'It defies reason")
    assert not any(text.startswith("He wrote") for text in group)
    # en-xsum 80: "He said an employment tribunal could find …" after Nathalie Jansen's quotation is
    # named — since s92j by the sentence before carried whole ("Employment lawyer James Lynas, …
    # said …. He said …"), which a blind reader preferred to the bracket
    xsum_80 = _bullets("en-xsum.jsonl", 80)
    assert not any(text.startswith("He said an employment tribunal") for text in xsum_80)
    assert any(text.startswith("Employment lawyer James Lynas") and "He said an employment" in text for text in xsum_80)
    # en-cnndm 30: the group opens on "He said: '… my faith. Protesting is not radical …'", the
    # quotation carried to its end from the sentence after "Mr Hussen told The Times …"
    assert any(
        text.startswith("[Mr Hussen] said: ‘I went to show my feelings") for text in _bullets("en-cnndm.jsonl", 30)
    )


def test_a_speaker_the_group_names_stays_a_pronoun() -> None:
    # en-cnndm 132: "She added: 'She's found out …'" right after "Lizzi's mum, Mary Crawford, 57, said …"
    group = group_opening(cnndm_groups(132), "She added: 'She's found out about cooking")
    assert any("Mary Crawford" in text for text in group)


def test_unsure_names_are_left_alone() -> None:
    # en-cnndm 37: "He claims …" after "Joshua Burns and and his wife, Brenda Burns, say …": two Burnses
    assert any(text.startswith("He claims he was trying to save her") for text in _bullets("en-cnndm.jsonl", 37))
    # en-cnndm 111: "She …" after a caption "… earlier this year On Thursday, she turned …" (split off
    # since s290c4, the apology's "On Thursday, she turned to social media …" now stands): no name
    bullets = _bullets("en-cnndm.jsonl", 111)
    assert any(text.startswith("On Thursday, she turned") for text in bullets)
    assert not any(text.startswith("[") for text in bullets)


def test_pronoun_patterns() -> None:
    assert en_pronoun_speakers._PRONOUN_LED.match("He wrote: 'It defies reason")
    assert en_pronoun_speakers._PRONOUN_LED.match("She later told the court")
    assert not en_pronoun_speakers._PRONOUN_LED.match("He found the advert")
    assert not en_pronoun_speakers._PRONOUN_LED.match("They said the haul was worth")
    sentences = ["Ms Dunn said the issue had been discovered.", "Councillor Jayne Dunn said: 'We will not stop.'"]
    assert en_pronoun_speakers._persons(sentences[0], "Ms Dunn", sentences) == {"Ms Dunn": (0, 12)}


def test_the_speaker_of_a_run_is_named_where_two_stand_before() -> None:
    """en-cnndm 41 (session 48 readers): "He added: 'If there was ever an opportunity …'" after
    "Ramsey has admitted …, Sherwood left the door open …", the group naming both; "Sherwood
    hinted …" before: the He is Sherwood."""
    bullets = [text for group in cnndm_groups(41) for text in group]
    assert any(text.startswith("[Sherwood] added: 'If there was ever") for text in bullets), bullets
    assert not any(text.startswith("He added: 'If there was ever") for text in bullets), bullets


def test_a_group_head_pronoun_subject_is_named_in_brackets() -> None:
    # en-cnndm 31: the brief opened on "He was once the double heavyweight champion …", no verb of
    # saying; as a group's head it names him as a speaker's "He wrote: …" does (s49: any verb)
    lead = cnndm_groups(31)[0][0]
    assert lead.startswith("[Riddick Bowe] was once the double heavyweight champion")


def test_a_group_head_owner_is_named_in_brackets() -> None:
    # en-cnndm 166: a group opened on "His attempts to cover up his crime …" right after "Mason,
    # who was given an award …, got away with the thefts …" (s49: `_owner_named`)
    assert any(text.startswith("[Mason's] attempts to cover up") for text in _bullets("en-cnndm.jsonl", 166))
    # en-cnndm 49: "His debut in single-seater racing …" follows "Schumacher Junior is part of the
    # Dutch Van Amersfoort Racing team in the 2015 ADAC Formula 4 series …": led by him alone, the team
    # and the series no one's (not "[Formula's] debut"); s124b: "Schumacher Junior" reads as a person's
    # name, the group before ending on his father ("… Michael is recovering …")
    bullets = _bullets("en-cnndm.jsonl", 49)
    assert any(text.startswith("[Schumacher Junior's] debut in single-seater racing") for text in bullets), bullets
    assert not any(text.startswith("His debut") for text in bullets)


def test_a_surname_with_a_generation_word_is_a_person() -> None:
    """s124b: "Schumacher Junior" is a person where the article writes the surname with a given name
    ("Mick Schumacher"), though it writes "junior drivers" too; the word after a surname no one
    gives a given name, or after a word that is no name's, makes no person."""
    sentences = [
        "Michael Schumacher's 16-year-old son Mick begins his Formula 4 career in Germany this weekend.",
        "Schumacher Junior is part of the Dutch Van Amersfoort Racing team in the 2015 ADAC Formula 4 series.",
        "Mick Schumacher makes his debut in the ADAC Formula 4 series in Germany this weekend",
        "This year he reached the German Formula 4 - a racing category used as a stepping stone by junior drivers.",
    ]
    assert en_pronoun_speakers._persons(sentences[1], "Schumacher Junior", sentences) == {"Schumacher Junior": (0, -1)}
    assert en_pronoun_speakers._generation_named("Schumacher Jr", sentences)
    assert not en_pronoun_speakers._generation_named("Formula Junior", sentences)  # no "X Formula" person
    assert not en_pronoun_speakers._generation_named("Schumacher Cup", sentences)  # no generation word


def test_a_group_head_owner_is_named_from_above_pictures_captions() -> None:
    """s111b: the writer's sentence above a "His …" head may stand above pictures' captions glued
    into the text, and in the passage before (a one-block text's cut is the tool's): en-cnndm 87,
    "Carver is now fighting …" then three captions ("Carver was assistant to … Ruud Gullit …");
    en-cnndm 90, "Watched by huge galleries, Woods made a fast start …" then "Spieth, 21, broke the
    36 hole record … ahead of Woods", Woods led to after a phrase of lower-case words."""
    assert any(text.startswith("[Carver's] memories of Gullit's downfall") for text in _bullets("en-cnndm.jsonl", 87))
    assert any(text.startswith("[Woods's] only bogey came at") for text in _bullets("en-cnndm.jsonl", 90))
    assert en_pronoun_speakers._LEADS_FROM.fullmatch("Watched by huge galleries, ")
    assert en_pronoun_speakers._LEADS_FROM.fullmatch("")
    assert not en_pronoun_speakers._LEADS_FROM.fullmatch("Police said ")  # "Police said … Smith": not led by Smith
    assert not en_pronoun_speakers._LEADS_FROM.fullmatch("After Jones left, ")  # a name in the phrase


def test_a_title_of_the_other_sex_does_not_fit_the_pronoun() -> None:
    """One table for en_pronoun_speakers and en_quote_owners (`title_fits`)."""
    assert en_pronoun_speakers.title_fits("Mr. Smith", "He") and en_pronoun_speakers.title_fits("Smith", "She")
    assert not en_pronoun_speakers.title_fits("Mrs Smith", "He")
    assert not en_pronoun_speakers.title_fits("Lord Sugar", "She")


def test_an_owner_named_before_is_the_speaker_and_a_place_is_no_person() -> None:
    """s50h: "It is part of Ms Rochira's review … in Wales." before "She said …" (en-xsum 140): the
    owner is the one person (her name without its "'s"), and "Wales", which the article writes
    where places stand ("in Wales"), is no second person though "Care Forum Wales" reads as a name."""
    sentences = [
        "It is part of Ms Rochira's review of care homes in Wales.",
        "The chair of Care Forum Wales, Mario Kreft, said his group supported the review.",
    ]
    assert en_pronoun_speakers._persons(sentences[0], "", sentences) == {"Ms Rochira": (14, -1)}
    assert not en_pronoun_speakers._known_person("Wales", sentences)
    assert any(text.startswith("[Ms Rochira] said she would highlight") for text in _bullets("en-xsum.jsonl", 140))


def test_the_one_person_a_head_pronoun_can_be_is_named() -> None:
    """s50h: a group's head "He …" after a sentence naming two or more people: the one whose title
    fits where the others' say the other sex, or the subject the sentence opens on where the others
    stand after it and none speaks; two subjects, or another who speaks, stay unsure."""
    lone = en_pronoun_speakers._lone_fit
    fergus = "Mrs Fergus said she believed Venables was capable of harming other people."
    assert lone(fergus, {"Mrs Fergus": (0, 15), "Venables": (29, -1)}, ["Mrs Fergus"], "He") == "Venables"
    assert lone(fergus, {"Mrs Fergus": (0, 15), "Venables": (29, -1)}, ["Mrs Fergus"], "She") == ""
    keating = "Striker Keating, 21, was recommended to Gulls boss Kevin Nicholson by Micky Adams."
    persons = {"Striker Keating": (0, -1), "Kevin Nicholson": (51, -1), "Micky Adams": (70, -1)}
    assert lone(keating, persons, [], "He") == "Keating"
    freberg = "Freberg, whose inspirations were Jack Benny and Fred Allen, worked in cartoons for decades."
    assert lone(freberg, {"Freberg": (0, -1), "Jack Benny": (33, -1), "Fred Allen": (48, -1)}, [], "He") == "Freberg"
    two = "Jon Venables and Robert Thompson were convicted of killing James."
    assert lone(two, {"Jon Venables": (0, -1), "Robert Thompson": (17, -1)}, [], "He") == ""
    told = "Smith met Jones, who said the deal was off."
    assert lone(told, {"Smith": (0, -1), "Jones": (10, 24)}, ["Jones"], "He") == ""
    bullets = _bullets("en-xsum.jsonl", 164) + _bullets("en-xsum.jsonl", 124)
    assert any(text.startswith("[Venables] was recalled to prison in 2010") for text in bullets)
    assert any(text.startswith("[Keating] has previously had spells with Sligo Rovers") for text in bullets)


def test_a_head_pronoun_whose_turn_word_the_brief_dropped_is_named() -> None:
    """s50h: "But he and his team wanted …" is written "He and his team wanted …" (`en_turn_words`);
    the bullet still opens on its sentence, and the He is Dr Kujala, who speaks right before (en-cnndm 189)."""
    assert en_pronoun_speakers._starts_with(
        "He and his team wanted to understand how exercise affects the brain",
        "But he and his team wanted to understand how exercise affects the brain.",
    )
    assert any(
        text.startswith("[Dr Kujala] and his team wanted to understand") for text in _bullets("en-cnndm.jsonl", 189)
    )


def _en_scored(sentences: list[str]) -> Scored:
    return replace(zh_scored([sentences]), lang="en")


def test_a_pronoun_inside_a_quotation_is_left_alone() -> None:
    """A He in the middle of someone's words is whom the speaker speaks of, not a name the writer
    wrote before: en-cnndm 39 read "[Los Blancos] has proved himself …" of Simeone, praised by
    Ancelotti ("'He is a great coach … | He has proved himself …"), once run cuts kept the quotation."""
    quoted = [
        "Speaking on Monday, Carlo Ancelotti said: 'What can I say about the derby?",
        "'He is a great coach, I like him a lot.",
        "He has proved himself, he is one of the best in the world.",
    ]
    assert en_pronoun_speakers.named_pronoun_en(_en_scored(quoted), 2, quoted[2], []) is None
    # the same He after the quotation closed is the writer's: the speaker named before
    closed = ["Speaking on Monday, Carlo Ancelotti said: 'I like the derby a lot.'", quoted[2]]
    named = en_pronoun_speakers.named_pronoun_en(_en_scored(closed), 1, closed[1], [])
    assert named == ("[Carlo Ancelotti] has proved himself, he is one of the best in the world.", 1)


def test_a_speaker_named_two_bullets_up_is_named_again() -> None:
    """s51k: the bullet right before says who, not any bullet of the group: "He said as many as one
    in five …" after a bullet on shark fin prices that names no one (en-cnndm 20, Graham Buckingham
    two bullets up) reads as nobody; a bullet that speaks of the same pronoun ("…, she said: …")
    carries the run on (en-cnndm 191 keeps "She continued: …")."""
    names = [Point(text="Graham Buckingham told The Times he was disappointed.", citations=[1])]
    price = Point(text="Just one kilogram of shark fin can fetch up to £180.", citations=[1])
    assert en_pronoun_speakers._said_before("Buckingham", "He", names)
    assert not en_pronoun_speakers._said_before("Buckingham", "He", [*names, price])
    speaking = Point(text="Speaking to the paper, he said: 'I did not want this.'", citations=[1])
    assert en_pronoun_speakers._said_before("Buckingham", "He", [*names, speaking])
    assert not en_pronoun_speakers._said_before("Buckingham", "She", [*names, speaking])
    assert any(
        text.startswith("[Mr Buckingham] said as many as one in five") for text in _bullets("en-cnndm.jsonl", 20)
    )
    assert any(text.startswith("She continued: 'If your cause is racism") for text in _bullets("en-cnndm.jsonl", 191))


def test_a_text_that_opens_on_a_pronoun_names_it_from_the_sentences_after() -> None:
    """s51k: a text whose lead was cut off opens on "She stressed …"; the first sentence after that
    names anyone names her as its actor ("But Mrs May also said …", en-xsum 160). Another person
    first, or a body, leaves the pronoun alone."""
    may = ["She stressed that the law must change.", "It was her first speech.", "But Mrs May also said police act."]
    assert en_pronoun_speakers.named_pronoun_en(_en_scored(may), 0, may[0], []) == (
        "[Mrs May] stressed that the law must change.",
        1,  # one paragraph: the one that names her
    )
    other = ["He spent last season in charge.", "Manager Mark Warburton wants to alter the staff, leaving Durrant out."]
    assert en_pronoun_speakers.named_pronoun_en(_en_scored(other), 0, other[0], []) is None
    body = ["He told Reuters the EU should not interfere.", "The EU objects to the laws."]
    assert en_pronoun_speakers.named_pronoun_en(_en_scored(body), 0, body[0], []) is None
    sex = ["He stressed that the law must change.", "But Mrs May also said police must act."]
    assert en_pronoun_speakers.named_pronoun_en(_en_scored(sex), 0, sex[0], []) is None
    assert any(text.startswith("[Mrs May] stressed that to kill") for text in _bullets("en-xsum.jsonl", 160))


def test_a_speaker_named_in_apposition_to_a_role_is_the_one_a_head_pronoun_is() -> None:
    """s83f: "The coroner at Exeter County Hall, Dr Elizabeth Earland, recorded …" names a hall in
    the role's words and the coroner set off by commas; the "She said: …" after it (a link notice
    glued to its front, "More on … and other newsShe said: …") is hers, not the wife's whom the
    bullet before names (en-xsum 22)."""
    coroner = "The coroner at Exeter County Hall, Dr Elizabeth Earland, recorded a verdict of unlawful killing."
    persons = {"Exeter County Hall": (15, -1), "Dr Elizabeth Earland": (35, -1)}
    assert en_pronoun_speakers._lone_fit(coroner, persons, [], "She") == "Dr Elizabeth Earland"
    mrs = "The chair of Bath County Hall, Mrs Ann Earl, recorded a verdict."
    assert en_pronoun_speakers._lone_fit(mrs, {"Bath County Hall": (13, -1), "Mrs Ann Earl": (31, -1)}, [], "He") == ""
    after = "The coroner at the hall, Dr Ann Earl, recorded a verdict on Mr John Ball."
    assert en_pronoun_speakers._lone_fit(after, {"Dr Ann Earl": (25, -1), "Mr John Ball": (60, -1)}, [], "He") == ""
    assert en_pronoun_speakers._starts_with(
        'She said: "His guard was lowered by drink.',
        "More on the millionaire 'murdered' by his wife, and other newsShe said: \"His guard was lowered by drink.",
    )
    bullets = _bullets("en-xsum.jsonl", 22)
    assert '[Dr Elizabeth Earland] said: "His guard was lowered by inebriation."' in bullets


def test_a_name_inside_the_pronouns_own_quotation_is_not_the_pronoun() -> None:
    """s88a: "He added that he 'wouldn't withdraw a word' …" after '"… vote Ulster Unionists …," he
    said.' once read "[Ulster Unionists] added …" (en-xsum 48, its sentences split apart): a name
    inside the words the same He speaks is whom he speaks of, never he; the read goes on back to the
    one who spoke them."""
    quoted = [
        '"What I have said is vote Ulster Unionists and then for any candidate you like," he said.',
        "He added that he would not withdraw a word of what he had said.",
    ]
    assert en_pronoun_speakers.named_pronoun_en(_en_scored(quoted), 1, quoted[1], []) is None
    run = ["Mr Nesbitt denied that he had made a mistake.", *quoted]
    named = en_pronoun_speakers.named_pronoun_en(_en_scored(run), 2, run[2], [])
    assert named == ("[Mr Nesbitt] added that he would not withdraw a word of what he had said.", 1)
    # outside the quotation a name still stands for the He: "… Smith said" before "He added …"
    plain = ['"I would not withdraw a word," Mr Nesbitt said.', quoted[1]]
    spoken = en_pronoun_speakers.named_pronoun_en(_en_scored(plain), 1, plain[1], [])
    assert spoken is not None and spoken[0].startswith("[Mr Nesbitt] added")


def test_the_person_a_pronoun_stands_for_is_read_as_a_name() -> None:
    # en-cnndm 133: "'The season has gone so quickly … before the end,' he told MUTV" opens on a
    # sentence of passage 3; "Juan Mata (right) says …" of passage 2 stands before it
    document = document_from_text(shared_article("en-cnndm.jsonl", 133), origin="x", kind="text")
    scored = score(document, {})[0]
    i = next(k for k, unit in enumerate(scored.units) if unit.text.startswith("'The season has gone"))
    assert en_pronoun_speakers.pronoun_person(scored, i, "He", []) == ("Juan Mata", 2)
    spoken = "He said the season had gone quickly."
    pronoun = en_pronoun_speakers._PRONOUN_LED.match(spoken)
    assert pronoun is not None  # the bullet's form of the same reading: the name in the pronoun's place
    assert en_pronoun_speakers.pronoun_named(scored, i, pronoun, spoken, []) == (
        "[Juan Mata] said the season had gone quickly.",
        2,
    )
    named = [Point(text="Juan Mata says United must look at their next seven games.", citations=[2])]
    assert en_pronoun_speakers.pronoun_person(scored, i, "He", named) is None  # the bullet above names him
    assert en_pronoun_speakers.pronoun_person(scored, i + 1, "He", []) is None  # inside his own quotation


def test_a_quotation_pronoun_is_the_one_of_its_sex_the_words_do_not_name() -> None:
    """s260ad: "He said: 'Tom was …'" after a sentence naming a woman, the speaker and the man he
    speaks of (a caption run in: "The film about Mary of Nazareth honours Saint Mary Coach Brian Hale paid tribute
    to Tom Webb.") is the one man
    the quoted words do not name; a man the words do not name either, or a name that says no sex,
    leaves it unsure."""
    said = "He said: 'Tom was never one to let illness stop him.'"
    tribute = ["The film about Mary of Nazareth honours Saint Mary Coach Brian Hale paid tribute to Tom Webb.", said]
    assert en_pronoun_speakers.named_pronoun_en(_en_scored(tribute), 1, said, []) == (
        "[Brian Hale] said: 'Tom was never one to let illness stop him.'",
        1,
    )
    two = ["At the service Coach Brian Hale paid tribute to Tom Webb and Mark Oakes.", said]
    assert en_pronoun_speakers.named_pronoun_en(_en_scored(two), 1, said, []) is None
    unsaid = ["At the service Coach Brian Hale paid tribute to Tom Webb and Sam Stokes.", said]
    assert en_pronoun_speakers.named_pronoun_en(_en_scored(unsaid), 1, said, []) is None
    assert en_pronoun_speakers._from_role("Saint Mary Director Brian Hale") == "Brian Hale"
    assert en_pronoun_speakers._given_alone("Mary", ["Saint Mary"]) == "She"
    assert en_pronoun_speakers._given_alone("Kelly", ["Grace Kelly"]) == ""
