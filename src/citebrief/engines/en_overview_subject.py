"""An English overview's subject as a reader would name it, and the scene its lead shows: the
steps `overview_titles.py` runs on an English article only, kept apart so that a Chinese brief
never imports the thirty English modules they call (~20 ms of every cold start).
"""

from __future__ import annotations

from itertools import islice

from citebrief.model import Document
from citebrief.text.en_compared_names import compared_subject
from citebrief.text.en_described_name import described_name
from citebrief.text.en_lead_kind_subject import kind_subject
from citebrief.text.en_lead_subject import lead_subject
from citebrief.text.en_match_title import match_title
from citebrief.text.en_name_rank import past_rank
from citebrief.text.en_overview_after_deed import after_deed
from citebrief.text.en_overview_aside import past_aside
from citebrief.text.en_overview_bullet_name import bullet_name
from citebrief.text.en_overview_change import overview_change
from citebrief.text.en_overview_commentary import commentary_match
from citebrief.text.en_overview_deed import overview_event
from citebrief.text.en_overview_feat import feat_deed
from citebrief.text.en_overview_finding import finding_pair
from citebrief.text.en_overview_fixture import fixture_event
from citebrief.text.en_overview_found import found_instead
from citebrief.text.en_overview_gloss import past_gloss
from citebrief.text.en_overview_happening import counted_lead
from citebrief.text.en_overview_holding import holder_count
from citebrief.text.en_overview_kin_lead import kin_lead
from citebrief.text.en_overview_kind import kind_event, lead_kind_deed
from citebrief.text.en_overview_late_deed import late_deed
from citebrief.text.en_overview_match_talk import match_talk
from citebrief.text.en_overview_minor import past_minor_name
from citebrief.text.en_overview_named import named_kind
from citebrief.text.en_overview_opener import lead_opener
from citebrief.text.en_overview_owned import overview_owned
from citebrief.text.en_overview_pair import overview_pair
from citebrief.text.en_overview_passing import passing_subject
from citebrief.text.en_overview_phrase import overview_phrase
from citebrief.text.en_overview_place import past_where
from citebrief.text.en_overview_pronoun_deed import pronoun_deed
from citebrief.text.en_overview_result_lead import result_lead
from citebrief.text.en_overview_roundup import roundup_subject
from citebrief.text.en_overview_said import overview_said
from citebrief.text.en_overview_scene import lead_scene
from citebrief.text.en_overview_shown import shown_thing
from citebrief.text.en_overview_sides import match_sides
from citebrief.text.en_overview_title import overview_plain
from citebrief.text.en_reports import unglued
from citebrief.text.en_surname_title import overview_family, overview_full_name
from citebrief.text.en_title_choice import bare_name
from citebrief.text.en_title_detail import overview_subject
from citebrief.text.en_title_time import untimed_subject

LEAD_NAME_SENTENCES = 2  # an English lead's subject is named in its first sentence or its second


def lead_named(subject: str, document: Document, lead: list[str], texts: list[str], used: set[str]) -> str:
    """Whom an English lead is about ("Rickie Fowler", not "Legion of Fans"), past where it
    happens; `lead` is the lead's sentences as `overview_titles._lead_once` gives them."""
    # the second sentence where the first names no one ("The 99th qualifier ... Paul Casey was")
    sentences = [t.text for s in document.segments for t in s.sentences]
    opening = sentences[:LEAD_NAME_SENTENCES]
    # "Exclusion Zone", not "Afternoon": a time names no theme, so the lead's name before its
    # verb takes its place, else '' leaves it to the phrase spread through the article
    # (`overview_titles`; `en_title_time.untimed_subject`)
    subject = lead_subject(opening, texts, untimed_subject(subject, texts, sentences))
    # "Gaioz Nigalidze", not "Dubai Open Chess Tournament" he was expelled from; "Cheetah
    # Exhibit", not "Cleveland Metroparks Zoo" where the boy fell into it
    return past_where(subject, lead, texts, "en", used)


def en_scene(subject: str, document: Document, texts: list[str], used: set[str]) -> str:
    """The title an English overview shows: the scene its lead shows, "Push-ups on the Runway",
    not "Jeff Rossen" who filmed them (`en_overview_scene`), else its subject. The name stays the
    subject in `used`, the one the groups are titled beside: a group titled "Pama" would repeat
    who the overview's bullets name, and the groups stand as they were."""
    sentences = (t.text for s in document.segments for t in s.sentences)
    return lead_scene(subject, list(islice(sentences, LEAD_NAME_SENTENCES)), texts, set(used))


def en_subject(subject: str, document: Document, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """An English overview's subject as a reader would have it (each step mends one way a phrase
    misnames what the article is about)."""
    subject = bare_name(subject, texts)  # "Emir Spahic", not "Defender Emir Spahic"
    subject = past_rank(subject)  # "Matthew Boyd", not "Pte Matthew Boyd" (`en_name_rank`)
    # not "Saturday Afternoon", not "Patrick Bradley Ltd.Mr McGurk"
    sentences = [t.text for s in document.segments for t in s.sentences]
    subject = unglued(overview_subject(subject, bullets, texts, sentences), texts, used)
    # "Honeybee", not "Humble Honeybee"; al-Douri, not "Saddam Hussein" whose right-hand man he was
    opening = sentences[:LEAD_NAME_SENTENCES]
    subject = overview_plain(subject, opening, bullets, texts, used)
    # "Charnley", not "Sam Burgess" of "… the most high-profile switch since Sam Burgess' move" (`en_compared_names`)
    subject = compared_subject(subject, sentences, texts, used)
    # "Cockroaches", not "London Borough of Southwark" the article names in passing
    subject = past_minor_name(subject, [*opening[:1], *bullets[:1]], bullets, texts, used)
    # "Russian Spacecraft", not "Russian Federal Space Agency" said only to gloss "Roscosmos" (`en_overview_gloss`)
    subject = past_gloss(subject, opening[0] if opening else "", texts, used)
    # "Floyd Mayweather and Manny Pacquiao", not one of the two the lead names as equals
    subject = overview_pair(subject, opening[0] if opening else "", texts, used)
    subject = overview_full_name(subject, bullets, texts, used)  # "Fawzi al-Odah", not "Odah" (`en_surname_title`)
    # "Douglas Bader's Story", "Tim Sherwood's Sacking", not "Douglas Bader" alone
    subject = overview_event(subject, opening[0] if opening else "", texts, used)
    # "Real Madrid's Champions League Clash with Atletico Madrid", not "Real Madrid" (`en_overview_fixture`)
    subject = fixture_event(subject, opening, used)
    # "Spain's 2-0 Defeat by Holland", not "Del Bosque" who speaks of it (`en_overview_result_lead`)
    subject = result_lead(subject, opening[0] if opening else "", used)
    subject = commentary_match(subject, texts, used)  # "Egypt v Uganda" of "Match ends, Egypt 1, Uganda 0."
    # "Doubling of the Ethnic Minority Population", not the population alone (`en_overview_change`)
    subject = overview_change(subject, opening[0] if opening else "", used)
    # "Juan Mata", not "Manchester United" of the lead's opening "After ..." clause (`en_overview_aside`)
    subject = past_aside(subject, opening[0] if opening else "", texts, used)
    # "Longboarder's Crash", not "Longboarder": a kind the lead writes with what befell it; "Little
    # Girl's Rescue", not "Efforts of the Neighbour": the person the lead opens on by kind (`en_overview_kind`)
    subject = kind_event(lead_kind_deed(subject, opening, texts, used), opening, texts, used)
    # "Firing of Two Transportation Security Administration Screeners", not "TSA Officer" (`en_overview_happening`)
    subject = counted_lead(subject, opening[0] if opening else "", texts, used)
    subject = late_deed(subject, texts, used)  # "Manchester City's Apology", where no other deed is
    # "Latham's Bronze Medal", "Clarkson's St Mirren Debut": a player's feat, where no deed is (`en_overview_feat`)
    subject = feat_deed(subject, texts, used)
    # "Barry Pring's Death", not "Pring": the full name the lead bullet opens on (`en_overview_bullet_name`)
    subject = bullet_name(subject, bullets, texts, used)
    # "Syria's Chemical Weapons", not "Syria": the phrase of the lead the article repeats (`en_overview_phrase`)
    subject = overview_phrase(subject, bullets, texts, used)
    # "David Cameron on High Taxes", not "David Cameron": what the lead says he spoke of (`en_overview_said`)
    subject = overview_said(subject, opening[0] if opening else "", texts, used)
    # "Tim Sherwood on Relegation Rivals QPR": the match a quote story's lead names (`en_overview_match_talk`)
    subject = match_talk(subject, opening[0] if opening else "", texts, used)
    # "Ronnie O'Sullivan's Rude Gesture": "after making a rude gesture" (`en_overview_after_deed`)
    subject = after_deed(subject, opening[:2], used)
    subject = kin_lead(subject, opening[0] if opening else "", used)  # "Sofia Vergara's Ex-fiance"
    # "Hillary Clinton's Twitter Followers": whose count the lead says it is (`en_overview_holding`)
    subject = holder_count(subject, opening[0] if opening else "", used)
    subject = finding_pair(subject, sentences, used)  # "Physical Activity and Grey Matter" (`en_overview_finding`)
    # "Uber Driver", not "Everardo Custodio" the lead never names (`en_lead_kind_subject`)
    subject = kind_subject(subject, opening[0] if opening else "", texts, used)
    # "Florida Woman", not "Oral Sex" the lead writes of what she did (`en_overview_opener`)
    subject = lead_opener(subject, opening[0] if opening else "", texts, used)
    subject = overview_family(subject, texts, used)  # "Gaver Family", not "Gaver" (`en_surname_title`)
    subject = named_kind(subject, texts, used)  # "Men Named Nigel", not "Nigel" of a poll of names
    subject = shown_thing(subject, sentences, used)  # "Interspecies Friendship", not "Chihuahua" (`en_overview_shown`)
    # "900-year-old Mummy", not "Murder Victim" a cleaner feared it was (`en_overview_found`)
    subject = found_instead(subject, opening[0] if opening else "", used)
    # "Football League", not "Rotherham" of a roundup's permutations (`en_overview_roundup`)
    subject = roundup_subject(subject, opening[0] if opening else "", texts, used)
    # "Selby", not "Xiao Guodong" he beat: the person the bullets name, not one in passing (`en_overview_passing`)
    passed = passing_subject(subject, bullets, texts, used)
    if passed != subject:  # "Selby's Victory": the deed of the one the bullets name, read as for the first
        passed = feat_deed(late_deed(passed, texts, used), texts, used)
    subject = passed
    # "Ireland v Afghanistan", not "William Porterfield" of one innings (`en_overview_sides`)
    subject = match_sides(subject, texts, used)
    # "England v Pakistan", not "England" of a lead that names the winner "The hosts" (`en_match_title`)
    subject = match_title(subject, opening, texts, used)
    # "Buttler's New Deal", not "Buttler": what of theirs the lead bullet is about, where no step
    # before found more (last: the name may come from `passing_subject`; `en_overview_owned`)
    subject = overview_owned(subject, bullets, texts, used)
    # "Timothy Geaney's Removal": "He has now been removed" of the lead's chain (`en_overview_pronoun_deed`)
    subject = pronoun_deed(subject, sentences, texts, used)
    # "Many Clouds", not "Irish-bred Horse" of "The … Irish-bred horse collapsed" (`en_described_name`)
    return described_name(subject, opening[0] if opening else "", sentences, used)
