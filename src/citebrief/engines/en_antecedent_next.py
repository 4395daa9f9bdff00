"""An English bullet that opens on a word pointing back ("They became the first team to inflict two
defeats on Del Bosque…", "His first in the dugout was…", "He claims he was trying to save her…")
where the sentence just before it in the article is a bullet too, but not the one right before it:
the two become neighbours, the antecedent first.

Read after another group's title ("Slovakia"), "They" names the wrong team; as an overview's
first point, "His first in the dugout" names no one. Where the two stand in one group, the leaning
bullet moves to stand right after its antecedent (the overview's lead too: a leaning lead is the
worst place for it). Where the leaning bullet opens a group and its antecedent ends the group
before (the commonest case, en-cnndm: 18 of 200 briefs), the leaning bullet goes up to end that
group, where its own keeps two bullets and the other stays within `MAX_THEME` (`MAX_OVERVIEW` for
the overview); else a theme's last bullet goes down to head the leaning bullet's group where its
own keeps two, it leans on none itself and the group holds `MAX_THEME` with it; the antecedent
goes down too where the leaning bullet going up would leave five beside two (`en_tail_edges.crowds`:
"Mr Hardy ... worked with top actors" heads his roles' group, not the auction's fifth). A
quotation's line that names no speaker does not go down: it names no one the leaning bullet could
point at ("'It's not that interesting, but we have analysed it and now we have another tie.'"
stays with the set-pieces it ends, not heading "The 55-year-old also revealed ..." under Bale,
en-cnndm 39, once the aside after it left: `en_stray_subjects`). A bullet
stays where the next bullet of its group is
a quotation it introduces (one that names no speaker, "'She said everything was great…'" after
"Her father Mr Robertson … said he spoke to his daughter…"), or the next sentence leaning on it in
turn ("It was only when Mason pleaded guilty … the case against them was dropped" after "His
attempts … two of his colleagues"), or where its group's title names what only it says
("Girlfriend's Defense" over "It wasn't long before Fowler came to his girlfriend's defense…").
Nothing moves where the antecedent's bullet is cut short of its sentence's end.
A bullet opening on a reference to what its sentence before set up ("To do this they mapped out
the brain…", "Since then Billy hasn't been seen…": `en_unplaced_reference.opens_on_reference`)
leans too, and where its antecedent's bullet stands in any other group, not the group before's
last, it goes to stand right after it, where its own group keeps two and the other has room
(en-cnndm: 2 of 200 briefs change, 2 better by a read: "To do this" after "Building an
artificial brain … only managed to clone the part … which allows it to see"). So does a group's
head that opens on a pronoun or a descriptor ("The 44-year-old, from Everton, had been shot …"
heading another group than the overview's "Thomas Baker, known as Tommy, was found badly injured
…": en-xsum 182; en-cnndm none). So does one of a set the sentence before names ("One has told the
Daily Telegraph …" after the swell "seen … by stranded travellers": `en_back_reference.one_of_set`,
en-cnndm 19). Where such a head cannot go up (its group keeps too few, or its title is the head's
own) and its antecedent stands inside the group before, not heading it nor naming that group's
title, the antecedent goes down to head the leaning bullet's group (`far_down`: "Government forces
… took nearly all remaining rebel-held parts of Aleppo" before "It represents a major victory for
President Bashar al-Assad", en-xsum 62, better by a read; en-cnndm 49's "Schumacher Junior is part
of …" stays under "Schumacher Junior's Debut", preferred there). A bullet that opens on a turning
word and then a pronoun or a demonstrative ("But that co-operation went out the window…":
`turned_lean`) leans as well, wherever it stands (the bullet drops its "But" where its antecedent
is not the bullet before: `en_turn_words`; en-xsum 128 better, 27 the same).
Where an event's "It" ("It represents a major victory for President Bashar al-Assad") heads the
first theme, bound there (its title is the bullet's own, or the next leans on it), and its antecedent
ends a two-point overview that cannot give it (`overview_swap`), the two trade places with the
theme's point most like the overview's lead, so the "It" is joined to its event (`en_event_it_joins`):
en-xsum 62 pasted clean of its share bar, or as cut; the page with the bar got it by a third point.
Where only the speakerless quotation after it kept such a bullet back, the two go together
(`_pair_fits`: "But it will also mean …" and "'The message will be updated …'" after the director's
words, not after the festival's acts; en-xsum 162, better; en-cnndm none).
A sentence opening on "Or" offers the other answer to the one before and leans on it across a
paragraph's edge too (`or_lean`: "Or more likely Greece simply looks like a wonderful place …" after
"Maybe holidaymakers were hoping …", en-xsum 103, both views).
The Chinese counterpart is `zh_antecedent_next`; a pair that fits one bullet is joined by
`cited_points.carry_antecedent` where the antecedent is no bullet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from citebrief.engines.en_actor_groups import leans
from citebrief.engines.en_tail_edges import crowds
from citebrief.engines.en_unplaced_reference import opens_on_reference
from citebrief.engines.scored import Scored
from citebrief.text.anaphora import needs_antecedent
from citebrief.text.en_back_reference import one_of_set
from citebrief.text.en_event_pronoun import opens_on_event_pronoun
from citebrief.text.en_turn_words import without_turn_word
from citebrief.text.en_unattributed import unattributed
from citebrief.text.lazy_re import LazyPattern

MIN_LEFT = 2  # bullets a group keeps after one moves out
MAX_OVERVIEW = 4  # the overview's points, at most, after a leaning bullet joins it
MAX_THEME = 5  # a theme group's bullets, at most, after a leaning bullet joins it


def leans_back_en(scored: Scored, i: int) -> bool:
    """Whether English sentence `i` opens on a pronoun or a word pointing back and the sentence
    before it stands in its paragraph (or the passage before, where the tool cut one block into
    passages), no heading."""
    text = scored.trimmed[i]
    return _beside(scored, i) and (needs_antecedent(text, "en") or opens_on_reference(text) or one_of_set(text))


# "Or more likely Greece simply looks like …": an alternative to the sentence before, never a point alone
_OR_OPENS = LazyPattern(r"Or,? [A-Za-z]")


def or_lean(scored: Scored, i: int) -> bool:
    """Whether English sentence `i` opens on "Or" ("Or more likely Greece simply looks like a
    wonderful place …" after "Maybe holidaymakers were hoping …", en-xsum 103) beside its sentence
    before, no heading, in its paragraph or the one before: it offers the other answer to what that
    sentence asked (read alone it answers nothing), even where a paragraph opens on it."""
    if i == 0 or i in scored.carried or not _OR_OPENS.match(scored.trimmed[i]):
        return False
    before, unit = scored.units[i - 1], scored.units[i]
    return before.paragraph >= unit.paragraph - 1 and not before.heading


def _beside(scored: Scored, i: int) -> bool:
    """Whether sentence `i` has a sentence before it, in its paragraph or the passage before, no
    heading, and its bullet does not carry it already."""
    if i == 0 or i in scored.carried:
        return False  # a bullet that holds its own sentence before leans on nothing more
    before, unit = scored.units[i - 1], scored.units[i]
    same = before.paragraph == unit.paragraph or (scored.passages and before.paragraph == unit.paragraph - 1)
    return bool(same) and not before.heading


def turned_lean(scored: Scored, i: int) -> bool:
    """Whether English sentence `i` opens on a turning word and then a pronoun or a demonstrative
    ("But that co-operation went out the window…", "But it will also mean…"), beside its sentence
    before (`_beside`): the bullet drops the "But" (`en_turn_words`), and what is left leans back."""
    text = scored.trimmed[i]
    rest = without_turn_word(text)
    return rest != text and _beside(scored, i) and (needs_antecedent(rest, "en") or rest.startswith("That "))


_WORD = re.compile(r"[a-z0-9]+")
_STOPS = ".!?'’\"” "
_ACRONYM = LazyPattern(r"\b[A-Z]{2}\b")
_QUOTE_OPENS = LazyPattern(r"[‘'\"“]")
# a speaker named after a quotation's close: "…equalling,' Professor James Marshall told the BBC"
_NAMED_AFTER = LazyPattern(r"[,.!?]['’\"”] (?:[A-Z][a-z]+ )*[A-Z][a-z]+")


def _unattributed_quote(text: str) -> bool:
    """A bullet that opens on a quotation and names no speaker after it: whose words they are
    stands in the bullet before ("'She said everything was great…'")."""
    return bool(_QUOTE_OPENS.match(text)) and not _NAMED_AFTER.search(text)


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower().replace("'s", "").replace("’s", "")) if len(w) > 2}


def _named(text: str) -> set[str]:
    """`text`'s words, and its two-letter capitals ("UK", "EU"): a title's "UK Trees" names what only
    "native UK trees" says, not "plant 40,000 trees"."""
    return _words(text) | {w.lower() for w in _ACRONYM.findall(text)}


def _titled_by(title: str, text: str, rest: list[str]) -> bool:
    """Whether a group's `title` names what `text` says and none of the group's `rest` does."""
    named = _named(title.rsplit(":", maxsplit=1)[-1])
    return bool(named) and named <= _named(text) and not any(named <= _named(other) for other in rest)


def _may_leave(scored: Scored, group: list[int], i: int, title: str) -> bool:
    """Whether bullet `i` may leave `group` (titled `title`): the next bullet is no quotation it
    introduces nor its next sentence leaning on it in turn, the title is not its own, and the
    group keeps `MIN_LEFT`."""
    rest = [j for j in group if j != i]
    if len(rest) < MIN_LEFT or _titled_by(title, scored.trimmed[i], [scored.trimmed[j] for j in rest]):
        return False
    k = group.index(i)
    if k + 1 == len(group):
        return True
    after = group[k + 1]
    if after == i + 1 and (leans_back_en(scored, after) or leans(scored.trimmed[after])):
        return False  # "Luckily, he had a cell phone…" would head the group in its turn
    return not _unattributed_quote(scored.trimmed[after])


def ends_whole(scored: Scored, j: int) -> bool:
    """Whether sentence `j`'s bullet says it to its end: one cut short ("The Tories have nudged
    ahead in the polls…" of a run that ends on "…Tory donor Peter Hall … has criticised Mr
    Cameron") may have lost whom the next sentence's "He" is."""
    return scored.units[j].text.rstrip(_STOPS)[-12:] in scored.trimmed[j]


def _group_of(kept: list[list[int]], i: int) -> int | None:
    return next((g for g, group in enumerate(kept) if i in group), None)


def far_reference(scored: Scored, kept: list[list[int]], named: Sequence[str], i: int, mine: int, owner: int) -> bool:
    """Whether bullet `i`, opening on a reference to what its sentence before set up ("To do this
    they mapped out the brain…", "This report comes as…": `en_unplaced_reference`), or heading its
    group on a pronoun or a descriptor ("The 44-year-old, from Everton, …"), goes from its
    group (`mine`) to stand right after that sentence's bullet in another (`owner`), not the
    group before's last: its own keeps `MIN_LEFT` and may let it go (`_may_leave`), the other
    has room."""
    if not far_leans(scored, kept, i, mine):
        return False
    room = MAX_OVERVIEW if owner == 0 else MAX_THEME
    return len(kept[owner]) < room and _may_leave(scored, kept[mine], i, named[mine])


def _pair_fits(scored: Scored, kept: list[list[int]], named: Sequence[str], i: int, mine: int, owner: int) -> bool:
    """Whether leaning bullet `i` and the speakerless quotation right after it, its next sentence
    too, may go together from its group (`mine`) to stand after its antecedent in `owner` ("But it
    will also mean people around the world can interact with the festival…" then "'The message will
    be updated…'" after "HebCelt director Caroline Maclennan said: …", en-xsum 162), where the
    quotation alone kept `i` back (`_may_leave`): its group keeps `MIN_LEFT` and its title names
    neither, no speakerless quotation follows the pair, and `owner` has room for both."""
    group = kept[mine]
    k = group.index(i)
    if k + 1 == len(group) or group[k + 1] != i + 1 or not _unattributed_quote(scored.trimmed[i + 1]):
        return False
    if k + 2 < len(group) and _unattributed_quote(scored.trimmed[group[k + 2]]):
        return False  # a quotation running on past the pair would lose its speaker
    rest = [scored.trimmed[j] for j in group if j not in (i, i + 1)]
    room = MAX_OVERVIEW if owner == 0 else MAX_THEME
    return (
        len(rest) >= MIN_LEFT
        and len(kept[owner]) + 2 <= room
        and not any(_titled_by(named[mine], scored.trimmed[j], rest) for j in (i, i + 1))
    )


def _move_pair(kept: list[list[int]], i: int, mine: int, owner: int) -> None:
    """Bullets `i` and `i + 1` from group `mine` to stand right after `i - 1` in group `owner`."""
    kept[mine].remove(i)
    kept[mine].remove(i + 1)
    at = kept[owner].index(i - 1) + 1
    kept[owner][at:at] = [i, i + 1]


def far_leans(scored: Scored, kept: list[list[int]], i: int, mine: int) -> bool:
    """Whether bullet `i` leans the way `far_reference` moves: a reference, a group's head on a
    pronoun, or a turned lean."""
    text = scored.trimmed[i]
    head = kept[mine][0] == i and needs_antecedent(text, "en")
    return opens_on_reference(text) or head or turned_lean(scored, i) or or_lean(scored, i)


def far_down(scored: Scored, kept: list[list[int]], named: Sequence[str], i: int, mine: int, owner: int) -> bool:
    """Whether the antecedent of bullet `i`, heading a later group (`mine`) on a pronoun ("It
    represents a major victory for President Bashar al-Assad" after the title "President Bashar
    al-Assad"), goes down from the middle of an earlier group (`owner`) to head `i`'s group, where
    `i` could not go up (`far_reference`: its group keeps too few, or the group's title is its
    own): no group's head, no sentence leaning on its own before or opening on a connective ("But
    …"), no speakerless quote;
    not naming its group's title (`_names_title`); its group keeps `MIN_LEFT` and may let it go,
    `i`'s holds `MAX_THEME` with it."""
    return (
        owner < mine
        and kept[mine][0] == i
        and kept[owner][0] != i - 1  # the overview's lead, or a theme's head, says what its group is about
        and (needs_antecedent(scored.trimmed[i], "en") or or_lean(scored, i))
        and len(kept[mine]) < MAX_THEME
        and not leans_back_en(scored, i - 1)
        and not leans(scored.trimmed[i - 1])  # "But the Dens Park bad boy will miss …" stays after its lead
        and not _unattributed_quote(scored.trimmed[i - 1])
        and not _names_title(named[owner], scored.trimmed[i - 1])
        and _may_leave(scored, kept[owner], i - 1, named[owner])
    )


_TITLE_NAME = LazyPattern(r"[A-Z][a-z]{3,}")


def _names_title(title: str, text: str) -> bool:
    """Whether `text` writes a capitalized word of its group's `title` ("Schumacher Junior is part
    of the Dutch Van Amersfoort Racing team …" under "Schumacher Junior's Debut", en-cnndm 49): it
    says whom the group is about and stays there (a blind reader preferred it kept, s94a)."""
    return any(re.search(rf"\b{word}\b", text) for word in _TITLE_NAME.findall(title.rsplit(":", maxsplit=1)[-1]))


def en_antecedents_next(
    scored: Scored, groups: Sequence[list[int]], titles: Sequence[str | None] = ()
) -> list[list[int]]:
    """`groups` (overview first, titled `titles`) with each leaning English bullet beside its
    antecedent (module doc); unchanged for another language."""
    kept = [list(g) for g in groups]
    named = [t or "" for t in titles] or [""] * len(kept)
    if scored.lang != "en":
        return kept
    for i in [i for g in groups for i in g]:
        if not (leans_back_en(scored, i) or turned_lean(scored, i) or or_lean(scored, i)):
            continue
        mine, owner = _group_of(kept, i), _group_of(kept, i - 1)
        if mine is None or owner is None:
            continue
        if not ends_whole(scored, i - 1):
            continue
        if owner == mine:
            if kept[mine].index(i) != kept[mine].index(i - 1) + 1:
                kept[mine].remove(i)
                kept[mine].insert(kept[mine].index(i - 1) + 1, i)
            continue
        if owner != mine - 1 or kept[mine][0] != i or kept[owner][-1] != i - 1:
            if far_reference(scored, kept, named, i, mine, owner):  # "To do this …" groups away
                kept[mine].remove(i)
                kept[owner].insert(kept[owner].index(i - 1) + 1, i)
            elif far_down(scored, kept, named, i, mine, owner):  # "It represents …" heads its own
                kept[owner].remove(i - 1)
                kept[mine].insert(0, i - 1)
            elif far_leans(scored, kept, i, mine) and _pair_fits(scored, kept, named, i, mine, owner):
                _move_pair(kept, i, mine, owner)  # "But it will also mean …" with the quotation it introduces
            continue  # a group's head after the group before's last: the case readers meet
        room = MAX_OVERVIEW if owner == 0 else MAX_THEME
        down = (
            owner > 0
            and len(kept[mine]) < MAX_THEME  # the leaning bullet's group takes the antecedent within five
            and not leans_back_en(scored, i - 1)
            and not _unattributed_quote(scored.trimmed[i - 1])  # a speakerless line names no one to point at
            and _may_leave(scored, kept[owner], i - 1, named[owner])
        )
        up = len(kept[owner]) < room and _may_leave(scored, kept[mine], i, named[mine])
        if up and not (down and crowds(len(kept[owner]) + 1, len(kept[mine]) - 1)):
            kept[mine].remove(i)
            kept[owner].append(i)
        elif down:
            kept[owner].remove(i - 1)
            kept[mine].insert(0, i - 1)
        elif _pair_fits(scored, kept, named, i, mine, owner):
            _move_pair(kept, i, mine, owner)
        elif (taken := overview_swap(scored, kept, named, i)) is not None:  # "Government forces …" down
            kept[0][kept[0].index(i - 1)] = taken
            kept[1].remove(taken)
            kept[1].insert(0, i - 1)
    return kept


def overview_swap(scored: Scored, kept: list[list[int]], named: Sequence[str], i: int) -> int | None:
    """The bullet of `i`'s group that takes the place of `i`'s antecedent in a two-bullet overview,
    where `i` heads the first theme on a pronoun and could not go up (its title is `i`'s own, or the
    next bullet leans on it) and the antecedent, the overview's last, could not go down (the overview
    keeps too few): "Government forces … took nearly all remaining rebel-held parts of Aleppo" heads
    "It represents a major victory for President Bashar al-Assad", and the ICRC's count of evacuees
    stands beside the ICRC's evacuation in the overview (en-xsum 62 with its share bar cut, which
    the glued page got by a third overview point). The one taken is the group's bullet most like the
    overview's lead (and like it at all), leaning on nothing, nor leant on by the next sentence, nor
    what only the title names; none where the antecedent leans itself or is a speakerless quote,
    nor where `i`'s pronoun is no event's (`en_event_pronoun`): "Its aim is to plant …" reads under
    another head (`en_standalone_heads`), and only an event's "It" joins its antecedent's bullet."""
    overview, group = kept[0], kept[1] if len(kept) > 1 else []
    if len(overview) != MIN_LEFT or overview[-1] != i - 1 or not group or group[0] != i:
        return None
    if not opens_on_event_pronoun(scored.trimmed[i]) or len(group) < MIN_LEFT:
        return None  # a thing's "Its aim …" reads under another head (`en_standalone_heads`)
    before = scored.trimmed[i - 1]
    if leans_back_en(scored, i - 1) or leans(before) or _unattributed_quote(before):
        return None
    rest = [scored.trimmed[j] for j in group]
    likeness = scored.sentence_vectors.similarities(overview[0])
    fits = [
        j
        for j in group[1:]
        if likeness[j] > 0
        and not (leans_back_en(scored, j) or turned_lean(scored, j) or leans(scored.trimmed[j]))
        and not unattributed(scored.trimmed[j], False)  # a named speaker's words stand alone
        and not (j + 1 in group and leans_back_en(scored, j + 1))
        and not _titled_by(named[1], scored.trimmed[j], [t for k, t in zip(group, rest, strict=True) if k != j])
    ]
    return max(fits, key=lambda j: likeness[j], default=None)
