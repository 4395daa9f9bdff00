"""Once an English story's groups are final, a theme bullet that is a line of someone's quotation
with no speaker in sight gets the sentence naming the speaker before it.

`en_speaker_swaps` and `en_speaker_reach` put the speaker's sentence in place of such a line while
the bullets are being covered; later steps still pick, move and regroup (an overview's deep point
goes down, a quotation's line goes to another group, a group is cut in two), and en-cnndm readers
met group openings like "'Despite knowing we were investigating him, Boente showed no signs of
stopping his disturbing conduct.'" with Detective Constable Vanessa Lewis, who says it, in no
bullet. Here, on the settled groups, each theme bullet that is a quotation's line naming no speaker
(`en_speaker_reach.speakerless_line`, or a quotation's tail giving figures: "'If just half of public
sector workers took this up … 2,000 nurses …'"), the bullet before it in its group not naming the speaker,
gets the sentence a little way back that does (`en_speaker_reach.unnamed_speaker`: right before it,
or past captions and at most two lines of the same quotation), where no bullet holds or repeats
that sentence: it joins the group right before the line where the group holds fewer than
`MAX_GROUP`, else it takes the line's place (as `en_speaker_reach` does). Theme groups only: the
overview keeps its points.

A group may open on more of the words whose speaker the group before names in its last bullets
(Momir Durdevac's "'To interrupt the match, … it is such primitivism …'" opening a group of two, his
"… Durdevac said: '…'" and its next line closing the group before). There the speaker's bullet and
the lines after it go down to open the group of their words (`speaker_runs_down`), where the group
before keeps `MIN_GROUP` and the group of the words holds `MAX_GROUP` at most.
"""

from __future__ import annotations

from itertools import pairwise

from citebrief.engines.bullets import repeats_any
from citebrief.engines.en_quote_follows import goes_on, speaks_on
from citebrief.engines.en_quote_homes import inside_quotations
from citebrief.engines.en_speaker_reach import speakerless_line, unnamed_speaker
from citebrief.engines.scored import Draft, Scored
from citebrief.text.en_actors import named
from citebrief.text.en_unattributed import quote_reading
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speech_verbs_en import TablePattern, alternation

MAX_GROUP = 5  # bullets a group holds with the speaker's sentence added (a folded group's size)
MIN_GROUP = 2  # bullets the group before keeps once its speaker's run goes down
_PRONOUNS = frozenset({"", "He", "She", "They", "We", "I", "It"})
# a straight mark opening a quotation after a colon and never closed ('… told BBC Wales Sport:"It was good')
_OPEN_AFTER_COLON = LazyPattern(r':\s*"[^"]*$')
# a name right before a verb of saying that opens a quotation ("… secretary general Momir Durdevac said: '…")
_NAME_SAYS = TablePattern(lambda: rf"\b(?P<who>[A-Z][\w'’-]+)\s+{alternation('quoted')}\b[^'‘\"“:]{{0,60}}:\s*['‘\"“]")


def speakers_led(scored: Scored, drafts: list[Draft], chosen: list[int]) -> int:
    """Gives each theme bullet of `drafts` (after the overview) that is a quotation's line with no
    speaker in sight the sentence naming its speaker, added before it or in its place (module
    doc); `chosen` (every group's sentences) follows. Returns the bullets changed."""
    if scored.lang != "en":
        return 0
    texts = [u.text for u in scored.units]
    others_speak, quoted = quote_reading(tuple(texts))
    inside = inside_quotations(texts)  # ... and a quotation's tail, amounts and all ("… 2,000 nurses.'")
    usable = frozenset(scored.usable)
    led = speaker_runs_down(scored, drafts, texts, quoted, others_speak)
    for draft in drafts[1:]:
        for i in list(draft.picked):
            if i in scored.carried:
                continue
            if not (_line(scored, texts, quoted, others_speak, i) or (inside[i] and not named(texts[i]))):
                continue
            speaker = unnamed_speaker(scored, texts, quoted, usable, chosen, draft, i, said=scored.trimmed)
            if speaker is None:
                continue
            if _OPEN_AFTER_COLON.search(scored.trimmed[speaker]):
                continue  # cut with its quotation left open ('… told BBC Wales Sport:"It was good …', en-xsum 45)
            place = draft.picked.index(i)
            if place and draft.picked[place - 1] > speaker:
                continue  # a bullet between the speaker's sentence and the line: a line of theirs
            if repeats_any(scored.trimmed[speaker], [scored.trimmed[k] for k in chosen if k != i], scored.lang):
                continue  # another bullet says the speaker's line already
            if len(draft.picked) < MAX_GROUP:
                draft.add(speaker, chosen)
            else:
                draft.swap(i, speaker, chosen)
            led += 1
    return led


def speaker_runs_down(
    scored: Scored, drafts: list[Draft], texts: list[str], quoted: list[bool], others_speak: bool
) -> int:
    """Moves the last bullets of a theme group, from the one naming a speaker on, to open the next
    group where that group opens on a line of the same speaker's words (module doc); returns the
    bullets moved."""
    moved = 0
    for before, draft in pairwise(drafts[1:]):
        first = draft.picked[0]
        if not _line(scored, texts, quoted, others_speak, first):
            continue
        run = 0  # the bullets closing `before` that are lines of a quotation
        while run < len(before.picked) and _line(scored, texts, quoted, others_speak, before.picked[-1 - run]):
            run += 1
        if run == len(before.picked):
            continue
        speaker = before.picked[-1 - run]
        if not _names_speaker(texts[speaker]) or not speaks_on(texts, speaker, first):
            continue  # no one named as saying the words ("He said: …" speaks on from a name further back)
        going = before.picked[-1 - run :]
        if len(before.picked) - len(going) < MIN_GROUP or len(draft.picked) + len(going) > MAX_GROUP:
            continue
        for bullet in going:
            before.move(bullet, draft)
        moved += len(going)
    return moved


def _line(scored: Scored, texts: list[str], quoted: list[bool], others_speak: bool, at: int) -> bool:
    """Sentence `at` is a quotation's line naming no speaker, opening on a quotation mark or not
    (`speakerless_line`), or goes on with words opened before it (`goes_on`: "'To interrupt the
    match, … and then chant: '…'", whose colon is inside the words)."""
    return speakerless_line(scored.trimmed[at], quoted[at], first_person=others_speak) or goes_on(texts[at])


def _names_speaker(sentence: str) -> bool:
    """`sentence` names who says its words, not by a pronoun: its actor (`named`) or a name right
    before a verb of saying and the quotation's colon."""
    said = _NAME_SAYS.search(sentence)
    return named(sentence) not in _PRONOUNS or (said is not None and said.group("who") not in _PRONOUNS)
