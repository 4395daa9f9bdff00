"""An English theme bullet that is a speaker's words going on, with no speaker of its own, moves to
the group whose bullet names the speaker, right after it.

CNN/Daily Mail quote one speaker over several sentences and name them once ("O'Neill told Betfred:
'Shutthefrontdoor is in great form."); the sentences after open on a quotation mark alone or none
at all, being the quotation's middle ("I would have liked to have got a run into him ... but he
had an abscess on his sinus"). Once the groups settle, such a line may sit in another group than
its speaker's sentence, under a title about something else: readers meet words no one says, or
read them as the writer's own claim. Where the brief's speaker sentence opens the quotation
(it reports speech and names someone, by name or by "she", as in "She continued: '...'") and every
sentence between the two goes on with the quotation (a line of it, its middle, a caption between
its paragraphs; no other speaker), the line joins the speaker's group: the group it leaves keeps
`MIN_GROUP` bullets, the one it joins holds `MAX_GROUP` at most, and a line the bullet next to
it in its group goes on from, or goes on with, stays with it (two lines of one quotation, "'He
lacks experience as a jumper …'" and "'I have taken him away …'", are not split). Theme groups
only (the overview keeps its points: `en_lead_quote_trades` trades one for the story's next
sentence), and a single move by the quotation's marks and speaker,
not by shared words: the brief's bullets stay the same. `en_quote_follows` does this while the runs are regrouped, for
a group's first bullet and the group right before; this reads every theme bullet once the
groups are final (later steps move bullets too), and a quotation's middle as well.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.en_quote_follows import goes_on, speaks_on
from citebrief.engines.en_tail_edges import ease_tail
from citebrief.engines.scored import Draft
from citebrief.text.en_actors import named
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.quote_fragments import ANY_MARK, closes_unopened, open_marks

MIN_GROUP = 2  # bullets the group a line leaves keeps, at least
MAX_GROUP = 5  # bullets the speaker's group holds with it, at most (a folded group's size)
MOST_BETWEEN = 6  # sentences from the speaker's to the line, at most (as `en_quote_follows.MAX_GAP`)
MOST_INSIDE = 4  # unmarked sentences after a quotation left open that are read as its middle, at most

# a word of someone speaking: a quotation's middle says "I", "we" or "you"
_SPOKEN = LazyPattern(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|we|We|us|our|Our|you|You|your|Your)\b")
# a sentence that ends as a sentence does (a stop, maybe a closing mark): a caption has none
_ENDS_SENTENCE = LazyPattern(r"[.!?…]['’\"”)]*\s*$")


def quotes_homed(texts: Sequence[str], drafts: list[Draft], *, moving: bool) -> list[Draft]:
    """`drafts` once each quotation's line goes to its speaker's group (`quotes_home`) and a group
    of five gives its last bullet to a last group of two (`en_tail_edges.ease_tail`), where
    `moving` (an English news story's or feature's brief, its groups not asked for)."""
    if moving:
        quotes_home(texts, drafts)
        ease_tail(texts, drafts)  # then a crowded group's last bullet opens the last group of two
    return drafts


def quotes_home(texts: Sequence[str], drafts: list[Draft]) -> int:
    """Moves each theme bullet of `drafts` (after the overview, `drafts[0]`) that goes on with the
    words of a speaker another theme group's bullet names to that group (module doc); `texts` are
    the article's sentences. Returns the moves."""
    if len(drafts) < 3:
        return 0
    inside = inside_quotations(texts)
    moved = 0
    for draft in drafts[1:]:
        for line in list(draft.picked):
            if len(draft.picked) <= MIN_GROUP:
                break
            home = _speaker_group(texts, inside, drafts, line)
            if home is None or home is draft or len(home.picked) >= MAX_GROUP:
                continue
            draft.move(line, home)
            moved += 1
    return moved


def _speaker_group(texts: Sequence[str], inside: list[bool], drafts: list[Draft], line: int) -> Draft | None:
    """The theme group holding the sentence that names the speaker of `line`'s words, where `line`
    goes on with them (module doc) and its own group's bullet before it names no one; else None."""
    if not going_on(texts, inside, line):
        return None
    holder = {k: d for d in drafts[1:] for k in d.picked}
    own = holder[line]
    before = [k for k in own.picked if k < line]
    if before and named(texts[before[-1]]) and speaks_on(texts, before[-1], line):
        return None  # the bullet before it in its own group names the speaker already
    after = [k for k in own.picked if k > line]
    if after and _one_quotation(texts, inside, line, after[0]):
        return None  # the next bullet goes on with the same words: the two stay together
    if before and _one_quotation(texts, inside, before[-1], line):
        return None  # ... and so does the bullet before, that line's words going on
    for k in range(line - 1, max(line - MOST_BETWEEN, 0) - 1, -1):
        if k in holder and named(texts[k]) and speaks_on(texts, k, line):
            return holder[k]  # the speaker's sentence, by name or "she" ("She continued: '...")
        if goes_on(texts[k]) or inside[k] or not _ENDS_SENTENCE.search(texts[k]):
            continue  # the quotation's line, its middle, or a caption between its paragraphs
        if k in holder:  # the sentence opening the quotation, where it reports speech ("X said: '...")
            return holder[k] if speaks_on(texts, k, line) else None
        return None  # the writer's own sentence between, or the speaker's with no bullet: no move
    return None


def inside_quotations(texts: Sequence[str]) -> list[bool]:
    """For each sentence, whether it is a quotation's unmarked middle or its tail: it follows a
    sentence that leaves a quotation open, wherever that opens it ("O'Neill told Betfred:
    'Shutthefrontdoor is in great form." | "I could not be happier with him."), or another such
    middle, and either speaks as "I", "we" or "you" with no quotation mark or closes the quotation
    (`closes_unopened`, which ends it); up to `MOST_INSIDE` of them. The writer's sentence after a
    quotation left unclosed ("The pictures appear to reveal ...") speaks as none and ends it.
    (`en_unattributed.inside_quotation` reads a quotation opening the sentence only, and any
    unmarked sentence after it, for the picks.)"""
    inside: list[bool] = []
    run = 0
    for text in texts:
        closes = closes_unopened(text)
        if run and run <= MOST_INSIDE and (closes or (ANY_MARK.search(text) is None and _SPOKEN.search(text))):
            inside.append(True)
            run = 0 if closes else run + 1
            continue
        inside.append(False)
        run = 1 if open_marks(text) else 0
    return inside


def _one_quotation(texts: Sequence[str], inside: list[bool], first: int, last: int) -> bool:
    """Every sentence after `first` up to `last` goes on with the words `first` says."""
    return all(going_on(texts, inside, k) for k in range(first + 1, last + 1))


def going_on(texts: Sequence[str], inside: list[bool], at: int) -> bool:
    """Sentence `at` is a quotation's line with no speaker of its own: it goes on with words
    opened before it (`goes_on`), or is a quotation's unmarked middle (`inside`)."""
    text = texts[at]
    return goes_on(text) or (inside[at] and not named(text))
