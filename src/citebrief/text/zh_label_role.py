"""The role a Chinese speaker's label says before the name ("长安镇党委委员范良波：“我们长安……”"), where
the sentence after a quotation opens on that role and name ("长安镇党委委员范良波表示，……") and the
brief names the person nowhere before.

`engines.zh_quote_named` labels a bare quotation with the name its next sentence opens on. A bare
name over a group's first quotation left blind readers asking who 范良波 and 宗金才 were (zh-news 83
and 175): the bullet that says so came after it. The label takes the role the article writes right
before the name, a run of nouns (places, bodies, 副) ending on a role's head (`data/zh_person_roles.tsv`),
and no longer than `MAX_ROLE_CHARS`; of a list of roles ("……办公室常务副主任、州民族语文工作中心主任"),
the last, which holds its own body. The label is the article's words, role and name, from one
sentence the bullet cites.
"""

from __future__ import annotations

from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_role_heads import role_heads

MIN_ROLE_CHARS = 2
MAX_ROLE_CHARS = 12  # "州民族语文工作中心主任"; a longer run is a body's full name, too long for a label
# nouns, places, bodies ("党委", "中共"), verbal nouns of a body's name ("工作中心") and 主任 (b)
_ROLE_TAGS = frozenset({"n", "nz", "nt", "ns", "j", "b", "vn"})
_BEFORE_ROLE = frozenset({"前", "原", "副", "常务副"})  # a former or deputy role: part of it, whatever the tag


def label_role(sentence: str, name: str) -> str:
    """The role `sentence` opens on right before `name` (module doc), else ''."""
    at = sentence.find(name)
    if at < MIN_ROLE_CHARS:
        return ""
    role = sentence[:at].rsplit("、", 1)[-1]
    if not MIN_ROLE_CHARS <= len(role) <= MAX_ROLE_CHARS or not role.endswith(role_heads()):
        return ""
    if any(tag not in _ROLE_TAGS and word not in _BEFORE_ROLE for word, tag in tag_zh(role)):
        return ""  # a verb or a time in it ("来自……音乐人", "19日"): a clause, not a role
    return role
