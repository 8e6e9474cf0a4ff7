"""The timeline metrics: ROUGE as ROUGE-1.5.5 counts, tilse's many-to-one alignment, date F1."""

import datetime as dt

import pytest

from dateline.stories.porter import stem
from dateline.stories.rouge import Rouge, RougeCounts
from dateline.stories.tlsmetrics import alignment_rouge, date_scores

D = dt.date


@pytest.mark.parametrize(
    ("word", "expected"),
    [  # examples from Porter (1980)
        ("caresses", "caress"), ("ponies", "poni"), ("agreed", "agre"), ("plastered", "plaster"),
        ("motoring", "motor"), ("hopping", "hop"), ("filing", "file"), ("happy", "happi"),
        ("relational", "relat"), ("conditional", "condit"), ("triplicate", "triplic"),
        ("hopeful", "hope"), ("revival", "reviv"), ("adoption", "adopt"), ("controll", "control"),
        ("generalizations", "gener"), ("sized", "size"), ("feed", "feed"), ("cease", "ceas"),
    ],
)  # fmt: skip
def test_porter_stems_as_in_the_paper(word: str, expected: str):
    assert stem(word) == expected


def test_rouge_tokens_split_like_rouge_1_5_5():
    rouge = Rouge(frozenset({"the", "in"}))
    tokens = rouge.tokens("The quake -LRB- Port-au-Prince -RRB- killed 1,000 in Haiti 's capital .")
    assert tokens == (
        "quak", "lrb", "port", "au", "princ", "rrb", "kill", "1", "000", "haiti", "s", "capit"
    )  # fmt: skip


def test_rouge_counts_clip_repeated_ngrams():
    rouge = Rouge(frozenset())
    assert rouge.counts(["oil oil spill"], ["oil spill spill"], 1) == RougeCounts(2, 3, 3)
    assert rouge.counts(["oil oil spill"], ["oil spill spill"], 2) == RougeCounts(1, 2, 2)


def test_bigrams_run_across_the_sentences_of_a_summary():
    rouge = Rouge(frozenset())
    assert rouge.counts(["well sealed", "cement pumped"], ["sealed cement"], 2).hits == 1


PREDICTED = {
    D(2020, 1, 1): ["Rebels seized Kidal airport ."],
    D(2020, 1, 3): ["Troops recaptured Gao ."],
    D(2020, 1, 9): ["Talks opened in Algiers ."],
}
REFERENCE = {
    D(2020, 1, 1): ["Rebels captured Kidal airport ."],
    D(2020, 1, 2): ["French troops recaptured Gao city ."],
}


def test_alignment_rouge_matches_tilse_on_a_small_timeline():
    # tilse 0.2.1, evaluate_align_date_content_costs_many_to_one, with the ROUGE-1.5.5 perl
    # script and with its reimplementation, both give R1 P=0.45 R=0.5, R2 P=R=2/7 here.
    rouge1 = alignment_rouge(PREDICTED, REFERENCE, 1)
    rouge2 = alignment_rouge(PREDICTED, REFERENCE, 2)
    assert (rouge1.precision, rouge1.recall) == pytest.approx((0.45, 0.5))
    assert rouge1.f1 == pytest.approx(0.4736842105)
    assert (rouge2.precision, rouge2.recall) == pytest.approx((2 / 7, 2 / 7))


def test_a_summary_one_day_off_earns_half_its_overlap():
    reference = {D(2020, 1, 2): ["Troops recaptured Gao ."]}
    shifted = {D(2020, 1, 3): ["Troops recaptured Gao ."]}
    assert alignment_rouge(shifted, reference, 1).f1 == pytest.approx(0.5)
    assert alignment_rouge(reference, reference, 2).f1 == pytest.approx(1.0)


def test_many_predicted_dates_may_align_to_one_reference_date():
    reference = {D(2020, 1, 1): ["Rebels seized Kidal ."]}
    predicted = {D(2020, 1, 1): ["Rebels seized Kidal ."], D(2020, 1, 2): ["Rebels seized Kidal ."]}
    scores = alignment_rouge(predicted, reference, 1)
    assert scores.precision == pytest.approx((3 + 1.5) / 6)
    assert scores.recall == pytest.approx(1.0)


def test_empty_timelines_score_zero():
    assert alignment_rouge({}, REFERENCE, 1).f1 == 0.0
    assert date_scores({}, REFERENCE).f1 == 0.0


def test_date_f1_counts_exact_days():
    scores = date_scores(PREDICTED, REFERENCE)
    assert (scores.precision, scores.recall) == pytest.approx((1 / 3, 1 / 2))
    assert scores.f1 == pytest.approx(0.4)
