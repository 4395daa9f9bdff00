"""A Chinese policy group under a heading any document has ("组织实施", "保障措施"), with no parts
of its own to name, titled by the phrase most of its bullets share: "组织实施：推广工作" over four
bullets on how the provinces, the ministries and the commission carry out the promotion.

`section_title` names a generic heading's parts where the bullets come from numbered parts with
headings of their own ("保障措施：组织领导、资金支持"), and `zh_policy_labels` the labels of its
points; where the section has neither and `group_title` finds no aspect, the group kept the bare
heading, which says which part of the document, not what the part is about, and readers mark it
down as no theme. Read from the tagger's words of each bullet: a run of one to four words, 2–12
characters, opening on a content word and ending on a thing (a noun, a verbal noun, a set phrase),
that more than half of the bullets of a group of three or more say (two at least) and no other group's bullet nor the
overview's says (this part's, not the document's); as rare as a term in its rarest word (not
部门, 信息, 改革: any part says them); not a place, a body or a role (who, not what), not a
heading any document has nor a poor title; on word boundaries in the group's paragraphs, cut
cleanly, and free of the titles given (no piece of the document's own title: "组织领导" over the
pilot's bullets stays, its "政府网站集约化试点工作" is the whole document's; "工作安排" over a pair
of bullets stays too, not "采购结果" that two say). Several: the one
most bullets say, then the longest. None: the heading stays as it is (most such groups:
"保障措施" over information duties that share only 信息).
"""

from __future__ import annotations

from citebrief.text.title_choice import is_generic_heading
from citebrief.text.titles import cleanly_cut, on_word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_most_said_word import role_word
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_shared import RUN_GOES_ON, office, saying, where

MIN_BULLETS = 3  # a pair's one shared phrase is the pair's business ("工作安排" over two stays)
MIN_SAYERS = 2
MIN_CHARS = 2
MAX_CHARS = 12
MAX_WORDS = 4
# the run's rarest word at least as rare as 推广 (6.8), 采购 (6.7); 改革 (5.5), 信息 (5.3),
# 部门 (5.2), 政策 (4.5) are any part's
MIN_IDF = 6.5
_THING_TAGS = frozenset({"n", "vn", "nz", "l", "j"})  # what the run ends on: a thing, not an act
_CONTENT_TAGS = frozenset({*_THING_TAGS, "v", "a", "b", "an"})  # what it is made of ("复制|推广|工作")


def heading_phrase(heading: str, bullets: list[str], texts: list[str], others: list[str], used: set[str]) -> str:
    """The phrase more than half of `bullets` share and none of `others` (every other group's
    and the overview's bullets) says, '' where none fits (see the module's docstring); `texts`:
    the group's paragraphs; `used`: the titles given already (casefolded)."""
    if len(bullets) < MIN_BULLETS:
        return ""
    need = max(MIN_SAYERS, len(bullets) // 2 + 1)
    said = {run: saying(run, bullets) for run in set().union(*(_runs(b) for b in bullets))}
    shared = [run for run, count in said.items() if count >= need and not any(run in o for o in others)]
    from citebrief.text.idf import background_idf  # late: the table loads on first use

    table = background_idf()
    for run in sorted(shared, key=lambda r: (-said[r], -len(r), r)):
        words = tuple(w for w, _ in tag_zh(run))
        if run in heading or heading in run or max(table.lookup(list(words)).tolist()) < MIN_IDF:
            continue
        folded = run.casefold()
        if any(u and (folded in u or u in folded) for u in used):
            continue
        if (
            where(run, bullets)
            or office(words)
            or role_word(run)
            or is_generic_heading(run)
            or poor_zh_title(run, texts)
        ):
            continue
        if not any(_ends_its_run(run, b) for b in bullets):  # "税务" of 税务机关 and 税务部门: a piece
            continue
        if any(on_word_boundaries(run, t, "zh") and cleanly_cut(run, t, "zh") for t in texts if run in t):
            return run
    return ""


def _ends_its_run(run: str, bullet: str) -> bool:
    """True when `bullet` says `run` as whole words that end a noun run: no noun follows them
    ("推广工作，", not only "推广工作|方案"; "税务|机关", "税务|部门" are a body's front)."""
    words = tag_zh(bullet)
    for start in range(len(words)):
        text = ""
        for end in range(start, len(words)):
            text += words[end][0]
            if text == run:
                if end + 1 == len(words) or words[end + 1][1] not in RUN_GOES_ON:
                    return True
                break
            if not run.startswith(text):
                break
    return False


def _runs(bullet: str) -> set[str]:
    """The runs of `bullet`'s words that could name a thing: content words ending on a thing's
    word, one to four of them, 2–12 characters."""
    words = [(w, tag) for w, tag in tag_zh(bullet) if w.strip()]
    found = set()
    for start in range(len(words)):
        for end in range(start + 1, min(start + MAX_WORDS, len(words)) + 1):
            if words[end - 1][1] not in _CONTENT_TAGS:
                break
            text = "".join(w for w, _ in words[start:end])
            if MIN_CHARS <= len(text) <= MAX_CHARS and words[end - 1][1] in _THING_TAGS:
                found.add(text)
    return found
