"""An English news group does not open on a quotation that goes on from the bullet ending the
group before it: the speaker's words stay with the bullet that names the speaker.

CNN/Daily Mail quote one speaker over several paragraphs, the speaker named in the first
("Her father Mr Robertson ... said he spoke to his daughter on the day she died", "Speaking after
the hearing, Detective Constable Vanessa Lewis ... said: '...'") and the paragraphs after opening
on a quotation mark alone ("'As soon as they said Summer's name, I knew something had
happened.'"). Runs of neighbouring sentences (`runs.py`) may be cut between the two, and the
next group then opens on words no one in it says: read as an orphan quote under a title about
something else. Such a bullet goes to the group before, where it reads on from its speaker,
where that is the group's last bullet, no other speaker is named in the sentences between, the
bullet names no speaker of its own ("'I was outraged ...,' Prosecutor Ron O'Brien told ..." opens
a speaker's words, it goes on from no one), its group keeps two bullets and the group before
holds five at most; where its group has too few to give one, or the group before is full, the
speaker's bullet goes the other way and opens the group of their words (Mr Robertson's call with
his daughter above her words "She said everything was great ...", not under the other
volunteers). A single move by the quotation's own marks and speaker, not by shared words
(`en_word_moves`, read as worse, moved bullets by those); the brief's bullets stay the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from citebrief.engines.scored import Draft, Unit
from citebrief.text.en_actors import actor, key, named
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speech_verbs_en import TablePattern, alternation

MAX_GAP = 6  # sentences from the speaker's bullet to the quotation's, at most (quotes and captions between)
_PRONOUNS = frozenset({"He", "She", "They"})

# a sentence that goes on with a speaker's words: a quotation mark, or "She added: ..."
_GOES_ON = LazyPattern(r"^(?:['‘\"“]|(?:He|She|They) (?:added|continued|went on)\b)")
# a quoted term or nickname that opens a sentence going on past it: "'Mama' June Shannon and ...",
# "'Physician strength' sounds impressive": no quotation going on
_QUOTED_TERM = LazyPattern(r"^['‘\"“][^'’\"”]{1,40}['’\"”]\s+\w")
# a sentence that reports speech: a verb of saying, a colon before a quotation, or a quotation
# a verb of saying whose subject is the speaker's own "I" or "we": "I've always said …", "as we said"
_OWN_SAYING = TablePattern(
    lambda: rf"\b(?:I|[Ww]e)(?:['’](?:ve|d)| have| had)?(?: always| often| never)? {alternation('quoted')}\b"
)
_SPEECH = TablePattern(lambda: rf"\b{alternation('quoted')}\b|:\s*['‘\"“]|^['‘\"“]")
# the speaker named after a quotation in the same sentence: "...,' the advocacy group said"
_OWN_SPEAKER = TablePattern(lambda: rf"[,!?]['’\"”]\s+(?:\S+\s+){{0,5}}?{alternation('quoted')}\b")
_SAYS = TablePattern(lambda: rf"\b{alternation('quoted')}\b")
_OPENS = LazyPattern(r"^\s*['‘\"“]")
# a mark closing words before the writer's own: '…," he said', "… fans' cars" (read as closing too)
_CLOSED_BEFORE_WORDS = LazyPattern(r"['’\"”][,!?]?\s+\w")


def follow_quotes(units: Sequence[Unit], drafts: list[Draft], *, min_group: int, max_group: int) -> int:
    """Moves the first bullet of each group of `drafts` that goes on with the words of the
    speaker of the bullet ending the group before it (module doc) to that group; where every
    bullet of its group goes on with those words, the speaker's bullet comes to them instead
    (a statement over five paragraphs, its opening bullet under the charges), and so it does where
    the quotation's group cannot give it up. The group a bullet
    leaves keeps `min_group` bullets, the one it joins holds `max_group` at most; returns the moves."""
    sentences = [u.text for u in units]
    order = sorted(drafts, key=lambda d: min(d.picked))
    moved = 0
    for before, draft in pairwise(order):
        first, last = min(draft.picked), max(before.picked)
        if not last < first <= last + MAX_GAP:
            continue
        if not (goes_on(sentences[first]) and speaks_on(sentences, last, first)):
            continue
        room = len(before.picked) > min_group and len(draft.picked) < max_group
        # the speaker's bullet names them (it is no words going on), and the group is their words
        if room and not goes_on(sentences[last]) and _all_words(sentences, draft.picked):
            before.move(last, draft)  # the bullet naming the speaker opens the group of their words
        elif len(draft.picked) > min_group and len(before.picked) < max_group:
            draft.move(first, before)
        elif room and not goes_on(sentences[last]):
            before.move(last, draft)  # the group keeps too few to give: the speaker's bullet opens it
        else:
            continue
        moved += 1
    return moved


def _all_words(sentences: Sequence[str], group: list[int]) -> bool:
    """Every bullet of `group` goes on with the words of one speaker, named before it."""
    return all(goes_on(sentences[i]) for i in group) and speaks_on(sentences, group[0], group[-1])


def goes_on(sentence: str) -> bool:
    """`sentence` goes on with words whose speaker it does not name."""
    text = sentence.lstrip()
    if not _GOES_ON.match(text) or _QUOTED_TERM.match(text) or _OWN_SPEAKER.search(text):
        return False
    return named(text) in ("", *_PRONOUNS)


def wholly_quoted(sentence: str) -> bool:
    """`sentence` is all a quotation's words: it opens on a mark and no mark closes before words
    of the writer's own ('"I thought last summer, could they achieve more …?'; not '"…," he said').
    A verb of saying in it is the speaker's own ("I thought", "I told him"), no other speaker."""
    return _OPENS.match(sentence) is not None and _CLOSED_BEFORE_WORDS.search(sentence) is None


def own_speaker(sentence: str) -> bool:
    """`sentence` names the speaker of its quotation after it, not by a pronoun ("...,' said the
    2014 Amateur champion"; not "...,' he said")."""
    found = _OWN_SPEAKER.search(sentence)
    return found is not None and found.group().lstrip(",!?'’\"” ").split(" ")[0].lower() not in {"he", "she", "they"}


def speaks_on(sentences: Sequence[str], last: int, first: int) -> bool:
    """Sentence `last` reports someone's words, and no sentence between it and `first` names
    another speaker: `first` goes on with the words of `last`'s speaker."""
    if not _SPEECH.search(sentences[last].lstrip()):
        return False
    speaker = key(actor(sentences, last))
    for k in range(last + 1, first):
        if not _SAYS.search(without_own_saying(sentences[k])) or wholly_quoted(sentences[k]):
            continue  # a quotation going on ('"I thought last summer …', "I've always said …"), a caption
        who = named(sentences[k])
        if who in _PRONOUNS or (speaker and key(who) == speaker):
            continue  # "He added: ...", "... Lawrence told ABC": the same speaker
        return False
    return True


def without_own_saying(sentence: str) -> str:
    """`sentence` less a verb of saying whose subject is "I" or "we" ("I've always said if …"): a
    quotation's line saying what its own speaker said names no other speaker."""
    return _OWN_SAYING.sub("", sentence)
