"""A Chinese story that profiles several people in turn gets one group per person, and an
overview of what they share.

A report on two volunteers, two donors or two doctors names them together in its lead ("吉林第157
例造血干细胞捐献者战泊希、第158例造血干细胞捐献者贺宏达16日在长春完成捐献"), then tells each one's
story in a run of sentences of their own, then what they did together. Theme groups read passages,
not people: the first person's story sits in the lead passage, so the overview took his bullets
while the second person got a group of his own, and a sentence about both ("二人都非常激动") sat in
that group. Blind readers mark such a brief uneven: two parallel profiles, one told as the story's
key points.

Here, once the groups are settled, where the lead sentence names two or more people each right
after a role word (a word ending on a role's head, `zh_person_roles.tsv`: "捐献者战泊希") or as a
name the tagger reads (nr), not a surname with 某 (a case report's "郑某" and "陈某" are no
profiles), and each of them opens `MIN_OWN` clauses or more of the later sentences that name no
other of them (their own run), every bullet about one of them alone goes to that person's group
(a sentence naming no one but saying "他" is about the person of the sentence before it), and a
theme bullet naming two or more of them, or them together (`zh_together_words.tsv`: "二人"), goes
to the overview. Each person's group is filled up to `MIN_GROUP` bullets from their own sentences
not yet picked, the overview up to `MIN_OVERVIEW` from sentences naming them together (those naming
them by name first: "16日，战泊希、贺宏达分别在……成功捐献"), so that it tells the event they share;
where a person's group stays short of `MIN_GROUP`, the groups stay as they were. Each person's
group is titled by the name and what its first sentence says the person is or does (`zh_name_deed`:
"贺宏达：北华大学的一名大三学生"; the name alone where none fits). Other groups (the organisation's)
keep what names none of them. Reads Chinese news and features (`final_groups`).
"""

from __future__ import annotations

from enum import Enum
from functools import cache

from citebrief.engines.scored import Draft, Scored, overview_placed
from citebrief.text.data_files import rows_by_kind
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_name_deed import deed_titled
from citebrief.text.zh_person_role import person_name
from citebrief.text.zh_role_heads import role_heads

MIN_PEOPLE = 2
MIN_OWN = 2  # clauses each person opens in sentences of their own
MIN_GROUP = 2  # a person's group's bullets, filled up to
MIN_OVERVIEW = 3  # the overview's points, filled up to from sentences naming the people together
NAME_LENGTHS = (4, 3, 2)  # a name after a role word: the longest that opens later clauses
_SOMEONE = "某"
_HAN = LazyPattern(r"[\u4e00-\u9fff]+")
_CLAUSE_STARTS = LazyPattern(r"(?:^|[，。；：！？])\s*")


@cache
def _words(kind: str) -> tuple[str, ...]:
    """The words of `kind` (together, one) in `data/zh_together_words.tsv`."""
    return rows_by_kind("zh_together_words.tsv").get(kind, ())


def lead_people(lead: str, later: list[str]) -> list[str]:
    """The people `lead` names (after a role word, or as a tagger's name) that each open
    `MIN_OWN` clauses of `later` sentences naming no other of them, in the lead's order."""
    found: dict[str, int] = {}
    for start in _after_roles(lead):
        for length in NAME_LENGTHS:
            name = lead[start : start + length]
            if _HAN.fullmatch(name) and not _other_word(name) and _opens(name, later) >= MIN_OWN:
                found.setdefault(name, start)
                break
    at = 0
    # a tagger's name is a word tagged nr here too (a word's tag is its own, whatever the text),
    # so no other word of the lead is tagged again alone (`person_name`); a surname with 某 is
    # dropped below
    for word, tag in tag_zh(lead):
        if tag == "nr" and person_name(word) and _opens(word, later) >= MIN_OWN:
            found.setdefault(word, lead.find(word, at))
        at += len(word)
    people = sorted((n for n in found if _SOMEONE not in n), key=found.__getitem__)  # "郑某": a case, no profile
    people = [p for p in people if not any(p != q and p in q for q in people)]
    own = [[s for s in later if p in s and not any(q in s for q in people if q != p)] for p in people]
    return [p for p, mine in zip(people, own, strict=True) if _opens(p, mine) >= MIN_OWN]


def _other_word(name: str) -> bool:
    """True when the tagger reads `name` as one word and no person's ("会议", "石家庄"): a name it
    does not know it cuts ("战泊/n 希/v") or reads as one ("贺/nr 宏达/nz")."""
    words = tag_zh(name)
    return len(words) == 1 and words[0][1] != "nr"


def _after_roles(lead: str) -> list[int]:
    """Where a name may start in `lead`: right after a run of nouns ending on a role's head."""
    words = tag_zh(lead)
    roles = [len(word) >= 2 and tag.startswith("n") and word.endswith(role_heads()) for word, tag in words]
    starts: list[int] = []
    at = 0
    for k, (word, _) in enumerate(words):
        at += len(word)
        if roles[k] and not (k + 1 < len(words) and roles[k + 1]):  # "干细胞捐献者": after the run's last
            starts.append(at)
    return starts


def _opens(name: str, sentences: list[str]) -> int:
    """How many clauses of `sentences` open on `name`: the clauses of those that say it (the lead's
    every candidate name is asked of the whole article, which names one in a few sentences)."""
    return sum(1 for s in sentences if name in s for m in _CLAUSE_STARTS.finditer(s) if s.startswith(name, m.end()))


def people_grouped(scored: Scored, drafts: list[Draft], chosen: list[int]) -> list[Draft]:
    """The drafts (overview first) with one group per profiled person (module doc), in place (the
    engine reads on from the list it passed); as they were where the story profiles no two people
    in turn."""
    if len(drafts) < 2 or scored.lang != "zh" or not drafts[0].picked:
        return drafts
    units = [u.text for u in scored.units]
    people = lead_people(units[0], units[1:])
    if len(people) < MIN_PEOPLE:
        return drafts
    owners = _owners(units, people)
    whose = [o or (owners[i - 1] if i in scored.carried else None) for i, o in enumerate(owners)]
    lead = drafts[0].picked[0]
    mine: dict[str, list[int]] = {p: [] for p in people}
    overview = [lead]
    kept: list[Draft] = []
    for k, draft in enumerate(drafts):
        rest: list[int] = []
        for i in (i for i in draft.picked if i != lead):
            owner = whose[i]
            if isinstance(owner, str) and owner in mine:
                mine[owner].append(i)
            elif owner or not k:
                overview = overview_placed(overview, i) if k else [*overview, i]
            else:
                rest.append(i)
        if k and rest:
            kept.append(Draft(draft.theme, rest, draft.title))
    groups = [Draft(None, _carried_once(sorted(mine[p]), units, people)) for p in people]
    taken = list(chosen)  # every group's sentences, the ones the fills below add too
    for person, group in zip(people, groups, strict=True):
        _fill(scored, group, taken, [i for i in scored.usable if whose[i] == person], MIN_GROUP, in_order=True)
    top = Draft(None, overview, drafts[0].title)
    shared = [i for i in scored.usable if whose[i] is _Shared.TOGETHER]  # those naming them before "二人"
    shared.sort(key=lambda i: (sum(p in units[i] for p in people) < MIN_PEOPLE, i))
    _fill(scored, top, taken, shared, MIN_OVERVIEW, in_order=False)
    if any(len(g.picked) < MIN_GROUP for g in groups):
        return drafts
    chosen[:] = taken
    texts = scored.trimmed
    for person, group in zip(people, groups, strict=True):
        bullets = [texts[i] for i in group.picked]
        group.title = deed_titled(person, bullets, _paragraphs(scored, group.picked), set(), person=True)
    drafts[:] = [top, *groups, *kept]  # in place: the engine reads on from the list it passed
    return drafts


def _carried_once(picked: list[int], units: list[str], people: list[str]) -> list[int]:
    """`picked` less each sentence the next picked one goes on from with "他" and no name ("贺宏达是
    ……。| 他是在……"): that bullet carries it (`carry_antecedent`), so no bullet opens on "他"."""
    return [i for i in picked if not (i + 1 in picked and not any(p in units[i + 1] for p in people))]


def _paragraphs(scored: Scored, picked: list[int]) -> list[str]:
    """The paragraphs (each its sentences joined) the bullets on `picked` cite."""
    cited = sorted({scored.units[i].paragraph for i in picked})
    return ["".join(u.text for u in scored.units if u.paragraph == p) for p in cited]


class _Shared(Enum):
    """Who a sentence naming the people at once is about: no one person (a marker no name equals)."""

    TOGETHER = "together"


Owner = str | _Shared | None  # a person, the people together, or None (no one)


def _owners(sentences: list[str], people: list[str]) -> list[Owner]:
    """Whom each sentence is about: the one person it names, `_Shared.TOGETHER` where it names two
    or more or says them together, the person before it where it names no one but says "他"; else None."""
    owners: list[Owner] = []
    for text in sentences:
        named = [p for p in people if p in text]
        alone = text
        for word in _words("together"):
            alone = alone.replace(word, "")
        if len(named) >= MIN_PEOPLE or (not named and alone != text):
            owners.append(_Shared.TOGETHER)
        elif named:
            owners.append(named[0])
        else:
            before = owners[-1] if owners and owners[-1] in people else None
            owners.append(before if any(word in alone for word in _words("one")) else None)
    return owners


def _fill(scored: Scored, draft: Draft, chosen: list[int], fitting: list[int], size: int, *, in_order: bool) -> None:
    """`draft` given sentences of `fitting` not yet in `chosen` (which takes them), in article
    order, until it holds `size` bullets: a group in article order (`in_order`), the overview each
    after its point before."""
    for i in fitting:
        if len(draft.picked) >= size:
            return
        held = (i in scored.carried and i - 1 in chosen) or (i + 1 in scored.carried and i + 1 in chosen)
        if i in chosen or held:  # no sentence a picked bullet already holds
            continue
        draft.picked = sorted([*draft.picked, i]) if in_order else overview_placed(draft.picked, i)
        chosen.append(i)
