"""A Chinese news group's title that its bullets only ever say as the tail of a longer name,
given the name: "北京地铁", not "地铁", where the bullets on the retro train speak of Beijing's
metro; "中华思想文化术语", not "思想文化术语", the project's own name.

The chunker starts a phrase after a place or a name the tagger reads apart, so the title may
be a name's tail; where every bullet that says the title says it with the same front (no verb,
judgement or scope: `zh_overview_named`), and the group's paragraphs say that name twice, the
name is what the reader finds under the title. A title some bullet says bare stays ("寓外商会"
said once beside a bare "商会": the bare word is the group's).
"""

from __future__ import annotations

from citebrief.text.zh_overview_named import fronted_names, name_fits
from citebrief.text.zh_shared import saying


def named_title(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`title`, or the longer name each bullet saying it gives it (module doc); `texts`: the
    group's paragraphs; `used`: the titles given (casefolded), this one's excepted."""
    if not title:
        return title
    said = saying(title, bullets)
    best = title
    for bullet in bullets:
        if title not in bullet:
            continue
        for name in fronted_names(title, bullet):
            if len(name) > len(best) and saying(name, bullets) == said and name_fits(name, bullets, texts, used):
                best = name
    return best
