"""The party a Chinese case's title names (text/zh_case_party.py): the body it opens on, and the name a
reader knows it by, on titles written for these tests."""

from __future__ import annotations

import pytest

from citebrief.text.data_files import data_lines, rows_by_kind
from citebrief.text.zh_case_party import ENDINGS, FORMS, body_nouns, dropped_forms, known_name, party_name


def test_a_case_title_opens_on_its_party_up_to_its_endings() -> None:
    assert party_name("桐柏县甲乙医疗美容门诊部发布违法广告案。") == "桐柏县甲乙医疗美容门诊部"
    # endings that follow one another ("……医院" then "有限公司") are all the name's
    assert party_name("南召县丙丁医疗美容医院有限公司发布违法广告案。") == "南召县丙丁医疗美容医院有限公司"
    assert party_name("2、桐柏县永兴商行发布虚假广告案。") == "桐柏县永兴商行"  # past its number


def test_a_title_opening_on_no_body_names_none() -> None:
    assert party_name("桐柏县王某发布违法广告案。") == ""  # a person's case
    assert party_name("2、朔州市怀仁市下寨村违法占地问题。") == ""  # a place's


def test_a_reader_knows_a_body_without_its_company_form_after_its_own_noun() -> None:
    assert known_name("丙丁医疗美容医院有限公司") == "丙丁医疗美容医院"
    assert known_name("甲乙医学美容门诊部有限公司") == "甲乙医学美容门诊部"
    assert known_name("甲乙医疗美容门诊部") == "甲乙医疗美容门诊部"
    # the form is the name's own noun where no body's noun ends it before: "兆林旅游开发" is no body
    assert known_name("兆林旅游开发有限公司") == "兆林旅游开发有限公司"
    assert known_name("兆林旅游股份有限公司") == "兆林旅游股份有限公司"


def test_every_company_form_is_an_ending_and_no_body_noun() -> None:
    forms = [form for kind in rows_by_kind(FORMS).values() for form in kind]
    assert set(rows_by_kind(FORMS)) == {"dropped", "company"}
    assert set(forms) <= set(data_lines(ENDINGS))
    assert not set(forms) & set(body_nouns())
    assert "医院" in body_nouns() and "门诊部" in body_nouns()


@pytest.mark.parametrize("form", rows_by_kind(FORMS)["dropped"])
def test_each_dropped_form_is_dropped_after_a_body_noun_only(form: str) -> None:
    assert form in dropped_forms()
    assert known_name(f"甲乙医疗美容医院{form}") == "甲乙医疗美容医院"
    assert known_name(f"兆林旅游开发{form}") == f"兆林旅游开发{form}"


@pytest.mark.parametrize("form", rows_by_kind(FORMS)["company"])
def test_the_bare_company_word_is_kept(form: str) -> None:
    assert known_name(f"甲乙医疗美容医院{form}") == f"甲乙医疗美容医院{form}"
