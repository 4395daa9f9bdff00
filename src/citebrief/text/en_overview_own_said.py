"""An English overview titled by a phrase only another group's bullet says gives way to one its
own bullets say.

The overview's title is chosen from the whole article before its bullets are settled, and
groups take sentences from it after; a phrase the article says once can so end up over key
points that never say it, told by a theme's bullet instead: "Key points: Head of the Special
Crime" (a job title cut before "and counter-terrorism division", said in a theme about the
meeting) over the CPS's announcement and the 96 dead (en-xsum 196), "East Overcliff Drive" (a
street a theme's bullet names) over three hotels to be demolished at East Cliff (en-xsum 98).
Such a title is one sentence's detail, not the article's subject: the article says it once, no
key point says it or its head word ("Drive"; "the site" of a theme's "Kirkstall Site" keeps
it), and another group's bullet does. It gives way to a name two key points say, else to the
best-ranked phrase one of them says (`en_title_outlet.said_instead`: "Crown Prosecution
Service", "East Cliff"); where none fits, it stays. A subject the article says again ("La La
Land", "Barbie Doll", "Bongo Lady") stays, though a theme's bullets say it and the key points
only "the jazz film": the reader meets it all through the article. Runs on the overview's
settled bullets, once every group is titled (`extractive._title_themes`).
"""

from __future__ import annotations

from citebrief.text.calendar_names import DAY_NAMES, MONTH_NAMES
from citebrief.text.en_title_choice import family
from citebrief.text.en_title_outlet import said_instead, shared_name
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import cleanly_cut, display_title, free_of, mentions, swapped_title

MAX_MENTIONS = 1  # times the article says the title for it to be one sentence's detail
# a name of two to five capitalized words, after a sentence's opening article or inside it
_LEAD_NAME = LazyPattern(r"(?:^(?:The|A|An) |(?<=[\w,] ))([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){1,4})(?![\w'’-])")
_NOT_NAMES = frozenset({*DAY_NAMES, *MONTH_NAMES})


def own_said_overview(title: str, bullets: list[str], others: list[str], texts: list[str], used: set[str]) -> str:
    """The overview's `title` ("Key points: …"), or one its `bullets` say where its subject is a
    detail only `others` (the other groups' bullets) say (see the module's note); `texts`: the
    article's paragraphs; `used` (casefolded titles given) follows the swap."""
    label, sep, subject = title.rpartition(": ")
    if not sep or not subject or not bullets or not strayed(subject, bullets, others, texts):
        return title
    others_used = used - {subject.casefold()}
    found = shared_name(bullets, texts, others_used) or lead_name(bullets[0], texts, others_used)
    found = found or said_instead(bullets, texts, texts, others_used)
    if not found or not any(found.casefold() in b.casefold() for b in bullets):
        return title
    return label + sep + display_title(swapped_title(subject, found, used), "en")


def lead_name(lead: str, texts: list[str], used: set[str]) -> str:
    """The first name of two words or more the lead bullet says, not as its opening words unless
    after an article ("The Crown Prosecution Service (CPS) will …"; not "Three Victorian hotels"),
    cut cleanly in a paragraph and held by no title given (`used`); ''."""
    for match in _LEAD_NAME.finditer(lead):
        name = match.group(1)
        if any(w in _NOT_NAMES for w in name.split()) or not free_of(name, used):
            continue
        if any(cleanly_cut(name, t, "en") for t in texts):
            return name
    return ""


def strayed(subject: str, bullets: list[str], others: list[str], texts: list[str]) -> bool:
    """Whether `subject` is another group's detail: said by none of `bullets`, not even by its
    head word in some form ("sites" for "Site"), said by one of `others`, and by the article
    (`texts`) no more than `MAX_MENTIONS` times."""
    folded = subject.casefold()
    if any(folded in b.casefold() for b in bullets) or not any(folded in b.casefold() for b in others):
        return False
    head = family(subject.rsplit(maxsplit=1)[-1])
    if any(head in {family(w.strip(".,;:'’\"()[]")) for w in b.split()} for b in bullets):
        return False
    return mentions(subject, texts) <= MAX_MENTIONS
