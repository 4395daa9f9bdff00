"""The act every bullet of a Chinese news group says, where its title only names a body and
no noun of its bullets names the group: "预约" over the panda house's opening hours, how to book
and how to enter with a booking, in place of "杭州动物园" (who runs it) or "市民游客" (who books).
A verb every bullet says, rare enough to be a term (not 开展, 进行, 表示), is what the group's
bullets are about; one that only most say is mostly a word of the story's background.
"""

from __future__ import annotations

from citebrief.text.titles import cleanly_cut, on_word_boundaries
from citebrief.text.tokenize import tag_zh

_ACT_TAGS = frozenset(("v", "vn"))
MIN_CHARS = 2
MIN_BULLETS = 2
MIN_IDF = 8.0  # a term ("预约", "通关"); not 开展, 进行, 组织, 转移 (the background table's IDF)


def said_act(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """The rarest verb of two characters or more that every one of `bullets` says and that
    `title` and the titles `used` (casefolded) do not hold, said on word boundaries in `texts`;
    '' when there is none."""
    if len(bullets) < MIN_BULLETS:
        return ""
    tagged = [{w for w, tag in tag_zh(b) if tag in _ACT_TAGS and len(w) >= MIN_CHARS} for b in bullets]
    every = set.intersection(*tagged) - {w for w in tagged[0] if w in title}
    if not every:
        return ""
    from citebrief.text.idf import background_idf  # late: the table loads on first use

    table = background_idf()
    ranked = sorted(((float(table.lookup([w])[0]), w) for w in every), reverse=True)
    for value, word in ranked:
        if value < MIN_IDF:
            break
        if any(word in u or u in word for u in used if u):
            continue
        if any(on_word_boundaries(word, t, "zh") and cleanly_cut(word, t, "zh") for t in texts if word in t):
            return word
    return ""
