"""An English theme group whose last bullet turns to another thread and another person
("Meanwhile, Atletico's Croatia forward Mario Mandzukic ...") gives that bullet a group of its own;
one that turns mid-way to another thread told whole is cut there.

A match preview told in runs of sentences (`runs.py`) ends a run on the other side's news: the
manager's words on Gareth Bale's return, then "Meanwhile, Atletico's Croatia forward Mario
Mandzukic, who has scored five goals in eight Champions League appearances, has recovered from an
ankle problem and is set to play", all under "Bale's Return" (en-cnndm 39). Readers name it a
misfiled bullet: the writer's own word says the story has moved on, to someone the group never
named. `en_stray_subjects` lets such an aside give way to a sentence of the group's own subject
or, where it gives another match's result, go; a turn alone is no reason to drop it (readers
missed Mandzukic's fitness when it went: team news for the match previewed). Here the aside that
is left, its group's last bullet, opening on a turn ("Meanwhile,", "Elsewhere,", "In other news,",
"Separately,") and naming a person (`en_actors.is_person`) that neither its group's other bullets
nor the overview name, stands as a group of its own after its group, titled by the usual chain
from the one person it is about ("Mario Mandzukic"); its group keeps `MIN_KEPT` bullets or more
and the brief then holds `EN_SPLIT_THEMES` theme groups at most. A turn to a place ("Meanwhile,
residents of North Lanarkshire ... wasps", en-cnndm 3) goes on with its group's comparison and
stays. A turn mid-group (en-cnndm 61, a La Liga round-up: Getafe's win, then "Elsewhere,
Espanyol extended Villarreal's winless streak ...", then Asenjo's error for Villarreal, all under
"Getafe"; session 48 readers named it) cuts its group in two where the group keeps `MIN_KEPT`
bullets before the turn and one or more follow it, the turn opens on a name (`en_actors.named`,
"Espanyol") neither the part before nor the overview writes, and no bullet from the turn on names
anyone the part before or the overview names: another thread told whole. The title steps read
each part's side details ("Rare Attack", "Sergio Garcia's Cross"), so each part is titled by the
name it opens on, whose deed the title steps may still add ("Getafe", "Espanyol"). English news
and features read in runs only (`final_groups`' en_news).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain

from citebrief.engines.en_names import names
from citebrief.engines.scored import Draft, part_after
from citebrief.engines.theme_count import EN_SPLIT_THEMES
from citebrief.text.en_actors import is_person, named
from citebrief.text.en_thread_turns import THREAD_TURN_COMMA
from citebrief.text.lazy_re import LazyPattern

MIN_KEPT = 2  # bullets the group the aside leaves keeps, at least
# a name written in full, its capitalized words and the word before them: group 1 that word
_FULL_NAME = LazyPattern(r"(\w+)?\W+(?:[A-Z][\w'’-]+ )+([A-Z][\w'’-]+)\b")
# words before a name that make it where something is, not who does it ("residents of North Lanarkshire")
_PLACE_WORDS = frozenset({"of", "in", "at", "from", "to", "near", "for", "across", "around"})
# a bullet that goes on about someone just named (en_pronoun_heads reads the same opening)
OPENS_ON_PRONOUN = LazyPattern(r"^\W*(?:He|She|His|Her|They|Their)\b")


def turns_parted(texts: Sequence[str], sentences: Sequence[str], drafts: list[Draft]) -> int:
    """Gives each theme group's last bullet that turns to another person (module doc) a group of
    its own after its group, in place, first in the article first; `texts` are the sentences as
    their bullets say them, `sentences` the article's. Returns the groups it made."""
    said = frozenset(chain.from_iterable(names(texts[i]) for i in drafts[0].picked))
    made = 0
    for draft in sorted(drafts[1:], key=lambda d: min(d.picked)):
        if len(drafts) - 1 >= EN_SPLIT_THEMES:
            break
        aside = max(draft.picked)
        others = [k for k in draft.picked if k != aside]
        if len(others) < MIN_KEPT or not THREAD_TURN_COMMA.search(texts[aside]):
            continue
        own = frozenset().union(*(names(texts[k]) for k in others))
        named = names(texts[aside])
        if named & own:
            continue  # it names whom its group names: it goes on with them ("... abuse by Sir Edward")
        new = named - said
        people = [n for n in sorted(new) if is_person(n, sentences) and _as_subject(texts[aside], n)]
        if not people or _goes_on(texts, drafts, draft, people):
            continue
        part_after(drafts, draft, sorted(others), [aside])
        made += 1
    return made + _mid_turns_parted(texts, drafts, said)


def _mid_turns_parted(texts: Sequence[str], drafts: list[Draft], said: frozenset[str]) -> int:
    """Cuts each theme group at a turn in its middle to another thread (module doc), the part
    from the turn on a group of its own after it, each part titled by the name it opens on;
    `said` holds the overview's names. Returns the groups it made."""
    made = 0
    for draft in sorted(drafts[1:], key=lambda d: min(d.picked)):
        if len(drafts) - 1 >= EN_SPLIT_THEMES:
            break
        picked = sorted(draft.picked)
        turn = next((at for at in range(MIN_KEPT, len(picked) - 1) if THREAD_TURN_COMMA.search(texts[picked[at]])), 0)
        if not turn:
            continue
        head, tail = picked[:turn], picked[turn:]
        before = said | frozenset().union(*(names(texts[k]) for k in head))
        if frozenset().union(*(names(texts[k]) for k in tail)) & before:
            continue  # what follows the turn goes on with whom the story or its group names
        titles = named(texts[head[0]]), named(THREAD_TURN_COMMA.sub("", texts[tail[0]], count=1).lstrip())
        if not all(titles) or {"He", "She"} & set(titles):
            continue  # a part that opens on no name of its own has no title from it
        draft.picked, draft.title = head, titles[0]
        drafts.insert(drafts.index(draft) + 1, Draft(draft.theme, tail, title=titles[1]))
        made += 1
    return made


def _as_subject(text: str, name: str) -> bool:
    """Whether `text` writes `name` (its last word) in full as someone who does or says what it
    tells ("Croatia forward Mario Mandzukic"), not as a place ("residents of North Lanarkshire")."""
    return any(m.group(2) == name and m.group(1) not in _PLACE_WORDS for m in _FULL_NAME.finditer(text))


def _goes_on(texts: Sequence[str], drafts: list[Draft], draft: Draft, people: list[str]) -> bool:
    """Whether the theme group after `draft` in article order opens on one of `people` or on a
    pronoun: it goes on with the aside ("She told the Independent ..." after Margaret Hodge)."""
    later = [d for d in drafts[1:] if min(d.picked) > max(draft.picked)]
    if not later:
        return False
    opening = texts[min(min(d.picked) for d in later)]
    return OPENS_ON_PRONOUN.search(opening) is not None or any(name in opening for name in people)
