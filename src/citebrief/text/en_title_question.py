"""An English group title lifted from inside someone's quoted question: a blind reader of
en-cnndm 126 (Hamilton's season) marks "Better Outlap", of his "Could I have done a better
outlap?", as a title that does not fit the group of his analysis and work ethic. A question asks
what might have been; its phrase names nothing the group reports.

Such a title (one bullet writes it, only inside quotation marks, its sentence ending on "?"; not
said in a bullet's own words, `en_title_choice.said_outside_quotes`, nor by the group's paragraphs,
`en_title_quoted.quote_only`) gives way, read once the steps are done:

- to what the steps make of the group's next choice a bullet narrates (`title_choice.en_group_phrase`,
  the question's phrase held back), two words at least and no name: "Performance from Hamilton"
  of "Aspect" where the pasted article's group opens on "another 'home run' performance from
  Hamilton";
- else, where the group is one person's words (two bullets theirs, `en_title_lifted.reading`,
  no other speaker's) and a bullet of the writer's own names them, to "Surname on Word": the one
  noun that bullet says in its own words and the group's paragraphs write twice or more
  ("Hamilton on Work" of "… suggest to Hamilton that he does not work as hard …" beside his
  "I work as hard …"), written so (`en_overview_said.said_grounded`).

Narrow on purpose (en-cnndm and en-xsum 0-199, both views: of 60 titles lifted from one quotation,
en-cnndm 126's alone is a question's). `en_title_quote_fragment` (a branch, not landed) let three-word
quote phrases go whatever their sentence; its next choices read worse on some briefs.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from citebrief.text.en_chunks import word_classes
from citebrief.text.en_leaning_openers import written_as_name
from citebrief.text.en_overview_said import ON, said_grounded
from citebrief.text.en_title_choice import said_outside_quotes
from citebrief.text.en_title_lifted import reading
from citebrief.text.en_title_quoted import narrated, quote_only
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.title_choice import en_group_phrase
from citebrief.text.titles import display_title, free_of, on_word_boundaries, swapped_title

Steps = Callable[[list[str], list[str], list[str], set[str], str], str]

MIN_BULLETS = 2
MIN_WORDS = 2  # a next choice the steps leave one word ("Aspect", "Doctor") names no theme either
MIN_SPEAKER_BULLETS = 2
MIN_WRITINGS = 2  # paragraphs of the group that write the topic word
TRIES = 6
_END = LazyPattern(r"[.!?]")
_WORD = LazyPattern(r"[A-Za-z][a-z]{2,}")


def question_title(
    steps: Steps, bullets: list[str], texts: list[str], every_text: list[str], guard: set[str], title: str
) -> str:
    """`title`, or what stands in for it where it is a phrase of one quoted question (see the
    module's note); `guard` updated."""
    if len(bullets) < MIN_BULLETS or not title or not asked(title, bullets, texts):
        return title
    others = guard - {title.casefold()}
    held = set(guard)
    for _ in range(TRIES):
        found = en_group_phrase(bullets, texts, every_text, held, False)
        if not found:
            break
        held.add(found.casefold())
        if not narrated(found, bullets) or quote_only(found, bullets, texts):
            continue
        trial = others | {found.casefold()}
        made = steps(bullets, texts, every_text, trial, found)
        if _fits(made, bullets, texts, others):
            guard.clear()
            guard.update(trial)
            return made
    spoken = _speaker_topic(bullets, texts, every_text, others)
    return display_title(swapped_title(title, spoken, guard), "en") if spoken else title


def asked(title: str, bullets: list[str], texts: list[str]) -> bool:
    """One bullet writes the title, only inside a quotation, in a sentence ending on "?"; no
    bullet says it in its own words and the group's paragraphs write it only quoted."""
    lower = title.casefold()
    sayers = [b for b in bullets if on_word_boundaries(lower, b.casefold(), "en")]
    if len(sayers) != 1 or said_outside_quotes(title, bullets) or not quote_only(title, bullets, texts):
        return False
    bullet = sayers[0].casefold()
    at = bullet.find(lower)
    end = _END.search(bullet, at + len(lower)) if at >= 0 else None
    return end is not None and end.group(0) == "?"


def _fits(made: str, bullets: list[str], texts: list[str], others: set[str]) -> bool:
    """The steps' title names the group: two words at least, no name, a bullet's own words, free."""
    if len(made.split()) < MIN_WORDS or written_as_name(made, bullets) or not free_of(made, others):
        return False
    return narrated(made, bullets) and not quote_only(made, bullets, texts)


def _speaker_topic(bullets: list[str], texts: list[str], every_text: list[str], others: set[str]) -> str:
    """The "Surname on Word" where the group is one person's words and a bullet of the writer's own
    naming them says the one noun the group's paragraphs write twice or more; ''."""
    article = [*every_text, *bullets]
    readings = [reading(bullets, at, every_text, article) for at in range(len(bullets))]
    owners = {owner for owner, _ in readings if owner}
    if len(owners) != 1:
        return ""
    speaker = owners.pop()
    if " " in speaker or sum(owner == speaker for owner, _ in readings) < MIN_SPEAKER_BULLETS:
        return ""
    framing = [b for b, (_, words) in zip(bullets, readings, strict=True) if not words and speaker in b]
    words: set[str] = set()
    for bullet in framing:
        for word in _WORD.findall(bullet):
            if word.islower() and _topic_word(word, bullet, texts):
                words.add(word)
    if len(words) != 1:
        return ""
    phrase = f"{speaker}{ON}{words.pop().capitalize()}"
    return phrase if said_grounded(phrase, texts) and free_of(phrase, others) else ""


def _topic_word(word: str, bullet: str, texts: list[str]) -> bool:
    """A noun that the bullet says in its own words and the group's paragraphs write in two of them
    or more. A general word alone ("work", `en_chunks.generic_en`) is the one a writer's framing of
    someone's words turns on, and the speaker's name before it says whose."""
    if "NOUN" not in word_classes(word) or not narrated(word, [bullet]):
        return False
    written = re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])")
    return sum(written.search(t) is not None for t in texts) >= MIN_WRITINGS
