"""An English theme group's first bullet that shares no word with the rest of its group, but two
weighed words with the group just before, whose last bullet is the article's sentence right
before it, goes back to that group: the run was cut one sentence early.

Groups of one-block English news are runs of the article; a cut one sentence early leaves a
group opening on the end of the story before it, under a title that fits the rest: "The teens'
mother, Theresa Devine, was treated at a hospital and released ..." opened "Rented Villa" (the
EPA's pesticide at the villa) right after the key points' family's condition (en-cnndm 109). The
move only shifts the cut: every bullet keeps its place in the article's order and its
neighbours, so no quotation leaves its speaker and no story is reordered (`en_opener_returns`
moves such an opener by "also"; `en_stranger_moves` moves a stranger down, far). It moves where

- the bullet shares no word family (`en_terms`, names and lemmas alike, however common) with
  any other bullet of its group, and `SHARED` or more weighed ones (`en_groups`' weighing: a
  word most sentences say ties nothing) with the bullets of the group before;
- it opens on no quotation mark and speaks in no "I"/"we", and its group's next bullet neither
  leans on it ("It wasn't long before Fowler ...", `en_actor_groups.leans`) nor is a quotation's
  line, marked or in "I"/"we" (a speaker's line stays with the words it introduces: "Mr
  Ballard ... told The Times that he saw it as his destiny ..." before "At one stage I thought
  I would go and climb mountains for her", en-cnndm 53; the coach's "'Shay comes in every
  day ...' said goalkeeping coach Tony Parks" after Given's performances, en-cnndm 26), nor
  names a person by kind alone (`data/en_kind_people.tsv`: "The man was taken to a local
  hospital" after the Uber driver's "... fired six rounds at Custodio", en-cnndm 164, which
  keeps its group titled "Shooting");
- its group keeps `MIN_GROUP` bullets, and the group before holds fewer than `MAX_GROUP` before
  it comes.

English news read in runs (`final_groups`' en_news), after `en_opener_returns`; each bullet read
as the brief shows it (`en_joined_words`), one shown with the sentence before joined on staying.
en-cnndm, en-xsum 0-199 as pasted: 3 of 400 briefs move (cnndm 109; 187, the club beside the
Memorial up to the key points; xsum 178, the campaign's leaders beside their group); as the
benches cut them, 4 (cnndm 109, 187; xsum 117, the MP's wish for UK recyclers beside the
frigates' sale; 144, Buhari's inauguration beside the presidential poll, the group left retitled
"State Assemblies" from "Saturday's Elections"). Of `bench/en_stranger_bullets.py`'s strangers
(a bullet sharing no word with its group, two with another's: 94 of 633 groups, en-cnndm; 112 of
530, en-xsum) few stand at a run's edge: most are key points, or a group apart.
"""

from __future__ import annotations

from functools import cache

from citebrief.engines.en_actor_groups import leans
from citebrief.engines.en_groups import MAX_GROUP, MIN_GROUP, bullet_weights
from citebrief.engines.en_joined_words import joined_bullets
from citebrief.engines.scored import Draft, Scored, joined_before
from citebrief.text.data_files import data_lines, word_alternation
from citebrief.text.en_glued_quotes import speaks_first_person
from citebrief.text.en_title_choice import family
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.tokenize import en_terms

SHARED = 2  # weighed word families the bullet shares with the group before, at least
_OPENS_ON_QUOTE = LazyPattern(r"^\s*[\"'‘“\[]")


@cache
def _kind_person() -> LazyPattern:
    """A sentence opening on a person named by kind alone, "The man ..." (`data/en_kind_people.tsv`)."""
    return LazyPattern(rf"^The (?:{word_alternation(data_lines('en_kind_people.tsv'))})\b(?![-'’])")


def _families(text: str) -> frozenset[str]:
    return frozenset(map(family, en_terms(text)))


def _reads_on(text: str) -> bool:
    """Whether a group's next bullet reads on from the bullet before it: a pronoun or connective,
    a person named by kind alone ("The man ..."), or a quotation's line, marked or in "I"/"we",
    that a speaker's line before it introduces."""
    if leans(text) or bool(_OPENS_ON_QUOTE.search(text)) or speaks_first_person(text):
        return True
    return bool(_kind_person().search(text))


def early_cuts_mended(scored: Scored, drafts: list[Draft]) -> bool:
    """Moves each theme group's first bullet that the group before it goes on with back to that
    group (`drafts[0]` the key points; module doc), in place. Each bullet is read as the brief
    shows it (`en_joined_words`: a bullet carrying the sentence before it, "The man was taken to
    a local hospital. The incident occurred ..."). Returns whether one moved."""
    if len(drafts) < 2 or not drafts[0].picked:
        return False
    picked = sorted(i for d in drafts for i in d.picked)
    said, joined = joined_bullets(scored, picked, drafts[0].picked)
    weights = bullet_weights(list(scored.units), picked, said, joined)
    moved = False
    themes = sorted((d for d in drafts[1:] if d.picked), key=lambda d: min(d.picked))
    for k, group in enumerate(themes):
        before = drafts[0] if k == 0 else themes[k - 1]
        i = min(group.picked)
        if len(group.picked) <= MIN_GROUP or len(before.picked) >= MAX_GROUP or max(before.picked) != i - 1:
            continue
        text = said[i].lstrip()
        if i in joined or _OPENS_ON_QUOTE.search(text) or speaks_first_person(text):
            continue
        rest = sorted(j for j in group.picked if j != i)
        if _reads_on(said[rest[0]].lstrip()) or any(_families(text) & _families(said[j]) for j in rest):
            continue
        said_before = set().union(*(weights[j].keys() for j in before.picked))
        if len(weights[i].keys() & said_before) < SHARED:
            continue
        group.picked = rest
        joined_before(before, drafts[0], i)
        moved = True
    return moved
