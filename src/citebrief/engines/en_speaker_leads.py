"""Once an English story's groups are final, a theme bullet that is a line of someone's quotation
with no speaker in sight gets the sentence naming the speaker before it.

`en_speaker_swaps` and `en_speaker_reach` put the speaker's sentence in place of such a line while
the bullets are being covered; later steps still pick, move and regroup (an overview's deep point
goes down, a quotation's line goes to another group, a group is cut in two), and en-cnndm readers
met group openings like "'Despite knowing we were investigating him, Boente showed no signs of
stopping his disturbing conduct.'" with Detective Constable Vanessa Lewis, who says it, in no
bullet. Here, on the settled groups, each theme bullet that is a quotation's line naming no speaker
(`en_speaker_reach.speakerless_line`), the bullet before it in its group not naming the speaker,
gets the sentence a little way back that does (`en_speaker_reach.speaker_before`: right before it,
or past captions and at most two lines of the same quotation), where no bullet holds or repeats
that sentence: it joins the group right before the line where the group holds fewer than
`MAX_GROUP`, else it takes the line's place (as `en_speaker_reach` does). Theme groups only: the
overview keeps its points.
"""

from __future__ import annotations

from citebrief.engines.bullets import repeats_any
from citebrief.engines.en_speaker_reach import speaker_before, speaker_names, speakerless_line
from citebrief.engines.scored import Draft, Scored
from citebrief.text.en_unattributed import quote_reading

MAX_GROUP = 5  # bullets a group holds with the speaker's sentence added (a folded group's size)


def speakers_led(scored: Scored, drafts: list[Draft], chosen: list[int]) -> int:
    """Gives each theme bullet of `drafts` (after the overview) that is a quotation's line with no
    speaker in sight the sentence naming its speaker, added before it or in its place (module
    doc); `chosen` (every group's sentences) follows. Returns the bullets changed."""
    if scored.lang != "en":
        return 0
    texts = [u.text for u in scored.units]
    others_speak, quoted = quote_reading(tuple(texts))
    usable = frozenset(scored.usable)
    led = 0
    for draft in drafts[1:]:
        for i in list(draft.picked):
            if i in scored.carried or not speakerless_line(scored.trimmed[i], quoted[i], first_person=others_speak):
                continue
            speaker = speaker_before(scored, texts, quoted, usable, i)
            if speaker is None or speaker in chosen:
                continue
            place = draft.picked.index(i)
            names = speaker_names(texts[speaker])
            if place and any(n in scored.trimmed[draft.picked[place - 1]] for n in names):
                continue  # the bullet before names the speaker already
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
