"""An English overview titled by a name alone takes the noun of what the opening writes happened
to it, with the name as the verb's subject (`text/en_overview_deed.py`, `data/en_named_deeds.tsv`)."""

from __future__ import annotations

import pytest

from citebrief.text.data_files import data_lines
from citebrief.text.en_overview_deed import grounded, kind_deed, named_deed, overview_event
from conftest import shared_group_titles


@pytest.mark.parametrize(
    ("texts", "titled"),
    [
        (["Tim Sherwood has been sacked by Aston Villa after a run of defeats."], "Tim Sherwood's sacking"),
        (["Brock Guzman, 8, was arrested on Friday in Ohio."], "Brock Guzman's arrest"),
        (["Prisoner Carlos Boente (pictured) was jailed for five years."], "Carlos Boente's jailing"),
        (["Stan Freberg, the ad man, has died. He was 88."], "Stan Freberg's death"),
        (["It is the seventh year Jo Smith has broken his promise to use the word."], "Jo Smith's broken promise"),
        (["Van Gaal says that Wayne Rooney suffered a knee injury on Sunday."], "Wayne Rooney's knee injury"),
        (
            ["Bradley Neil admitted he was poor after missing the cut on his Masters debut."],
            "Bradley Neil's Masters debut",
        ),
        (["The news came on Friday.", "Sinfield will miss the derby with a knee problem."], "Kevin Sinfield's absence"),
        (["Brianne Altice, 35, pictured in court on Wednesday, pleaded guilty."], "Brianne Altice's guilty plea"),
        (["Keith Allen, 27, of Columbus pleaded not guilty on Monday."], "Keith Allen's not guilty plea"),
        (["Michelle Manhart, 38, was handcuffed by police at the university."], "Michelle Manhart's arrest"),
        (["Marc Leishman has withdrawn from this year's Masters to be with his wife."], "Marc Leishman's withdrawal"),
        (["After 11 hours, jurors found Dzhokhar Tsarnaev guilty on Wednesday."], "Dzhokhar Tsarnaev's conviction"),
        (["A jury found Jo Smith not guilty of murder yesterday."], "Jo Smith's acquittal"),
        (
            ["Vonn watched Tiger Woods in his quest for a fifth Masters title."],
            "Tiger Woods's quest for a fifth Masters title",
        ),
        (["Paul McGowan admitted his third conviction for assaulting a man."], "Paul McGowan's third conviction"),
        (["Barry Beavis launched a legal bid to overturn his fine."], "Barry Beavis's legal bid"),
        (["Rafael Nadal, 28, began his bid for a ninth title on Wednesday."], "Rafael Nadal's bid for a ninth title"),
        (["Aritz Aduriz scored a 90th minute equaliser to deny Valencia."], "Aritz Aduriz's 90th minute equaliser"),
        (["Tom Ballard plans to climb K2, 20 years after his mother died."], "Tom Ballard's plans to climb K2"),
        (["Tom Ballard plans to sue the council after the crash."], "Tom Ballard's plans to sue the council"),
        (["Asylum seeker Jafar Adeli who was arrested at a bus station in Leicester"], "Jafar Adeli's arrest"),
        (["Brock Guzman was found safe and well about two miles away."], "Brock Guzman's safe return"),
        (["Alberto Bueno has been called up to the Spain squad."], "Alberto Bueno's call-up"),
        (["Rhodri Giggs was banned from driving for six months."], "Rhodri Giggs's driving ban"),
        (["Grant Allen will stand trial at the Old Bailey."], "Grant Allen's trial"),
        (["Rhodri Giggs, 37, was then banned from driving for six months."], "Rhodri Giggs's driving ban"),
        (["Grant Allen was today jailed for six years."], "Grant Allen's jailing"),
        (["The family of murdered Australian baseball player Chris Lane broke down in court."], "Chris Lane's murder"),
        (["Britain has been ranked only the 27th best country for health."], "Britain's ranking"),
        (["Asylum seeker Jo Smith, 32, was snared by a vigilante group."], "Jo Smith's capture"),
        (["Barry Beavis, 48, lost his case at the Court of Appeal"], "Barry Beavis's legal defeat"),
        (["Russia won while Montenegro have been hit with a stadium ban after the riot."], "Montenegro's stadium ban"),
        (["Julian Smith, 44, was extradited to the US on Monday."], "Julian Smith's extradition"),
        (["Jo Smith was indicted by a federal grand jury in Boston."], "Jo Smith's indictment"),
        (["Jo Smith, 81, has been evicted from her council flat."], "Jo Smith's eviction"),
        (["Jo Smith was exonerated after 25 years in prison."], "Jo Smith's exoneration"),
        (["Jo Smith was pardoned by the governor on Friday."], "Jo Smith's pardon"),
        (["Andrew Chan was executed by firing squad on Wednesday."], "Andrew Chan's execution"),
        (["Jo Smith, 32, was cleared of murder at the Old Bailey."], "Jo Smith's acquittal"),
        (["Jo Smith was cleared of all charges yesterday."], "Jo Smith's acquittal"),
        (["Jo Smith, 49, appeared in court in Leeds accused of theft."], "Jo Smith's court appearance"),
        (["Jo Smith, a hacker, was yanked off his plane by FBI agents."], "Jo Smith's removal"),
        (["Jo Smith sauntered to pole position for Sunday's race."], "Jo Smith's pole position"),
        (["Jo Smith stormed to pole position in Bahrain."], "Jo Smith's pole position"),
        (["Jo Smith took pole by a tenth of a second."], "Jo Smith's pole position"),
        (["Jo Smith claimed pole for the Malaysian Grand Prix."], "Jo Smith's pole position"),
        (["YouTube star Jo Smith turns herself into Maleficent."], "Jo Smith's transformation"),
        (["Jo Smith turned herself into a cartoon queen."], "Jo Smith's transformation"),
        (["Jo Smith transformed herself into Elsa from Frozen."], "Jo Smith's transformation"),
        (["Jo Smith transforms herself into a zombie for Halloween."], "Jo Smith's transformation"),
        (["Jo Smith turns himself into Batman."], "Jo Smith's transformation"),
        (["Jo Smith turned himself into a human statue."], "Jo Smith's transformation"),
        (["Jo Smith transformed himself into Darth Vader."], "Jo Smith's transformation"),
        (["Jo Smith transforms himself into a robot."], "Jo Smith's transformation"),
        (
            ["They will present Jo Smith with his 20th and final champion jockeys trophy."],
            "Jo Smith's champion jockeys trophy",
        ),
        (["Jo Smith will be presented with his final champion jockeys trophy."], "Jo Smith's champion jockeys trophy"),
        (
            ["Jo Smith prepares to face Leeds with a big money move to Porto waiting for him."],
            "Jo Smith's move to Porto",
        ),
    ],
)
def test_the_noun_of_what_happened_to_the_name(texts: list[str], titled: str) -> None:
    name = titled.split("'s ", maxsplit=1)[0]
    used = {name.casefold()}
    assert named_deed(name, texts, used) == titled
    assert used == {name.casefold(), titled.casefold()}  # the name stays taken: no group repeats it ("Mr Docherty")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Tim Sherwood", "Tim Sherwood has not been sacked, the club said."),  # negated
        ("Tim Sherwood", "Tim Sherwood could be sacked within days."),  # hedged
        ("Izzat al-Douri", "Izzat al-Douri was reportedly killed in a skirmish."),  # hedged
        ("Robert Gentile", "A man was arrested on Friday. Robert Gentile's lawyer said it was a ruse."),  # not his verb
        ("Grant Allen", "Allen, who was jailed for six years in 2013, must pay back £491,000."),  # what came before
        ("Dzhokhar Tsarnaev", "His brother Tamerlan Tsarnaev died in a shootout with police."),  # another Tsarnaev
        ("Tim Sherwood", "Tim Sherwood praised Jack Grealish after his debut for Villa."),  # another's "his"
        ("Paul Casey", "Casey finished sixth on his Masters debut in 2004."),  # dated to before the news
        ("Tim Sherwood", "Tim Sherwood was sacked by Tottenham last season and now manages Villa."),
        ("Tim Sherwood", "Tim Sherwood was fired up by the win."),  # a phrasal verb, not its noun
        ("Rademenes", "Rademenes hugs every pet, after previously being ill because of his grave illness."),
        ("Glenn Mason", "It was only when Mason pleaded guilty in September that the case was dropped."),  # dated
        ("Jo Smith", "A jury found Jo Smith guilty in 2012; she now runs a charity."),  # dated
        ("Jo Smith", "Police found Jo Smith's guilty secret."),  # not a verdict on her
        ("Jo Smith", "Jo Smith pulled out a gun."),  # not "withdrew from"
        ("Jo Smith", "Jo Smith, who was arrested for theft, now runs a charity."),  # a comma: what came before
        ("Jo Smith", "Jo Smith who was arrested in 2012 now runs a charity."),  # dated
        ("Jo Smith", "Jo Smith was previously arrested for theft."),  # a past, not the news
        ("Jo Smith", "Images of the late actress Jo Smith were released."),  # "late": not her death's news
        ("Jo Smith", "He murdered a man before Jo Smith arrived."),  # not before her name
        ("Jo Smith", "Jo Smith launched an investigation into the club."),  # not a noun of her own undertaking
        ("Jo Smith", "Jo Smith scored a goal on Saturday."),  # "goal" alone says little
        ("Jo Smith", "Jo Smith launched a bid in 2012 to buy the club."),  # dated
        ("Jo Smith", "Jo Smith plans to make the most of the rest of her long career now."),  # no end in a few words
        ("Jo Smith", "The club plans to sign Jo Smith."),  # not her plan
        ("Oxford Street", "Oxford Street was cleared of snow by the council."),  # no crime: no acquittal
        ("Jo Smith", "Jo Smith appeared in a video filmed by her sister."),  # no court's
        ("Jo Smith", "Jo Smith appeared in court in 2012 and now runs a charity."),  # dated
        ("Jo Smith", "Jo Smith turned himself into police on Friday."),  # a surrender, no transformation
        ("Jo Smith", "Jo Smith turned herself into the police."),
        ("Jo Smith", "Jo Smith turns himself into authorities."),
        ("Jo Smith", "Jo Smith was pulled off at half-time."),  # a substitution, no removal
        ("Jo Smith", "Jo Smith could move to Porto at the end of the season."),  # hedged
        ("Jo Smith", "Jo Smith has been linked with a move to Porto."),  # hedged
        ("Jo Smith", "Ann Smith was presented with a medal on Friday."),  # another Smith's medal
    ],
)
def test_no_noun_where_the_name_is_not_the_verbs_subject_or_it_is_not_the_news(name: str, text: str) -> None:
    assert named_deed(name, [text], set()) == name


def test_a_surname_after_its_given_name_spelt_one_letter_otherwise_is_the_same_person() -> None:
    """News copy spells a given name two ways ("Lianna" in the lead, "Liana" in a caption): the
    surname's deed is still the person's (`name_spellings.one_letter_apart`); another given name,
    or a short one a letter apart ("Dan", "Don": as often brothers), stays another person's."""
    plea = ["Always the bride: Liana Barrientos, 39, of the Bronx, pleaded not guilty on Friday."]
    assert named_deed("Lianna Barrientos", plea, set()) == "Lianna Barrientos's not guilty plea"
    assert named_deed("Maria Barrientos", plea, set()) == "Maria Barrientos"  # another Barrientos
    assert named_deed("Don Smith", ["His brother Dan Smith was arrested on Friday."], set()) == "Don Smith"
    assert named_deed("Jon Smith", ["Jon Smith's brother John Smith was arrested."], set()) == "Jon Smith"


def test_the_possessive_as_written_comes_first_and_a_name_is_needed() -> None:
    texts = ["Douglas Bader's story is to be told in a film.", "Douglas Bader was shot down in 1941."]
    assert overview_event("Douglas Bader", texts[0], texts, set()) == "Douglas Bader's story"
    assert overview_event("the club", "the club was banned.", ["the club was banned."], set()) == "the club"


def test_the_table_has_a_noun_and_a_voice_a_line() -> None:
    rows = [line.split("\t") for line in data_lines("en_named_deeds.tsv")]
    assert rows and all(len(row) == 3 and row[2] in {"passive", "active", "said", "group"} for row in rows)
    assert all(row[1] == row[1].lower() and row[1].strip() for row in rows)
    verbs = [row[0] for row in rows]
    assert len(verbs) == len(set(verbs))
    assert "charged" not in verbs  # "X's Charge" reads as what X charges


def test_the_undertakings_table_has_a_noun_and_its_verbs_a_line() -> None:
    rows = [line.split("\t") for line in data_lines("en_named_launches.tsv")]
    assert rows and all(len(row) == 2 and row[1] in {"start", "score"} and row[0] == row[0].lower() for row in rows)
    assert "investigation" not in [row[0] for row in rows]  # police launch one


def test_a_real_article_overview_says_what_happened_to_its_person() -> None:
    """en-cnndm record 141 (Rooney hurt at Everton): not "Wayne Rooney" alone."""
    assert shared_group_titles("en-cnndm.jsonl", 141)[0] == "Key points: Wayne Rooney's Knee Injury"


def test_a_made_subject_is_grounded_by_its_name_and_its_verb_or_words() -> None:
    texts = ["Tim Sherwood has been sacked by Aston Villa.", "Wayne Rooney suffered a knee injury."]
    assert grounded("Tim Sherwood's Sacking", texts)
    assert grounded("Wayne Rooney's Knee Injury", texts)
    assert not grounded("Tim Sherwood's Death", texts)  # no verb of death written
    assert not grounded("Tim Smith's Sacking", texts)  # no such name
    assert not grounded("Tim Sherwood", texts)  # no event: checked as written, elsewhere
    verdict = ["Jurors found Dzhokhar Tsarnaev guilty on Wednesday."]
    assert grounded("Dzhokhar Tsarnaev's Conviction", verdict)
    assert not grounded("Dzhokhar Tsarnaev's Acquittal", verdict)
    written = ["Barry Beavis launched a legal bid.", "Tom Ballard plans to climb K2.", "Brock Guzman was found safe."]
    assert grounded("Barry Beavis's Legal Bid", written)
    assert grounded("Tom Ballard's Plans to Climb K2", written)
    assert grounded("Brock Guzman's Safe Return", written)  # "found safe", the table's verb for it
    assert not grounded("Tom Ballard's Plans to Climb Everest", written)
    assert grounded("Chris Lane's Murder", ["The family of murdered player Chris Lane wept."])
    assert grounded("Promise Tamang's Transformation", ["Promise Tamang turns herself into Maleficent."])
    assert grounded(
        "AP McCoy's Champion Jockeys Trophy", ["Wright will present AP McCoy with his champion jockeys trophy."]
    )


_GENTILE = "A 78-year-old Connecticut man with a long criminal history was arrested on Friday, his lawyer said."


@pytest.mark.parametrize(
    ("lead", "after", "titled"),
    [
        (_GENTILE, "Robert Gentile appeared in court.", "Robert Gentile's arrest"),
        (_GENTILE, "Gentile, 78, appeared in court.", "Robert Gentile's arrest"),  # the surname names him
        (
            "A New York woman running a scheme pleaded not guilty Friday.",
            "Ann Lee, 39, wed ten men.",
            "Ann Lee's not guilty plea",
        ),
        (_GENTILE, "Police said Robert Gentile was held.", "Robert Gentile"),  # the next sentence opens on another
        ("A pub landlord who was arrested for drink driving has vowed to quit.", "James Boase said so.", "James Boase"),
        ("A man, who lives nearby, was arrested.", "James Boase said so.", "James Boase"),  # a clause of its own
        ("A man was arrested in 2012 for theft.", "James Boase said so.", "James Boase"),  # dated
        ("Police say a man was arrested.", "James Boase said so.", "James Boase"),  # no person by kind first
    ],
)
def test_a_lead_describing_the_person_the_next_sentence_names_gives_its_verb(
    lead: str, after: str, titled: str
) -> None:
    """en-cnndm record 82: "A 78-year-old Connecticut man ... was arrested on Friday" before "Robert Gentile"."""
    name = "Robert Gentile" if "Gentile" in after else "Ann Lee" if "Ann Lee" in after else "James Boase"
    assert kind_deed(name, lead, [f"{lead} {after}"], set()) == titled


def test_the_leads_deed_of_a_person_by_kind_comes_before_a_later_one() -> None:
    """The lead sentence's deed is the news; "her behavior" two paragraphs on is why."""
    texts = [
        "A veteran Georgia teacher has been removed from the classroom. Nancy Perry will no longer teach.",
        "Perry was already planning on retiring before the complaint about her behavior.",
    ]
    lead = "A veteran Georgia teacher has been removed from the classroom."
    assert overview_event("Nancy Perry", lead, texts, set()) == "Nancy Perry's removal"
    other = ["Police say the teacher left. Nancy Perry will no longer teach.", texts[1]]
    assert overview_event("Nancy Perry", "Police say the teacher left.", other, set()) == "Nancy Perry's behavior"


@pytest.mark.parametrize(
    ("index", "title"),
    [
        (82, "Key points: Robert Gentile's Arrest"),  # "A 78-year-old Connecticut man ... was arrested"
        (161, "Key points: President Barack Obama's Broken Promise"),  # "has broken his promise to use the word"
        (135, "Key points: Dzhokhar Tsarnaev's Conviction"),  # "jurors found Dzhokhar Tsarnaev guilty"
        (24, "Key points: Marc Leishman's Withdrawal"),  # "Marc Leishman has withdrawn from this year's"
        (61, "Key points: Aritz Aduriz's 90th Minute Equaliser"),  # "Aritz Aduriz scored a 90th minute equaliser"
        (53, "Key points: Tom Ballard's Plans to Climb K2"),  # "Tom Ballard plans to climb K2, 20 years after"
        (155, "Key points: Britain's Ranking"),  # "Britain has been ranked only the 27th best country"
        (136, "Key points: Montenegro's Stadium Ban"),  # "Montenegro have been hit with a stadium ban"
        (44, "Key points: Nancy Perry's Removal"),  # "A veteran ... teacher has been removed", not "her behavior"
        (92, "Key points: Lianna Barrientos's Not Guilty Plea"),  # "Liana Barrientos, 39, ... pleaded not guilty"
        (47, "Key points: Chris Roberts's Removal"),  # "Chris Roberts, ..., was yanked off his plane"
        (110, "Key points: Lewis Hamilton's Pole Position"),  # "Lewis Hamilton sauntered to pole position"
        (148, "Key points: Promise Tamang's Transformation"),  # "Promise Tamang turns herself into Maleficent"
        (96, "Key points: AP McCoy's Champion Jockeys Trophy"),  # "present AP McCoy with his ... trophy"
        (23, "Key points: Alberto Bueno's Move to Porto"),  # "with a big money move to Porto waiting for him"
    ],
)
def test_real_articles_say_what_happened_to_their_person(index: int, title: str) -> None:
    """en-cnndm records whose overview was the bare name before."""
    assert shared_group_titles("en-cnndm.jsonl", index)[0] == title


def test_a_court_report_overview_says_the_court_appearance() -> None:
    """en-xsum 91: "Johnny McGurk, 49, appeared in court in County Londonderry accused of theft"
    (the bare name before)."""
    assert shared_group_titles("en-xsum.jsonl", 91)[0] == "Key points: Johnny McGurk's Court Appearance"
