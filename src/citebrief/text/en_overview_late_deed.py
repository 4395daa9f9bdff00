"""An English overview still titled by a name alone after `en_overview_deed.py`, where the
opening writes one of two things of the name that deed table keeps out: blind readers mark
"Key points: Alexander Soumbadze" over a manhunt for a man "who has been charged with eight
counts of child pornography", and "Key points: Manchester City" over "Manchester City have
apologised to supporters": the name says who, not what the story is.

- a charge with what it is: the name (its appositive, or "who") and "has been / was charged
  with" a charge of one or two nouns ("eight counts of" passed over) → "Alexander Soumbadze's
  Child Pornography Charges"; "charged" alone is left out of the deed table ("X's Charge" reads
  as what X charges), but with what the charge is it reads as a headline's (`charge_of` of
  `en_overview_happening.py`, which grounds it as it grounds "Terrorism Charges");
- an apology: the name and "has apologised" → "Manchester City's Apology". Other sayings
  ("warned", "admitted") stay group titles (`en_group_deed.py`): a warning is words about the
  news, an apology is itself the news.

Read only where no other deed is: the opening paragraphs in order, the full name's form, then
the surname's; a charge or an apology the paragraph dates to a year or a last season is what
came before the news ("was charged with fraud in 2012").
"""

from __future__ import annotations

import re

from citebrief.text.en_overview_deed import dated
from citebrief.text.en_overview_event import LEAD_PARAGRAPHS, name_words
from citebrief.text.en_overview_happening import charge_of
from citebrief.text.name_places import name_spans

# the name's appositive (", 26,", " (pictured)", ", a karate instructor,") or "who", then the verb
_BETWEEN = r"(?:\s\([^()]{1,30}\))?(?:(?:,\s[^,.;:!?]{1,60}){1,2},)?(?:\swho)?"
_TODAY = r"(?:\s(?:today|yesterday|now|also))?"
MAX_CHARGE_WORDS = 5  # "eight counts of child pornography"
_CHARGED = re.compile(
    rf"{_BETWEEN}\s(?:has\sbeen|have\sbeen|was|were){_TODAY}\scharged\swith\s"
    rf"((?:[\w-]+\s){{0,{MAX_CHARGE_WORDS - 1}}}[\w-]+)"
)
_APOLOGISED = re.compile(rf"{_BETWEEN}\s(?:(?:has|have|had)\s)?(?:apologised|apologized|apologises|apologizes)\b")


def _late_deed(form: str, texts: list[str]) -> str:
    """The noun of the first charge or apology the opening paragraphs write of `form`; ''."""
    for paragraph in texts[:LEAD_PARAGRAPHS]:
        for _, end in name_spans(form, paragraph):
            charged = _CHARGED.match(paragraph, end)
            if charged and not dated(paragraph, charged.start(1) - 1):  # the space before the charge
                charge = charge_of(charged.group(1).split())
                if charge:
                    return f"{charge} charges"
            apologised = _APOLOGISED.match(paragraph, end)
            if apologised and not dated(paragraph, apologised.end()):
                return "apology"
    return ""


def late_deed(subject: str, texts: list[str], used: set[str]) -> str:
    """`subject`, a name alone, with its charge or apology (see the module's note); else
    `subject`. `used` gains the phrase and keeps the name, as `named_deed` does."""
    words = subject.split()
    if not words or not name_words(words) or "'s " in subject or subject.endswith(("’", "'")):
        return subject
    forms = [subject] if len(words) == 1 else [subject, words[-1]]
    for form in forms:
        noun = _late_deed(form, texts)
        if noun:
            phrase = f"{subject}'s {noun}"
            used.add(phrase.casefold())
            return phrase
    return subject
