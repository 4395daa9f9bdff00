"""An English group of one speaker's quotes, titled by a noun lifted from one quotation
("Objective", "Set-pieces" over Ancelotti's words, en-cnndm 39; "Verge of Interruption" over
Durdevac's, 136): blind readers of en-cnndm briefs score such a title low, a word of someone's
speech, not whose words the group is nor what about. An editor titles the run by its speaker and
the topic the quotes share: "Ancelotti on the Champions League", "Durdevac on the Match".

The title is not vague (`en_title_quote_run` retitles those) and a lifted one: no possessive (a
person's fate, "Bale's Return", names its theme), no " on ", and one bullet exactly says its
words, inside the speaker's quotation (a bullet of words only, as `en_title_quote_run` reads one).

The group is one speaker's words: every bullet is words only ("'…'", "…, he said", a sentence
inside a quotation opened before it, in its passage or, where its passage opens with no mark, the
passage before whose last mark opens one; or "Name said: '…'"), and every bullet but `MAX_OTHERS`
is the speaker's: its actor, or the last person the article names as speaking before it
(`en_title_quote_run.last_person_before`), or, for words with neither, the speaker of the bullet
before it in the run; two bullets at least.

The topic: a chunk (`en_chunks`) two bullets or more say inside the quotation, not the speaker's
name nor a general word ("people", "time"; "the match" is one), a name or a noun the paragraphs
write with "the" (not "first minute"), the most bullets first, then the longer ("Champions League"
before "Atletico"), then the one the article writes most; as the paragraphs write it ("the
Champions League"); else, where every bullet is words, a one-word plural title as the text writes
it ("Ancelotti on Set-pieces"; not "Robinson on Pornographic Site", en-cnndm 69); else, there,
whose words the run is, by the given name and surname a bullet names the speaker with (not a "Mr"):
"David Robinson", the judge whose sentencing remarks en-cnndm 69's group quotes, where blind readers
took "Pornographic Site" of one quotation for a keyword (en-cnndm and en-xsum 0-199: the one change).
Grounded as `en_title_said`'s (`en_overview_said.said_grounded`), the speaker's
name read in the `BACK_PARAGRAPHS` passages before the group's first too (`run_grounded`: Ancelotti
is named in en-cnndm 39's passage 1, his run goes on through 3-6), and only where no other title
holds it; the lifted title stays in `used`.

Left: a speaker whose surname the article writes after two forms, a given name and a title ("James
Creag", "Mrs Creag": "Creag on James" of a mother's words of her son, en-cnndm 66 as the benches cut
it); a topic name their kin bears. Read and left (en-cnndm, en-xsum 0-199): a group with one bullet of
narration (Moffat's quotes and a survey's finding, en-cnndm 64; "The council announced …" beside
Dunn's words, en-xsum 68: `en_title_quote_run` reads some narration as words, so every bullet must be
words); a title the writer narrates ("struggling on the professional tour", en-cnndm 81); vague titles
(`en_title_quote_run`'s: "Finals", "Bigger Picture", whose speakers the cited passages do not name).
The benches' cut of en-cnndm 133 gives "Pre-season" → "Mata on the Season".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from citebrief.text.en_actors import person_key
from citebrief.text.en_chunks import en_chunks, generic_en
from citebrief.text.en_overview_said import ON, said_grounded
from citebrief.text.en_title_choice import families
from citebrief.text.en_title_cover import HONORIFICS
from citebrief.text.en_title_quote_run import OPENING_QUOTE, bullet_owner, last_person_before, last_speaker_in
from citebrief.text.en_title_quoted import narrated
from citebrief.text.en_title_vague import vague_title
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.name_places import written_lower
from citebrief.text.titles import display_title, free_of, on_word_boundaries

MIN_BULLETS = 2  # bullets of the speaker's, at least
MAX_OTHERS = 1  # bullets not the speaker's, at most
MIN_SAYERS = 2  # bullets that say a shared topic, at least
MAX_TOPIC_WORDS = 4
BACK_PARAGRAPHS = 3  # before the group's first, where its speaker may be named
_POSSESSIVE = ("'s ", "’s ")
_EVENTS = frozenset({"match"})  # general alone, but "the match" a speaker dwells on is what they speak of
_OPEN_MARKS = ("'", "‘", '"', "“")
_SURNAME = LazyPattern(r"[A-Z][\w'’-]+")  # a speaker's surname, one word


def lifted_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title`, or "Surname on Topic" where it is a noun lifted from one quotation of a group of one
    speaker's words (see the module's note); `used` gains it."""
    if not _lifted(title, bullets) or vague_title(title, group_texts):
        return title  # a vague one is `en_title_quote_run`'s
    article = [*all_texts, *bullets]
    readings: list[tuple[str, bool]] = []
    for at in range(len(bullets)):  # read in turn: a bullet that is no one's words ends it (`run_speaker`)
        read = reading(bullets, at, all_texts, article)
        if not read[1]:
            return title
        readings.append(read)
    said = [(b, words) for b, (_, words) in zip(bullets, readings, strict=True) if says(b, title)]
    if any(not quoted_in(title, b, words) for b, words in said):
        return title  # the title is the writer's word ("struggling on the professional tour"), not a quotation's
    speaker = run_speaker(bullets, readings, all_texts, article)
    if not speaker:
        return title
    spoken = [(b, words) for b, (_, words) in zip(bullets, readings, strict=True) if words]
    topic = shared_topic(speaker, spoken, group_texts, all_texts)
    if not topic and len(spoken) == len(bullets):  # a run of quotes only: whose words, and the word lifted
        topic = _plural(title, group_texts)
        if not topic:  # whose words alone ("David Robinson", not "Pornographic Site")
            return _whose(speaker, bullets, used) or title
    if not topic:
        return title
    phrase = f"{speaker}{ON}{topic}"
    if not run_grounded(phrase, group_texts, all_texts) or not free_of(phrase, used - {title.casefold()}):
        return title
    used.add(phrase.casefold())  # the lifted title stays guarded too
    return display_title(phrase, "en")


def _whose(speaker: str, bullets: list[str], used: set[str]) -> str:
    """The speaker by the given name and surname a bullet names them with ("District Judge David
    Robinson said:" → "David Robinson"), free of the other titles; ''."""
    if not _SURNAME.fullmatch(speaker):
        return ""
    # a capitalized word just before the speaker's surname, the surname a whole word
    given_name = re.compile(rf"(?<![\w'’-])(?=([A-Z][a-z]+) {re.escape(speaker)}(?![\w'’-]))")
    for bullet in bullets:
        for found in given_name.finditer(bullet):
            name = f"{found.group(1)} {speaker}"
            if found.group(1).lower() not in HONORIFICS and free_of(name, used):
                used.add(name.casefold())
                return name
    return ""


def _lifted(title: str, bullets: list[str]) -> bool:
    """A title one bullet exactly says, no possessive and no speaker's " on "."""
    if not title or len(bullets) < MIN_BULLETS or ON in title or any(p in title + " " for p in _POSSESSIVE):
        return False
    return sum(says(b, title) for b in bullets) == 1


def quoted_in(title: str, bullet: str, words: bool) -> bool:
    """The bullet says the title inside someone's words: within its quotation marks, or, with no
    mark of its own, as a sentence of a quotation opened before it."""
    if bullet.startswith(_OPEN_MARKS) or not OPENING_QUOTE.search(bullet):
        return words  # a quotation's sentence: `narrated` would read "people’s" as its close
    return not narrated(title, [bullet])


def reading(bullets: list[str], at: int, all_texts: list[str], article: list[str]) -> tuple[str, bool]:
    """Whose the bullet is and whether it is someone's words (`bullet_owner`); a bullet that names
    its speaker before their quotation ("Prudential pensions specialist Clare Moffat said: '…'")
    is theirs and words."""
    owner, words = bullet_owner(bullets, at, all_texts, article)
    bullet = bullets[at]
    opening = OPENING_QUOTE.search(bullet)
    if not words and opening:
        named = last_speaker_in(bullet[: opening.start()], all_texts, article)
        if named and owner in ("", named):
            return named, True
    return owner, words


def run_grounded(phrase: str, group_texts: list[str], all_texts: list[str]) -> bool:
    """`said_grounded`, the name read in the paragraphs before the group's first one too: a run of
    quotes goes on past the paragraph that names its speaker ("Ancelotti said: 'What can I say …")."""
    first = next((k for k, t in enumerate(all_texts) if t in group_texts), 0)
    return said_grounded(phrase, group_texts) or (
        said_grounded(phrase, [*all_texts[max(0, first - BACK_PARAGRAPHS) : first], *group_texts])
        and any(on_word_boundaries(phrase.partition(ON)[2], t, "en") for t in group_texts)
    )


def says(bullet: str, title: str) -> bool:
    """The bullet says the title, as written or its words in any form ("Objective" of "Our objective")."""
    words = families(title)
    return on_word_boundaries(title, bullet, "en") or (bool(words) and words <= families(bullet))


def run_speaker(bullets: list[str], readings: list[tuple[str, bool]], all_texts: list[str], article: list[str]) -> str:
    """The one person whose words every bullet but `MAX_OTHERS` is, every bullet someone's words
    (see the module's note); ''."""
    if not all(words for _, words in readings):
        return ""
    owners: list[str] = []
    for bullet, (owner, _words) in zip(bullets, readings, strict=True):
        run_on = owners[-1] if owners else ""
        owners.append(owner or last_person_before(bullet, all_texts, article) or run_on)  # all are words
    named = Counter(o for o in owners if o).most_common(2)
    if not named or (len(named) > 1 and named[0][1] == named[1][1]):
        return ""
    speaker, mine = named[0]
    if mine < MIN_BULLETS or len(bullets) - mine > MAX_OTHERS or " " in speaker or _family(speaker, all_texts):
        return ""
    return speaker if person_key(speaker, article) == speaker else ""


def _family(speaker: str, all_texts: list[str]) -> bool:
    """The article writes the surname after two forms or more, a given name and a title ("James
    Creag", "Mrs Creag": a son and his mother): "Creag on …" would not say which of them speaks."""
    before = re.compile(rf"\b([A-Z][a-z]+)\.? {re.escape(speaker)}\b")
    forms = {m.group(1).lower() for t in all_texts for m in before.finditer(t)}
    given = {f for f in forms if f not in HONORIFICS and not written_lower(f, all_texts)}
    return bool(given) and len(given | (forms & HONORIFICS)) > 1


def shared_topic(speaker: str, spoken: Sequence[tuple[str, bool]], group_texts: list[str], all_texts: list[str]) -> str:
    """The chunk most of the speaker's bullets say inside their words, `MIN_SAYERS` at least (see
    the module's note; not "the game" of "published … the day after the game"), as the paragraphs
    write it; ''."""
    bullets = [b for b, _ in spoken]
    forms: dict[str, str] = {}
    for bullet in bullets:
        for chunk in en_chunks(bullet):
            words = chunk.text.split()
            if len(words) > MAX_TOPIC_WORDS or " of " in chunk.text or speaker in words:
                continue
            if len(words) == 1 and generic_en(words[0]) and words[0].lower() not in _EVENTS:
                continue
            forms.setdefault(chunk.text.casefold(), chunk.text)
    counts = {k: sum(says(b, k) and quoted_in(k, b, words) for b, words in spoken) for k in forms}
    ranked = [k for k, n in counts.items() if n >= MIN_SAYERS]
    if not ranked:
        return ""
    joined = "\n".join(all_texts).casefold()
    written = {k: as_written(forms[k], group_texts) for k in ranked}
    ranked = [k for k in ranked if definite(written[k]) and not kin(forms[k], speaker, all_texts)]
    if not ranked:
        return ""
    best = max(ranked, key=lambda k: (counts[k], len(k.split()), joined.count(k)))
    return written[best]


def kin(name: str, speaker: str, all_texts: list[str]) -> bool:
    """The name is one of the speaker's family, the article writing it before their surname ("James"
    of "James Creag", whom his mother Mrs Creag speaks of: "Creag on James" reads as one person)."""
    if not name[:1].isupper():
        return False
    bears = re.compile(rf"\b{re.escape(name)}\s(?:[A-Z][\w'’.-]*\s)?{re.escape(speaker)}\b")
    return any(bears.search(t) for t in all_texts)


def definite(phrase: str) -> bool:
    """A name, or a noun the paragraphs write with "the" ("the match"): a thing, not a passing
    "first minute"."""
    return phrase.startswith("the ") or phrase[:1].isupper()


def _plural(title: str, group_texts: list[str]) -> str:
    """The title as the paragraphs write it, bare, where it is one plural word ("set-pieces"): a
    thing the speaker names, not a figure of their speech ("Pornographic Site", "Objective"); ''."""
    if " " in title or not title.endswith("s") or title.endswith("ss"):
        return ""
    written = as_written(title, group_texts)
    return written if written and not written.startswith("the ") else ""


def as_written(phrase: str, group_texts: list[str]) -> str:
    """The phrase as the paragraphs write it, with its "the" where they write one ("the Champions
    League", "set-pieces"); ''."""
    found = re.compile(rf"(?<![\w'’-])((?:the )?){re.escape(phrase)}(?![\w'’-])", re.IGNORECASE)
    places = [m for t in group_texts for m in found.finditer(t)]
    if not places:
        return ""
    best = max(places, key=lambda m: m.group(1).lower() == "the ")
    the = "the " if best.group(1) else ""
    return the + best.group(0)[len(best.group(1)) :]
