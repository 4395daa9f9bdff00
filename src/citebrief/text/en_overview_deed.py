"""An English overview titled by a name alone, where the article writes what happened to the
name only as a verb or after "his"/"her": blind readers gain from "Tim Sherwood's Sacking" over
"Tim Sherwood", as they did from "Benzema's Absence" (`en_overview_event.py`, the possessive as
written). Nine forms, each only where the deed is the name's own, in the opening paragraphs:

- a passive or active verb right after the name (or its appositive, ", 26,") whose noun a
  headline would use (`data/en_named_deeds.tsv`: "has been sacked" → "sacking", "died" →
  "death"); nothing between the auxiliary and the verb, so "was not arrested", "was reportedly
  killed" and "could be banned" stay as they are;
- "suffered"/"sustained"/"has been hit with" a noun of what happened (`data/en_named_events.tsv`):
  "Wayne Rooney suffered a knee injury" → "Wayne Rooney's knee injury", "Montenegro have been
  hit with a stadium ban" → "Montenegro's stadium ban";
- "his"/"her" before such a noun, later in the sentence that names the subject, with no
  capitalised word between (another person whose "his" it may be): "Bradley Neil admitted ...
  after missing the cut on his Masters debut" → "Bradley Neil's Masters debut".

- a court's verdict with the name as its object: "jurors found Dzhokhar Tsarnaev guilty" →
  "Dzhokhar Tsarnaev's conviction" ("not guilty" → "acquittal"); "murdered" and what the victim
  was, before the name: "murdered Australian baseball player Chris Lane" → "Chris Lane's murder".
- a lead that opens on the person by kind, with such a verb, where the very next sentence opens
  on the name: "A 78-year-old Connecticut man ... was arrested on Friday ... Robert Gentile
  appeared in federal court" → "Robert Gentile's arrest" (`kind_deed`); and its reverse, a lead
  that names the person before the next sentence opens on "The man"/"The woman" with such a verb:
  "... Nazrul ... was the man who raped ... The man ... was arrested" → "Nazrul's arrest"
  (`next_kind_deed`, read last).
- what the name set out to do or scored, as the noun phrase written after a verb of starting or
  scoring (`data/en_named_launches.tsv`): "Barry Beavis launched a legal bid to overturn his
  fine" → "Barry Beavis's legal bid", "Aritz Aduriz scored a 90th minute equaliser" → "Aritz
  Aduriz's 90th minute equaliser"; or "plans to" and a short infinitive phrase, the verb read as
  its plural noun as written: "Tom Ballard plans to climb K2, 20 years after" → "Tom Ballard's
  plans to climb K2".
- what the news gives a name that is no verb's subject, an award it is presented with or a move
  waiting for it (`en_overview_given.py`): "present AP McCoy with his ... champion jockeys
  trophy" → "AP McCoy's champion jockeys trophy".
- a caption's passive deed after "who" with no comma, the name's own clause ("Asylum seeker
  Jafar Adeli who was arrested at a bus station") → "Jafar Adeli's arrest"; with a comma the
  clause tells what came before the news, as the appositive's note says.

A deed the paragraph dates to a year, a month or a last season is what came before the news
("It was only when Mason pleaded guilty in September that ..."). The full name's form first,
then the surname's; of each, the earliest place stands. A lead that opens on the person by kind
and writes its deed (`kind_deed`) comes first of all: "A veteran Georgia middle school teacher has
been removed from the classroom" is the news ("Nancy Perry's removal"), "her behavior" two
paragraphs on is why.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_dated import DATED
from citebrief.text.en_kind_mishaps import mishap_grounded
from citebrief.text.en_overview_change import change_grounded
from citebrief.text.en_overview_event import LEAD_PARAGRAPHS, aim, event_nouns, name_words, named_event
from citebrief.text.en_overview_feat import feat_grounded
from citebrief.text.en_overview_given import given_at
from citebrief.text.en_overview_happening import happening_grounded
from citebrief.text.en_overview_late_deed import late_grounded
from citebrief.text.en_overview_phrase import country_grounded
from citebrief.text.en_overview_said import said_grounded
from citebrief.text.en_title_background import career_grounded
from citebrief.text.en_title_epithet_owner import epithet_grounded
from citebrief.text.en_title_fixture import fixtures_grounded
from citebrief.text.en_title_match import match_grounded
from citebrief.text.en_title_reaction import reaction_grounded
from citebrief.text.en_title_speakers import speakers_grounded
from citebrief.text.en_work_names import work_grounded
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.name_places import name_at, name_spans
from citebrief.text.name_spellings import one_letter_apart
from citebrief.text.patterns import strip_standard_lead
from citebrief.text.titles import on_word_boundaries

# "Brock Guzman, 8, was", "Boente (pictured) was", "Brianne Altice, 35, pictured in court on
# Wednesday, pleaded", "Keith Anthony Allen, 27, of Columbus pleaded", "Kayahan, one of Turkey's
# best-loved singers and songwriters, died"; not "Allen, who was jailed": a relative
# clause tells what came before the news ("Mason, who was jailed ..., has said he will pay back")
_APPOSITIVE = r"(?:\s\([^()]{1,30}\))?(?:(?:,\s[^,.;:!?]{1,60}){1,2},)?(?:\sof\s[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)?"
# a year after the event dates it to before the news ("Casey finished sixth on his Masters debut
# in 2004": `en_dated.py`); another name's word right before the surname is another person
# ("Tamerlan Tsarnaev")
_NAME_BEFORE = LazyPattern(r"[A-Z][\w'’-]*\s$")
# a word in the gap before "his"/"her" that sets the event before the news ("after previously being
# placed in isolation because of his grave illness")
_BACKSTORY = re.compile(r"\b(?:previously|formerly|once|earlier|ago)\b")
_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "Sir", "Lord", "Lady"})
# "now" between "has" and "been" dates the deed to the news ("He has now been removed")
_PASSIVE_AUX = r"(?:was|were|(?:has|have|had)(?:\snow)?\sbeen)"
# a word between the auxiliary and the verb that dates it to the news, not a hedge ("reportedly")
# or a past ("previously"): "Giggs was then banned from driving", "Allen was today jailed"
_NEWS_ADVERB = r"(?:\s(?:today|yesterday|tonight|then|finally|later))?"
_MODIFIER = r"[\w-]+"
# what befell the name as "suffered" does: "Montenegro have been hit with a stadium ban"
_HIT_WITH = r"(?:(?:has|have|had)\sbeen\s|(?:was|were)\s)?hit\swith"
# between the name and its "his"/"her": no capital (no other person), no sentence's end
_GAP = r"[^A-Z.!?;:\"“”]{1,120}?"


@cache
def named_deeds() -> tuple[dict[str, str], dict[str, str]]:
    """The passive participles and the active verbs, each with its noun (`data/en_named_deeds.tsv`)."""
    passive: dict[str, str] = {}
    active: dict[str, str] = {}
    for line in data_lines("en_named_deeds.tsv"):
        verb, noun, voice = (cell.strip() for cell in line.split("\t"))
        if voice not in ("said", "group"):  # a saying is no deed an overview names ("Bradley Neil's Admission")
            (passive if voice == "passive" else active)[verb] = noun
    return passive, active


@cache
def group_deeds() -> dict[str, str]:
    """The passives of `data/en_named_deeds.tsv` read only for a theme group's title ("substituted"
    → "substitution", `en_title_done_to.py`), each with its noun: no overview's news."""
    rows = (line.split("\t") for line in data_lines("en_named_deeds.tsv"))
    return {verb.strip(): noun.strip() for verb, noun, voice in rows if voice.strip() == "group"}


@cache
def said_deeds() -> dict[str, str]:
    """The verbs of saying of `data/en_named_deeds.tsv` ("warned"), each with its noun ("warning"):
    a group of one person's words is titled by them (`en_group_deed.py`), the overview is not."""
    rows = (line.split("\t") for line in data_lines("en_named_deeds.tsv"))
    return {verb.strip(): noun.strip() for verb, noun, voice in rows if voice.strip() == "said"}


def _alternation(words: list[str]) -> str:
    return "|".join(r"\s".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


# the kinds of `_tails()`, in its order: the first three are `deed_at`'s, the first two `_kind_verb`'s
PASSIVE, ACTIVE, SUFFERED, OWNED, LAUNCHED, PLANS, WHO_PASSIVE = range(7)
# words that end a "plans to" phrase before them: what follows says when, where or why
_PLAN_END = (
    r"(?=[,.;:!?]|$|\s(?:at|in|on|for|after|before|and|but|with|from|by|as|when|while|if|because"
    r"|this|next|despite|amid|so|to|than|since)\b)"
)


@cache
def _undertakings() -> tuple[str, str]:
    """The nouns of what a person starts and of what a player scores (`data/en_named_launches.tsv`),
    each as one alternation."""
    rows = [line.split("\t") for line in data_lines("en_named_launches.tsv")]
    starts = [noun.strip() for noun, verbs in rows if verbs.strip() == "start"]
    scores = [noun.strip() for noun, verbs in rows if verbs.strip() == "score"]
    return _alternation(starts), _alternation(scores)


@cache
def _tails() -> tuple[re.Pattern[str], ...]:
    """What may follow the name, one pattern a kind (`PASSIVE` ... `WHO_PASSIVE`): a passive verb;
    an active verb; "suffered" an event; "his"/"her" an event; "launched" a bid; "plans to" do;
    "who" and a passive verb. Compiled once, not per name: their word lists are long."""
    passive, active = named_deeds()
    events = _alternation([noun for noun, needs_of in event_nouns().items() if not needs_of])
    end = r"(?![\w'’-])"
    # not "fired up", "killed off"; not "turned himself into police", a surrender written as one word
    verb_end = end + r"(?!\s(?:up|off)\b)(?!(?<=into)\s(?:the\s)?(?:police|authorities|custody)\b)"
    passives = _alternation(list(passive))
    starts, scores = _undertakings()
    return (
        re.compile(rf"{_APPOSITIVE}\s{_PASSIVE_AUX}{_NEWS_ADVERB}\s({passives}){verb_end}"),
        re.compile(rf"{_APPOSITIVE}\s(?:(?:has|have|had)\s)?({_alternation(list(active))}){verb_end}"),
        re.compile(
            rf"{_APPOSITIVE}\s(?:suffered|sustained|{_HIT_WITH})\san?\s((?:{_MODIFIER}\s){{0,2}}(?:{events})){end}"
        ),
        re.compile(rf"{_GAP}\b(?:his|her)\s((?:{_MODIFIER}\s)?(?:{events})){end}"),
        re.compile(
            rf"{_APPOSITIVE}\s(?:(?:has|have|had)\s)?(?:(?:launched|lodged|mounted|began|begun|started)"
            rf"\s(?:an?|his|her)\s((?:{_MODIFIER}\s){{0,2}}(?:{starts}))"
            rf"|(?:scored|netted|grabbed)\s(?:an?|his|her)\s((?:{_MODIFIER}\s){{0,2}}(?:{scores}))){end}"
        ),
        re.compile(rf"{_APPOSITIVE}\s(plans\sto\s[a-z]+(?:\s[\w-]+){{0,3}}?){_PLAN_END}"),
        re.compile(rf"\swho\s{_PASSIVE_AUX}\s({passives}){verb_end}"),
    )


def _alone(paragraph: str, start: int, match: re.Match[str], kind: int, one_word: bool, given: str = "") -> bool:
    """Whether `match` is the news about the name itself: a one-word form not the end of
    another's name ("Prisoner Carlos Boente" is his, "Tamerlan Tsarnaev" not Dzhokhar's, but
    "Liana Barrientos" is Lianna's: a `given` name spelt one letter apart), not an event the
    paragraph dates to a year or a last season, not a "his"/"her" one it sets before the news."""
    if _anothers(paragraph, start, one_word, given) or DATED.match(paragraph, match.end()):
        return False
    return kind != OWNED or not _BACKSTORY.search(match.group(0))


def _anothers(paragraph: str, start: int, one_word: bool, given: str) -> bool:
    """Whether a one-word name at `start` ends another's name: a capitalised word right before it,
    no honorific nor the `given` name spelt one letter apart (see `_alone`)."""
    before = _NAME_BEFORE.search(paragraph, max(0, start - 30), start) if one_word else None
    if before is None:
        return False
    word = before.group(0).strip()
    return word not in _HONORIFICS and not one_letter_apart(word, given)


# a jury's or a court's verdict, written with the name as its object: "jurors found Dzhokhar
# Tsarnaev guilty on Wednesday" → "conviction"; not where "not" or a date to before the news follows
_FOUND = re.compile(r"\b(?:found|finds|find)\s$")
_GUILTY = re.compile(r"\s(not\s)?guilty\b")


def _verdict(paragraph: str, named: tuple[int, int]) -> str:
    """'conviction' or 'acquittal' where the paragraph says the court found the name (its
    `named` span) (not) guilty, undated (`DATED`); else ''."""
    start, end = named
    guilty = _GUILTY.match(paragraph, end)
    if not guilty or not _FOUND.search(paragraph, max(0, start - 7), start):
        return ""
    if DATED.match(paragraph, guilty.end()):
        return ""
    return "acquittal" if guilty.group(1) else "conviction"


# the victim named after "murdered" and up to four words of what they were ("The family of murdered
# Australian baseball player Chris Lane broke down in court"): the murder is what the news is about
# ("late" is left out: "the late actor Peter O'Toole" is about his last film, not his death)
# ("He murdered a man before Jo Smith arrived": no function word between, only what the victim was)
_MURDERED = LazyPattern(
    r"\bmurdered\s(?:(?!(?:a|an|the|and|or|but|before|after|in|on|at|by|as|when|while|to|of|with|for|from"
    r"|his|her|their|its)\s)[\w'’-]+\s){0,4}$",
    re.IGNORECASE,
)


def _murdered(paragraph: str, named: tuple[int, int]) -> str:
    """'murder' where "murdered" and a few words stand right before the name (its `named`
    span), undated; else ''."""
    start, end = named
    if not _MURDERED.search(paragraph, max(0, start - 60), start):
        return ""
    return "" if DATED.match(paragraph, end) else "murder"


def _first_deed(name: str, texts: list[str], given: str = "") -> str:
    """What happened to `name` as the opening paragraphs first write it (see the module's note);
    ''. `given`: the given name of a surname `name`, which the article may spell otherwise."""
    passive, active = named_deeds()
    one_word = " " not in name
    for paragraph in texts[:LEAD_PARAGRAPHS]:  # in order, and the name's places in order: the earliest
        for named in name_spans(name, paragraph):  # `str.find`: no pattern compiled per name
            verdict = _verdict(paragraph, named) or _murdered(paragraph, named)
            if not verdict and not _anothers(paragraph, named[0], one_word, given):
                verdict = given_at(paragraph, named)  # "present AP McCoy with his ... trophy"
            if verdict:
                return verdict
            for kind, tail in enumerate(_tails()):
                match = tail.match(paragraph, named[1])
                if match is None or not _alone(paragraph, named[0], match, kind, one_word, given):
                    continue
                verb = re.sub(r"\s+", " ", match.group(match.lastindex or 1))
                if kind in (PASSIVE, WHO_PASSIVE):
                    return passive[verb]
                if kind == ACTIVE:
                    return active[verb]
                if kind == PLANS:  # "plans to climb K2", as written
                    return verb
                return verb + aim(paragraph, match.end(), one_word=False)  # "his quest for a fifth Masters title"
    return ""


def deed_at(sentence: str, start: int, end: int) -> str:
    """The noun of what `sentence` writes happened to the name it writes from `start` to `end`,
    right after it (a deed verb of `data/en_named_deeds.tsv` or "suffered" an event: the first
    three forms of the module's note, not "his"/"her" an event, whose owner a group's bullet
    leaves unsure); '' where none. The caller has found the name: no pattern compiled for it."""
    passive, active = named_deeds()
    one_word = " " not in sentence[start:end]
    for kind, tail in enumerate(_tails()[: SUFFERED + 1]):
        match = tail.match(sentence, end)
        if match is None or not _alone(sentence, start, match, kind, one_word):
            continue
        verb = re.sub(r"\s+", " ", match.group(1))
        return passive[verb] if kind == PASSIVE else active[verb] if kind == ACTIVE else verb
    return ""


def deed_verbs(noun: str) -> list[str]:
    """The verbs of `data/en_named_deeds.tsv` whose noun is `noun` ("sacked" for "sacking")."""
    passive, active = named_deeds()
    tables = (passive, active, said_deeds(), group_deeds())
    return [verb for table in tables for verb, of in table.items() if of == noun.casefold()]


@cache
def deed_words() -> frozenset[str]:
    """Every word a deed of `deed_at` may be written with: a bullet without one has none."""
    passive, active = named_deeds()
    return frozenset(w for verb in (*passive, *active, "suffered", "sustained") for w in verb.split())


def overview_event(subject: str, lead: str, texts: list[str], used: set[str]) -> str:
    """`named_event`'s possessive as written (where the `lead` sentence names the subject), else
    the noun of what the opening writes the name did or underwent; else `subject`. The deed needs
    no lead that names it: the name as its verb's own subject says the article is about it, and
    many leads name the person only by a description ("A serving prisoner has been jailed")."""
    named = named_event(subject, lead, texts, used)
    if named != subject:
        return named
    words = subject.split()
    if not name_words(words) or subject.endswith(("’", "'")):
        return subject
    # the lead's own deed first: a person by kind "has been removed from the classroom" is the
    # news, "her behavior" two paragraphs on is why
    deed = kind_deed(subject, lead, texts, used)
    deed = deed if deed != subject else named_deed(subject, texts, used)
    return deed if deed != subject else next_kind_deed(subject, lead, texts, used)


# a lead that opens on a person by kind ("A 78-year-old Connecticut man with a long criminal
# history"), its verb within so many words; no clause of its own before it ("A pub landlord who
# was convicted of drink driving ... has vowed"), no list ("and"), no comma
_KIND_LEAD = re.compile(r"(?:A|An)\s[\w-]+\s")
MAX_KIND_WORDS = 15
_CLAUSE_WORDS = frozenset(
    {"who", "whom", "whose", "which", "that", "after", "when", "before", "because", "as", "and", "or", "but", "if"}
)
MAX_NAMING_GAP = 3  # characters between the lead and the next sentence's name (a space, a quote)


def kind_deed(subject: str, lead: str, texts: list[str], used: set[str]) -> str:
    """`subject`'s name with the noun of the `lead`'s verb, where the lead opens on a person by
    kind and the very next sentence opens on the name: "A 78-year-old Connecticut man with a
    long criminal history was arrested on Friday ... Robert Gentile appeared in federal court" →
    "Robert Gentile's arrest". News describes the one the story is about first and names them in
    the sentence after (`en_lead_kind.py`); else `subject`."""
    paragraph = texts[0] if texts else ""
    at = paragraph.find(lead)
    if not subject or not _KIND_LEAD.match(lead) or at < 0:
        return subject
    after = paragraph[at + len(lead) : at + len(lead) + MAX_NAMING_GAP + len(subject)].lstrip(" '‘\"“")
    forms = {subject, subject.rsplit(maxsplit=1)[-1]}
    if not any(name_at(form, after) >= 0 for form in forms):
        return subject
    noun = _kind_verb(lead)
    if not noun:
        return subject
    phrase = f"{subject}'s {noun}"
    used.add(phrase.casefold())
    return phrase


# the next sentence's opening that takes up the person the lead names ("The man, allegedly a
# Bangladeshi citizen, was arrested"); its deed follows as `_tails` reads it after a name
_NEXT_KIND = re.compile(r"The\s(?:man|woman)(?![\w'’-])")


def next_kind_deed(subject: str, lead: str, texts: list[str], used: set[str]) -> str:
    """`subject`'s name with the noun of the deed the sentence right after the `lead` writes of
    "The man"/"The woman", where the lead names the subject: "The police allege Jo Smith was
    the man who stole the car. The man was arrested at a station" → "Jo Smith's arrest". The
    reverse of `kind_deed`: news names the one the story is about, then calls them by kind;
    else `subject`."""
    paragraph = texts[0] if texts else ""
    at = paragraph.find(lead)
    if not subject or not lead or at < 0 or next(name_spans(subject, lead), None) is None:
        return subject
    after = paragraph[at + len(lead) :].lstrip(" '‘\"“")
    opening = _NEXT_KIND.match(after)
    if opening is None:
        return subject
    passive, active = named_deeds()
    for kind, tail in enumerate(_tails()[: ACTIVE + 1]):
        match = tail.match(after, opening.end())
        if match and not DATED.match(after, match.end()):
            verb = re.sub(r"\s+", " ", match.group(1))
            phrase = f"{subject}'s {passive[verb] if kind == PASSIVE else active[verb]}"
            used.add(phrase.casefold())
            return phrase
    return subject


def _kind_verb(lead: str) -> str:
    """The noun of the first verb of `data/en_named_deeds.tsv` the lead writes right after its
    description of a person (see `kind_deed`), undated; ''."""
    passive, active = named_deeds()
    for count, gap in enumerate(re.finditer(r"\s", lead)):
        before = lead[: gap.start()]
        if count >= MAX_KIND_WORDS or "," in before or set(before.lower().split()) & _CLAUSE_WORDS:
            return ""
        for kind, tail in enumerate(_tails()[: ACTIVE + 1]):
            match = tail.match(lead, gap.start())
            if match and not match.group(0).startswith(",") and not DATED.match(lead, match.end()):
                verb = re.sub(r"\s+", " ", match.group(1))
                return passive[verb] if kind == PASSIVE else active[verb]
    return ""


def named_deed(subject: str, texts: list[str], used: set[str]) -> str:
    """`subject`'s name with what happened to it, as a noun (see the module's note); else
    `subject`. The full name's form, or the surname's where the article writes only that after
    it; `used` gains the phrase and keeps the name: a group titled "Mr Docherty" under "Stephen
    John Docherty's Guilty Plea" repeats the overview."""
    words = subject.split()
    forms = [subject] if len(words) == 1 else [subject, words[-1]]
    for form in forms:
        noun = _first_deed(form, texts, words[-2] if form != subject else "")
        if noun:
            phrase = f"{subject}'s {noun}"
            used.add(phrase.casefold())
            return phrase
    return subject


def grounded(subject: str, texts: list[str]) -> bool:
    """Whether an overview subject this module may have made ("Tim Sherwood's sacking") stands on
    the article's words: its name as written, and what follows either as written ("knee injury")
    or as a verb of `data/en_named_deeds.tsv` whose noun it is ("sacked" for "sacking"). For
    `bench/brief_checks.py`, whose titles must otherwise be written in their group's text."""
    # a lead glued to a share bar ("…Copy this linkBarry Pring, 47, was killed"), read past it as its
    # bullet is (`en_overview_bullet_name`): "Barry Pring", "Barry Pring's Death"
    past = [p for t in texts if (p := strip_standard_lead(t)) != t]
    if any(on_word_boundaries(subject, p, "en") for p in past):
        return True
    texts = [*texts, *past]
    if change_grounded(subject, texts):  # "Doubling of the Ethnic Minority Population" (`en_overview_change`)
        return True
    if reaction_grounded(subject, texts) or career_grounded(subject, texts):  # "X's Career" (`en_title_background`)
        return True
    if fixtures_grounded(subject, texts) or match_grounded(subject, texts):  # "Saturday's Fixtures", "A v B"
        return True
    if happening_grounded(subject, texts) or said_grounded(subject, texts):  # "Terrorism Charges"; "X on High Taxes"
        return True
    if work_grounded(subject, texts):  # "'Wil Can Fly' Photo Series" of "a photo series called 'Wil Can Fly'"
        return True
    if speakers_grounded(subject, texts):  # "Crosby and Mills" of their quotes (`en_title_speakers`)
        return True
    if country_grounded(subject, texts):  # "Russian Doping" of Russia and "doping" (`en_overview_phrase`)
        return True
    if epithet_grounded(subject, texts):  # "Mr Walls' Pictures" of "the father-of-three's pictures"
        return True
    name, _, rest = subject.partition("'s ")
    if not rest or not any(on_word_boundaries(name, t, "en") for t in texts):
        return False
    if any(on_word_boundaries(phrase, t, "en") for phrase in [rest, *deed_verbs(rest)] for t in texts):
        return True
    # "Child Pornography Charges" of "charged with ... child pornography"; "Longboarder's Crash" of "crashing"
    if late_grounded(subject, texts) or mishap_grounded(subject, texts):
        return True
    if feat_grounded(subject, texts):  # "Latham's Bronze Medal" of "emerged ... to take bronze"
        return True
    forms = {name, name.split()[-1]}  # "found Tsarnaev guilty" grounds "Dzhokhar Tsarnaev's Conviction"
    found = (_verdict(t, named) for form in forms for t in texts for named in name_spans(form, t))
    return rest.casefold() in found
