"""A theme of one person's stories, titled by the person and what each story is about.

Two English reports of one politician's different moves (a volunteering pledge, a tax cut, his
answer to criticism of his campaign) share his name and hardly a topic word: the phrase they share
besides it is a quantity both leads use ("David Cameron: millions"), an institution one of them
names in passing ("David Cameron: government") or a piece of his office ("David Cameron, Prime",
from "Prime Minister"). Blind reads mark down a person's name alone, or with a stray word, over a
group that is about what the person did. So where an English theme's title is a person's name,
alone or followed by one word that is not what every member's opening sentence says (or that is
no topic: a quantity, a name, an office), the title becomes the name followed by the topic each
member's opening sentence says and its article repeats most ("David Cameron: election campaign,
tax cut"). Reads English news text (the day's articles); Chinese titles are left as they are.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from citebrief.digest_text import Phrases, lead_of, says, searchable
from citebrief.digest_titles import ROLE, WHEN, always_continued, is_person, written_capitalised
from citebrief.model import Lang
from citebrief.text.tokenize import stem

# words that say how many or who in general, not what a story is about ("millions of workers")
_NO_TOPIC = re.compile(
    r"^(?:(?:hundred|thousand|million|billion|dozen)s?|people|person|plans?|things?|ways?|numbers?|lots?"
    r"|government|today|yesterday|tomorrow|morning|afternoon|evening|times?)$"
)

TOPICS_AT_MOST = 3  # members' topics a title names; a larger theme keeps its title
REPEATED = 2  # times an article says a word (in any of its forms) for it to be the article's topic
LONGER_AT_LEAST = 2  # times an article says a longer phrase of its topic word for the title to take it


def person_title(
    title: str, members: Sequence[int], articles: Sequence[Phrases], texts: Sequence[str], lang: Lang
) -> str:
    """`title` of the theme of `members` (0-based), said as the person and each member's topic
    where it is a person's name alone or with a word that is no shared topic (see the module's
    docstring); else `title`, also where a member's opening sentence says no topic."""
    if lang != "en" or not 2 <= len(members) <= TOPICS_AT_MOST:
        return title
    said = [texts[k] for k in members]
    person, _, rest = re.split(r"(: |, )", title, maxsplit=1) if re.search(r": |, ", title) else [title, "", ""]
    if not is_person(person.casefold(), said, lang) or (rest and not _stray(rest, members, texts, said)):
        return title
    names = {part.casefold() for part in person.split()}
    topics = [_topic(articles[k], texts[k], names, said) for k in members]
    if any(not topic for topic in topics):
        return title
    return f"{person}: {', '.join(dict.fromkeys(topics))}"


def _first_sentence(text: str) -> str:
    """An English story's opening sentence, searchable: where it says what it is about."""
    lead = " ".join(lead_of(text, "en").split())
    return searchable(re.split(r"(?<=[.!?])\s+(?=[A-Z\"'‘“])", lead, maxsplit=1)[0], "en")


def _stray(rest: str, members: Sequence[int], texts: Sequence[str], said: Sequence[str]) -> bool:
    """Whether the part of a title after a person's name is one word that names no topic of every
    member: a quantity or an institution (_NO_TOPIC), a name ("Prime", "Britain"), or a word not
    every member's opening sentence says."""
    word = rest.casefold()
    if " " in word or "," in word:
        return False
    if _NO_TOPIC.match(word) or written_capitalised(word, said):
        return True
    return not all(says(_first_sentence(texts[k]), word, "en") for k in members)


def _topic(found: Phrases, text: str, names: set[str], said: Sequence[str]) -> str:
    """The word of an article's opening sentence the article says most (its forms together:
    "volunteer", "volunteering"), no name, role, time or quantity, said as its most frequent form
    or as a longer phrase of the sentence that holds it and the article repeats ("tax cut")."""
    first = _first_sentence(text)
    words = [
        p
        for p in found.said
        if " " not in p
        and p not in names
        and says(first, p, "en")
        and not _NO_TOPIC.match(p)
        and not ROLE["en"].search(p)
        and not WHEN.match(p)
        and not written_capitalised(p, said)
        and not always_continued(p, said, "en")
    ]
    if not words:
        return ""
    by_stem: Counter[str] = Counter()
    for word in found.said:
        if " " not in word:
            by_stem[stem(word)] += found.said[word]
    best = max(words, key=lambda p: (by_stem[stem(p)], -first.find(p)))
    if by_stem[stem(best)] < REPEATED:
        return ""  # said once: no topic the article dwells on ("spoke")
    longer = [
        p
        for p in found.said
        if " " in p
        and any(stem(word) == stem(best) for word in p.split())
        and found.said[p] >= LONGER_AT_LEAST
        and says(first, p, "en")
        and not (set(p.split()) & names)
    ]
    if longer:
        return max(longer, key=lambda p: (found.said[p], -len(p)))
    forms = [p for p in found.said if " " not in p and stem(p) == stem(best)]
    return max(forms, key=lambda p: (found.said[p], len(p)))
