"""An English group title that `en_title_vague` reads as naming no theme ("Magnitude of the
Game", "Finals"), left so by every step, over a group of one person's words that no bullet
attributes: sports reports name the speaker once ("'I think this is the biggest game …,' he
said") and go on quoting for a paragraph or two without another "he said", so
`en_title_said` and `en_title_said_name` find no speaker in the bullets. A reader attributes
such a run to the speaker it opens with, as an editor titles it: "Sherwood on the Biggest Game".

Read of the group's bullets (`group_speaker`): a bullet is its actor's (`en_actors.actor`), or,
where it is only words (a quotation, "he said", a first-person line, a sentence inside a
quotation its paragraph opened before it) or its actor is a role ("The 32-year-old", "The
boss", "The Spaniard"; not "The case", nor an outlet), the last person the article names as
speaking before it ("Gary Bowyer believes", "said:"), within `BACK_CHARS`; one person holds
every bullet but `MAX_OTHERS`, two at least, one of them their words (a group of someone's
deeds, "Pama shielded his face", is no one's words).

The topic, as `en_title_said` reads one first (what a bullet of theirs says they spoke of, or a
quoted sentence's subject: "Hussen on Protesting"), else a phrase of a modifier and a noun the
group's paragraphs repeat (`MIN_REPEATS` times: "the biggest game"), else the vague title as the
writer says it outside the quotation, with its "his"/"the" ("his brilliant blast") or plural
("bigger clubs"; a title lifted from the speaker's words, "Better Outlap", says nothing of
theirs), else the name the bullets say most (`en_title_said_name.spoken_name`). The title is
grounded as `en_title_said`'s (`en_overview_said.said_grounded`) and only where no other title
holds it; the vague title stays in `used`.

A name inside a quotation is no speaker ("Ancelotti said: 'What can I say about Simeone?" made en-cnndm
39's run Simeone's), and a passage that opens on a sentence with no mark of its own, after a passage
whose last mark opens a quotation, is still that quotation (one-block articles are cut mid-quote:
"'Every match presents its own problem. | Every defeat was different.").

Tried and left (en-cnndm 0-199 both views, en-xsum 0-199): the same reading over titles that
are not vague ("Title Race", "Derbies": already a theme, and a run's last name is at times a
team's, "Los Blancos"); a run whose speaker its cited passages never name ("Finals" of Mata,
"Incredible Story"): no grounded title.
"""

from __future__ import annotations

from collections import Counter

from citebrief.text.anaphora import pronoun_speaker, speakerless_quote
from citebrief.text.en_actors import actor, is_person, key, person_key
from citebrief.text.en_chunks import en_chunks, word_classes
from citebrief.text.en_overview_said import ON, said_grounded
from citebrief.text.en_title_possessed import NAME_RUN
from citebrief.text.en_title_quoted import narrated
from citebrief.text.en_title_said import bullets_topic
from citebrief.text.en_title_said_name import spoken_name
from citebrief.text.en_title_vague import vague_title
from citebrief.text.en_unattributed import opens_first_person
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.quote_fragments import closes_unopened
from citebrief.text.speech_verbs_en import TablePattern, alternation
from citebrief.text.titles import display_title, free_of, on_word_boundaries

MIN_BULLETS = 2  # bullets of the speaker's, at least
MAX_OTHERS = 1  # bullets not the speaker's, at most
MIN_REPEATS = 2  # times the group's paragraphs write a repeated topic phrase, at least
OPENING_CHARS = 40  # of a bullet, found in the article
BACK_CHARS = 1200  # read back from a bullet for the last person named
_OPEN_QUOTE = "'‘\"“"
# a person named by a role or an age only: "The 32-year-old", "The boss", "The Spaniard"
_ROLE_ACTOR = LazyPattern(
    r"^The (?:\d+-year-old|Spaniard|German|Italian|Frenchman|Dutchman|Argentine|Brazilian|Portuguese|Belgian"
    r"|Australian|American|Welshman|Scot|Irishman|Englishman|boss|manager|coach|striker|midfielder|defender"
    r"|goalkeeper|winger|forward|player|driver|champion|star|actress|actor|singer)$"
)
# right after a name: an apposition or a bracket at most, then a verb of saying ("Jermain Defoe
# believes", "Tim Sherwood has urged", "Vanessa Lewis, from West Midlands Police, said:"); before
# one: the verb and a role ("said goalkeeping coach Tony Parks")
_SPEAKS_AFTER = TablePattern(
    lambda: (
        rf"(?:,\s[^,.;:'‘’\"“”]{{1,60}},|\s\([a-z]+\))?\s(?:has\s|had\s)?"
        rf"(?:{alternation('source')}|believes|admits|urged|continued|replied|wrote)\b"
    )
)
_SPEAKS_BEFORE = TablePattern(lambda: rf"\b{alternation('source')}\s(?:[A-Za-z][\w'’-]*\s){{0,4}}$")
# a quotation mark that opens (after a space, a bracket or the start; `en_title_lifted` reads it too)
OPENING_QUOTE = LazyPattern(r"(?:^|(?<=[\s(]))['‘\"“](?=\w)")
# the vague title (replaced by a NUL mark) after a possessive or "the" that the text writes before it
_DETERMINED = LazyPattern(r"\b(his|her|their|the)\s\0(?![\w-])")
# a quotation mark that closes (after a word or a stop, before a space, a stop or the end), each
# of two that close a quotation inside another ("I was like, \"Wow!\"' However": both close, so
# "However, …" after them is the writer's again, en-cnndm 59)
_CLOSES = LazyPattern(r"(?:(?<=[\w.,!?])|(?<=[\w.,!?]['’\"”]))['’\"”](?=['’\"”]?(?:[\s,.;:!?)]|$))")


def quote_run_title(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str
) -> str:
    """`title`, or "Surname on Topic" where it is vague and the group is one person's words,
    most of them unattributed (see the module's note); `used` gains it."""
    if not title or len(bullets) < MIN_BULLETS or not vague_title(title, group_texts):
        return title
    article = [*all_texts, *bullets]
    speaker = group_speaker(bullets, all_texts, article)
    if not speaker:
        return title
    topic = _topic(title, speaker, bullets, group_texts, article)
    if not topic:
        return title
    phrase = f"{speaker}{ON}{topic}"
    if not said_grounded(phrase, group_texts) or not free_of(phrase, used - {title.casefold()}):
        return title
    used.add(phrase.casefold())  # the vague title stays guarded too
    return display_title(phrase, "en")


def group_speaker(bullets: list[str], all_texts: list[str], article: list[str]) -> str:
    """The one person (their key) whose words every bullet but `MAX_OTHERS` is, a bullet of words
    only read as the last person named before it; ''."""
    owners = [bullet_owner(bullets, at, all_texts, article) for at in range(len(bullets))]
    named = Counter(o for o, _ in owners if o).most_common(2)
    if not named or (len(named) > 1 and named[0][1] == named[1][1]):
        return ""
    speaker, mine = named[0]
    spoken = any(o == speaker and words for o, words in owners)  # their words, not only their deeds
    return speaker if spoken and mine >= MIN_BULLETS and len(bullets) - mine <= MAX_OTHERS else ""


def bullet_owner(bullets: list[str], at: int, all_texts: list[str], article: list[str]) -> tuple[str, bool]:
    """Whose the bullet is (a key, or ''), and whether it is their words only."""
    bullet = bullets[at]
    words = _words_only(bullet, all_texts)
    named = actor(bullets, at)
    own = person_key(named, article)
    if own:
        return own, words
    if named and not _ROLE_ACTOR.match(named) and not _speakerless(bullet):
        return "", words  # a body or a thing acts or speaks ("the police said")
    if named or words:
        return last_person_before(bullet, all_texts, article), words
    return "", words


def _speakerless(bullet: str) -> bool:
    """A quotation's tail or a first-person line: its opening word is no actor ("Protesting is
    not radical, it is our right.’")."""
    return speakerless_quote(bullet) or closes_unopened(bullet) or opens_first_person(bullet)


def _words_only(bullet: str, all_texts: list[str]) -> bool:
    """The bullet is someone's words with no speaker of its own: a quotation, "'…,' he said", a
    first-person line, or a sentence its paragraph writes inside a quotation opened before it."""
    if bullet[:1] in _OPEN_QUOTE or pronoun_speaker(bullet) or _speakerless(bullet):
        return True
    opening = bullet[:OPENING_CHARS]
    for k, text in enumerate(all_texts):
        at = text.find(opening)
        if at < 0:
            continue
        before = text[:at]
        if OPENING_QUOTE.search(before) or _CLOSES.search(before) or k == 0:
            return _left_open(before)
        # no mark before it: a quotation the passage before opened last and left open runs on
        # ("'Every match presents its own problem. | Every defeat was different.")
        return not OPENING_QUOTE.search(bullet) and _opened_last(all_texts[k - 1])
    return False


def _opened_last(text: str) -> bool:
    """The text's last quotation mark opens a quotation it does not close."""
    opens = [m.start() for m in OPENING_QUOTE.finditer(text)]
    closes = [m.start() for m in _CLOSES.finditer(text)]
    return bool(opens) and opens[-1] > max(closes, default=-1)


def _left_open(text: str) -> bool:
    """The text opens more quotations than it closes: what follows it is still the speaker's words."""
    return len(OPENING_QUOTE.findall(text)) > len(_CLOSES.findall(text))


def last_person_before(bullet: str, all_texts: list[str], article: list[str]) -> str:
    """The key of the last person the article names as speaking before the bullet's words
    (`BACK_CHARS` back at most: "Detective Constable Vanessa Lewis, from West Midlands Police,
    said:", "Gary Bowyer believes"), not one their words name ("Boente's behaviour"); ''."""
    joined = "\n".join(all_texts)
    at = joined.find(bullet[:OPENING_CHARS])
    if at <= 0:
        return ""
    return last_speaker_in(joined[max(0, at - BACK_CHARS) : at], all_texts, article)


def last_speaker_in(window: str, all_texts: list[str], article: list[str]) -> str:
    """The key of the last person `window` names as speaking, outside a quotation; ''."""
    for found in reversed(list(NAME_RUN.finditer(window))):
        name = found.group(1)
        if _left_open(window[window.rfind("\n", 0, found.start()) + 1 : found.start()]):
            continue  # a name inside someone's words ("'What can I say about Simeone?") is no speaker
        speaks = _SPEAKS_AFTER.match(window, found.end()) or _SPEAKS_BEFORE.search(window, 0, found.start())
        if speaks and is_person(name, all_texts):
            return person_key(name, article) or key(name)
    return ""


def _topic(title: str, speaker: str, bullets: list[str], group_texts: list[str], article: list[str]) -> str:
    """What the speaker's words are about (see the module's note); ''."""
    return (
        bullets_topic(speaker, bullets)
        or repeated_phrase(group_texts)
        or narrated_topic(title, bullets, group_texts)
        or spoken_name(speaker, bullets, group_texts, article)
    )


def narrated_topic(title: str, bullets: list[str], group_texts: list[str]) -> str:
    """The vague title as the group's paragraphs write it with its "his", "her", "their" or "the"
    ("his brilliant blast"), or bare where it is plural ("bigger clubs"), where a bullet says it
    in its own words, not inside the speaker's quotation ("Better Outlap" of "'Could I have done a
    better outlap?'" is no topic); ''."""
    if not narrated(title, bullets):
        return ""
    phrase = title.lower()
    for text in group_texts:
        found = _DETERMINED.search(text.lower().replace(phrase, "\0"))
        if found:
            return f"{found.group(1)} {phrase}"
    plural = phrase.endswith("s") and not phrase.endswith("ss")
    return phrase if plural and any(on_word_boundaries(phrase, t.lower(), "en") for t in group_texts) else ""


def repeated_phrase(group_texts: list[str]) -> str:
    """The phrase "the" and a lower-case modifier and noun the paragraphs write `MIN_REPEATS` times or more
    ("the biggest game"), the most written; ''."""
    counts: Counter[str] = Counter()
    for text in group_texts:
        for chunk in en_chunks(text):
            words = chunk.text.split()
            if len(words) == 2 and chunk.text.islower() and "ADJ" in word_classes(words[0]):
                counts[chunk.text] += 1
    ranked = [(n, p) for p, n in counts.items() if n >= MIN_REPEATS]
    if not ranked:
        return ""
    return "the " + max(ranked)[1]
