"""An English group of one speaker's words, titled by a name or thing they speak of that every
bullet saying it says only inside their quotation ("Wembley" over Grealish's words of playing
there): blind readers take such a title for a word of someone's speech, not whose words the group
is; an editor writes who speaks and of what ("Grealish on Wembley", "Wenger on Giroud").

`en_title_lifted` retitles a noun one bullet lifts from a quotation; this step reads the title two
bullets or more say, each inside the speaker's words and none in the bullets' own words
(`en_title_quoted.narrated`), over a run of one speaker's words read as `en_title_lifted` reads
one (`run_speaker`). The title stays the topic, as the paragraphs write it ("the Champions
League"), where it is a name (not one of the speaker's kin) or a thing written with "the" (not
"first minute"); grounded as `en_title_lifted`'s (`run_grounded`) and free of the other titles.

Read and left (en-cnndm, en-xsum 0-199; ~60 titles only ever written inside quotation marks): most
such runs have a title one quote says (`en_title_lifted`'s) and no topic two quotes share, or a
speaker the bullets never name ("said the 24-year-old"), or a bullet of narration among the quotes.
"""

from __future__ import annotations

from citebrief.text.en_overview_said import ON
from citebrief.text.en_title_lifted import (
    MIN_BULLETS,
    as_written,
    definite,
    kin,
    quoted_in,
    reading,
    run_grounded,
    run_speaker,
    says,
)
from citebrief.text.en_title_quoted import narrated
from citebrief.text.titles import display_title, free_of

MIN_SAYERS = 2  # bullets that say the title, each inside the speaker's words
_POSSESSIVE = ("'s ", "’s ")


def spoken_of_title(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str
) -> str:
    """`title`, or "Surname on Title" where it is what one speaker's run of words speaks of, said
    only inside their quotation (see the module's note); `used` gains it."""
    if not title or len(bullets) < MIN_BULLETS or ON in title or any(p in title + " " for p in _POSSESSIVE):
        return title
    if narrated(title, bullets):
        return title
    article = [*all_texts, *bullets]
    readings = [reading(bullets, at, all_texts, article) for at in range(len(bullets))]
    if not all(words for _, words in readings):
        return title
    said = [(b, words) for b, (_, words) in zip(bullets, readings, strict=True) if says(b, title)]
    if len(said) < MIN_SAYERS or not all(quoted_in(title, b, words) for b, words in said):
        return title
    speaker = run_speaker(bullets, readings, all_texts, article)
    topic = as_written(title, group_texts) if speaker else ""
    if not topic or not definite(topic) or speaker.casefold() in topic.casefold() or kin(title, speaker, all_texts):
        return title  # not "Creag on James" of a mother's words of her son
    phrase = f"{speaker}{ON}{topic}"
    if not run_grounded(phrase, group_texts, all_texts) or not free_of(phrase, used - {title.casefold()}):
        return title
    used.add(phrase.casefold())
    return display_title(phrase, "en")
