"""An English news brief says how its story ends for the people in it: a short sentence of the
writer's own stating an outcome no bullet states (a sentence, verdict, charge, ban, fine, ruling,
appeal, a hearing set, who was hurt, or the next step naming where: "… will now race in the county
final in May") joins the theme group beside it, or takes the place of its quote line.

CNN/Daily Mail put a story's outcome in a short sentence of its own, often after the quotes it
follows ("Allen, who was jailed for six years …, could face another three years behind bars if
he fails to pay the money back."; "He was not injured."). Picked for centrality, such a sentence
loses to longer, quoted ones, and en-cnndm readers marked briefs down for it ("key outcomes
missing"; "the six-year jail term"; "the no-injuries outcome"). Here an unchosen sentence of an
English news item that states an outcome (`text/data/en_outcome_words.tsv`) whose outcome phrase
no bullet of the brief says, of at most `MOST_WORDS` words, no quotation nor words spoken as
"I"/"we", within `MOST_APART` sentences of a theme group's bullet (in its passage or the one
before), joins that group where it holds fewer than `FULL` bullets, and otherwise takes the place
of the group's weakest bullet: a quotation stating no figure (the group of the bullet it follows
on from, `FOLLOWS` passages back at most, or of the brief's last bullet where it closes the story,
next). Where none takes it, an outcome lying between two of the overview's points (the lead tells
it: a match report's "… all out for 236." between the innings and a quote line) takes the place of
the overview's quotation stating no figure, never one more point (en-xsum 148, cut: the result was
in no bullet; readers marked its coverage down); so does the article's closing outcome where the
overview is the whole brief (a short race report as pasted kept the winners' quote of their
training, not where they race next; readers marked its coverage down). Sentences are read in
article order; a group takes one (or two, the second right after the first); a condition ("to be
found guilty", "if he is convicted") or a caption run into the sentence takes none; nor does a next
step (`en_next_step_words.tsv`) naming nothing no bullet names (en-xsum 63, cut: "The motion will now
go forward for consideration by the assembly" only repeats the brief's motion, and took the place of
the minister's promise of equal treatment; readers preferred the promise). en-cnndm: 9 of
200 briefs change, all better by a read (the six- and five-year jail terms, the flag arrest's lack
of charges and campus ban, the prosecutors' planned appeal of the Clarkson ruling, bail and a
hearing date).
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.engines.bullets import repeats_any
from citebrief.engines.scored import Draft, Scored
from citebrief.text.data_files import data_lines
from citebrief.text.en_unattributed import quote_reading, writers_own
from citebrief.text.lazy_re import LazyPattern

MOST_WORDS = 35  # a longer sentence with an outcome is a story of its own, picked or passed over for that
MOST_APART = 3  # sentences between the outcome and the bullet whose group it joins, at most
FOLLOWS = 3  # passages from the bullet before it to an outcome that follows on from it, at most
FULL = 4  # a group holding this many bullets takes the outcome only in place of a quote line
MOST_ADDED = 2  # outcomes a brief takes, at most

# a quotation's opening mark (not the apostrophe of "O'Brien") or its closing one ("… euros.'")
_QUOTE_MARK = LazyPattern(r"(?:^|[\s(\[:])['‘\"“](?=\w)|[\w.,!?]['’\"”](?=\s|$)")
# an outcome still hanging on a condition ("for Luna to be found guilty …", "if he is convicted")
_CONDITION = LazyPattern(r"\b(?:if|unless|whether|to be)\b", flags=re.IGNORECASE)
# a caption or link line run into the sentence ("… recording coworker All this came to light …")
_GLUED = LazyPattern(r"\b[a-z]+ (?:All|The|This|That|These|It|He|She|They|But|And|When|After)\b")
_DIGIT = LazyPattern(r"\d")


# a name or a figure: a capitalized word ("Finland", "July") or a number ("2,000")
_NAMED = LazyPattern(r"\b(?:[A-Z][\w'’-]*|\d[\d,.]*)")


@cache
def next_steps() -> frozenset[str]:
    """The phrases of a story's next step ("will now", `en_next_step_words.tsv`), lower case."""
    return frozenset(data_lines("en_next_step_words.tsv"))


@cache
def _outcome_pattern() -> re.Pattern[str]:
    words = sorted([*data_lines("en_outcome_words.tsv"), *next_steps()], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


def outcome_phrases(text: str) -> set[str]:
    """The outcome phrases `text` states ("jailed", "was not injured"), lower case."""
    return {match.group(0).casefold() for match in _outcome_pattern().finditer(text)}


def add_outcomes(scored: Scored, drafts: list[Draft], chosen: list[int]) -> int:
    """Gives the theme groups of `drafts` (after the overview, `drafts[0]`) the unchosen outcome
    sentences no bullet states, beside one of their bullets (module doc); `chosen` follows.
    Returns the sentences taken."""
    if scored.lang != "en" or not drafts:
        return 0
    texts = [u.text for u in scored.units]
    _, quoted = quote_reading(tuple(texts))
    said = " ".join(scored.trimmed[k] for k in chosen).casefold()
    taken: set[int] = set()
    last_taken = -2
    added = 0
    for i in sorted(scored.usable):
        if added >= MOST_ADDED:
            break
        text = scored.trimmed[i]
        if i in chosen or not _plain(text, quoted[i]):
            continue
        phrases = outcome_phrases(text)
        if not phrases or all(phrase in said for phrase in phrases):
            continue
        bullets = [scored.trimmed[k] for k in chosen]
        if repeats_any(text, bullets, scored.lang) or (phrases <= next_steps() and not _names_news(text, bullets)):
            continue
        for group in [*_beside(scored, drafts, i), *_amid_overview(drafts, i, max(scored.usable))]:
            follows = i == last_taken + 1 and i - 1 in drafts[group].picked  # "… no charges. | … a ban."
            if (group not in taken or follows) and _take(scored, drafts, group, i, chosen):
                said += " " + text.casefold()
                taken.add(group)
                last_taken = i
                added += 1
                break
    return added


def _take(scored: Scored, drafts: list[Draft], group: int, i: int, chosen: list[int]) -> bool:
    """Sentence `i` joins theme group `drafts[group]` where it holds fewer than `FULL` bullets, or
    takes the place of its last quotation stating no figure; the overview (`group` 0) only the
    latter, its points kept in their order; whether it did."""
    draft = drafts[group]
    if group and len(draft.picked) < FULL:
        draft.add(i, chosen)
        return True
    weakest = [k for k in draft.picked if _quote_without_figure(scored.trimmed[k])]
    if weakest:
        draft.swap(weakest[-1], i, chosen, in_order=bool(group))
    return bool(weakest)


def _amid_overview(drafts: list[Draft], i: int, last: int = -1) -> list[int]:
    """The overview (`[0]`) where sentence `i` lies between two of its bullets: the lead it tells
    ("… a three-wicket burst undermined the chase. | They were all out for 236. | … 'Everyone is
    stepping up.'"), where an outcome a full theme group cannot take is the lead's own; and where
    the overview is the whole brief and `i` is the article's `last` sentence: a short story's close
    ("… will now compete at the World Championships in July.") has no other group to go to."""
    picked = drafts[0].picked
    amid = bool(picked) and min(picked) < i < max(picked)
    closes = len(drafts) == 1 and bool(picked) and i == last > max(picked)
    return [0] if amid or closes else []


def _names_news(text: str, bullets: list[str]) -> bool:
    """Whether `text` names something (a capitalized word past its first, a figure) no bullet
    names: a next step that says where the story goes ("… at the World Championships in Finland in
    July"), not one that only says it goes on ("The motion will now go forward …")."""
    named = {word for bullet in bullets for word in _NAMED.findall(bullet)}
    words = [m.group(0) for m in _NAMED.finditer(text) if m.start()]  # its first word, capitalized anyway
    return any(word not in named and word != "I" for word in words)


def _quote_without_figure(text: str) -> bool:
    """`text` quotes someone and states no figure: the group's weakest bullet."""
    return _QUOTE_MARK.search(text) is not None and _DIGIT.search(text) is None


def _conditional(text: str) -> bool:
    """`text` states its outcome only under a condition: "if", "whether" before its first outcome
    phrase, or "to be" right before it ("… could face three more years if he fails to pay" keeps
    its jail term; "… are understood to be preparing an appeal" its appeal). A date set is a phrase
    of its own ("scheduled to be sentenced", `en_outcome_words.tsv`), its "to be" inside it."""
    outcome = _outcome_pattern().search(text)
    for condition in _CONDITION.finditer(text):
        if outcome is None or condition.start() > outcome.start():
            break
        if condition.group(0).casefold() != "to be" or outcome.start() <= condition.end() + 1:
            return True  # "if …", or "to be" right before the outcome ("to be found guilty")
    return False


def _plain(text: str, middle: bool) -> bool:
    """`text` is the writer's own short sentence (`writers_own`) stating no condition, no glued sentences."""
    return writers_own(text, middle, MOST_WORDS, _QUOTE_MARK) and not _conditional(text) and _GLUED.search(text) is None


def _beside(scored: Scored, drafts: list[Draft], i: int) -> list[int]:
    """The indexes in `drafts` of the theme groups holding a bullet near sentence `i`, nearest
    first: at most `MOST_APART` sentences away in its passage or the one next to it (the one before
    `i` first), the overview's bullets passed over; then the group of the last bullet before `i`,
    at most `FOLLOWS` passages back (the thread it follows on from); where `i` comes after every bullet (a story's
    closing outcome: "He was remanded on bail and will await a hearing on June 12."), last the
    group of the brief's last bullet."""
    paragraph = scored.units[i].paragraph
    near: list[int] = []
    for apart in range(1, MOST_APART + 1):
        for k in (i - apart, i + apart):
            if k < 0 or k >= len(scored.units) or abs(scored.units[k].paragraph - paragraph) > 1:
                continue
            near += [place for place, draft in enumerate(drafts) if place and k in draft.picked and place not in near]
    before = [(k, place) for place, draft in enumerate(drafts) for k in draft.picked if k < i]
    thread = max(before, default=(i, 0))  # the bullet this sentence follows on from
    if thread[1] and thread[1] not in near and paragraph - scored.units[thread[0]].paragraph <= FOLLOWS:
        near.append(thread[1])
    last = max((k, place) for place, draft in enumerate(drafts) for k in draft.picked)
    if last[0] < i and last[1] and last[1] not in near:
        near.append(last[1])
    return near
