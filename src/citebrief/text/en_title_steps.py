"""An English group's title through the steps that each mend one way a phrase misnames a group,
in order, each reading the title the one before gave.

One place holds the order, so `group_titles` calls one step and a new rule is one line here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from citebrief.text.attributed_phrases import attributed_everywhere
from citebrief.text.brief_memo import per_brief
from citebrief.text.en_denied_titles import unmended
from citebrief.text.en_idiom_fragments import idiom_free
from citebrief.text.en_reports import attire_title, unglued
from citebrief.text.en_title_about import about_title
from citebrief.text.en_title_acronym_name import acronym_name_title
from citebrief.text.en_title_adverb_end import adverb_end_title
from citebrief.text.en_title_apart import apart_title
from citebrief.text.en_title_away import away_title
from citebrief.text.en_title_background import background_title
from citebrief.text.en_title_bare import bare_unless_linked
from citebrief.text.en_title_by_means import by_means_title
from citebrief.text.en_title_capital import capital_title
from citebrief.text.en_title_choice import en_group_title
from citebrief.text.en_title_clause import clause_title
from citebrief.text.en_title_competition import competition_title
from citebrief.text.en_title_complement import complement_title
from citebrief.text.en_title_compound import compound_title
from citebrief.text.en_title_deed import deed_title
from citebrief.text.en_title_detail import detail_title
from citebrief.text.en_title_distinct import distinct_title
from citebrief.text.en_title_done_to import done_to_title
from citebrief.text.en_title_empty_owner import empty_owner_title
from citebrief.text.en_title_event import reader_title
from citebrief.text.en_title_event_name import event_name_title
from citebrief.text.en_title_every_bullet import every_bullet_title
from citebrief.text.en_title_every_noun import every_noun_title
from citebrief.text.en_title_figure import figure_title
from citebrief.text.en_title_fixture import fixture_title
from citebrief.text.en_title_gist import gist_title
from citebrief.text.en_title_group_phrase import group_phrase_title
from citebrief.text.en_title_held import held_title
from citebrief.text.en_title_leaning import leaning_title
from citebrief.text.en_title_lifted import lifted_title
from citebrief.text.en_title_likened import likened_title
from citebrief.text.en_title_list_kind import list_kind_title
from citebrief.text.en_title_lone_name import lone_name_title
from citebrief.text.en_title_loose import unloosed_title
from citebrief.text.en_title_loose_described import loose_described_title
from citebrief.text.en_title_majority import majority_title
from citebrief.text.en_title_match import match_title
from citebrief.text.en_title_modified import modified_title
from citebrief.text.en_title_moments import moments_title
from citebrief.text.en_title_name_event import name_event_title
from citebrief.text.en_title_name_front import name_front_title
from citebrief.text.en_title_name_said import name_said_title
from citebrief.text.en_title_named import named_title
from citebrief.text.en_title_named_noun import named_noun_title
from citebrief.text.en_title_noun_phrase import noun_phrase_title
from citebrief.text.en_title_outlet import outlet_title
from citebrief.text.en_title_outnamed import covering_unless_outnamed
from citebrief.text.en_title_own_event import own_event_title
from citebrief.text.en_title_owned_abstract import owned_abstract_title
from citebrief.text.en_title_owner import owner_title
from citebrief.text.en_title_pair import pair_title
from citebrief.text.en_title_passing_name import passing_name_title
from citebrief.text.en_title_people import people_title
from citebrief.text.en_title_possessed import possessed_title
from citebrief.text.en_title_profile import profile_title
from citebrief.text.en_title_question import question_title
from citebrief.text.en_title_quote_run import quote_run_title
from citebrief.text.en_title_quoted import quoted_title
from citebrief.text.en_title_relative import relative_title
from citebrief.text.en_title_role import role_title
from citebrief.text.en_title_role_holder import role_holder_title
from citebrief.text.en_title_said import said_title
from citebrief.text.en_title_said_name import said_name_title
from citebrief.text.en_title_setting import setting_title
from citebrief.text.en_title_shared import shared_title
from citebrief.text.en_title_source import source_title
from citebrief.text.en_title_speakers import speakers_title
from citebrief.text.en_title_spoken_of import spoken_of_title
from citebrief.text.en_title_spoken_subject import spoken_subject_title
from citebrief.text.en_title_stage import stage_title
from citebrief.text.en_title_subject import subject_title
from citebrief.text.en_title_theirs import theirs_title
from citebrief.text.en_title_theme import theme_title
from citebrief.text.en_title_time import time_title
from citebrief.text.en_title_topic import quoted_topic_title, topic_title
from citebrief.text.en_title_twice_written import twice_written_title
from citebrief.text.en_title_typo import typo_title
from citebrief.text.en_title_vague import plain_title
from citebrief.text.en_title_vague_of import vague_of_title
from citebrief.text.en_title_verb_end import verb_end_title
from citebrief.text.en_title_we_speaker import we_speaker_title
from citebrief.text.en_title_whole_name import whole_name_title
from citebrief.text.en_title_whole_term import whole_term
from citebrief.text.en_title_whose import whose_title
from citebrief.text.en_title_widened import widened_title
from citebrief.text.en_title_work import work_title
from citebrief.text.negated_phrases import negated_everywhere
from citebrief.text.title_choice import en_group_phrase

# (bullets, texts, every_text, guard, title) -> title
EnTitleStep = Callable[[list[str], list[str], list[str], set[str], str], str]

_BEFORE_NAME: tuple[EnTitleStep, ...] = (
    en_group_title,
    covering_unless_outnamed,  # what most say, not a name beside the one more bullets say
    whole_name_title,  # "St James’s Palace", not "St James"
)
_AFTER_NAME: tuple[EnTitleStep, ...] = (
    detail_title,  # not "Condoms" alone
    relative_title,  # "Their Relationship", not one bullet's "Previous Relationship"
    shared_title,  # not one bullet's detail
    theme_title,  # what two bullets say
    reader_title,  # the event, not who or when
    attire_title,  # not "Black Blazer"
    owned_abstract_title,  # "India's Friendship" two bullets write, not a bare "Friendship" nor "Nepal"
    plain_title,  # not "Magnitude of the Game"
    gist_title,  # "The Trial", not "Edward Byatt"
    pair_title,  # "Prom Survey", not "Prom Proposals"
    named_title,  # "Holyfield", not "Similar Loss"
    held_title,  # "Grand National Fences", not "Fences"
    modified_title,  # "Changes to Income Tax", not "Changes"
    quoted_title,  # not "Baby Girl" of one quote
    figure_title,  # "Beacons", not "Painted Bright Yellow"
    setting_title,  # what two bullets say, not one's "Blog Post"
    topic_title,  # "Shooting", the paragraphs' event, not "Little Italy Neighborhood"
    outlet_title,  # "Exhibition", not the "BBC Scotland News Website" one bullet told it
    source_title,  # "Cancer", not the "Anadolu Agency" that reported it
    deed_title,  # "Court" two bullets report, not one's "Brown Eyes"
    owner_title,  # "Adeli's Arrest", not "Arrest"
    possessed_title,  # "Bader's Escape", not "Escape": whom the bullets name
    own_event_title,  # "Giggs's Sentencing", not one bullet's "Victim Surcharge"
    about_title,  # "Nicole Daedone" the bullets are about, not one's "Ted Talk"
    we_speaker_title,  # "Good Samaritans" both bullets tell of, not the one who speaks as "we"
    name_event_title,  # "Tymon's Injuries", not "Olsin Tymon"; "Bale's Return", not "Gareth Bale"
    whole_term,  # "In Vitro Fertilization", not "Vitro Fertilization"
    acronym_name_title,  # "Academy of Ancient Music" (AAM), not its tail "Ancient Music"
    list_kind_title,  # "Health Benefits", not one listed benefit's "Lower Risk"
    majority_title,  # "Morning Routine" two bullets say, not one's "Room Temperature Water"
    every_bullet_title,  # "Burkitt’s Lymphoma" both bullets name, not one's "White Blood Cell"
    fixture_title,  # "Wasps v Exeter" whose team news the group gives, not one's "Leg Injury"
    work_title,  # "Looney Tunes" two bullets say, not one's "Baby Bear"
    quoted_topic_title,  # "Company Policy" the paragraphs repeat, not a quote's "Muslim Extremists"
    theirs_title,  # "Roberts' Research" written as the group's person's, not one bullet's "Electronic Devices"
    whose_title,  # "Barrientos's Charges", "Geaney's Hearing": not a bare noun of the group's person
    empty_owner_title,  # "McHenry's Tweet" of the group's one person, not a quote's empty "Stressful Moment"
    said_title,  # "Cameron on the Economy", not a quote's "Britain Needs"
    said_name_title,  # "Redwood on O'Toole", not a quote's "Intimate Library Scene"
    typo_title,  # "Millionaire", not the source's "Millionaire Jsut"
    capital_title,  # "Munich", not "Bavarian Capital"
    distinct_title,  # "Concrete Base", not "Concrete Arrows" under "Giant Arrows"
    apart_title,  # "Chancey Luna", not "First-degree Murder" under "Chris Lane's Murder"
    passing_name_title,  # "Westwood" two bullets name, not his partner "Danny Willett" said once
    people_title,  # "Blow to Taxpayers", not "Taxpayers"
    background_title,  # "Hardy's Career", not one role's "Harry Potter Films"
    profile_title,  # "Campbell's Background" of the blogger's profile, not its clause's "Scottish Independence"
    widened_title,  # "Rise in Absenteeism", "Davis County School District": not a bare word
    twice_written_title,  # "Former Inmate" two bullets write, not a bare "Inmate"
    done_to_title,  # "McHenry's Suspension", not a vague "Comments of the Employee"
    spoken_subject_title,  # "O'Neill on Shutthefrontdoor", not a vague "February Time"
    quote_run_title,  # "Sherwood on the Biggest Game" of unmarked quotes, not a vague "Magnitude of the Game"
    role_title,  # "Neil on …" of one person's words, not a role's "Amateur Champion"
    role_holder_title,  # "Gatland" the bullets follow, not the post he once held, "Ireland Coach"
    lifted_title,  # "Ancelotti on the Champions League" of one speaker's quotes, not a quote's "Objective"
    spoken_of_title,  # "Grealish on Wembley" of one speaker's quotes that alone say it, not a bare "Wembley"
    name_said_title,  # "Dawson on OM" of one person's words, not a bare "Dawson"
    competition_title,  # "Conference" of a roundup's section, not one club's "Alfreton"
    every_noun_title,  # "Children" every bullet says, not one's "Age"
    match_title,  # "Bayern v Hoffenheim" of a match report's goals, not one scorer's "Sebastian Rode"
    noun_phrase_title,  # "Appeal Court Judges", "Sensitive Skin": not a bare common noun
    named_noun_title,  # "GTC Scotland Hearing" a bullet writes, not a bare "Hearing"
    event_name_title,  # "Hebridean Celtic Festival" the bullets write or call "HebCelt", not a bare "Festival"
    complement_title,  # "Rented Villa", "Collision with a Citroen Berlingo": what noun phrases leave bare
    by_means_title,  # "Death by Careless Driving" a bullet writes, not a bare "Death"
    leaning_title,  # "Warrington's Fourth Try", not a "Fourth Try" that leans on the story
    stage_title,  # "Second Half" the moments fall in, not one moment's "Warrington's Fourth Try"
    moments_title,  # "Birdies and Bogey" the other bullets report, not one's "Woods's Third Shot"
    compound_title,  # "Tax Cut" two bullets say, not a bare "Government"
    clause_title,  # "Debt Forgiveness", "Evacuation": not a clause's "Manifest Debt Forgiveness", "Affecting Sailings"
    adverb_end_title,  # "Shot on Target", not "Shot Well" of "a shot well over"
    verb_end_title,  # "Note-exchange Scheme", not "Note-exchange Scheme Ends" of "the scheme ends on"
    subject_title,  # "Muir's Time" the bullets follow, not "Hellen Obiri" who opens one of them
    name_front_title,  # "Venice Film Festival", "Manga Messiah": not a bare name a bullet writes as its front
    speakers_title,  # "Crosby and Mills" of both managers' quotes, not one quote's "Difference"
    group_phrase_title,  # "Food Banks" two bullets write, not one bullet's "Political Football"
    time_title,  # "Last-eight Match", not the time it is played, "Tuesday Afternoon"
    likened_title,  # "2010 Study", not "Identical Study" of "an almost identical study, published in 2010"
    away_title,  # "Away from Home" the bullets tell, not the rival "Chelsea" one of them opens on
    lone_name_title,  # "Portrait", not one bullet's "Portrait of Beethoven" in a group of Mozart's
)


def en_title_steps(bullets: list[str], texts: list[str], every_text: list[str], guard: set[str], title: str) -> str:
    """The group's title after every step; a role before a name goes ("Stephen Cartwright", not
    "Officer …") before the steps that read names, and a title glued to the next sentence is cut
    last ("Russia", not "Russia.BBC Monitoring Reports"); a loose adjective's noun widened last
    ("Power of the Press", not "Actual Press": `en_title_loose`), else the term it only describes
    ("Baijiu", not "Clear Spirit": `en_title_loose_described`); a vague "X of Y" last ("Liar's
    Poker", not "Title of a Book": `en_title_vague_of`)."""
    chosen, given = title, set(guard)
    title = _all_steps(bullets, texts, every_text, guard, title)
    if unmended(chosen, title, bullets):  # the clean choice (`en_denied_titles`)
        others = given - {chosen.casefold(), title.casefold()}
        clean = en_group_phrase(bullets, texts, every_text, set(others), False)
        if clean:
            guard.clear()
            guard.update(others | {clean.casefold()})
            chosen = title = _all_steps(bullets, texts, every_text, guard, clean)
    title = unloosed_title(_all_steps, bullets, texts, every_text, guard, title)
    title = loose_described_title(bullets, texts, every_text, guard, title)  # "Baijiu", not "Clear Spirit"
    title = idiom_free(title, chosen, guard)  # "Discretionary Budget", not "Real Terms"
    title = question_title(_all_steps, bullets, texts, every_text, guard, title)  # not a question's "Better Outlap"
    return vague_of_title(_all_steps, bullets, texts, every_text, guard, title, chosen)  # not "Title of a Book"


def _all_steps(bullets: list[str], texts: list[str], every_text: list[str], guard: set[str], title: str) -> str:
    """The title after every step in order, the glued tail cut (beside the titles given before
    the steps: a phrase a step tried for this group is its own, `en_reports.unglued`)."""
    others = guard - {title.casefold()}
    for step in _BEFORE_NAME:
        title = _unless_denied(step, bullets, texts, every_text, guard, title)
    title = bare_unless_linked(title, bullets)  # not "Frank Beck" of "Trial of Frank Beck"
    for step in _AFTER_NAME:
        title = _unless_denied(step, bullets, texts, every_text, guard, title)
    return unglued(title, texts, guard, bullets, every_text, others) if title else title


# the steps that mend a title naming nothing ("Shot Well" of "a shot well over"): a phrase said
# denied ("failed to register a shot on target") names the group's matter better than that
_MENDING: frozenset[EnTitleStep] = frozenset({adverb_end_title, clause_title})


def _unless_denied(
    step: EnTitleStep, bullets: list[str], texts: list[str], every_text: list[str], guard: set[str], title: str
) -> str:
    """The step's title, unless it puts in a phrase the bullets say only denied ("Lane never made
    sexual advances" gives no "Sexual Advances", `negated_phrases`): then `title` and `guard` as
    they were. Here, once for every step, since a dozen of them each find such a phrase; and not
    where the phrases are ranked, which the grouping reads too."""
    before = set(guard)
    found = step(bullets, texts, every_text, guard, title)
    if found == title or not found or step in _MENDING:
        return found
    # nor one they say only as where a claim came from ("Der Spiegel news magazine said ...",
    # `attributed_phrases`) where the title was none
    attributed = attributed_everywhere(found, bullets) and not attributed_everywhere(title, bullets)
    if not attributed and not _denied(found, tuple(bullets)):
        return found
    guard.clear()
    guard.update(before)
    return title


@per_brief(maxsize=1024)  # the steps, and the clean choice's steps again, find the same phrases
def _denied(phrase: str, bullets: tuple[str, ...]) -> bool:
    """The bullets say `phrase` only denied, and one of its words too: what the title would claim
    comes from a denial alone ("Sexual Advances" of "never made sexual advances", where the
    suspect's claim says "advances"). A phrase each of whose words the bullets say plainly names
    what they affirm in other words: "Biggest Lamb" over records where "Ben isn't the biggest lamb"
    goes on "… comfortably the biggest they have ever delivered"; "Foreign Medal" where "could not
    receive a foreign medal" follows "the Medal of Ushakov" the Foreign Office blocked."""
    said = list(bullets)
    if not negated_everywhere(phrase, said, "en"):
        return False
    words = [w for w in re.findall(r"[A-Za-z]+", phrase) if len(w) > 2]
    return any(negated_everywhere(word, said, "en") for word in words)
