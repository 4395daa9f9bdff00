"""An English theme bullet that is a line of someone's quotation, its speaker named a little way
back past picture captions and more of the same quotation, says the sentence naming the speaker
instead, where the brief has that sentence nowhere.

CNN/Daily Mail quote a speaker over a run of sentences and name them once, at the run's start,
and the page's picture captions fall between ("His mother Lucy, 32, …, said: 'He loves football
…' | The nine-year-old kicks the ball … (a caption) | ‘Me and my mum just said ‘really?’ and he
went to get the net …"). `en_speaker_swaps.speaker_first` gives the speaker's sentence only where
it stands right before the bullet; past a caption the bullet stays words no one in the brief says,
which en-cnndm readers marked down as "a quote with no speaker". Here such a bullet says the
sentence naming its speaker, found walking back over sentences no bullet may say (captions) and
lines of the same quotation (`en_unattributed.inside_quotation`, `en_quote_follows.goes_on`), at
most `MOST_LINES` of those, within its passage or the one before, no other speaker named between
(`en_quote_follows.speaks_on`); the bullet names no speaker and gives no amount
(`en_unattributed.unattributed`), no bullet says or repeats the speaker's sentence, and the bullet
before it in its group does not name that speaker. Theme groups only: the overview keeps its
chosen points. The brief's bullet count stays the same.
"""

from __future__ import annotations

from citebrief.engines.en_quote_follows import goes_on, own_speaker, speaks_on, without_own_saying
from citebrief.engines.en_speaker_swaps import speaker_key, swap_unless_repeated
from citebrief.engines.scored import Draft, Scored
from citebrief.text.en_unattributed import quote_reading, unattributed
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speech_verbs_en import TablePattern, alternation

MOST_LINES = 2  # lines of the same quotation between the bullet and its speaker's sentence, at most
MOST_BACK = 6  # sentences back, captions included, at most

_OPENS_QUOTE = LazyPattern(r"^\s*['‘\"“]")
# any attribution outside the quotation: "…,' he said", "…,' said the 2014 Amateur champion"
_TAIL_SPEAKER = TablePattern(lambda: rf"[,!?.]['’\"”]\s+(?:\S+\s+){{0,5}}?{alternation('quoted')}\b")
# a sentence that introduces a quotation: "His mother Lucy, 32, of Upminster, said: ‘He loves …"
_INTRODUCES = TablePattern(
    lambda: rf"^(?P<who>[^'‘\"“:]{{2,160}}?)\b{alternation('quoted')}\b[^'‘\"“:]{{0,60}}:\s*['‘\"“]"
)
# capitalised words before a verb of saying that name no one: pronouns, articles, openers, titles
_NOT_NAMES = frozenset(
    {"He", "She", "They", "It", "We", "I", "His", "Her", "Their", "Its", "The", "A", "An", "But", "And"}
    | {"Then", "Now", "Speaking", "Asked", "Mr", "Mrs", "Ms", "Dr"}
)


def speaker_names(sentence: str) -> frozenset[str]:
    """The capitalised words naming the speaker of the quotation `sentence` opens (a verb of
    saying, then a colon and a quotation mark: "His mother Lucy, 32, of Upminster, east London,
    said: ‘…" → Lucy, Upminster, London), or the speaker `en_speaker_swaps.speaker_key` reads;
    none where only a pronoun speaks ("He said: '…")."""
    names = {w.strip(",.;'’") for w in speaker_key(sentence).split()}
    found = _INTRODUCES.match(sentence)
    if found:
        names |= {w.strip(",.;()'’") for w in found.group("who").split() if w[:1].isupper()}
    return frozenset(n for n in names if n and n not in _NOT_NAMES)


def speakerless_line(text: str, middle: bool, *, first_person: bool) -> bool:
    """`text` is a quotation's line naming no speaker: it opens on a quotation mark with no
    speaker after it ("‘Me and my mum just said ‘really?’ and he went to get the net …": the
    saying is inside the quotation) or, with no mark, is a quotation's middle (`middle`) that
    `en_unattributed.unattributed` reads as no one's."""
    if _OPENS_QUOTE.match(text):
        return not (_TAIL_SPEAKER.search(text) or own_speaker(text) or ":" in text)
    # "I've always said if …": the middle's own "I" saying it names no speaker (`without_own_saying`)
    return middle and unattributed(without_own_saying(text), middle, first_person=first_person)


def speaker_further(scored: Scored, drafts: list[Draft], chosen: list[int]) -> int:
    """Swaps each theme bullet of `drafts` (after the overview) that is a quotation's line for the
    unchosen sentence a little way before it that names the quotation's speaker (module doc);
    `chosen` (every group's sentences) follows. Returns the swaps."""
    if scored.lang != "en":
        return 0
    texts = [u.text for u in scored.units]
    others_speak, quoted = quote_reading(tuple(texts))
    usable = frozenset(scored.usable)
    swapped = 0
    for draft in drafts[1:]:
        for i in list(draft.picked):
            if i in scored.carried or not speakerless_line(scored.trimmed[i], quoted[i], first_person=others_speak):
                continue
            speaker = unnamed_speaker(scored, texts, quoted, usable, chosen, draft, i, said=texts)
            if speaker is not None:
                swapped += swap_unless_repeated(scored, draft, chosen, i, speaker)
    return swapped


def unnamed_speaker(
    scored: Scored,
    texts: list[str],
    quoted: list[bool],
    usable: frozenset[int],
    chosen: list[int],
    draft: Draft,
    i: int,
    *,
    said: list[str],
) -> int | None:
    """The unchosen sentence a little way before bullet `i` of `draft` that names its quotation's
    speaker (`speaker_before`), or None where there is none or the bullet before it in the group
    (read in `said`: the sentences, or the trimmed bullets) names the speaker already."""
    speaker = speaker_before(scored, texts, quoted, usable, i)
    if speaker is None or speaker in chosen:
        return None
    place = draft.picked.index(i)
    if place and any(n in said[draft.picked[place - 1]] for n in speaker_names(texts[speaker])):
        return None  # the bullet before names the speaker already
    return speaker


def speaker_before(scored: Scored, texts: list[str], quoted: list[bool], usable: frozenset[int], i: int) -> int | None:
    """The usable sentence before `i`, in its passage or the one before, that names the speaker of
    the quotation `i` is a line of, only captions (sentences no bullet may say) and at most
    `MOST_LINES` lines of the quotation between."""
    paragraph = scored.units[i].paragraph
    lines = 0
    for back in range(i - 1, max(i - MOST_BACK, 0) - 1, -1):
        if scored.units[back].paragraph < paragraph - 1:
            return None
        if back not in usable:
            continue  # a caption: no speaker of its own, no line of the quotation
        if speaker_names(texts[back]):
            return back if speaks_on(texts, back, i) else None
        if not (quoted[back] or goes_on(texts[back]) or _OPENS_QUOTE.match(texts[back])) or lines == MOST_LINES:
            return None  # the writer's own sentence between: the quotation is not one run
        lines += 1
    return None
