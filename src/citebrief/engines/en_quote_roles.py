"""An English bullet that is a line of a quotation whose speaker the article gives by a role or a
heading, not by a name: the bullet opens on that role or name in square brackets, as
`en_quote_owners` opens one on a named speaker ("[The education secretary said:] \"I have now asked
Ofsted …\"").

`en_quote_owners` reads a speaker's name (`en_actors.named`) and stops at a sentence of saying it
cannot name, rightly: a wrong speaker is worse than none. But BBC text gives many speakers without
a name, and blind readers met their words as no one's: by a role after the quotation ("'…,' said
the middle distance runner. | 'I go back to university next week. | I've got a week off …'"), by
a role before its colon ("… the company said: \"As always …"), by a role reporting what it said
right before the quotation opens ("The education secretary has now said she intends to go
further. | \"I have now asked Ofsted …\"") or by a heading of a pundit's words, a caption of a
role and a name and nothing more ("Former Liverpool and Spurs midfielder Danny Murphy on Match of
the Day | \"I couldn't believe …"). Each is the speaker as surely as a name: the quotation's own
sentence gives it, or the sentence right before its opening mark. The walk back from the line to
that sentence is `en_quote_owners`' reach: lines of the same quotation and captions only, any
other sentence of saying stops it. Where a bullet before it in the group already says the role
or the name, the group says who, save for a heading's name that is a person's
(`en_actors.is_person`): each line is read alone and is labelled again, as `en_quote_owners`
labels a named person's (readers met "'There's a lack of pace …'" under "[Danny Murphy said:] '…'"
as no one's words, en-xsum 112). A page that glued a quotation's paragraphs leaves a middle line
unmarked between a line opening a mark and the next reopening one (`_glued_middle`); the walk
goes over it to a heading only, as marks alone say it is a line.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from citebrief.engines.en_quote_follows import goes_on, wholly_quoted
from citebrief.engines.en_quote_owners import (
    MOST_BACK,
    MOST_LINES,
    MOST_SPOKEN_BACK,
    MOST_SPOKEN_LINES,
    speakerless_quotation,
)
from citebrief.engines.scored import Scored
from citebrief.model import Point
from citebrief.text.data_files import rows_by_kind
from citebrief.text.en_actors import is_person, key
from citebrief.text.en_chunks import word_classes
from citebrief.text.en_quote_reading import speaks
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speaker_label import labelled
from citebrief.text.speech_verbs_en import TablePattern, alternation

# a role: "the" and up to four lower-case words ("the middle distance runner", "the company")
_ROLE = r"(?P<who>[Tt]he(?:\s[a-z][a-z-]*){1,4}?)"
# the role after a quotation's closing mark: "'…,' said the middle distance runner.", "'…,' the club said."
_SAID_ROLE = TablePattern(lambda: rf"[,!?]['’\"”]\s+(?:{alternation('quoted')})\s+{_ROLE}[.!]?\s*$")
_ROLE_SAID = TablePattern(lambda: rf"[,!?]['’\"”]\s+{_ROLE}\s+(?:{alternation('quoted')})[.!]?\s*$")
# the role before the colon opening a quotation: "… the company said: \"As always …"
_ROLE_BEFORE = TablePattern(lambda: rf"(?:^|[\s,]){_ROLE}\s+(?:{alternation('quoted')})\b[^'‘\"“:]{{0,40}}:\s*['‘\"“]")
# a role opening a sentence that reports its words, no quotation in it: "The education secretary
# has now said she intends to go further."
_ROLE_REPORTS = TablePattern(
    lambda: rf"^{_ROLE}\s+(?:(?:has|have|had)\s+)?(?:now\s+|also\s+)?(?:{alternation('quoted')})\b[^'‘’\"“”]*$"
)
# a heading of someone's words (`_heading_name`): a role of three lower-case words at most, a name of two
# to four capitalised words and perhaps where they said it ("Former Liverpool and Spurs midfielder
# Danny Murphy on Match of the Day", "Six-time Olympic gold medallist Sir Chris Hoy"); a caption
# telling what someone did has more ("Neil was playing with fellow countryman … Sandy Lyle")
_HEADING_WORDS = LazyPattern(r"^[A-Z\d][\w'’-]*(?:\s[\w'’-]+){2,16}$")
_WHERE_SAID = LazyPattern(r"^(?:on|for|to)$")
MOST_ROLE_WORDS = 3  # lower-case words of a heading's role, at most
_SAYS = TablePattern(lambda: rf"\b{alternation('quoted')}\b")
# a He or She opening a sentence of saying and the quotation: "She wrote in the comment section …: '…"
_PRONOUN_SAYS = TablePattern(lambda: rf"^\s*(?:He|She)\s+(?:{alternation('quoted')})\b[^'‘\"“:]{{0,80}}:\s*['‘\"“]")
# the role the writer gives a claim to: "According to the video maker, who is believed to live in Canada, …"
_ACCORDING_ROLE = LazyPattern(rf"^\s*According to {_ROLE},")
# a quotation mark opening words quoted in a bullet (not an apostrophe)
_QUOTE_OPENS = LazyPattern(r"(?:^|[\s:(\]])['‘\"“]")
_OPENS_QUOTE = LazyPattern(r"^\s*['‘\"“]")
_DOUBLE_MARK = LazyPattern(r"[\"“”]")
_CLOSES = LazyPattern(r"[.!?…,]['’\"”]\s*$")


def named_role_quotation_en(
    scored: Scored, i: int, text: str, points: Sequence[Point], middles: Sequence[bool]
) -> tuple[str, int] | None:
    """`text`, the bullet of sentence `i`, opening on the role or heading's name that gives its
    quotation's speaker (module doc), and that sentence's paragraph; `middles` as
    `en_quote_owners.named_quotation_en` reads them. None where the bullet names its speaker or is
    no quotation's line, the group's bullets before it (`points`) say the role or name, or no
    role or heading gives the speaker."""
    line = speakerless_quotation(scored, i, text, middles)
    if line is None:
        return None
    i, texts, quoted = line
    found = _giver_before(scored, texts, quoted, i)
    if found is None:
        return None
    who, at = found
    said = (key(who) if who[:1].isupper() else who).casefold()  # a heading's name by its surname
    if any(said in point.text.casefold() and _says(point.text) for point in points) and not is_person(who, texts):
        return None  # the group says who; a person's name is said again, each line read alone (module doc)
    return labelled(who[:1].upper() + who[1:], text), scored.units[at].paragraph


def _giver_before(scored: Scored, texts: Sequence[str], quoted: Sequence[bool], i: int) -> tuple[str, int] | None:
    """The role or heading's name giving the speaker of the quotation sentence `i` is a line of,
    and the sentence giving it: walking back over that quotation's lines and captions, as far as
    `en_quote_owners` reaches (further where the line reopens the quotation on a mark or speaks
    as I, we or you); None at any other sentence first."""
    usable = frozenset(scored.usable)
    paragraph = scored.units[i].paragraph
    spoken = _OPENS_QUOTE.match(texts[i]) is not None or speaks(texts[i])
    most_lines, most_back = (MOST_SPOKEN_LINES, MOST_SPOKEN_BACK) if spoken else (MOST_LINES, MOST_BACK)
    lines = 0
    glued = False
    for back in range(i - 1, max(i - most_back, 0) - 1, -1):
        sentence = texts[back].strip()
        if not spoken and scored.units[back].paragraph < paragraph - 1:
            return None
        opened = _OPENS_QUOTE.match(texts[back + 1]) is not None  # the quotation opens right after it
        if back not in usable:
            heading = _heading_name(sentence) if opened and not _SAYS.search(sentence) else None
            if heading is not None:
                return heading, back
            continue  # a caption: no speaker of its own, no line of the quotation
        role = _SAID_ROLE.search(sentence) or _ROLE_SAID.search(sentence) or _ROLE_BEFORE.search(sentence)
        role = role or (_ROLE_REPORTS.match(sentence) if opened else None)
        if role is not None:
            return None if glued else (role.group("who"), back)
        middle = spoken and not quoted[back] and lines < most_lines and not _SAYS.search(sentence)
        if middle and _glued_middle(texts, back):
            glued = True  # only a heading's name ends this walk: the middle is read on marks alone
            lines += 1
            continue
        if _SAYS.search(sentence) and not wholly_quoted(sentence):
            # "She wrote …: '…" right after the writer gave a claim to a role: that role's words
            # (else a speaker this does not read: `en_quote_owners`' or no one's)
            return _pronoun_role(scored, texts, back) if _PRONOUN_SAYS.match(sentence) and not glued else None
        if not (quoted[back] or goes_on(sentence) or _OPENS_QUOTE.match(sentence)) or lines == most_lines:
            return None  # the writer's own sentence between: the quotation is not one run
        lines += 1
    return None


def _pronoun_role(scored: Scored, texts: Sequence[str], at: int) -> tuple[str, int] | None:
    """The role that the He or She opening sentence `at`'s quotation stands for: the one the
    writer's sentence right before (past captions) gives a claim to ("According to the video
    maker, …") or reports saying ("The club said …"); None where it gives none."""
    usable = frozenset(scored.usable)
    before = next((k for k in range(at - 1, -1, -1) if k in usable), None)
    if before is None:
        return None
    role = _ACCORDING_ROLE.match(texts[before]) or _ROLE_REPORTS.match(texts[before].strip())
    return (role.group("who"), before) if role is not None else None


def _says(text: str) -> bool:
    """Whether bullet `text` says someone's words (a verb of saying, or a quotation mark): one naming
    the role at something else ("The video maker … can be heard laughing") leaves the line after it
    no one's (`en_quote_owners.group_says` reads a name so)."""
    return _SAYS.search(text) is not None or _QUOTE_OPENS.search(text) is not None


def _glued_middle(texts: Sequence[str], at: int) -> bool:
    """Sentence `at` is an unmarked middle line of a quotation that goes on over paragraphs: the
    line before opens a mark and closes none, it has no double mark, the line after opens one.
    A page that glued the paragraphs ('… a three."It was so unlike …') hands the closing mark to
    the next line's opening, so the reading of quoted lines took it for the writer's own."""
    if at == 0 or at + 1 >= len(texts) or _DOUBLE_MARK.search(texts[at]):
        return False
    before = texts[at - 1].strip()
    opened = _DOUBLE_MARK.match(before) is not None and not _CLOSES.search(before)
    return opened and len(_DOUBLE_MARK.findall(before)) == 1 and _OPENS_QUOTE.match(texts[at + 1]) is not None


def _heading_name(sentence: str) -> str | None:
    """The name a heading of someone's words gives (`_HEADING_WORDS`): the capitalised words after
    its role's last lower-case word, before an "on"/"for"/"to" saying where; None for no heading.
    The role's words are a role's: the last a head (`data/en_role_words.tsv`) or a noun, each other
    lower-case word a noun or adjective or joining two capitalised words ("Liverpool and Spurs"),
    so no photo caption ("Pictured with his wife …") is read as one."""
    if not _HEADING_WORDS.match(sentence):
        return None
    words = sentence.split()
    where = (k for k in range(2, len(words) - 1) if _WHERE_SAID.match(words[k]) and words[k + 1][:1].isupper())
    cut = next(where, None)
    words = words[:cut] if cut is not None else words
    lower = [k for k, word in enumerate(words) if not word[:1].isupper() and not word[:1].isdigit()]
    if not lower or len(lower) > MOST_ROLE_WORDS:
        return None
    *modifiers, head = lower
    if not (words[head] in _role_heads() or "NOUN" in word_classes(words[head])):
        return None
    if not all(_role_word(words, k) for k in modifiers):
        return None
    name = words[head + 1 :]
    return " ".join(name) if 2 <= len(name) <= 4 else None


def _role_word(words: Sequence[str], k: int) -> bool:
    """The lower-case word at `k` of a heading's role is a role's: a noun or adjective ("gold"), or
    a word joining two capitalised words ("Liverpool and Spurs")."""
    if {"NOUN", "ADJ"} & word_classes(words[k]) and "AUX" not in word_classes(words[k]):
        return True
    return 0 < k < len(words) - 1 and words[k - 1][:1].isupper() and words[k + 1][:1].isupper()


@cache
def _role_heads() -> frozenset[str]:
    """The words a role before a whole name ends on (`data/en_role_words.tsv`)."""
    return frozenset(rows_by_kind("en_role_words.tsv")["head"])
