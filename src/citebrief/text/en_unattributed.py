"""English sentences that are someone's words with no one named as saying them: a quotation's
middle or last sentence ("'He is your typical 11-year-old lad.", "I just need to keep working
harder.", "'The reverse comes in the cup."). News quotes a speaker over several sentences and
names them once; picked alone under a title, such a line reads as the writer's own claim or as
dialogue from nowhere, and says less than the reported facts around it. A group passes it over
when it has enough other sentences to pick from (as `en_weak.strong_first` passes over bare ones);
a group left with nothing else, under a title that does not name the speaker, is not kept
(`speakerless_group`, read by `engines.cited_groups`).

A story told in the first person (a column, a diary, an interview written up as a monologue) has
its writer speak in every sentence: there "I" and "we" name the teller, and only quotation marks
say that the words are someone else's (`first_person_story`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from citebrief.text.anaphora import names_speaker, pronoun_speaker, speakerless_quote, whole_quote
from citebrief.text.brief_memo import per_brief
from citebrief.text.en_glued_quotes import glued_line, speaks_of_others
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.quote_fragments import ANY_MARK as _ANY_MARK
from citebrief.text.quote_fragments import closes_unopened, inside_open_quote

# a first-person opening, after a quotation mark or none ("I was just thinking", "'We have managed")
_FIRST_PERSON = LazyPattern(
    r"[‘'\"“]?(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|We|We're|We’re|We've|We’ve|We'd|We’d|We'll|We’ll"
    r"|My|Our|Me|Us)\b"
)
_QUOTE_MARKS = "'‘\"“"
FIRST_PERSON_STORY = 0.25  # a story with more of its sentences opening on "I"/"we" is told so


def opens_first_person(text: str) -> bool:
    """A sentence that opens on "I", "we", "my", "our", inside a quotation mark or not."""
    return _FIRST_PERSON.match(text) is not None


def writers_own(text: str, middle: bool, most_words: int, quote_mark: LazyPattern) -> bool:
    """`text` is the writer's own short sentence, a fact a bullet may state bare: at most
    `most_words` words, not inside a quotation (`middle`), no `quote_mark`, no "I"/"we" opening."""
    return (
        len(text.split()) <= most_words
        and not middle
        and quote_mark.search(text) is None
        and not opens_first_person(text)
    )


def first_person_story(texts: Sequence[str]) -> bool:
    """Whether the writer tells the story in the first person: more than a quarter of its sentences
    open on "I"/"we"/"my"/"our" with no quotation mark before them."""
    told = sum(1 for t in texts if t[:1] not in _QUOTE_MARKS and opens_first_person(t))
    return told > FIRST_PERSON_STORY * len(texts)


MOST_QUOTED_SENTENCES = 4  # a run of unmarked sentences this long after an opened quote is the writer's again
# an amount a quotation may be read for: "£5 billion", "125,000 homes", "63%", "half a million"
_AMOUNT = LazyPattern(
    r"[£$€]\s?\d|\d(?:[.,]\d+)?\s?(?:%|per ?cent\b|million\b|billion\b|bn\b)|\b\d{1,3}(?:,\d{3})+\b"
    r"|\b(?:million|billion)\b"
)
_DIGIT = LazyPattern(r"\d")


def _gives_amount(text: str) -> bool:
    """`_AMOUNT` is in the text. Each of its forms holds a digit or "million"/"billion": a text
    with neither (two in three sentences) is not searched (the search costs ~35 µs a sentence)."""
    return ("illion" in text or _DIGIT.search(text) is not None) and _AMOUNT.search(text) is not None


def inside_quotation(sentences: Sequence[str], *, glued: bool = True) -> list[bool]:
    """For each sentence, whether it is the middle of a quotation: it has no quotation mark and
    follows a sentence that opened one and left it open (`quote_fragments.inside_open_quote`), or
    another such middle sentence ("‘In my judgement … | The best I can do is … | I have no
    choice."), up to `MOST_QUOTED_SENTENCES` of them; where `glued` (a story not told in the first
    person), also a first-person paragraph whose opening mark BBC text glued to the sentence
    before (`en_glued_quotes`), and the run after it up to a sentence that speaks of others as
    "they"/"he"/"she" with no "I"/"we" (`en_glued_quotes.speaks_of_others`, en-xsum 7)."""
    inside: list[bool] = []
    run = 0
    from_glue = False  # the run began at a glued line: it stops at a sentence speaking of others
    for i, text in enumerate(sentences):
        before = sentences[i - 1] if i else ""
        if i and inside_open_quote(before, text):
            run, from_glue = 1, False
        elif i and glued and glued_line(before, text, before_quoted=bool(inside and inside[-1])):
            run, from_glue = 1, True  # a quotation's next paragraph, its opening mark glued to the one before
        elif (
            run
            and run < MOST_QUOTED_SENTENCES
            and not _ANY_MARK.search(text)
            and not (from_glue and speaks_of_others(text))
        ):
            run += 1
        else:
            run = 0
        inside.append(run > 0)
    return inside


@per_brief(4)
def quote_reading(sentences: tuple[str, ...]) -> tuple[bool, list[bool]]:
    """Whether "I"/"we" is someone quoted rather than the writer (`first_person_story`), and which
    sentences are a quotation's middle (`inside_quotation`): read once a brief, for its theme
    groups and its overview alike. A paragraph of quoted words whose opening mark BBC text glued
    to the sentence before (`en_glued_quotes`) is the speaker's, not the writer's telling; but a
    story read as told in the first person, all its sentences counted, stays so (en-xsum 14)."""
    plain = inside_quotation(sentences, glued=False)
    if first_person_story(sentences):
        return False, plain  # glued lines do not overturn the teller's "I" (`en_glued_quotes`)
    glued = inside_quotation(sentences)
    # a glued paragraph's "I" is the quoted speaker's, not the writer's: not counted for the story
    told = [text for text, was, now in zip(sentences, plain, glued, strict=True) if was or not now]
    others_speak = not first_person_story(told)
    return others_speak, glued if others_speak else plain


@per_brief(maxsize=4096)  # the theme groups, the overview and the loners ask of the same bullets
def unattributed(text: str, quoted: bool, *, first_person: bool = True) -> bool:
    """`text` (as the bullet says it) is someone's words that it names no speaker for: a quotation
    with no speaker or only "she said" (`anaphora`), one whole quotation whatever verb of saying it
    holds (the speaker's own: '"That was the cladding that we asked for."', `anaphora.whole_quote`),
    the end of a quotation opened before it (`quote_fragments`), its middle (`quoted`: it starts
    inside one, `inside_quotation`), or, where `first_person`, a line spoken as "I"/"we" with no
    "X said" ("I missed the World Cup in 2006 when I felt in my heart I should have gone."). One
    that gives an amount ("'We will build … over half a million new homes.") is no mere line of
    talk: a pledge or a price is news."""
    if (names_speaker(text) and not pronoun_speaker(text) and not whole_quote(text)) or _gives_amount(text):
        return False  # whose words they are is said, or they give an amount worth quoting
    if quoted or whole_quote(text) or speakerless_quote(text) or pronoun_speaker(text) or closes_unopened(text):
        return True
    return first_person and opens_first_person(text)


def attributed_first(
    candidates: list[int], texts: list[str], quoted: list[bool], want: int, *, first_person: bool
) -> list[int]:
    """`candidates` (indices into `texts`, the bullets) without the unattributed ones (`quoted`:
    whether each sentence is a quotation's middle; `first_person`: whether "I"/"we" is someone
    else's, not the writer's), where `want` others remain to pick from: a group that is one long
    quotation picks among its lines as before (cutting their choice short loses its facts:
    "'We are facing … Chelsea, City and Arsenal" for "Each game is a final")."""
    kept = [i for i in candidates if not unattributed(texts[i], quoted[i], first_person=first_person)]
    return kept if len(kept) >= want else candidates


def speakerless_group(bullets: Sequence[str], *, first_person: bool) -> bool:
    """Whether every one of a group's `bullets` (two or more, as they read) is someone's words it
    names no speaker for (`unattributed`): no bullet says who speaks, and the title over them
    cannot ("Joe": '"I said: 'Yes, I do a great deal'."', '"Joe was on the set everyday."', …).
    Readers take such a group for quotes without context; the brief says more without it."""
    return len(bullets) >= 2 and all(unattributed(text, False, first_person=first_person) for text in bullets)


TITLE_SPEAKER_ON = " on "  # "Ancelotti on Set-pieces": a speaker's title (`en_title_role`), "X on Y"


def title_speaker(title: str, sentences: Sequence[str]) -> bool:
    """Whether a group title names who speaks ("Ancelotti on Set-pieces"): it reads "X on Y" and
    the article writes X as a name, capitalised in the middle of a sentence ("… and Ancelotti
    admits …"), not a thing ("Ban on Smoking": "a ban")."""
    speaker, on, _ = title.partition(TITLE_SPEAKER_ON)
    if not on or not speaker:
        return False
    named = re.compile(rf"\w[,;]? {re.escape(speaker)}\b")
    return any(named.search(text) for text in sentences)
