"""An English news brief's last reading of its titles, once every group is settled and titled:
only then are the overview's own bullets known (`en_overview_own_said`) and each group's bullets
final for mending a title cut out of a longer name (`en_title_last_mends`) and for building a
theme's title where the one it has is a side detail (`en_title_built`): a built title holds words
another group's title may need ("Wil"), so it waits until every other title is given. Imported
only on the English news path, so a Chinese start loads none of the English title modules."""

from __future__ import annotations

from citebrief.engines.scored import Draft
from citebrief.text.en_bare_title_phrase import bare_title_phrase
from citebrief.text.en_overview_background import background_overview
from citebrief.text.en_overview_followed import followed_overview
from citebrief.text.en_overview_own_said import own_said_overview
from citebrief.text.en_overview_owned import labelled_owned
from citebrief.text.en_overview_place_said import place_said_overview
from citebrief.text.en_place_theme_event import place_theme_event
from citebrief.text.en_shared_title import shared_title
from citebrief.text.en_theme_name_deed import theme_name_deed
from citebrief.text.en_title_article_phrase import article_phrase_title
from citebrief.text.en_title_built import built_title
from citebrief.text.en_title_contested import contested_title
from citebrief.text.en_title_epithet_owner import epithet_owner_title
from citebrief.text.en_title_head_noun import head_noun_title
from citebrief.text.en_title_last_mends import mended_title
from citebrief.text.en_title_lone_abstract import lone_abstract_title
from citebrief.text.en_title_one_bullet_name import one_bullet_name_title
from citebrief.text.en_title_shared_phrase import shared_phrase_title
from citebrief.text.en_title_side_name import side_name_title


def last_titles(drafts: list[Draft], bullets: list[str], texts: list[str], used: set[str]) -> None:
    """Retitle `drafts` (overview first) in place: not "Head of the Special Crime" that only a
    theme's bullet says; "National Museums Liverpool", not a name's cut "Museums Liverpool"."""
    others = [bullets[i] for d in drafts[1:] for i in d.picked]
    key_points = [bullets[i] for i in sorted(drafts[0].picked)]  # in the article's order: its lead first
    brief = [bullets[i] for d in drafts for i in d.picked]
    if drafts[0].title:
        drafts[0].title = own_said_overview(drafts[0].title, key_points, others, texts, used)
        drafts[0].title = followed_overview(drafts[0].title, key_points, texts, used)  # "Southgate", not "Wenger"
        drafts[0].title = labelled_owned(drafts[0].title, key_points, texts, used)  # "Buttler's New Deal"
        drafts[0].title = place_said_overview(drafts[0].title, key_points, texts, used)  # not "St George's Street"
        drafts[0].title = background_overview(drafts[0].title, key_points, texts, used)  # not last year's body
    for k, draft in enumerate(drafts):
        said = [bullets[i] for i in draft.picked]
        draft.title = draft.title and mended_title(draft.title, said, texts, used, composed=not k)
        draft.title = one_bullet_name_title(draft.title, said, said, texts, used, composed=not k)  # not "Sir Edward"
        draft.title = head_noun_title(draft.title, said, texts, used, composed=not k)  # a report's, not "Ilya Yashin"
        draft.title = contested_title(draft.title, said, texts, used)  # "Fight for the Premier League", not the name
        if k:  # "'Wil Can Fly' Photo Series", not one bullet's "Instagram Account": once every title is known
            draft.title = built_title(said, said, texts, used, draft.title)
            # the theme the bullets share, not "Peter Moores" one of them mentions in passing
            draft.title = side_name_title(said, said, texts, used, draft.title)
            draft.title = article_phrase_title(draft.title, said, texts, used)  # "American Flag", not "Flag"
            # a phrase two bullets write, not "Recommendations" one says
            draft.title = lone_abstract_title(draft.title, said, said, texts, used)
            draft.title = theme_name_deed(draft.title, said, texts, used)  # "Kali Henifin's Arrest", not the name
            draft.title = bare_title_phrase(draft.title, said, used)  # "Recovery Key", not "Recovery"
            draft.title = place_theme_event(draft.title, said, texts, used)  # "Arkansas Case", not "Arkansas"
            # "Westminster Abbey Service" where two bullets say "the service", not the place one names
            draft.title = shared_phrase_title(draft.title, said, texts, used)
            draft.title = shared_title(draft.title, said, used)  # "Two-factor Authentication", not "Stronger Passwords"
            # "Mr Walls' Pictures", not "Father-of-three's Pictures": a person the brief names
            draft.title = epithet_owner_title(draft.title, brief, texts, used)
