"""Round 34 (session 44): contents that end where the speaker's words end — a full stop the
page lost (a pull quote or a caption run into the next sentence), the writer's tail after a
quotation, the speaker's next act after an infinitive or a clause about a law; and no
attribution from a heading ("The Spring Offensive: ...", "RESIDENTS URGED TO ...") or from
"according to" a rule. Sentences written for these tests."""

from __future__ import annotations

from tests.stages import attributions_of, by_cue


def _cues(found) -> list[str]:
    return [a.cue.text for a in found if a.cue is not None]


def test_a_content_stops_at_a_lost_full_stop_before_its_cue() -> None:
    found, _ = attributions_of(
        "Two of our drivers were hurt when the bridge fell but we are still here working "
        "There are some two million people in need of food, according to the Red Cross."
    )
    report = by_cue(found, "according to")
    assert report.content.text == "There are some two million people in need of food"


def test_a_caption_quotation_ends_at_a_lost_full_stop() -> None:
    text = (
        "The slick reached the coast on Monday . Lena Ortiz : `` It will not happen here '' "
        "Both companies are expecting lawsuits over the slick ."
    )
    found, _ = attributions_of(text)
    line = by_cue(found, ":")
    assert "Both" not in line.content.text
    assert "happen here" in line.content.text
    # the companies expect the lawsuits, not the line before the lost stop
    assert not any(
        a.cue is not None and a.cue.text == "expecting" and "happen here" in a.content.text
        for a in found
    )


def test_a_name_after_a_noun_is_no_lost_stop() -> None:
    found, _ = attributions_of("The minister said the paper The Times had lied about the deal.")
    assert by_cue(found).content.text == "the paper The Times had lied about the deal"


def test_a_quotation_with_the_cue_after_a_lost_stop_keeps_its_speaker() -> None:
    # the cue after the lost stop takes nothing of its own: the quotation is what was said
    found, _ = attributions_of("`` We will win '' The minister said on Monday .")
    assert by_cue(found).content.text == "We will win"


def test_the_writers_participle_after_the_closing_mark_is_no_content() -> None:
    found, _ = attributions_of(
        'Airport staff confirmed that "the jet was climbing and could not have been a '
        'threat," agreeing with the airline.'
    )
    content = by_cue(found, "confirmed").content.text
    assert content.endswith('threat,"')
    assert "agreeing" not in content


def test_whom_it_was_said_to_after_the_closing_mark_is_no_content() -> None:
    found, _ = attributions_of(
        'Mayor Ruiz vowed to hold firm, saying, "We have a problem and this is the place," '
        "to a reporter of The Daily Courier after the meeting."
    )
    assert all("Courier" not in a.content.text for a in found if a.cue.text == "saying")


def test_a_participle_without_a_comma_goes_on_with_the_words() -> None:
    found, _ = attributions_of("The envoy said the two sides were “close” reaching terms.")
    assert "reaching terms" in by_cue(found).content.text


def test_a_verb_conjoined_to_an_infinitive_inside_the_words_is_the_next_act() -> None:
    found, _ = attributions_of(
        'An engineer who spoke to the panel said it was "unheard of" not to run the test '
        'and slammed the decision as "reckless".'
    )
    said = by_cue(found, "said")
    assert said.content.text == 'it was "unheard of" not to run the test'
    slammed = by_cue(found, "slammed")
    assert slammed.source is not None and "engineer" in slammed.source.text
    assert "reckless" in slammed.content.text


def test_a_law_is_no_one_who_goes_on_to_speak() -> None:
    found, _ = attributions_of(
        "In her first speech, she argued that the Charter was a binding contract, and called "
        'any breach "plainly void".'
    )
    assert by_cue(found, "argued").content.text == "that the Charter was a binding contract"


def test_a_person_in_the_clause_may_still_be_the_one_who_acts() -> None:
    # the subject of the clause said is a name that can act: the verb stays with it
    found, _ = attributions_of("Ruiz said that Mr Hale was at the meeting, and called it a farce.")
    assert "called" in by_cue(found, "said").content.text


def test_according_to_a_rule_inside_the_clause_is_no_source() -> None:
    found, _ = attributions_of(
        "Later the prisoners were moved to the Tamsa camp according to the Law of Public Order."
    )
    assert "according to" not in _cues(found)
    found, _ = attributions_of(
        "The tribunals did not always work according to common standards of fair process."
    )
    assert "according to" not in _cues(found)
    found, _ = attributions_of(
        'They were sent to the Tamsa camp for "re-education" according to the Law of Public Order.'
    )
    assert "according to" not in _cues(found)


def test_according_to_figures_or_a_body_stays_a_source() -> None:
    found, _ = attributions_of("Prices rose 3 pct according to government figures.")
    assert by_cue(found, "according to").content.text == "Prices rose 3 pct"
    found, _ = attributions_of("The fine is legal, according to the rules committee.")
    assert by_cue(found, "according to").content.text == "The fine is legal"
    found, _ = attributions_of('Residents "felt safer" according to the Daily Courier.')
    assert by_cue(found, "according to").content.text == 'Residents "felt safer"'


def test_a_heading_naming_a_campaign_is_no_speaker() -> None:
    found, _ = attributions_of(
        "The war began in June. The UN Offensive: North Korea invaded (September-October 1950)"
    )
    assert ":" not in _cues(found)


def test_a_headlines_passive_is_no_one_urging() -> None:
    found, _ = attributions_of("PASSENGERS URGED TO COME FORWARD")
    assert found == ()
    found, _ = attributions_of("Residents told to leave as fires spread")
    assert found == ()


def test_asked_to_with_a_subject_stays_a_request() -> None:
    found, _ = attributions_of("Investigators asked to see a safety valve.")
    assert by_cue(found, "asked").content.text == "to see a safety valve"


def test_a_passives_agent_is_no_part_of_the_content() -> None:
    found, _ = attributions_of(
        'The protest was described by the company as "a reckless act that puts the crew at risk".'
    )
    report = by_cue(found, "described")
    assert report.content.text.startswith('as "a reckless act')
    assert report.source is not None and report.source.text == "the company"


def test_calling_someone_out_is_no_naming() -> None:
    found, _ = attributions_of(
        "The governor tripped up Ruiz in the debate by calling him out for his reliance on "
        "scripted lines."
    )
    assert "calling" not in _cues(found)
    found, _ = attributions_of("Ruiz called the plan a fraud.")
    assert by_cue(found, "called").content.text == "the plan a fraud"


def test_only_the_one_asked_is_no_content() -> None:
    found, _ = attributions_of(
        "Maria Vela, an activist, asked the former senator during a radio chat"
    )
    assert "asked" not in _cues(found)
    found, _ = attributions_of("She asked the minister whether the plan was dead.")
    assert by_cue(found, "asked").content.text == "whether the plan was dead"
    found, _ = attributions_of("He asked the court for more time.")
    assert "more time" in by_cue(found, "asked").content.text


def test_a_quotation_ending_with_its_own_full_stop_keeps_its_speaker() -> None:
    found, _ = attributions_of(
        "Spokeswoman Ana Ruiz said the pledge was fine. “I disagree,” she said. “We feel "
        "good about the areas we are going to.” She noted a planned rally on Saturday."
    )
    quote = next(a for a in found if a.content.text.startswith("We feel good"))
    assert quote.source is not None and quote.source.text.lower() == "she"


def test_a_verb_in_another_tense_than_the_cue_is_more_of_the_words() -> None:
    found, _ = attributions_of(
        "Penny Vance said she would like Hale to explain his stance on taxes but supports "
        "his candidacy."
    )
    assert "supports his candidacy" in by_cue(found).content.text


def test_the_next_act_of_a_report_within_the_words_stays_in_them() -> None:
    found, _ = attributions_of(
        "Lawyer Tom Hale said the ministry requested that Lazar be sent home to serve his "
        "time there and indicated that he would be freed in 2018."
    )
    assert "freed in 2018" in by_cue(found).content.text


def test_a_participle_going_on_with_the_clause_outside_the_marks_stays() -> None:
    found, _ = attributions_of(
        'Officials said small banks might be forced to sign "exit bonds," barring them from '
        "lending to the country again."
    )
    assert "barring them" in by_cue(found).content.text
