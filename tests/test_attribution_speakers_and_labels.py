"""Who speaks, and where a labelled turn stops: a day's name is no speaker ("said Thursday",
"Thursday said a spokesman"); an adverb shouted after a name is no part of it ("The Morning
Star ALSO reported"); several joined names are none of them alone; a reply speaks for whoever
it belongs to; a verb whose object is a statement noun with its own clause ("repeated his
assertion that ...") leaves the report to the noun; a transcript turn stops at the next
speaker's label; a bracketed reference code is no label; a content does not end in a
coordinator left by a cut clause. The sentences are written for these tests."""

from __future__ import annotations

from tests.stages import attributions_of, by_content


def test_a_day_after_the_cue_is_no_speaker():
    found, _ = attributions_of("“We are done with this,” said Thursday.\n")
    said = by_content(found, "done with this")
    assert said.source is None or "Thursday" not in said.source.text


def test_a_day_before_the_cue_leaves_the_speaker_after_it():
    found, _ = attributions_of("“The deal is off,” Thursday said a spokesman for the firm.\n")
    said = by_content(found, "deal is off")
    assert said.source is not None
    assert said.source.text == "a spokesman for the firm"


def test_a_day_before_a_subject_still_leaves_the_subject():
    found, _ = attributions_of("Thursday, officials said the strike would end.\n")
    said = by_content(found, "strike would end")
    assert said.source is not None and said.source.text == "officials"


def test_an_adverb_shouted_after_a_name_is_no_part_of_the_source():
    found, _ = attributions_of("The Morning Star ALSO reported that the strike would end.\n")
    said = by_content(found, "strike would end")
    assert said.source is not None and said.source.text == "The Morning Star"


def test_a_shouted_today_after_a_name_leaves_the_name():
    found, _ = attributions_of(
        "Council Leader Dan Pike TODAY announced that the strike would end.\n"
    )
    said = by_content(found, "strike would end")
    assert said.speaker == "dan-pike"
    assert said.source is not None and "TODAY" not in said.source.text


def test_a_name_in_capitals_stays_whole():
    found, _ = attributions_of("A spokesman for NATO said the exercise would go ahead.\n")
    said = by_content(found, "exercise would go ahead")
    assert said.source is not None and said.source.text.endswith("NATO")


def test_several_joined_names_are_not_the_first_alone():
    found, _ = attributions_of(
        "Both Tom Gill and Ana Ruiz said they saw nothing wrong with the deal.\n"
    )
    said = by_content(found, "nothing wrong")
    assert said.speaker is None
    assert said.source is not None and "Ana Ruiz" in said.source.text


def test_one_name_still_speaks():
    found, _ = attributions_of("Tom Gill said he saw nothing wrong with the deal.\n")
    assert by_content(found, "nothing wrong").speaker == "tom-gill"


def test_a_reply_speaks_for_the_one_it_belongs_to():
    found, _ = attributions_of("Kestrel Oil's reply was blunt: “We reject every word of it.”\n")
    assert by_content(found, "We reject").speaker == "kestrel-oil"


def test_a_repeated_assertion_is_reported_by_the_noun_alone():
    found, _ = attributions_of("Mayor Tom Hale repeated his assertion that the city was safe.\n")
    said = [a for a in found if "city was safe" in a.content.text]
    assert len(said) == 1
    assert not said[0].content.text.startswith("his assertion")
    assert said[0].speaker == "tom-hale"


def test_a_denied_claim_still_reports_the_denial():
    found, _ = attributions_of("Ana Ruiz denied the claim that she had lied to the council.\n")
    assert any(a.cue.text == "denied" for a in found)


def test_a_transcript_turn_stops_at_the_next_label():
    text = (
        "BRIGGS: I think the senator said the plan would fail because nobody wanted it. "
        "HOLLOWAY: That is not true.\n"
    )
    found, _ = attributions_of(text)
    turn = next(a for a in found if a.cue.text == ":")
    assert turn.content.text.endswith("nobody wanted it.")
    assert "HOLLOWAY" not in turn.content.text


def test_a_bracketed_reference_code_is_no_label():
    text = (
        "Shares of the firm fell sharply.\n(ID : nXYZ12345) (For a chart of its sales, see here.)\n"
    )
    found, _ = attributions_of(text)
    assert not any(a.cue.text == ":" for a in found)


def test_a_content_cut_before_a_second_clause_drops_its_coordinator():
    text = (
        "In a survey, 70 percent of voters said they were happy with the mayor and 20 percent "
        "said they were not.\n"
    )
    found, _ = attributions_of(text)
    # the "said" report (the survey's own finding takes the whole sentence)
    said = by_content([a for a in found if a.cue.text == "said"], "happy with the mayor")
    assert said.content.text.endswith("the mayor")


def test_two_titles_of_one_person_leave_the_person_speaking():
    found, _ = attributions_of(
        "The firm's chairman and chief executive, Jim Hackett, said the spill was a disaster.\n"
    )
    assert by_content(found, "spill was a disaster").speaker == "jim-hackett"


def test_a_name_joined_inside_a_phrase_after_the_subject_leaves_the_subject():
    found, _ = attributions_of(
        "Professor John Oxford of Barts and the London School of Medicine says it was a "
        "fantastic dry run.\n"
    )
    assert by_content(found, "dry run").speaker == "john-oxford"


def test_announced_plans_stay_the_announcement():
    found, _ = attributions_of("The ministry announced plans on Tuesday to build two new dams.\n")
    assert any(a.cue.text == "announced" for a in found)


def test_the_ones_told_are_no_speaker():
    text = (
        "When the fans were waiting, there appeared a stranger and told the crowd that the "
        "band would not play.\n"
    )
    found, _ = attributions_of(text)
    told = by_content(found, "band would not play")
    assert told.source is None or "crowd" not in told.source.text
