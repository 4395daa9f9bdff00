"""English news groups by who each bullet is about or quotes (`en_actors.py`), where the
story is told that way: a trial's accusers and the accused ("Nurse B" for what she alleged,
"Manohar" for what he told officers), an interview's speakers. Runs of neighbouring sentences
split such a story by place in the text, so one nurse's allegations and his answer to them land
under titles that name one detail ("Breast Lumps", "Dark Room").

The theme groups' bullets are grouped anew by actor only where nearly every bullet has one,
two to four actors have two bullets each or more, and the groups the runs made mix actors;
the bullets stay the same, each group in the article's order, titled by the event its bullets
name ("Sexual Assault" over the counts a doctor denies, `en_title_event.py`), else by its
actor's name as its bullets write it, but for a lawyer's group: the party the lawyer tells of
("Nurse A", not "Mr McLachlan", `en_case_party.py`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from citebrief.engines.scored import Draft, Unit
from citebrief.text.brief_memo import per_brief
from citebrief.text.en_actors import actor, is_person_title, key, person_key
from citebrief.text.en_case_party import case_party, is_lawyer
from citebrief.text.en_lone_actor_name import lone_name_title
from citebrief.text.en_title_event import event_phrase
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speech_verbs_en import TablePattern, alternation
from citebrief.text.titles import display_title

MIN_ACTORS, MAX_ACTORS = 2, 4
MIN_BULLETS = 2  # an actor's bullets, each
MAX_BULLETS = 5
NAMED_BULLETS = 3  # a person's bullets that title a group with others in it, at least
MAX_UNKNOWN_SHARE = 1 / 3  # bullets with no actor (or one of a bullet alone), joined to the group of the one before


def by_actor(units: list[Unit], drafts: list[Draft], used: set[str] | None = None) -> list[Draft] | None:
    """The theme groups (`drafts`) regrouped by actor, titled by their names (added to `used`),
    or None where the story is not told by who says or does what."""
    picked = sorted(i for d in drafts for i in d.picked)
    if len(picked) < 2 * MIN_ACTORS:
        return None
    sentences = [u.text for u in units]
    written = {i: actor(sentences, i) for i in picked}
    keys = _keys(sentences, written)
    counts = Counter(k for k in keys.values() if k)
    keys = {i: k if counts[k] >= MIN_BULLETS else "" for i, k in keys.items()}
    counts = Counter(k for k in keys.values() if k)
    if sum(not k for k in keys.values()) > MAX_UNKNOWN_SHARE * len(picked):
        return None
    if not MIN_ACTORS <= len(counts) <= MAX_ACTORS:
        return None
    before = next(k for k in (keys[i] for i in picked) if k)  # opening bullets of none: the first actor's
    for i in picked:  # a bullet of no actor goes on from the one before
        keys[i] = keys[i] or before
        before = keys[i]
    order = list(dict.fromkeys(keys[i] for i in picked))
    if max(Counter(keys.values()).values()) > MAX_BULLETS:
        return None
    if not _mixed(drafts, keys):
        return None
    theme_of = {i: d.theme for d in drafts for i in d.picked}
    result = []
    given: set[str] = set()  # titles this regrouping gives (`used` may hold phrases of groups it undoes)
    for who in order:
        members = [i for i in picked if keys[i] == who]
        title = _title(who, [written[i] for i in members], [sentences[i] for i in members])
        if not title:
            return None  # no bullet of the group writes the name: nothing to title it by
        event = event_phrase([sentences[i] for i in members], given)
        if not event and is_lawyer(who, sentences):  # "Mr McLachlan", prosecuting: the party he tells of
            title = case_party(sentences, members, who, (used or set()) | given) or title
        title = event if event and event.casefold() not in (used or set()) else title  # the charges, not who
        if not event:  # not "Eddie Coyle" one bullet of five writes, where two name the driver
            title = lone_name_title(title, [sentences[i] for i in members], sentences, (used or set()) | given)
        if not event and title and _named_above(title, used or set()):
            title = ""  # "Sherwood" under "Key points: Tim Sherwood": the title steps name what his group says
        given.add(title.casefold())
        result.append(Draft(theme_of[members[0]], members, display_title(title, "en") if title else ""))
    if used is not None:
        used.update(d.title.casefold() for d in result if d.title)
    return result


def name_groups(
    units: list[Unit], drafts: list[Draft], used: set[str], lead: int, covered: Callable[[list[int]], bool]
) -> None:
    """Titles each group of `drafts` not yet titled whose bullets are mostly one person's words
    or deeds (all of them, or three and two thirds of them at least), the person not the one the article's first
    `lead` sentences name, by that person's name as the bullets write it ("Michael Lurie" over
    what he and his family saw, not "Child Endangerment Charges" of the one bullet besides),
    unless a phrase half its bullets say (`covered`) names what they speak of ("Power of
    Attorney" of a lawyer's three answers), or the person's bullets only report what they said
    (a farmer on the lamb's size: the phrases name the lamb), or the bullets name an event
    ("Child Endangerment Charges", `en_title_event.py`)."""
    sentences = [u.text for u in units]
    for draft in drafts:
        if draft.title:
            continue
        written = {i: actor(sentences, i) for i in draft.picked}
        keys = actor_keys(units, draft.picked, lead)
        counts = Counter(k for k in keys.values() if k)
        if not counts:
            continue
        who, count = counts.most_common(1)[0]
        if count < len(draft.picked) and (count < NAMED_BULLETS or 3 * count < 2 * len(draft.picked)):
            continue  # all of two, or three of four
        if covered(draft.picked):  # asked last: the phrases cost most, and `used` is as it was
            continue
        members = [i for i in draft.picked if keys[i] == who]
        if all(_SPEECH.search(sentences[i]) for i in members):
            continue  # what a source says ("Jean Morris" on the lamb's size): the phrase chain names it
        title = _title(who, [written[i] for i in members], [sentences[i] for i in draft.picked])
        title = (title and event_phrase([sentences[i] for i in draft.picked], used)) or title
        if title and title.casefold() not in used:
            draft.title = display_title(title, "en")
            used.add(title.casefold())


def _named_above(name: str, used: set[str]) -> bool:
    """A title given already (the overview's) names the person: "Tim Sherwood" holds "Sherwood"."""
    folded = name.casefold()
    return any(f" {folded} " in f" {u} " for u in used)


def _keys(sentences: list[str], written: dict[int, str]) -> dict[int, str]:
    every = tuple(sentences)
    return {i: _person_key(name, every) for i, name in written.items()}


@per_brief(maxsize=4096)
def _person_key(name: str, sentences: tuple[str, ...]) -> str:
    """`person_key`, once a brief for each name: every grouping step asks of the same people."""
    return person_key(name, sentences)


def actor_keys(units: list[Unit], picked: list[int], lead: int = 0) -> dict[int, str]:
    """The person each of the bullets `picked` is about or quotes, by `key`; '' for none, and
    for the person the article's first `lead` sentences name (the one the story is about: every
    group tells of them)."""
    sentences = [u.text for u in units]
    keys = _keys(sentences, {i: actor(sentences, i) for i in picked})
    opening = " ".join(sentences[:lead])
    return {i: "" if k and _says(opening, k) else k for i, k in keys.items()}


_LEANS = LazyPattern(
    r"^(?:(?:He|She|They|It|His|Her|Their|Its|This|These|That|Those|But|And|So|Then|After that)\b"
    r"|[^.,;]{0,80}, (?:he|she|they|it)\b)"
)


def leans(sentence: str) -> bool:
    """`sentence` reads on from the one before: it opens on a pronoun or a connective, or its
    first clause's subject is one ("After two attempts failed ..., they created ...")."""
    return bool(_LEANS.match(sentence))


def _mixed(drafts: list[Draft], keys: dict[int, str]) -> bool:
    """Some group of `drafts` holds the bullets of two actors or more, or an actor's bullets
    lie in two groups."""
    home: dict[str, set[int]] = {}
    for g, draft in enumerate(drafts):
        for i in draft.picked:
            home.setdefault(keys[i], set()).add(g)
    mixed_group = any(len({keys[i] for i in d.picked}) > 1 for d in drafts)
    return mixed_group or any(len(groups) > 1 for groups in home.values())


# a bullet that reports what someone said: a verb of saying or a quotation
_SPEECH = TablePattern(lambda: rf"\b{alternation('source')}\b|^['‘\"“]")
_CAPTION_WORD = LazyPattern(r"\b[A-Z]-[a-z]|\b[A-Z]{2,}\b(?! [A-Z]$)")  # "X-rays", "PICTURED"


def _says(text: str, name: str) -> bool:
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(name, at + 1)
    return False


def _title(who: str, names: list[str], texts: list[str]) -> str:
    """The fullest form of the actor's name its bullets write ("Paul Dundon", not "Dundon"), but
    for a caption's word run in ("X-rays Nurse B"), without a title such as "Mr" before a full
    name; '' where no bullet writes it."""
    forms = [n for n in [*names, who] if n and key(n) == who and any(_says(t, n) for t in texts)]
    if not forms:
        return ""
    forms = [n for n in forms if not _CAPTION_WORD.search(n)] or forms
    best = max(forms, key=lambda n: (len(n.split()), sum(_says(t, n) for t in texts)))
    words = best.split()
    if len(words) > 2 and is_person_title(words[0]):
        words = words[1:]
    return " ".join(words)
