"""A bullet opening on a "具体X：" label: "具体指标：到2022年，职业院校教学条件基本达标……" or
"具体表现在：园区金融方面，……" — the label points from the sentence before to the details; a
bullet is read alone, so the label is a stray and the details after it stand whole.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# "具体指标：", "具体表现在：", "具体预报为：" opening the text, with a sentence after it
_LABEL = LazyPattern(r"具体[\u4e00-\u9fff]{1,4}[：:](?=[^，。；：\s])")


def without_detail_label(text: str, lang: str = "zh") -> str:
    """Chinese `text` without a "具体X：" label it opens on."""
    if lang != "zh" or not text.startswith("具体"):
        return text
    found = _LABEL.match(text)
    return text[found.end() :] if found is not None else text
