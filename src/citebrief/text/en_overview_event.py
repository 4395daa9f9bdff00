"""An English overview titled by a name alone says who, not what happened: blind readers mark
"Key points: Britt McHenry" over her tirade and suspension, "Key points: Douglas Bader" over
the film of his story. Where the article's opening paragraphs write the name's possessive before
a noun of what happened to or by it (`data/en_named_events.tsv`: "Douglas Bader's story",
"Benzema's absence", "Kevin Sinfield's 500th appearance"), that phrase, as written, is the subject:
the name and its event at once. The earliest such phrase stands (the lead's is what the article
is about); the full name's form where the article writes it so or it stays five words at most
("B.B. King's dehydration" of "King's dehydration"), else the surname's; with what a
bid or an appearance is for ("Christie's bid for president"), and a run or claims only with what
they are of ("Eugenie Bouchard's run of poor form").
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_chunks import word_classes
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.name_places import name_then
from citebrief.text.titles import on_word_boundaries, swapped_title

LEAD_PARAGRAPHS = 4  # where the article says what happened
MAX_TITLE_WORDS = 5  # an overview's title says what the article is about in five words at most
MAX_MODIFIERS = 2  # words between the possessive and the event's noun ("500th", "volunteering")
NAME_WORD = LazyPattern(r"^[^\W\d_a-z][\w.'’-]*$")
# a name's lower-case particle inside it, alone or joined to the capital after it ("Vicente del
# Bosque", "Izzat Ibrahim al-Douri"): the name is a person's all the same
_PARTICLE_WORD = LazyPattern(
    r"^(?:(?:de|del|della|van|von|der|den|da|di|du|le|la|bin|ibn|al|el)"
    r"|(?:al|el|ad|as|ash|bin|ibn)-[^\W\d_a-z][\w'’-]*)$"
)
_WORD = LazyPattern(r"[a-z0-9][a-z0-9-]*")
_TAIL = r"[a-z0-9][a-z0-9-]*(?:\s[a-z0-9][a-z0-9-]*){0,%d}"


@cache
def event_nouns() -> dict[str, bool]:
    """Each noun of what happened, and whether it stands only with its "of" (`data/en_named_events.tsv`)."""
    rows = [line.split("\t") for line in data_lines("en_named_events.tsv")]
    return {row[0].strip(): len(row) > 1 and row[1].strip() == "of" for row in rows}


# the possessive and up to `MAX_MODIFIERS` words after it, right after a name (`name_then`)
_OWNED = LazyPattern(rf"['’]s\s({_TAIL % MAX_MODIFIERS})(?![\w'’-])")


def _may_own(name: str, paragraph: str) -> bool:
    """Whether the paragraph writes the name's last word before "'s" or "’s", as each place
    `name_then` finds does: most paragraphs are passed over on this one test."""
    last = name.rsplit(maxsplit=1)[-1]
    return f"{last}'s" in paragraph or f"{last}’s" in paragraph


# what a bid or an appearance is for, one word ("Christie's bid for president", "Kevin Sinfield's
# 500th appearance for Leeds"): without it "Christie's Bid" says little
_FOR = LazyPattern(r"\sfor\s([A-Za-z][\w-]*)(?![\w'’-])")
_NOT_AIMS = frozenset({"the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "this", "that", "more"})


# or "a" and up to three words that end on a noun ("quest for a fifth Masters title")
_FOR_A = LazyPattern(r"\sfor\s(an?)((?:\s[A-Za-z0-9][\w-]*){1,3})(?![\w'’-])")


def aim(paragraph: str, end: int, *, one_word: bool = True) -> str:
    """' for WORD' (or ' for a ... NOUN') where the paragraph says it right after the event's
    noun; ''. Not one word where `one_word` is false: after a verb's event, a word alone is
    what the deed was for ("conviction for assaulting"), not what it aims at."""
    match = _FOR.match(paragraph, end) if one_word else None
    if match and match.group(1).lower() not in _NOT_AIMS:
        return " for " + match.group(1)
    article = _FOR_A.match(paragraph, end)
    if not article:
        return ""
    words = article.group(2).split()
    while words and ("NOUN" not in word_classes(words[-1].lower()) or words[-1].lower() in _NOT_AIMS):
        words.pop()
    return f" for {article.group(1)} {' '.join(words)}" if words else ""


# what a run or a claim is of: one or two lower-case words after "of" ("of poor form")
_OF = LazyPattern(r"\sof\s([a-z][a-z-]*)(?:\s([a-z][a-z-]*))?(?![\w'’-])")


def _of(paragraph: str, end: int) -> str:
    """' of WORDS' right after the noun, ending on the last that may be a noun ("of poor form",
    not "of poor"; "of sleepwalking", not "of sleepwalking and"); '' where there is none."""
    match = _OF.match(paragraph, end)
    if not match or match.group(1) in _NOT_AIMS:
        return ""
    words = [w for w in match.groups() if w]
    while words and ("NOUN" not in word_classes(words[-1]) or words[-1] in _NOT_AIMS):
        words.pop()
    return " of " + " ".join(words) if words else ""


def _fuller_reads(fuller: str, texts: list[str]) -> bool:
    """Whether the event takes the full name the lead gives the surname ("B.B. King's
    dehydration", "Emma Jackson's ordeal"): where the article writes it so, or where it stays
    short enough for a title (`MAX_TITLE_WORDS`). Blind readers read "King's Dehydration" as a
    monarch's and "Jackson's Ordeal" as anyone's; the overview has no other words to say who."""
    return len(fuller.split()) <= MAX_TITLE_WORDS or any(on_word_boundaries(fuller, t, "en") for t in texts)


def name_words(words: list[str]) -> bool:
    """Whether `words` are a name's: each capitalized, but for a particle after the first
    ("Izzat Ibrahim al-Douri", "Vicente del Bosque"; not "del Bosque" alone, nor "van")."""
    if not words or not NAME_WORD.match(words[0]):
        return False
    inside = all(NAME_WORD.match(w) or _PARTICLE_WORD.match(w) for w in words[1:])
    return inside and bool(NAME_WORD.match(words[-1]) or "-" in words[-1])


def named_event(subject: str, lead: str, texts: list[str], used: set[str]) -> str:
    """The overview's name `subject` with what happened to it, as the opening paragraphs of
    `texts` write it (see the module's note), where the `lead` sentence names it (the article is
    about it, not about one who speaks of its "mansion tax plans"); else `subject`. `used`
    holds the one that stands."""
    words = subject.split()
    if not name_words(words) or subject.endswith(("’", "'")):
        return subject
    if not on_word_boundaries(words[-1], lead, "en"):
        return subject
    forms = [subject] if len(words) == 1 else [subject, words[-1]]
    found: tuple[int, int, str] | None = None
    events = event_nouns()
    for k, paragraph in enumerate(texts[:LEAD_PARAGRAPHS]):
        for form in forms:
            if not _may_own(form, paragraph):
                continue
            for start, match in name_then(form, paragraph, _OWNED.compiled()):
                ends = [m for m in _WORD.finditer(match.group(1)) if m.group(0) in events]
                if not ends:
                    continue
                end = match.start(1) + ends[0].end()  # the first noun of what happened ends it
                if events[ends[0].group(0)]:  # "run" only as a "run of poor form"
                    complement = _of(paragraph, end)
                    if not complement:
                        continue
                else:
                    complement = aim(paragraph, end)
                phrase = paragraph[start:end] + complement
                if form != subject:  # "Bader's story" where the article also writes "Douglas Bader's story"
                    fuller = subject + phrase[len(form) :]
                    phrase = fuller if _fuller_reads(fuller, texts) else phrase
                place = (k, start)
                if found is None or place < found[:2]:
                    found = (*place, phrase)
    if found is None:
        return subject
    return swapped_title(subject, found[2], used)
