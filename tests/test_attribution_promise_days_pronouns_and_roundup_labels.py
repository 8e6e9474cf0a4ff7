"""Speakers and contents of the fresh store's commonest errors: a day taken for what was
promised, a content cut at "but", "according to" a practice, a pronoun given to the man named
in the reported words or in the sentence before a fronted clause, a surname taken for a
country, a roundup's label after a dash, co-authors cut to one, and a page's hour stamp."""

from tests.stages import attributions_of


def _only(found, words):
    matches = [a for a in found if words in a.content.text]
    assert matches, [a.content.text for a in found]
    return min(matches, key=lambda a: len(a.content.text))


def test_a_day_after_a_promise_is_not_what_was_promised():
    found, _ = attributions_of(
        "Senator Tom Hale promised Monday to cut taxes for small farms during his first year."
    )
    promise = _only(found, "to cut taxes")
    assert promise.content.text.startswith("to cut taxes")
    assert promise.speaker == "tom-hale"


def test_a_promise_made_at_a_rally_is_the_infinitive_after_the_setting():
    found, _ = attributions_of(
        "Tom Hale promised Sunday at a rally in Reno to end the permit scheme."
    )
    promise = _only(found, "end the permit scheme")
    assert promise.content.text == "to end the permit scheme"
    assert not any(a.content.text.startswith("Sunday") for a in found)


def test_a_content_goes_on_after_but_with_the_speakers_own_fears():
    found, _ = attributions_of(
        "One farmer said he and his wife had lived through the great flood but they did not "
        "know what harm the drought might bring."
    )
    said = _only(found, "the great flood")
    assert said.content.text.endswith("what harm the drought might bring")


def test_a_present_belief_after_and_stays_apart_from_what_was_said():
    found, _ = attributions_of(
        "Ana Ruiz said the mine would close and she believes the town will suffer."
    )
    said = next(a for a in found if a.cue.text == "said")
    assert said.content.text == "the mine would close"


def test_according_to_a_practice_is_no_source():
    found, _ = attributions_of(
        "Inspectors said the firm finished the dam according to accepted industry practice."
    )
    assert not any(a.kind == "according_to" for a in found)
    found, _ = attributions_of("The launch went according to plan on Tuesday.")
    assert not any(a.kind == "according_to" for a in found)


def test_according_to_a_plan_someone_released_stays_a_source():
    found, _ = attributions_of(
        "According to the plan released by the ministry, the port will reopen in May."
    )
    report = _only(found, "the port will reopen")
    assert report.kind == "according_to" and "the plan" in report.source.text


def test_he_goes_on_with_the_speaker_not_the_man_in_his_words():
    found, _ = attributions_of(
        "President Paul Ode has taken a harder line with the bank this week. He said on Monday "
        "that he would fire its chief. Editor Tom Hale told reporters it was a bad sign when "
        'the president is in "fighting mode." "It helps no one when things get personal," he '
        "said."
    )
    assert _only(found, "It helps no one").speaker == "tom-hale"
    assert _only(found, "he would fire its chief").speaker == "paul-ode"


def test_a_pronoun_in_a_fronted_phrase_points_ahead_to_the_subject():
    found, _ = attributions_of(
        "Tom Hale was not at the summit on Wednesday. In what he acknowledged as a long "
        '"rant," President Paul Ode took a swipe at the senator\'s record.'
    )
    assert _only(found, "rant").speaker == "paul-ode"


def test_a_surname_that_names_a_people_is_the_person_of_that_name():
    found, _ = attributions_of(
        "The gym owner Laura Cuban spoke to reporters on Friday. "
        '"We lost half our members," Cuban said.'
    )
    assert _only(found, "We lost half our members").speaker == "laura-cuban"


def test_a_roundup_item_quotes_the_name_after_its_dash():
    found, _ = attributions_of(
        "But the polls did predict the Democratic count - Tom Ridley: “The surveys caught the "
        "swing in the suburbs, and the count bore them out.”"
    )
    quote = _only(found, "The surveys caught the swing")
    assert quote.speaker == "tom-ridley" and quote.source.text == "Tom Ridley"


def test_more_from_two_authors_after_a_glued_dash_names_both():
    found, _ = attributions_of(
        "The surveys were right all along -More from Ames and Hale: “Our panel saw the swing a "
        "week before the vote.”"
    )
    quote = _only(found, "Our panel saw the swing")
    assert quote.source.text == "Ames and Hale" and quote.speaker is None


def test_two_full_names_before_a_colon_are_not_cut_to_the_first():
    found, _ = attributions_of(
        "Turnout held up - Mark Brennan and Jon Carter: “Our panel saw the swing a week before "
        "the vote.”"
    )
    quote = _only(found, "Our panel saw the swing")
    assert quote.source.text == "Mark Brennan and Jon Carter" and quote.speaker is None


def test_an_hour_stamp_with_its_am_or_pm_is_no_part_of_the_source():
    found, _ = attributions_of(
        "Report faults crew Friday , May 7 , 2027 ; 10:40 AM A panel of engineers studying the "
        "dam failure has concluded that the crew ignored two alarms ."
    )
    report = _only(found, "the crew ignored two alarms")
    assert report.source.text == "A panel of engineers studying the dam failure"


def test_a_clause_of_when_before_that_is_no_part_of_what_was_said():
    found, _ = attributions_of(
        "A senior Treasury official said after the markets closed that the department was "
        "ready to act."
    )
    assert _only(found, "the department was ready").content.text == (
        "that the department was ready to act"
    )
    found, _ = attributions_of(
        "Pressing the lender, a senior Treasury official said after the markets closed that "
        'the department was "ready to act" to protect savers.'
    )
    said = _only(found, "ready to act")
    assert said.content.text.startswith("that the department")


def test_continue_to_be_is_no_cue():
    found, _ = attributions_of(
        "In a statement issued after the vote, Hale said he's certain Ruiz will continue to be "
        '"a voice for the valley."'
    )
    assert not any(a.cue.text == "continue" for a in found)
    assert _only(found, "a voice for the valley").cue.text == "said"


def test_he_goes_on_with_the_aide_not_the_candidate_his_report_speaks_of():
    found, _ = attributions_of(
        "Addressing the committee, the campaign chief, Paul Brandt, said the senator's style "
        "was an act.\n\n''He knows what he is doing,'' Mr. Brandt said on Friday, suggesting "
        "that Senator Joe Kessler was about to change course.\n\n''The tone is going to "
        "soften,'' he added."
    )
    assert _only(found, "The tone is going to soften").speaker == "paul-brandt"


def test_a_report_inside_anothers_words_does_not_carry_the_next_pronoun():
    found, _ = attributions_of(
        "The campaign chief, Paul Brandt, spoke first. But Mr. Brandt went further: He also "
        "openly said that Senator Joe Kessler wanted to work with the party leaders.\n\n"
        "''He gave us the mandate to build a team,'' he said."
    )
    assert _only(found, "He gave us the mandate").speaker == "paul-brandt"


def test_the_one_a_speaker_refers_to_may_speak_next():
    found, _ = attributions_of(
        "Analysts asked about the payout on Friday. Tom Hale refers to Jon Ridley, who declines "
        'to give a firm answer. "Our first duty is to fix this," he says.'
    )
    assert _only(found, "Our first duty").speaker == "jon-ridley"
