"""An English group that opens on who the article's person is, named by a role and an aside of
his past ("The blogger, a former computer games reviewer who was born in Stirling …, has been a
vocal campaigner for Scottish independence …"), but titled by a topic one of its clauses names
("Scottish Independence"): the group is the person's profile, and the title an editor writes
over it is "Campbell's Background" (en-xsum 167 blind read: the blogger-profile group titled
by the topic of the article's overview).

The opening must be "The <role>, a/an …," with a word of the past in the aside ("former",
"born", "ex-", "retired"); the person is the one the article names most
(`en_title_unnamed_person.main_person`), and the title is kept where it already names him.
Runs after `background_title` ("Hardy's Career" where the paragraphs write "career").
"""

from __future__ import annotations

from citebrief.text.en_title_possessed import owned_title
from citebrief.text.en_title_unnamed_person import main_person
from citebrief.text.lazy_re import LazyPattern

# "The blogger, a former computer games reviewer who was born in Stirling but lives in Bath, …":
# a role alone as the subject, then an aside of the person's past before the verb
_PROFILE = LazyPattern(
    r"The [a-z]+(?:-[a-z]+)?, an? [^,]*?\b(?:former|born|ex-|retired|onetime|one-time)[^,]*,"
    r"(?:[^,]*,)? (?:has|had|is|was|became|have|spent|began|started|worked|grew)\b"
)


def profile_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` as "Surname's Background" where the group opens on its person's profile (see the
    module's note); else `title`; `used` (casefolded titles given) updated."""
    if not title or not bullets or not _PROFILE.match(bullets[0]):
        return title
    surname = main_person(all_texts)
    if not surname or surname.casefold() in title.casefold() or "'" in title or "’" in title:
        return title
    return owned_title(title, surname, f"{surname}'s Background", used)
