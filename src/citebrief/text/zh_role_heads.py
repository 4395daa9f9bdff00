"""The heads a Chinese role word ends on (`data/zh_person_roles.tsv`: 人, 匠, 警, 代表), read once.

Three steps ask whether a name stands after a role: a bare name's title takes its role
(`zh_person_role`), a 他 takes the name of a speaker the article gives a role (`zh_pronoun_speakers`),
and a quotation takes the name of the role's holder who opens the next sentence (`zh_quote_named`).
The speaker steps cannot import `zh_person_role` (its imports reach `zh_we_speakers`, which imports
them), so the table lives here, in a module that imports nothing of the package's steps.
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import data_lines


@cache
def role_heads() -> tuple[str, ...]:
    """The heads a role word ends on, in file order."""
    return data_lines("zh_person_roles.tsv")


@cache
def role_head_alternation() -> str:
    """The heads as a regex alternation, longer first, so that no head stops a match short at a
    shorter one it ends on; the caller puts it in its own group."""
    return "|".join(sorted(role_heads(), key=len, reverse=True))
