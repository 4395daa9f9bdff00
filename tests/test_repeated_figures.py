"""text/repeated_figures.py: one figure written three ways is one key; names and years are no figure."""

from __future__ import annotations

from citebrief.text.repeated_figures import figure_keys, repeated_pairs, shared_figures, word_overlap


def test_a_percentage_is_one_key_however_written() -> None:
    assert figure_keys("盈利增长百分之十", "zh") == figure_keys("盈利增长10%", "zh") == {"percent:10"}
    assert figure_keys("Only nine per cent of Germans", "en") == figure_keys("9% of Germans", "en") == {"percent:9"}


def test_a_count_is_read_with_its_unit() -> None:
    assert figure_keys("抓获108名犯罪嫌疑人", "zh") == {"number:108:名"}
    assert shared_figures("41 men were held", "More than 40 Allied prisoners", "en") == set()
    assert shared_figures("He won $500 on a ticket", "the suspect had won $500 on it", "en") == {"number:500:$"}
    assert shared_figures("The couple found 102 arrows", "We have located 102 arrows", "en") == {"number:102:arrow"}


def test_names_years_ages_and_ordinals_are_no_figure() -> None:
    assert figure_keys("全面推行“三项制度”", "zh") == set()  # a Chinese numeral names the thing
    assert figure_keys("第3次会议于2019年召开", "zh") == set()
    assert figure_keys("the 29-year-old striker", "en") == set()
    assert figure_keys("7/10 Actinica Lotion", "en") == set()


def test_a_figure_in_three_bullets_is_a_term_not_a_repeat() -> None:
    bullets = ["全省有30家医院参加。", "这30家医院名单已公布。", "其余30家医院明年参加。", "另有12个县参加。"]
    assert repeated_pairs(bullets, "zh") == []
    assert repeated_pairs(bullets[:2] + bullets[3:], "zh") == [(0, 1, {"number:30:家"})]


def test_word_overlap_reads_the_shorter_bullet() -> None:
    assert (
        word_overlap(
            "Unlocking £5 billion for 125,000 homes",
            "Announcing a £5 billion fund, he said Labour would build 125,000 new homes",
            "en",
        )
        >= 0.5
    )
    assert word_overlap("今天天气晴朗", "会议审议通过了议程", "zh") == 0.0
