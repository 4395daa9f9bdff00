"""An English theme bullet about someone its group does not name goes where that someone is, or
gives its place to a sentence of its run about the group's own subject.

One-block English news is grouped by runs of the article (passages, then runs, then themes), so
a sentence about another person or team that sits at a run's edge stays in the run's group:
readers meet "Chancey Luna, 17, was charged with first-degree murder" under "Court" while the
next group is about Luna, or "Meanwhile, Atletico's Croatia forward Mario Mandzukic ... is set
to play" as the last line under "Gareth Bale". Two steps, theme groups only (the overview keeps
its points), each bullet once:

- a group's first or last bullet whose named subject (the name it opens on before its verb, or
  its quotation's speaker: `en_actors.named`) no other bullet of its group names, nor the
  overview (the story's own subject is everywhere), moves to a neighbouring theme group (in
  article order) one of whose bullets is about it (names it as its own subject: "co-hosts Richard
  Hammond" in Clarkson's flight is no home for Hammond's leaving Top Gear, read 38g preferred it
  beside the assault that led to the sacking); the group it leaves keeps `MIN_GROUP` bullets,
  the one it joins holds `MAX_GROUP` at most, and a bullet that leans on the sentence before it
  (a pronoun or a pointing word: `en_antecedent_next.leans_back_en`) stays;
- a group's last bullet that turns to another thread ("Meanwhile", "Elsewhere", "In other
  news") or opens on a name no other bullet of the brief writes, that names someone neither its
  group nor the overview names and not the group's subject (the person most of its other
  bullets are about, `en_actors.actor`), gives its place to the sentence of its run nearest
  before it, not in the brief nor held by a bullet after it, that names the group's subject and
  no one else as its own, ends as a sentence does, leans on nothing and is neither a short
  remark nor a caption's run-on ("Meanwhile, there's still no word on whether Tiger Woods will
  play the Masters" gives way to "Casey will wrap up his preparation at the Shell Houston
  Open"). Where there is none the aside stays in a group that would keep two: it would give
  its room to a bullet a later step moves in from the group before. A group that keeps
  `MIN_KEPT` lets it go where the aside gives a result ("3-0") no other bullet of its group
  gives: what is left is its own thread still, and the aside is another match read as
  misfiled ("Borussia Dortmund eased past visiting Paderborn 3-0" closing "Sebastian Rode" in
  Bayern's match report, en-cnndm 178; session 46 readers). It goes to a group of its own
  right after, as `en_turn_splits` gives a last "Meanwhile, ..." aside, where the brief then
  holds `EN_SPLIT_THEMES` theme groups at most, and out of the brief only where it would hold more:
  session 48 readers missed the round-up's other result when it went. A turn alone is no reason:
  "Meanwhile, Atletico's Croatia forward Mario Mandzukic ... is set to play" (39) is team news
  for the match previewed, and readers missed it when it went. An aside that only opens on a
  new name stays: "Equatorial Guinea stepped in to stage the 2015 finals" ends the story of
  Morocco's refusal to host (en-xsum 1).
English news and features read in runs only (not asked for --groups, not a policy or essay).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import chain

from citebrief.engines.en_antecedent_next import leans_back_en
from citebrief.engines.en_groups import name_families
from citebrief.engines.scored import Draft, Scored, part_after
from citebrief.engines.theme_count import EN_SPLIT_THEMES
from citebrief.text.en_actors import actor, key, named
from citebrief.text.en_thread_turns import THREAD_TURN
from citebrief.text.en_title_choice import family
from citebrief.text.lazy_re import LazyPattern

MIN_GROUP = 2  # bullets the group a bullet leaves keeps, at least
MAX_GROUP = 5  # bullets the group it joins holds with it, at most (a folded group's size)
MIN_SUBJECT = 2  # other bullets of a group about one person that make them its subject
MIN_KEPT = 3  # bullets a group keeps where its aside goes with no stand-in (module doc)
MIN_WORDS = 8  # words of a stand-in, at least: "'Bale is fine.'" tells less than the aside it replaces
MAX_WORDS = 45  # words of a stand-in, at most: longer ones run captions into the next sentence
_PRONOUNS = frozenset({"He", "She"})
# a match's result: "3-0", "2-1" (not "2015-16")
SCORE = LazyPattern(r"(?<![\d-])\d{1,2}-\d{1,2}(?![\d-])")
# a sentence that ends as a sentence does (a stop, maybe a closing mark): a caption has none
_ENDS_SENTENCE = LazyPattern(r"[.!?…]['’\"”)]*\s*$")


def strays_placed(scored: Scored, drafts: list[Draft], chosen: list[int]) -> int:
    """Moves each theme bullet of `drafts` (overview first) about someone only a neighbouring
    group names to that group, then lets each group's last aside give way (module doc); `chosen`
    follows each swap or drop. Returns the bullets moved, swapped or dropped."""
    return _subjects_homed(scored, drafts) + _asides_replaced(scored, drafts, chosen)


def _says(text: str, name: str) -> bool:
    """Whether `text` writes `name` as a word of its own (not inside a longer word)."""
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or after.isalnum()):
            return True
        start = text.find(name, start + 1)
    return False


def _subject(text: str) -> str:
    """The name a bullet opens on or whose words it gives, as it is known ("Hammond"); '' where
    it names none or a pronoun stands for it."""
    name = named(text)
    return "" if not name or name in _PRONOUNS else key(name)


def _subjects_homed(scored: Scored, drafts: list[Draft]) -> int:
    """The first step of the module doc. Returns the moves."""
    texts = scored.trimmed
    overview = [texts[i] for i in drafts[0].picked]
    moved = 0
    for draft in sorted(drafts[1:], key=lambda d: min(d.picked)):
        for bullet in sorted({min(draft.picked), max(draft.picked)}):
            if len(draft.picked) <= MIN_GROUP:
                break
            subject = _subject(texts[bullet])
            if not subject or leans_back_en(scored, bullet) or any(_says(t, subject) for t in overview):
                continue
            if any(_says(texts[k], subject) for k in draft.picked if k != bullet):
                continue
            home = _neighbour_naming(texts, drafts, draft, subject)
            if home is not None:
                draft.move(bullet, home)
                moved += 1
    return moved


def _neighbour_naming(texts: Sequence[str], drafts: list[Draft], draft: Draft, subject: str) -> Draft | None:
    """The theme group right before or after `draft` in article order, with room for one more,
    one of whose bullets is about `subject` (names it as its own subject); None where neither is."""
    themes = sorted(drafts[1:], key=lambda d: min(d.picked))
    at = themes.index(draft)
    for home in themes[max(at - 1, 0) : at + 2]:
        if home is draft or len(home.picked) >= MAX_GROUP:
            continue
        if not any(_subject(texts[k]) == subject for k in home.picked):
            continue  # named there only in passing ("co-hosts Richard Hammond"): no home of theirs
        if _is_name(texts, home, subject):
            return home
    return None


def _is_name(texts: Sequence[str], home: Draft, subject: str) -> bool:
    """Whether a bullet of `home` writes `subject` capitalized past its first word, as a name is
    written ("co-hosts Richard Hammond"), not only as a sentence's first word ("Clients also ...")."""
    known_by = family(subject.rsplit(maxsplit=1)[-1])
    return any(known_by in name_families(texts[k]) for k in home.picked)


def _asides_replaced(scored: Scored, drafts: list[Draft], chosen: list[int]) -> int:
    """The second step of the module doc. Returns the swaps and drops."""
    texts = scored.trimmed
    sentences = [u.text for u in scored.units]
    said = set(chain.from_iterable(name_families(texts[i]) for i in drafts[0].picked))
    swapped = 0
    for draft in drafts[1:]:
        aside = max(draft.picked)
        others = [k for k in draft.picked if k != aside]
        if len(others) < MIN_GROUP or not (THREAD_TURN.search(texts[aside]) or _unknown(texts, drafts, aside)):
            continue
        named_here = said | set(chain.from_iterable(name_families(texts[k]) for k in others))
        if not name_families(texts[aside]) - named_here:
            continue  # it names no one new: it goes on about the group's or the story's own
        subject = _group_subject(sentences, others, drafts[0].picked)
        if not subject or _says(texts[aside], subject):
            continue  # no one's group, or the aside is of its subject after all ("..., Callan said about Clarke")
        stand_in = _stand_in(scored, chosen, range(aside - 1, min(others), -1), subject)
        if stand_in is not None:
            draft.swap(aside, stand_in, chosen)
            swapped += 1
        elif len(others) >= MIN_KEPT and aside not in scored.carried and _elsewhere(texts, others, aside):
            if len(drafts) - 1 < EN_SPLIT_THEMES:
                part_after(drafts, draft, others, [aside])
            else:
                draft.drop(aside, chosen)
            swapped += 1
    return swapped


def _elsewhere(texts: Sequence[str], others: list[int], aside: int) -> bool:
    """Whether the aside tells of another match: it gives a result no other bullet of its group
    gives ("... eased past visiting Paderborn 3-0")."""
    return SCORE.search(texts[aside]) is not None and not any(SCORE.search(texts[k]) for k in others)


def _unknown(texts: Sequence[str], drafts: list[Draft], aside: int) -> bool:
    """Whether bullet `aside` opens on a name no other bullet of the brief writes."""
    subject = _subject(texts[aside])
    return bool(subject) and not any(_says(texts[k], subject) for d in drafts for k in d.picked if k != aside)


def _group_subject(sentences: Sequence[str], others: list[int], overview: list[int]) -> str:
    """The person most of a group's bullets (`others`) are about (`en_actors.actor`, a pronoun
    read back), counting the overview's points where the group's own tie or fall short: '' where
    no one is the actor of `MIN_SUBJECT` of them."""
    in_group = Counter(key(actor(sentences, k)) for k in others)
    in_overview = Counter(key(actor(sentences, k)) for k in overview)
    people = [p for p in in_group if p[:1].isupper() and p.replace(" ", "").isalpha()]
    if not people:
        return ""
    best = max(people, key=lambda p: (in_group[p], in_overview[p]))
    return best if in_group[best] + in_overview[best] >= MIN_SUBJECT else ""


def _stand_in(scored: Scored, chosen: list[int], between: range, subject: str) -> int | None:
    """The sentence of `between` (nearest first) that may stand in for an aside about someone
    else: it names `subject` and no one else as its own (module doc); None where none does."""
    for index in between:
        text = scored.trimmed[index]
        # in the brief, or held by the bullet after it (joined to it, or leaning on it: "She was driven ...")
        after = index + 1 in chosen and (index + 1 in scored.carried or leans_back_en(scored, index + 1))
        unit = scored.units[index]
        if index in chosen or after or index not in scored.usable or unit.heading:
            continue
        if not _ENDS_SENTENCE.search(unit.text):
            continue
        if not MIN_WORDS <= len(text.split()) <= MAX_WORDS or _subject(text) not in {"", subject}:
            continue  # too short to tell more, a caption's run-on, or about someone else again
        if _says(text, subject) and not leans_back_en(scored, index):
            return index
    return None
