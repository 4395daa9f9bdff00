"""An English theme bullet that goes on with a speaker's words says the sentence naming the
speaker instead, where the brief has that sentence nowhere.

CNN/Daily Mail quote a speaker over several sentences and name them in the first ("Ian Taylor, of
the Alliance of British Drivers, said: 'I think the judges are somewhat out of touch ...'"); the
sentences after open on a quotation mark alone ("'An £85 penalty may not seem much to a rich
lawyer ...'"). Picked without the first, such a bullet is words no one in the brief says: read as
an orphan quote or as the writer's own claim. The bullet says the speaker's sentence right before
it instead, the same speaker's point with their name, where that sentence names a speaker of its
own (a verb of saying and a name, not "he said"), the bullet does not show it joined on already
(`Scored.carried`: "'…,' said Hamilton. 'I know …'"), no bullet of the brief says it or repeats it, and
the bullet before it in its group does not name the speaker already. Theme groups only: the
overview keeps its chosen points. The brief's bullet count stays the same.

The overview's quotation of a speaker may be followed in the article by more of their words that
open a theme group ("'It was a great learning experience but very tough,' said the 2014 Amateur
champion" in the overview, "'Every time you get to play with the world's best you'll take something
away.'" opening the next group): the reader meets the group's words with no one saying them, the
overview's points between. Where the overview keeps two points without it (its first, the lead,
never goes) and the group holds four at most, the speaker's bullet goes down and opens the group of
their words (`speaker_down`): the overview keeps the story's facts, the group says whose words it is.
"""

from __future__ import annotations

from citebrief.engines.bullets import repeats_any
from citebrief.engines.en_quote_follows import goes_on, own_speaker
from citebrief.engines.scored import Draft, Scored
from citebrief.text.en_actors import key, named
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speech_verbs_en import TablePattern, alternation

_PRONOUNS = frozenset({"", "He", "She", "They", "We", "I", "It"})
_SAYS = TablePattern(lambda: rf"\b{alternation('quoted')}\b")
_OPENS_QUOTE = LazyPattern(r"^\s*['‘\"“]")
_QUOTES = LazyPattern(r"(?:^|[\s:,])['‘\"“]\w")  # a quotation opens in the sentence


def speakers_in_sight(scored: Scored, drafts: list[Draft], chosen: list[int]) -> None:
    """An English news brief's quotations with their speakers in sight: a theme bullet going on
    with a speaker's words says the speaker's sentence (`speaker_first`), and the overview's
    speaker opens the group of the words that follow (`speaker_down`)."""
    speaker_first(scored, drafts, chosen)
    speaker_down(scored, drafts)


def speaker_first(scored: Scored, drafts: list[Draft], chosen: list[int]) -> int:
    """Swaps each theme bullet of `drafts` (after the overview, `drafts[0]`) that goes on with a
    speaker's words for the unchosen sentence before it that names that speaker (module doc);
    `chosen` (every group's sentences) follows. Returns the swaps."""
    if scored.lang != "en":
        return 0
    texts = [u.text for u in scored.units]
    usable = frozenset(scored.usable)
    swapped = 0
    for draft in drafts[1:]:
        for i in list(draft.picked):
            speaker = i - 1
            if (
                speaker < 0
                or speaker in chosen
                or speaker not in usable
                or i in scored.carried
                or not goes_on(texts[i])
            ):
                continue
            if scored.units[speaker].paragraph != scored.units[i].paragraph and not _OPENS_QUOTE.match(texts[i]):
                continue
            who = speaker_key(texts[speaker])
            if not who:
                continue
            place = draft.picked.index(i)
            if place and key(named(texts[draft.picked[place - 1]])) == who:
                continue  # the bullet before names the speaker already
            swapped += swap_unless_repeated(scored, draft, chosen, i, speaker)
    return swapped


MIN_OVERVIEW = 2  # points the overview keeps once its speaker's bullet goes down
MAX_GROUP = 5  # bullets the group of the speaker's words holds at most with it (a folded group's size)


def speaker_down(scored: Scored, drafts: list[Draft]) -> int:
    """Moves the overview's (`drafts[0]`) bullet that quotes a named speaker to the theme group
    whose first bullet goes on with the speaker's words in the very next sentence (module doc);
    returns the moves."""
    if scored.lang != "en" or len(drafts) < 2:
        return 0
    texts = [u.text for u in scored.units]
    overview = drafts[0]
    moved = 0
    for draft in drafts[1:]:
        first = min(draft.picked)
        said = first - 1
        if len(overview.picked) <= MIN_OVERVIEW:
            break
        if len(draft.picked) >= MAX_GROUP:
            continue
        if said not in overview.picked[1:] or not goes_on(texts[first]):
            continue
        if not _QUOTES.search(texts[said]) or not (speaker_key(texts[said]) or own_speaker(texts[said])):
            continue
        overview.picked.remove(said)
        draft.picked = sorted([*draft.picked, said])
        moved += 1
    return moved


def speaker_key(sentence: str) -> str:
    """The key of the person `sentence` names as saying its words ("Ian Taylor, of ..., said:"),
    '' where it names none, only a pronoun, or goes on with words it names no speaker for."""
    if goes_on(sentence) or not _SAYS.search(sentence):
        return ""
    who = named(sentence)
    return "" if who in _PRONOUNS else key(who)


def swap_unless_repeated(scored: Scored, draft: Draft, chosen: list[int], bullet: int, speaker: int) -> bool:
    """Swap `bullet` for the `speaker`'s sentence unless another chosen bullet says it already:
    the speaker's line would then be said twice."""
    others = [scored.trimmed[k] for k in chosen if k != bullet]
    if repeats_any(scored.trimmed[speaker], others, scored.lang):
        return False
    draft.swap(bullet, speaker, chosen)
    return True
