"""A Chinese sentence opening on a bare modal and a verb, no subject ("要夯实企业发展基础，……",
"第三，要做一些检测。"), is told from one that names who acts, from another word that starts
with the modal ("要求"), and from a purpose clause ("要实现……，需要……"). Short invented sentences."""

from __future__ import annotations

import pytest

from citebrief.text.data_files import data_lines
from citebrief.text.zh_bare_modal import bare_modal


@pytest.mark.parametrize("modal", data_lines("zh_bare_modals.tsv"))
def test_each_rows_modal_opens_a_bare_sentence(modal: str) -> None:
    assert bare_modal(f"{modal}加强安全管理，落实各项责任。")


@pytest.mark.parametrize(
    "text",
    [
        "要夯实企业发展基础，进一步增强企业竞争力。",
        "第三，要做一些检测。",  # a list's later item
        "同时，要充分发挥社会责任，注重实现双赢。",
        "要层层压实各项防汛责任。",  # jieba tags "层层" a noun
    ],
)
def test_bare_modal_sentences(text: str) -> None:
    assert bare_modal(text)


@pytest.mark.parametrize(
    "text",
    [
        "企业要夯实发展基础。",  # who must is said
        "要求各地加强安全管理。",  # another word
        "要是下雨，比赛就推迟。",
        "要实现量子计算，需要稳定可控的量子比特。",  # a purpose and its need
        "要。",
    ],
)
def test_not_bare_modal_sentences(text: str) -> None:
    assert not bare_modal(text)
