"""An English newspaper section's title said closer: the desk and whom each of its few stories is about.

Stories that share no story with another are listed by newspaper section (digest_sections.py),
each section titled by its desk ("Politics", "Golf"). Blind reads found those titles generic desk
labels that say nothing of the stories under them. A sub-editor titling a short column of items
names whom each is about beside the desk ("Golf: Bradley Neil, Rickie Fowler"; "Politics: Hillary
Clinton, David Cameron"). So a section of a few stories (2 to FEW) whose every story's opening
sentence starts (within OPENING_WORDS words) with the name of a person or team the article names
again by its last word is titled by the desk and those names; where one story names nobody so the
desk label stays (a food-bank report beside a Cameron speech: "Politics"), as it does over a longer
section (five court reports: "Crime and courts").

Reads English news text (the day's articles). Chinese sections keep their desk titles: a phrase
all of a Chinese section's leads share and no other article says is a common word ("体验", "社区",
"犯罪") far more often than a topic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from citebrief.digest_sections import Theme
from citebrief.digest_text import lead_of
from citebrief.digest_titles import ROLE, WHEN, is_person, where_or_who
from citebrief.model import Lang

FEW = 4  # stories of a section titled by their subjects; a larger one keeps its desk title
OPENING_WORDS = 10  # words of a story's opening sentence its subject's name starts within
SUBJECT_REPEATED = 2  # times an article names its subject again by the name's last word alone

# two to four capitalised words: a name ("Rickie Fowler", "Julia Louis-Dreyfus", "Bayer Leverkusen")
_NAME = re.compile(r"(?<![\w'’])[A-Z][\w'’-]*\w(?:\s+[A-Z][\w'’-]*\w){1,3}")


def section_title(theme: Theme, texts: Sequence[str], lang: Lang) -> str:
    """The title of a section theme (see the module's docstring): "desk: subject, subject" where
    every member's opening sentence names its subject and no two the same; else its desk title,
    and for any theme that is no section, its title."""
    members = theme.members
    if lang != "en" or not theme.section or not 2 <= len(members) <= FEW:
        return theme.title
    subjects = [subject(texts[k]) for k in members]
    if not all(subjects) or len(set(subjects)) < len(subjects):
        return theme.title
    return f"{theme.title}: {', '.join(subjects)}"


def subject(text: str) -> str:
    """The person or team an English story's opening sentence names first (in its first
    OPENING_WORDS words), as it writes the name ("Bayer Leverkusen defender Emir Spahic": the first
    name the article repeats), where the article names it again by its last word; "" if none."""
    lead = " ".join(lead_of(text, "en").split())
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z\"'‘“])", lead, maxsplit=1)[0]
    for m in _NAME.finditer(first):
        if len(first[: m.start()].split()) >= OPENING_WORDS:
            break
        words = re.sub(r"['’]s$", "", m.group()).split()  # "Schumacher's" father: Schumacher
        for start in range(len(words) - 2, -1, -1):  # the shortest name first: "Although Hillary
            name = " ".join(words[start:])  # Clinton" is Hillary Clinton, "Dr Ram Manohar" Ram Manohar
            if _named(name, text):
                return name
    return ""


def _named(name: str, text: str) -> bool:
    """Whether `name` is a person or team the article is about: it names it again by its last word
    alone, capitalised, SUBJECT_REPEATED times or more ("Fowler", "Clinton"); no role, time or place
    ("New York City"), and no word the article writes in lower case starts it ("After Manchester
    United", "Actress Julia")."""
    words = name.split()
    folded = name.casefold()
    if ROLE["en"].search(folded) or WHEN.match(words[0].casefold()):
        return False
    if any(re.search(r"['’]s$", word) for word in words[:-1]):
        return False  # "Tom Wood’s Northampton": a possessive's owner and what is his
    if re.search(rf"\b{re.escape(words[0].casefold())}\b", text):
        return False
    if where_or_who(name, [text], "en") and not is_person(folded, [text], "en"):
        return False
    alone = re.compile(r"(?<!" + re.escape(words[-2]) + r" )\b" + re.escape(words[-1]) + r"\b")
    return len(alone.findall(text)) >= SUBJECT_REPEATED
