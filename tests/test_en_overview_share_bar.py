"""An English overview titled by the person its lead names, where the lead is glued to a share
bar ("…Copy this linkMia Calder, 14, …"): the name is whole once the bar is read past, as the
bullet reads it (`overview_titles.overview_title`)."""

from __future__ import annotations

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft

_STORY = [
    "Share this withEmailFacebookMessengerTwitterCopy this linkMia Calder, 14, was suffering from a rare bone "
    "cancer. On Friday she briefly went to a school dance held in her honour. Her father Tom told of her death "
    "on his Facebook page, saying she was the bravest girl he knew.",
    "Since she fell ill last spring, Mia had been posting updates on a Facebook page with the help of her "
    "brother. The page drew thousands of likes and told of her love of horses.",
    "On Friday, she stayed at the dance for ten minutes but had to leave as she felt unwell. Mia was met at "
    "the door by a famous show jumper.",
    "Her friends raised money for a cancer charity in the weeks after she fell ill. More money will be raised "
    "on Sunday at a charity ride near her home.",
]


def test_the_lead_past_its_share_bar_names_the_overview() -> None:
    # the full name is written only after the bar; read glued it is "linkMia Calder", no title
    document = document_from_text("\n\n".join(_STORY), origin="share-bar", kind="text")
    brief = draft(document)
    assert brief.groups[0].title.endswith("Mia Calder")
