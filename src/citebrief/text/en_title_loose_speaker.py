"""A two-word title of a loose adjective and its noun, lifted from one speaker's quotation, over
a group of that speaker's words only: "Massive Challenge" of Teresa Frith's "would be a massive
challenge" over four bullets of her words (en-xsum 191). Blind readers marked it down: a judging
adjective and a vague noun say how someone rated something, not what the group is about, and
neither `en_title_loose` (no "of" phrase holds "Challenge") nor `en_title_lifted` (a vague title,
left to `en_title_quote_run`, which finds no topic the quotes share) retitles it. Whose words the
run is names it, as `en_title_lifted` names a run of quotes with no shared topic: the given name
and surname a bullet names the speaker with ("Teresa Frith"), free of the other titles. Else the
title stays. Runs last (`en_title_steps`), after `en_title_loose` has tried the noun.
"""

from __future__ import annotations

from citebrief.text.en_title_lifted import quoted_readings, run_speaker, speaker_name
from citebrief.text.en_title_loose import loose_head
from citebrief.text.titles import swapped_title

MIN_BULLETS = 2  # a run of one speaker's words


def loose_speaker_title(
    bullets: list[str], texts: list[str], every_text: list[str], guard: set[str], title: str
) -> str:
    """The speaker's name in place of a loose two-word `title` lifted from their quotation over a
    group of their words only (see the module's note); else `title`. `guard` updated."""
    if len(title.split()) != 2 or not loose_head(title) or len(bullets) < MIN_BULLETS:
        return title
    readings = quoted_readings(bullets, every_text, title)
    speaker = run_speaker(bullets, readings, every_text, [*every_text, *bullets]) if readings else ""
    if not speaker:
        return title
    name = speaker_name(speaker, bullets, guard - {title.casefold()})
    if not name:
        return title
    return swapped_title(title, name, guard)
