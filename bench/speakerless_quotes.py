"""Bullets that are a quotation naming no speaker, with no speaker in the bullet before them.

    .venv/bin/python bench/speakerless_quotes.py [--sets zh-news en-cnndm] [--limit 200] [--show]

Blind readers mark down a bullet that is somebody's words with nobody in sight ("“挥手拜拜是飞机
出港流程的最后一步……”", "'I encourage people to go check it out…'"). Each record's raw article is
read as `citebrief run FILE` reads a .txt file and drafted. A bullet counts where:
- it is a quotation: it opens on a quotation mark (in Chinese, not on a short name in quotation
  marks: "“去哪儿”数据显示"), or (Chinese) two thirds of it lie inside “…”, or (English,
  ", unmarked") it opens on "I"/"We"/"My"/"Our" with no mark: a quotation's middle sentence ("I
  just need to keep working harder."; a story told in the first person counts too: read its hits;
  "He has proved himself …" in the middle of a quotation is not counted);
- the words outside its quotation marks name no speaker (no verb of saying, no "X：“");
- the bullet right before it in its group names no speaker either ("first" where it opens its
  group, so nothing before it can), nor does the run of such quotations it closes go back to one
  that names its speaker ("run …": one speaker quoted over several bullets, named nowhere).
A speaker named before a colon ('Australia spinner Nathan Lyon: "We're definitely still in it."';
not a panel's caps heading, "EXPERT VERDICT: '…'") or as one who "will say" names one.
Its own patterns, not the engine's; read its hits.
"""

from __future__ import annotations

import re

from bullet_kinds import Hit, count_kinds
from citebrief.model import Document
from citebrief.pipeline import draft

SETS = ["zh-news", "zh-clts", "en-cnndm", "zh-policy"]
ZH_SAYING = re.compile(
    r"说|表示|告诉|介绍|指出|称|认为|坦言|透露|强调|提到|谈到|感叹|直言|回忆|解释|呼吁|建议|"
    r"补充|笑道|问道|喊道|写道|所言|道：|：$|[:：]\s*$"
)
EN_SAYING = re.compile(
    r"\b(?:said|says|(?:will|would) say|saying|recalls|recalled|told|tells|tell|added|adds|explained|explains|"
    r"according to|insisted|claimed|claims|wrote|writes|tweeted|admitted|continued|asked|replied|warned|"
    r"stated|noted|posted|remarked|revealed|described|argued|recounted|reported|joked|"
    r"announced|declared|commented|concluded|confirmed|urged|suggested)\b|:\s*$",
    re.IGNORECASE,
)
# a name before a colon that opens a quotation: "Scotland head coach Vern Cotter: "It was…"" (a
# capitalised word, not a heading in capitals)
EN_NAME_COLON = re.compile(r"\b[A-Z][a-z][\w'’.-]*\s*:\s*['‘\"“]")
QUOTED_NAME_CHARS = 12
EN_OPEN = ("'", "‘", '"', "“")
# an English sentence in the first person with no quotation mark: a quotation's middle sentence
# ("I just need to keep working harder.") in a story told in the third person
EN_FIRST_PERSON = re.compile(r"(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|We|We're|We’re|We've|We’ve|My|Our)\b")
EN_CLOSE = re.compile(r"[,.!?…\-—]['’\"”](?=\s|$)|['’\"”](?=\s*[,.]?\s*(?:[a-z]|$))")


def _zh_outside(bullet: str) -> tuple[str, float]:
    """The words outside “…” and the share of the bullet inside them (an unclosed mark runs on)."""
    outside, inside, depth = [], 0, 0
    for char in bullet:
        if char == "“":
            depth += 1
        if depth:
            inside += 1
        else:
            outside.append(char)
        if char == "”" and depth:
            depth -= 1
    return "".join(outside), inside / max(1, len(bullet))


def _en_outside(bullet: str) -> str:
    """The words after the quotation that opens the bullet (all of it when it opens on none)."""
    if not bullet.startswith(EN_OPEN):
        return bullet
    closing = EN_CLOSE.search(bullet, 2)
    return bullet[closing.end() :] if closing else ""


def is_quotation(bullet: str) -> bool:
    """Whether the bullet is (mostly) somebody's quoted words."""
    if EN_FIRST_PERSON.match(bullet):
        return True  # a quotation's middle, its marks left in the sentences before and after
    if bullet.startswith(EN_OPEN) and not bullet.startswith("“"):
        return True
    if bullet.startswith(("“", '"')) and not re.search(r"[\u4e00-\u9fff]", bullet):
        return True
    _, share = _zh_outside(bullet)
    if share >= 2 / 3:
        return True
    closing = bullet.find("”")
    # "“去哪儿”数据显示，……" opens on a name in quotation marks, not on somebody's words
    return bullet.startswith("“") and (closing < 0 or closing > QUOTED_NAME_CHARS)


def names_speaker(bullet: str) -> bool:
    """Whether the words outside the bullet's quotation marks say who speaks."""
    if re.search(r"[\u4e00-\u9fff]", bullet):
        outside, _ = _zh_outside(bullet)
        return bool(ZH_SAYING.search(outside)) or "：“" in bullet
    outside = _en_outside(bullet)
    return bool(EN_SAYING.search(outside) or EN_NAME_COLON.search(outside))


def speakerless(document: Document) -> list[Hit]:
    """The draft's hits: (kind, bullet, the bullet before it)."""
    hits: list[Hit] = []
    for group in draft(document).groups:
        said: list[str] = []
        for point in group.points:
            bullet = point.text.strip()
            if is_quotation(bullet) and not names_speaker(bullet):
                kind = _unnamed_before(said)
                if kind is not None:
                    unmarked = EN_FIRST_PERSON.match(bullet) is not None
                    hits.append((f"{kind}, unmarked" if unmarked else kind, bullet, said[-1] if said else ""))
            said.append(bullet)
    return hits


def _unnamed_before(said: list[str]) -> str | None:
    """Why no speaker is in sight before a speakerless quotation, given its group's bullets before
    it: None where the bullet before names one, or a run of such quotations goes back to one that
    does (one speaker quoted over several bullets)."""
    if not said:
        return "first"
    for back, bullet in enumerate(reversed(said)):
        if names_speaker(bullet):
            return None
        if not is_quotation(bullet):
            return "after unnamed" if back == 0 else "run after unnamed"
    return "run from first"


def main() -> None:
    count_kinds(__doc__, speakerless, noun="speakerless quotation bullets", against="after", limit=200)


if __name__ == "__main__":
    main()
