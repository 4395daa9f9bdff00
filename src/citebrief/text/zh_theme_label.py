"""Whether a Chinese speaker's theme title shows the speaker: "商务局：建设国际消费中心城市", but "人才高地".

`zh_statement_theme` and `zh_speaker_subject` title a speaker's group by what the statement hopes
for, pledges or aims at. Where that theme opens on a verb with its object ("建设国际消费中心城市",
"服务全市消费流通发展"), it is what the speaker wants done: the speaker is its subject, and
"speaker：theme" reads as their stance. Where it is a run of nouns alone, the object cut from its
verb ("着力打造……人才高地", "喜爱马术运动"), a name before it reads as a quote cut to a fragment:
"叶卫红：人才高地", "米玛琼达：马术运动" (zh-news 29, 150), counted among the titles that run a name
label into a phrase. Alone, the noun run names the group's topic as any theme title does
("生态安全屏障": what `zh_speaker_subject` gives where the bullets share a noun), and the bullets
still say who spoke.
"""

from __future__ import annotations

from citebrief.model import COMPOSED_SEPARATOR
from citebrief.text.tokenize import tag_zh

_VERB = "v"  # the tagger's verbs and verbal nouns: v, vn, vd


def labelled_theme(speaker: str, theme: str) -> str:
    """ "speaker：theme" where `theme` opens on a verb with an object after it, else `theme` alone
    (module doc)."""
    words = tag_zh(theme)
    acted = len(words) > 1 and words[0][1].startswith(_VERB)
    return speaker + COMPOSED_SEPARATOR["zh"] + theme if acted else theme
