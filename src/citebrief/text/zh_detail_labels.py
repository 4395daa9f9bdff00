"""A bullet opening on a "具体X：" label: "具体指标：到2022年，职业院校教学条件基本达标……" or
"具体表现在：园区金融方面，……" — the label points from the sentence before to the details; a
bullet is read alone, so the label is a stray and the details after it stand whole. Not where the
details are a run of "；" items, the text given here ending at the first of them, before any full
stop ("具体预报为：15日白天到夜间……气温19℃至38℃", then "；中心城区多云间晴，……", zh-news L1261): the
label is what holds the run together as one bullet, and without it the brief gave the items as
two, the second with no date, which a blind reader read worse.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# "具体指标：", "具体表现在：", "具体预报为：" opening the text, with a sentence after it
_SENTENCE_ENDS = ("。", "！", "？", "”", "」")  # the details a whole sentence, not the first of a run of items
_LABEL = LazyPattern(r"具体[\u4e00-\u9fff]{1,4}[：:](?=[^，。；：\s])")


def without_detail_label(text: str, lang: str = "zh") -> str:
    """Chinese `text` without a "具体X：" label it opens on."""
    if lang != "zh" or not text.startswith("具体"):
        return text
    found = _LABEL.match(text)
    if found is None or not text.rstrip().endswith(_SENTENCE_ENDS):
        return text
    return text[found.end() :]
