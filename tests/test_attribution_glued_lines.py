"""Session 41, second round: a page's headline or caption run into the lead with no sentence
end, where the next line opens with a word capitalised only at a sentence start (a
subordinator, a preposition of time, a linking adverb, a subject pronoun: "... warned of the
flood During the night , ...", "... weighs 40 tonnes It will be ..."), or with "The" or "A"
after a figure or a weekday ("... cost up to $ 2bn The cost ..."). A report does not run over
such a seam into another line. The sentences are written for these tests."""

from __future__ import annotations

from tests.stages import attributions_of, by_content


def _contents(text: str) -> list[str]:
    found, _ = attributions_of(text)
    return [a.content.text for a in found]


def test_a_caption_opening_with_a_preposition_of_time_is_not_in_the_report():
    text = (
        "Council says the dam held through the storm During the night , crews from three "
        "towns piled sandbags along the river .\n"
    )
    contents = _contents(text)
    assert any(c.startswith("the dam held through the storm") for c in contents)
    assert not any("During the night" in c for c in contents)


def test_a_line_opening_with_a_subject_pronoun_is_not_in_the_report():
    text = (
        "Engineers said the new barrier weighs 40 tonnes It will be lowered into the "
        "channel next week .\n"
    )
    contents = _contents(text)
    said = [c for c in contents if c.startswith("the new barrier weighs")]
    assert said and all("lowered" not in c for c in said)


def test_a_line_opening_with_a_linking_adverb_is_not_in_the_report():
    text = (
        "The mayor warned the flooding was spreading faster than forecast Later on Monday , "
        "the army sent two hundred soldiers to the valley .\n"
    )
    contents = _contents(text)
    assert any(c.startswith("the flooding was spreading faster than forecast") for c in contents)
    assert not any("two hundred soldiers" in c and "flooding" in c for c in contents)


def test_the_after_a_figure_opens_the_next_line():
    text = (
        "Harbour board says repairs cost up to $ 2bn The bill for the harbour repairs keeps "
        "rising for the city .\n"
    )
    contents = _contents(text)
    said = [c for c in contents if c.startswith("repairs cost up to")]
    assert said and all("bill" not in c for c in said)


def test_a_after_a_weekday_opens_the_next_line():
    text = (
        "The agency says the pump should work by Thursday or Friday A second pump from "
        "Rotterdam is due next month .\n"
    )
    contents = _contents(text)
    said = [c for c in contents if c.startswith("the pump should work")]
    assert said and all("Rotterdam" not in c for c in said)


def test_words_capitalised_inside_a_sentence_stay_in_the_report():
    # a name made of such a word, a title after a proper name, and a capitalised opener after
    # a comma or inside a quotation are no seam
    text = (
        "Officials said the festival In Bloom drew fewer visitors this year because of the "
        "rain .\n"
        "Ms Varga said the clinic in Port Ellis will reopen after the repairs , and the "
        "school too .\n"
        '"We are ready , and it is done ," the director said .\n'
    )
    contents = _contents(text)
    assert any("drew fewer visitors" in c and c.startswith("the festival") for c in contents)
    assert any(c.startswith("the clinic in Port Ellis will reopen") for c in contents)
    assert any(c.startswith("We are ready") for c in contents)


def test_a_caption_run_into_a_quoted_sentence_is_not_said():
    found, _ = attributions_of(
        "Levees held along most of the river `` We were lucky this time , and we know it , '' "
        "Mayor Alma Ortiz said .\n"
    )
    said = by_content(found, "lucky this time")
    assert said.content.text.startswith("We were lucky")
    assert said.kind == "direct"
    assert not any("Levees held" in a.content.text for a in found)


def test_a_quoted_sentence_a_clause_runs_into_stays_partial():
    # the quotation after a verb or a function word is part of the writer's clause
    found, _ = attributions_of(
        "The minister said the plan was `` The best we could do in a hurry , '' and left .\n"
        "Ms Ortiz called the levee `` a wall of good luck and nothing more , '' Ortiz said .\n"
    )
    assert by_content(found, "best we could do").content.text.startswith("the plan was")
    assert by_content(found, "wall of good luck").kind == "partial"


def test_words_said_after_a_speech_verb_with_no_marks_are_no_seam():
    found, _ = attributions_of(
        "The residents kept saying We have nothing left to lose here , the pastor said .\n"
    )
    assert any("nothing left to lose" in a.content.text for a in found)


def test_a_clause_leading_into_a_quotation_stays_with_it():
    found, _ = attributions_of(
        "If the levee fails , `` there are other ways to protect the town , '' the mayor said .\n"
    )
    assert by_content(found, "other ways to protect").content.text.startswith("If the levee")


def test_a_title_after_a_name_is_no_quoted_sentence():
    found, _ = attributions_of(
        "Critics call Mayor Lund `` The Biggest Loser of the North , '' Ms Berg said .\n"
    )
    assert not any(a.content.text.startswith("The Biggest Loser") for a in found)
