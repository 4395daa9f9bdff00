"""The one thing two bullets of a Chinese news group are about, where a pair title would name two.

`engines/zh_run_titles.py` titles a group of two bullets on two things by both ("供水设施、支农支小
再贷款额度"). Two bullets that both name the same rare thing are on one thing, and a pair of
their details reads as two unrelated keywords: "京剧表演者、点翠盔头" over a craftsman's years in
Beijing opera (both bullets say 京剧), "妇产科医院、羊水栓塞患者" over two bullets on the doctor 贺晶.
The thing they share titles the group; where another title names it already (the article's own
term, "酒药" of "酒药制作"), the group keeps its title alone, unpaired. Not a place (肃北), an
office, nor a word as common as 慈善 or 景观 (what two bullets of one article share by chance).
"""

from __future__ import annotations

from citebrief.text.titles import cleanly_cut, on_word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_name_half import name_half
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_shared import office, where

MIN_CHARS = 2
# rarer than 慈善 (8.3), 心血管 (8.7) and 景观 in the background table: a thing of the article's
# own (京剧 8.6 is just above: a craft), not a topic words of any report share
MIN_IDF = 8.5
# as rare as a name or a term the table lacks (酒药 13.9, 贺晶 12.0): the article's own thing, so
# two bullets that say it are on one thing even where another title names it already
OWN_TERM_IDF = 12.0
_THING_TAGS = frozenset({"n", "nz", "nr", "nrt", "j", "nt"})


def one_thing(bullets: list[str], paragraphs: list[str], used: set[str]) -> tuple[str, bool] | None:
    """(the term every one of `bullets` says as a word of its own, whether it is free), rarest
    first; None where they share no rare thing. Free: no title in `used` holds it nor is a piece
    of it, and it lies on word boundaries in each of `paragraphs` (a shared term that is not free
    still says the bullets are on one thing where it is as rare as OWN_TERM_IDF)."""
    from citebrief.text.idf import background_idf  # late: the table loads on first use

    words = [{w for w, tag in tag_zh(b) if tag in _THING_TAGS and len(w) >= MIN_CHARS} for b in bullets]
    shared = sorted(set.intersection(*words)) if words else []
    if not shared:
        return None
    values = background_idf().lookup(shared).tolist()
    ranked = sorted(zip(values, shared, strict=True), key=lambda item: (-item[0], -len(item[1]), item[1]))
    for value, term in ranked:
        if value < MIN_IDF or where(term, bullets) or office((term,)) or poor_zh_title(term, paragraphs):
            continue
        if name_half(term, bullets):  # "分局" of 黄浦分局: one body's work, no title (`zh_name_half`)
            return term, False
        folded = term.casefold()  # `used` holds titles casefolded ("a股")
        taken = any(u and (folded in u or u in folded) for u in used)
        whole = all(on_word_boundaries(term, t, "zh") and cleanly_cut(term, t, "zh") for t in paragraphs)
        if not taken and whole:
            return term, True
        if value >= OWN_TERM_IDF:
            return term, False
    return None
