"""A long quotation a Chinese group title must not name: a phrase one bullet says only inside a
quotation of a policy's wording or a long remark ("该项新政是“在评估确认风险可控的前提下，允许无
动植物疫情流行国家(地区)未获检疫准入的动植物产品……”", zh-news 67) is a detail of that one text,
not what the group is about: "动植物疫情" titled three bullets on customs support measures for an
import fair, where the bullets themselves say "支持政策" outside any quotation.

A short quotation stays a source of titles: a coined term (“兵支书”) or a slogan is what the
article names the thing; only a quotation of `MIN_QUOTED` characters or more is read as wording
the bullet reports. A phrase two bullets say, or the bullet also says outside the marks, keeps
its weight.
"""

from __future__ import annotations

from functools import lru_cache

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.zh_verse import only_inside, verse_factor

QUOTED_FACTOR = 0.4  # a little above `zh_asides.ASIDE_FACTOR`: quoted wording may still be the theme
MIN_QUOTED = 30  # characters inside the marks: a clause or more, no term nor slogan
# run into its sentence straight after a word ("该项新政是“…”", "规定“…”"): quoted speech opens a
# sentence or follows a colon or comma ("李璟说：“…”", "表示，“…”") and stays a source of titles
_QUOTED = LazyPattern(r"(?<=[\u4e00-\u9fff])“([^“”]+)”")


def quotation_factor(phrase: str, bullets: list[str], long_quotes: bool) -> float:
    """A phrase's weight for what its bullets quote: `zh_verse.verse_factor`, and with `long_quotes`
    (a news group's covering title) `quoted_factor` too."""
    verse = verse_factor(phrase, bullets)
    return verse * quoted_factor(phrase, bullets) if long_quotes else verse


def quoted_factor(phrase: str, bullets: list[str]) -> float:
    """`QUOTED_FACTOR` for a phrase exactly one bullet says, and only inside a long quotation there;
    else 1."""
    saying = [b for b in bullets if phrase in b]
    if len(saying) != 1:
        return 1.0
    bullet = saying[0]
    # most bullets: no long quotation
    return QUOTED_FACTOR if only_inside(phrase, bullet, _long_quotes(bullet)) else 1.0


@lru_cache(maxsize=256)
def _long_quotes(bullet: str) -> tuple[tuple[int, int], ...]:
    """Where `bullet` quotes `MIN_QUOTED` characters or more: read once per bullet, not once for
    each of the ~30 phrases a title weighs."""
    if "“" not in bullet:
        return ()
    return tuple(m.span(1) for m in _QUOTED.finditer(bullet) if len(m.group(1)) >= MIN_QUOTED)
